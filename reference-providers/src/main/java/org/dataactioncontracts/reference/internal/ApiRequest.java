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
 */
public record ApiRequest(String method, String rawPath, List<String> segments, Map<String, String> query,
                         Map<String, String> headers) {

    public ApiRequest {
        segments = List.copyOf(segments);
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
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
