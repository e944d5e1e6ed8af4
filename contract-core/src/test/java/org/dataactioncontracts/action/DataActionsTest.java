package org.dataactioncontracts.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DataActionsTest {
    private static final String CORPUS = "/corpus/genesys-data-actions";

    private static Path corpus() {
        try {
            return Path.of(DataActionsTest.class.getResource(CORPUS).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path corpusFile(String fileNamePart) {
        List<Path> matches = DataActions.jsonFiles(corpus()).stream()
                .filter(p -> p.getFileName().toString().contains(fileNamePart)).toList();
        assertThat(matches).as(fileNamePart).hasSize(1);
        return matches.get(0);
    }

    static Stream<Path> corpusFiles() {
        return DataActions.jsonFiles(corpus()).stream();
    }

    /** A minimal valid UI export with one piece replaced; {@code %s} marks where. */
    private static String export(String request) {
        return """
                {"name": "X", "integrationType": "custom-rest-actions", "actionType": "custom",
                 "config": {"request": %s, "response": {}},
                 "contract": {"input": {"inputSchema": {"type": "object"}}, "output": {"successSchema": {"type": "object"}}}}
                """.formatted(request);
    }

    @Test
    void corpusHasAllEightyFiles() {
        assertThat(corpusFiles()).hasSize(80);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyCorpusFileLoads(Path file) {
        DataAction action = DataActions.load(file);
        assertThat(action.name()).isNotBlank();
        assertThat(action.request()).isNotNull();
        assertThat(action.request().urlTemplate()).isNotNull();
        assertThat(action.source()).isEqualTo(file.toString());
    }

    @Test
    void loadsUiExport() {
        DataAction action = DataActions.load(corpusFile("Get-Campaign-Queue"));
        assertThat(action.shape()).isEqualTo(ActionShape.UI_EXPORT);
        assertThat(action.name()).isEqualTo("Get Campaign Queue");
        assertThat(action.integrationType()).contains("purecloud-data-actions");
        assertThat(action.actionType()).contains("custom");
        assertThat(action.category()).isEmpty();
        assertThat(action.request().method()).isEqualTo(HttpMethod.GET);
        assertThat(action.request().urlTemplate()).isEqualTo("/api/v2/outbound/campaigns/${input.campaignId}");
        assertThat(action.response().translationMap()).containsExactly(
                entry("queueId", "$.queue.id"),
                entry("queueName", "$.queue.name"));
        assertThat(action.response().translationMapDefaults()).containsEntry("queueId", "\"\"");
        assertThat(action.timeoutSeconds()).isEqualTo(60);
    }

    @Test
    void loadsApiCreateBodyWithCategoryAndIntegrationId() {
        DataAction action = DataActions.load(corpusFile("automated-powershell-script--data-actions--Get-interaction-state"));
        assertThat(action.shape()).isEqualTo(ActionShape.API_CREATE_BODY);
        assertThat(action.category()).contains("<integrationName>");
        assertThat(action.integrationType()).isEmpty();
        assertThat(action.actionType()).isEmpty();
    }

    @Test
    void bothApiShapedCorpusFilesLoadAsApiCreateBodies() {
        assertThat(corpusFiles().map(DataActions::load).filter(a -> a.shape() == ActionShape.API_CREATE_BODY)).hasSize(2);
    }

    @Test
    void loadsApiResourceWithIdVersionAndSelfUri() {
        String json = """
                {"id": "1c0d7c2e-1111-2222-3333-444455556666", "name": "Get Queue", "category": "Genesys Cloud Data Actions",
                 "integrationId": "9a8b", "version": 3, "selfUri": "/api/v2/integrations/actions/1c0d7c2e-1111-2222-3333-444455556666",
                 "config": {"request": {"requestUrlTemplate": "/api/v2/routing/queues/${input.id}", "requestType": "GET", "headers": {}},
                            "response": {"translationMap": {}, "successTemplate": "${rawResult}"}},
                 "contract": {"input": {"inputSchema": {"type": "object"}}, "output": {"successSchema": {"type": "object"}}},
                 "secure": true}
                """;
        DataAction action = DataActions.parse(json, "resource.json");
        assertThat(action.shape()).isEqualTo(ActionShape.API_RESOURCE);
        assertThat(action.category()).contains("Genesys Cloud Data Actions");
        assertThat(action.secure()).isTrue();
    }

    @Test
    void loadsCrlfFiles() throws IOException {
        Path file = corpusFile("Get-On-Queue-Agent-Counts");
        assertThat(Files.readString(file)).contains("\r\n");
        DataAction action = DataActions.load(file);
        assertThat(action.response().translationMap()).containsKeys("statuses", "counts");
        assertThat(action.response().successTemplate()).isEqualTo("{\"counts\": ${counts}, \"statuses\": ${statuses}}");
    }

    @Test
    void missingTranslationMapDefaultsBecomesEmpty() {
        DataAction action = DataActions.load(corpusFile("Get-Service-Level"));
        assertThat(action.response().translationMapDefaults()).isEmpty();
    }

    @Test
    void missingSecureBecomesFalse() throws IOException {
        Path file = corpusFile("Add_DataAction_for_creating_HubSpot_tickets");
        assertThat(Files.readString(file)).doesNotContain("\"secure\"");
        assertThat(DataActions.load(file).secure()).isFalse();
    }

    @Test
    void missingTemplatesGetGenesysDefaults() {
        DataAction action = DataActions.parse(export(
                "{\"requestUrlTemplate\": \"https://api.example.org/x\", \"requestType\": \"POST\"}"), "x.json");
        assertThat(action.request().requestTemplate()).isEqualTo("${input.rawRequest}");
        assertThat(action.response().successTemplate()).isEqualTo("${rawResult}");
        assertThat(action.request().headers()).isEmpty();
        assertThat(action.response().translationMap()).isEmpty();
        assertThat(action.response().translationMapDefaults()).isEmpty();
        assertThat(action.secure()).isFalse();
    }

    @Test
    void rootArrayOutputSchemaSurvivesAsRawJson() {
        DataAction action = DataActions.load(corpusFile("Get-Account-Name-By-Phone-Number"));
        assertThat(action.successSchema().path("type").asText()).isEqualTo("array");
        assertThat(action.successSchema().at("/items/properties/Name/type").asText()).isEqualTo("string");
        assertThat(action.successSchema().path("properties").isEmpty()).isTrue();
    }

    @Test
    void tupleItemsSurviveAsRawJson() {
        DataAction action = DataActions.load(corpusFile("importExample"));
        var items = action.successSchema().at("/properties/Contact/properties/PhoneNumbers/properties/PhoneNumber/items");
        assertThat(items.isArray()).isTrue();
        assertThat(items.get(0).at("/properties/Number/type").asText()).isEqualTo("string");
    }

    @Test
    void baseNameStripsTheExportedSuffix() {
        DataAction action = DataActions.load(corpusFile("automatic-offer-callback-for-disconnected-call__exports--Agentless-SMS"));
        assertThat(action.name()).isEqualTo("Agentless SMS - Exported 2024-12-05 @ 13:36");
        assertThat(action.baseName()).isEqualTo("Agentless SMS");
        assertThat(DataActions.load(corpusFile("Get-Campaign-Queue")).baseName()).isEqualTo("Get Campaign Queue");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> DataActions.parse("{\n  \"name\": \"x\",\n}", "bad.json"))
                .isInstanceOf(InvalidDataActionException.class)
                .hasMessage("bad.json: is not valid JSON (line 3, column 1: Unexpected character ('}' (code 125)): "
                        + "was expecting double-quote to start field name). Fix the syntax; a UI export is plain JSON");
    }

    @Test
    void arrayRootIsNotADataAction() {
        assertThatThrownBy(() -> DataActions.parse("[{\"name\": \"x\"}]", "list.json"))
                .isInstanceOf(InvalidDataActionException.class)
                .hasMessage("list.json: is not a Data Action: the document is an array, not an object. "
                        + "A Data Action file is one JSON object with name, config and contract");
    }

    @Test
    void aResponseBodyWithANameIsNotADataActionNotAnActionFetchedWithoutConfig() {
        assertThatThrownBy(() -> DataActions.parse("{\"id\": \"purecloud\", \"name\": \"PURECLOUD\", \"selfUri\": \"/api/v2/x\"}", "presence.json"))
                .isInstanceOf(InvalidDataActionException.class)
                .hasMessage("presence.json: is not a Data Action: it has neither config nor contract, and none of integrationType, actionType,"
                        + " category, integrationId (other JSON, e.g. a response body?). Pass a Data Action export (Admin > Integrations >"
                        + " Actions > Export)");
    }

    @Test
    void objectWithoutDataActionKeysIsNotADataAction() {
        assertThatThrownBy(() -> DataActions.parse("{\"dependencies\": {}}", "package.json"))
                .isInstanceOf(InvalidDataActionException.class)
                .hasMessage("package.json: is not a Data Action: it has none of name, config, contract. "
                        + "Pass a Data Action export (Admin > Integrations > Actions > Export)");
    }

    @Test
    void exportWithoutConfigNamesThePointer() {
        assertThatThrownBy(() -> DataActions.parse("{\"name\": \"x\", \"integrationType\": \"custom-rest-actions\", \"contract\": {}}", "x.json"))
                .isInstanceOfSatisfying(InvalidDataActionException.class, e -> {
                    assertThat(e.source()).isEqualTo("x.json");
                    assertThat(e.pointer()).isEqualTo("/config");
                    assertThat(e.problem()).isEqualTo("is missing");
                    assertThat(e.hint()).isEqualTo("Export the action again; config holds the request and response templates");
                })
                .hasMessage("x.json at /config: is missing. Export the action again; config holds the request and response templates");
    }

    @Test
    void emptyFileFails(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.json"), "");
        assertThatThrownBy(() -> DataActions.load(file))
                .isInstanceOf(InvalidDataActionException.class)
                .hasMessage(file + ": is empty. Export the Data Action again from Genesys Cloud");
    }

    @Test
    void fileOverFiveMegabytesFailsWithoutBeingParsed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        // A sparse file of zero bytes: parsing it would fail differently ("not valid JSON"), so the message proves the size check came first.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(6L * 1024 * 1024);
        }
        assertThatThrownBy(() -> DataActions.load(file))
                .isInstanceOf(InvalidDataActionException.class)
                .hasMessage(file + ": is 6.0 MB; Data Action exports are a few kilobytes (limit 5 MB). "
                        + "Is this the right file? Export the action from Admin > Integrations > Actions");
    }

    /** "Set the execution timeout between 1 and 60 seconds" (Add configuration to custom actions): outside it, refused. */
    @org.junit.jupiter.params.ParameterizedTest(name = "timeoutSeconds {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "61", "-1", "1.5", "\"30\"", "600"})
    void timeoutOutsideOneToSixtySecondsIsRefused(String timeout) {
        String json = export("{\"requestUrlTemplate\": \"/x\", \"requestType\": \"GET\"}")
                .replaceFirst("\"config\": \\{", "\"config\": {\"timeoutSeconds\": " + timeout + ", ");
        assertThatThrownBy(() -> DataActions.parse(json, "x.json"))
                .isInstanceOf(InvalidDataActionException.class)
                .hasMessage("x.json at /config/timeoutSeconds: is " + timeout + "; Genesys accepts whole seconds from 1 to 60. "
                        + "Use a value from 1 to 60, or remove it for the default 60");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "timeoutSeconds {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 30, 60})
    void timeoutFromOneToSixtySecondsIsKept(int timeout) {
        String json = export("{\"requestUrlTemplate\": \"/x\", \"requestType\": \"GET\"}")
                .replaceFirst("\"config\": \\{", "\"config\": {\"timeoutSeconds\": " + timeout + ", ");
        assertThat(DataActions.parse(json, "x.json").timeoutSeconds()).isEqualTo(timeout);
    }

    @Test
    void unknownRequestTypeFails() {
        assertThatThrownBy(() -> DataActions.parse(export("{\"requestUrlTemplate\": \"/x\", \"requestType\": \"FETCH\"}"), "x.json"))
                .isInstanceOf(InvalidDataActionException.class)
                .hasMessage("x.json at /config/request/requestType: is \"FETCH\", not a request type Genesys supports. "
                        + "Use one of GET, POST, PUT, PATCH, DELETE");
    }

    @Test
    void headerValueThatIsANumberFails() {
        assertThatThrownBy(() -> DataActions.parse(export(
                "{\"requestUrlTemplate\": \"/x\", \"requestType\": \"GET\", \"headers\": {\"X-Count\": 5}}"), "x.json"))
                .isInstanceOf(InvalidDataActionException.class)
                .hasMessage("x.json at /config/request/headers/X-Count: must be a string, found a number (5). "
                        + "Genesys stores every value here as a string; write it in quotes (a JSON default such as 0 is written \"0\")");
    }

    @Test
    void apiResourceWithoutConfigAsksForIncludeConfig() {
        String json = "{\"id\": \"abc\", \"name\": \"x\", \"category\": \"c\", \"version\": 1, \"selfUri\": \"/api/v2/integrations/actions/abc\"}";
        assertThatThrownBy(() -> DataActions.parse(json, "resource.json"))
                .isInstanceOfSatisfying(InvalidDataActionException.class, e -> assertThat(e.hint()).contains("includeConfig=true"))
                .hasMessage("resource.json at /config: is missing: the action was fetched without its configuration. "
                        + "Fetch it with GET /api/v2/integrations/actions/{actionId}?includeConfig=true&expand=contract");
    }

    @Test
    void utf8BomIsAccepted(@TempDir Path dir) throws IOException {
        byte[] body = export("{\"requestUrlTemplate\": \"/x\", \"requestType\": \"GET\"}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = Files.write(dir.resolve("bom.json"), withBom);
        assertThat(DataActions.load(file).name()).isEqualTo("X");
    }
}
