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
 * @param timeout      per-request timeout (connect and answer)
 * @param attempts     attempts per interaction on a timeout, a connection failure, 429 or 5xx
 * @param backoff      the pause after the first failed attempt; doubled after each further one
 */
public record RecordOptions(
        URI baseUrl,
        Optional<URI> stateUrl,
        Map<String, String> credentials,
        List<String> redactPaths,
        Duration timeout,
        int attempts,
        Duration backoff) {

    /** Ten seconds per request. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Three attempts per interaction. */
    public static final int DEFAULT_ATTEMPTS = 3;
    /** 200 ms, then 400 ms. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(200);

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
    }

    /** Defaults for a base URL: no state URL, no credentials, no redacted paths, 10 s timeout, 3 attempts, 200 ms backoff. */
    public static RecordOptions of(URI baseUrl) {
        return new RecordOptions(baseUrl, Optional.empty(), Map.of(), List.of(), DEFAULT_TIMEOUT, DEFAULT_ATTEMPTS, DEFAULT_BACKOFF);
    }

    /** With Pact's state-change endpoint. */
    public RecordOptions withStateUrl(URI url) {
        return new RecordOptions(baseUrl, Optional.of(url), credentials, redactPaths, timeout, attempts, backoff);
    }

    /** With one more credential value. */
    public RecordOptions withCredential(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(credentials);
        all.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return new RecordOptions(baseUrl, stateUrl, all, redactPaths, timeout, attempts, backoff);
    }

    /** With one more JSONPath to redact in response bodies. */
    public RecordOptions withRedact(String jsonPath) {
        List<String> all = new ArrayList<>(redactPaths);
        all.add(Objects.requireNonNull(jsonPath));
        return new RecordOptions(baseUrl, stateUrl, credentials, all, timeout, attempts, backoff);
    }

    /** With another per-request timeout. */
    public RecordOptions withTimeout(Duration value) {
        return new RecordOptions(baseUrl, stateUrl, credentials, redactPaths, value, attempts, backoff);
    }

    /** With another retry policy. */
    public RecordOptions withRetries(int attemptCount, Duration firstBackoff) {
        return new RecordOptions(baseUrl, stateUrl, credentials, redactPaths, timeout, attemptCount, firstBackoff);
    }

    /** The longest one interaction can take: every attempt timing out, plus the pauses between them. */
    public Duration worstCasePerInteraction() {
        Duration total = timeout.multipliedBy(attempts);
        for (int i = 0; i < attempts - 1; i++) {
            total = total.plus(backoff.multipliedBy(1L << i));
        }
        return total;
    }
}
