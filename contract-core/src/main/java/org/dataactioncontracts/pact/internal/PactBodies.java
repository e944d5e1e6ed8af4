package org.dataactioncontracts.pact.internal;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.dataactioncontracts.pact.internal.Shape.ArrayShape;
import org.dataactioncontracts.pact.internal.Shape.LeafShape;
import org.dataactioncontracts.pact.internal.Shape.ObjectShape;

/**
 * Turns a derived shape into a Pact body with matchers: types for values, a regex for enums, equality for filter
 * literals, minimum-one arrays for wildcards and filters.
 */
final class PactBodies {
    private PactBodies() {
    }

    static DslPart toDsl(Shape shape) {
        if (shape instanceof ObjectShape o) {
            PactDslJsonBody body = new PactDslJsonBody();
            fill(body, o);
            return body;
        }
        if (shape instanceof ArrayShape a) {
            if (a.element instanceof ObjectShape element) {
                PactDslJsonBody item = PactDslJsonArray.arrayMinLike(1, a.examples);
                fill(item, element);
                return item.closeObject();
            }
            if (a.element instanceof LeafShape leaf) {
                return PactDslJsonArray.arrayMinLike(1, a.examples, rootValue(leaf));
            }
            throw new IllegalArgumentException("nested arrays cannot be expressed (Genesys output contracts do not support them either)");
        }
        if (shape instanceof LeafShape leaf && leaf.type.equals("array")) {
            return new PactDslJsonArray();
        }
        throw new IllegalArgumentException("a response body must be a JSON object or array, not a single value");
    }

    private static void fill(PactDslJsonBody body, ObjectShape shape) {
        shape.fields.forEach((name, value) -> {
            if (value instanceof ObjectShape o) {
                PactDslJsonBody child = body.object(name);
                fill(child, o);
                child.closeObject();
            } else if (value instanceof ArrayShape a) {
                if (a.element instanceof ObjectShape element) {
                    PactDslJsonBody item = body.minArrayLike(name, 1, a.examples);
                    fill(item, element);
                    item.closeObject().closeArray();
                } else if (a.element instanceof LeafShape leaf) {
                    body.minArrayLike(name, 1, rootValue(leaf), a.examples);
                } else {
                    throw new IllegalArgumentException("nested arrays at '" + name + "' cannot be expressed");
                }
            } else {
                leaf(body, name, (LeafShape) value);
            }
        });
    }

    private static void leaf(PactDslJsonBody body, String name, LeafShape leaf) {
        JsonNode example = leaf.example;
        if (leaf.type.equals("array")) {
            body.array(name).closeArray();
            return;
        }
        if (leaf.exact) {
            body.equalTo(name, example.isTextual() ? example.textValue() : example.isBoolean() ? example.booleanValue() : example.numberValue());
            return;
        }
        switch (leaf.type) {
            case "integer" -> body.integerType(name, example.canConvertToLong() ? example.longValue() : 1L);
            case "number" -> body.numberType(name, example.isNumber() ? example.numberValue() : 1.5);
            case "boolean" -> body.booleanType(name, example.isBoolean() ? example.booleanValue() : Boolean.TRUE);
            case "null" -> body.nullValue(name);
            default -> {
                if (!leaf.allowed.isEmpty()) {
                    body.stringMatcher(name, alternatives(leaf.allowed), example.asText());
                } else {
                    body.stringType(name, example.asText());
                }
            }
        }
    }

    private static PactDslJsonRootValue rootValue(LeafShape leaf) {
        JsonNode example = leaf.example;
        return switch (leaf.type) {
            case "integer" -> PactDslJsonRootValue.integerType(example.canConvertToLong() ? example.longValue() : 1L);
            case "number" -> PactDslJsonRootValue.numberType(example.isNumber() ? example.numberValue() : 1.5);
            case "boolean" -> PactDslJsonRootValue.booleanType(example.isBoolean() ? example.booleanValue() : Boolean.TRUE);
            default -> leaf.allowed.isEmpty() ? PactDslJsonRootValue.stringType(example.asText())
                    : PactDslJsonRootValue.stringMatcher(alternatives(leaf.allowed), example.asText());
        };
    }

    /** A regex accepting exactly the listed values; portable to the Rust verifier (no \Q...\E). */
    static String alternatives(List<String> values) {
        return values.stream().map(PactBodies::escape).collect(Collectors.joining("|", "^(", ")$"));
    }

    static String escape(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 8);
        for (char c : literal.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
