package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps credential, auth-response and secret input values out of reports. Requests are rendered a second time with placeholders
 * for the report; anything else (a backend echoing a token, an error message) is scrubbed by value.
 */
final class Redactor {
    /** Shorter values would scrub ordinary text; real secrets are longer. */
    private static final int MIN_SECRET_LENGTH = 4;
    static final String MASK = "********";

    private final List<String> secrets = new ArrayList<>();

    Redactor(Map<String, String> credentials, Map<String, Object> authResponse, List<String> secretInputs) {
        credentials.values().forEach(this::addSecret);
        secretInputs.forEach(this::addSecret);
        authResponse.values().forEach(v -> addSecret(v == null ? null : String.valueOf(v)));
        // Longest first, so a secret that contains another is masked whole.
        secrets.sort(Comparator.comparingInt(String::length).reversed());
    }

    private void addSecret(String value) {
        if (value != null && value.length() >= MIN_SECRET_LENGTH) {
            secrets.add(value);
        }
    }

    boolean isEmpty() {
        return secrets.isEmpty();
    }

    /** Placeholder values that show which credential a template used, e.g. {@code <credentials.apiKey>}. */
    <V> Map<String, String> placeholders(Map<String, V> values, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        values.keySet().forEach(k -> out.put(k, "<" + prefix + "." + k + ">"));
        return out;
    }

    String text(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    JsonNode json(JsonNode node) {
        if (secrets.isEmpty() || node == null) {
            return node;
        }
        String original = node.toString();
        String cleaned = text(original);
        return cleaned.equals(original) ? node : CompiledAction.parseOrText(cleaned);
    }

    Map<String, String> texts(Map<String, String> values) {
        if (secrets.isEmpty()) {
            return values;
        }
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, text(v)));
        return out;
    }
}
