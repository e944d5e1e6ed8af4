package org.dataactioncontracts.pact.internal;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dataactioncontracts.pact.DataActionContractTest;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The pact lifecycle of one test run of a domain module: a pact in the module's pact directory is the pact of one
 * complete, green run, or there is none.
 *
 * <p>Each JUnit execution (one per surefire fork, or per class when surefire hands a fork one class at a time) leaves
 * a fragment: the contract tests it ran, those that failed, and the interactions of those that passed. Fragments of the
 * same run (same {@value #RUN_ID}; the build passes one per Maven invocation) are merged under a file lock. Once the
 * fragments have run every contract test found beside the test classes, the run is complete: green, its pacts replace
 * the module's pacts; red, the module's pacts are removed. Until then (a test filter, or forks still running) the
 * merged interactions go to the {@code <pacts>-partial} directory and the module's pacts stay as they are.
 */
public final class ContractRun {
    /** The configuration parameter (or system property) naming the run that JUnit executions belong to. */
    public static final String RUN_ID = "dac.runId";
    /**
     * The generic test that runs a module's scenario files (contract-core's {@code DomainScenariosTest}), named here
     * rather than referenced: the scenario package builds on this one. A test there checks the two agree.
     */
    public static final String SCENARIO_FILES_TEST = "org.dataactioncontracts.scenario.DomainScenariosTest#scenarioFiles";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String TESTS_FILE = "tests.json";
    private static final String LAST_RUN_FILE = "last-run.json";

    /** How the last run of a module ended. */
    public enum Status {
        /** Every contract test ran and passed: the pacts are in the module's pact directory. */
        COMPLETE,
        /** Some contract tests did not run (a test filter): the module's pacts were left alone. */
        PARTIAL,
        /** Every contract test ran and at least one failed: the module has no pact. */
        FAILED
    }

    /** The last run of a module, as its pact check reads it. */
    public record LastRun(Status status, String runId, List<String> failedTests, List<String> notRunTests) {
        public LastRun {
            failedTests = List.copyOf(failedTests);
            notRunTests = List.copyOf(notRunTests);
        }
    }

    /** What one JUnit execution ran; written as a fragment's {@value #TESTS_FILE}. */
    record Tests(Set<String> expected, Set<String> executed, Map<String, String> failed) {
    }

    private final String runId;
    private final Set<String> expected;
    private final Set<String> executed = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failed = new ConcurrentHashMap<>();

    /**
     * A run whose contract tests are the given set.
     *
     * @param runId    the run this execution belongs to (forks of one Maven invocation share it); null for a run of its own
     * @param expected the contract tests of the module ({@link #testKey}), e.g. from {@link #contractTestsBeside}
     */
    public ContractRun(String runId, Set<String> expected) {
        this.runId = runId == null || runId.isBlank() ? UUID.randomUUID().toString() : runId.replaceAll("[^A-Za-z0-9._-]", "_");
        this.expected = Set.copyOf(expected);
    }

    /** The key of a test method in the module's set of contract tests. */
    public static String testKey(Class<?> testClass, Method method) {
        return testClass.getName() + "#" + method.getName();
    }

    /**
     * Every contract test of the module a class loader sees: the {@link DataActionContractTest} methods compiled into
     * the test-classes folder that holds {@link ModuleSettings#FILE}, and the scenario-file test when the module's Data
     * Action folder has scenario files. Whichever test starts the run, the module's whole set is expected.
     */
    public static Set<String> moduleContractTests(ClassLoader loader, ModuleSettings settings) {
        Set<String> tests = new TreeSet<>();
        java.net.URL marker = loader.getResource(ModuleSettings.FILE);
        if (marker != null && "file".equals(marker.getProtocol())) {
            try {
                tests.addAll(contractTestsIn(Path.of(marker.toURI()).getParent()));
            } catch (URISyntaxException | RuntimeException e) {
                // not a folder on disk (a jar): no compiled contract classes to expect
            }
        }
        try (Stream<Path> files = Files.list(settings.dataActions())) {
            if (files.anyMatch(f -> f.getFileName().toString().endsWith(".scenarios.yaml"))) {
                tests.add(SCENARIO_FILES_TEST);
            }
        } catch (IOException e) {
            // no Data Action folder: nothing more to expect
        }
        return tests;
    }

    /**
     * The contract tests compiled beside a test class: every test method of a {@link DataActionContractTest} class in
     * the same classpath root, except disabled classes.
     */
    public static Set<String> contractTestsBeside(Class<?> testClass) {
        Path root;
        try {
            root = Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Set.of();
        }
        return contractTestsIn(root);
    }

    private static Set<String> contractTestsIn(Path root) {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        Set<String> tests = new TreeSet<>();
        for (Class<?> c : ReflectionSupport.findAllClassesInClasspathRoot(root.toUri(), ContractRun::isContractClass, name -> true)) {
            ReflectionSupport.findMethods(c, m -> AnnotationSupport.isAnnotated(m, Testable.class), HierarchyTraversalMode.TOP_DOWN)
                    .forEach(m -> tests.add(testKey(c, m)));
        }
        return tests;
    }

    private static boolean isContractClass(Class<?> c) {
        if (Modifier.isAbstract(c.getModifiers()) || c.isLocalClass() || c.isAnonymousClass()) {
            return false;
        }
        if (c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) && !AnnotationSupport.isAnnotated(c, Nested.class)) {
            return false;
        }
        boolean contract = false;
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (AnnotationSupport.isAnnotated(k, Disabled.class)) {
                return false;
            }
            contract |= AnnotationSupport.isAnnotated(k, DataActionContractTest.class);
        }
        return contract;
    }

    /** Notes that a contract test ran; {@code failure} is null when it passed (or was disabled or aborted). */
    public void testFinished(String testKey, String testName, String failure) {
        executed.add(testKey);
        if (failure != null) {
            failed.merge(testName, failure, (a, b) -> a);
        }
    }

    /** Notes a failed test that is not a test method of its own (a dynamic test of a {@code @TestFactory}). */
    public void testFailed(String testName, String failure) {
        failed.merge(testName, failure, (a, b) -> a);
    }

    /** Where partial and failed runs put their interactions, beside the module's pact directory. */
    public static Path partialDirectory(Path pacts) {
        return pacts.toAbsolutePath().normalize().resolveSibling(pacts.toAbsolutePath().normalize().getFileName() + "-partial");
    }

    private static Path runsDirectory(Path pacts) {
        return pacts.toAbsolutePath().normalize().resolveSibling(pacts.toAbsolutePath().normalize().getFileName() + "-runs");
    }

    /** The last run that wrote into this pact directory, if any. */
    public static Optional<LastRun> lastRun(Path pacts) {
        Path file = runsDirectory(pacts).resolve(LAST_RUN_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), LastRun.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Leaves this execution's fragment and merges the run's fragments: writes the module's pacts when the run is
     * complete and green, removes them when it is complete and red, and writes the partial pacts otherwise.
     *
     * @return how the run stands after this execution
     */
    public LastRun finish(ContractSession session) throws IOException {
        synchronized (ContractRun.class) { // FileLock guards against other JVMs; within one JVM it must not overlap
            Path pacts = session.settings().pactDirectory();
            Path runs = runsDirectory(pacts);
            Path runDir = runs.resolve(runId);
            Files.createDirectories(runDir);
            try (FileChannel channel = FileChannel.open(runs.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                deleteOtherRuns(runs, runDir);
                Path fragment = runDir.resolve(UUID.randomUUID().toString());
                ContractSession.writePacts(session.settings().consumer(), session.interactions(), fragment.resolve("pacts"));
                Path tmp = fragment.resolve(TESTS_FILE + ".tmp");
                JSON.writeValue(tmp.toFile(), new Tests(expected, new TreeSet<>(executed), new TreeMap<>(failed)));
                Files.move(tmp, fragment.resolve(TESTS_FILE), StandardCopyOption.ATOMIC_MOVE);
                LastRun last = merge(session.settings().consumer(), pacts, runDir);
                JSON.writeValue(runs.resolve(LAST_RUN_FILE).toFile(), last);
                return last;
            }
        }
    }

    /** One line for the test output: where the run's pacts are, or why there are none. */
    public static String describe(LastRun last, ModuleSettings settings) {
        Path pacts = settings.pactDirectory().toAbsolutePath().normalize();
        return switch (last.status()) {
            case COMPLETE -> "Data Action Contracts: every contract test passed; pacts of '" + settings.consumer() + "' written to " + pacts;
            case FAILED -> "Data Action Contracts: no pact of '" + settings.consumer() + "': " + last.failedTests().size()
                    + " contract test(s) failed (" + String.join("; ", last.failedTests()) + "). The interactions of the passing tests are in "
                    + partialDirectory(pacts) + ", not for publishing";
            case PARTIAL -> "Data Action Contracts: " + last.notRunTests().size() + " contract test(s) of '" + settings.consumer()
                    + "' have not run in this run (test filter active, or other forks still running); this run's interactions are in "
                    + partialDirectory(pacts) + " and " + pacts + " keeps the pacts of the last complete run"
                    + (last.failedTests().isEmpty() ? "" : "; failed: " + String.join("; ", last.failedTests()));
        };
    }

    private LastRun merge(String consumer, Path pacts, Path runDir) throws IOException {
        Set<String> allExpected = new TreeSet<>();
        Set<String> allExecuted = new TreeSet<>();
        Map<String, String> allFailed = new TreeMap<>();
        Map<String, Map<String, Interaction>> byProvider = new TreeMap<>();
        for (Path fragment : list(runDir)) {
            Path testsFile = fragment.resolve(TESTS_FILE);
            if (!Files.isRegularFile(testsFile)) {
                continue;
            }
            Tests tests = JSON.readValue(testsFile.toFile(), new TypeReference<Tests>() { });
            allExpected.addAll(tests.expected());
            allExecuted.addAll(tests.executed());
            allFailed.putAll(tests.failed());
            for (Path file : list(fragment.resolve("pacts"))) {
                Pact pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
                Map<String, Interaction> merged = byProvider.computeIfAbsent(pact.getProvider().getName(), p -> new TreeMap<>());
                for (Interaction interaction : pact.getInteractions()) {
                    Interaction previous = merged.putIfAbsent(ContractSession.key(interaction), interaction);
                    if (previous != null) {
                        allFailed.put(testName(interaction), "duplicate interaction '" + interaction.getDescription()
                                + "' with the same provider states, also declared by " + testName(previous));
                    }
                }
            }
        }
        allExpected.removeAll(allExecuted);
        List<String> notRun = new ArrayList<>(allExpected);
        List<String> failures = allFailed.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
        Map<String, List<Interaction>> interactions = new LinkedHashMap<>();
        byProvider.forEach((provider, byKey) -> interactions.put(provider, new ArrayList<>(byKey.values())));
        Path partial = partialDirectory(pacts);
        deleteConsumerPacts(consumer, partial);
        if (notRun.isEmpty()) {
            deleteConsumerPacts(consumer, pacts);
            ContractSession.writePacts(consumer, interactions, failures.isEmpty() ? pacts : partial);
            deleteTree(runDir);
            return new LastRun(failures.isEmpty() ? Status.COMPLETE : Status.FAILED, runId, failures, notRun);
        }
        ContractSession.writePacts(consumer, interactions, partial);
        return new LastRun(Status.PARTIAL, runId, failures, notRun);
    }

    private static String testName(Interaction interaction) {
        var name = interaction.getComments().get("testname");
        return name == null ? "a test" : name.asString();
    }

    private static void deleteConsumerPacts(String consumer, Path directory) throws IOException {
        for (Path file : list(directory)) {
            String name = file.getFileName().toString();
            if (name.startsWith(consumer + "-") && name.endsWith(".json")) {
                Files.delete(file);
            }
        }
    }

    private static void deleteOtherRuns(Path runs, Path keep) throws IOException {
        for (Path dir : list(runs)) {
            if (Files.isDirectory(dir) && !dir.equals(keep)) {
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
