package org.dataactioncontracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.dataactioncontracts.pact.internal.ContractSession;
import org.dataactioncontracts.pact.internal.InteractionRunner;
import org.dataactioncontracts.pact.internal.Plan;
import org.dataactioncontracts.pact.internal.ModuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Data Action without a contract, or without a failure-path interaction, fails the domain build. */
class PactCoverageTest {
    @TempDir
    Path pacts;

    private Path actions() throws URISyntaxException {
        return Path.of(getClass().getResource("/contract-actions").toURI());
    }

    private static Plan plan(String scenario, Map<String, Object> input, Integer status, String body) {
        return Plans.of(scenario, s -> {
            s.input(input);
            if (status != null) {
                s.respondsWith(status, body);
            }
        });
    }

    @Test
    void noPactAtAllIsAFailureNotASilentPass() throws Exception {
        assertThat(PactCoverage.gaps(actions(), pacts, "dac-selftest")).singleElement().asString()
                .startsWith("no pact of consumer 'dac-selftest' in ").endsWith(": did the contract tests run? (mvn clean test)");
    }

    @Test
    void namesEveryDataActionWithoutAContractAndEveryMissingPathKind() throws Exception {
        ContractSession session = new ContractSession(new ModuleSettings("dac-selftest", actions(), pacts));
        InteractionRunner runner = new InteractionRunner(session);
        runner.run("p", "Get-Orders-Raw", plan("orders", Map.of("customerId", "C-1"), null, null), "T.a");
        runner.run("p", "Get-Orders-Raw", plan("unknown customer", Map.of("customerId", "x"), 404, "{\"message\":\"no\"}"), "T.b");
        runner.run("p", "Get-Conversation-Customer", plan("customer leg", Map.of("conversationId", "c"), null, null), "T.c");
        session.writePacts();

        assertThat(PactCoverage.gaps(actions(), pacts, "dac-selftest")).containsExactly(
                "Create-Case.custom.json has no contract: add a test with contracts.verify(\"Create-Case\", ...)",
                "Get-Account-Secure.custom.json has no contract: add a test with contracts.verify(\"Get-Account-Secure\", ...)",
                "Get-Balance.custom.json has no contract: add a test with contracts.verify(\"Get-Balance\", ...)",
                "Get-Conversation-Customer.custom.json has no failure-path interaction (a 404/5xx taking the Failure path, or a missing field"
                        + " showing the default the flow sees)",
                "Get-Preferences-Behind-Adapter.custom.json has no contract: add a test with contracts.verify(\"Get-Preferences-Behind-Adapter\", ...)");
    }

    private static final String LEAKED = """
            {"consumer": {"name": "dac-selftest"}, "provider": {"name": "p"}, "metadata": {"pactSpecification": {"version": "4.0"}},
             "interactions": [{"description": "Get Orders Raw: leaked", "comments": {"text": ["Data Action file: Get-Orders-Raw.custom.json"],
               "path": "success"}, "request": {"method": "GET", "path": "/orders", "headers": {"x-api-key": ["%s"]}%s}}]}""";

    @Test
    void aCredentialLookingValueInAPactIsAGapEvenIfEveryActionIsCovered() throws Exception {
        java.nio.file.Files.writeString(pacts.resolve("dac-selftest-p.json"), LEAKED.formatted("sk_live_123456", ""));

        assertThat(PactCoverage.gaps(actions(), pacts, "dac-selftest")).contains(
                "dac-selftest-p.json: 'Get Orders Raw: leaked' carries a literal value at request headers 'x-api-key', which is named like a"
                        + " secret; secrets must reach a pact as placeholders under a matcher: give the test value with credential(name, testValue)"
                        + " when the Data Action reads ${credentials.name}, or with secretInput(inputName, testValue) when it reads"
                        + " ${input.inputName}");
    }

    @Test
    void theWordRedactedInAValueIsNoLongerAPassOnlyAMatcherIs() throws Exception {
        java.nio.file.Files.writeString(pacts.resolve("dac-selftest-p.json"), LEAKED.formatted("REDACTED-but-literal", ""));
        assertThat(PactCoverage.gaps(actions(), pacts, "dac-selftest")).anyMatch(gap -> gap.contains("carries a literal value at request headers 'x-api-key'"));

        java.nio.file.Files.writeString(pacts.resolve("dac-selftest-p.json"), LEAKED.formatted("REDACTED-apikey",
                ", \"matchingRules\": {\"header\": {\"x-api-key\": {\"combine\": \"AND\", \"matchers\": [{\"match\": \"regex\", \"regex\": \".+\"}]}}}"));
        assertThat(PactCoverage.gaps(actions(), pacts, "dac-selftest")).noneMatch(gap -> gap.contains("x-api-key"));
    }
}
