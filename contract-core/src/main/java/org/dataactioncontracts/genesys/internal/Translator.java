package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dataactioncontracts.genesys.EmulatorOptions.BareTextDefault;

/**
 * The translation map: Jayway JsonPath with its default (json-smart) provider, the one whose {@code .length()}
 * works as Genesys-authored configs expect, reading a document of plain maps and lists. Paths are compiled once.
 */
final class Translator {
    private static final Configuration CONFIGURATION = Configuration.defaultConfiguration();
    private static final ObjectMapper STRICT_JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Map<String, String> paths;
    private final Map<String, String> defaults;
    private final Map<String, Object> compiled = new LinkedHashMap<>();

    Translator(Map<String, String> paths, Map<String, String> defaults, BareTextDefault bareText) {
        this.paths = paths;
        this.defaults = bareText == BareTextDefault.VERBATIM ? defaults : quoteBareText(defaults);
        paths.forEach((key, path) -> {
            try {
                compiled.put(key, JsonPath.compile(path));
            } catch (InvalidPathException | IllegalArgumentException e) {
                compiled.put(key, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }

    /**
     * Resolves every key to JSON text.
     *
     * @throws TranslationException naming the key and the path, for a path that finds nothing and has no default
     */
    Map<String, String> translate(Object document, ObjectNode shown, java.util.Set<String> defaulted) throws TranslationException {
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : compiled.entrySet()) {
            String key = entry.getKey();
            if (entry.getValue() instanceof String compileError) {
                throw new TranslationException(key, "Failed to resolve translation map: the JSONPath '" + paths.get(key) + "' of key '"
                        + key + "' is invalid (" + compileError + ")");
            }
            try {
                Object value = ((JsonPath) entry.getValue()).read(document, CONFIGURATION);
                values.put(key, JsonValues.toText(value));
                shown.set(key, JsonValues.toNode(value));
            } catch (PathNotFoundException e) {
                String fallback = defaults.get(key);
                if (fallback == null) {
                    throw new TranslationException(key, "Failed to resolve translation map: no value for key '" + key + "' at JSONPath '"
                            + paths.get(key) + "' and no translationMapDefaults entry for it (" + e.getMessage() + ")");
                }
                values.put(key, fallback);
                defaulted.add(key);
                shown.set(key, CompiledAction.parseOrText(fallback));
            } catch (RuntimeException e) {
                throw new TranslationException(key, "Failed to resolve translation map: JSONPath '" + paths.get(key) + "' of key '"
                        + key + "' failed (" + e.getMessage() + ")");
            }
        }
        return values;
    }

    /** Under {@link BareTextDefault#AS_STRING}, a default that does not parse as one JSON value becomes a JSON string. */
    private static Map<String, String> quoteBareText(Map<String, String> defaults) {
        Map<String, String> quoted = new LinkedHashMap<>();
        defaults.forEach((key, value) -> quoted.put(key, isJsonLiteral(value) ? value : TextNode.valueOf(value).toString()));
        return quoted;
    }

    /** Whether text is exactly one JSON value (what the linter's default-not-json rule checks too). */
    static boolean isJsonLiteral(String text) {
        try {
            JsonNode node = STRICT_JSON.readTree(text);
            return node != null && !node.isMissingNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** A translation-map key that could not be resolved. */
    static final class TranslationException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;

        TranslationException(String key, String message) {
            super(message);
            this.key = key;
        }

        String key() {
            return key;
        }
    }
}
