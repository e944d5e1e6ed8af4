package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;
import static org.dataactioncontracts.cli.TestFiles.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.pact.internal.ResponseDeriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DacTerraformTest {
    static final Path CORPUS = Path.of("../contract-core/src/test/resources/corpus");
    static final Path TREE = CORPUS.resolve("cx-as-code-trees/negative-sentiment-callback");

    @TempDir
    Path tmp;

    /** The 9 pairs of the corpus's {@code terraform-twins.tsv} (shared with contract-core's TerraformTwinsTest). */
    static Stream<Arguments> twins() throws IOException {
        return Files.readAllLines(CORPUS.resolve("terraform-twins.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                .map(f -> Arguments.of(CORPUS.resolve(f[0]), f[1].equals("-") ? null : f[1], CORPUS.resolve(f[2])));
    }

    @Test
    void everyTwinOfTheCorpusIsRun() throws IOException {
        assertThat(twins()).hasSize(9);
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("twins")
    void runOfATerraformActionPrintsTheSameReportAsItsExport(Path tf, String action, Path export) {
        DataAction twin = DataActions.load(export);
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        twin.inputSchema().path("properties").properties().forEach(p -> input.put(p.getKey(), p.getKey() + "-1"));
        String body;
        try {
            body = new ResponseDeriver(twin, GenesysEmulator.create()).exampleBody().toString();
        } catch (IllegalArgumentException e) {
            body = "{}";
        }
        Path response = write(tmp, "response.json", body);
        List<String> tfArgs = new ArrayList<>(List.of("run", tf.toString(), "--input", input.toString(), "--response", response.toString()));
        if (action != null) {
            tfArgs.addAll(List.of("--action", action));
        }

        DacResult fromTf = dac(tfArgs.toArray(String[]::new));
        DacResult fromExport = dac("run", export.toString(), "--input", input.toString(), "--response", response.toString());

        assertThat(fromTf.out()).as(fromTf.all()).isNotEmpty().isEqualTo(fromExport.out());
        assertThat(fromTf.exit()).isEqualTo(fromExport.exit());
        // Names differ: a single module file has only <unresolved var.action_name>, the exports carry "- Exported ...".
        assertThat(fromTf.err().replaceAll("Data Action '[^']*'", "Data Action <name>"))
                .isEqualTo(fromExport.err().replaceAll("Data Action '[^']*'", "Data Action <name>"));
    }

    @Test
    void lintOfATerraformRootPointsEveryFindingIntoTheTfFiles() {
        DacResult r = dac("lint", "--format", "json", TREE.resolve("terraform").toString());
        DacResult exports = dac("lint", "--format", "json", TREE.resolve("exports").toString());

        JsonNode findings = r.json().path("findings");
        assertThat(r.json().path("summary").path("files").asInt()).isEqualTo(5);
        List<String> withoutTerraformInfo = new ArrayList<>();
        for (JsonNode f : findings) {
            assertThat(f.path("file").asText()).matches(".*\\.tf:\\d+");
            assertThat(f.path("pointer").asText()).containsAnyOf("genesyscloud_integration_action.", "genesyscloud_flow.");
            if (!f.path("rule").asText().equals("terraform-unresolved")) {
                withoutTerraformInfo.add(f.path("rule").asText() + " " + f.path("message").asText());
            }
        }
        List<String> fromExports = new ArrayList<>();
        exports.json().path("findings").forEach(f -> fromExports.add(f.path("rule").asText() + " " + f.path("message").asText()));
        assertThat(withoutTerraformInfo).containsExactlyInAnyOrderElementsOf(fromExports);
        assertThat(r.exit()).isEqualTo(exports.exit());
    }

    @Test
    void lintNamesPlaceholdersAsInfoFindings() {
        DacResult r = dac("lint", TREE.resolve("terraform").toString());

        assertThat(r.out().lines()).anySatisfy(line -> assertThat(line).startsWith("INFO "
                + TREE.resolve("terraform/modules/actions/get-sentiment/get-sentiment.tf") + ":6 "
                + "module.get_sentiment_data_action.genesyscloud_integration_action.get_sentiment.category terraform-unresolved: "
                + "category is not known statically: module.data_action.integration_name"));
    }

    @Test
    void malformedTfIsOneLineWithFileAndLineAndExitTwo() {
        Path file = write(tmp, "broken.tf", "resource \"genesyscloud_integration_action\" \"a\" {\n  name = \"abc\n}\n");

        DacResult r = dac("lint", file.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("dac lint: " + file + ":2: is not valid HCL (");
    }

    @Test
    void aTfFileWithoutDataActionsIsNamedNotPassedSilently() {
        Path flowTf = TREE.resolve("terraform/modules/flow/flow.tf");

        DacResult r = dac("lint", flowTf.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dac lint: " + flowTf + ": declares no genesyscloud_integration_action resource (nor a local"
                + " module that does). Pass the .tf file or Terraform root holding the Data Actions\n");
    }

    @Test
    void runOfARootWithSeveralActionsAndNoActionOptionListsThem() {
        DacResult r = dac("run", TREE.resolve("terraform").toString(), "--input", "{}", "--response", "x.json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("declares 5 Data Actions; choose one with --action <name or address>: 'Create Scheduled Callback' "
                + "(module.create_scheduled_callback_data_action.genesyscloud_integration_action.create_scheduled_callback)");
    }
}
