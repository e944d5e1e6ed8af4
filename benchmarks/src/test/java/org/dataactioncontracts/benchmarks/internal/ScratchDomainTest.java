package org.dataactioncontracts.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dataactioncontracts.benchmarks.internal.SyntheticAction.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's output is what the benchmark needs: Data Actions that lint clean, two suites that compile, a provider that serves them. */
class ScratchDomainTest {
    /** Four Data Actions: one of each shape. */
    private static final int SIZE = 4;

    @TempDir
    Path dir;

    @Test
    void everyShapeLintsCleanAndBothSuitesCompileAgainstTheirOwnClasspath() throws IOException {
        ScratchDomain domain = ScratchDomain.write(dir.resolve("n4"), SIZE, Path.of("../pom.xml"));

        assertThat(domain.actions()).extracting(SyntheticAction::kind).containsExactly(Kind.values());
        assertThat(domain.actions()).allSatisfy(action -> {
            assertThat(action.interactions()).hasSize(2);
            assertThat(action.interactions().get(0).expectedOutput()).as("the first interaction is the success").isNotNull();
        });
        assertThat(domain.lintErrors()).isEmpty();
        // (b) compiles without contract-core: it is what a team writes without this project.
        assertThat(domain.compile(classpath("harness.txt"), classpath("pact-jvm.txt"))).isEmpty();
        try (Stream<Path> classes = Files.walk(domain.dir().resolve("target"))) {
            assertThat(classes.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Test.class")))
                    .hasSize(2 * SIZE).contains("GetCustomerById0001ContractTest.class", "AddCustomerNote0004PactTest.class");
        }
        assertThat(domain.bridgeClasses().resolve("data-action-contracts.properties")).content()
                .contains("consumer=" + ScratchDomain.BRIDGE_CONSUMER, "dataActions=data-actions", "pactDirectory=target/pacts");
        assertThat(domain.verificationPom()).content().contains("<relativePath>", "<failIfNoPactsFound>true</failIfNoPactsFound>");
    }

    @Test
    void compileErrorsNameTheFileAndTheLine() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Files.writeString(sources.resolve("Broken.java"), "class Broken {\n    int count = \"three\";\n}\n");

        assertThat(SourceCompiler.compile(sources, List.of(), dir.resolve("classes"))).singleElement().asString()
                .startsWith("Broken.java:2: ").contains("incompatible types");
    }

    @Test
    void providerServesARecordOnlyWhileItsStateSaysItExists() throws Exception {
        ScratchDomain domain = ScratchDomain.write(dir.resolve("n1"), 1, Path.of("../pom.xml"));
        Interaction known = domain.actions().get(0).interactions().get(0);
        HttpClient http = HttpClient.newHttpClient();
        try (SyntheticProvider provider = SyntheticProvider.start(domain.fixtures())) {
            String base = "http://localhost:" + provider.port();
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + known.request().pathAndQuery()))
                    .header("Authorization", "Bearer test").build();

            assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(state(http, base, "{\"state\": \"record {id} exists\", \"params\": {\"id\": \"" + known.recordKey() + "\"}}"))
                    .isEqualTo(200);
            HttpResponse<String> found = http.send(get, HttpResponse.BodyHandlers.ofString());
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("\"id\":\"CUS-0001\"", "\"etag\"");
            assertThat(state(http, base, "{\"state\": \"record {id} exists\", \"action\": \"teardown\"}")).isEqualTo(200);
            assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(state(http, base, "{\"state\": \"the moon is full\", \"params\": {\"id\": \"x\"}}")).isEqualTo(400);
        }
    }

    private static int state(HttpClient http, String base, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + SyntheticProvider.STATE_PATH)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A classpath the build wrote in generate-sources (see the module's POM). */
    private static List<Path> classpath(String file) throws IOException {
        return Stream.of(Files.readString(Path.of("target/classpath", file)).strip().split(File.pathSeparator)).map(Path::of).toList();
    }
}
