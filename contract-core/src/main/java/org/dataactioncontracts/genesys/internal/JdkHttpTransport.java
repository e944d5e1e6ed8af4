package org.dataactioncontracts.genesys.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.RenderedRequest;
import org.dataactioncontracts.genesys.Transport;

/** Sends rendered requests over real HTTP with the JDK client, re-based onto one base URL. */
public final class JdkHttpTransport implements Transport {
    /** Headers the JDK client manages itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;

    public JdkHttpTransport(URI baseUrl) {
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The URL a rendered request goes to: its path and query appended to the base. */
    public String target(RenderedRequest request) {
        String pathAndQuery = request.path() + request.query().map(q -> "?" + q).orElse("");
        return base + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery;
    }

    @Override
    public HttpResult send(RenderedRequest request, Duration timeout) throws IOException {
        String target = target(request);
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(target)).timeout(timeout);
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid URL " + target + ": " + e.getMessage(), e);
        }
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT)) && !name.isBlank()) {
                builder.header(name, value);
            }
        });
        HttpRequest.BodyPublisher publisher = request.body()
                .map(b -> HttpRequest.BodyPublishers.ofString(b, StandardCharsets.UTF_8))
                .orElse(HttpRequest.BodyPublishers.noBody());
        builder.method(request.method().name(), publisher);
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(response.statusCode(), response.headers().map(), response.body());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (ConnectException e) {
            throw new IOException("cannot connect to " + base + " (is the server running?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + target, e);
        }
    }
}
