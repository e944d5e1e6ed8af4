package org.dataactioncontracts.benchmarks.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The main of a suite JVM: runs every test class below a directory with the JUnit Platform Launcher, as surefire
 * would, then writes what the run cost (test time, peak RSS from {@code VmHWM}) and its counts to a result file.
 * Exits 1 when a test or container failed or no test ran, so the benchmark never times failing tests.
 *
 * <p>{@code SuiteRunner <test classes dir> <result file>}; the bridge suite uses {@link BridgeSuiteRunner}.
 */
final class SuiteRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuiteRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SuiteRunner <test classes dir> <result file>");
        }
        runAndExit(Path.of(args[0]), Path.of(args[1]), () -> null);
    }

    /**
     * Runs the suite, then {@code after} (what the domain build runs after the tests, e.g. the coverage check) when the
     * tests passed, writes the result file and exits.
     *
     * @param after returns a problem that fails the run, or null
     */
    static void runAndExit(Path classes, Path resultFile, Supplier<String> after) throws IOException {
        runAndExit(selectClasspathRoots(Set.of(classes)).get(0), classes, resultFile, after);
    }

    /** {@link #runAndExit(Path, Path, Supplier)} with the tests picked by a selector instead of every class below {@code classes}. */
    static void runAndExit(org.junit.platform.engine.DiscoverySelector selector, Path classes, Path resultFile, Supplier<String> after)
            throws IOException {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        TestDurations durations = new TestDurations();
        long start = System.nanoTime();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selector).build(), listener, durations);
        double testMillis = (System.nanoTime() - start) / 1e6;
        TestExecutionSummary summary = listener.getSummary();

        List<String> failures = new ArrayList<>();
        summary.getFailures().forEach(f -> failures.add(name(f.getTestIdentifier().getSource().orElse(null), f.getTestIdentifier().getDisplayName())
                + ": " + firstLines(f.getException())));
        if (summary.getTestsFoundCount() == 0) {
            failures.add("no test found in " + classes);
        }
        long afterStart = System.nanoTime();
        if (failures.isEmpty() && summary.getTestsFailedCount() == 0) {
            String problem = after.get();
            if (problem != null) {
                failures.add(problem);
            }
        }
        double afterMillis = (System.nanoTime() - afterStart) / 1e6;

        ObjectNode result = JSON.createObjectNode()
                .put("testsFound", summary.getTestsFoundCount())
                .put("testsSucceeded", summary.getTestsSucceededCount())
                .put("testsFailed", summary.getTestsFailedCount())
                .put("testsAborted", summary.getTestsAbortedCount())
                .put("testsSkipped", summary.getTestsSkippedCount())
                .put("containersFailed", summary.getContainersFailedCount())
                .put("testMillis", testMillis)
                .put("medianPerTestMillis", durations.median())
                .put("afterTestsMillis", afterMillis)
                .put("jvmUptimeMillis", ManagementFactory.getRuntimeMXBean().getUptime())
                .put("peakRssKb", peakRssKb());
        failures.forEach(result.putArray("failures")::add);
        Files.writeString(resultFile, JSON.writeValueAsString(result));
        boolean ok = failures.isEmpty() && summary.getTestsFailedCount() == 0 && summary.getContainersFailedCount() == 0
                && summary.getTestsAbortedCount() == 0;
        if (!ok) {
            failures.forEach(f -> System.err.println("FAILED " + f));
        }
        System.exit(ok ? 0 : 1);
    }

    /** The peak resident set size of this process so far ({@code VmHWM}), in KiB; -1 where /proc is not available. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: the harness reports the RSS as unknown.
        }
        return -1;
    }

    /**
     * Each test's duration, callbacks included (pact-jvm's mock server start and its pause after the test run inside
     * it); the median is the warm cost of one test, the first one pays for class loading.
     */
    private static final class TestDurations implements TestExecutionListener {
        private final Map<String, Long> started = new ConcurrentHashMap<>();
        private final List<Double> millis = new CopyOnWriteArrayList<>();

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                started.put(test.getUniqueId(), System.nanoTime());
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            Long begin = started.remove(test.getUniqueId());
            if (test.isTest() && begin != null) {
                millis.add((System.nanoTime() - begin) / 1e6);
            }
        }

        double median() {
            return millis.isEmpty() ? -1 : Stats.median(millis);
        }
    }

    private static String name(TestSource source, String displayName) {
        return source instanceof MethodSource m ? m.getClassName() + "." + m.getMethodName() : displayName;
    }

    private static String firstLines(Throwable e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.length() > 2_000 ? message.substring(0, 2_000) + " ..." : message;
    }
}
