package org.dataactioncontracts.pact.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/** A JSONPath of a translation map, split into the segments a response must contain for it to resolve. */
final class PathSegments {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    sealed interface Segment permits Property, DeepScan, Index, Wildcard, Filter, Length {
    }

    record Property(String name) implements Segment {
    }

    /** {@code ..name}: placed as a direct child, the simplest document in which the scan finds it. */
    record DeepScan(String name) implements Segment {
    }

    record Index(int index) implements Segment {
    }

    /** {@code [*]}, {@code .*} and slices. */
    record Wildcard() implements Segment {
    }

    /** {@code [?(...)]}: each condition is a relative path and the literal the element must carry there. */
    record Filter(List<Condition> conditions) implements Segment {
    }

    record Length() implements Segment {
    }

    record Condition(List<String> path, JsonNode literal) {
    }

    private PathSegments() {
    }

    /** Whether the path yields an array (Jayway's indefinite paths). */
    static boolean indefinite(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s instanceof Wildcard || s instanceof Filter || s instanceof DeepScan);
    }

    /**
     * Parses a translation-map path.
     *
     * @throws IllegalArgumentException naming what cannot be derived
     */
    static List<Segment> parse(String path) {
        String p = path.strip();
        List<Segment> out = new ArrayList<>();
        int i;
        if (p.startsWith("$")) {
            i = 1;
        } else if (p.startsWith(".") && !p.startsWith("..")) {
            // Jayway reads ".total" as the deep scan "$..total".
            return parse("$.." + p.substring(1));
        } else {
            p = "$." + p;
            i = 1;
        }
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '.' && i + 1 < p.length() && p.charAt(i + 1) == '.') {
                int end = nameEnd(p, i + 2);
                out.add(new DeepScan(p.substring(i + 2, end)));
                i = end;
            } else if (c == '.') {
                if (p.startsWith(".*", i)) {
                    out.add(new Wildcard());
                    i += 2;
                } else if (p.startsWith(".length()", i)) {
                    out.add(new Length());
                    i += ".length()".length();
                } else {
                    int end = nameEnd(p, i + 1);
                    if (end < p.length() && p.charAt(end) == '(') {
                        throw new IllegalArgumentException("the function " + p.substring(i + 1, end) + "() is not supported");
                    }
                    out.add(new Property(p.substring(i + 1, end)));
                    i = end;
                }
            } else if (c == '[') {
                int close = bracketEnd(p, i);
                String inside = p.substring(i + 1, close).strip();
                out.add(bracket(inside));
                i = close + 1;
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at position " + i);
            }
        }
        return out;
    }

    private static Segment bracket(String inside) {
        if (inside.equals("*")) {
            return new Wildcard();
        }
        if (inside.startsWith("'") || inside.startsWith("\"")) {
            return new Property(inside.substring(1, inside.indexOf(inside.charAt(0), 1)));
        }
        if (inside.startsWith("?")) {
            String expression = inside.substring(1).strip();
            if (expression.startsWith("(") && expression.endsWith(")")) {
                expression = expression.substring(1, expression.length() - 1);
            }
            return new Filter(conditions(expression));
        }
        if (inside.contains(":") || inside.contains(",")) {
            return new Wildcard();
        }
        int index = Integer.parseInt(inside);
        return new Index(index < 0 ? 0 : index);
    }

    /** Conditions the element must satisfy; of an {@code ||} the first alternative suffices. */
    private static List<Condition> conditions(String expression) {
        String first = expression.split("\\|\\|")[0];
        List<Condition> out = new ArrayList<>();
        for (String part : first.split("&&")) {
            String term = part.strip();
            while (term.startsWith("(") && term.endsWith(")")) {
                term = term.substring(1, term.length() - 1).strip();
            }
            int eq = term.indexOf("==");
            if (eq < 0) {
                if (term.startsWith("@.") && term.substring(2).matches("[\\w.]+")) {
                    out.add(new Condition(List.of(term.substring(2).split("\\.")), TextNode.valueOf("present")));
                    continue;
                }
                throw new IllegalArgumentException("the filter condition '" + term + "' is not an equality");
            }
            String left = term.substring(0, eq).strip();
            String right = term.substring(eq + 2).strip();
            if (right.startsWith("=")) {
                right = right.substring(1).strip();
            }
            if (left.startsWith("@.")) {
                out.add(new Condition(List.of(left.substring(2).split("\\.")), literal(right)));
            } else if (right.startsWith("@.")) {
                out.add(new Condition(List.of(right.substring(2).split("\\.")), literal(left)));
            } else {
                throw new IllegalArgumentException("the filter condition '" + term + "' compares no element field");
            }
        }
        return out;
    }

    private static JsonNode literal(String text) {
        if (text.startsWith("'") && text.endsWith("'") && text.length() >= 2) {
            return TextNode.valueOf(text.substring(1, text.length() - 1));
        }
        if (text.equals("true") || text.equals("false")) {
            return BooleanNode.valueOf(Boolean.parseBoolean(text));
        }
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("the filter literal " + text + " is not understood");
        }
    }

    private static int nameEnd(String p, int from) {
        int i = from;
        while (i < p.length() && p.charAt(i) != '.' && p.charAt(i) != '[' && p.charAt(i) != '(') {
            i++;
        }
        if (i == from) {
            throw new IllegalArgumentException("a property name is missing at position " + from);
        }
        return i;
    }

    private static int bracketEnd(String p, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < p.length(); i++) {
            char c = p.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
                if (depth == 0 && c == ']') {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("an unclosed '[' at position " + open);
    }
}
