package org.dataactioncontracts.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataactioncontracts.benchmarks.internal.Sample.Suite;

/**
 * Measurement (c): the real Pact Maven plugin ({@code mvn pact:verify} on the scratch domain's generated POM) verifies
 * the bridge suite's pact against the synthetic provider. Wall time of the whole Maven command; peak RSS of the Maven
 * JVM ({@code mvn} execs {@code java}), from {@code /usr/bin/time -v} when it is there, else polled from {@code /proc}.
 */
public final class ProviderVerification {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    /** One line per interaction the plugin checked: {@code has status code 200 (OK)} or {@code (FAILED)}. */
    private static final Pattern STATUS = Pattern.compile("has status code \\d+ \\((OK|FAILED)\\)");

    /** Where the peak RSS of the Maven JVM comes from. */
    public enum RssSource {
        GNU_TIME("/usr/bin/time -v: maximum resident set size of the Maven JVM (mvn execs java)"),
        PROC_POLL("VmHWM of the Maven JVM, polled from /proc/<pid>/status every 20 ms (mvn execs java)");

        private final String description;

        RssSource(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Whether Maven may use the network: once to fetch the plugin if needed (warm-up), never while measuring. */
    public enum Network { ONLINE, OFFLINE }

    private final RssSource rssSource;
    private final Path logs;

    private ProviderVerification(RssSource rssSource, Path logs) {
        this.rssSource = rssSource;
        this.logs = logs;
    }

    /** Uses {@code /usr/bin/time -v} if it works here, else polling. */
    public static ProviderVerification create(Path logs) {
        return new ProviderVerification(gnuTimeWorks() ? RssSource.GNU_TIME : RssSource.PROC_POLL, logs);
    }

    public RssSource rssSource() {
        return rssSource;
    }

    /** One run; {@code round} 0 is the warm-up. */
    public Sample run(ScratchDomain domain, int round, int sequence, Network network) throws IOException {
        String name = "c-n" + domain.size() + "-round" + round;
        Path log = logs.resolve(name + ".log");
        Path timeReport = logs.resolve(name + ".time.txt");
        Files.deleteIfExists(timeReport);
        String what = "(c) pact:verify, N=" + domain.size() + (round == 0 ? " warm-up" : " round " + round);
        if (!Files.isDirectory(domain.bridgePacts())) {
            throw new BenchmarkFailure(what + ": no pact in " + domain.bridgePacts() + "; suite (a) must run first");
        }
        try (SyntheticProvider provider = SyntheticProvider.start(domain.fixtures())) {
            List<String> command = new ArrayList<>();
            if (rssSource == RssSource.GNU_TIME) {
                command.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeReport.toString()));
            }
            command.addAll(List.of("mvn", "-B"));
            if (network == Network.OFFLINE) {
                command.add("-o");
            }
            command.addAll(List.of("-Dpact_do_not_track=true", "-D" + ScratchDomain.PORT_PROPERTY + "=" + provider.port(), "-f",
                    domain.verificationPom().toString(), "pact:verify"));
            ChildProcess.Finished finished = ChildProcess.run(command, domain.dir(), log,
                    rssSource == RssSource.PROC_POLL ? ChildProcess.RssProbe.POLL_PROC : ChildProcess.RssProbe.NONE);
            String output = Files.readString(log);
            long checked = STATUS.matcher(output).results().count();
            int expected = domain.size() * 2;
            if (finished.exitCode() != 0 || checked != expected || output.contains("(FAILED)")) {
                int failures = output.indexOf("\nFailures:");
                int end = output.indexOf("\n[INFO]", Math.max(failures, 0));
                throw new BenchmarkFailure(what + " failed (exit " + finished.exitCode() + "; " + checked + " of " + expected
                        + " interactions checked):\n" + (failures >= 0 && end > failures ? output.substring(failures + 1, end).strip()
                                : ChildProcess.tail(log, 40)) + "\nFull output: " + log);
            }
            return new Sample(Suite.VERIFY, domain.size(), round, sequence, finished.wallMillis(), peakRssKb(finished, timeReport), -1, -1);
        }
    }

    private long peakRssKb(ChildProcess.Finished finished, Path timeReport) throws IOException {
        if (rssSource == RssSource.PROC_POLL) {
            return finished.polledPeakRssKb();
        }
        Matcher m = MAX_RSS.matcher(Files.exists(timeReport) ? Files.readString(timeReport) : "");
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static boolean gnuTimeWorks() {
        if (!Files.isExecutable(GNU_TIME)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(GNU_TIME.toString(), "-v", "true").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && MAX_RSS.matcher(out).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
