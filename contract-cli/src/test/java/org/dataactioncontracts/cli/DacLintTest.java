package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;
import static org.dataactioncontracts.cli.TestFiles.CORPUS;
import static org.dataactioncontracts.cli.TestFiles.EXAMPLE_ACTION;
import static org.dataactioncontracts.cli.TestFiles.action;
import static org.dataactioncontracts.cli.TestFiles.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DacLintTest {
    @TempDir
    Path tmp;

    /** A success template naming a variable that does not exist: strict Velocity fails it, so lint reports an ERROR. */
    private Path actionWithUndefinedVariable() {
        return write(tmp, "Get-Presence-Typo.json", action("/api/v2/users/${input.userId}/presences/purecloud", "{}",
                "{\"systemPresence\": \"$.presenceDefinition.systemPresence\"}", "{\"systemPresence\": \"\\\"Not Found\\\"\"}",
                "\"{\\\"systemPresence\\\": ${systemPresnce}}\""));
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void goodFileExitsZeroWithASummary() {
        DacResult r = dac("lint", EXAMPLE_ACTION.toString());

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).doesNotContain("ERROR ");
        assertThat(lastLine(r.out())).matches("1 file, 0 errors, \\d+ warnings?");
    }

    @Test
    void undefinedSuccessTemplateVariableIsAnErrorNamingFilePointerRuleAndFix() {
        Path file = actionWithUndefinedVariable();

        DacResult r = dac("lint", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("ERROR " + file + " /config/response/successTemplate undefined-variable: ")
                .contains("$systemPresnce", "(fix: Did you mean $systemPresence?"));
        assertThat(lastLine(r.out())).matches("1 file, 1 error, \\d+ warnings?");
    }

    @Test
    void jsonFormatParsesAndCarriesFindingsAndSummary() {
        Path file = actionWithUndefinedVariable();

        DacResult r = dac("lint", "--format", "json", file.toString(), EXAMPLE_ACTION.toString());

        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = r.json();
        assertThat(report.get("findings")).anySatisfy(finding -> {
            assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
            assertThat(finding.get("file").asText()).isEqualTo(file.toString());
            assertThat(finding.get("pointer").asText()).isEqualTo("/config/response/successTemplate");
            assertThat(finding.get("rule").asText()).isEqualTo("undefined-variable");
            assertThat(finding.get("message").asText()).contains("$systemPresnce");
            assertThat(finding.get("fix").asText()).isNotBlank();
        });
        assertThat(report.at("/summary/files").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(report.get("unreadable")).isEmpty();
    }

    @Test
    void malformedJsonIsNamedOnStderrAndTheOtherFilesAreStillLinted() {
        Path broken = write(tmp, "broken.json", "{\"name\": \"Broken\", \"config\": ");

        DacResult r = dac("lint", broken.toString(), EXAMPLE_ACTION.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("dac lint: " + broken + ": is not valid JSON (line 1, column ");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(lastLine(r.out())).matches("1 file, 0 errors, \\d+ warnings?, 1 unreadable");
        assertThat(r.all()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void emptyFileIsUnreadable() {
        Path empty = write(tmp, "empty.json", "");

        DacResult r = dac("lint", empty.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dac lint: " + empty + ": is empty. Export the Data Action again from Genesys Cloud\n");
        assertThat(r.out()).isEqualTo("0 files, 0 errors, 0 warnings, 1 unreadable\n");
    }

    @Test
    void jsonThatIsNotADataActionIsUnreadable() {
        Path response = TestFiles.EXAMPLE_RESPONSE;

        DacResult r = dac("lint", "--format", "json", response.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("dac lint: " + response + ": is not a Data Action: it has neither config nor contract, and none of"
                + " integrationType, actionType, category, integrationId (other JSON, e.g. a response body?)");
        assertThat(r.json().at("/unreadable/0/file").asText()).isEqualTo(response.toString());
        assertThat(r.json().at("/summary/unreadable").asInt()).isEqualTo(1);
    }

    @Test
    void missingFileIsUnreadable() {
        DacResult r = dac("lint", "no-such-action.json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dac lint: no-such-action.json: no such file. Check the path\n");
    }

    @Test
    void directoryWithoutJsonFilesIsReported() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("empty-dir"));

        DacResult r = dac("lint", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dac lint: " + dir + ": directory contains no *.json, *.scenarios.yaml or *.tf files. "
                + "Pass a Data Action file, a directory of exports, or a Terraform root\n");
    }

    @Test
    void directoryLintsItsJsonFilesButNotSubdirectories() throws Exception {
        actionWithUndefinedVariable();
        write(tmp, "notes.txt", "not a Data Action, and not *.json");
        Path nested = Files.createDirectory(tmp.resolve("nested"));
        write(nested, "broken.json", "{");

        DacResult r = dac("lint", tmp.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(lastLine(r.out())).startsWith("1 file, 1 error");
    }

    @Test
    void realCorpusLintsWithoutCrashing() {
        DacResult r = dac("lint", CORPUS.toString());

        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        assertThat(r.err()).isEmpty();
        assertThat(r.all()).doesNotContain("Exception", "\tat ");
        assertThat(lastLine(r.out())).startsWith("80 files, ");
    }

    @Test
    void realCorpusAsJsonParses() {
        DacResult r = dac("lint", "--format=json", CORPUS.toString());

        assertThat(r.exit()).isIn(0, 1);
        assertThat(r.json().at("/summary/files").asInt()).isEqualTo(80);
        assertThat(r.json().get("findings")).allSatisfy(f -> assertThat(f.get("file").asText()).startsWith(CORPUS.toString()));
    }

    @Test
    void unknownFormatIsBadUsage() {
        DacResult r = dac("lint", "--format", "xml", EXAMPLE_ACTION.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dac lint: Invalid value for option '--format': expected one of [text, json] "
                + "(case-insensitive) but was 'xml' (see 'dac lint --help')\n");
    }

    @Test
    void lintWithoutFilesIsBadUsage() {
        DacResult r = dac("lint");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dac lint: Missing required parameter: '<file-or-dir>' (see 'dac lint --help')\n");
    }
}
