package org.dataactioncontracts.reference.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An HTTP request as the APIs see it: decoded path segments and query parameters, lower-cased header names.
 *
 * @param method   upper-case HTTP method
 * @param rawPath  the path as sent (still percent-encoded), for messages
 * @param segments decoded path segments, without empty ones
 * @param query    decoded query parameters, first value of each
 * @param headers  header values by lower-case name, first value of each
 * @param body     the request body as UTF-8 text; empty when there is none
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

    /**
     * The body parsed as a JSON object.
     *
     * @throws IllegalArgumentException naming the problem when the body is empty, not JSON or not an object
     */
    public JsonNode jsonObjectBody() {
        if (body.isBlank()) {
            throw new IllegalArgumentException("the request body is empty; send a JSON object");
        }
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the request body is not JSON: " + e.getOriginalMessage());
        }
        if (!json.isObject()) {
            throw new IllegalArgumentException("the request body must be a JSON object, got " + json.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return json;
    }

    /** The body decoded as {@code application/x-www-form-urlencoded} fields, first value of each. */
    public Map<String, String> formBody() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(name, value);
        }
        return fields;
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
