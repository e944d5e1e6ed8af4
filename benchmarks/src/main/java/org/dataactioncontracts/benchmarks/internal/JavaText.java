package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Java source text for generated tests: literals for the values the generator uses. */
final class JavaText {
    private JavaText() {
    }

    /** {@code package ...;}, AssertJ's {@code assertThat} (every generated test asserts with it), then the imports in order. */
    static String header(String javaPackage, List<String> imports) {
        StringBuilder out = new StringBuilder("package ").append(javaPackage).append(";\n\n")
                .append("import static org.assertj.core.api.Assertions.assertThat;\n\n");
        imports.stream().sorted().forEach(i -> out.append("import ").append(i).append(";\n"));
        return out.append('\n').toString();
    }

    /** A Java string literal; non-ASCII as {@code \\uXXXX} so the sources compile under any encoding. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** A literal for a String, Integer, Boolean, JSON scalar or List of them. */
    static String value(Object value) {
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof JsonNode node && node.isValueNode()) {
            return node.isTextual() ? string(node.textValue()) : node.asText();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JavaText::value).collect(Collectors.joining(", ", "List.of(", ")"));
        }
        throw new IllegalArgumentException("no Java literal for " + value.getClass().getName() + ": " + value);
    }

    /** {@code Map.of("k", v, ...)} (up to ten entries, all the generator needs). */
    static String map(Map<String, ?> values) {
        if (values.size() > 10) {
            throw new IllegalArgumentException("Map.of takes at most 10 entries, got " + values.size());
        }
        return values.entrySet().stream().map(e -> string(e.getKey()) + ", " + value(e.getValue()))
                .collect(Collectors.joining(", ", "Map.of(", ")"));
    }

    /** The identifier with its first letter in upper case: {@code address} becomes {@code Address}. */
    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
