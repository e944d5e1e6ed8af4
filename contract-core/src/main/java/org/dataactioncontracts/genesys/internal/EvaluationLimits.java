package org.dataactioncontracts.genesys.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dataactioncontracts.genesys.LimitExceededException;

/**
 * The time and depth bounds of evaluating what a Data Action file or a middleware file says: Velocity templates,
 * JSONPath and JSONata. A hostile or mistaken expression ({@code #foreach} over a billion, a JSONPath regex that
 * backtracks for hours, a JSONata recursion without end) stops with a {@link LimitExceededException}.
 */
public final class EvaluationLimits {
    /** The system property that sets the time limit, e.g. {@code -Ddac.evaluationTimeout=2s}. */
    public static final String TIMEOUT_PROPERTY = "dac.evaluationTimeout";
    /** Ten seconds for rendering the request, and ten for translating the response, of one execution. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** JSONata call depth: deep enough for real transforms, well before the thread's stack runs out. */
    public static final int JSONATA_MAX_DEPTH = 200;

    /** JSONPath runs here so that a regex which never returns cannot hold the caller; it is abandoned at the limit. */
    private static final ExecutorService WATCHDOG = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dac-jsonpath");
        t.setDaemon(true);
        return t;
    });

    private EvaluationLimits() {
    }

    /** The time limit: {@value #TIMEOUT_PROPERTY} when set (e.g. {@code 2s}, {@code 500ms}), else ten seconds. */
    public static Duration timeout() {
        String value = System.getProperty(TIMEOUT_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            Duration d = v.endsWith("ms") ? Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)))
                    : Duration.ofMillis(Math.round(Double.parseDouble(v.endsWith("s") ? v.substring(0, v.length() - 1) : v) * 1000));
            return d.isNegative() || d.isZero() ? DEFAULT_TIMEOUT : d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + TIMEOUT_PROPERTY + "=" + value + " is not a duration; write e.g. 10s or 500ms", e);
        }
    }

    /** The deadline, in {@link System#nanoTime()} terms, of an evaluation starting now. */
    public static long deadlineFromNow() {
        return System.nanoTime() + timeout().toNanos();
    }

    /** The exception for an evaluation that ran past its limit. */
    public static LimitExceededException timedOut(String what) {
        return new LimitExceededException(what + " ran longer than " + timeout().toMillis() + " ms, the time limit of an evaluation"
                + " (-D" + TIMEOUT_PROPERTY + "); stopped");
    }

    /** Work that may throw a checked exception of one type. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} on a watchdog thread until {@code deadline}.
     *
     * @throws LimitExceededException when the deadline passes first
     */
    @SuppressWarnings("unchecked")
    static <T, E extends Exception> T within(long deadline, String what, Work<T, E> work) throws E {
        Future<T> future = WATCHDOG.submit(work::run);
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(what);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new LimitExceededException(what + " was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (E) cause;
        }
    }
}
