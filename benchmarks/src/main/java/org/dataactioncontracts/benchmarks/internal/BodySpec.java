package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON body as the plain pact-jvm suite declares it: example values and the matcher protecting each one. The bridge
 * suite derives the same body from the Data Action; the synthetic provider serves its example.
 */
public sealed interface BodySpec permits BodySpec.Obj, BodySpec.Value, BodySpec.EachLike, BodySpec.Containing, BodySpec.EmptyArray {
    JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The example JSON. */
    JsonNode json();

    /** JSON scalar types the generated schemas use. */
    enum ValueType { STRING, INTEGER, BOOLEAN }

    /** How a value is matched: by type, by a regex (enums), or literally (filter literals, constant request members). */
    enum Match { TYPE, REGEX, LITERAL }

    /** A JSON object; fields keep their declaration order. */
    record Obj(Map<String, BodySpec> fields) implements BodySpec {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public ObjectNode json() {
            ObjectNode node = NODES.objectNode();
            fields.forEach((name, value) -> node.set(name, value.json()));
            return node;
        }
    }

    /** A scalar; {@code regex} only with {@link Match#REGEX}. */
    record Value(ValueType type, Object example, Match match, String regex) implements BodySpec {
        public Value {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(example, "example");
            Objects.requireNonNull(match, "match");
            if ((match == Match.REGEX) != (regex != null)) {
                throw new IllegalArgumentException("a regex goes with Match.REGEX and only with it");
            }
        }

        @Override
        public JsonNode json() {
            return switch (type) {
                case STRING -> NODES.textNode((String) example);
                case INTEGER -> NODES.numberNode((Integer) example);
                case BOOLEAN -> NODES.booleanNode((Boolean) example);
            };
        }
    }

    /** An array of at least one element like {@code element}: a translation reading {@code [*]} or {@code [0]}. */
    record EachLike(Obj element) implements BodySpec {
        @Override
        public ArrayNode json() {
            return NODES.arrayNode().add(element.json());
        }
    }

    /** An array in which some element matches {@code variant}: a translation reading through a filter. */
    record Containing(Obj variant) implements BodySpec {
        @Override
        public ArrayNode json() {
            return NODES.arrayNode().add(variant.json());
        }
    }

    /** An empty array, exactly: "nothing found". */
    record EmptyArray() implements BodySpec {
        @Override
        public ArrayNode json() {
            return NODES.arrayNode();
        }
    }

    static Value string(String example) {
        return new Value(ValueType.STRING, example, Match.TYPE, null);
    }

    static Value integer(int example) {
        return new Value(ValueType.INTEGER, example, Match.TYPE, null);
    }

    static Value bool(boolean example) {
        return new Value(ValueType.BOOLEAN, example, Match.TYPE, null);
    }

    static Value literal(String example) {
        return new Value(ValueType.STRING, example, Match.LITERAL, null);
    }

    static Value oneOf(String example, Iterable<String> allowed) {
        return new Value(ValueType.STRING, example, Match.REGEX, "^(" + String.join("|", allowed) + ")$");
    }
}
