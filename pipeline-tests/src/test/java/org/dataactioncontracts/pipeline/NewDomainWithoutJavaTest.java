package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A new user's path, end to end, in a scratch copy of the repository: {@code dac new-domain hris-contracts}, two
 * BambooHR-like exports the repository has nowhere else and their scenario files (test resources hris-domain/), then
 * {@code mvn -pl hris-contracts -am test} writes {@code hris-contracts/target/pacts/genesys-hris-bamboohr-api.json} with
 * one interaction per scenario and not a line of Java; the official Pact CLI verifies that pact against a small
 * provider serving those responses. Isolated: its nested Maven build is the heaviest thing in this module, and beside the
 * broker-double tests on a loaded 2-core machine it made their reference-provider verification fail (observed twice in
 * the full build, never with the class alone).
 */
@Isolated
class NewDomainWithoutJavaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path scratch;

    @Test
    void newDomainPlusExportsPlusScenarioFilesWriteAPactTheOfficialPactCliVerifies() throws Exception {
        CiScripts.requirePactCli();
        copyRepository();
        run(List.of("java", "-jar", CiScripts.ROOT.resolve("contract-cli/target/dac.jar").toString(), "new-domain", "hris-contracts",
                "--consumer", "genesys-hris", "--provider", "bamboohr-api"), "Next steps:");
        Path dataActions = scratch.resolve("hris-contracts/data-actions");
        try (Stream<Path> fixtures = Files.list(Path.of(getClass().getResource("/hris-domain").toURI()))) {
            for (Path fixture : fixtures.toList()) {
                Files.copy(fixture, dataActions.resolve(fixture.getFileName()));
            }
        }

        run(List.of("mvn", "-B", "-q", "-o", "-pl", "hris-contracts", "-am", "test", "-Dtest=DomainScenariosTest",
                "-Dsurefire.failIfNoSpecifiedTests=false"), "Contract coverage: every Data Action");

        try (Stream<Path> files = Files.walk(scratch.resolve("hris-contracts"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".java"))).isEmpty();
        }
        Path pact = scratch.resolve("hris-contracts/target/pacts/genesys-hris-bamboohr-api.json");
        JsonNode interactions = JSON.readTree(pact.toFile()).path("interactions");
        List<String> descriptions = new ArrayList<>();
        interactions.forEach(i -> descriptions.add(i.path("description").asText()));
        assertThat(descriptions).containsExactlyInAnyOrder("Get Time Off Types: two time-off types",
                "Get Time Off Types: no time-off types configured", "Get Time Off Types: the API key was revoked",
                "Get Employee Time Off Balance: an employee with vacation left",
                "Get Employee Time Off Balance: an employee without a vacation policy", "Get Employee Time Off Balance: an unknown employee");
        assertThat(Files.readString(pact)).doesNotContain("test-bamboo-key");

        HttpServer provider = bambooHr();
        try {
            CiScripts.Result verified = CiScripts.run("scripts/verify-with-pact-cli.sh", List.of(pact.getParent().toString(),
                    "http://127.0.0.1:" + provider.getAddress().getPort()), Map.of());
            assertThat(verified.exitCode()).as(verified.output()).isZero();
            assertThat(verified.output()).contains("all pacts verified");
            assertThat(verified.output().split("has a matching body \\(OK\\)", -1)).hasSize(7);
        } finally {
            provider.stop(0);
        }
    }

    /** The root POM with only contract-core as module, and contract-core itself: what a domain build needs. */
    private void copyRepository() throws IOException {
        String pom = Files.readString(CiScripts.ROOT.resolve("pom.xml"));
        int from = pom.indexOf("<modules>") + "<modules>".length();
        Files.writeString(scratch.resolve("pom.xml"), pom.substring(0, from) + "\n    <module>contract-core</module>\n  "
                + pom.substring(pom.indexOf("</modules>")));
        Path core = CiScripts.ROOT.resolve("contract-core");
        Files.copy(core.resolve("pom.xml"), Files.createDirectories(scratch.resolve("contract-core")).resolve("pom.xml"));
        try (Stream<Path> files = Files.walk(core.resolve("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = scratch.resolve("contract-core").resolve(core.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private void run(List<String> command, String expected) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s\n%s", command, output).isZero();
        assertThat(output).contains(expected);
    }

    /** BambooHR as the provider states describe it; every request must carry Basic auth. */
    private static HttpServer bambooHr() throws IOException {
        String[] state = {""};
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/_pact/state", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            if (!"teardown".equals(body.path("action").asText())) {
                state[0] = body.path("state").asText();
            }
            send(exchange, 200, "{}");
        });
        server.createContext("/api/gateway.php/acme/v1/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String s = state[0];
            boolean types = exchange.getRequestURI().getPath().endsWith("/meta/time_off/types");
            if (auth == null || !auth.startsWith("Basic ") || s.equals("the API key is not valid")) {
                send(exchange, 401, "{\"error\": \"Invalid API key\"}");
            } else if (types) {
                send(exchange, 200, s.equals("no time-off types exist") ? "{\"timeOffTypes\": [], \"defaultHours\": []}"
                        : "{\"timeOffTypes\": [{\"id\": \"78\", \"name\": \"Vacation\", \"units\": \"days\", \"color\": null, \"icon\": \"palm-trees\"},"
                        + " {\"id\": \"79\", \"name\": \"Sick Leave\", \"units\": \"days\", \"color\": null, \"icon\": \"medical\"}],"
                        + " \"defaultHours\": [{\"name\": \"Saturday\", \"amount\": \"0\"}]}");
            } else if (s.contains("does not exist")) {
                send(exchange, 404, "{\"error\": \"Employee not found\"}");
            } else if (s.contains("no vacation policy")) {
                send(exchange, 200, "[{\"timeOffType\": \"79\", \"name\": \"Sick Leave\", \"units\": \"days\", \"balance\": \"5.0\", \"end\": \"2026-06-30\"}]");
            } else {
                send(exchange, 200, "[{\"timeOffType\": \"78\", \"name\": \"Vacation\", \"units\": \"days\", \"balance\": \"12.5\", \"end\": \"2026-06-30\"},"
                        + " {\"timeOffType\": \"79\", \"name\": \"Sick Leave\", \"units\": \"days\", \"balance\": \"3.0\", \"end\": \"2026-06-30\"}]");
            }
        });
        server.start();
        return server;
    }

    private static void send(HttpExchange exchange, int status, String body) {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
