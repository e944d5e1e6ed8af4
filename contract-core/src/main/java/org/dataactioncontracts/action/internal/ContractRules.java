package org.dataactioncontracts.action.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of the input and output contracts (JSON Schemas). Not API. */
final class ContractRules implements Rule {
    private static final String INPUT = "/contract/input/inputSchema";
    private static final String OUTPUT = "/contract/output/successSchema";
    private static final Pattern INPUT_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*$");
    private static final Set<String> INPUT_TYPES = Set.of("string", "integer", "number", "boolean", "null");

    @Override
    public void check(ParsedAction parsed, Findings findings) {
        inputProperties(parsed.action().inputSchema(), findings);
        refs(parsed.action().inputSchema(), INPUT, findings);
        refs(parsed.action().successSchema(), OUTPUT, findings);
        JsonNode output = parsed.action().successSchema();
        if (isArray(output)) {
            findings.warning(OUTPUT + "/type", "root-array-output",
                    "the output contract is a top-level \"array\"; Architect cannot flatten a top-level array into outputs",
                    "Wrap it in an object: successTemplate {\"items\": ${x}} and a schema with an \"items\" array property");
        }
        nestedArrays(output, OUTPUT, false, findings);
        int depth = schemaDepth(output, 0);
        if (depth > GenesysLimits.MAX_JSON_DEPTH) {
            findings.error(OUTPUT, "json-depth",
                    "the output contract describes JSON nested " + depth + " levels deep; Genesys limits JSON objects to "
                            + GenesysLimits.MAX_JSON_DEPTH + " levels (Request configuration), so such an output cannot be returned",
                    "Flatten the output: return the deep parts as separate top-level properties or as JSON text in a string");
        }
    }

    /** Levels of objects and arrays an instance of the schema has (a recursion guard stops at one past the limit). */
    private static int schemaDepth(JsonNode schema, int level) {
        if (!schema.isObject() || level > GenesysLimits.MAX_JSON_DEPTH) {
            return level;
        }
        boolean container = isArray(schema) || schema.has("properties") || "object".equals(schema.path("type").asText());
        int here = container ? level + 1 : level;
        int max = here;
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            max = Math.max(max, schemaDepth(property.getValue(), here));
        }
        JsonNode items = schema.path("items");
        if (items.isObject()) {
            max = Math.max(max, schemaDepth(items, here));
        } else if (items.isArray()) {
            for (JsonNode item : items) {
                max = Math.max(max, schemaDepth(item, here));
            }
        }
        return max;
    }

    /** Genesys input contracts are flat key-value objects with simple names (reference 5.2). */
    private static void inputProperties(JsonNode schema, Findings findings) {
        for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
            String name = field.getKey();
            String pointer = INPUT + "/properties/" + Findings.segment(name);
            if (RequestRules.RESERVED_INPUTS.contains(name)) {
                findings.error(pointer, "reserved-input-name",
                        "input " + Findings.quote(name) + " uses a name Genesys reserves (rawRequest, orgId, integrationId); "
                                + "it overwrites Genesys's own value and makes the action fail",
                        "Rename the input, e.g. " + Findings.quote("my" + Character.toUpperCase(name.charAt(0)) + name.substring(1)));
            }
            if (!INPUT_NAME.matcher(name).matches()) {
                findings.error(pointer, "invalid-input-name",
                        "input name " + Findings.quote(name) + " is not allowed: Genesys input names start with a letter and contain only "
                                + "letters, digits, '-' and '_'",
                        "Rename the input to match ^[A-Za-z][A-Za-z0-9_-]*$");
            }
            String type = typeProblem(field.getValue().path("type"));
            if (type != null) {
                findings.error(field.getValue().has("type") ? pointer + "/type" : pointer, "non-flat-input",
                        "input " + Findings.quote(name) + " " + type + "; Genesys input contracts accept only string, integer, number, "
                                + "boolean and null (no objects or arrays)",
                        "Declare a primitive type; pass lists or objects as a pre-formatted string");
            }
        }
    }

    private static String typeProblem(JsonNode type) {
        if (type.isMissingNode()) {
            return "has no type";
        }
        if (type.isTextual()) {
            return INPUT_TYPES.contains(type.textValue()) ? null : "has type " + Findings.quote(type.textValue());
        }
        if (type.isArray() && type.size() > 0) {
            for (JsonNode t : type) {
                if (!t.isTextual() || !INPUT_TYPES.contains(t.textValue())) {
                    return "has type " + type;
                }
            }
            return null;
        }
        return "has type " + type;
    }

    /** Genesys contracts do not support $ref (reference 2.3). */
    private static void refs(JsonNode node, String pointer, Findings findings) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = pointer + "/" + Findings.segment(field.getKey());
                if (field.getKey().equals("$ref") && !pointer.endsWith("/properties")) {
                    findings.error(child, "schema-ref",
                            "the contract uses \"$ref\": " + Findings.quote(field.getValue().asText()) + ", which Genesys contracts do not support",
                            "Inline the referenced schema");
                } else {
                    refs(field.getValue(), child, findings);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refs(node.get(i), pointer + "/" + i, findings);
            }
        }
    }

    /** "The output contract does not support nested arrays" (reference 2.3): no array anywhere below an array's items. */
    private static void nestedArrays(JsonNode schema, String pointer, boolean insideArray, Findings findings) {
        if (!schema.isObject()) {
            return;
        }
        if (insideArray && isArray(schema)) {
            findings.error(pointer, "nested-array-output",
                    "the output contract has an array inside an array; the output contract does not support nested arrays",
                    "Flatten the inner array (e.g. join it into a string, or return it as a separate top-level array property)");
            return;
        }
        JsonNode items = schema.path("items");
        boolean array = isArray(schema);
        if (items.isObject()) {
            nestedArrays(items, pointer + "/items", insideArray || array, findings);
        } else if (items.isArray()) {
            for (int i = 0; i < items.size(); i++) {
                nestedArrays(items.get(i), pointer + "/items/" + i, insideArray || array, findings);
            }
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            nestedArrays(property.getValue(), pointer + "/properties/" + Findings.segment(property.getKey()), insideArray, findings);
        }
    }

    private static boolean isArray(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return type.textValue().equals("array");
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("array".equals(t.asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
