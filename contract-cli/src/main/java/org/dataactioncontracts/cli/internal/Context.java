package org.dataactioncontracts.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What every command runs against: the working directory that relative paths resolve against, the output streams,
 * and the secret values that must never be printed.
 */
public final class Context {
    /** Shorter values would scrub ordinary words from messages; the engine uses the same threshold. */
    private static final int MIN_SECRET_LENGTH = 4;
    private static final String MASK = "********";

    private final Path workingDirectory;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> secrets = new ArrayList<>();

    /** Creates a context writing UTF-8 to the given streams. */
    public Context(Path workingDirectory, PrintStream out, PrintStream err) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.out = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(err, "err"), StandardCharsets.UTF_8), true);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** A path as given on the command line, resolved against the working directory when relative. */
    Path resolve(String path) {
        return workingDirectory.resolve(path);
    }

    /** Remembers a secret so that {@link #scrub} masks it in anything printed later. */
    void addSecret(String value) {
        if (value != null && value.length() >= MIN_SECRET_LENGTH && !secrets.contains(value)) {
            secrets.add(value);
            // Longest first, so a secret that contains another is masked whole.
            secrets.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    /** The text with every known secret masked. */
    String scrub(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    /** Prints one message line on stderr, secrets masked and line breaks folded so it stays one line. */
    void error(String message) {
        err.println(scrub(message).replaceAll("\\R\\s*", " "));
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
