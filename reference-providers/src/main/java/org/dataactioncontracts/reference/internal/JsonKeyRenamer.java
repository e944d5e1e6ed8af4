package org.dataactioncontracts.reference.internal;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The drift switch: renames JSON object keys at every depth, keeping field order.
 *
 * @param renames old key to new key
 */
public record JsonKeyRenamer(Map<String, String> renames) {

    public JsonKeyRenamer {
        renames = Map.copyOf(renames);
    }

    /** A renamed copy of {@code node}; the input is left untouched. */
    public JsonNode apply(JsonNode node) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node.isObject()) {
            ObjectNode renamed = Json.object();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                renamed.set(renames.getOrDefault(field.getKey(), field.getKey()), apply(field.getValue()));
            }
            return renamed;
        }
        if (node.isArray()) {
            ArrayNode renamed = Json.array();
            node.forEach(element -> renamed.add(apply(element)));
            return renamed;
        }
        return node;
    }
}
