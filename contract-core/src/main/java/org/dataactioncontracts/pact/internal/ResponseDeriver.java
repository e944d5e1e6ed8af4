package org.dataactioncontracts.pact.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.pact.internal.PathSegments.Condition;
import org.dataactioncontracts.pact.internal.PathSegments.DeepScan;
import org.dataactioncontracts.pact.internal.PathSegments.Filter;
import org.dataactioncontracts.pact.internal.PathSegments.Index;
import org.dataactioncontracts.pact.internal.PathSegments.Length;
import org.dataactioncontracts.pact.internal.PathSegments.Property;
import org.dataactioncontracts.pact.internal.PathSegments.Segment;
import org.dataactioncontracts.pact.internal.PathSegments.Wildcard;
import org.dataactioncontracts.pact.internal.Shape.ArrayShape;
import org.dataactioncontracts.pact.internal.Shape.LeafShape;
import org.dataactioncontracts.pact.internal.Shape.ObjectShape;

/**
 * Derives the minimum response body a Data Action's translation needs: the fields its translationMap paths read,
 * typed by the output contract property each one feeds (found by running the success template on markers).
 */
public final class ResponseDeriver {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARKER = "dac-marker:";

    private final DataAction action;
    private final GenesysEmulator emulator;

    public ResponseDeriver(DataAction action, GenesysEmulator emulator) {
        this.action = action;
        this.emulator = emulator;
    }

    /**
     * The example response body the pact bridge would contract for this action (what {@code dac impact} runs on).
     *
     * @throws IllegalArgumentException naming the Data Action when a response cannot be derived
     */
    public JsonNode exampleBody() {
        return PactBodies.build(derive(Map.of(), Set.of())).example();
    }

    /**
     * The derived shape of the response body.
     *
     * @param examples example values by translation key or output property name
     * @param absent   translation keys whose fields are left out (the default path)
     * @throws IllegalArgumentException naming the Data Action and the path when a response cannot be derived
     */
    public Shape derive(Map<String, Object> examples, Set<String> absent) {
        Set<String> consulted = new java.util.TreeSet<>();
        @SuppressWarnings("serial")
        Map<String, Object> tracked = new java.util.LinkedHashMap<>(examples) {
            @Override
            public boolean containsKey(Object key) {
                consulted.add(String.valueOf(key));
                return super.containsKey(key);
            }
        };
        Shape shape = deriveTracked(tracked, absent);
        List<String> unread = examples.keySet().stream().filter(k -> !consulted.contains(k)).sorted().toList();
        if (!unread.isEmpty()) {
            consulted.remove("");
            throw new IllegalArgumentException("example(" + String.join(", ", unread.stream().map(k -> "\"" + k + "\"").toList())
                    + ", ...) names " + (unread.size() == 1 ? "a field" : "fields") + " the derived response does not have, so the example would"
                    + " be ignored. The translation reads " + (consulted.isEmpty() ? "nothing" : String.join(", ", consulted.stream()
                    .map(k -> "\"" + k + "\"").toList())) + (absent.isEmpty() ? "" : " (left out with withoutFields: " + String.join(", ", absent) + ")")
                    + ": name one of those (a translationMap key or output property), or drop the example");
        }
        return shape;
    }

    private Shape deriveTracked(Map<String, Object> examples, Set<String> absent) {
        Map<String, String> paths = action.response().translationMap();
        boolean raw = action.response().successTemplate().contains("rawResult");
        if (paths.isEmpty() && !raw) {
            throw new IllegalArgumentException("Data Action '" + action.name() + "' reads nothing from the response (no translationMap,"
                    + " no ${rawResult}); there is nothing to derive. Give the response with respondsWith(status, body)");
        }
        Shape root = raw ? fromSchema(action.successSchema(), "", examples) : null;
        Map<String, Shape> placedByKey = new java.util.LinkedHashMap<>();
        if (root != null) {
            placedByKey.put("${rawResult}", root);
        }
        Map<String, Located> outputs = outputSchemaByKey(paths.keySet());
        for (var entry : paths.entrySet()) {
            String key = entry.getKey();
            if (absent.contains(key)) {
                continue;
            }
            List<Segment> segments;
            try {
                segments = PathSegments.parse(entry.getValue());
            } catch (RuntimeException e) {
                throw cannotDerive(key, entry.getValue(), e.getMessage());
            }
            if (segments.isEmpty()) {
                // "$": the whole body is the value
                Shape whole = leafFor(key, outputs.get(key), false, examples);
                checkConflicts(placedByKey, key, whole);
                root = root == null ? whole : root.merge(whole);
                continue;
            }
            boolean indefinite = PathSegments.indefinite(segments);
            Shape leaf = leafFor(key, outputs.get(key), indefinite, examples);
            if (segments.get(segments.size() - 1) instanceof Length) {
                segments = segments.subList(0, segments.size() - 1);
                leaf = new ArrayShape(new LeafShape("string", List.of(), TextNode.valueOf(key + "-item"), false), 1);
            }
            Shape placed = place(segments, 0, leaf);
            checkConflicts(placedByKey, key, placed);
            root = root == null ? placed : root.merge(placed);
        }
        return root == null ? new ObjectShape() : root;
    }

