package org.dataactioncontracts.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLintTest {
    @TempDir
    Path dir;

    @Test
    void scenariosThatDoNotFitTheirDataActionGetOneLineEach() throws IOException, URISyntaxException {
        Files.copy(Path.of(getClass().getResource("/contract-actions/Get-Conversation-Customer.custom.json").toURI()),
                dir.resolve("Get-Conversation-Customer.custom.json"));
        Path file = Files.writeString(dir.resolve("Get-Conversation-Customer.scenarios.yaml"), """
                provider: genesys-api
                scenarios:
                  - name: a conversation
                    input: {conversationId: c-1, conversationID: c-1}
                    examples: {queue: Sales}
                    expect:
                      outcome: SUCCESS
                      output: {queueName: Sales, queue: Sales}
                  - name: a conversation
                    input: {}
                    without: [queue]
                    expect: {outcome: SUCCESS}
                """);

        ScenarioLint.Result result = ScenarioLint.lint(file);

        assertThat(result.malformed()).isFalse();
        assertThat(result.findings()).extracting(ScenarioLint::line).containsExactly(
                "ERROR " + file + ":4 /scenarios/0/input/conversationID scenario-unknown-input: input 'conversationID' is not in the input"
                        + " contract of 'Get Conversation Customer' (fix: use one of [conversationId], or add it to the export's inputSchema)",
                "ERROR " + file + ":5 /scenarios/0/examples/queue scenario-unknown-example: the translation does not read 'queue', so this"
                        + " example changes nothing (fix: use a translation key or output name: [customerIds, customerParticipantId, queueName])",
                "ERROR " + file + ":8 /scenarios/0/expect/output/queue scenario-unknown-output: 'queue' is not in the output contract of"
                        + " 'Get Conversation Customer' (fix: use one of [customerParticipantId, queueName])",
                "ERROR " + file + ":9 /scenarios/1/name scenario-duplicate-name: the scenario name 'a conversation' is already used at"
                        + " /scenarios/0 (" + file + ":3) (fix: give each scenario its own name: one pact keeps only one interaction per description)",
                "ERROR " + file + ":10 /scenarios/1/input scenario-missing-input: the required input 'conversationId' is missing (fix: add"
                        + " 'conversationId: <value>' under input (Architect always passes it))",
                "ERROR " + file + ":11 /scenarios/1/without scenario-unknown-translation-key: 'queue' is not a key of the translation map"
                        + " (fix: use one of [customerIds, queueName] (or '*' in waivePins for all))");
        assertThat(result.findingsOf("/scenarios/1")).hasSize(3);
    }

    @Test
    void aScenarioFileWithoutItsExportNamesTheExportsThatExist() throws IOException, URISyntaxException {
        Files.copy(Path.of(getClass().getResource("/contract-actions/Create-Case.custom.json").toURI()), dir.resolve("Create-Case.custom.json"));
        Path file = Files.writeString(dir.resolve("Create-Cases.scenarios.yaml"), "scenarios:\n  - name: a\n    expect: {outcome: SUCCESS}\n");

        ScenarioLint.Result result = ScenarioLint.lint(file);

        assertThat(result.findings()).extracting(ScenarioLint::line).containsExactly("ERROR " + file + ":1 (root) scenario-unknown-data-action:"
                + " no Data Action export 'Create-Cases.custom.json' (or 'Create-Cases.json') beside this file (fix: name the scenario file"
                + " after its export: <Export-Base-Name>.scenarios.yaml; the exports here are [Create-Case.custom.json])");
    }
}
