package org.dataactioncontracts.pact.internal;

import au.com.dius.pact.core.model.matchingrules.ArrayContainsMatcher;
import au.com.dius.pact.core.model.matchingrules.EqualsMatcher;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.MinTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.NumberTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kotlin.Triple;
import org.dataactioncontracts.pact.internal.Shape.ArrayShape;
import org.dataactioncontracts.pact.internal.Shape.LeafShape;
import org.dataactioncontracts.pact.internal.Shape.ObjectShape;

/**
 * Turns a shape into a Pact body: the example JSON and its matching rules. Types for values, a regex for enums,
 * equality for filter literals, minimum-one arrays for wildcards, and "array contains" for filters (some element
 * must match, not every one).
 */
final class PactBodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** An example body and the body matching rules that go with it. */
    record Body(JsonNode example, Map<String, MatchingRule> rules) {
        void addTo(MatchingRuleCategory category) {
            rules.forEach(category::addRule);
        }
    }

    private PactBodies() {
    }

    static Body build(Shape shape) {
        if (!(shape instanceof ObjectShape) && !(shape instanceof ArrayShape) && !(shape instanceof LeafShape l && l.type.equals("array"))) {
            throw new IllegalArgumentException("a response body must be a JSON object or array, not a single value");
        }
        Map<String, MatchingRule> rules = new LinkedHashMap<>();
        JsonNode example = walk(shape, "$", rules);
        return new Body(example, rules);
    }

    private static JsonNode walk(Shape shape, String path, Map<String, MatchingRule> rules) {
        if (shape instanceof ObjectShape o) {
            ObjectNode node = NODES.objectNode();
            o.fields.forEach((name, value) -> node.set(name, walk(value, child(path, name), rules)));
            return node;
        }
        if (shape instanceof ArrayShape a) {
            if (a.element instanceof ArrayShape) {
                throw new IllegalArgumentException("nested arrays at '" + path + "' cannot be expressed (Genesys output contracts do not support"
                        + " them either)");
            }
            ArrayNode array = NODES.arrayNode();
            if (a.contains) {
                // Some element must match the template; the others may be anything.
                Map<String, MatchingRule> variantRules = new LinkedHashMap<>();
                array.add(walk(a.element, "$", variantRules));
                MatchingRuleCategory variant = new MatchingRuleCategory("body");
                variantRules.forEach(variant::addRule);
                rules.put(path, new ArrayContainsMatcher(List.of(new Triple<>(0, variant, Map.of()))));
                return array;
            }
            rules.put(path, new MinTypeMatcher(1));
            JsonNode template = walk(a.element, path + "[*]", rules);
            if (!a.literalElements.isEmpty()) {
                a.literalElements.forEach(array::add);
            } else {
                for (int i = 0; i < a.examples; i++) {
                    array.add(template.deepCopy());
                }
            }
            return array;
        }
        LeafShape leaf = (LeafShape) shape;
        if (leaf.exact) {
            // Explicit, because a type matcher on an enclosing array would otherwise cascade to this value.
            rules.put(path, EqualsMatcher.INSTANCE);
            return leaf.example;
        }
        switch (leaf.type) {
            case "integer" -> rules.put(path, new NumberTypeMatcher(NumberTypeMatcher.NumberType.INTEGER));
            case "number" -> rules.put(path, new NumberTypeMatcher(NumberTypeMatcher.NumberType.NUMBER));
            case "null" -> {
                return NODES.nullNode();
            }
            case "string" -> rules.put(path, leaf.allowed.isEmpty() ? TypeMatcher.INSTANCE : new RegexMatcher(alternatives(leaf.allowed), leaf.example.asText()));
            default -> rules.put(path, TypeMatcher.INSTANCE);
        }
        return leaf.example;
    }

    /**
     * Matchers for the request body values that come from inputs: the flow passes different values at run time, so
     * the contract says "a string here", not "this string". JSON and form-encoded bodies; other bodies stay exact.
     */
    static Map<String, MatchingRule> inputRules(String body, String contentType, Map<String, Object> input) {
        Map<String, MatchingRule> rules = new LinkedHashMap<>();
        if (contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
                    String value = java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                    if (input.values().stream().anyMatch(v -> v != null && !value.isEmpty() && value.equals(String.valueOf(v)))) {
                        rules.put(child("$", name), TypeMatcher.INSTANCE);
                    }
                }
            }
            return rules;
        }
        JsonNode tree;
        try {
            tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return rules;
        }
        if (tree != null && tree.isContainerNode()) {
            collectInputValues(tree, "$", input, rules);
        }
        return rules;
    }

    private static void collectInputValues(JsonNode node, String path, Map<String, Object> input, Map<String, MatchingRule> rules) {
        if (node.isObject()) {
            node.properties().forEach(f -> collectInputValues(f.getValue(), child(path, f.getKey()), input, rules));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectInputValues(node.get(i), path + "[" + i + "]", input, rules);
            }
        } else {
            for (Object value : input.values()) {
                if (value != null && !String.valueOf(value).isEmpty() && sameValue(node, value)) {
                    rules.put(path, node.isIntegralNumber() ? new NumberTypeMatcher(NumberTypeMatcher.NumberType.INTEGER)
                            : node.isNumber() ? new NumberTypeMatcher(NumberTypeMatcher.NumberType.NUMBER) : TypeMatcher.INSTANCE);
                    return;
                }
            }
        }
    }

    private static boolean sameValue(JsonNode node, Object value) {
        if (node.isTextual()) {
            return value instanceof String s && s.equals(node.textValue());
        }
        if (node.isNumber()) {
            return value instanceof Number n && new java.math.BigDecimal(n.toString()).compareTo(node.decimalValue()) == 0;
        }
        return node.isBoolean() && value instanceof Boolean b && b == node.booleanValue();
    }

    private static String child(String path, String name) {
        return SIMPLE_NAME.matcher(name).matches() ? path + "." + name : path + "['" + name.replace("'", "\\\\'") + "']";
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
