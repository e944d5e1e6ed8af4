package org.dataactioncontracts.recorded.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Small JSONPath utilities over the notations in play: {@code $.a[0].b}, {@code $['a'][0]['b']}, {@code $.a.0.b}, {@code [*]}. */
final class JsonPaths {
    static final String ANY = "*";

    private JsonPaths() {
    }

    /** Tokens of a simple path: names as given, indexes as {@code #N}, wildcards as {@code *}. */
    static List<String> tokens(String path) {
        List<String> tokens = new ArrayList<>();
        int i = path.startsWith("$") ? 1 : 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                String name = path.substring(i + 1, end);
                tokens.add(name.equals("*") ? ANY : name.matches("\\d+") ? "#" + name : name);
                i = end;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    tokens.add(path.substring(i + 1));
                    break;
                }
                String inner = path.substring(i + 1, end).strip();
                if (inner.startsWith("'") && inner.endsWith("'") && inner.length() >= 2) {
                    tokens.add(inner.substring(1, inner.length() - 1));
                } else if (inner.equals("*")) {
                    tokens.add(ANY);
                } else {
                    tokens.add("#" + inner);
                }
                i = end + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                tokens.add(path.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }

    /** Whether a concrete path is matched by a rule path whose {@code *} tokens match any name or index. */
    static boolean matches(List<String> rule, List<String> concrete) {
        if (rule.size() != concrete.size()) {
            return false;
        }
        for (int i = 0; i < rule.size(); i++) {
            if (!rule.get(i).equals(ANY) && !rule.get(i).equals(concrete.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code prefix} is a prefix of (or equal to) {@code path}. */
    static boolean startsWith(List<String> path, List<String> prefix) {
        return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    /** The readable form: {@code $.results[0].customerId}. */
    static String text(List<String> tokens) {
        StringBuilder out = new StringBuilder("$");
        for (String t : tokens) {
            if (t.startsWith("#")) {
                out.append('[').append(t.substring(1)).append(']');
            } else if (t.equals(ANY)) {
                out.append("[*]");
            } else if (t.matches("[A-Za-z_$][A-Za-z0-9_$-]*")) {
                out.append('.').append(t);
            } else {
                out.append("['").append(t).append("']");
            }
        }
        return out.toString();
    }

    /** The path with every index replaced by {@code *}, so elements of one array share it. */
    static List<String> generalised(List<String> tokens) {
        return tokens.stream().map(t -> t.startsWith("#") ? ANY : t).toList();
    }

    /** Visits every node of a tree with its path tokens, the root first. */
    static void walk(JsonNode node, BiConsumer<List<String>, JsonNode> visitor) {
        walk(node, new ArrayList<>(), visitor);
    }

    private static void walk(JsonNode node, List<String> path, BiConsumer<List<String>, JsonNode> visitor) {
        visitor.accept(List.copyOf(path), node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                path.add(e.getKey());
                walk(e.getValue(), path, visitor);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add("#" + i);
                walk(node.get(i), path, visitor);
                path.remove(path.size() - 1);
            }
        }
    }

    /** A JSON node's type for messages: string, number, boolean, null, object or array. */
    static String type(JsonNode node) {
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isArray() ? "array" : node.isObject() ? "object" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
