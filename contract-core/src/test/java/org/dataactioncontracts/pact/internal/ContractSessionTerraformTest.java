package org.dataactioncontracts.pact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dataactioncontracts.pact.DataActionContractError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A domain's data-actions/ folder may hold .tf files: its tests refer to those actions by name. */
class ContractSessionTerraformTest {
    @Test
    void anActionOfATfFileInTheDataActionFolderLoadsByName(@TempDir Path dir) throws IOException {
        Path source = Path.of("src/test/resources/corpus/cx-as-code-trees/negative-sentiment-callback/terraform/modules/actions/get-sentiment");
        Files.writeString(dir.resolve("get-sentiment.tf"), Files.readString(source.resolve("get-sentiment.tf")));
        Files.writeString(dir.resolve("variable.tf"), Files.readString(source.resolve("variable.tf"))
                .replace("description = \"Name to associate with action\"", "default = \"Get Sentiment\""));
        ContractSession session = new ContractSession(new ModuleSettings("dac-selftest", dir, dir.resolve("pacts")));

        assertThat(session.action("Get Sentiment").request().urlTemplate())
                .isEqualTo("/api/v2/speechandtextanalytics/conversations/$input.conversationid");
        assertThatThrownBy(() -> session.action("Get Sentiments")).isInstanceOf(DataActionContractError.class)
                .hasMessageContaining("the module has [Get Sentiment (genesyscloud_integration_action.get_sentiment)]");
    }
}
