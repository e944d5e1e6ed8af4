package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code dac run} and {@code dac record} against vendors that misbehave on a real socket: every exchange is bounded. */
// Each test has its own server and directory; most wait on a deadline, so they overlap.
@Execution(ExecutionMode.CONCURRENT)
class HostileVendorTest {
    private static final String INPUT = "{\"userId\":\"abc\"}";

    @TempDir
    Path tmp;

    /** A GET Data Action on the server with the given {@code timeoutSeconds}. */
    private Path action(int timeoutSeconds) {
        String json = TestFiles.action("/users/${input.userId}", "{}", "{\"name\": \"$.name\"}", "{}", "\"{\\\"name\\\": \\\"${name}\\\"}\"")
                .replace("\"config\": {", "\"config\": {\"timeoutSeconds\": " + timeoutSeconds + ",");
        return TestFiles.write(tmp, "Hostile.custom.json", json);
    }

    /** A V4 pact of one interaction. */
    static String pact(String method, String description, String headersJson) {
        return """
                {"consumer": {"name": "genesys-test"}, "provider": {"name": "vendor-api"},
                 "interactions": [{"type": "Synchronous/HTTP", "key": "k1", "description": %s,
                   "comments": {"text": ["Data Action file: Hostile.custom.json"]},
                   "request": {"method": "%s", "path": "/payments", "headers": %s%s},
                   "response": {"status": 200, "headers": {"content-type": ["application/json"]},
                     "body": {"content": {"name": "Ann"}, "contentType": "application/json", "encoded": false}}}],
                 "metadata": {"pactSpecification": {"version": "4.0"}}}
                """.formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(description).toString(), method, headersJson,
                method.equals("GET") ? "" : ", \"body\": {\"content\": {\"amount\": 10}, \"contentType\": \"application/json\", \"encoded\": false}");
    }

    private Path pactFile(String method, String description) {
        return TestFiles.write(tmp, "pact.json", pact(method, description, "{\"Accept\": [\"application/json\"]}"));
    }

    @Test
    void runOfATrickledBodyTakesTheTimeoutPathAtTheActionsDeadline() {
        try (HostileServer server = HostileServer.trickling(200)) {
            long start = System.nanoTime();
            DacResult r = dac("run", action(2).toString(), "--input", INPUT, "--base-url", server.baseUrl());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(r.exit()).isEqualTo(Dac.EXIT_FAILED);
            assertThat(r.err()).contains("timed out after 2 seconds");
            assertThat(r.out()).contains("ACTION.TIMEOUT");
            assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(10));
        }
    }

    @Test
    void recordOfATrickledBodyIsVendorUnavailableAtTheDeadline() {
        try (HostileServer server = HostileServer.trickling(200)) {
            long start = System.nanoTime();
            DacResult r = dac("record", "--pact", pactFile("GET", "Hostile: trickle").toString(), "--base-url", server.baseUrl(),
                    "--out", tmp.resolve("rec").toString(), "--timeout", "1s", "--attempts", "1");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(r.exit()).as(r.all()).isEqualTo(Dac.EXIT_OK);
            assertThat(r.out()).contains("vendor-unavailable no complete answer within 1 s on each of 1 attempt  Hostile: trickle");
            assertThat(took).isLessThan(Duration.ofSeconds(8));
        }
    }
}
