package org.dataactioncontracts.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.genesys.TestActions.action;
import static org.dataactioncontracts.genesys.TestActions.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Steps 1-4, 8, 11 and 12 over real sockets: input checks, HTTP outcomes, output validation, flattening. */
class ExecutionPathsTest {
    private static final GenesysEmulator EMULATOR = GenesysEmulator.create();
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer server;
    private static URI base;

    @BeforeAll
    static void startBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            RECEIVED.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + " key=" + exchange.getRequestHeaders().getFirst("x-api-key"));
            int status = 200;
            String body = "{\"id\":\"42\",\"name\":\"Ada\",\"address\":{\"city\":\"Ghent\"}}";
            switch (path) {
                case "/missing" -> { status = 404; body = "{\"message\":\"customer not found\"}"; }
                case "/html" -> body = "<html>maintenance</html>";
                case "/empty" -> { status = 204; body = ""; }
                case "/slow" -> sleep(1500);
                default -> { }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stopBackend() {
        server.stop(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DataAction get(String path) {
        return action(a -> ((ObjectNode) a.at("/config/request")).put("requestUrlTemplate", path));
    }

    @Test
    void sendsTheRenderedRequestOverHttpAndReturnsTheOutput() {
        DataAction action = action(a -> {
            ((ObjectNode) a.at("/config/request")).put("requestUrlTemplate", "https://crm.example.com/customers/${input.id}?x=1")
                    .put("requestType", "POST");
            ((ObjectNode) a.at("/config/request/headers")).put("x-api-key", "${credentials.apiKey}");
        });

        ExecutionReport report = EMULATOR.execute(action, run -> run.input("id", "42").credential("apiKey", "CANARY-123")
                .transport(Transport.http(base)));

        assertThat(report.success()).isTrue();
        assertThat(report.output()).isEqualTo(json("{\"id\":\"42\",\"name\":\"Ada\",\"address\":{\"city\":\"Ghent\"}}"));
        assertThat(RECEIVED).contains("POST /customers/42?x=1 {\"id\":\"42\"} key=CANARY-123");
        assertThat(TestResultJson.of(report).toString()).doesNotContain("CANARY-123");
        assertThat(report.operations()).extracting(o -> o.step().number()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void nonSuccessStatusTakesTheFailurePathWithStatusAndBody() {
        ExecutionReport report = EMULATOR.execute(get("/missing"), run -> run.transport(Transport.http(base)));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.failedStep()).contains(Step.EXECUTE);
        assertThat(report.error()).get().satisfies(e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo("not.found");
            assertThat(e.message()).isEqualTo("REST call for action execute failed. Message: Request to backend service failed. Response from"
                    + " web service: {\"message\":\"customer not found\"} [status 404]");
            assertThat(e.errorCodes()).containsExactly("ACTION.REMOTE_ENDPOINT");
        });
    }

    @Test
    void nonJsonBodyFailsTheTranslation() {
        ExecutionReport report = EMULATOR.execute(get("/html"), run -> run.transport(Transport.http(base)));

        assertThat(report.failedStep()).contains(Step.RESOLVE_TRANSLATION_MAP);
        assertThat(report.error().orElseThrow().message()).startsWith("Failed to resolve translation map: the response from the web service is not JSON (")
                .endsWith("Body: <html>maintenance</html>");
    }

    @Test
    void emptyBodyTakesTheFailurePath() {
        ExecutionReport report = EMULATOR.execute(get("/empty"), run -> run.transport(Transport.http(base)));

        assertThat(report.failedStep()).contains(Step.EXECUTE);
        assertThat(report.error().orElseThrow().message()).isEqualTo("REST call for action execute failed. Message: The response from the web"
                + " service was empty [status 204]; a Data Action needs a JSON body to translate");
    }

    @Test
    void slowBackendTakesTheTimeoutPath() {
        DataAction action = action(a -> {
            ((ObjectNode) a.at("/config/request")).put("requestUrlTemplate", "/slow");
            ((ObjectNode) a.at("/config")).put("timeoutSeconds", 1);
        });

        ExecutionReport report = EMULATOR.execute(action, run -> run.transport(Transport.http(base)));

        assertThat(report.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(report.error().orElseThrow().message()).isEqualTo("REST call for action execute failed. Message: The request to the backend"
                + " service timed out after 1 seconds");
    }

    @Test
    void unreachableBackendTakesTheFailurePathNamingTheServer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ExecutionReport report = EMULATOR.execute(get("/x"), run -> run.transport(Transport.http(URI.create("http://127.0.0.1:" + closedPort))));

        assertThat(report.failedStep()).contains(Step.EXECUTE);
        assertThat(report.error().orElseThrow().message()).isEqualTo("REST call for action execute failed. Message: Request to backend service"
                + " failed: cannot connect to http://127.0.0.1:" + closedPort + " (is the server running?)");
    }

    static Stream<Arguments> outputViolations() {
        return Stream.of(
                Arguments.of("{\"id\":null}", "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}",
                        "Schema: # @/properties/id. Error location: /id. instance type (null) does not match any allowed primitive type (allowed: [\"string\"])"),
                Arguments.of("{\"count\":1.5}", "{\"type\":\"object\",\"required\":[\"id\"],\"properties\":{\"id\":{\"type\":\"string\"},\"count\":{\"type\":\"integer\"}}}",
                        "Schema: # @. Error location: . object has missing required properties ([\"id\"])"),
                Arguments.of("{\"id\":\"a\",\"extra\":1}", "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"id\":{\"type\":\"string\"}}}",
                        "Schema: # @. Error location: . object instance has properties which are not allowed by the schema: [\"extra\"]"),
                Arguments.of("{\"tags\":[1]}", "{\"type\":\"object\",\"properties\":{\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}",
                        "Schema: # @/properties/tags/items. Error location: /tags/0. instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])"),
                Arguments.of("{\"c\":7.0}", "{\"type\":\"object\",\"properties\":{\"c\":{\"type\":\"integer\"}}}",
                        "Schema: # @/properties/c. Error location: /c. instance type (number) does not match any allowed primitive type (allowed: [\"integer\"])"),
                Arguments.of("{\"id\":5,\"count\":\"3\"}", "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"count\":{\"type\":\"integer\"}}}",
                        "Schema: # @/properties/count. Error location: /count. instance type (string) does not match any allowed primitive type (allowed: [\"integer\"]);"
                                + " Schema: # @/properties/id. Error location: /id. instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])"),
                Arguments.of("[1]", "{\"type\":\"object\"}",
                        "Schema: # @. Error location: . instance type (array) does not match any allowed primitive type (allowed: [\"object\"])"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputViolations")
    void outputThatBreaksTheContractFailsWithGenesysStyleReasons(String output, String schema, String reasons) {
        DataAction action = action(a -> ((ObjectNode) a.at("/contract/output")).set("successSchema", json(schema)));

        ExecutionReport report = EMULATOR.execute(action, run -> run.response(HttpResult.json(200, output)));

        assertThat(report.failedStep()).contains(Step.VALIDATE_OUTPUT);
        assertThat(report.error().orElseThrow().message()).isEqualTo("JSON failed output schema validation for the following reasons: " + reasons);
    }

    @Test
    void inputThatIsNotSimpleJsonFailsStepOne() {
        ExecutionReport report = EMULATOR.execute(get("/x"), run -> run.input(json("{\"a\":{\"b\":1}}")).response(HttpResult.json(200, "{}")));

        assertThat(report.failedStep()).contains(Step.VALIDATE_SIMPLE_JSON);
        assertThat(report.error().orElseThrow().message()).isEqualTo("The request body must be a simple JSON object of key-value pairs; 'a' is an"
                + " object. Inputs may only be string, integer, number, boolean or null");
    }

    @Test
    void inputThatBreaksTheInputContractFailsStepThree() {
        DataAction action = action(a -> ((ObjectNode) a.at("/contract/input")).set("inputSchema",
                json("{\"type\":\"object\",\"required\":[\"phone\"],\"properties\":{\"phone\":{\"type\":\"string\"}}}")));

        ExecutionReport report = EMULATOR.execute(action, run -> run.input("other", 1).response(HttpResult.json(200, "{}")));

        assertThat(report.failedStep()).contains(Step.VALIDATE_INPUT_SCHEMA);
        assertThat(report.error().orElseThrow().message()).isEqualTo("JSON failed schema validation for the following reasons: Schema: # @. Error"
                + " location: . object has missing required properties ([\"phone\"])");
    }

    @Test
    void flatteningDotJoinsKeysAndTurnsArraysOfObjectsIntoParallelArrays() {
        ExecutionReport report = EMULATOR.execute(get("/x"), run -> run.flatten().response(HttpResult.json(200,
                "{\"a\":{\"b\":{\"c\":1}},\"tags\":[\"x\",\"y\"],\"items\":[{\"id\":1,\"n\":\"x\"},{\"id\":2}],\"data\":{\"my data field\":true}}")));

        assertThat(report.output()).isEqualTo(json(
                "{\"a.b.c\":1,\"tags\":[\"x\",\"y\"],\"items.id\":[1,2],\"items.n\":[\"x\",null],\"data.my data field\":true}"));
        assertThat(report.operations()).last().extracting(o -> o.step()).isEqualTo(Step.FLATTEN_OUTPUT);
    }

    @Test
    void rootArrayOutputValidatesButCannotBeFlattened() {
        DataAction action = action(a -> {
            ((ObjectNode) a.at("/contract/output")).set("successSchema",
                    json("{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Id\":{\"type\":\"string\"}}},\"properties\":{}}"));
            ((ObjectNode) a.at("/config/response")).set("translationMap", json("{\"account\":\"$.searchRecords\"}"));
            ((ObjectNode) a.at("/config/response")).put("successTemplate", "${account}");
        });
        HttpResult response = HttpResult.json(200, "{\"searchRecords\":[{\"Id\":\"001\"}]}");

        ExecutionReport plain = EMULATOR.execute(action, run -> run.response(response));
        ExecutionReport flattened = EMULATOR.execute(action, run -> run.response(response).flatten());

        assertThat(plain.output()).isEqualTo(json("[{\"Id\":\"001\"}]"));
        assertThat(flattened.failedStep()).contains(Step.FLATTEN_OUTPUT);
        assertThat(flattened.error().orElseThrow().message()).isEqualTo("The output is a JSON array, which Architect cannot flatten; wrap it in an"
                + " object in the successTemplate, e.g. {\"items\": ${rawResult}}");
    }

    @Test
    void reportJsonMirrorsThePlatformTestResult() {
        ExecutionReport report = EMULATOR.execute(get("/missing"), run -> run.transport(Transport.http(base)));

        JsonNode json = TestResultJson.of(report);

        assertThat(json.get("success").asBoolean()).isFalse();
        assertThat(json.get("finalResult").isNull()).isTrue();
        assertThat(json.at("/operations/7/name").asText()).isEqualTo("Execute");
        assertThat(json.at("/operations/7/success").asBoolean()).isFalse();
        assertThat(json.at("/operations/7/result/status").asInt()).isEqualTo(404);
        assertThat(json.at("/error/status").asInt()).isEqualTo(404);
        assertThat(json.at("/error/details/0/errorCode").asText()).isEqualTo("ACTION.REMOTE_ENDPOINT");
        assertThat(json.at("/operations/0/name").asText()).isEqualTo("Validate request body contains simple json (key-value pairs)");
    }

    @Test
    void translationValuesAreReportedAsJson() {
        DataAction action = action(Map.of("name", "$.name", "missing", "$.nope"), Map.of("missing", "Not Found"), "{\"name\": ${name}}");

        ExecutionReport report = EMULATOR.execute(action, run -> run.response(HttpResult.json(200, "{\"name\":\"Ada\"}")));

        assertThat(report.operation(Step.RESOLVE_TRANSLATION_MAP).orElseThrow().result()).isEqualTo(json("{\"name\":\"Ada\",\"missing\":\"Not Found\"}"));
    }
}
