package org.dataactioncontracts.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Instances shaped like a JSON Schema, for tests that run real contracts on plausible data. */
public final class SchemaSamples {
    private SchemaSamples() {
    }

    /** A value of the schema's type: every declared property, one array element, enum values first. */
    public static JsonNode sample(JsonNode schema) {
        JsonNode typeNode = schema.path("type");
        String type = typeNode.isArray() ? typeNode.path(0).asText() : typeNode.asText(schema.has("properties") ? "object" : "string");
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (type) {
            case "object" -> {
                ObjectNode o = f.objectNode();
                schema.path("properties").properties().forEach(p -> o.set(p.getKey(), sample(p.getValue())));
                yield o;
            }
            case "array" -> {
                JsonNode items = schema.path("items");
                yield f.arrayNode().add(sample(items.isArray() ? items.path(0) : items));
            }
            case "integer" -> f.numberNode(1);
            case "number" -> f.numberNode(1.5);
            case "boolean" -> f.booleanNode(true);
            case "null" -> f.nullNode();
            default -> schema.has("enum") ? schema.get("enum").get(0) : f.textNode("text");
        };
    }
}
