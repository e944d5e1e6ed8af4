package org.dataactioncontracts.reference.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the APIs see it: decoded path segments and query parameters, lower-cased header names.
 *
 * @param method   upper-case HTTP method
 * @param rawPath  the path as sent (still percent-encoded), for messages
 * @param segments decoded path segments, without empty ones
 * @param query    decoded query parameters, first value of each
 * @param headers  header values by lower-case name, first value of each
 * @param body     the request body as text; empty when there is none
 */
public record ApiRequest(String method, String rawPath, List<String> segments, Map<String, String> query,
                         Map<String, String> headers, String body) {

    public ApiRequest {
        segments = List.copyOf(segments);
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** A request without a body. */
    public ApiRequest(String method, String rawPath, List<String> segments, Map<String, String> query,
                      Map<String, String> headers) {
        this(method, rawPath, segments, query, headers, "");
    }

    /** The query parameter, if present. */
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** The header, if present (case-insensitive name). */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** True when the decoded path segments are exactly {@code expected}, where {@code "*"} matches any one segment. */
    public boolean pathMatches(String... expected) {
        if (expected.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (!expected[i].equals("*") && !expected[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }
}
