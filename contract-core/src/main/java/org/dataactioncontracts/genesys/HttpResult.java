package org.dataactioncontracts.genesys;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP response as the engine sees it: status, headers and the body text.
 *
 * @param status  HTTP status code
 * @param headers response headers (names as received)
 * @param body    the body text; empty for no body
 */
public record HttpResult(int status, Map<String, List<String>> headers, String body) {
    public HttpResult {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(body, "body");
    }

    /** A response with a JSON body and a {@code Content-Type: application/json} header. */
    public static HttpResult json(int status, String body) {
        return new HttpResult(status, Map.of("Content-Type", List.of("application/json")), body);
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
