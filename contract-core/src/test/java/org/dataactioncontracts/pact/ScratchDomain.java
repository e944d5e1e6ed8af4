package org.dataactioncontracts.pact;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A domain module made on the fly: contract test classes compiled into their own classes directory (so the module's
 * set of contract tests is exactly theirs), its {@code data-action-contracts.properties}, and a pact directory. Runs
 * them through the JUnit launcher as surefire and IDEs do, in this JVM or in a separate one (a surefire fork).
 */
final class ScratchDomain {
    static final String CONSUMER = "scratch-domain";
    /** Comma-separated test method names that fail after their {@code verify} (their own assertion fails). */
    static final String FAIL = "scratch.fail";

    /** Two contract test classes over contract-actions/ (Get-Orders-Raw, Get-Conversation-Customer), for the pact lifecycle. */
    static final Map<String, String> LIFECYCLE = Map.of(
            "OrdersContractTest", """
                    package scratch;

                    import org.dataactioncontracts.pact.DataActionContractTest;
                    import org.dataactioncontracts.pact.DataActionContracts;
                    import org.junit.jupiter.api.Test;

                    @DataActionContractTest(provider = "orders-api")
                    class OrdersContractTest {
                        @Test
                        void twoOrders(DataActionContracts contracts) {
                            contracts.verify("Get-Orders-Raw", "two orders", i -> i.input("customerId", "C-1"));
                            Outcome.check("twoOrders");
                        }

                        @Test
                        void unknownCustomer(DataActionContracts contracts) {
                            contracts.verify("Get-Orders-Raw", "unknown customer", i -> i.input("customerId", "x")
                                    .respondsWith(404, "{\\"message\\": \\"no such customer\\"}"));
                            Outcome.check("unknownCustomer");
                        }
                    }
                    """,
            "ConversationContractTest", """
                    package scratch;

                    import org.dataactioncontracts.pact.DataActionContractTest;
                    import org.dataactioncontracts.pact.DataActionContracts;
                    import org.junit.jupiter.api.Test;

                    @DataActionContractTest(provider = "conversations-api")
                    class ConversationContractTest {
                        @Test
                        void customerLeg(DataActionContracts contracts) {
                            contracts.verify("Get-Conversation-Customer", "customer leg", i -> i.input("conversationId", "c-1"));
                            Outcome.check("customerLeg");
                        }
                    }
                    """,
            "Outcome", """
                    package scratch;

                    final class Outcome {
                        static void check(String test) {
                            if (java.util.List.of(System.getProperty("%s", "").split(",")).contains(test)) {
                                throw new AssertionError(test + ": the output is not what the flow expects");
                            }
                        }
                    }
                    """.formatted(FAIL));

    final Path root;
    final Path classes;
    final Path pacts;
    final Path dataActions;

    private ScratchDomain(Path root, Path dataActions) {
        this.root = root;
        this.classes = root.resolve("test-classes");
        this.pacts = root.resolve("pacts");
        this.dataActions = dataActions;
    }

    /** Writes and compiles the scratch domain's tests under {@code root}. */
    static ScratchDomain create(Path root, Path dataActions, Map<String, String> sources) throws IOException {
        ScratchDomain domain = new ScratchDomain(root, dataActions);
        Path src = root.resolve("src/scratch");
        Files.createDirectories(src);
        Files.createDirectories(domain.classes);
        List<String> args = new ArrayList<>(List.of("-d", domain.classes.toString(), "-cp", System.getProperty("java.class.path"),
                "-proc:none", "-nowarn"));
        for (var source : sources.entrySet()) {
            Path file = src.resolve(source.getKey() + ".java");
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        if (ToolProvider.getSystemJavaCompiler().run(null, null, System.err, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the scratch domain does not compile");
        }
        Files.writeString(domain.classes.resolve("data-action-contracts.properties"), "consumer=" + CONSUMER + "\n"
                + "dataActions=" + dataActions.toString().replace("\\", "/") + "\n"
                + "pactDirectory=" + domain.pacts.toString().replace("\\", "/") + "\n");
        return domain;
    }

    /** Runs the given test classes (simple names) in this JVM, failing the named test methods. */
    TestExecutionSummary run(String runId, String failing, String... testClasses) throws IOException {
        return run(runId, failing, new TestExecutionListener() { }, testClasses);
    }

    /**
     * Runs the given test classes with their stdout and stderr captured, and returns what surefire would write into its
     * XML report: every failure's message and stack trace, and the captured output.
     */
    String runForReport(String... testClasses) throws IOException {
        StringBuilder report = new StringBuilder();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                report.append(entry.getKeyValuePairs()).append('\n');
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                result.getThrowable().ifPresent(t -> {
                    StringWriter trace = new StringWriter();
                    t.printStackTrace(new PrintWriter(trace));
                    report.append(test.getDisplayName()).append(": ").append(trace).append('\n');
                });
            }
        };
        run(null, "", listener, testClasses);
        return report.toString();
    }

    private TestExecutionSummary run(String runId, String failing, TestExecutionListener listener, String... testClasses) throws IOException {
        String previous = System.getProperty(FAIL);
        System.setProperty(FAIL, failing);
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            return execute(loader, runId, listener, testClasses);
        } finally {
            thread.setContextClassLoader(context);
            if (previous == null) {
                System.clearProperty(FAIL);
            } else {
                System.setProperty(FAIL, previous);
            }
        }
    }

    static TestExecutionSummary execute(ClassLoader loader, String runId, TestExecutionListener listener, String... testClasses) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .configurationParameter("junit.platform.output.capture.stdout", "true")
                .configurationParameter("junit.platform.output.capture.stderr", "true");
        if (runId != null) {
            request.configurationParameter("dac.runId", runId);
        }
        for (String name : testClasses) {
            try {
                request.selectors(selectClass(Class.forName(name.contains(".") ? name : "scratch." + name, false, loader)));
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException(name, e);
            }
        }
        LauncherDiscoveryRequest built = request.build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(built, summary, listener);
        return summary.getSummary();
    }

    /** Starts a JVM that runs the given test classes, as a surefire fork does. */
    Process fork(String runId, String... testClasses) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dpact_do_not_track=true", "-D" + FAIL + "=",
                "-cp", System.getProperty("java.class.path") + java.io.File.pathSeparator + classes, ScratchFork.class.getName(), runId));
        command.addAll(List.of(testClasses));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(root.resolve("fork-" + testClasses[0] + ".log").toFile())
                .start();
    }

    /** The main of a forked JVM: {@code ScratchFork <run id> <test class>...}; exits 0 when every test passed. */
    static final class ScratchFork {
        private ScratchFork() {
        }

        public static void main(String[] args) {
            TestExecutionSummary summary = execute(ScratchFork.class.getClassLoader(), args[0], new TestExecutionListener() { },
                    java.util.Arrays.copyOfRange(args, 1, args.length));
            summary.printFailuresTo(new java.io.PrintWriter(System.out, true), 5);
            System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0 ? 0 : 1);
        }
    }
}
