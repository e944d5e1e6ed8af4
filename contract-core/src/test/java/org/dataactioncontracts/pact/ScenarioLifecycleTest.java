package org.dataactioncontracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dataactioncontracts.pact.internal.ContractRun;
import org.dataactioncontracts.scenario.DomainScenariosTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Scenario files live by the same pact lifecycle as Java contract tests: a scenario whose expectation fails makes the
 * run red (its dynamic test is not a test method that JUnit's watchers report), and a run that skips the scenario
 * files is a partial run.
 */
@ResourceLock(ScratchDomain.FAIL)
class ScenarioLifecycleTest {
    private static final String SCENARIOS = DomainScenariosTest.class.getName();
    private static final String ORDERS_PACT = ScratchDomain.CONSUMER + "-orders-api.json";

    @TempDir
    Path root;
    private ScratchDomain domain;
    private Path dataActions;

    @BeforeEach
    void createDomain() throws IOException, URISyntaxException {
        dataActions = Files.createDirectories(root.resolve("data-actions"));
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/contract-actions").toURI()))) {
            for (Path file : files.toList()) {
                Files.copy(file, dataActions.resolve(file.getFileName()));
            }
        }
        domain = ScratchDomain.create(root, dataActions, ScratchDomain.LIFECYCLE);
    }

    private void scenarios(String missingCustomerOutcome) throws IOException {
        Files.writeString(dataActions.resolve("Get-Orders-Raw.scenarios.yaml"), """
                provider: orders-api
                scenarios:
                  - name: a customer without orders
                    input: {customerId: C-2}
                    expect:
                      outcome: SUCCESS
                  - name: a missing customer
                    input: {customerId: C-404}
                    response:
                      status: 404
                      body: {message: no such customer}
                    expect:
                      outcome: %s
                """.formatted(missingCustomerOutcome));
    }

    private List<String> descriptions(Path pact) throws IOException {
        return new ObjectMapper().readTree(pact.toFile()).path("interactions").findValuesAsText("description");
    }

    @Test
    void scenariosAndJavaTestsOfAGreenRunShareOnePact() throws IOException {
        scenarios("FAILURE");

        TestExecutionSummary green = domain.run(null, "", "OrdersContractTest", "ConversationContractTest", SCENARIOS);

        assertThat(green.getTotalFailureCount()).isZero();
        assertThat(green.getTestsSucceededCount()).isEqualTo(5);
        assertThat(ContractRun.lastRun(domain.pacts)).as(() -> String.valueOf(ContractRun.lastRun(domain.pacts))).get()
                .extracting(ContractRun.LastRun::notRunTests).asList().isEmpty();
        assertThat(descriptions(domain.pacts.resolve(ORDERS_PACT))).containsExactlyInAnyOrder("Get Orders Raw: two orders",
                "Get Orders Raw: unknown customer", "Get Orders Raw: a customer without orders", "Get Orders Raw: a missing customer");
        assertThat(ContractRun.lastRun(domain.pacts)).get().extracting(ContractRun.LastRun::status).isEqualTo(ContractRun.Status.COMPLETE);
    }

    @Test
    void aScenarioWhoseExpectationFailsMakesTheRunRedAndLeavesNoPact() throws IOException {
        scenarios("SUCCESS");

        TestExecutionSummary red = domain.run(null, "", "OrdersContractTest", "ConversationContractTest", SCENARIOS);

        assertThat(red.getTotalFailureCount()).isEqualTo(1);
        assertThat(domain.pacts.resolve(ORDERS_PACT)).doesNotExist();
        ContractRun.LastRun last = ContractRun.lastRun(domain.pacts).orElseThrow();
        assertThat(last.status()).isEqualTo(ContractRun.Status.FAILED);
        assertThat(last.failedTests()).singleElement().asString().startsWith("DomainScenariosTest.Get Orders Raw: a missing customer: ")
                .contains("Get-Orders-Raw.scenarios.yaml:13 /scenarios/1/expect/outcome: the flow takes FAILURE, the scenario expects SUCCESS");
        assertThat(descriptions(ContractRun.partialDirectory(domain.pacts).resolve(ORDERS_PACT)))
                .as("the failed scenario's interaction is kept nowhere").doesNotContain("Get Orders Raw: a missing customer")
                .contains("Get Orders Raw: a customer without orders");
    }

    @Test
    void aRunWithoutTheScenarioFilesIsPartialAndLeavesTheFullPactAlone() throws IOException {
        scenarios("FAILURE");
        domain.run(null, "", "OrdersContractTest", "ConversationContractTest", SCENARIOS);
        byte[] full = Files.readAllBytes(domain.pacts.resolve(ORDERS_PACT));

        TestExecutionSummary javaOnly = domain.run(null, "", "OrdersContractTest", "ConversationContractTest");

        assertThat(javaOnly.getTotalFailureCount()).isZero();
        assertThat(Files.readAllBytes(domain.pacts.resolve(ORDERS_PACT))).isEqualTo(full);
        ContractRun.LastRun last = ContractRun.lastRun(domain.pacts).orElseThrow();
        assertThat(last.status()).isEqualTo(ContractRun.Status.PARTIAL);
        assertThat(last.notRunTests()).containsExactly(ContractRun.SCENARIO_FILES_TEST);
    }

    @Test
    void theRunNamesTheScenarioTestByItsRealMethod() throws NoSuchMethodException {
        String[] key = ContractRun.SCENARIO_FILES_TEST.split("#");
        assertThat(key[0]).isEqualTo(SCENARIOS);
        assertThat(DomainScenariosTest.class.getDeclaredMethod(key[1], DataActionContracts.class)).isNotNull();
    }
}
