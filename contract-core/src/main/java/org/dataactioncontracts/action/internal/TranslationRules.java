package org.dataactioncontracts.action.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.util.List;
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
            String path = response.translationMap().get(key);
            if (path != null && !canMiss(path)) {
                if (entry.getValue().replaceAll("\\s", "").equals("[]")) {
                    continue; // belt and braces: the default is what the path gives anyway
                }
                findings.info(pointer, "default-never-used",
                        "the path " + Findings.quote(path) + " of " + Findings.quote(key) + " never fails to resolve (a deep scan, wildcard or "
                                + "filter that matches nothing gives [] instead), so Genesys never uses this default",
                        "Remove the default, or handle [] in the success template (e.g. firstFromArray with a default)");
                continue;
            }
            defaultIsJson(key, entry.getValue(), pointer, findings);
            if (path == null) {
                findings.warning(pointer, "default-without-path",
                        "default for " + Findings.quote(key) + " has no translationMap entry of that name, so Genesys never uses it",
                        "Rename it to the translationMap key it belongs to (typo?) or remove it");
            }
        }
    }

    /**
     * A default that is not a JSON literal: undocumented. Genesys inserts translation values verbatim and most published
     * defaults are JSON ("\"\"", "[]", "0"), but three official blueprints write bare text ("disconnected", "Not Found")
     * for the case their default exists for, so a lenient reading (inserted as a string) cannot be ruled out. Not an ERROR.
     */
    private static void defaultIsJson(String key, String value, String pointer, Findings findings) {
        String problem = jsonProblem(value);
        if (problem == null) {
            return;
        }
        String asString = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String suggestion = value.isBlank() ? "\"\\\"\\\"\" for an empty string"
                : "\"\\\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\\\"\" for a string";
        findings.warning(pointer, "default-not-json",
                "default " + Findings.quote(value) + " for " + Findings.quote(key) + " is not a JSON literal (" + problem + "); when the path "
                        + "finds nothing, either Genesys inserts it verbatim into the success template and the output is not JSON "
                        + "(Failure at 'Apply output transformation'; the engine's default), or it inserts it as the string " + asString
                        + " (EmulatorOptions.BareTextDefault.AS_STRING); Genesys does not document which",
                "Write a JSON literal so both readings agree: " + suggestion + ", or null, 0, [] or {}");
    }

    /** Whether the path can throw Jayway's PathNotFoundException, the only case in which Genesys uses the default. */
    static boolean canMiss(String path) {
        JsonPath compiled;
        try {
            compiled = JsonPath.compile(path);
        } catch (RuntimeException e) {
            return true;
        }
        for (Object document : List.of(Map.of(), List.of())) {
            try {
                compiled.read(document);
            } catch (PathNotFoundException e) {
                return true;
            } catch (RuntimeException e) {
                // Another failure (e.g. a function on the wrong type) fails the step; the default is not used either.
            }
        }
        return false;
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
