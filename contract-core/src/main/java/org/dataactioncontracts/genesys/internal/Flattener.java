package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Architect's flattening: nested keys dot-joined, arrays of primitives kept, arrays of objects turned into one
 * parallel array per leaf (elements lacking a leaf contribute {@code null}, so the arrays stay aligned).
 */
final class Flattener {
    private Flattener() {
    }

    static ObjectNode flatten(ObjectNode output) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        output.properties().forEach(f -> put(out, f.getKey(), f.getValue()));
        return out;
    }

    private static void put(ObjectNode out, String prefix, JsonNode value) {
        if (value.isObject()) {
            if (value.isEmpty()) {
                out.set(prefix, value);
            }
            value.properties().forEach(f -> put(out, prefix + "." + f.getKey(), f.getValue()));
        } else if (value.isArray() && containsObjects(value)) {
            Set<String> leaves = new LinkedHashSet<>();
            for (JsonNode element : value) {
                if (element.isObject()) {
                    flatten((ObjectNode) element).fieldNames().forEachRemaining(leaves::add);
                }
            }
            for (String leaf : leaves) {
                ArrayNode column = out.putArray(prefix + "." + leaf);
                for (JsonNode element : value) {
                    JsonNode cell = element.isObject() ? flatten((ObjectNode) element).get(leaf) : null;
                    column.add(cell == null ? JsonNodeFactory.instance.nullNode() : cell);
                }
            }
        } else {
            out.set(prefix, value);
        }
    }

    private static boolean containsObjects(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isObject()) {
                return true;
            }
        }
        return false;
    }
}
