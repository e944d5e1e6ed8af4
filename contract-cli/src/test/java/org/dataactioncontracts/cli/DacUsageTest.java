package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;
import static org.dataactioncontracts.cli.TestFiles.EXAMPLE_ACTION;
import static org.dataactioncontracts.cli.TestFiles.EXAMPLE_RESPONSE;
import static org.dataactioncontracts.cli.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage and unreadable inputs: exit 2, nothing on stdout, one line on stderr that says what to do. */
class DacUsageTest {
    private static final String ACTION = EXAMPLE_ACTION.toString();
    private static final String RESPONSE = EXAMPLE_RESPONSE.toString();
    private static final String INPUT = "{\"userId\":\"abc\"}";

    @TempDir
    Path tmp;

    private static DacResult usageError(String... args) {
        DacResult r = dac(args);
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).as("stderr lines").hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        return r;
    }

    @Test
    void runWithoutInputAsksForIt() {
        assertThat(usageError("run", ACTION, "--response", RESPONSE).err()).isEqualTo(
                "dac run: missing --input: give the execute body as JSON, e.g. --input '{\"userId\":\"abc\"}' or --input @input.json\n");
    }

    @Test
    void runWithoutBackendAsksForResponseOrBaseUrl() {
        assertThat(usageError("run", ACTION, "--input", INPUT).err()).isEqualTo(
                "dac run: give a backend: --response <file> (a recorded response body) or --base-url <url> (a running server)\n");
    }

    @Test
    void runWithBothBackendsRefusesThem() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--response", RESPONSE, "--base-url", "http://localhost:8080").err())
                .isEqualTo("dac run: --response and --base-url exclude each other: give one backend\n");
    }

    @Test
    void statusWithBaseUrlIsRefused() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--base-url", "http://localhost:8080", "--status", "404").err())
                .isEqualTo("dac run: --status and --header describe a --response; with --base-url the server answers\n");
    }

    @Test
    void invalidInputJsonNamesLineAndColumnWithoutEchoingTheInput() {
        assertThat(usageError("run", ACTION, "--input", "{\"userId\": abc}", "--response", RESPONSE).err())
                .startsWith("dac run: --input is not valid JSON (line 1, column 15: Unrecognized token 'abc'")
                .doesNotContain("{\"userId\"");
    }

    @Test
    void emptyInputIsRefused() {
        assertThat(usageError("run", ACTION, "--input", " ", "--response", RESPONSE).err())
                .startsWith("dac run: --input is empty; give the execute body as a JSON object");
    }

    @Test
    void missingInputFileIsNamed() {
        assertThat(usageError("run", ACTION, "--input", "@no-such-input.json", "--response", RESPONSE).err())
                .isEqualTo("dac run: --input file no-such-input.json does not exist\n");
    }

    @Test
    void credentialWithoutEqualsIsRefusedWithoutEchoingIt() {
        DacResult r = usageError("run", ACTION, "--input", INPUT, "--response", RESPONSE, "--credential", "CANARY-SECRET-123");

        assertThat(r.err()).isEqualTo("dac run: --credential needs name=value, e.g. --credential apiKey=...; "
                + "got an argument without '=' (not shown)\n");
    }

    @Test
    void credentialValueIsNotEchoedInPicocliMessages() {
        DacResult r = usageError("run", ACTION, "--input", INPUT, "--response", RESPONSE,
                "--credential", "apiKey=CANARY-SECRET-123", "CANARY-SECRET-123-extra");

        assertThat(r.err()).startsWith("dac run: Unmatched argument").doesNotContain("CANARY-SECRET-123");
    }

    @Test
    void missingResponseFileIsNamed() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--response", "no-such-response.json").err())
                .isEqualTo("dac run: --response file no-such-response.json does not exist\n");
    }

    @Test
    void responseDirectoryIsRefused() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--response", tmp.toString()).err())
                .isEqualTo("dac run: --response file " + tmp + " is a directory; give a file\n");
    }

    @Test
    void baseUrlWithoutSchemeIsRefused() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--base-url", "localhost:8080").err()).isEqualTo(
                "dac run: --base-url 'localhost:8080' is not an http(s) URL; --base-url must be an absolute http(s) URL such as http://localhost:8080\n");
    }

    @Test
    void malformedBaseUrlIsRefused() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--base-url", "http://local host:8080").err())
                .startsWith("dac run: --base-url 'http://local host:8080' is not a valid URL (Illegal character in authority)");
    }

    @Test
    void statusOutsideHttpRangeIsRefused() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--response", RESPONSE, "--status", "999").err())
                .isEqualTo("dac run: --status 999 is not an HTTP status; use 100 to 599\n");
    }

    @Test
    void nonNumericStatusIsRefused() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--response", RESPONSE, "--status", "ok").err())
                .isEqualTo("dac run: Invalid value for option '--status': 'ok' is not an int (see 'dac run --help')\n");
    }

    @Test
    void headerWithoutColonIsRefused() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--response", RESPONSE, "--header", "Content-Type").err())
                .startsWith("dac run: --header needs 'Name: value'");
    }

    @Test
    void missingActionFileIsNamed() {
        assertThat(usageError("run", "no-such-action.json", "--input", INPUT, "--response", RESPONSE).err())
                .isEqualTo("dac run: no-such-action.json: no such file. Check the path\n");
    }

    @Test
    void malformedActionFileNamesTheFileAndPosition() {
        Path broken = write(tmp, "broken.json", "{\"name\": \"x\",");

        assertThat(usageError("run", broken.toString(), "--input", INPUT, "--response", RESPONSE).err())
                .startsWith("dac run: " + broken + ": is not valid JSON (line 1, column ");
    }

    @Test
    void missingActionArgumentIsReported() {
        assertThat(usageError("run", "--input", INPUT, "--response", RESPONSE).err())
                .isEqualTo("dac run: Missing required parameter: '<action.json|file.tf|folder>' (see 'dac run --help')\n");
    }

    @Test
    void unknownOptionIsReported() {
        assertThat(usageError("run", ACTION, "--input", INPUT, "--response", RESPONSE, "--flaten").err())
                .startsWith("dac run: Unknown option: '--flaten'");
    }

    @Test
    void noCommandAsksForOne() {
        assertThat(usageError().err()).isEqualTo("dac: missing command: use 'dac lint', 'dac run', 'dac record', 'dac compare', 'dac openapi' or 'dac impact' (see 'dac --help')\n");
    }

    @Test
    void unknownCommandIsReported() {
        assertThat(usageError("promote").err()).startsWith("dac: Unmatched argument at index 0: 'promote'");
    }
}
