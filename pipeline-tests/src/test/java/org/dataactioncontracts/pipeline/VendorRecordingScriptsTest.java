package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.dataactioncontracts.pipeline.CiScripts.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly vendor job's scripts (ci/vendor-recording.Jenkinsfile): ci/record-vendor.sh against the billing reference
 * provider, and ci/notify.sh against an in-process webhook. Each test has its own provider, webhook and directories, so
 * they run side by side: most of their time is spent waiting for {@code java -jar dac.jar}.
 */
@Execution(ExecutionMode.CONCURRENT)
class VendorRecordingScriptsTest {

    private static final String API_KEY = "planted-billing-key-7Hq2";
    private static final String WEBHOOK_SECRET = "T0001-B0002-s3cretHookPath";

    @TempDir
    Path tmp;

    private Map<String, String> recordEnv(String baseUrl, String stateUrl) {
        Map<String, String> env = new HashMap<>(Map.of(
                "VENDOR_BASE_URL", baseUrl,
                "BILLING_API_KEY", API_KEY,
                "VENDOR_RECORDINGS_DIR", tmp.resolve("recordings").toString(),
                "VENDOR_REPORT_DIR", tmp.resolve("reports").toString()));
        if (stateUrl != null) {
            env.put("VENDOR_STATE_URL", stateUrl);
        }
        return env;
    }

    private Result record(Map<String, String> env) {
        Result result = CiScripts.run("ci/record-vendor.sh", List.of("billing-contracts"), env);
        assertThat(result.output()).as("the API key is never printed").doesNotContain(API_KEY);
        return result;
    }

