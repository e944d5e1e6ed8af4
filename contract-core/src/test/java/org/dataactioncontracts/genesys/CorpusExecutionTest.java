package org.dataactioncontracts.genesys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real export of the corpus runs through the whole engine: with inputs made from its input schema and a
 * response made from its output schema, it either succeeds or fails with a Genesys-style error, never an exception.
 */
class CorpusExecutionTest {
    private static final GenesysEmulator EMULATOR = GenesysEmulator.create();

    static Stream<Path> corpus() throws URISyntaxException {
        return DataActions.jsonFiles(Path.of(CorpusExecutionTest.class.getResource("/corpus/genesys-data-actions").toURI())).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void executesEveryRealExportWithoutThrowing(Path file) {
        DataAction action = DataActions.load(file);
        ObjectNode input = sampleInput(action.inputSchema());

        ExecutionReport report = EMULATOR.execute(action, run -> run.input(input)
                .credential("clientId", "client-id-value").credential("apiKey", "api-key-value")
                .response(HttpResult.json(200, SchemaSamples.sample(action.successSchema()).toString())));

        assertThat(report.operations()).isNotEmpty();
        if (!report.success()) {
            assertThat(report.error()).get().extracting(ErrorBody::message).asString().isNotBlank().doesNotContain("\tat ");
        }
        assertThat(TestResultJson.of(report).toString()).doesNotContain("client-id-value", "api-key-value");
    }

    /** Real defects in the published exports that the engine finds before any backend is called. */
    private static final Map<String, String> KNOWN_REQUEST_DEFECTS = Map.of(
            "Create Booking", "'your-lambda-function-arn' is not a Lambda function ARN",
            "Get Bookable Slots", "'your-lambda-function-arn' is not a Lambda function ARN",
            "Get Contact From Contact List", "unresolved reference ${input.contactlistId}: no such input was passed (names are case-sensitive)",
            "Logging to GC Chat Group", "'ENTER_YOUR_WEBHOOK_URL' is not an absolute http(s) URL");

    /** The exports that pass the backend's body through ({@code ${rawResult}}, no translation map). */
    static Stream<Path> rawResultCorpus() throws URISyntaxException {
        return corpus().filter(file -> {
            DataAction action = DataActions.load(file);
            return action.response().successTemplate().equals(DataAction.DEFAULT_SUCCESS_TEMPLATE) && action.response().translationMap().isEmpty();
        });
    }

    @Test
    void theRawResultCheckCoversFortyTwoExportsIncludingEveryKnownDefect() throws URISyntaxException {
        List<String> names = rawResultCorpus().map(file -> DataActions.load(file).name()).toList();

        assertThat(names).hasSize(RAW_RESULT_EXPORTS);
        assertThat(names).as("every known defect belongs to an export the check runs").containsAll(KNOWN_REQUEST_DEFECTS.keySet());
    }

    /** How many of the 80 exports are rawResult actions; the other 38 have a translation map or their own successTemplate. */
    private static final int RAW_RESULT_EXPORTS = 42;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawResultCorpus")
    void rawResultActionsPassTheirOwnOutputContractUnlessTheirRequestIsKnownToBeBroken(Path file) {
        DataAction action = DataActions.load(file);
        ExecutionReport report = EMULATOR.execute(action, run -> run.input(sampleInput(action.inputSchema()))
                .credentials(Map.of("tenant_id", "tenant-1", "loginUrl", "https://login.example.com/oauth/token"))
                .response(HttpResult.json(200, SchemaSamples.sample(action.successSchema()).toString())));

        String defect = KNOWN_REQUEST_DEFECTS.get(action.name());
        if (defect == null) {
            assertThat(report.success()).as(report.describeFailure()).isTrue();
        } else {
            assertThat(report.failedStep()).contains(Step.RESOLVE_URL);
            assertThat(report.describeFailure()).contains(defect);
        }
    }

    static ObjectNode sampleInput(JsonNode schema) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        schema.path("properties").properties().forEach(p -> {
            JsonNode type = p.getValue().path("type");
            String t = type.isArray() ? type.path(0).asText() : type.asText("string");
            switch (t) {
                case "integer", "number" -> input.put(p.getKey(), 1);
                case "boolean" -> input.put(p.getKey(), true);
                default -> input.put(p.getKey(), p.getValue().has("enum") ? p.getValue().get("enum").get(0).asText()
                        : p.getKey().toLowerCase(java.util.Locale.ROOT).endsWith("url") ? "https://hooks.example.com/" + p.getKey() : "sample-" + p.getKey());
            }
        });
        return input;
    }

}
