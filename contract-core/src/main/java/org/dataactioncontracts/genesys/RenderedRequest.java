package org.dataactioncontracts.genesys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dataactioncontracts.action.HttpMethod;

/**
 * The HTTP request a Data Action renders for one input, before it is sent.
 *
 * @param method  the request type
 * @param url     the rendered {@code requestUrlTemplate}, verbatim (Genesys encodes nothing): a path or an absolute URL
 * @param headers rendered header values, in the action's order
 * @param body    the rendered request template; empty for GET, which sends no body
 */
public record RenderedRequest(HttpMethod method, String url, Map<String, String> headers, Optional<String> body) {
    public RenderedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = Objects.requireNonNullElse(body, Optional.empty());
    }

    /** Whether the URL is absolute ({@code http://} or {@code https://}) rather than relative to the integration's base. */
    public boolean isAbsolute() {
        return url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
    }

    /** The path part of the URL, without scheme, host or query. */
    public String path() {
        String rest = isAbsolute() ? url.substring(url.indexOf("//") + 2) : url;
        if (isAbsolute()) {
            int slash = rest.indexOf('/');
            rest = slash < 0 ? "/" : rest.substring(slash);
        }
        int cut = indexOfAny(rest, '?', '#');
        return cut < 0 ? rest : rest.substring(0, cut);
    }

    /** The raw query string (without {@code ?}), if any. */
    public Optional<String> query() {
        int q = url.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        int hash = url.indexOf('#', q);
        return Optional.of(hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash));
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
