package org.dataactioncontracts.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dataactioncontracts.genesys.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioFilesTest {
    @TempDir
    Path dir;

    @Test
    void everyKeyOfTheIssueIsReadIntoTheModel() throws IOException {
        Path file = write("""
                provider: bamboohr-api
                scenarios:
                  - name: two time-off types
                    given: time-off types exist
                    params: {count: 2}
                    input: {employeeId: "42"}
                    credentials: {apiKey: test-key}
                    examples: {typeName: Vacation}
                    without: [color]
                    waivePins: {'*': nothing to pin}
                    response:
                      status: 201
                      headers: {X-Rate-Limit: "10"}
                      body: {types: [{name: Vacation}]}
                    expect:
                      outcome: FAILURE
                      output: {typeName: Vacation}
                      error: {status: 404, code: not.found}
                """);

        ScenarioFile loaded = ScenarioFiles.load(file);

        assertThat(loaded.provider()).contains("bamboohr-api");
        assertThat(loaded.exportBaseName()).isEqualTo("Get-Things");
        Scenario s = loaded.scenarios().get(0);
        assertThat(s.name()).isEqualTo("two time-off types");
        assertThat(s.given()).contains("time-off types exist");
        assertThat(s.params()).containsEntry("count", 2);
        assertThat(s.input()).containsEntry("employeeId", "42");
        assertThat(s.credentials()).containsEntry("apiKey", "test-key");
        assertThat(s.examples()).containsEntry("typeName", "Vacation");
        assertThat(s.without()).containsExactly("color");
        assertThat(s.waivePins()).containsEntry("*", "nothing to pin");
        assertThat(s.response().orElseThrow().status()).isEqualTo(201);
        assertThat(s.response().orElseThrow().headers()).containsEntry("X-Rate-Limit", "10");
        assertThat(s.response().orElseThrow().body().orElseThrow().toString()).isEqualTo("{\"types\":[{\"name\":\"Vacation\"}]}");
        assertThat(s.expect().outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(s.expect().error().orElseThrow().code()).contains("not.found");
        assertThat(loaded.where("/scenarios/0/expect/output")).isEqualTo(file + ":17");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a misspelt key          | scenarios:\\n  - name: a\\n    reponse: {status: 404}\\n    expect: {outcome: FAILURE}                     | :3 /scenarios/0/reponse scenario-file-malformed: unknown key 'reponse' (fix: did you mean 'response'? the keys here are
            no expect               | scenarios:\\n  - name: a\\n    input: {}                                                                 | :2 /scenarios/0/expect scenario-file-malformed: the scenario has no 'expect' (fix: add 'expect: {outcome: SUCCESS}'
            an unknown outcome      | scenarios:\\n  - name: a\\n    expect:\\n      outcome: OK                                             | :4 /scenarios/0/expect/outcome scenario-file-malformed: unknown outcome 'OK' (fix: use SUCCESS, FAILURE or TIMEOUT)
            a status that is text   | scenarios:\\n  - name: a\\n    response: {status: 'not found'}\\n    expect: {outcome: FAILURE}             | :3 /scenarios/0/response/status scenario-file-malformed: 'status' must be a whole number, not 'not found'
            a waiver without reason | scenarios:\\n  - name: a\\n    waivePins: {dueDate: ''}\\n    expect: {outcome: SUCCESS}                   | :3 /scenarios/0/waivePins/dueDate scenario-file-malformed: the waiver of 'dueDate' has no reason
            no scenarios            | provider: x                                                                                               | :1 /scenarios scenario-file-malformed: no 'scenarios' list
            malformed YAML          | scenarios:\\n  - name: a\\n   expect: {outcome: SUCCESS                                                   | scenario-file-malformed: malformed YAML:
            """)
    void badFilesFailWithOneLinePerProblemNamingFileLineAndPointer(String what, String yaml, String expected) throws IOException {
        Path file = write(yaml.replace("\\n", "\n"));

        InvalidScenarioFileException e = catchThrowableOfType(InvalidScenarioFileException.class, () -> ScenarioFiles.load(file));

        List<String> lines = e.findings().stream().map(ScenarioLint::line).toList();
        assertThat(lines).singleElement().asString().startsWith("ERROR " + file).contains(expected.strip());
        assertThat(e.getMessage()).isEqualTo(lines.get(0));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("Get-Things.scenarios.yaml"), yaml);
    }
}
