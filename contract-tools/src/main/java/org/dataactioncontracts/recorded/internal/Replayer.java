package org.dataactioncontracts.recorded.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sends one request with bounded retries: a timeout, a connection failure, 429 or 5xx is retried up to the attempt
 * limit with exponential backoff; after the last attempt the vendor counts as unavailable.
 */
public final class Replayer {
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    /** What one request came to. {@code unavailable} is empty when the API answered. */
    public record Answer(int status, Map<String, List<String>> headers, String body, int attempts, String unavailable,
                         List<String> notes) {
        public boolean answered() {
            return unavailable.isEmpty();
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final int attempts;
    private final Duration backoff;

    public Replayer(Duration timeout, int attempts, Duration backoff) {
        this.timeout = timeout;
        this.attempts = attempts;
        this.backoff = backoff;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Sends a request, retrying as described above. */
    public Answer send(String method, URI uri, Map<String, List<String>> headers, String body) {
        List<String> notes = new ArrayList<>();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
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
        String reason = "";
        HttpResponse<String> last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (!retried(response.statusCode())) {
                    return new Answer(response.statusCode(), new TreeMap<>(response.headers().map()), response.body(), attempt, "", notes);
                }
                last = response;
                reason = "HTTP " + response.statusCode();
            } catch (HttpTimeoutException e) {
                reason = "no answer within " + seconds(timeout);
            } catch (ConnectException e) {
                reason = "cannot connect to " + uri.getHost() + ":" + port(uri);
            } catch (IOException e) {
                reason = "connection failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reason = "interrupted";
                break;
            }
            if (attempt < attempts) {
                sleep(backoff.multipliedBy(1L << (attempt - 1)));
            }
        }
        String unavailable = reason + " on each of " + attempts + " attempt" + (attempts == 1 ? "" : "s");
        return last == null
                ? new Answer(0, Map.of(), "", attempts, unavailable, notes)
                : new Answer(last.statusCode(), new TreeMap<>(last.headers().map()), last.body(), attempts, unavailable, notes);
    }

    /** One POST of Pact's state-change body, no retries; returns the problem, or empty when the provider accepted it. */
    public String stateChange(URI stateUrl, String json) {
        HttpRequest request = HttpRequest.newBuilder(stateUrl).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() / 100 == 2 ? "" : "HTTP " + response.statusCode();
        } catch (HttpTimeoutException e) {
            return "no answer within " + seconds(timeout);
        } catch (IOException e) {
            return "cannot reach " + stateUrl.getHost() + ":" + port(stateUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static boolean retried(int status) {
        return status == 429 || status >= 500;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
