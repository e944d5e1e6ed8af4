package org.dataactioncontracts.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one execution is given: the input Architect passes, the integration's credentials, the transport.
 * Filled in inside a lambda passed to {@link GenesysEmulator#execute}.
 *
 * <pre>{@code
 * ExecutionReport report = emulator.execute(action, run -> run
 *         .input("phoneNumber", "+3225551234")
 *         .credential("apiKey", apiKey)
 *         .transport(Transport.http(URI.create(mockServer.getUrl())))
 *         .flatten());
 * }</pre>
 */
public final class ExecutionSpec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ObjectNode input = JsonNodeFactory.instance.objectNode();
    private JsonNode rawInput;
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private final Map<String, Object> authResponse = new LinkedHashMap<>();
    private String orgId = "00000000-0000-0000-0000-000000000000";
    private String integrationId = "00000000-0000-0000-0000-000000000001";
    private Transport transport;
    private Middleware middleware;
    private boolean flatten;
    private final java.util.Set<String> secretInputs = new java.util.LinkedHashSet<>();

    ExecutionSpec() {
    }

    /** Adds one input value (a string, number, boolean or null), as Architect would pass it. */
    public ExecutionSpec input(String name, Object value) {
        input.set(name, MAPPER.valueToTree(value));
        rawInput = null;
        return this;
    }

    /** Sets the whole input: the execute body. Anything but a flat object fails step 1, as in Genesys. */
    public ExecutionSpec input(JsonNode body) {
        Objects.requireNonNull(body, "body");
        if (body.isObject()) {
            input = ((ObjectNode) body).deepCopy();
            rawInput = null;
        } else {
            rawInput = body;
        }
        return this;
    }

    /** Sets the whole input from a map of name to value. */
    public ExecutionSpec input(Map<String, ?> values) {
        input = MAPPER.valueToTree(values);
        rawInput = null;
        return this;
    }

    /**
     * Adds one input value that carries a secret, e.g. an API key a flow passes as an input: sent like any input, and
     * masked wherever the report would show it, like a credential.
     */
    public ExecutionSpec secretInput(String name, String value) {
        input(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        secretInputs.add(name);
        return this;
    }

    /** Adds one field of the integration's credentials ({@code ${credentials.name}}). */
    public ExecutionSpec credential(String name, String value) {
        credentials.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return this;
    }

    /** Adds fields of the integration's credentials. */
    public ExecutionSpec credentials(Map<String, String> values) {
        credentials.putAll(values);
        return this;
    }

    /** Sets the result of the integration's customAuth action ({@code ${authResponse.name}}). */
    public ExecutionSpec authResponse(Map<String, ?> values) {
        authResponse.clear();
        authResponse.putAll(values);
        return this;
    }

    /** Sets {@code ${input.orgId}}; a fixed placeholder id by default. */
    public ExecutionSpec orgId(String value) {
        orgId = Objects.requireNonNull(value);
        return this;
    }

    /** Sets {@code ${input.integrationId}}; a fixed placeholder id by default. */
    public ExecutionSpec integrationId(String value) {
        integrationId = Objects.requireNonNull(value);
        return this;
    }

    /** How step 8 reaches the backend. */
    public ExecutionSpec transport(Transport value) {
        transport = Objects.requireNonNull(value);
        return this;
    }

    /** Shorthand for a recorded response: no network. */
    public ExecutionSpec response(HttpResult value) {
        return transport(Transport.recorded(value));
    }

    /** Puts a middleware (e.g. a JSONata adapter) between the backend and Genesys: it reshapes the response before the translation map. */
    public ExecutionSpec middleware(Middleware value) {
        middleware = Objects.requireNonNull(value);
        return this;
    }

    /** Flattens the output as Architect does ("Flatten output" in the Test tab; {@code ?flatten=true}). */
    public ExecutionSpec flatten() {
        flatten = true;
        return this;
    }

    // Accessors for the engine; package-private so the public surface stays the fluent one.

    JsonNode inputBody() {
        return rawInput != null ? rawInput : input;
    }

    java.util.List<String> secretInputValues() {
        JsonNode body = inputBody();
        return secretInputs.stream().map(body::get).filter(v -> v != null && v.isTextual()).map(JsonNode::asText).toList();
    }

    Map<String, String> credentialValues() {
        return credentials;
    }

    Map<String, Object> authResponseValues() {
        return authResponse;
    }

    String orgIdValue() {
        return orgId;
    }

    String integrationIdValue() {
        return integrationId;
    }

    Transport transportValue() {
        return transport;
    }

    Middleware middlewareValue() {
        return middleware;
    }

    boolean flattenValue() {
        return flatten;
    }
}
