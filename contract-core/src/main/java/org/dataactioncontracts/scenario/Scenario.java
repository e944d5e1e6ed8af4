package org.dataactioncontracts.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataactioncontracts.genesys.Outcome;

/**
 * One scenario of a scenario file: one interaction of a Data Action with its provider, and what the flow must get.
 * Every component mirrors a call of the Java DSL ({@link org.dataactioncontracts.pact.InteractionSpec}); the README's
 * "Scenario file reference" documents the keys.
 *
 * @param pointer      the scenario's YAML pointer in its file, e.g. {@code /scenarios/2}, for messages
 * @param name         {@code name}: the interaction description is {@code "<Data Action name>: <name>"}
 * @param given        {@code given}: the provider state, {@code {param}} placeholders allowed
 * @param params       {@code params}: the provider state's parameters
 * @param input        {@code input}: the Data Action's input, as Architect passes it
 * @param credentials  {@code credentials}: credential test values (placeholders in the pact, never the value)
 * @param secrets      {@code secrets}: inputs that carry a secret (an API key the flow passes as an input), with their
 *                     test values: placeholders under a regex matcher in the pact, masked in reports
 * @param authResponse {@code authResponse}: the customAuth response for the run (treated like credentials)
 * @param examples     {@code examples}: example values of a derived response, by translation key or output name
 * @param without      {@code without}: translation keys left out of the derived response
 * @param waivePins    {@code waivePins}: translation key to the reason it is not pinned; {@code "*"} for all
 * @param middleware   {@code middleware}: a JSONata file, relative to the scenario file, run on the response
 * @param flatten      {@code flatten}: the output flattened as Architect does
 * @param response     {@code response}: absent when the response is derived from the translation
 * @param expect       {@code expect}: what the flow must get
 */
public record Scenario(
        String pointer,
        String name,
        Optional<String> given,
        Map<String, Object> params,
        Map<String, Object> input,
        Map<String, String> credentials,
        Map<String, String> secrets,
        Map<String, Object> authResponse,
        Map<String, Object> examples,
        List<String> without,
        Map<String, String> waivePins,
        Optional<String> middleware,
        boolean flatten,
        Optional<Response> response,
        Expect expect) {

    public Scenario {
        params = Map.copyOf(params);
        input = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(input));
        credentials = Map.copyOf(credentials);
        secrets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secrets));
        authResponse = Map.copyOf(authResponse);
        examples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(examples));
        without = List.copyOf(without);
        waivePins = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(waivePins));
    }

    /**
     * The provider's response ({@code response}).
     *
     * @param status        {@code status}: 200 when not given
     * @param headers       {@code headers}: response headers
     * @param body          {@code body}: example body; every value matched by type unless {@code matchingRules} is given
     * @param matchingRules {@code matchingRules}: Pact V4 body matchers by path, replacing the by-type default
     */
    public record Response(int status, Map<String, String> headers, Optional<JsonNode> body, Optional<JsonNode> matchingRules) {
        public Response {
            headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
        }
    }

    /**
     * What the flow must get ({@code expect}).
     *
     * @param outcome   {@code outcome}: SUCCESS, FAILURE or TIMEOUT
     * @param output    {@code output}: the exact output Architect receives
     * @param error     {@code error}: fields of the error body on the Failure path
     * @param defaulted {@code defaulted}: the output keys the flow gets from translationMapDefaults
     * @param request   {@code request}: parts of the request the Data Action sent
     */
    public record Expect(Outcome outcome, Optional<JsonNode> output, Optional<ExpectedError> error, Optional<List<String>> defaulted,
                         Optional<ExpectedRequest> request) {
    }

    /** The fields of the Genesys error body that must match ({@code expect.error}); absent ones are not checked. */
    public record ExpectedError(Optional<Integer> status, Optional<String> code, Optional<String> message,
                                Optional<String> messageContains, Optional<List<String>> errorCodes) {
    }

    /** The parts of the sent request that must match ({@code expect.request}); absent ones are not checked. */
    public record ExpectedRequest(Optional<String> method, Optional<String> query, Optional<JsonNode> body, Map<String, String> headers) {
    }
}
