package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every {@code dac} command run from the shaded {@code contract-cli/target/dac.jar} itself, as CI and users run it: the
 * shade configuration leaves out the artifacts no command uses, so a command whose classes went missing fails here (an
 * in-process contract-cli test would still pass on the full classpath). Also the jar's size limit.
 */
@Execution(ExecutionMode.CONCURRENT)
class DacJarTest {

    /**
     * The size dac.jar reached when its unused artifacts were left out (24,519,533 bytes), plus 10 %. Raise it only with
     * a reason in the commit: a command that needs a new library.
     */
    static final long SIZE_LIMIT_BYTES = 26_971_000;

    private static final Path JAR = CiScripts.ROOT.resolve("contract-cli/target/dac.jar");
    private static final Path BILLING_PACT = CiScripts.ROOT.resolve("contract-cli/src/test/resources/pacts/genesys-billing-billing-api.json");
    private static final Path BILLING_ACTIONS = CiScripts.ROOT.resolve("billing-contracts/data-actions");
    private static final Path BILLING_SPEC = CiScripts.ROOT.resolve("reference-providers/openapi/billing-api.yaml");
    private static final String API_KEY = "jar-test-key-51xQ";

    @TempDir
    Path tmp;

    private static CiScripts.Result dac(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(CiScripts.ROOT.toFile()).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("dac " + String.join(" ", args) + " did not finish within 2 minutes");
            }
            CiScripts.Result result = new CiScripts.Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
            assertThat(result.output()).as("no class is missing from dac.jar: %s", result)
                    .doesNotContain("NoClassDefFoundError", "ClassNotFoundException", "internal error, please report", "\tat ");
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void staysUnderItsSizeLimit() throws IOException {
        assertThat(Files.size(JAR))
                .as("dac.jar grew past %,d bytes (the size reached when unused artifacts were left out, plus 10 %%): "
                        + "check which new artifact contract-cli/pom.xml's shade configuration should leave out", SIZE_LIMIT_BYTES)
                .isLessThanOrEqualTo(SIZE_LIMIT_BYTES);
    }

