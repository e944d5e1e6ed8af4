package org.dataactioncontracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dataactioncontracts.pact.internal.ContractRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An API key passed as an input ({@code x-api-key: ${input.apikey}}, {@code ?token=${input.apikey}}), declared with
 * {@code secretInput(...)}: the provider gets the test value, nothing written or printed shows it.
 */
@ResourceLock(ScratchDomain.FAIL)
class SecretInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEST_VALUE = "sk_test_51HrZ9q2Ks7Lm";

    private static final Map<String, String> SOURCES = Map.of("SecretInputContractTest", """
            package scratch;

            import org.dataactioncontracts.genesys.ExecutionReport;
            import org.dataactioncontracts.pact.DataActionContractTest;
            import org.dataactioncontracts.pact.DataActionContracts;
            import org.junit.jupiter.api.Test;

            @DataActionContractTest(provider = "events-api")
            class SecretInputContractTest {
                @Test
                void printsItsReport(DataActionContracts contracts) {
                    ExecutionReport report = contracts.verify("Peek-Event-With-Api-Key", "an event", i -> i
                            .input("conversationId", "c-1").secretInput("apikey", "%1$s").example("status", "open"));
                    System.out.println(org.dataactioncontracts.genesys.TestResultJson.of(report));
                    System.err.println(report.request());
                }

                @Test
                void failsShowingItsReport(DataActionContracts contracts) {
                    ExecutionReport report = contracts.verify("Peek-Event-With-Api-Key", "no event", i -> i
                            .input("conversationId", "c-2").secretInput("apikey", "%1$s").respondsWith(404));
                    throw new AssertionError("the flow did not expect " + org.dataactioncontracts.genesys.TestResultJson.of(report) + " after " + report.request());
                }
            }
            """.formatted(TEST_VALUE));

    @Test
    void theTestValueIsSentButAbsentFromPactsFailureMessagesAndCapturedOutput(@TempDir Path root) throws Exception {
        ScratchDomain domain = ScratchDomain.create(root, Path.of(getClass().getResource("/secret-input-actions").toURI()), SOURCES);

        String report = domain.runForReport("SecretInputContractTest");

        assertThat(report).as("what surefire writes into its XML: failure messages, stack traces, captured stdout/stderr")
                .contains("the flow did not expect", "token=********", "\"x-api-key\":\"********\"", "\"status\":\"open\"").doesNotContain(TEST_VALUE);
        List<Path> written;
        try (Stream<Path> files = Files.walk(root.resolve("pacts-partial"))) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertThat(ContractRun.lastRun(domain.pacts).orElseThrow().status()).isEqualTo(ContractRun.Status.FAILED);
        assertThat(written).hasSize(1);
        String pact = Files.readString(written.get(0));
        assertThat(pact).doesNotContain(TEST_VALUE);
        JsonNode request = JSON.readTree(pact).at("/interactions/0/request");
        assertThat(request.at("/headers/x-api-key/0").asText()).isEqualTo("REDACTED-apikey");
        assertThat(request.at("/query/token/0").asText()).isEqualTo("REDACTED-apikey");
        assertThat(request.at("/matchingRules/header/x-api-key/matchers/0")).isEqualTo(JSON.readTree("{\"match\":\"regex\",\"regex\":\".+\"}"));
        assertThat(request.at("/matchingRules/query/token/matchers/0")).isEqualTo(JSON.readTree("{\"match\":\"regex\",\"regex\":\".+\"}"));
        assertThat(JSON.readTree(pact).at("/interactions/0/comments/input"))
                .isEqualTo(JSON.readTree("{\"conversationId\":\"c-1\",\"apikey\":\"REDACTED-apikey\"}"));
    }

    @Test
    void aScenarioFileDeclaresSecretInputsUnderSecretsAndTheirValueStaysOutOfThePact(@TempDir Path root) throws Exception {
        Path dataActions = Files.createDirectories(root.resolve("data-actions"));
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/secret-input-actions").toURI()))) {
            for (Path file : files.toList()) {
                Files.copy(file, dataActions.resolve(file.getFileName()));
            }
        }
        Files.writeString(dataActions.resolve("Peek-Event-With-Api-Key.scenarios.yaml"), """
                provider: events-api
                scenarios:
                  - name: an event
                    input: {conversationId: c-1}
                    secrets: {apikey: %s}
                    examples: {status: open}
                    expect:
                      outcome: SUCCESS
                """.formatted(TEST_VALUE));
        ScratchDomain domain = ScratchDomain.create(root, dataActions, Map.of("Nothing", "package scratch; final class Nothing { }"));

        String report = domain.runForReport(org.dataactioncontracts.scenario.DomainScenariosTest.class.getName());

        assertThat(report).doesNotContain(TEST_VALUE);
        assertThat(ContractRun.lastRun(domain.pacts).orElseThrow().status()).isEqualTo(ContractRun.Status.COMPLETE);
        String pact = Files.readString(domain.pacts.resolve(ScratchDomain.CONSUMER + "-events-api.json"));
        assertThat(pact).doesNotContain(TEST_VALUE);
        JsonNode request = JSON.readTree(pact).at("/interactions/0/request");
        assertThat(request.at("/headers/x-api-key/0").asText()).isEqualTo("REDACTED-apikey");
        assertThat(request.at("/matchingRules/header/x-api-key/matchers/0")).isEqualTo(JSON.readTree("{\"match\":\"regex\",\"regex\":\".+\"}"));
    }
}
