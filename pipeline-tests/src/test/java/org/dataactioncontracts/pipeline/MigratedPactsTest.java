package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The domains' contracts moved from Java test classes to scenario files; the pacts they write must not change. The
 * expected pacts (src/test/resources/expected-pacts) are the ones the Java tests wrote before the move. Compared:
 * every interaction's description, provider states, whole request, whole response (body, headers, matching rules)
 * and comments; ignored: pact metadata (versions), the interaction key (a hash) and the testname comment (which names
 * the Java test method before, the scenario file and line after).
 */
class MigratedPactsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}/target/pacts/{1}")
    @CsvSource({
        "crm-read-contracts, genesys-crm-read-crm-customer-api.json, 21",
        "crm-read-contracts, genesys-crm-read-loyalty-api.json, 4",
        "crm-write-contracts, genesys-crm-write-crm-customer-api.json, 20",
        "billing-contracts, genesys-billing-billing-api.json, 19"})
    void scenarioFilesWriteTheSamePactAsTheJavaTestsDid(String module, String pact, int interactions) throws IOException {
        Map<String, JsonNode> expected;
        try (InputStream in = getClass().getResourceAsStream("/expected-pacts/" + pact)) {
            expected = interactions(JSON.readTree(in));
        }
        Map<String, JsonNode> actual = interactions(JSON.readTree(CiScripts.ROOT.resolve(module).resolve("target/pacts").resolve(pact).toFile()));

        assertThat(expected).hasSize(interactions);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        List<String> differences = new ArrayList<>();
        expected.forEach((description, interaction) -> {
            if (!interaction.equals(actual.get(description))) {
                differences.add(description + "\n  expected " + interaction + "\n  actual   " + actual.get(description));
            }
        });
        assertThat(differences).isEmpty();
    }

    private static Map<String, JsonNode> interactions(JsonNode pact) {
        Map<String, JsonNode> out = new TreeMap<>();
        pact.path("interactions").forEach(i -> {
            ObjectNode copy = i.deepCopy();
            copy.remove("key");
            ((ObjectNode) copy.path("comments")).remove("testname");
            out.put(i.path("description").asText(), copy);
        });
        return out;
    }
}
