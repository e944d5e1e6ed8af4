package org.dataactioncontracts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One captured {@code dac} invocation: exit code, stdout and stderr. */
record DacResult(int exit, String out, String err) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Runs {@code dac} in the module directory (Maven's working directory for tests). */
    static DacResult dac(String... args) {
        return dacIn(Path.of(""), args);
    }

    /** Runs {@code dac} with relative paths resolved against {@code directory}. */
    static DacResult dacIn(Path directory, String... args) {
        return capture((out, err) -> Dac.run(directory, out, err, args));
    }

    /** Runs something that prints to an out and an err stream and returns an exit code. */
    static DacResult capture(java.util.function.BiFunction<PrintStream, PrintStream, Integer> run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = run.apply(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new DacResult(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Stdout parsed as JSON. */
    JsonNode json() {
        try {
            return MAPPER.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON:\n" + out, e);
        }
    }

    /** Both streams, for assertions that something appears nowhere. */
    String all() {
        return out + err;
    }
}
