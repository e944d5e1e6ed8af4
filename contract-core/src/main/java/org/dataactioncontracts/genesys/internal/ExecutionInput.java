package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.dataactioncontracts.genesys.Middleware;
import org.dataactioncontracts.genesys.Transport;

/** Everything one execution is given, frozen. */
public record ExecutionInput(
        JsonNode body,
        Map<String, String> credentials,
        Map<String, Object> authResponse,
        String orgId,
        String integrationId,
        Transport transport,
        Middleware middleware,
        boolean flatten) {
    public ExecutionInput {
        credentials = Map.copyOf(credentials);
        authResponse = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(authResponse));
    }
}
