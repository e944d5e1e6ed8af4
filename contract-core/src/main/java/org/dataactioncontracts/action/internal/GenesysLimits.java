package org.dataactioncontracts.action.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Limits Genesys documents, shared by the linter and the engine (docs/emulator-semantics.md, "Documented rules"). Not API. */
public final class GenesysLimits {
    /** "the depth of JSON objects is limited to 50 levels" (Request configuration; Add configuration to custom actions). */
    public static final int MAX_JSON_DEPTH = 50;
    /** "Do not use the reserved terms orgId, integrationId, and rawRequest" (Add contracts to custom actions). */
    public static final Set<String> RESERVED_INPUTS = Set.of("rawRequest", "orgId", "integrationId");

    private GenesysLimits() {
    }

    /** Every media range of an Accept value is JSON: application/json or an application/...+json type, parameters allowed. */
    public static boolean isJsonMediaType(String value) {
        for (String range : value.split(",", -1)) {
            String type = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!(type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json"))) {
                return false;
            }
        }
        return true;
    }

    /** Nesting depth of a JSON value: 0 for a scalar, 1 for a flat object or array. Iterative, so deep input cannot overflow the stack. */
    public static int depth(JsonNode root) {
        int max = 0;
        Deque<Map.Entry<JsonNode, Integer>> stack = new ArrayDeque<>();
        stack.push(Map.entry(root, 0));
        while (!stack.isEmpty()) {
            Map.Entry<JsonNode, Integer> top = stack.pop();
            if (top.getKey().isContainerNode()) {
                int level = top.getValue() + 1;
                max = Math.max(max, level);
                for (JsonNode child : top.getKey()) {
                    stack.push(Map.entry(child, level));
                }
            }
        }
        return max;
    }
}
