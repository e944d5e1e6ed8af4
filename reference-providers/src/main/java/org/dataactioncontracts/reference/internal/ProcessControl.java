package org.dataactioncontracts.reference.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.dataactioncontracts.reference.UsageException;

/**
 * Process-lifecycle options for running a provider as a build fixture: {@code --pid-file FILE} (written once the
 * server listens, deleted on exit; the provider exits with code 0 when the file is deleted), {@code --exit-with-parent}
 * (stop when the launching process, e.g. Maven, ends, even if it was killed) and the separate mode
 * {@code --stop FILE} (stop the provider whose pid the file holds).
 *
 * @param pidFile        where to write the pid, if anywhere
 * @param exitWithParent whether to exit when the parent process exits
 * @param stop           the pid file of a provider to stop (then nothing is started)
 * @param rest           the remaining arguments, for {@link CommandLine#parse}
 */
public record ProcessControl(Optional<Path> pidFile, boolean exitWithParent, Optional<Path> stop, List<String> rest) {

    /** Grace period for a provider to exit after SIGTERM before it is killed. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    /** How often a provider checks that its pid file still exists. */
    private static final Duration PID_FILE_POLL = Duration.ofMillis(100);

    /** The lifecycle options as picocli fills them; everything else passes through to {@link CommandLine#parse}. */
    static final class Arguments {
        @picocli.CommandLine.Option(names = "--pid-file", paramLabel = "FILE")
        Path pidFile;
        @picocli.CommandLine.Option(names = "--stop", paramLabel = "FILE")
        Path stop;
        @picocli.CommandLine.Option(names = "--exit-with-parent")
        boolean exitWithParent;
        @picocli.CommandLine.Unmatched
        List<String> rest = new ArrayList<>();
    }

    /** Splits the lifecycle options off the command line. */
    public static ProcessControl parse(List<String> args) {
        Arguments parsed = Picocli.parse(new Arguments(), " (usage: " + CommandLine.SYNOPSIS + ")", true, args.toArray(String[]::new));
        return new ProcessControl(Optional.ofNullable(parsed.pidFile), parsed.exitWithParent, Optional.ofNullable(parsed.stop),
                List.copyOf(parsed.rest));
    }

    /**
     * Applies {@code --pid-file} and {@code --exit-with-parent} to this (running provider's) process. The JVM's
     * shutdown hooks stop the server and delete the pid file.
     */
    public void apply() {
        pidFile.ifPresent(file -> {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                // Written aside, then moved: whoever polls for the file never reads it empty or half-written.
                Path partial = file.resolveSibling(file.getFileName() + ".partial");
                Files.writeString(partial, ProcessHandle.current().pid() + System.lineSeparator(), StandardCharsets.UTF_8);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write pid file " + file, e);
            }
            file.toFile().deleteOnExit();
            Thread watch = new Thread(() -> {
                while (Files.exists(file)) {
                    try {
                        Thread.sleep(PID_FILE_POLL.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                System.exit(0);
            }, "pid-file-watch");
            watch.setDaemon(true);
            watch.start();
        });
        if (exitWithParent) {
            // For a process that is not our child the JDK polls, so this takes up to a few seconds.
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        }
    }

    /**
     * Stops the provider whose pid is in {@code pidFile}: deletes the file (the provider then exits with code 0), and
     * if it is still running after {@link #STOP_TIMEOUT}, terminates it.
     *
     * @return the exit code: 0 when it stopped or was not running, 1 when it could not be stopped
     */
    public static int stop(Path pidFile, PrintStream out, PrintStream err) {
        return stop(pidFile, STOP_TIMEOUT, out, err);
    }

    /** {@link #stop(Path, PrintStream, PrintStream)} with the given grace period per step. */
    public static int stop(Path pidFile, Duration grace, PrintStream out, PrintStream err) {
        if (!Files.exists(pidFile)) {
            out.println("reference-providers: no provider running (no pid file " + pidFile + ")");
            return 0;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
        } catch (IOException | NumberFormatException e) {
            err.println("reference-providers: cannot read a pid from " + pidFile + ": " + e.getMessage());
            return 1;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            out.println("reference-providers: provider (pid " + pid + ") is not running");
            deleteQuietly(pidFile);
            return 0;
        }
        deleteQuietly(pidFile);
        if (!exited(process.get(), grace)) {
            process.get().destroy();
            if (!exited(process.get(), grace)) {
                process.get().destroyForcibly();
                exited(process.get(), grace);
            }
        }
        if (process.get().isAlive()) {
            err.println("reference-providers: provider (pid " + pid + ") did not stop");
            return 1;
        }
        deleteQuietly(pidFile);
        out.println("reference-providers: stopped provider (pid " + pid + ")");
        return 0;
    }

    private static boolean exited(ProcessHandle process, Duration grace) {
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale pid file is harmless: stop() checks the pid is alive
        }
    }
}
