package org.dataactioncontracts.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dataactioncontracts.pact.internal.ContractSession;
import org.dataactioncontracts.pact.internal.ModuleSettings;
import org.dataactioncontracts.scenario.ScenarioFile;
import org.dataactioncontracts.scenario.ScenarioFiles;
import org.dataactioncontracts.scenario.internal.ScenarioExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios run through the public DSL into the same session as Java tests: real mock server, real pact file. */
class ScenarioExecutionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private ContractSession session;
    private DataActionContracts contracts;

    @BeforeEach
    void session() throws IOException, URISyntaxException {
        Files.copy(Path.of(getClass().getResource("/contract-actions/Get-Balance.custom.json").toURI()), dir.resolve("Get-Balance.custom.json"));
        session = new ContractSession(new ModuleSettings("dac-selftest", dir, dir.resolve("pacts")));
        contracts = new DataActionContracts(session, "", "ScenarioExecutionTest", "[engine:junit-jupiter]/[class:ScenarioExecutionTest]");
    }

    @Test
    void aScenarioWithPinnedMatchersWritesExactlyThoseRulesAndChecksTheOutput() throws IOException {
        ScenarioFile file = scenarios("""
                scenarios:
                  - name: an account with an amount due
                    given: account {accountId} has a balance
                    params: {accountId: A-1}
                    input: {accountId: A-1}
                    response:
                      body: {balance: {amountDue: "12.50"}}
                      matchingRules:
                        "$.balance.amountDue": [{match: regex, regex: "^\\\\d+\\\\.\\\\d{2}$"}, {match: type}]
                    expect:
                      outcome: SUCCESS
                      output: {amountDue: "12.50"}
                      request: {method: GET}
                """);

        ScenarioExecution.run(file, file.scenarios().get(0), contracts.forProvider("billing-api", "Get-Balance.scenarios.yaml:2"));
        session.writePacts();

        JsonNode interaction = JSON.readTree(dir.resolve("pacts/dac-selftest-billing-api.json").toFile()).at("/interactions/0");
        assertThat(interaction.path("description").asText()).isEqualTo("Get Balance: an account with an amount due");
        assertThat(interaction.at("/comments/testname").asText()).isEqualTo("Get-Balance.scenarios.yaml:2");
        assertThat(interaction.at("/response/matchingRules/body").toString()).isEqualTo("{\"$.balance.amountDue\":{\"combine\":\"AND\","
                + "\"matchers\":[{\"match\":\"regex\",\"regex\":\"^\\\\d+\\\\.\\\\d{2}$\"},{\"match\":\"type\"}]}}");
    }

    @Test
    void anOutputTheFlowDoesNotGetFailsNamingFileLineAndPointer() throws IOException {
        ScenarioFile file = scenarios("""
                scenarios:
                  - name: an account with an amount due
                    input: {accountId: A-1}
                    examples: {amountDue: "12.50"}
                    expect:
                      outcome: FAILURE
                      output: {amountDue: "99.00"}
                """);

        AssertionError e = catchThrowableOfType(AssertionError.class,
                () -> ScenarioExecution.run(file, file.scenarios().get(0), contracts.forProvider("billing-api", "test")));

        assertThat(e.getMessage()).isEqualTo(file.file() + ":6 /scenarios/0/expect/outcome: the flow takes SUCCESS, the scenario expects FAILURE\n"
                + file.file() + ":7 /scenarios/0/expect/output: the flow gets {\"amountDue\":\"12.50\"}, the scenario expects {\"amountDue\":\"99.00\"}");
    }

    @Test
    void aScenarioAndAJavaTestWithTheSameDescriptionHitTheDuplicateGuard() throws IOException {
        ScenarioFile file = scenarios("""
                scenarios:
                  - name: an unknown account
                    input: {accountId: A-0}
                    response: {status: 404}
                    expect: {outcome: FAILURE, error: {status: 404}}
                """);
        contracts.forProvider("billing-api", "GetBalanceTest.unknownAccount").verify("Get-Balance", "an unknown account",
                i -> i.input("accountId", "A-0").respondsWith(404));

        DataActionContractError e = catchThrowableOfType(DataActionContractError.class, () -> ScenarioExecution.run(file,
                file.scenarios().get(0), contracts.forProvider("billing-api", "Get-Balance.scenarios.yaml:2")));

        assertThat(e.getMessage()).contains("declared by GetBalanceTest.unknownAccount and again by Get-Balance.scenarios.yaml:2");
    }

    private ScenarioFile scenarios(String yaml) throws IOException {
        return ScenarioFiles.load(Files.writeString(dir.resolve("Get-Balance.scenarios.yaml"), yaml));
    }
}
