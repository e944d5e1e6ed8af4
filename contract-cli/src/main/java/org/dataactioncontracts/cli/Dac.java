package org.dataactioncontracts.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.dataactioncontracts.cli.internal.Cli;
import org.dataactioncontracts.cli.internal.Context;

/**
 * The {@code dac} command line: lints Genesys Cloud Data Action files and runs them offline, as Genesys's test mode
 * would, from a shell or a CI job.
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_FAILED} the check failed (lint errors, or the action took
 * the Failure or Timeout path); {@value #EXIT_USAGE} bad usage or an input that cannot be read;
 * {@value #EXIT_INTERNAL} a bug in {@code dac} itself; {@value #EXIT_LIMIT} an evaluation stopped by a bound;
 * {@value #EXIT_ORG_UNAVAILABLE} (pull, deploy, calibrate) the Genesys org could not be reached, refused the
 * credentials, or kept answering 429/5xx.
 *
 * <pre>{@code
 * int exit = Dac.run(System.out, System.err, "lint", "data-actions/");
 * }</pre>
 */
public final class Dac {
    /** Everything checked out. */
    public static final int EXIT_OK = 0;
    /**
     * The check failed: lint found errors, the Data Action takes the Failure or Timeout path, compare finds a contract
     * break, or openapi finds an interaction that mismatches the vendor's document.
     */
    public static final int EXIT_FAILED = 1;
    /** Bad usage, or an input file that cannot be read or is not a Data Action. */
    public static final int EXIT_USAGE = 2;
    /** An unexpected error inside {@code dac}: a bug worth reporting. */
    public static final int EXIT_INTERNAL = 3;
    /**
     * An evaluation was stopped: a template, JSONPath or JSONata expression past its time or depth limit, a
     * {@code StackOverflowError} or an {@code OutOfMemoryError}. Neither a pass nor a contract break. (Launched with
     * {@code -XX:+ExitOnOutOfMemoryError}, as the scripts do, the JVM itself ends on a full heap, with its code 3.)
     */
    public static final int EXIT_LIMIT = 4;
    /** pull, deploy, calibrate: the Genesys org could not be reached, refused the credentials, or kept throttling. */
    public static final int EXIT_ORG_UNAVAILABLE = 5;

    private Dac() {
    }

    /** Runs {@code dac} and exits the JVM with its exit code. */
    public static void main(String... args) {
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs {@code dac} with relative paths resolved against the current directory; never exits the JVM.
     *
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(Path.of(""), out, err, args);
    }

    /**
     * Runs {@code dac} with relative file paths resolved against {@code workingDirectory}; never exits the JVM.
     *
     * @return the exit code
     */
    public static int run(Path workingDirectory, PrintStream out, PrintStream err, String... args) {
        return Cli.execute(new Context(workingDirectory, out, err), args);
    }
}
