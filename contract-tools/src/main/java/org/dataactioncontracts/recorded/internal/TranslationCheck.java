package org.dataactioncontracts.recorded.internal;

import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.Middleware;
import org.dataactioncontracts.genesys.Step;
import org.dataactioncontracts.jsonata.JsonataMiddleware;
import org.dataactioncontracts.recorded.Recording;

/**
 * Runs the interaction's Data Action (and its JSONata middleware) on the recorded response and on the pact's own
 * example, and reports the Architect outputs the recording leaves empty, defaulted or invalid where the example did not.
 */
final class TranslationCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the translation of one recording came to. */
    record Result(List<String> breaks, List<String> findings, List<String> affectedOutputs, List<String> notes) {
        static Result note(String note) {
            return new Result(List.of(), List.of(), List.of(), List.of(note));
        }
    }

    private final Optional<Path> actions;
    private final Map<String, Path> middleware;
    private final GenesysEmulator emulator = GenesysEmulator.create();
    private final Map<String, Object> loaded = new LinkedHashMap<>();

    TranslationCheck(Optional<Path> actions, Map<String, Path> middleware) {
        this.actions = actions;
        this.middleware = middleware;
    }

    Result check(PactFile.Entry entry, Recording recording) {
        Optional<String> file = entry.dataActionFile();
        if (file.isEmpty()) {
            return Result.note("translation not checked: the interaction has no 'Data Action file:' comment");
        }
        if (actions.isEmpty()) {
            return Result.note("translation not checked: give --actions <data-actions dir> to run " + file.get() + " on the recording");
        }
        Object action = loaded.computeIfAbsent(file.get(), this::load);
        if (action instanceof String problem) {
            return new Result(List.of(), List.of(), List.of(), List.of("translation not checked: " + problem));
        }
        Loaded la = (Loaded) action;
        ObjectNode input = input(la.action(), entry);

        ExecutionReport example = run(la, input, entry.interaction().getResponse().getStatus(), entry.exampleBody());
        if (!example.success() && example.failedStep().map(s -> s.number() < Step.EXECUTE.number()).orElse(false)) {
            return Result.note("translation not checked: no input of " + file.get() + " could be rebuilt from the pact ("
                    + example.describeFailure() + ")");
        }
        String body = recording.body().isMissingNode() ? "" : recording.body().isTextual() ? recording.body().asText() : recording.body().toString();
        ExecutionReport recorded = run(la, input, recording.status(), body);

        List<String> breaks = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        Set<String> affected = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        la.middleware().ifPresent(m -> notes.add("middleware " + m.name() + " applied before the translation"));
        if (example.success() && !recorded.success()) {
            breaks.add(recorded.describeFailure().replaceAll("\\R\\s*", " "));
            outputNames(la.action(), example).forEach(affected::add);
        } else if (example.success()) {
            Map<String, JsonNode> expected = flatten(example.output());
            Map<String, JsonNode> actual = flatten(recorded.output());
            for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
                JsonNode value = actual.get(e.getKey());
                if (isEmpty(value) && !isEmpty(e.getValue())) {
                    findings.add("output '" + e.getKey() + "' is " + (value == null ? "missing" : "empty (" + value + ")")
                            + "; with the contract's example it is " + abbreviate(e.getValue().toString()));
                    affected.add(e.getKey());
                }
            }
            for (String key : recorded.defaulted()) {
                if (!example.defaulted().contains(key)) {
                    String path = la.action().response().translationMap().getOrDefault(key, "?");
                    findings.add("translation key '" + key + "' took its default (" + path + " found nothing)");
                    affected.add(key);
                }
            }
        }
        return new Result(breaks, findings, List.copyOf(affected), notes);
    }

    private ExecutionReport run(Loaded action, ObjectNode input, int status, String body) {
        return emulator.execute(action.action(), run -> {
            run.input(input).response(HttpResult.json(status, body));
            action.middleware().ifPresent(run::middleware);
        });
    }

    /** A Data Action file and its middleware, or a String saying why it cannot be used. */
    private record Loaded(DataAction action, Optional<Middleware> middleware) {
    }

    private Object load(String file) {
        Path base = actions.orElseThrow().toAbsolutePath().normalize();
        Path path;
        try {
            path = base.resolve(file).normalize();
            // A pact is input too: its comment may not send the engine to a file outside --actions.
            if (!path.startsWith(base) || Files.exists(path) && !path.toRealPath().startsWith(base.toRealPath())) {
                return "Data Action file " + file + " is outside --actions " + actions.get() + "; only files inside it are run";
            }
        } catch (java.nio.file.InvalidPathException | java.io.IOException e) {
            return "Data Action file " + file + " is not a valid file name (" + e.getMessage() + ")";
        }
        if (!Files.isRegularFile(path)) {
            return "Data Action file " + file + " is not in " + actions.get();
        }
        DataAction action;
        try {
            action = DataActions.load(path);
        } catch (InvalidDataActionException e) {
            return e.getMessage();
        }
        Path transform = middleware.get(file);
        if (transform == null) {
            Path conventional = actions.get().resolve("middleware").resolve(stem(file) + ".jsonata");
            transform = Files.isRegularFile(conventional) ? conventional : null;
        }
        try {
            return new Loaded(action, Optional.ofNullable(transform).map(JsonataMiddleware::load));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** {@code Get-Customer-By-Id.custom.json} → {@code Get-Customer-By-Id}. */
    static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        name = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return name.endsWith(".custom") ? name.substring(0, name.length() - 7) : name;
    }

    /**
     * The input the interaction's scenario used: from {@code comments.input} when the pact has it (pacts written by
     * this toolkit), else rebuilt: each input property takes the provider-state parameter or query parameter of the
     * same name, else (when required) a value of its schema type.
     */
    private static ObjectNode input(DataAction action, PactFile.Entry entry) {
        // Pacts written by this toolkit keep the scenario's input in comments.input: use it as it is.
        var stored = entry.interaction().getComments().get("input");
        if (stored instanceof au.com.dius.pact.core.support.json.JsonValue.Object) {
            try {
                return (ObjectNode) MAPPER.readTree(stored.serialise());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // fall through to rebuilding it
            }
        }
        Map<String, Object> known = new LinkedHashMap<>();
        entry.interaction().getRequest().getQuery().forEach((k, v) -> {
            if (!v.isEmpty()) {
                known.put(k, v.get(0));
            }
        });
        for (ProviderState state : entry.states()) {
            known.putAll(state.getParams());
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        JsonNode schema = action.inputSchema();
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String type = p.getValue().path("type").asText("string");
            Object value = known.get(p.getKey());
            if (value != null) {
                input.set(p.getKey(), coerce(MAPPER.valueToTree(value), type));
            } else if (required.contains(p.getKey())) {
                input.set(p.getKey(), sample(p.getValue(), type));
            }
        }
        return input;
    }

    private static JsonNode coerce(JsonNode value, String type) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (type) {
            case "string" -> value.isTextual() ? value : nodes.textNode(value.asText());
            case "integer" -> value.canConvertToLong() || value.isTextual() ? nodes.numberNode(value.asLong()) : value;
            case "number" -> value.isNumber() ? value : nodes.numberNode(value.asDouble());
            case "boolean" -> value.isBoolean() ? value : nodes.booleanNode(value.asBoolean());
            default -> value;
        };
    }

    private static JsonNode sample(JsonNode property, String type) {
        if (property.path("enum").isArray() && property.get("enum").size() > 0) {
            return property.get("enum").get(0);
        }
        if (property.has("default")) {
            return property.get("default");
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (type) {
            case "integer", "number" -> nodes.numberNode(property.path("minimum").asInt(0));
            case "boolean" -> nodes.booleanNode(false);
            default -> nodes.textNode("x");
        };
    }

    private static List<String> outputNames(DataAction action, ExecutionReport example) {
        Map<String, JsonNode> outputs = flatten(example.output());
        return outputs.isEmpty() ? List.of("(all outputs)") : List.copyOf(outputs.keySet());
    }

    /** Architect's view: dot-joined keys of nested objects; arrays stay whole. */
    static Map<String, JsonNode> flatten(JsonNode output) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", output, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> flat) {
        if (node.isObject() && (node.size() > 0 || prefix.isEmpty())) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), flat));
        } else if (!prefix.isEmpty()) {
            flat.put(prefix, node);
        }
    }

    static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isEmpty())
                || (value.isContainerNode() && value.size() == 0);
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
