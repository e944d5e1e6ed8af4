package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the {@code dac} commands of the README section exactly as written, from the repository root, so the README
 * cannot drift from the tool. A command's expected exit code is 0 unless the line ends with {@code # exit N}.
 */
class ReadmeCommandsTest {
    private static final String PREFIX = "java -jar contract-cli/target/dac.jar";
    private static final Pattern EXPECTED_EXIT = Pattern.compile("#\\s*exits?\\s+(\\d)");

    /** One README command: its text, the arguments after the jar, and the exit code it promises. */
    record Command(String text, List<String> args, int expectedExit) {
    }

    @TestFactory
    Stream<DynamicTest> readmeCommandsBehaveAsDocumented() throws IOException {
        return commands().stream().map(command -> dynamicTest(command.text(), () -> {
            DacResult r = DacResult.dacIn(TestFiles.REPO, command.args().toArray(String[]::new));

            assertThat(r.exit()).as("exit of `%s`; stderr: %s", command.text(), r.err()).isEqualTo(command.expectedExit());
            assertThat(r.out()).isNotBlank();
            assertThat(r.all()).doesNotContain("Exception", "\tat ");
        }));
    }

    @Test
    void readmeShowsLintRunFlattenAndAFailure() throws IOException {
        List<Command> commands = commands();

        assertThat(commands).extracting(c -> c.args().get(0)).contains("lint", "run");
        assertThat(commands).anySatisfy(c -> assertThat(c.args()).contains("--flatten"));
        assertThat(commands).anySatisfy(c -> assertThat(c.expectedExit()).isEqualTo(1));
    }

    @Test
    void readmeOutputSamplesAreWhatTheCommandsPrint() throws IOException {
        List<String> samples = textBlocks();
        DacResult lint = DacResult.dacIn(TestFiles.REPO, "lint", "examples/Get-User-Presence.custom.json");
        DacResult flatten = DacResult.dacIn(TestFiles.REPO, commands().stream()
                .filter(c -> c.args().contains("--flatten")).findFirst().orElseThrow().args().toArray(String[]::new));

        assertThat(samples).anySatisfy(sample -> assertThat(lint.out()).isEqualTo(sample));
        assertThat(samples).anySatisfy(sample -> assertThat(sample).contains("\"finalResult\"")
                .satisfies(s -> assertThat(flatten.out()).contains(s)));
    }

    /** The contents of the {@code ```text} blocks: sample output, and commands that need a running server. */
    static List<String> textBlocks() throws IOException {
        return ReadmeBlocks.of("text");
    }

    /** The {@code dac} lines of {@code ```bash} blocks, with backslash continuations joined. */
    static List<Command> commands() throws IOException {
        List<Command> commands = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : String.join("", ReadmeBlocks.of("bash")).split("\n")) {
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            String full = (pending + line).strip();
            pending.setLength(0);
            if (full.startsWith(PREFIX + " ")) {
                Matcher exit = EXPECTED_EXIT.matcher(full);
                int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
                List<String> words = shellWords(full);
                commands.add(new Command(full, words.subList(3, words.size()), expected));
            }
        }
        return commands;
    }

    /** Splits a command line as a POSIX shell would for the quoting the README uses; stops at a {@code #} comment. */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                i++;
                while (line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        i++;
                    }
                    word.append(line.charAt(i++));
                }
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
