package org.dataactioncontracts.genesys.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.RenderedRequest;
import org.dataactioncontracts.http.internal.BoundedExchange;
import org.dataactioncontracts.text.internal.UrlText;

/**
 * Sends rendered requests over real HTTP with the JDK client, re-based onto one base URL. The action's timeout bounds
 * the whole exchange, body included, and the body is capped while it arrives. {@code Transport.http} hands out its
 * {@link #send} method, so this class does not depend on the interface.
 */
public final class JdkHttpTransport {
    /** Headers the JDK client manages itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;
    private final long maxResponseBytes;

    public JdkHttpTransport(URI baseUrl, long maxResponseBytes) {
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("the response size cap must be positive, got " + maxResponseBytes);
        }
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** The URL a rendered request goes to: its path and query appended to the base. */
    public String target(RenderedRequest request) {
        String pathAndQuery = request.path() + request.query().map(q -> "?" + q).orElse("");
        return base + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery;
    }

    /** Sends the request; see {@code Transport#send}. */
    public HttpResult send(RenderedRequest request, Duration timeout) throws IOException {
        String target = target(request);
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(target)).timeout(timeout);
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid URL " + UrlText.withoutUserInfo(target) + ": " + e.getMessage(), e);
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
            BoundedExchange.Response response = BoundedExchange.send(CLIENT, builder.build(), timeout, maxResponseBytes);
            return new HttpResult(response.status(), response.headers(), response.body());
        } catch (BoundedExchange.NotConnected e) {
            throw new IOException("cannot connect to " + UrlText.withoutUserInfo(base) + " (is the server running?)", e);
        }
    }
}
