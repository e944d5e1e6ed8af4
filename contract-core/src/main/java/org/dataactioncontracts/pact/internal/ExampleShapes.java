package org.dataactioncontracts.pact.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dataactioncontracts.pact.internal.Shape.ArrayShape;
import org.dataactioncontracts.pact.internal.Shape.LeafShape;
import org.dataactioncontracts.pact.internal.Shape.ObjectShape;

/** A shape from an example body: every value matched by type, arrays by their first element. */
final class ExampleShapes {
    private ExampleShapes() {
    }

    static Shape fromExample(JsonNode node) {
        if (node.isObject()) {
            ObjectShape o = new ObjectShape();
            node.properties().forEach(f -> o.fields.put(f.getKey(), fromExample(f.getValue())));
            return o;
        }
        if (node.isArray()) {
            // An empty array is the point of the example ("no results"): it is kept exactly, not matched by type.
            if (node.isEmpty()) {
                return new LeafShape("array", List.of(), node, true);
            }
            ArrayShape array = new ArrayShape(fromExample(node.get(0)), node.size());
            List<JsonNode> elements = new java.util.ArrayList<>();
            node.forEach(elements::add);
            array.literalElements = elements;
            return array;
        }
        String type = node.isTextual() ? "string" : node.isIntegralNumber() ? "integer" : node.isNumber() ? "number"
                : node.isBoolean() ? "boolean" : "null";
        return new LeafShape(type, List.of(), node, false);
    }
}
