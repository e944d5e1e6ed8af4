package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.dataactioncontracts.benchmarks.internal.Sample.Suite;

/**
 * The runner of suite (a) or (b) of a scratch domain, each run in a fresh JVM, the way CI pays for it (JVM start, JUnit, the tests, and
 * for (a) the coverage check), and checks that every test passed.
 */
public final class SuiteRuns {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set for both suites, as the root POM's surefire configuration sets them (system properties and argLine) for every module. */
    public static final List<String> COMMON_PROPERTIES = commonOptions();

    private final List<Path> bridgeClasspath;
    private final List<Path> pactJvmClasspath;
    private final Path logs;

    /**
     * @param bridgeClasspath  the runner's classes and every dependency, contract-core included
     * @param pactJvmClasspath the runner's classes and pact-jvm, JUnit, Jackson, AssertJ: no contract-core
     */
    public SuiteRuns(List<Path> bridgeClasspath, List<Path> pactJvmClasspath, Path logs) {
        this.bridgeClasspath = List.copyOf(bridgeClasspath);
        this.pactJvmClasspath = List.copyOf(pactJvmClasspath);
        this.logs = logs;
    }

    private static List<String> commonOptions() {
        List<String> options = new ArrayList<>(List.of("-Dpact_do_not_track=true", "-Dsun.net.httpserver.nodelay=true"));
        Properties jvm = new Properties();
        try (var in = SuiteRuns.class.getResourceAsStream("/org/dataactioncontracts/benchmarks/suite-jvm.properties")) {
            if (in == null) {
                throw new IllegalStateException("suite-jvm.properties is missing from the benchmark's classes: rebuild with"
                        + " 'mvn -B package -DskipTests -pl benchmarks -am'");
            }
            jvm.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String option : jvm.getProperty("options", "").trim().split("\\s+")) {
            if (!option.isEmpty() && !option.startsWith("${")) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }

    /** One run; {@code round} 0 is the warm-up. */
    public Sample run(Suite suite, ScratchDomain domain, int round, int sequence) throws IOException {
        String name = suite.key() + "-n" + domain.size() + "-round" + round;
        Path result = logs.resolve(name + ".result.json");
        Files.deleteIfExists(result);
        List<String> command = new ArrayList<>(List.of(java(), "-cp"));
        if (suite == Suite.BRIDGE || suite == Suite.SCENARIOS) {
            // A clean pact directory, as after `mvn clean`: the bridge replaces its pact anyway.
            Path pacts = suite == Suite.BRIDGE ? domain.bridgePacts() : domain.scenarioPacts();
            ScratchDomain.deleteRecursively(pacts);
            Path classes = suite == Suite.BRIDGE ? domain.bridgeClasses() : domain.scenarioClasses();
            Path actions = suite == Suite.BRIDGE ? domain.dataActions() : domain.scenarioActions();
            command.add(classpath(bridgeClasspath, classes));
            command.addAll(COMMON_PROPERTIES);
            command.add("-Ddac.pactDirectory=" + domain.dir().relativize(pacts));
            command.addAll(List.of(BridgeSuiteRunner.class.getName(), classes.toString(), result.toString(),
                    domain.dir().relativize(actions).toString(), domain.dir().relativize(pacts).toString(), ScratchDomain.BRIDGE_CONSUMER));
            if (suite == Suite.SCENARIOS) {
                command.add("scenarios");
            }
        } else if (suite == Suite.PACT_JVM) {
            // pact-jvm merges into an existing pact file: without a clean directory each run would start from the last one.
            ScratchDomain.deleteRecursively(domain.pactJvmPacts());
            command.add(classpath(pactJvmClasspath, domain.pactJvmClasses()));
            command.addAll(COMMON_PROPERTIES);
            command.add("-Dpact.rootDir=" + domain.pactJvmPacts());
            command.addAll(List.of(SuiteRunner.class.getName(), domain.pactJvmClasses().toString(), result.toString()));
        } else {
            throw new IllegalArgumentException(suite + " is not a test suite");
        }
        Path log = logs.resolve(name + ".log");
        // The working directory is the scratch domain, as surefire's is the module: the settings' paths are relative to it.
        ChildProcess.Finished finished = ChildProcess.run(command, domain.dir(), log, ChildProcess.RssProbe.NONE);
        String what = "(" + suite.key() + ") " + suite.label() + ", N=" + domain.size() + (round == 0 ? " warm-up" : " round " + round);
        if (!Files.exists(result)) {
            throw new BenchmarkFailure(what + " ended (exit " + finished.exitCode() + ") without a result; its output (" + log + ") ends:\n"
                    + ChildProcess.tail(log, 30));
        }
        JsonNode counts = JSON.readTree(result.toFile());
        int expected = domain.size() * 2;
        if (finished.exitCode() != 0 || counts.path("testsSucceeded").asInt() != expected) {
            List<String> failures = new ArrayList<>();
            counts.path("failures").forEach(f -> failures.add(f.asText()));
            throw new BenchmarkFailure(what + " failed: " + counts.path("testsSucceeded").asInt() + " of " + expected + " tests passed (exit "
                    + finished.exitCode() + ").\n  - " + String.join("\n  - ", failures.subList(0, Math.min(10, failures.size())))
                    + (failures.size() > 10 ? "\n  ... " + (failures.size() - 10) + " more" : "") + "\nFull output: " + log);
        }
        return new Sample(suite, domain.size(), round, sequence, finished.wallMillis(), counts.path("peakRssKb").asLong(-1),
                counts.path("testMillis").asDouble() + counts.path("afterTestsMillis").asDouble(), counts.path("medianPerTestMillis").asDouble());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classpath(List<Path> base, Path testClasses) {
        List<Path> all = new ArrayList<>(base);
        all.add(testClasses);
        return all.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
