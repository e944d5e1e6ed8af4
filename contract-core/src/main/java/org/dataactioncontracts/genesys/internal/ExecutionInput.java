package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.dataactioncontracts.genesys.Middleware;
import org.dataactioncontracts.genesys.Transport;

/** Everything one execution is given, frozen; {@code secretValues} are the values of secret inputs, masked in reports. */
public record ExecutionInput(
        JsonNode body,
        Map<String, String> credentials,
        Map<String, Object> authResponse,
        String orgId,
        String integrationId,
        Transport transport,
        Middleware middleware,
        boolean flatten,
        java.util.List<String> secretValues) {
    public ExecutionInput {
        credentials = Map.copyOf(credentials);
        secretValues = java.util.List.copyOf(secretValues);
        authResponse = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(authResponse));
    }

    /** An input without secret input values. */
    public ExecutionInput(JsonNode body, Map<String, String> credentials, Map<String, Object> authResponse, String orgId,
            String integrationId, Transport transport, Middleware middleware, boolean flatten) {
        this(body, credentials, authResponse, orgId, integrationId, transport, middleware, flatten, java.util.List.of());
    }
}
