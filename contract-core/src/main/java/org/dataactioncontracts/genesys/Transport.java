package org.dataactioncontracts.genesys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.dataactioncontracts.genesys.internal.JdkHttpTransport;
import org.dataactioncontracts.http.internal.BoundedExchange;

/**
 * How step 8 ("Execute") reaches the backend: over real HTTP, or from a recorded response.
 */
@FunctionalInterface
public interface Transport {
    /** The response body cap of {@link #http(URI)}: 5 MiB. */
    long DEFAULT_MAX_RESPONSE_BYTES = BoundedExchange.DEFAULT_MAX_BYTES;

    /**
     * Sends a rendered request.
     *
     * @param request the request exactly as the Data Action rendered it
     * @param timeout the action's execution timeout: it bounds the whole exchange, connect, headers and body
     * @return the response
     * @throws HttpTimeoutException when the backend does not answer completely within {@code timeout} (Architect's
     *                              Timeout exit)
     * @throws IOException          when the backend cannot be reached
     */
    HttpResult send(RenderedRequest request, Duration timeout) throws IOException;

    /** A transport that answers every request with the same recorded response, without any network. */
    static Transport recorded(HttpResult response) {
        return (request, timeout) -> response;
    }

    /**
     * A transport that sends requests over real HTTP to {@code baseUrl}: relative Genesys paths are appended to it,
     * absolute URLs are re-based onto it (their path and query kept), so a mock server or a test backend can stand
     * in for any integration.
     */
    static Transport http(URI baseUrl) {
        return http(baseUrl, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /**
     * Like {@link #http(URI)}, with another cap on the response body: a longer body ends the exchange with an
     * {@link IOException} once that many bytes have arrived (the Failure path), never read whole into memory.
     */
    static Transport http(URI baseUrl, long maxResponseBytes) {
        return new JdkHttpTransport(baseUrl, maxResponseBytes)::send;
    }
}
