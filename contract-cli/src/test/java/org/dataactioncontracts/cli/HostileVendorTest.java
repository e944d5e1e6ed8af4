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

    @Test
    void recordOfAnEndlessBodyEndsAtTheCapInAJvmOfBoundedHeap() throws Exception {
        try (HostileServer server = HostileServer.endless()) {
            DacResult r = forkedDac("record", "--pact", pactFile("GET", "Hostile: endless").toString(), "--base-url", server.baseUrl(),
                    "--out", tmp.resolve("rec").toString(), "--attempts", "1", "--timeout", "300s");

            assertThat(r.exit()).as(r.all()).isZero();
            assertThat(r.out()).contains("vendor-unavailable the response body is larger than 5242880 bytes (the response size cap);"
                    + " reading stopped there  Hostile: endless");
        }
    }

    @Test
    void runOfAnEndlessBodyTakesTheFailurePathAtTheCap() {
        try (HostileServer server = HostileServer.endless()) {
            DacResult r = dac("run", action(30).toString(), "--input", INPUT, "--base-url", server.baseUrl(), "--max-response-size", "256KB");

            assertThat(r.exit()).isEqualTo(Dac.EXIT_FAILED);
            assertThat(r.err()).contains("the response body is larger than 262144 bytes (the response size cap)");
            assertThat(r.out().length()).isLessThan(20_000);
        }
    }

    @Test
    void runShowsAHugeBodyAsAnExcerptWithItsSizeAndHash() {
        String big = "{\"name\": \"" + "y".repeat(200_000) + "\"}";
        try (HostileServer server = HostileServer.answering(500, "Content-Type: application/json\r\n", big.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            DacResult r = dac("run", action(30).toString(), "--input", INPUT, "--base-url", server.baseUrl());

            assertThat(r.exit()).isEqualTo(Dac.EXIT_FAILED);
            assertThat(r.all()).contains("[200012 bytes, sha256 ");
            assertThat(r.all().length()).isLessThan(100_000);
            assertThat(r.err().length()).isLessThan(2_000);
        }
    }

    @Test
    void aBomBodyWithRedactPathsStoresNoPersonalData() throws Exception {
        byte[] body = ("\uFEFF{\"name\": \"Jane Roe-PII\", \"phone\": \"+15550100\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] nan = "{\"name\": \"Jane Roe-PII\", \"score\": NaN}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte[] answer : java.util.List.of(body, nan)) {
            Path out = tmp.resolve("rec-" + answer.length);
            try (HostileServer server = HostileServer.answering(200, "Content-Type: application/json\r\n", answer)) {
                DacResult r = dac("record", "--pact", pactFile("GET", "Hostile: bom").toString(), "--base-url", server.baseUrl(),
                        "--out", out.toString(), "--redact", "$.name", "--redact", "$.phone");
                assertThat(r.exit()).as(r.all()).isZero();
            }
            String stored = allFiles(out);
            assertThat(stored).doesNotContain("Jane Roe-PII", "+15550100").contains("\"outcome\" : \"recorded\"");
            DacResult compared = dac("compare", "--pact", tmp.resolve("pact.json").toString(), "--recordings", out.toString(),
                    "--junit", out.resolve("c.xml").toString(), "--json", out.resolve("c.json").toString());
            assertThat(compared.all() + allFiles(out)).doesNotContain("Jane Roe-PII", "+15550100");
        }
        // The BOM body is JSON once the BOM is stripped: it is redacted field by field; NaN is not JSON: a placeholder.
        assertThat(allFiles(tmp.resolve("rec-" + body.length))).contains("\"phone\" : \"[REDACTED]\"");
        assertThat(allFiles(tmp.resolve("rec-" + nan.length))).contains("[REDACTED: unparsable body, " + nan.length + " bytes, sha256 ",
                "content type application/json]");
    }

    private static String allFiles(Path dir) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                all.append(java.nio.file.Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void aPostIsSentOnceAfterATimeoutAndAGetIsRetried() {
        for (String method : java.util.List.of("POST", "GET")) {
            try (HostileServer server = HostileServer.silent()) {
                DacResult r = dac("record", "--pact", pactFile(method, "Hostile: create a payment arrangement").toString(),
                        "--base-url", server.baseUrl(), "--out", tmp.resolve("rec").toString(), "--timeout", "1s", "--attempts", "3");

                assertThat(r.exit()).as(r.all()).isZero();
                if (method.equals("POST")) {
                    assertThat(server.requestsSettled(2)).as(r.all()).isEqualTo(1);
                    assertThat(r.out()).contains("no complete answer within 1 s on attempt 1 of 3; not retried: POST is not idempotent");
                } else {
                    assertThat(server.requestsSettled(3)).isEqualTo(3);
                }
            }
        }
    }

    @Test
    void aPostIsRepeatedWhenTheUserOptsIn() {
        try (HostileServer server = HostileServer.silent()) {
            dac("record", "--pact", pactFile("POST", "Hostile: opt in").toString(), "--base-url", server.baseUrl(),
                    "--out", tmp.resolve("rec").toString(), "--timeout", "1s", "--attempts", "2", "--retry-non-idempotent");

            assertThat(server.requestsSettled(2)).isEqualTo(2);
        }
    }

    @Test
    void aRetryAfterBeyondTheCapEndsTheRetriesAndOneWithinItIsWaitedFor() {
        try (HostileServer server = HostileServer.answering(429, "Retry-After: 3600\r\n", new byte[0])) {
            long start = System.nanoTime();
            DacResult r = dac("record", "--pact", pactFile("GET", "Hostile: rate limited").toString(), "--base-url", server.baseUrl(),
                    "--out", tmp.resolve("rec").toString(), "--attempts", "3");

            assertThat(server.requests()).isEqualTo(1);
            assertThat(r.out()).contains("HTTP 429 on attempt 1 of 3; not retried: the server asked to retry after 3600 s, more than the 30 s cap");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
        try (HostileServer server = HostileServer.answering(503, "Retry-After: 1\r\n", new byte[0])) {
            long start = System.nanoTime();
            dac("record", "--pact", pactFile("GET", "Hostile: busy").toString(), "--base-url", server.baseUrl(),
                    "--out", tmp.resolve("rec2").toString(), "--attempts", "2");

            assertThat(server.requests()).isEqualTo(2);
            // The 200 ms backoff would have been shorter: the server's second is honoured.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(950));
        }
    }

    @Test
    void aBase64EchoedKeyAppearsNowhere() throws Exception {
        String key = "K3y-CANARY-51f0c2aa";
        String b64 = java.util.Base64.getEncoder().encodeToString(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String basic = java.util.Base64.getEncoder().encodeToString(("user:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String b64url = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString((key + "??>>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String echo = "{\"name\": \"" + b64 + "\", \"upper\": \"" + key.toUpperCase(java.util.Locale.ROOT) + "\", \"basic\": \"Basic " + basic
                + "\", \"url\": \"" + java.net.URLEncoder.encode(key + "/", java.nio.charset.StandardCharsets.UTF_8) + "\", \"u\": \"" + b64url + "\"}";
        Path pact = TestFiles.write(tmp, "pact.json", pact("GET", "Hostile: echo", "{\"x-api-key\": [\"REDACTED-apiKey\"]}"));
        try (HostileServer server = HostileServer.answering(400, "Content-Type: application/json\r\nX-Echo: " + b64 + "\r\n",
                echo.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            DacResult recorded = dac("record", "--pact", pact.toString(), "--base-url", server.baseUrl(), "--credential", "apiKey=" + key,
                    "--out", tmp.resolve("rec").toString());
            DacResult compared = dac("compare", "--pact", pact.toString(), "--recordings", tmp.resolve("rec").toString(),
                    "--junit", tmp.resolve("rec/c.xml").toString(), "--json", tmp.resolve("rec/c.json").toString());
            Path action = TestFiles.write(tmp, "Echo.custom.json", TestFiles.action("/x", "{\"x-api-key\": \"${credentials.apiKey}\"}",
                    "{\"name\": \"$.name\"}", "{}", "\"{\\\"name\\\": \\\"${name}\\\"}\""));
            DacResult run = dac("run", action.toString(), "--input", INPUT, "--credential", "apiKey=" + key, "--base-url", server.baseUrl());

            assertThat(recorded.exit()).as(recorded.all()).isZero();
            assertThat(run.exit()).isEqualTo(Dac.EXIT_FAILED);
            String everything = recorded.all() + compared.all() + run.all() + allFiles(tmp.resolve("rec"));
            for (String form : java.util.List.of(key, b64, b64.replace("=", ""), key.toUpperCase(java.util.Locale.ROOT), basic.substring(8, 30),
                    java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8), b64url.substring(0, 20))) {
                assertThat(everything).doesNotContain(form);
            }
            assertThat(run.out()).contains("********");
        }
    }

    @Test
    void aPasswordInTheBaseUrlIsNeitherPrintedNorStored() throws Exception {
        try (HostileServer server = HostileServer.answering(200, "Content-Type: application/json\r\n", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            String url = server.baseUrl().replace("http://", "http://svc:pw-SECRET-9@");
            DacResult recorded = dac("record", "--pact", pactFile("GET", "Hostile: userinfo").toString(), "--base-url", url,
                    "--out", tmp.resolve("rec").toString());
            DacResult run = dac("run", action(5).toString(), "--input", INPUT, "--base-url", url + "/?q=1");

            assertThat(recorded.all() + run.all() + allFiles(tmp.resolve("rec"))).doesNotContain("pw-SECRET-9");
            assertThat(run.err()).contains("--base-url 'http://127.0.0.1:");
        }
    }

    /** {@code dac} in its own JVM, as the scripts launch it, with a short evaluation time limit. */
    private static DacResult forkedDac(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-Ddac.evaluationTimeout=3s", "-cp", System.getProperty("java.class.path"), Dac.class.getName()));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).start();
        try {
            var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            // Generous: the JVM starts cold on a machine other builds share; the bounds under test are seconds.
            assertThat(p.waitFor(4, java.util.concurrent.TimeUnit.MINUTES)).as("dac ended").isTrue();
            return new DacResult(p.exitValue(), out.get(), err.get());
        } finally {
            p.destroyForcibly();
        }
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path evilAction(String translationMap, String successTemplate) {
        return TestFiles.write(tmp, "Evil.custom.json", TestFiles.action("/x", "{}", translationMap, "{}", successTemplate));
    }

    @Test
    void aPathologicalJsonPathRegexEndsWithOneLineAndItsOwnExitCode() throws Exception {
        Path action = evilAction("{\"n\": \"$.items[?(@.name =~ /(.*a){25}$/)].name\"}", "\"{\\\"n\\\": ${n}}\"");
        Path response = TestFiles.write(tmp, "r.json", "{\"items\": [{\"name\": \"" + "a".repeat(35) + "b\"}]}");

        DacResult r = forkedDac("run", action.toString(), "--input", INPUT, "--response", response.toString());

        assertThat(r.exit()).isEqualTo(Dac.EXIT_LIMIT);
        assertThat(r.err()).isEqualTo("dac run: the translationMap of 'CLI Test Action' ran longer than 3000 ms, the time limit of an"
                + " evaluation (-Ddac.evaluationTimeout); stopped\n");
    }

    @Test
    void aVelocityLoopOverABillionEndsWithOneLineAndItsOwnExitCode() throws Exception {
        Path action = evilAction("{\"n\": \"$.name\"}", "\"#foreach($i in [1..1000000000])#end{}\"");
        Path response = TestFiles.write(tmp, "r.json", "{\"name\": \"x\"}");

        DacResult r = forkedDac("run", action.toString(), "--input", INPUT, "--response", response.toString());

        assertThat(r.exit()).isEqualTo(Dac.EXIT_LIMIT);
        assertThat(r.err()).isEqualTo("dac run: the successTemplate of 'CLI Test Action' ran longer than 3000 ms, the time limit of an"
                + " evaluation (-Ddac.evaluationTimeout); stopped\n");
    }

    @Test
    void aJsonPathOfThousandsOfSegmentsEndsWithOneLineAndItsOwnExitCode() {
        Path action = evilAction("{\"n\": \"$." + "a.".repeat(20_000) + "a\"}", "\"{}\"");
        Path response = TestFiles.write(tmp, "r.json", "{\"name\": \"x\"}");

        DacResult r = dac("run", action.toString(), "--input", INPUT, "--response", response.toString());

        assertThat(r.exit()).isEqualTo(Dac.EXIT_LIMIT);
        assertThat(r.err()).startsWith("dac run: stopped: StackOverflowError: an expression recursed too deep").hasLineCount(1);
    }

    @Test
    void aRecursiveJsonataMiddlewareEndsWithOneLineAndItsOwnExitCode() throws Exception {
        Path pact = pactFile("GET", "Hostile: middleware");
        try (HostileServer server = HostileServer.answering(200, "Content-Type: application/json\r\n",
                "{\"name\": \"Ann\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(dac("record", "--pact", pact.toString(), "--base-url", server.baseUrl(), "--out", tmp.resolve("rec").toString()).exit())
                    .isZero();
        }
        Path actions = java.nio.file.Files.createDirectories(tmp.resolve("actions"));
        TestFiles.write(actions, "Hostile.custom.json", TestFiles.action("/payments", "{}", "{\"name\": \"$.name\"}", "{}",
                "\"{\\\"name\\\": \\\"${name}\\\"}\""));
        String[] expressions = {
            // Non-tail recursion: the depth bound.
            "($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; {\"name\": $string($f(100000))})",
            // Tail recursion never ends: the time bound.
            "($f := function($n) { $f($n + 1) }; {\"name\": $f(0)})"};
        for (String expression : expressions) {
            Path jsonata = TestFiles.write(tmp, "evil.jsonata", expression);

            DacResult r = forkedDac("compare", "--pact", pact.toString(), "--recordings", tmp.resolve("rec").toString(),
                    "--actions", actions.toString(), "--middleware", "Hostile.custom.json=" + jsonata);

            assertThat(r.exit()).as(r.all()).isEqualTo(Dac.EXIT_LIMIT);
            assertThat(r.err()).startsWith("dac compare: middleware 'evil.jsonata' stopped: ").hasLineCount(1);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void controlCharactersInADescriptionAreEscapedInTextAndLeaveAWellFormedJUnitXml() throws Exception {
        String description = "Hostile: a NUL \u0000 and a forged line\r\nX-Injected: 1 \u001b[31m";
        Path pact = pactFile("GET", description);
        try (HostileServer server = HostileServer.answering(200, "Content-Type: application/json\r\n",
                "{\"name\": 5}".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            DacResult recorded = dac("record", "--pact", pact.toString(), "--base-url", server.baseUrl(), "--out", tmp.resolve("rec").toString());
            assertThat(recorded.out()).contains("Hostile: a NUL \\u0000 and a forged line\\r\\nX-Injected: 1 \\u001b[31m")
                    .doesNotContain("\u0000", "\r", "\u001b");
        }
        DacResult compared = dac("compare", "--pact", pact.toString(), "--recordings", tmp.resolve("rec").toString(),
                "--junit", tmp.resolve("c.xml").toString());

        assertThat(compared.exit()).isEqualTo(Dac.EXIT_FAILED);
        assertThat(compared.out()).contains("BREAK              Hostile: a NUL \\u0000 and a forged line\\r\\nX-Injected: 1")
                .doesNotContain("\u0000", "\r", "\nX-Injected");
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(tmp.resolve("c.xml").toFile());
        org.w3c.dom.Element testcase = (org.w3c.dom.Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("Hostile: a NUL \\u0000 and a forged line\\r\\nX-Injected: 1 \\u001b[31m");
    }

    @Test
    void anUnreadableRecordingIsAnErrorOfItsInteractionNotOfTheRun() throws Exception {
        Path pact = TestFiles.write(tmp, "pact.json", pact("GET", "Hostile: one", "{}").replace("\"interactions\": [",
                "\"interactions\": [{\"type\": \"Synchronous/HTTP\", \"key\": \"k0\", \"description\": \"Hostile: zero\","
                        + " \"request\": {\"method\": \"GET\", \"path\": \"/zero\"}, \"response\": {\"status\": 200}},"));
        try (HostileServer server = HostileServer.answering(200, "Content-Type: application/json\r\n",
                "{\"name\": \"Ann\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(dac("record", "--pact", pact.toString(), "--base-url", server.baseUrl(), "--out", tmp.resolve("rec").toString()).exit())
                    .isZero();
        }
        Path run;
        try (var dirs = java.nio.file.Files.list(tmp.resolve("rec"))) {
            run = dirs.findFirst().orElseThrow();
        }
        java.nio.file.Files.writeString(run.resolve("02-hostile-one.json"), "{\"description\": \"Hostile: one\", \"response\": {\"body\": \"" + "x".repeat(300));

        DacResult r = dac("compare", "--pact", pact.toString(), "--recordings", tmp.resolve("rec").toString(),
                "--junit", tmp.resolve("c.xml").toString());

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("PASS               Hostile: zero", "ERROR              Hostile: one",
                "note: the recording 02-hostile-one.json cannot be read: is not valid JSON (", ", 1 unreadable");
        assertThat(java.nio.file.Files.readString(tmp.resolve("c.xml"))).contains("errors=\"1\"", "<error message=\"the recording 02-hostile-one.json");
    }

    @Test
    void compareRunsDataActionFilesOnlyInsideActions() throws Exception {
        Path actions = java.nio.file.Files.createDirectories(tmp.resolve("actions"));
        TestFiles.write(tmp, "Outside.custom.json", TestFiles.action("/payments", "{}", "{\"name\": \"$.name\"}", "{}", "\"{}\""));
        for (String file : java.util.List.of("../Outside.custom.json", tmp.resolve("Outside.custom.json").toString())) {
            Path pact = TestFiles.write(tmp, "pact.json", pact("GET", "Hostile: outside", "{}")
                    .replace("Data Action file: Hostile.custom.json", "Data Action file: " + file.replace("\\", "\\\\")));
            try (HostileServer server = HostileServer.answering(200, "Content-Type: application/json\r\n",
                    "{\"name\": \"Ann\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                dac("record", "--pact", pact.toString(), "--base-url", server.baseUrl(), "--out", tmp.resolve("rec").toString());
            }

            DacResult r = dac("compare", "--pact", pact.toString(), "--recordings", tmp.resolve("rec").toString(), "--actions", actions.toString(),
                    "--json", tmp.resolve("c.json").toString());

            assertThat(r.exit()).as(r.all()).isZero();
            assertThat(java.nio.file.Files.readString(tmp.resolve("c.json"))).contains("translation not checked: Data Action file " + file
                    + " is outside --actions " + actions + "; only files inside it are run");
        }
    }
}
