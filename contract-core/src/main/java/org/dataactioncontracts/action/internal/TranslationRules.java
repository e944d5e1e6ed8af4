package org.dataactioncontracts.action.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.dataactioncontracts.action.ResponseConfig;

/** Checks of {@code translationMap} and {@code translationMapDefaults}. Not API. */
final class TranslationRules implements Rule {
    private static final String MAP_POINTER = "/config/response/translationMap/";
    private static final String DEFAULTS_POINTER = "/config/response/translationMapDefaults/";
    private static final ObjectMapper STRICT_JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public void check(ParsedAction parsed, Findings findings) {
        ResponseConfig response = parsed.action().response();
        for (Map.Entry<String, String> entry : response.translationMap().entrySet()) {
            pathSyntax(entry.getKey(), entry.getValue(), findings);
        }
        for (Map.Entry<String, String> entry : response.translationMapDefaults().entrySet()) {
            String key = entry.getKey();
            String pointer = DEFAULTS_POINTER + Findings.segment(key);
            defaultIsJson(key, entry.getValue(), pointer, findings);
            if (!response.translationMap().containsKey(key)) {
                findings.warning(pointer, "default-without-path",
                        "default for " + Findings.quote(key) + " has no translationMap entry of that name, so Genesys never uses it",
                        "Rename it to the translationMap key it belongs to (typo?) or remove it");
            }
        }
    }

    /** Defaults are inserted into the success template verbatim, so they must be JSON text (reference 6.3). */
    private static void defaultIsJson(String key, String value, String pointer, Findings findings) {
        String problem = jsonProblem(value);
        if (problem == null) {
            return;
        }
        String suggestion = value.isBlank() ? "\"\\\"\\\"\" for an empty string"
                : "\"\\\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\\\"\" for a string";
        findings.error(pointer, "default-not-json",
                "default " + Findings.quote(value) + " for " + Findings.quote(key) + " is not a JSON literal (" + problem + "); Genesys inserts it "
                        + "into the success template verbatim, so the output is not JSON, but only when the path finds nothing "
                        + "and the default is used",
                "Write a JSON literal: " + suggestion + ", or null, 0, [] or {}");
    }

    private static String jsonProblem(String value) {
        if (value.isBlank()) {
            return "it is empty";
        }
        try {
            JsonNode node = STRICT_JSON.readTree(value);
            return node == null || node.isMissingNode() ? "it is empty" : null;
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage().lines().findFirst().orElse("unparseable");
        }
    }

    /** Genesys evaluates the paths with Jayway JsonPath (reference 6.2); one that does not compile fails every execution. */
    private static void pathSyntax(String key, String path, Findings findings) {
        try {
            JsonPath.compile(path);
        } catch (InvalidPathException | IllegalArgumentException e) {
            findings.error(MAP_POINTER + Findings.segment(key), "translation-path-syntax",
                    "path " + Findings.quote(path) + " for " + Findings.quote(key) + " is not a valid JSONPath: " + e.getMessage(),
                    "Fix the JSONPath, e.g. $.entities[0].id or $.participants[?(@.purpose == 'customer')].id");
        }
    }
}