    /** Fails naming both keys and both paths when a key's field needs a different JSON type where an earlier key's does. */
    private void checkConflicts(Map<String, Shape> placedByKey, String key, Shape placed) {
        Map<String, String> paths = action.response().translationMap();
        for (var earlier : placedByKey.entrySet()) {
            Optional<String> why = conflict(earlier.getValue(), placed, "$");
            if (why.isPresent()) {
                String first = earlier.getKey().equals("${rawResult}") ? "the successSchema (the response is ${rawResult})"
                        : "translationMap key '" + earlier.getKey() + "' (" + paths.get(earlier.getKey()) + ")";
                throw new IllegalArgumentException("Cannot derive a response for Data Action '" + action.name() + "': " + first
                        + " and translationMap key '" + key + "' (" + paths.get(key) + ") cannot both find a value in one response: " + why.get()
                        + ". One of the paths does not fit this backend (check both against a real response); or give the response with"
                        + " respondsWith(status, body), or leave one out with withoutFields(key)");
            }
        }
        placedByKey.put(key, placed);
    }

    /** Where two shapes placed at the same spot need different JSON types, e.g. "$.status must be an object for the first and an array for the second". */
    private static Optional<String> conflict(Shape a, Shape b, String at) {
        if (a instanceof Shape.ObjectShape oa && b instanceof Shape.ObjectShape ob) {
            for (var field : oa.fields.entrySet()) {
                if (ob.fields.containsKey(field.getKey())) {
                    Optional<String> inner = conflict(field.getValue(), ob.fields.get(field.getKey()), at + "." + field.getKey());
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
            }
            return Optional.empty();
        }
        if (a instanceof Shape.ArrayShape aa && b instanceof Shape.ArrayShape ab) {
            return aa.element == null || ab.element == null ? Optional.empty() : conflict(aa.element, ab.element, at + "[*]");
        }
        if (a instanceof Shape.LeafShape && b instanceof Shape.LeafShape || a == null || b == null) {
            return Optional.empty();
        }
        return Optional.of(at + " must be " + kind(a) + " for the first and " + kind(b) + " for the second");
    }

    private static String kind(Shape shape) {
        return shape instanceof Shape.ObjectShape ? "an object" : shape instanceof Shape.ArrayShape ? "an array"
                : "a " + ((Shape.LeafShape) shape).type + " value";
    }

    private IllegalArgumentException cannotDerive(String key, String path, String why) {
        return new IllegalArgumentException("Cannot derive a response for Data Action '" + action.name() + "': translationMap key '" + key
                + "' has the path '" + path + "' (" + why + "). Give the response with respondsWith(status, body)");
    }

    /** Builds the shape that holds {@code leaf} at the end of {@code segments}, starting at segment {@code i}. */
    private Shape place(List<Segment> segments, int i, Shape leaf) {
        if (i == segments.size()) {
            return leaf;
        }
        Segment segment = segments.get(i);
        Shape rest = place(segments, i + 1, leaf);
        if (segment instanceof Property p) {
            ObjectShape o = new ObjectShape();
            o.fields.put(p.name(), rest);
            return o;
        }
        if (segment instanceof DeepScan d) {
            ObjectShape o = new ObjectShape();
            o.fields.put(d.name(), rest);
            return o;
        }
        if (segment instanceof Index index) {
            return new ArrayShape(rest, index.index() + 1);
        }
        if (segment instanceof Wildcard) {
            return new ArrayShape(rest, 1);
        }
        if (segment instanceof Filter f) {
            Shape element = rest;
            for (Condition c : f.conditions()) {
                Shape pinned = new LeafShape(type(c.literal()), List.of(), c.literal(), !c.literal().asText().equals("present"));
                Shape condition = pinned;
                for (int k = c.path().size() - 1; k >= 0; k--) {
                    ObjectShape o = new ObjectShape();
                    o.fields.put(c.path().get(k), condition);
                    condition = o;
                }
                element = element instanceof ObjectShape ? element.merge(condition) : condition;
            }
            ArrayShape array = new ArrayShape(element, 1);
            array.contains = true;
            return array;
        }
        throw new IllegalStateException("unexpected segment " + segment);
    }

    private static String type(JsonNode literal) {
        return literal.isBoolean() ? "boolean" : literal.isIntegralNumber() ? "integer" : literal.isNumber() ? "number" : "string";
    }

    /** The value a path must find: typed by the output schema of the property its key feeds. */
    private Shape leafFor(String key, Located output, boolean indefinite, Map<String, Object> examples) {
        if (output == null) {
            return new LeafShape("string", List.of(), example(key, "string", examples), false);
        }
        // Examples may be keyed by translation key or by the output property the key feeds.
        String name = examples.containsKey(key) ? key : output.property();
        JsonNode outputSchema = output.schema();
        if (indefinite && "array".equals(typeOf(outputSchema))) {
            // "$.items[*].id" feeding an array output: each element has the type of the array's items
            JsonNode items = outputSchema.path("items");
            return fromSchema(items.isArray() ? items.path(0) : items, name, examples);
        }
        return fromSchema(outputSchema, name, examples);
    }

    /** The output property a translation key feeds, and its schema. */
    record Located(String property, JsonNode schema) {
    }

    /** A shape from a JSON Schema: every declared property, typed; arrays with one element. */
    Shape fromSchema(JsonNode schema, String name, Map<String, Object> examples) {
        String type = typeOf(schema);
        switch (type) {
            case "object" -> {
                ObjectShape o = new ObjectShape();
                schema.path("properties").properties().forEach(p -> o.fields.put(p.getKey(), fromSchema(p.getValue(), p.getKey(), examples)));
                return o;
            }
            case "array" -> {
                JsonNode items = schema.path("items");
                JsonNode itemSchema = items.isArray() ? items.path(0) : items;
                return new ArrayShape(itemSchema.isMissingNode() ? new LeafShape("string", List.of(), example(name, "string", examples), false)
                        : fromSchema(itemSchema, name, examples), 1);
            }
            default -> {
                List<String> allowed = new ArrayList<>();
                schema.path("enum").forEach(v -> {
                    if (!v.asText().isEmpty()) {
                        allowed.add(v.asText());
                    }
                });
                JsonNode example = examples.containsKey(name) ? MAPPER.valueToTree(examples.get(name))
                        : !allowed.isEmpty() ? typed(allowed.get(0), type) : schema.has("default") ? schema.get("default") : example(name, type, examples);
                String pattern = "string".equals(type) && schema.path("pattern").isTextual() ? schema.get("pattern").asText() : null;
                if (pattern != null && !java.util.regex.Pattern.compile(pattern).matcher(example.asText()).find()) {
                    throw new IllegalArgumentException("the output property '" + name + "' has the pattern " + pattern + ", which the example \""
                            + example.asText() + "\" does not match; give one with example(\"" + name + "\", ...)");
                }
                return new LeafShape(type, allowed, example, false, pattern);
            }
        }
    }

    private static JsonNode typed(String value, String type) {
        return switch (type) {
            case "integer" -> NODES.numberNode(Long.parseLong(value));
            case "number" -> NODES.numberNode(Double.parseDouble(value));
            case "boolean" -> NODES.booleanNode(Boolean.parseBoolean(value));
            default -> NODES.textNode(value);
        };
    }

    private static JsonNode example(String name, String type, Map<String, Object> examples) {
        if (examples.containsKey(name)) {
            return MAPPER.valueToTree(examples.get(name));
        }
        return switch (type) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "null" -> NODES.nullNode();
            default -> NODES.textNode((name.isEmpty() ? "value" : name) + "-example");
        };
    }

    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText(schema.has("properties") ? "object" : schema.has("items") ? "array" : "string");
    }

    /**
     * Which output property each translation key feeds: the success template runs with a marker per key, and each
     * marker is looked up in the output.
     */
    /**
     * The output property each translation key feeds, found as the deriver finds it (the success template run on
     * markers); an example may be keyed by either name.
     */
    public Map<String, String> outputPropertyByKey() {
        Map<String, String> out = new java.util.TreeMap<>();
        outputSchemaByKey(action.response().translationMap().keySet()).forEach((key, located) -> {
            if (!located.property().isEmpty()) {
                out.put(key, located.property());
            }
        });
        return out;
    }

    private Map<String, Located> outputSchemaByKey(Set<String> keys) {
        Map<String, Located> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        Map<String, String> markerPaths = new LinkedHashMap<>();
        for (String key : keys) {
            markerPaths.put(key, "$.markers." + "k" + markerPaths.size());
        }
        var markerDocument = NODES.objectNode();
        var markers = markerDocument.putObject("markers");
        int n = 0;
        for (String key : keys) {
            markers.put("k" + n++, MARKER + key);
        }
        DataAction probe = withTranslationMap(markerPaths);
        // A throw-away engine: the probe is a new action each time, and the session's engine would keep every one.
        ExecutionReport report = GenesysEmulator.create(emulator.options()).execute(probe, run -> run.input(sampleInput()).response(HttpResult.json(200, markerDocument.toString())));
        report.operation(org.dataactioncontracts.genesys.Step.APPLY_OUTPUT_TRANSFORMATION)
                .filter(o -> o.success())
                .ifPresent(o -> collectMarkers(o.result(), "", out));
        return out;
    }

    private void collectMarkers(JsonNode output, String pointer, Map<String, Located> out) {
        if (output.isTextual() && output.textValue().startsWith(MARKER)) {
            JsonNode schema = schemaAt(action.successSchema(), pointer);
            if (schema != null) {
                String property = pointer.isEmpty() ? "" : pointer.substring(pointer.lastIndexOf('/') + 1);
                out.putIfAbsent(output.textValue().substring(MARKER.length()), new Located(property, schema));
            }
        } else if (output.isObject()) {
            output.properties().forEach(f -> collectMarkers(f.getValue(), pointer + "/" + f.getKey(), out));
        } else if (output.isArray()) {
            for (int i = 0; i < output.size(); i++) {
                collectMarkers(output.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** The schema that governs the instance at a JSON pointer (array indexes go to {@code items}). */
    static JsonNode schemaAt(JsonNode schema, String pointer) {
        JsonNode current = schema;
        if (pointer.isEmpty()) {
            return current;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            if (current == null) {
                return null;
            }
            if ("array".equals(typeOf(current))) {
                JsonNode items = current.path("items");
                current = items.isArray() ? items.path(0) : items;
            } else {
                JsonNode next = current.path("properties").get(token.replace("~1", "/").replace("~0", "~"));
                current = next;
            }
            if (current != null && current.isMissingNode()) {
                return null;
            }
        }
        return current;
    }

    private com.fasterxml.jackson.databind.node.ObjectNode sampleInput() {
        var input = NODES.objectNode();
        action.inputSchema().path("properties").properties().forEach(p -> {
            String type = typeOf(p.getValue());
            switch (type) {
                case "integer", "number" -> input.put(p.getKey(), 1);
                case "boolean" -> input.put(p.getKey(), true);
                default -> input.put(p.getKey(), "x");
            }
        });
        return input;
    }

    /** The same action reading markers; the request side does not matter, the output side is what is probed. */
    private DataAction withTranslationMap(Map<String, String> paths) {
        return new DataAction(action.name(), action.source(), action.shape(), action.integrationType(), action.actionType(), action.category(),
                new org.dataactioncontracts.action.RequestConfig("http://probe.local/probe", org.dataactioncontracts.action.HttpMethod.GET, Map.of(),
                        DataAction.DEFAULT_REQUEST_TEMPLATE),
                new org.dataactioncontracts.action.ResponseConfig(paths, Map.of(), action.response().successTemplate()),
                action.timeoutSeconds(), NODES.objectNode(), action.successSchema(), action.secure());
    }
}
