package org.dataactioncontracts.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.dataactioncontracts.pact.PactCoverage;

/**
 * The main of a bridge-suite JVM: the tests, then {@link PactCoverage} in the same JVM, as a domain build runs it, so
 * the coverage guard is part of what is measured.
 *
 * <p>{@code BridgeSuiteRunner <test classes dir> <result file> <data-actions dir> <pact dir> <consumer> [scenarios]}: with
 * {@code scenarios}, contract-core's generic {@code DomainScenariosTest} runs the scenario files instead of the classes.
 */
final class BridgeSuiteRunner {
    private BridgeSuiteRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5 && !(args.length == 6 && args[5].equals("scenarios"))) {
            throw new IllegalArgumentException("usage: BridgeSuiteRunner <test classes dir> <result file> <data-actions dir> <pact dir> <consumer>"
                    + " [scenarios]");
        }
        DiscoverySelector selector = args.length == 6 ? DiscoverySelectors.selectClass("org.dataactioncontracts.scenario.DomainScenariosTest")
                : DiscoverySelectors.selectClasspathRoots(Set.of(Path.of(args[0]))).get(0);
        SuiteRunner.runAndExit(selector, Path.of(args[0]), Path.of(args[1]), () -> {
            try {
                PactCoverage.main(new String[] {args[2], args[3], args[4]});
                return null;
            } catch (AssertionError | RuntimeException e) {
                return "coverage check: " + e.getMessage();
            }
        });
    }
}
