package org.dataactioncontracts.recorded;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Recorder} replays a pact against a live API.
 *
 * @param baseUrl      where the pact's request paths are sent (appended to its path)
 * @param stateUrl     Pact's state-change endpoint; without it provider states are skipped with a note
 * @param credentials  values for the pact's {@code REDACTED-<name>} placeholders; redacted from everything written
 * @param redactPaths  JSONPaths of response fields (PII) replaced by {@code "[REDACTED]"} before anything is written
 * @param timeout          the deadline of one attempt: connect, headers and the whole body
 * @param attempts         attempts per interaction on a timeout, a connection failure, 429 or 5xx
 * @param backoff          the pause after the first failed attempt; doubled after each further one
 * @param maxResponseBytes the response body cap; a longer body ends the attempt once that many bytes arrived
 * @param retries          which methods a timeout, 429 or 5xx repeats; a connection failure is retried for all
 * @param maxRetryAfter    the longest {@code Retry-After} waited for; a longer one ends the retries
 */
public record RecordOptions(
        URI baseUrl,
        Optional<URI> stateUrl,
        Map<String, String> credentials,
        List<String> redactPaths,
        Duration timeout,
        int attempts,
        Duration backoff,
        long maxResponseBytes,
        Retries retries,
        Duration maxRetryAfter) {

    /** Which methods are repeated after a timeout, 429 or 5xx, when the request may have reached the server. */
    public enum Retries {
        /** GET, HEAD, OPTIONS, TRACE, PUT and DELETE only: a POST or PATCH is sent once unless it could not connect. */
        IDEMPOTENT_ONLY,
        /** Every method (a POST may then create the same thing twice at the vendor). */
        EVERY_METHOD
    }

    /** Ten seconds per request. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Three attempts per interaction. */
    public static final int DEFAULT_ATTEMPTS = 3;
    /** 200 ms, then 400 ms. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(200);
    /** 5 MiB per response body. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 5L * 1024 * 1024;
    /** A {@code Retry-After} of up to 30 s is waited for. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

    public RecordOptions {
        Objects.requireNonNull(baseUrl, "baseUrl");
        stateUrl = Objects.requireNonNullElse(stateUrl, Optional.empty());
        credentials = Map.copyOf(credentials);
        redactPaths = List.copyOf(redactPaths);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be 1 to 10, got " + attempts);
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, got " + maxResponseBytes);
        }
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /**
     * Defaults for a base URL: no state URL, no credentials, no redacted paths, 10 s deadline, 3 attempts, 200 ms
     * backoff, 5 MiB bodies, idempotent methods retried, {@code Retry-After} up to 30 s.
     */
    public static RecordOptions of(URI baseUrl) {
        return new RecordOptions(baseUrl, Optional.empty(), Map.of(), List.of(), DEFAULT_TIMEOUT, DEFAULT_ATTEMPTS, DEFAULT_BACKOFF,
                DEFAULT_MAX_RESPONSE_BYTES, Retries.IDEMPOTENT_ONLY, DEFAULT_MAX_RETRY_AFTER);
    }

    /** With Pact's state-change endpoint. */
    public RecordOptions withStateUrl(URI url) {
        return new RecordOptions(baseUrl, Optional.of(url), credentials, redactPaths, timeout, attempts, backoff, maxResponseBytes, retries, maxRetryAfter);
    }

    /** With one more credential value. */
    public RecordOptions withCredential(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(credentials);
        all.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return new RecordOptions(baseUrl, stateUrl, all, redactPaths, timeout, attempts, backoff, maxResponseBytes, retries, maxRetryAfter);
    }

    /** With one more JSONPath to redact in response bodies. */
    public RecordOptions withRedact(String jsonPath) {
        List<String> all = new ArrayList<>(redactPaths);
        all.add(Objects.requireNonNull(jsonPath));
        return new RecordOptions(baseUrl, stateUrl, credentials, all, timeout, attempts, backoff, maxResponseBytes, retries, maxRetryAfter);
    }

    /** With another per-request timeout. */
    public RecordOptions withTimeout(Duration value) {
        return new RecordOptions(baseUrl, stateUrl, credentials, redactPaths, value, attempts, backoff, maxResponseBytes, retries, maxRetryAfter);
    }

    /** With another retry policy. */
    public RecordOptions withRetries(int attemptCount, Duration firstBackoff) {
        return new RecordOptions(baseUrl, stateUrl, credentials, redactPaths, timeout, attemptCount, firstBackoff, maxResponseBytes, retries, maxRetryAfter);
    }

    /** With another response body cap. */
    public RecordOptions withMaxResponseBytes(long value) {
        return new RecordOptions(baseUrl, stateUrl, credentials, redactPaths, timeout, attempts, backoff, value, retries, maxRetryAfter);
    }

    /** With another choice of the methods that are repeated. */
    public RecordOptions withRetries(Retries value) {
        return new RecordOptions(baseUrl, stateUrl, credentials, redactPaths, timeout, attempts, backoff, maxResponseBytes, value, maxRetryAfter);
    }

    /** With another cap on the {@code Retry-After} waited for. */
    public RecordOptions withMaxRetryAfter(Duration value) {
        return new RecordOptions(baseUrl, stateUrl, credentials, redactPaths, timeout, attempts, backoff, maxResponseBytes, retries, value);
    }

    /** The longest one interaction can take: every attempt timing out, plus the longest pauses between them. */
    public Duration worstCasePerInteraction() {
        Duration total = timeout.multipliedBy(attempts);
        for (int i = 0; i < attempts - 1; i++) {
            Duration pause = backoff.multipliedBy(1L << i);
            total = total.plus(pause.compareTo(maxRetryAfter) > 0 ? pause : maxRetryAfter);
        }
        return total;
    }
}
