package org.dataactioncontracts.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command run to its end with its output in a log file: its wall time, and optionally its polled peak RSS. */
final class ChildProcess {
    /** Longer than any sane run on a 2-core machine; a hung child must not hang the benchmark. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final long POLL_MILLIS = 20;

    /** Whether to poll {@code /proc/<pid>/status} for {@code VmHWM} while the process runs. */
    enum RssProbe { NONE, POLL_PROC }

    /** How it ended: exit code, wall time from start to exit, and the polled peak RSS (KiB; -1 when not polled). */
    record Finished(int exitCode, double wallMillis, long polledPeakRssKb) {
    }

    private ChildProcess() {
    }

    static Finished run(List<String> command, Path workDir, Path log, RssProbe probe) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PACT_DO_NOT_TRACK", "true");
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = -1;
        try {
            long deadline = start + TIMEOUT.toNanos();
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (probe == RssProbe.POLL_PROC) {
                    peak = Math.max(peak, vmHwmKb(process.pid()));
                }
                if (System.nanoTime() > deadline) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new BenchmarkFailure("'" + String.join(" ", command.subList(0, Math.min(3, command.size()))) + " ...' ran longer than "
                            + TIMEOUT.toMinutes() + " minutes and was killed; its output is in " + log);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new BenchmarkFailure("interrupted while waiting for " + command.get(0));
        }
        return new Finished(process.exitValue(), (System.nanoTime() - start) / 1e6, peak);
    }

    /** {@code VmHWM} of a running process in KiB, -1 once it is gone. */
    private static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The process exited between two polls: the last value read stands.
        }
        return -1;
    }

    /** The last lines of a log, for an error message. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