    private void assertNoKeyWritten() throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as("the API key is not in %s", file).doesNotContain(API_KEY);
            }
        }
    }

    @Test
    void recordsTheBillingReferenceProviderAndEveryInteractionPasses() throws Exception {
        try (ReferenceProvider provider = ReferenceProvider.startApi("billing")) {
            Result result = record(recordEnv(provider.baseUrl(), provider.baseUrl() + "/_pact/state"));

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.output()).contains("19 interactions: 19 passed, 0 with warnings, 0 broken",
                    "record-vendor: every interaction passed.");
            String junit = Files.readString(tmp.resolve("reports/surefire-reports/TEST-vendor-compare.xml"));
            assertThat(junit.split("<testcase", -1)).hasSize(20);
            JsonNode json = new ObjectMapper().readTree(tmp.resolve("reports/vendor-compare.json").toFile());
            assertThat(json.path("summary").path("pass").asInt()).isEqualTo(19);
            // PII: the account number is redacted in every stored response body.
            try (Stream<Path> runs = Files.list(tmp.resolve("recordings"))) {
                Path run = runs.filter(Files::isDirectory).findFirst().orElseThrow();
                Path balance;
                try (Stream<Path> files = Files.list(run)) {
                    balance = files.filter(f -> f.getFileName().toString().endsWith("-get-account-balance-a-past-due-account.json")).findFirst().orElseThrow();
                }
                JsonNode body = new ObjectMapper().readTree(balance.toFile()).path("response").path("body");
                assertThat(body.path("accountNumber").asText()).isEqualTo("[REDACTED]");
                assertThat(body.path("amountDue").asText()).isEqualTo("240.00");
            }
            assertNoKeyWritten();
        }
    }

    @Test
    void aRenameInProgressIsAWarningExit3() throws Exception {
        try (ReferenceProvider provider = ReferenceProvider.startApi("billing");
                AddingProxy proxy = new AddingProxy(provider.baseUrl())) {
            String state = provider.baseUrl() + "/_pact/state";
            Result first = record(recordEnv(provider.baseUrl(), state));
            assertThat(first.exitCode()).as(first.toString()).isZero();

            // The vendor starts sending amount_due next to amountDue: still within the pact, but a rename in progress.
            Result second = record(recordEnv(proxy.baseUrl(), state));
            assertThat(second.exitCode()).as(second.toString()).isEqualTo(3);
            assertThat(second.output()).contains("rename in progress: amount_due appeared next to amountDue", "0 broken",
                    "record-vendor: WARNINGS:");
            JsonNode json = new ObjectMapper().readTree(tmp.resolve("reports/vendor-compare.json").toFile());
            assertThat(json.path("summary").path("warning").asInt()).isPositive();
            assertThat(json.path("previousRun").isTextual()).as("compared with the first run").isTrue();
            assertNoKeyWritten();
        }
    }

    @Test
    void aRenamedFieldIsAContractBreakExit1() throws Exception {
        try (ReferenceProvider provider = ReferenceProvider.startApi("billing", "--rename", "amountDue=amount_due")) {
            Result result = record(recordEnv(provider.baseUrl(), provider.baseUrl() + "/_pact/state"));

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.output()).contains("BREAK", "missing the following keys: amountDue", "record-vendor: CONTRACT BREAK");
            assertThat(Files.readString(tmp.resolve("reports/surefire-reports/TEST-vendor-compare.xml"))).contains("<failure");
        }
    }

    @Test
    void anUnavailableVendorIsNeverABreakExit4() throws IOException {
        Map<String, String> env = recordEnv("http://127.0.0.1:" + freePort(), null);
        env.put("VENDOR_RECORD_ATTEMPTS", "1");
        env.put("VENDOR_RECORD_TIMEOUT", "2s");
        Result result = record(env);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
        assertThat(result.output()).contains("0 broken, 19 vendor unavailable", "record-vendor: VENDOR UNAVAILABLE");
    }

    @Test
    void missingSettingsAreBadUsageExit2() {
        Result noUrl = record(Map.of("BILLING_API_KEY", API_KEY));
        assertThat(noUrl.exitCode()).isEqualTo(2);
        assertThat(noUrl.output()).contains("VENDOR_BASE_URL is not set", "-Dbilling.staging.url=");

        Result noKey = CiScripts.run("ci/record-vendor.sh", List.of("billing-contracts"), Map.of("VENDOR_BASE_URL", "http://127.0.0.1:9"));
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.output()).contains("BILLING_API_KEY is not set");

        Result notAVendorDomain = CiScripts.run("ci/record-vendor.sh", List.of("crm-read-contracts"), Map.of("VENDOR_BASE_URL", "http://127.0.0.1:9"));
        assertThat(notAVendorDomain.exitCode()).isEqualTo(2);
        assertThat(notAVendorDomain.output()).contains("does not record a vendor API");

        assertThat(CiScripts.run("ci/record-vendor.sh", List.of(), Map.of()).exitCode()).isEqualTo(2);
    }

    // ---- ci/notify.sh ------------------------------------------------------------------------------------------------

    @Test
    void notifyPostsAShortJsonMessageAndNeverPrintsTheWebhookUrl() throws Exception {
        try (Webhook webhook = new Webhook(200)) {
            Result result = CiScripts.run("ci/notify.sh", List.of("UNSTABLE", "billing-contracts: \"amount_due\" appeared\nnext line"),
                    Map.of("ALERT_WEBHOOK_URL", webhook.url(), "JOB_NAME", "vendor-recording", "BUILD_NUMBER", "42",
                            "BUILD_URL", "https://jenkins.invalid/job/vendor-recording/42/"));

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.output()).contains("alert sent (UNSTABLE)").doesNotContain(WEBHOOK_SECRET);
            assertThat(webhook.requests).hasSize(1);
            Webhook.Request request = webhook.requests.get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.contentType()).isEqualTo("application/json");
            JsonNode body = new ObjectMapper().readTree(request.body());
            assertThat(body.path("status").asText()).isEqualTo("UNSTABLE");
            assertThat(body.path("job").asText()).isEqualTo("vendor-recording");
            assertThat(body.path("build").asText()).isEqualTo("42");
            assertThat(body.path("message").asText()).isEqualTo("billing-contracts: \"amount_due\" appeared\nnext line");
            assertThat(body.path("text").asText()).isEqualTo("vendor-recording #42 UNSTABLE: billing-contracts: \"amount_due\" appeared\nnext line "
                    + "https://jenkins.invalid/job/vendor-recording/42/");
            assertThat(Set.copyOf(iterable(body.fieldNames()))).containsExactlyInAnyOrder("text", "status", "job", "build", "url", "message");
        }
    }

    @Test
    void aRefusingOrUnreachableWebhookIsExit1WithoutTheUrl() throws Exception {
        try (Webhook webhook = new Webhook(500)) {
            Result refused = CiScripts.run("ci/notify.sh", List.of("FAILURE", "contract break"),
                    Map.of("ALERT_WEBHOOK_URL", webhook.url(), "ALERT_RETRIES", "0"));
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
            assertThat(refused.output()).contains("HTTP 500").doesNotContain(WEBHOOK_SECRET, webhook.url());
        }
        String closed = "http://127.0.0.1:" + freePort() + "/hooks/" + WEBHOOK_SECRET;
        Result unreachable = CiScripts.run("ci/notify.sh", List.of("FAILURE", "contract break"),
                Map.of("ALERT_WEBHOOK_URL", closed, "ALERT_RETRIES", "0"));
        assertThat(unreachable.exitCode()).as(unreachable.toString()).isEqualTo(1);
        assertThat(unreachable.output()).contains("unreachable").doesNotContain(WEBHOOK_SECRET, "127.0.0.1");

        Result noUrl = CiScripts.run("ci/notify.sh", List.of("FAILURE", "x"), Map.of());
        assertThat(noUrl.exitCode()).isEqualTo(2);
        assertThat(noUrl.output()).contains("ALERT_WEBHOOK_URL is not set");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** An incoming-webhook endpoint on a loopback port whose path holds a secret, as real ones do. */
    private static final class Webhook implements AutoCloseable {
        record Request(String method, String contentType, String body) {
        }

        final List<Request> requests = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        Webhook(int status) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hooks/" + WEBHOOK_SECRET, exchange -> {
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + WEBHOOK_SECRET;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A vendor mid-rename: forwards to the provider and adds "amount_due" next to every "amountDue". */
    private static final class AddingProxy implements AutoCloseable {
        private final HttpServer server;
        private final HttpClient client = HttpClient.newHttpClient();

        AddingProxy(String target) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> forward(target, exchange));
            server.start();
        }

        private void forward(String target, HttpExchange exchange) throws IOException {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
                for (String header : List.of("X-Api-Key", "Content-Type", "Accept")) {
                    String value = exchange.getRequestHeaders().getFirst(header);
                    if (value != null) {
                        request.header(header, value);
                    }
                }
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String body = response.body().replaceAll("\"amountDue\":(\"[^\"]*\")", "\"amount_due\":$1,\"amountDue\":$1");
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
                exchange.sendResponseHeaders(response.statusCode(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    exchange.getResponseBody().write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            } finally {
                exchange.close();
            }
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
