package org.dataactioncontracts.recorded.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dataactioncontracts.http.internal.BoundedExchange;
import org.dataactioncontracts.recorded.RecordOptions;

/**
 * Sends one request with bounded, safe retries: a connection failure is retried for every method; a timeout, 429 or
 * 5xx only for idempotent methods (or every method when the user opted in), after the backoff or the server's
 * {@code Retry-After}, whichever is longer, as long as that is within the cap. Each attempt has one deadline for
 * connect, headers and body, and a body size cap; after the last attempt the vendor counts as unavailable.
 */
public final class Replayer {
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    /** RFC 9110 §9.2.2: repeating these has the effect of sending them once. */
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

    /** What one request came to. {@code unavailable} is empty when the API answered. */
    public record Answer(int status, Map<String, List<String>> headers, String body, int attempts, String unavailable,
                         List<String> notes) {
        public boolean answered() {
            return unavailable.isEmpty();
        }
    }

    private final HttpClient client;
    private final RecordOptions options;
    private final Sleeper sleeper;

    /** How the replayer pauses between attempts (tests measure the pauses without waiting them out). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    public Replayer(RecordOptions options) {
        this(options, pause -> Thread.sleep(pause.toMillis()));
    }

    Replayer(RecordOptions options, Sleeper sleeper) {
        this.options = options;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder().connectTimeout(options.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Sends a request, retrying as described above. */
    public Answer send(String method, URI uri, Map<String, List<String>> headers, String body) {
        List<String> notes = new ArrayList<>();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(options.timeout())
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach((name, values) -> {
            if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                notes.add("header '" + name + "' is set by the HTTP client, not from the pact");
                return;
            }
            for (String value : values) {
                try {
                    builder.header(name, value);
                } catch (IllegalArgumentException e) {
                    notes.add("header '" + name + "' cannot be sent by the JDK HTTP client and was left out");
                }
            }
        });
        HttpRequest request = builder.build();
        boolean repeatable = IDEMPOTENT.contains(method.toUpperCase(Locale.ROOT))
                || options.retries() == RecordOptions.Retries.EVERY_METHOD;
        int attempts = options.attempts();
        String reason = "";
        BoundedExchange.Response last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            String stop = "";
            try {
                BoundedExchange.Response response = BoundedExchange.send(client, request, options.timeout(), options.maxResponseBytes());
                if (!retried(response.status())) {
                    return new Answer(response.status(), new TreeMap<>(response.headers()), response.body(), attempt, "", notes);
                }
                last = response;
                reason = "HTTP " + response.status();
                retryAfter = retryAfter(response.headers());
                if (!repeatable) {
                    stop = unsafe(method);
                }
            } catch (BoundedExchange.NotConnected e) {
                reason = "cannot connect to " + uri.getHost() + ":" + port(uri);
            } catch (BoundedExchange.DeadlineExceeded e) {
                reason = e.getMessage();
                if (!repeatable) {
                    stop = unsafe(method);
                }
            } catch (BoundedExchange.TooLarge e) {
                return unavailable(null, attempt, e.getMessage(), notes);
            } catch (IOException e) {
                reason = "connection failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                if (!repeatable) {
                    stop = unsafe(method);
                }
            }
            if (attempt == attempts) {
                break;
            }
            Duration pause = options.backoff().multipliedBy(1L << (attempt - 1));
            if (retryAfter.isPresent() && stop.isEmpty()) {
                if (retryAfter.get().compareTo(options.maxRetryAfter()) > 0) {
                    stop = "the server asked to retry after " + BoundedExchange.seconds(retryAfter.get()) + ", more than the "
                            + BoundedExchange.seconds(options.maxRetryAfter()) + " cap (--max-retry-after)";
                } else if (retryAfter.get().compareTo(pause) > 0) {
                    pause = retryAfter.get();
                }
            }
            if (!stop.isEmpty()) {
                return unavailable(last, attempt, reason + " on attempt " + attempt + " of " + attempts + "; not retried: " + stop, notes);
            }
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return unavailable(last, attempt, "interrupted", notes);
            }
        }
        return unavailable(last, attempts, reason + " on each of " + attempts + " attempt" + (attempts == 1 ? "" : "s"), notes);
    }

    private static String unsafe(String method) {
        return method.toUpperCase(Locale.ROOT) + " is not idempotent and the request may have been processed"
                + " (--retry-non-idempotent repeats it anyway)";
    }

    private static Answer unavailable(BoundedExchange.Response last, int attempts, String why, List<String> notes) {
        return last == null
                ? new Answer(0, Map.of(), "", attempts, why, notes)
                : new Answer(last.status(), new TreeMap<>(last.headers()), last.body(), attempts, why, notes);
    }

    /** RFC 9110 §10.2.3: delay-seconds or an HTTP-date. */
    static Optional<Duration> retryAfter(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (!h.getKey().equalsIgnoreCase("Retry-After") || h.getValue().isEmpty()) {
                continue;
            }
            String value = h.getValue().get(0).strip();
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException e) {
                try {
                    Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                    return Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (DateTimeParseException ignored) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** One POST of Pact's state-change body, no retries; returns the problem, or empty when the provider accepted it. */
    public String stateChange(URI stateUrl, String json) {
        HttpRequest request = HttpRequest.newBuilder(stateUrl).timeout(options.timeout()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            int status = BoundedExchange.send(client, request, options.timeout(), options.maxResponseBytes()).status();
            return status / 100 == 2 ? "" : "HTTP " + status;
        } catch (BoundedExchange.DeadlineExceeded | BoundedExchange.TooLarge e) {
            return e.getMessage();
        } catch (IOException e) {
            return "cannot reach " + stateUrl.getHost() + ":" + port(stateUrl);
        }
    }

    private static boolean retried(int status) {
        return status == 429 || status >= 500;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
