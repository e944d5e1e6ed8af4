package org.dataactioncontracts.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dataactioncontracts.benchmarks.internal.BenchmarkFailure;
import org.dataactioncontracts.benchmarks.internal.BenchmarkReport;
import org.dataactioncontracts.benchmarks.internal.PactEquivalence;
import org.dataactioncontracts.benchmarks.internal.ProviderVerification;
import org.dataactioncontracts.benchmarks.internal.Sample;
import org.dataactioncontracts.benchmarks.internal.Sample.Suite;
import org.dataactioncontracts.benchmarks.internal.ScratchDomain;
import org.dataactioncontracts.benchmarks.internal.SuiteRuns;

/**
 * The scale benchmark (issue 7): for N generated Data Actions, what (a) the bridge's contract tests, (b) the same
 * interactions as plain pact-jvm tests and (c) verifying (a)'s pact with the Pact Maven plugin cost in wall time and
 * peak memory, each in a fresh JVM, alternating (a) and (b) over several rounds; marginal cost per Data Action, fixed
 * cost and linearity. Prints a table and writes {@code benchmarks/target/benchmark/results.json}.
 *
 * <p>Run it with {@code scripts/benchmark.sh [--sizes 10,50,200] [--rounds 3]}, which builds what it needs first.
 */
public final class ScaleBenchmark {
    static final String USAGE = "usage: scripts/benchmark.sh [--sizes 10,50,200] [--rounds 3]"
            + "  (harness: ScaleBenchmark --repo DIR [--sizes ...] [--rounds ...] [--out DIR])";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The command line, checked. */
    record Options(Path repo, List<Integer> sizes, int rounds, Path out) {
        /** The options as picocli fills them, checked by {@link #parse}. */
        static final class Arguments {
            @picocli.CommandLine.Option(names = "--repo", paramLabel = "DIR")
            Path repo = Path.of("");
            @picocli.CommandLine.Option(names = "--sizes", paramLabel = "N,N,...")
            String sizes = "10,50,200";
            @picocli.CommandLine.Option(names = "--rounds", paramLabel = "N")
            String rounds = "3";
            @picocli.CommandLine.Option(names = "--out", paramLabel = "DIR")
            Path out;
        }

        static Options parse(String... args) {
            Arguments parsed = new Arguments();
            try {
                new picocli.CommandLine(parsed).parseArgs(args);
            } catch (picocli.CommandLine.MissingParameterException e) {
                throw new IllegalArgumentException(((picocli.CommandLine.Model.OptionSpec) e.getMissing().get(0)).longestName()
                        + " needs a value", e);
            } catch (picocli.CommandLine.UnmatchedArgumentException e) {
                throw new IllegalArgumentException("unknown option " + e.getUnmatched().get(0), e);
            } catch (picocli.CommandLine.ParameterException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            Path repo = parsed.repo.toAbsolutePath().normalize();
            List<Integer> sizes = sizes(parsed.sizes);
            int rounds = positive("--rounds", parsed.rounds);
            Path out = parsed.out == null ? null : parsed.out.toAbsolutePath().normalize();
            if (!Files.isRegularFile(repo.resolve("pom.xml")) || !Files.isDirectory(repo.resolve("benchmarks"))) {
                throw new IllegalArgumentException(repo + " is not the project's root (no pom.xml and benchmarks/ there); pass --repo");
            }
            return new Options(repo, sizes, rounds, out != null ? out : repo.resolve("benchmarks/target/benchmark"));
        }

        private static List<Integer> sizes(String value) {
            List<Integer> sizes = new ArrayList<>();
            for (String part : value.split(",")) {
                sizes.add(positive("--sizes", part.strip()));
            }
            List<Integer> sorted = sizes.stream().distinct().sorted().toList();
            if (sorted.size() < 2) {
                throw new IllegalArgumentException("--sizes needs at least two different sizes for a slope, e.g. 10,50,200 (got " + value + ")");
            }
            return sorted;
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " takes positive whole numbers, not '" + value + "'");
        }
    }

