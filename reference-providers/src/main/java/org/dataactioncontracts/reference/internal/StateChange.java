package org.dataactioncontracts.reference.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Pact provider-state change request: {@code {"state": "…", "params": {…}, "action": "setup"|"teardown"}}.
 *
 * @param state  the state name as the consumer wrote it
 * @param params parameters given by the consumer (may be empty)
 * @param action setup or teardown
 */
public record StateChange(String state, Map<String, JsonNode> params, Action action) {

    /**
     * Whether this change names no state: verifiers such as the Pact CLI (Rust) post one for an interaction without
     * provider states; the provider then just restores the seed data.
     */
    public boolean noState() {
        return state.isEmpty();
    }

    /** Pact's two state-change actions. */
    public enum Action { SETUP, TEARDOWN }

    public StateChange {
        params = Map.copyOf(params);
    }

    /**
     * Reads Pact's state-change body.
     *
     * @throws ProviderStateException when the body is not a state change
     */
    public static StateChange fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ProviderStateException("state change body must be a JSON object like "
                    + "{\"state\": \"...\", \"params\": {...}, \"action\": \"setup\"}");
        }
        JsonNode state = body.get("state");
        if (state != null && !state.isNull() && !state.isTextual()) {
            throw new ProviderStateException("\"state\" must be a string, got " + state);
        }
        JsonNode params = body.path("params");
        if (!params.isMissingNode() && !params.isNull() && !params.isObject()) {
            throw new ProviderStateException("\"params\" must be a JSON object, got " + params);
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        params.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue()));
        String name = state == null || state.isNull() ? "" : state.asText().trim();
        return new StateChange(name, values, action(body.path("action")));
    }

    private static Action action(JsonNode action) {
        // Pact-JVM always sends "action"; older clients omit it and mean setup.
        if (action.isMissingNode() || action.isNull()) {
            return Action.SETUP;
        }
        return switch (action.asText().toLowerCase(Locale.ROOT)) {
            case "setup" -> Action.SETUP;
            case "teardown" -> Action.TEARDOWN;
            default -> throw new ProviderStateException("\"action\" must be \"setup\" or \"teardown\", got " + action);
        };
    }
}