    @Test
    void carriesNoPluginDriverNativesMockServerOrBrokerStack() throws IOException {
        List<String> unwanted = new ArrayList<>();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            zip.stream().map(ZipEntry::getName)
                    .filter(name -> name.matches(".*\\.(so|dll|dylib|jnilib)") || name.startsWith("org/bouncycastle/")
                            || name.startsWith("io/grpc/") || name.startsWith("io/netty/") || name.startsWith("io/ktor/server/")
                            || name.startsWith("org/apache/hc/") || name.startsWith("org/apache/http/")
                            || name.startsWith("org/junit/") || name.startsWith("au/com/dius/pact/consumer/")
                            || name.startsWith("com/google/protobuf/"))
                    .forEach(unwanted::add);
            assertThat(zip.getEntry("org/dataactioncontracts/cli/Dac.class")).isNotNull();
        }
        assertThat(unwanted).as("entries of artifacts no dac command uses").isEmpty();
    }

    @Test
    void versionAndHelpNameEveryCommand() {
        assertThat(dac("--version").exitCode()).isZero();
        CiScripts.Result help = dac("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("lint", "run", "record", "compare", "openapi");
    }

    @Test
    void lintsTheExampleAndTheCorpus() {
        CiScripts.Result example = dac("lint", "examples/Get-User-Presence.custom.json");
        assertThat(example.exitCode()).as(example.toString()).isZero();
        assertThat(example.output()).contains("unencoded-url-id", "1 file, 0 errors, 0 warnings");

        CiScripts.Result corpus = dac("lint", "--format", "json", "contract-core/src/test/resources/corpus/genesys-data-actions");
        assertThat(corpus.exitCode()).as(corpus.toString()).isIn(0, 1);
        assertThat(corpus.output()).contains("\"summary\"", "\"findings\"");
    }

    @Test
    void runsAgainstARecordedResponse() {
        CiScripts.Result result = dac("run", "examples/Get-User-Presence.custom.json", "--input", "{\"userId\":\"6a0e7e4c-2f1b-4d3e-9c8a-5b7f1e2d3c4a\"}",
                "--response", "examples/user-presence-response.json", "--flatten");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.output()).contains("\"presence.systemPresence\": \"Available\"");
    }

    @Test
    void runsOverRealHttpWithEscapeAndMathTools() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> paths = new ArrayList<>();
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getRawPath());
            byte[] body = "{\"count\": 4, \"label\": \"a b\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Path action = Files.writeString(tmp.resolve("tools.json"), """
                    {
                      "name": "Jar Tools Action", "integrationType": "purecloud-data-actions", "actionType": "custom", "secure": false,
                      "config": {
                        "request": {"requestUrlTemplate": "/api/v2/things/$esc.url(${input.name})", "requestType": "GET",
                                    "headers": {}, "requestTemplate": "${input.rawRequest}"},
                        "response": {"translationMap": {"count": "$.count", "label": "$.label"}, "translationMapDefaults": {},
                                     "successTemplate": "{\\"next\\": $math.add(${count}, 1), \\"label\\": \\"$esc.jsonEncode(${label})\\"}"}
                      },
                      "contract": {
                        "input": {"inputSchema": {"type": "object", "properties": {"name": {"type": "string"}}}},
                        "output": {"successSchema": {"type": "object", "properties": {"next": {"type": "integer"}, "label": {"type": "string"}}}}
                      }
                    }
                    """);
            CiScripts.Result result = dac("run", action.toString(), "--input", "{\"name\":\"a b/c\"}",
                    "--base-url", "http://127.0.0.1:" + server.getAddress().getPort());
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.output()).contains("\"next\": 5", "\"label\": \"a b\"");
            assertThat(paths).containsExactly("/api/v2/things/a+b%2Fc");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void recordsAndComparesTheBillingReferenceProvider() throws Exception {
        Path recordings = tmp.resolve("recordings");
        try (ReferenceProvider provider = ReferenceProvider.startApi("billing")) {
            CiScripts.Result record = dac("record", "--pact", BILLING_PACT.toString(), "--base-url", provider.baseUrl(),
                    "--state-url", provider.baseUrl() + "/_pact/state", "--out", recordings.toString(), "--credential", "apiKey=" + API_KEY);
            assertThat(record.exitCode()).as(record.toString()).isZero();
        }
        CiScripts.Result compare = dac("compare", "--pact", BILLING_PACT.toString(), "--recordings", recordings.toString(),
                "--actions", BILLING_ACTIONS.toString(), "--json", tmp.resolve("compare.json").toString());
        assertThat(compare.exitCode()).as(compare.toString()).isZero();
        assertThat(compare.output()).contains("19 interactions: 19 passed, 0 with warnings, 0 broken");

        // A content type with parameters goes through pact-jvm's header parser (ktor-http, kept in the jar for it).
        try (Stream<Path> files = Files.walk(recordings)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.writeString(file, Files.readString(file).replace("\"content-type\" : [ \"application/json\" ]",
                        "\"content-type\" : [ \"application/json; charset=UTF-8\" ]"));
            }
        }
        CiScripts.Result withCharset = dac("compare", "--pact", BILLING_PACT.toString(), "--recordings", recordings.toString(),
                "--actions", BILLING_ACTIONS.toString());
        assertThat(withCharset.exitCode()).as(withCharset.toString()).isZero();
        assertThat(withCharset.output()).contains("19 interactions: 19 passed");
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("compare.json").toFile());
        assertThat(json.path("summary").path("pass").asInt()).isEqualTo(19);
    }

    @Test
    void checksThePactAgainstOpenApi3AndSwagger2Documents() throws IOException {
        CiScripts.Result openApi3 = dac("openapi", "--pact", BILLING_PACT.toString(), "--spec", BILLING_SPEC.toString());
        assertThat(openApi3.exitCode()).as(openApi3.toString()).isZero();

        // Swagger 2 goes through the converter (swagger-parser-v2-converter and swagger-parser 1.x).
        Path swagger2 = Files.writeString(tmp.resolve("swagger2.yaml"), """
                swagger: "2.0"
                info: {title: Billing vendor (Swagger 2 excerpt), version: "3"}
                basePath: /v3
                paths:
                  /accounts/{accountNumber}/balance:
                    get:
                      parameters:
                        - {name: accountNumber, in: path, required: true, type: string}
                      responses:
                        "200":
                          description: the balance
                          schema:
                            type: object
                            additionalProperties: false
                            properties:
                              accountNumber: {type: string}
                              amountDue: {type: string}
                        "404": {description: unknown account}
                """);
        CiScripts.Result result = dac("openapi", "--pact", BILLING_PACT.toString(), "--spec", swagger2.toString());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.output()).contains("Object instance has properties which are not allowed by the schema",
                "No API path found that matches request '/v3/payments/PAY-88120'", "19 interactions: 0 ok, 4 mismatched, 15 unknown to the spec");
    }
}
