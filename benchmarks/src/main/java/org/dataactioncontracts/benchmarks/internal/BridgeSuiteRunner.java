package org.dataactioncontracts.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.dataactioncontracts.pact.PactCoverage;

/**
 * The main of a bridge-suite JVM: the tests, then {@link PactCoverage} in the same JVM, as a domain build runs it, so
 * the coverage guard is part of what is measured.
 *
 * <p>{@code BridgeSuiteRunner <test classes dir> <result file> <data-actions dir> <pact dir> <consumer>}
 */
final class BridgeSuiteRunner {
    private BridgeSuiteRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: BridgeSuiteRunner <test classes dir> <result file> <data-actions dir> <pact dir> <consumer>");
        }
        SuiteRunner.runAndExit(Path.of(args[0]), Path.of(args[1]), () -> {
            try {
                PactCoverage.main(new String[] {args[2], args[3], args[4]});
                return null;
            } catch (AssertionError | RuntimeException e) {
                return "coverage check: " + e.getMessage();
            }
        });
    }
}
