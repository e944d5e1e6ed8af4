package org.dataactioncontracts.reference.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parameters of one provider state, with typed access and error messages that name the state and the param.
 *
 * @param state  the state template, for messages
 * @param values param values; values taken from the state name arrive as JSON strings
 */
public record StateParams(String state, Map<String, JsonNode> values) {

    public StateParams {
        values = Map.copyOf(values);
    }

    /** A required string param. */
    public String string(String name) {
        return optionalString(name).orElseThrow(() -> problem("needs param '" + name + "'"));
    }

    /** An optional string param; numbers and booleans are accepted as their text. */
    public Optional<String> optionalString(String name) {
        return present(name).map(value -> {
            if (!value.isValueNode()) {
                throw problem("param '" + name + "' must be a string, got " + value);
            }
            return value.asText();
        });
    }

    /** An optional integer param, given as a JSON number or a string of digits. */
    public Optional<Integer> optionalInt(String name) {
        return present(name).map(value -> {
            if (value.canConvertToInt() && value.isIntegralNumber()) {
                return value.intValue();
            }
            if (value.isTextual() && value.asText().matches("-?\\d{1,9}")) {
                return Integer.parseInt(value.asText());
            }
            throw problem("param '" + name + "' must be an integer, got " + value);
        });
    }

    /** An optional boolean param, given as a JSON boolean or the string true/false. */
    public Optional<Boolean> optionalBoolean(String name) {
        return present(name).map(value -> {
            if (value.isBoolean()) {
                return value.booleanValue();
            }
            if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
                return Boolean.parseBoolean(value.asText());
            }
            throw problem("param '" + name + "' must be true or false, got " + value);
        });
    }

    /** An optional list of strings, given as a JSON array of strings or one comma-separated string. */
    public Optional<List<String>> optionalStrings(String name) {
        return present(name).map(value -> {
            if (value.isTextual()) {
                return Arrays.stream(value.asText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            }
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> {
                    if (!item.isTextual()) {
                        throw problem("param '" + name + "' must be an array of strings, got " + value);
                    }
                    items.add(item.asText());
                });
                return List.copyOf(items);
            }
            throw problem("param '" + name + "' must be an array of strings or a comma-separated string, got " + value);
        });
    }

    private Optional<JsonNode> present(String name) {
        JsonNode value = values.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private ProviderStateException problem(String what) {
        return new ProviderStateException("provider state '" + state + "' " + what);
    }
}
