package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;
import static org.dataactioncontracts.cli.TestFiles.EXAMPLE_ACTION;
import static org.dataactioncontracts.cli.TestFiles.EXAMPLE_RESPONSE;
import static org.dataactioncontracts.cli.TestFiles.action;
import static org.dataactioncontracts.cli.TestFiles.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

// Each test has its own directory and servers; several wait on timeouts and back-off, so they overlap.
@Execution(ExecutionMode.CONCURRENT)
class DacRunTest {
    private static final String USER = "{\"userId\":\"6a0e7e4c-2f1b-4d3e-9c8a-5b7f1e2d3c4a\"}";
    private static final String CANARY = "CANARY-SECRET-123";

    @TempDir
    Path tmp;

    @Test
    void recordedResponseTakesTheSuccessPathAndPrintsTheTestResult() {
        DacResult r = dac("run", EXAMPLE_ACTION.toString(), "--input", USER, "--response", EXAMPLE_RESPONSE.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode report = r.json();
        assertThat(report.get("success").asBoolean()).isTrue();
        assertThat(report.get("operations")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(report.at("/operations/0/name").asText()).isEqualTo("Validate request body contains simple json (key-value pairs)");
        assertThat(report.at("/operations/4/result").asText()).isEqualTo("/api/v2/users/6a0e7e4c-2f1b-4d3e-9c8a-5b7f1e2d3c4a/presences/purecloud");
        assertThat(report.at("/finalResult/presence/systemPresence").asText()).isEqualTo("Available");
        assertThat(report.at("/finalResult/message").asText()).isEqualTo("Working from the Leuven office");
        assertThat(report.get("error").isNull()).isTrue();
    }

    @Test
    void inputIsReadFromAFileWithAtSign() {
        Path input = write(tmp, "input.json", USER);

        DacResult r = dac("run", EXAMPLE_ACTION.toString(), "--input", "@" + input, "--response", EXAMPLE_RESPONSE.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.json().at("/operations/0/result/userId").asText()).isEqualTo("6a0e7e4c-2f1b-4d3e-9c8a-5b7f1e2d3c4a");
    }

    @Test
    void nestedInputIsValidJsonButFailsOperationOneAsInGenesys() {
        DacResult r = dac("run", EXAMPLE_ACTION.toString(), "--input", "{\"user\":{\"id\":\"x\"}}", "--response", EXAMPLE_RESPONSE.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("operation 1. Validate request body contains simple json (key-value pairs)", "'user' is an object");
    }

    @Test
    void notFoundStatusTakesTheFailurePathWithTheRemoteStatus() {
        Path body = write(tmp, "not-found.json", "{\"message\":\"user not found\",\"code\":\"not.found\",\"status\":404}");

        DacResult r = dac("run", EXAMPLE_ACTION.toString(), "--input", USER, "--response", body.toString(), "--status", "404");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("success").asBoolean()).isFalse();
        assertThat(r.json().at("/error/status").asInt()).isEqualTo(404);
        assertThat(r.json().get("finalResult").isNull()).isTrue();
        assertThat(r.err()).startsWith("Data Action 'Get User Presence - Exported 2025-03-14 @ 10:42' takes the Failure path at operation 8. Execute: ")
                .contains("user not found", "[status 404]");
    }

    @Test
    void nonJsonBodyTakesTheFailurePath() {
        Path body = write(tmp, "gateway.html", "<html><body>502 Bad Gateway</body></html>");

        DacResult r = dac("run", EXAMPLE_ACTION.toString(), "--input", USER, "--response", body.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("success").asBoolean()).isFalse();
        assertThat(r.json().get("error").get("message").asText()).isNotBlank();
        assertThat(r.err()).contains("takes the Failure path");
    }

    @Test
    void missingFieldWithoutDefaultNamesTheTranslationStep() {
        Path body = write(tmp, "empty.json", "{\"message\":\"\"}");

        DacResult r = dac("run", EXAMPLE_ACTION.toString(), "--input", USER, "--response", body.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("operation 9. Resolve translation map", "'systemPresence'");
    }

    @Test
    void flattenDotJoinsNestedOutputKeys() {
        DacResult r = dac("run", EXAMPLE_ACTION.toString(), "--input", USER, "--response", EXAMPLE_RESPONSE.toString(), "--flatten");

        assertThat(r.exit()).isZero();
        JsonNode output = r.json().get("finalResult");
        assertThat(output.get("presence.systemPresence").asText()).isEqualTo("Available");
        assertThat(output.get("presence.presenceId").asText()).isEqualTo("6a3af858-942f-489d-9700-5f9bcdcdae9b");
        assertThat(output.has("presence")).isFalse();
    }

    @Test
    void baseUrlSendsTheRenderedPathToARealServer() {
        Path file = write(tmp, "get-user.json", action("/api/v2/users/${input.userId}", "{}",
                "{\"name\": \"$.name\"}", "{}", "\"{\\\"name\\\": ${name}}\""));
        try (RecordingServer server = RecordingServer.answering(200, "{\"name\":\"Ada\"}")) {
            DacResult r = dac("run", file.toString(), "--input", "{\"userId\":\"abc\"}", "--base-url", server.baseUrl());

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(server.received()).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("GET");
                assertThat(request.pathAndQuery()).isEqualTo("/api/v2/users/abc");
            });
            assertThat(r.json().at("/finalResult/name").asText()).isEqualTo("Ada");
        }
    }

    @Test
    void baseUrlRebasesAnAbsoluteUrlKeepingItsPathAndQuery() {
        Path file = write(tmp, "absolute.json", action("https://crm.example.com/v1/customers/${input.userId}?fields=name", "{}",
                "{}", "{}", "\"${rawResult}\""));
        try (RecordingServer server = RecordingServer.answering(200, "{\"name\":\"Ada\"}")) {
            DacResult r = dac("run", file.toString(), "--input", "{\"userId\":\"abc\"}", "--base-url", server.baseUrl() + "/");

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(server.received()).singleElement()
                    .extracting(RecordingServer.Received::pathAndQuery).isEqualTo("/v1/customers/abc?fields=name");
        }
    }

    @Test
    void credentialReachesTheServerButIsNeverPrinted() {
        Path file = write(tmp, "keyed.json", action("/api/v2/users/${input.userId}", "{\"x-api-key\": \"${credentials.apiKey}\"}",
                "{\"name\": \"$.name\"}", "{}", "\"{\\\"name\\\": ${name}}\""));
        try (RecordingServer server = RecordingServer.answering(200, "{\"name\":\"Ada\"}")) {
            DacResult r = dac("run", file.toString(), "--input", "{\"userId\":\"abc\"}",
                    "--credential", "apiKey=" + CANARY, "--base-url", server.baseUrl());

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(server.received()).singleElement().extracting(request -> request.header("x-api-key")).isEqualTo(CANARY);
            assertThat(r.all()).doesNotContain(CANARY);
            assertThat(r.json().at("/operations/5/result/x-api-key").asText()).isEqualTo("<credentials.apiKey>");
        }
    }

    @Test
    void secretInputReachesTheServerButIsNeverPrinted() {
        // x-api-key from an input, as a published export does; "code" is not named like a secret, so only the flag masks it.
        Path file = write(tmp, "keyed.json", action("/api/v2/users/${input.userId}", "{\"x-api-key\": \"${input.code}\"}",
                "{\"name\": \"$.name\"}", "{}", "\"{\\\"name\\\": ${name}}\""));
        try (RecordingServer server = RecordingServer.answering(200, "{\"name\":\"Ada\"}")) {
            DacResult r = dac("run", file.toString(), "--input", "{\"userId\":\"abc\",\"code\":\"" + CANARY + "\"}",
                    "--secret-input", "code", "--base-url", server.baseUrl());

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(server.received()).singleElement().extracting(request -> request.header("x-api-key")).isEqualTo(CANARY);
            assertThat(r.all()).doesNotContain(CANARY);
            assertThat(r.json().at("/operations/0/result/code").asText()).isEqualTo("********");
            assertThat(r.json().at("/operations/5/result/x-api-key").asText()).isEqualTo("********");
        }
    }

    @Test
    void anInputTheLintRuleSuspectsIsMaskedWithoutTheFlagAndTheRunSaysSo() {
        Path file = write(tmp, "keyed.json", action("/api/v2/users/${input.userId}?token=${input.userId}", "{}",
                "{}", "{}", "\"${rawResult}\""));

        DacResult r = dac("run", file.toString(), "--input", "{\"userId\":\"" + CANARY + "\"}", "--response", EXAMPLE_RESPONSE.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain(CANARY).contains("?token=********");
        assertThat(r.err()).contains("masking the input 'userId' as a secret (lint rule secret-input); name it with --secret-input to silence this note");
    }

    @Test
    void aSecretInputThatIsNotInTheInputIsAUsageError() {
        DacResult r = dac("run", EXAMPLE_ACTION.toString(), "--input", USER, "--secret-input", "apikey", "--response", EXAMPLE_RESPONSE.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--secret-input apikey: the --input has no value 'apikey' to keep secret");
    }

    @Test
    void credentialEchoedByAFailingServerIsMaskedOnBothStreams() {
        Path file = write(tmp, "keyed.json", action("/api/v2/users/${input.userId}", "{\"x-api-key\": \"${credentials.apiKey}\"}",
                "{}", "{}", "\"${rawResult}\""));
        try (RecordingServer server = RecordingServer.answering(401, "{\"message\":\"invalid key " + CANARY + "\"}")) {
            DacResult r = dac("run", file.toString(), "--input", "{\"userId\":\"abc\"}",
                    "--credential=apiKey=" + CANARY, "--base-url", server.baseUrl());

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("invalid key ********");
            assertThat(r.all()).doesNotContain(CANARY);
        }
    }

    @Test
    void closedPortTakesTheFailurePathWithAClearMessage() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        DacResult r = dac("run", EXAMPLE_ACTION.toString(), "--input", USER, "--base-url", "http://127.0.0.1:" + port);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("operation 8. Execute", "cannot connect to http://127.0.0.1:" + port + " (is the server running?)");
        assertThat(r.all()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void slowServerTakesTheTimeoutPath() {
        String slow = action("/api/v2/users/${input.userId}", "{}", "{}", "{}", "\"${rawResult}\"")
                .replace("\"config\": {", "\"config\": {\"timeoutSeconds\": 1,");
        Path file = write(tmp, "slow.json", slow);
        try (RecordingServer server = RecordingServer.answeringAfter(2500, "{}")) {
            DacResult r = dac("run", file.toString(), "--input", "{\"userId\":\"abc\"}", "--base-url", server.baseUrl());

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("takes the Timeout path", "timed out after 1 seconds");
        }
    }
}
