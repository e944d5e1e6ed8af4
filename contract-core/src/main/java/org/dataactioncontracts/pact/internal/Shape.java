package org.dataactioncontracts.pact.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The minimum response a Data Action needs, before it becomes a Pact body with matchers. Mutable while derived. */
sealed interface Shape permits Shape.ObjectShape, Shape.ArrayShape, Shape.LeafShape {

    /** Merges another shape placed at the same spot; the more specific one wins. */
    Shape merge(Shape other);

    final class ObjectShape implements Shape {
        final Map<String, Shape> fields = new LinkedHashMap<>();

        @Override
        public Shape merge(Shape other) {
            if (other instanceof ObjectShape o) {
                o.fields.forEach((k, v) -> fields.merge(k, v, Shape::merge));
            }
            return this;
        }
    }

    /**
     * An array: {@code element} is the template its matchers come from. A filter path makes it "contains" (at least
     * one element must match the template); explicit examples keep every element of a given body.
     */
    final class ArrayShape implements Shape {
        Shape element;
        int examples;
        boolean contains;
        List<JsonNode> literalElements = List.of();

        ArrayShape(Shape element, int examples) {
            this.element = element;
            this.examples = Math.max(1, examples);
        }

        @Override
        public Shape merge(Shape other) {
            if (other instanceof ArrayShape a) {
                element = element == null ? a.element : a.element == null ? element : element.merge(a.element);
                examples = Math.max(examples, a.examples);
                contains = contains || a.contains;
            }
            return this;
        }
    }

    /** A value: its JSON type, allowed values, an example, and whether the exact value is required (a filter literal). */
    final class LeafShape implements Shape {
        final String type;
        final List<String> allowed;
        final JsonNode example;
        final boolean exact;
        /** A JSON Schema {@code pattern} the value must match (money as "12.50", ids), or null. */
        final String pattern;

        LeafShape(String type, List<String> allowed, JsonNode example, boolean exact) {
            this(type, allowed, example, exact, null);
        }

        LeafShape(String type, List<String> allowed, JsonNode example, boolean exact, String pattern) {
            this.type = type;
            this.allowed = List.copyOf(allowed);
            this.example = example;
            this.exact = exact;
            this.pattern = pattern;
        }

        @Override
        public Shape merge(Shape other) {
            if (other instanceof LeafShape l && l.exact && !exact) {
                return l;
            }
            return other instanceof LeafShape || other == null ? this : other;
        }
    }
}
