package org.dataactioncontracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dataactioncontracts.pact.internal.ContractRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A pact on disk is the pact of one complete, green run, or there is none: red runs, filtered runs and forked runs of
 * a scratch domain module, through the JUnit launcher as surefire runs them.
 */
@ResourceLock(ScratchDomain.FAIL) // the scratch tests read which of them fail from a system property
class PactLifecycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDERS_PACT = ScratchDomain.CONSUMER + "-orders-api.json";
    private static final String CONVERSATIONS_PACT = ScratchDomain.CONSUMER + "-conversations-api.json";

    @TempDir
    Path root;
    private ScratchDomain domain;

    @BeforeEach
    void createDomain() throws IOException, URISyntaxException {
        domain = ScratchDomain.create(root, Path.of(getClass().getResource("/contract-actions").toURI()), ScratchDomain.LIFECYCLE);
    }

    private TestExecutionSummary runAll(String failing) throws IOException {
        return domain.run(null, failing, "OrdersContractTest", "ConversationContractTest");
    }

    private List<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> descriptions(Path pact) throws IOException {
        return JSON.readTree(pact.toFile()).path("interactions").findValuesAsText("description");
    }

    @Test
    void aGreenCompleteRunWritesEveryInteractionOfEveryProvider() throws IOException {
        assertThat(runAll("").getTotalFailureCount()).isZero();

        assertThat(files(domain.pacts)).containsExactly(CONVERSATIONS_PACT, ORDERS_PACT);
        assertThat(descriptions(domain.pacts.resolve(ORDERS_PACT))).containsExactly("Get Orders Raw: two orders", "Get Orders Raw: unknown customer");
        assertThat(ContractRun.lastRun(domain.pacts)).get().extracting(ContractRun.LastRun::status).isEqualTo(ContractRun.Status.COMPLETE);
        assertThat(PactCoverage.partialRun(domain.dataActions, domain.pacts, ScratchDomain.CONSUMER)).isEmpty();
    }

    @Test
    void aRunWhereEveryTestFailsRemovesTheOldPactAndLeavesNone() throws IOException {
        runAll("");
        assertThat(files(domain.pacts)).hasSize(2);

        TestExecutionSummary red = runAll("twoOrders,unknownCustomer,customerLeg");

        assertThat(red.getTotalFailureCount()).isEqualTo(3);
        assertThat(files(domain.pacts)).as("no pact that pact:verify or ci/publish.sh could pick up").isEmpty();
        assertThat(files(ContractRun.partialDirectory(domain.pacts))).isEmpty();
        assertThat(PactCoverage.gaps(domain.dataActions, domain.pacts, ScratchDomain.CONSUMER)).singleElement().asString()
                .startsWith("the last run of the contract tests had failures, so it left no pact in " + domain.pacts.toAbsolutePath().normalize())
                .contains("OrdersContractTest.twoOrders: twoOrders: the output is not what the flow expects")
                .endsWith(". Fix them and run every test again (mvn test)");
    }

    @Test
    void oneRedTestLeavesNoPublishablePactAndItsInteractionIsNotKeptAnywhere() throws IOException {
        runAll("");

        TestExecutionSummary red = runAll("unknownCustomer");

        assertThat(red.getTotalFailureCount()).isEqualTo(1);
        assertThat(files(domain.pacts)).isEmpty();
        Path partial = ContractRun.partialDirectory(domain.pacts);
        assertThat(files(partial)).containsExactly(CONVERSATIONS_PACT, ORDERS_PACT);
        assertThat(descriptions(partial.resolve(ORDERS_PACT))).as("the interaction verified before its test's own assertion failed")
                .containsExactly("Get Orders Raw: two orders");
        assertThat(ContractRun.lastRun(domain.pacts).orElseThrow().failedTests())
                .containsExactly("OrdersContractTest.unknownCustomer: unknownCustomer: the output is not what the flow expects");
    }

    @Test
    void aFilteredRunLeavesTheFullPactUnchangedAndCoverageSaysWhatDidNotRun() throws IOException {
        runAll("");
        byte[] orders = Files.readAllBytes(domain.pacts.resolve(ORDERS_PACT));
        byte[] conversations = Files.readAllBytes(domain.pacts.resolve(CONVERSATIONS_PACT));

        TestExecutionSummary oneClass = domain.run(null, "", "ConversationContractTest");

        assertThat(oneClass.getTestsSucceededCount()).isEqualTo(1);
        assertThat(Files.readAllBytes(domain.pacts.resolve(ORDERS_PACT))).isEqualTo(orders);
        assertThat(Files.readAllBytes(domain.pacts.resolve(CONVERSATIONS_PACT))).isEqualTo(conversations);
        assertThat(files(ContractRun.partialDirectory(domain.pacts))).containsExactly(CONVERSATIONS_PACT);
        assertThat(PactCoverage.partialRun(domain.dataActions, domain.pacts, ScratchDomain.CONSUMER)).get().asString()
                .startsWith("5 Data Actions not run in this run (test filter active): Create-Case.custom.json, Get-Account-Secure.custom.json,"
                        + " Get-Balance.custom.json, Get-Orders-Raw.custom.json, Get-Preferences-Behind-Adapter.custom.json. 2 contract test(s)"
                        + " did not run;");
    }

    @Test
    void aFilteredRedRunStillLeavesTheFullPactAlone() throws IOException {
        runAll("");
        byte[] orders = Files.readAllBytes(domain.pacts.resolve(ORDERS_PACT));

        assertThat(domain.run(null, "twoOrders", "OrdersContractTest").getTotalFailureCount()).isEqualTo(1);

        assertThat(Files.readAllBytes(domain.pacts.resolve(ORDERS_PACT))).isEqualTo(orders);
        assertThat(ContractRun.lastRun(domain.pacts).orElseThrow().status()).isEqualTo(ContractRun.Status.PARTIAL);
    }

    @Test
    void twoForksOfOneRunMergeIntoOnePactWithEveryInteraction() throws Exception {
        String runId = "fork-test-" + System.nanoTime();
        Process orders = domain.fork(runId, "OrdersContractTest");
        Process conversations = domain.fork(runId, "ConversationContractTest");

        assertThat(orders.waitFor(120, TimeUnit.SECONDS) && conversations.waitFor(120, TimeUnit.SECONDS)).as("forks finished").isTrue();

        assertThat(orders.exitValue()).as(Files.readString(root.resolve("fork-OrdersContractTest.log"))).isZero();
        assertThat(conversations.exitValue()).as(Files.readString(root.resolve("fork-ConversationContractTest.log"))).isZero();
        assertThat(files(domain.pacts)).containsExactly(CONVERSATIONS_PACT, ORDERS_PACT);
        assertThat(descriptions(domain.pacts.resolve(ORDERS_PACT))).containsExactly("Get Orders Raw: two orders", "Get Orders Raw: unknown customer");
        assertThat(descriptions(domain.pacts.resolve(CONVERSATIONS_PACT))).containsExactly("Get Conversation Customer: customer leg");
        assertThat(files(ContractRun.partialDirectory(domain.pacts))).isEmpty();
        JsonNode pact = JSON.readTree(domain.pacts.resolve(ORDERS_PACT).toFile());
        assertThat(pact.at("/metadata/pactSpecification/version").asText()).isEqualTo("4.0");
        assertThat(pact.at("/consumer/name").asText()).isEqualTo(ScratchDomain.CONSUMER);
    }

    @Test
    void forksOfDifferentRunsDoNotMerge() throws IOException {
        runAll("");

        domain.run("run-1", "", "OrdersContractTest");
        domain.run("run-2", "", "ConversationContractTest");

        assertThat(ContractRun.lastRun(domain.pacts).orElseThrow().status()).isEqualTo(ContractRun.Status.PARTIAL);
        assertThat(files(ContractRun.partialDirectory(domain.pacts))).containsExactly(CONVERSATIONS_PACT);
    }

    /** One {@code @TestFactory} (as a scenario-file engine would write one) with a dynamic test per scenario. */
    private static final Map<String, String> DYNAMIC = Map.of("DynamicContractTest", """
            package scratch;

            import java.util.stream.Stream;
            import org.dataactioncontracts.pact.DataActionContractTest;
            import org.dataactioncontracts.pact.DataActionContracts;
            import org.junit.jupiter.api.DynamicTest;
            import org.junit.jupiter.api.TestFactory;

            @DataActionContractTest(provider = "orders-api")
            class DynamicContractTest {
                @TestFactory
                Stream<DynamicTest> scenarios(DataActionContracts contracts) {
                    return Stream.of(
                            DynamicTest.dynamicTest("twoOrders", () -> {
                                contracts.verify("Get-Orders-Raw", "two orders", i -> i.input("customerId", "C-1"));
                                Outcome.check("twoOrders");
                            }),
                            DynamicTest.dynamicTest("unknownCustomer", () -> {
                                contracts.verify("Get-Orders-Raw", "unknown customer", i -> i.input("customerId", "x").respondsWith(404));
                                Outcome.check("unknownCustomer");
                            }));
                }
            }
            """, "Outcome", ScratchDomain.LIFECYCLE.get("Outcome"));

    @Test
    void dynamicTestsOfATestFactoryCountOneByOne(@TempDir Path other) throws Exception {
        ScratchDomain dynamic = ScratchDomain.create(other, Path.of(getClass().getResource("/contract-actions").toURI()), DYNAMIC);

        assertThat(dynamic.run(null, "", "DynamicContractTest").getTotalFailureCount()).isZero();
        assertThat(ContractRun.lastRun(dynamic.pacts).orElseThrow().status()).isEqualTo(ContractRun.Status.COMPLETE);
        assertThat(descriptions(dynamic.pacts.resolve(ORDERS_PACT))).containsExactly("Get Orders Raw: two orders", "Get Orders Raw: unknown customer");

        assertThat(dynamic.run(null, "unknownCustomer", "DynamicContractTest").getTotalFailureCount()).isEqualTo(1);
        assertThat(files(dynamic.pacts)).isEmpty();
        assertThat(ContractRun.lastRun(dynamic.pacts).orElseThrow().failedTests())
                .containsExactly("DynamicContractTest.unknownCustomer: unknownCustomer: the output is not what the flow expects");
        assertThat(descriptions(ContractRun.partialDirectory(dynamic.pacts).resolve(ORDERS_PACT))).containsExactly("Get Orders Raw: two orders");
    }
}
