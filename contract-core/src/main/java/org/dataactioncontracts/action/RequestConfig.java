package org.dataactioncontracts.action;

import java.util.Map;
import java.util.Objects;

/**
 * The request half of a Data Action's configuration ({@code config.request}).
 *
 * @param urlTemplate      {@code requestUrlTemplate}: Velocity; a path relative to the integration's base URL or an absolute URL
 * @param method           {@code requestType}
 * @param headers          header name to Velocity value template, in file order
 * @param requestTemplate  {@code requestTemplate} as written; {@value DataAction#DEFAULT_REQUEST_TEMPLATE} when absent
 */
public record RequestConfig(String urlTemplate, HttpMethod method, Map<String, String> headers, String requestTemplate) {
    public RequestConfig {
        Objects.requireNonNull(urlTemplate, "urlTemplate");
        Objects.requireNonNull(method, "method");
        headers = Collections2.orderedCopy(headers);
        Objects.requireNonNull(requestTemplate, "requestTemplate");
    }
}
