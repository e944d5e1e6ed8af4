package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.text.internal.SecretMasker;

/**
 * Keeps credential, auth-response and secret input values out of reports, in every form {@link SecretMasker} knows.
 * Requests are rendered a second time with placeholders
 * for the report; anything else (a backend echoing a token, an error message) is scrubbed by value.
 */
final class Redactor {
    static final String MASK = "********";

    private final SecretMasker secrets;

    Redactor(Map<String, String> credentials, Map<String, Object> authResponse, List<String> secretInputs) {
        List<String> values = new ArrayList<>(credentials.values());
        values.addAll(secretInputs);
        authResponse.values().forEach(v -> values.add(v == null ? null : String.valueOf(v)));
        this.secrets = SecretMasker.of(values, MASK);
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
        return secrets.mask(text);
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
