package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One interaction of a generated Data Action, with everything both suites need to declare and test it: the bridge
 * suite states input, provider state and examples (the bridge renders the request and derives the response); the
 * plain pact-jvm suite spells out the request and the response body with matchers.
 *
 * @param testName       the Java method name of the test
 * @param scenario       the bridge's scenario; the pact description is {@code "<Data Action name>: <scenario>"}
 * @param stateParams    the provider state's parameters; the synthetic provider keys records by their one value
 * @param request        the request the Data Action sends, as the plain suite declares it
 * @param response       the response body, as the plain suite declares it and the provider serves it
 * @param bridge         how the bridge suite declares the response
 * @param expectedOutput what Architect receives on the Success path; null when the interaction takes the Failure path
 * @param checks         the response fields the plain suite asserts, by JSON pointer
 */
public record Interaction(
        String testName,
        String scenario,
        String state,
        Map<String, Object> stateParams,
        Map<String, Object> input,
        Request request,
        int status,
        BodySpec.Obj response,
        BridgeResponse bridge,
        JsonNode expectedOutput,
        Map<String, Object> checks) {

    public Interaction {
        stateParams = ordered(stateParams);
        input = ordered(input);
        checks = ordered(checks);
    }

    /** The value the synthetic provider keys this interaction's record by (an id, a search query). */
    public String recordKey() {
        return String.valueOf(stateParams.values().iterator().next());
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The HTTP request: path and query exactly as the Data Action renders them, literal headers, the credential header
     * (matched by a regex, its example redacted) and an optional JSON body.
     */
    public record Request(String method, String path, Map<String, String> query, Map<String, String> headers, Credential credential,
            BodySpec.Obj body) {
        public Request {
            query = ordered(query);
            headers = ordered(headers);
        }

        /** Path and query as sent, e.g. {@code /api/v1/orders/search?q=Ada+Lovelace&limit=10}. */
        public String pathAndQuery() {
            if (query.isEmpty()) {
                return path;
            }
            StringJoiner out = new StringJoiner("&", path + "?", "");
            query.forEach((name, value) -> out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return out.toString();
        }
    }

    /** A credential field of the integration and the header that carries it. */
    public record Credential(String field, String header, String prefix, String testValue) {
        /** The header value template, e.g. {@code Bearer ${credentials.token}}. */
        public String template() {
            return prefix + "${credentials." + field + "}";
        }

        /** The regex the contract holds the header to: the literal prefix, then anything. */
        public String regex() {
            return prefix + ".+";
        }

        /** The example the pact shows instead of the test value (the bridge's redaction). */
        public String redactedExample() {
            return prefix + "REDACTED-" + field;
        }
    }

    /** How the bridge suite declares the response. */
    public sealed interface BridgeResponse permits Derived, Given {
    }

    /** Derived by the bridge from the translation; {@code examples} by translation key. */
    public record Derived(Map<String, Object> examples) implements BridgeResponse {
        public Derived {
            examples = ordered(examples);
        }
    }

    /** Given as JSON; {@code waiver} (or null) is the reason no field of it is pinned. */
    public record Given(String json, String waiver) implements BridgeResponse {
    }
}
