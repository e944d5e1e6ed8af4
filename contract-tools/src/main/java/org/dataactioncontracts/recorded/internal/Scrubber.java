package org.dataactioncontracts.recorded.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dataactioncontracts.text.internal.SecretMasker;

/**
 * Removes secrets and personal data before anything is written: credential values wherever they appear (in every
 * form {@link SecretMasker} knows), credential-like headers, and configured JSONPaths of response bodies.
 */
public final class Scrubber {
    /** What replaces a redacted value. */
    public static final String REDACTED = "[REDACTED]";
    private static final Pattern CREDENTIAL_HEADER = Pattern.compile(
            "(?i)(proxy-)?authorization|(set-)?cookie|.*(api[-_]?key|token|secret|password|passwd|session|signature|credential).*");
    private static final Configuration PATHS = Configuration.builder().jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider()).options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS).build();
    private static final Configuration VALUES = Configuration.builder().jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider()).build();

    private final SecretMasker secrets;
    private final List<JsonPath> redactPaths;

    /**
     * @throws IllegalArgumentException naming a redact path that is not a JSONPath
     */
    public Scrubber(Iterable<String> secrets, List<String> redactPaths) {
        List<String> values = new ArrayList<>();
        secrets.forEach(values::add);
        this.secrets = SecretMasker.of(values, REDACTED);
        List<JsonPath> compiled = new ArrayList<>();
        for (String path : redactPaths) {
            try {
                compiled.add(JsonPath.compile(path));
            } catch (InvalidPathException | IllegalArgumentException e) {
                throw new IllegalArgumentException("--redact '" + path + "' is not a JSONPath (" + e.getMessage()
                        + "); write e.g. $.results[*].phone", e);
            }
        }
        this.redactPaths = List.copyOf(compiled);
    }

    /** Whether a header name looks like it carries a credential. */
    public static boolean isCredentialHeader(String name) {
        return CREDENTIAL_HEADER.matcher(name).matches();
    }

    /** The text with every credential value masked. */
    public String text(String text) {
        return secrets.mask(text);
    }

    /** Whether any redact path is set: a body they cannot be applied to is then not stored. */
    public boolean redactsPaths() {
        return !redactPaths.isEmpty();
    }

    /** Headers with credential-like ones masked and credential values removed from the others. */
    public Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        headers.forEach((name, values) -> result.put(name, values.stream()
                .map(v -> isCredentialHeader(name) ? REDACTED : text(v)).toList()));
        return result;
    }

    /** A copy of a JSON tree with credential values removed from every key and string. */
    public JsonNode json(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(text(node.asText()));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(child -> copy.add(json(child)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(text(e.getKey()), json(e.getValue()));
            }
            return copy;
        }
        return node;
    }

    /**
     * Applies the redact paths to a JSON body in place of a copy.
     *
     * @return the redacted body and the concrete paths (Jayway's bracket notation) that were redacted
     */
    public Redacted redactPaths(JsonNode body) {
        JsonNode copy = body.deepCopy();
        Set<String> hits = new LinkedHashSet<>();
        for (JsonPath path : redactPaths) {
            JsonNode found = JsonPath.using(PATHS).parse(copy).read(path);
            if (found == null || !found.isArray()) {
                continue;
            }
            for (JsonNode concrete : found) {
                String p = concrete.asText();
                JsonNode value = JsonPath.using(VALUES).parse(copy).read(p);
                if (value == null || value.isNull()) {
                    continue;
                }
                if (p.equals("$")) {
                    copy = redactValue(copy);
                } else {
                    copy = JsonPath.using(VALUES).parse(copy).set(p, redactValue(value)).json();
                }
                hits.add(p);
            }
        }
        return new Redacted(copy, List.copyOf(hits));
    }

    /** A body after {@link #redactPaths}. */
    public record Redacted(JsonNode body, List<String> paths) {
    }

    /** Same JSON type where possible: strings become "[REDACTED]", numbers 0, booleans false; containers leaf by leaf. */
    private static JsonNode redactValue(JsonNode value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value.isObject()) {
            ObjectNode copy = nodes.objectNode();
            value.fields().forEachRemaining(e -> copy.set(e.getKey(), redactValue(e.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = nodes.arrayNode();
            value.forEach(v -> copy.add(redactValue(v)));
            return copy;
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? nodes.numberNode(0) : nodes.numberNode(0.0);
        }
        if (value.isBoolean()) {
            return nodes.booleanNode(false);
        }
        if (value.isNull()) {
            return value;
        }
        return TextNode.valueOf(REDACTED);
    }
}