    private ScaleBenchmark() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            run(options);
        } catch (BenchmarkFailure | IOException | IllegalStateException e) {
            System.err.println();
            System.err.println("benchmark FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(Options options) throws IOException {
        Instant started = Instant.now();
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path module = options.repo().resolve("benchmarks");
        List<Path> harness = classpathFile(module.resolve("target/classpath/harness.txt"));
        List<Path> pactJvm = classpathFile(module.resolve("target/classpath/pact-jvm.txt"));
        Path runnerClasses = module.resolve("target/classes");
        Path logs = options.out().resolve("logs");
        ScratchDomain.deleteRecursively(logs);
        Files.createDirectories(logs);
        ProviderVerification verification = ProviderVerification.create(logs);
        SuiteRuns suites = new SuiteRuns(prepend(runnerClasses, harness), prepend(runnerClasses, pactJvm), logs);

        System.out.printf(Locale.ROOT, "Scale benchmark: N = %s Data Actions (2 interactions each), %d rounds, (a) and (b) alternating.%n"
                + "Java %s on %s %s, %d cores, load average %.2f. Peak RSS of (c): %s.%n%n", options.sizes(), options.rounds(),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), loadAtStart, verification.rssSource().description());

        Map<Integer, ScratchDomain> domains = new LinkedHashMap<>();
        for (int size : options.sizes()) {
            long start = System.nanoTime();
            ScratchDomain domain = ScratchDomain.write(options.out().resolve("scratch/n" + size), size, options.repo().resolve("pom.xml"));
            fail("the generated Data Actions of " + domain.dataActions() + " must load and lint without errors", domain.lintErrors());
            fail("the generated suites in " + domain.dir() + " must compile", domain.compile(harness, pactJvm));
            domains.put(size, domain);
            System.out.printf(Locale.ROOT, "N=%-4d generated, lint clean, both suites compiled in %.1f s: %s%n", size,
                    (System.nanoTime() - start) / 1e9, domain.dir());
        }

        // The first JVM after a build pays for cold file caches; the warm-up keeps that out of the samples, and lets
        // Maven fetch the plugin once if the local repository lacks it (measured runs are offline).
        ScratchDomain smallest = domains.get(options.sizes().get(0));
        List<Sample> warmUp = new ArrayList<>();
        warmUp.add(suites.run(Suite.BRIDGE, smallest, 0, 0));
        warmUp.add(suites.run(Suite.PACT_JVM, smallest, 0, 0));
        warmUp.add(verification.run(smallest, 0, 0, ProviderVerification.Network.ONLINE));
        warmUp.add(suites.run(Suite.SCENARIOS, smallest, 0, 0));
        System.out.printf(Locale.ROOT, "warm-up (not counted), N=%d: (a) %.1f s, (b) %.1f s, (c) %.1f s, (s) %.1f s%n%n", smallest.size(),
                warmUp.get(0).wallMillis() / 1e3, warmUp.get(1).wallMillis() / 1e3, warmUp.get(2).wallMillis() / 1e3,
                warmUp.get(3).wallMillis() / 1e3);

        List<Sample> samples = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (int i = 0; i < options.sizes().size(); i++) {
                ScratchDomain domain = domains.get(options.sizes().get(i));
                // (a) first, then (b); next time (b) first: neither profits from the other's warm page cache.
                List<Suite> order = (round + i) % 2 == 1 ? List.of(Suite.BRIDGE, Suite.SCENARIOS, Suite.PACT_JVM)
                        : List.of(Suite.PACT_JVM, Suite.SCENARIOS, Suite.BRIDGE);
                for (Suite suite : order) {
                    samples.add(print(suites.run(suite, domain, round, samples.size() + 1), options.rounds()));
                }
                if (round == 1) {
                    checkSameInteractions(domain, logs);
                }
                samples.add(print(verification.run(domain, round, samples.size() + 1, ProviderVerification.Network.OFFLINE), options.rounds()));
            }
        }

        BenchmarkReport report = new BenchmarkReport(options.sizes(), samples);
        System.out.println();
        System.out.print(report.table());
        ObjectNode results = JSON.createObjectNode();
        Instant finished = Instant.now();
        ObjectNode benchmark = results.putObject("benchmark").put("command", "scripts/benchmark.sh --sizes "
                + String.join(",", options.sizes().stream().map(String::valueOf).toList()) + " --rounds " + options.rounds());
        options.sizes().forEach(benchmark.putArray("sizes")::add);
        benchmark.put("rounds", options.rounds()).put("started", started.toString()).put("finished", finished.toString())
                .put("durationSeconds", Duration.between(started, finished).toSeconds());
        results.set("environment", environment(loadAtStart));
        results.set("method", method(verification));
        results.setAll(report.json());
        ArrayNode warm = results.putArray("warmUp");
        warmUp.forEach(s -> warm.addObject().put("suite", s.suite().key()).put("dataActions", s.size())
                .put("wallMillis", Math.round(s.wallMillis())).put("peakRssKb", s.peakRssKb()));
        Path file = options.out().resolve("results.json");
        JSON.writeValue(file.toFile(), results);
        System.out.printf(Locale.ROOT, "%nResults: %s (took %d s; logs and scratch domains in %s)%n", file,
                Duration.between(started, finished).toSeconds(), options.out());
    }

    private static Sample print(Sample s, int rounds) {
        System.out.printf(Locale.ROOT, "round %d/%d  N=%-4d (%s) %-46s %8.0f ms   peak RSS %5.0f MB%n", s.round(), rounds, s.size(),
                s.suite().key(), s.suite().label(), s.wallMillis(), s.peakRssKb() / 1024.0);
        return s;
    }

    /** Both suites must have contracted the same interactions, or timing one against the other means nothing. */
    private static void checkSameInteractions(ScratchDomain domain, Path logs) throws IOException {
        Path a = domain.bridgePacts().resolve(ScratchDomain.BRIDGE_CONSUMER + "-" + ScratchDomain.PROVIDER + ".json");
        Path b = domain.pactJvmPacts().resolve(ScratchDomain.PACT_JVM_CONSUMER + "-" + ScratchDomain.PROVIDER + ".json");
        for (Path pact : List.of(a, b)) {
            if (!Files.isRegularFile(pact)) {
                throw new BenchmarkFailure("the suite that should have written " + pact + " did not; see its log in " + logs);
            }
        }
        fail("suites (a) and (b) must contract the same interactions (" + a + " vs " + b + ")", PactEquivalence.differences(a, b));
        Path s = domain.scenarioPacts().resolve(a.getFileName());
        if (!Files.isRegularFile(s)) {
            throw new BenchmarkFailure("the scenario-file suite should have written " + s + " but did not; see its log in " + logs);
        }
        fail("suites (s) and (b) must contract the same interactions (" + s + " vs " + b + ")", PactEquivalence.differences(s, b));
    }

    private static void fail(String must, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new BenchmarkFailure(must + ", but:\n  - " + String.join("\n  - ", problems.subList(0, Math.min(20, problems.size())))
                    + (problems.size() > 20 ? "\n  ... " + (problems.size() - 20) + " more" : ""));
        }
    }

    private static List<Path> classpathFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BenchmarkFailure(file + " is missing: build the module first (mvn -B -q package -DskipTests -pl benchmarks -am;"
                    + " scripts/benchmark.sh does it for you)");
        }
        return Stream.of(Files.readString(file).strip().split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static List<Path> prepend(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static ObjectNode environment(double loadAtStart) throws IOException {
        ObjectNode env = JSON.createObjectNode();
        env.putObject("java").put("version", System.getProperty("java.version")).put("vendor", System.getProperty("java.vendor"))
                .put("vm", System.getProperty("java.vm.name"));
        env.putObject("os").put("name", System.getProperty("os.name")).put("version", System.getProperty("os.version"))
                .put("arch", System.getProperty("os.arch"));
        env.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .ifPresent(l -> env.put("memTotalKb", Long.parseLong(l.replaceAll("[^0-9]", ""))));
        }
        env.put("loadAverageAtStart", loadAtStart).put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return env;
    }

    private static ObjectNode method(ProviderVerification verification) {
        ObjectNode method = JSON.createObjectNode();
        method.put("wallTime", "from starting the process to its exit: JVM start, JUnit, the tests (and for (a) PactCoverage); for (c) the"
                + " whole mvn pact:verify command, offline, against a synthetic provider in the harness JVM");
        method.putObject("peakRss").put("a", "VmHWM of the suite JVM, read from /proc/self/status just before it exits")
                .put("b", "VmHWM of the suite JVM, read from /proc/self/status just before it exits").put("c", verification.rssSource().description());
        method.put("alternation", "per round and size, (a) then (b) or (b) then (a), alternating; (c) after both; rounds in the outer loop");
        method.put("warmUp", "one unrecorded run of (a), (b) and (c) at the smallest size before the rounds");
        method.put("suiteJvmOptions", String.join(" ", SuiteRuns.COMMON_PROPERTIES) + " (as the root POM's surefire configuration sets them), default heap");
        method.put("fit", "least squares over (N, median wall time): slope = marginal cost per Data Action, intercept = fixed cost");
        return method;
    }
}
