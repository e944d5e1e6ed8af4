package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.action.Severity;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.flow.ArchyFlows;
import org.dataactioncontracts.flow.DataActionCall;
import org.dataactioncontracts.flow.FlowSet;
import org.dataactioncontracts.flow.InvalidFlowException;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.Transport;
import org.dataactioncontracts.pact.internal.ResponseDeriver;
import org.dataactioncontracts.terraform.TerraformAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dac impact}: which Architect flows, locations and variables a Data Action (or one response field) reaches. */
@Command(name = "impact",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Name every Architect flow location and flow variable that receives a Data Action's outputs.",
            "With --field, run the action through the engine on a backend response with and without that field and name, for each"
                + " flow variable, what it then receives: a default, no value, or the Failure path.",
            "Without --field, list every flow variable fed by the action, and the outputs no flow reads."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the impact was computed (affected or not)",
                "  2  bad usage, or a Data Action, .tf or flow file that cannot be read (one line naming the file and line)",
                "%nExample:%n  dac impact --actions crm-read-contracts/data-actions --flows crm-read-contracts/flows \\",
                "      --action 'Lookup Customer By Phone' --field '$.customerId'"})
final class ImpactCommand implements Callable<Integer> {
    /** Output layout of {@code --format}. */
    enum Format { text, json }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Context context;

    @Option(names = "--actions", required = true, paramLabel = "<folder|file>",
            description = "The Data Actions: a folder of exports and/or .tf files, a Terraform root, a .tf file or one export.")
    String actions;

    @Option(names = "--flows", required = true, paramLabel = "<folder|file>",
            description = "The flows: Archy YAML files (searched recursively) or a Terraform root with genesyscloud_flow resources.")
    String flows;

    @Option(names = "--action", required = true, paramLabel = "<name|address>",
            description = "The Data Action, by name (as flows call it) or Terraform resource address.")
    String action;

    @Option(names = "--field", paramLabel = "<JSONPath>",
            description = "A field of the backend's response that disappears, e.g. '$.customerId'.")
    String field;

    @Option(names = "--response", paramLabel = "<file>",
            description = "With --field: the backend response holding the field (default: the response the pact bridge derives"
                    + " from the translationMap).")
    String response;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: one line per affected flow variable (default); json: an array of {flow, location, action, output, variable, effect}.")
    Format format;

    ImpactCommand(Context context) {
        this.context = context;
    }

    /** One flow variable reached by one output. */
    record Impact(String flow, Path file, int line, String location, String action, String output, String variable, String effect) {
    }

    @Override
    public Integer call() {
        List<LintFinding> findings = new ArrayList<>();
        List<Candidate> catalog = catalog();
        Candidate selected = select(catalog);
        FlowSet flowSet;
        try {
            flowSet = ArchyFlows.readAll(context.optionPath("--flows", flows));
        } catch (InvalidFlowException | InvalidDataActionException e) {
            throw new UsageException(e.getMessage());
        }
        findings.addAll(flowSet.findings());
        Set<String> known = new LinkedHashSet<>();
        catalog.forEach(c -> known.addAll(c.names()));
        for (var flow : flowSet.flows()) {
            for (DataActionCall call : flow.calls()) {
                if (!known.contains(call.dataAction())) {
                    findings.add(new LintFinding(Severity.WARNING, call.file().toString(), "", "flow-action-not-found",
                            call.where() + " calls Data Action '" + call.dataAction() + "' (category '" + call.category()
                                    + "'), which is not in " + actions, "Add its export or .tf to --actions to see its impact"));
                }
            }
        }
        List<DataActionCall> calls = flowSet.flows().stream().flatMap(f -> f.calls().stream())
                .filter(c -> selected.names().contains(c.dataAction())).toList();

        List<Impact> impacts = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        if (field == null) {
            for (DataActionCall call : calls) {
                call.successOutputs().forEach((output, variable) -> impacts.add(impact(call, selected, output, variable, "reads the output on Success")));
                call.failureOutputs().forEach((output, variable) -> impacts.add(impact(call, selected, output, variable, "reads the error on Failure")));
            }
            Set<String> read = new LinkedHashSet<>();
            calls.forEach(c -> read.addAll(c.successOutputs().keySet()));
            selected.action().successSchema().path("properties").fieldNames().forEachRemaining(name -> {
                if (!read.contains(name)) {
                    unread.add(name);
                }
            });
        } else {
            Map<String, String> effects = effects(selected.action());
            for (DataActionCall call : calls) {
                boolean failure = effects.containsKey("");
                call.successOutputs().forEach((output, variable) -> {
                    String effect = failure ? effects.get("") : effects.get(output);
                    if (effect != null) {
                        impacts.add(impact(call, selected, output, variable, effect));
                    }
                });
                if (failure) {
                    call.failureOutputs().forEach((output, variable) ->
                            impacts.add(impact(call, selected, output, variable, "receives the error: the Failure path is taken")));
                }
            }
        }
        print(selected, calls, impacts, unread, findings);
        return Dac.EXIT_OK;
    }

    private Impact impact(DataActionCall call, Candidate selected, String output, String variable, String effect) {
        return new Impact(call.flow(), call.file(), call.line(), call.location() + " > callData '" + call.name() + "'",
                selected.action().baseName(), output, variable, effect);
    }

    /**
     * Output name to what the flow receives without the field, computed by running the engine with and without it;
     * the key "" holds the Failure path when the action fails without the field.
     */
    private Map<String, String> effects(DataAction dataAction) {
        JsonNode with = withResponse(dataAction);
        String path = field.startsWith("$") ? field : "$." + field;
        Object document = JsonPath.parse(with.toString()).json();
        try {
            JsonPath.read(document, path);
        } catch (PathNotFoundException e) {
            throw new UsageException("--field " + field + " is not in the response " + (response == null
                    ? "the pact bridge derives from the translationMap " + with : response) + "; give a response holding it with --response");
        } catch (InvalidPathException e) {
            throw new UsageException("--field '" + field + "' is not a JSONPath (" + e.getMessage() + ")");
        }
        JsonNode without;
        try {
            without = Json.MAPPER.readTree(JsonPath.parse(with.toString()).delete(path).jsonString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSONPath wrote invalid JSON", e);
        }
        JsonNode input = exampleInput(dataAction.inputSchema());
        ExecutionReport before = run(dataAction, input, with);
        ExecutionReport after = run(dataAction, input, without);
        if (!before.success()) {
            throw new UsageException("the action fails even with " + field + ", so its impact cannot be told apart: "
                    + before.describeFailure() + ". Give a response it succeeds on with --response");
        }
        Map<String, String> effects = new LinkedHashMap<>();
        if (!after.success()) {
            effects.put("", "the Failure path is taken" + after.describeFailure().replaceFirst("^Data Action '.*?' takes the Failure path", ""));
            return effects;
        }
        Map<String, JsonNode> beforeOutputs = flatten(before.output());
        Map<String, JsonNode> afterOutputs = flatten(after.output());
        Set<String> keys = new LinkedHashSet<>(beforeOutputs.keySet());
        keys.addAll(afterOutputs.keySet());
        for (String key : keys) {
            JsonNode was = beforeOutputs.get(key);
            JsonNode is = afterOutputs.get(key);
            if (Objects.equals(was, is)) {
                continue;
            }
            effects.put(key, describe(dataAction, key, was, is));
        }
        return effects;
    }

    private static String describe(DataAction dataAction, String key, JsonNode was, JsonNode is) {
        String change = " (was " + (was == null ? "absent" : was) + ")";
        if (is == null || is.isNull() || is.isMissingNode()) {
            return "receives no value (null)" + change;
        }
        for (var entry : dataAction.response().translationMapDefaults().entrySet()) {
            try {
                if (Json.MAPPER.readTree(entry.getValue()).equals(is)) {
                    return "the translationMapDefaults value " + entry.getValue() + " of '" + entry.getKey() + "' applies" + change;
                }
            } catch (JsonProcessingException e) {
                // a bare-text default is a lint error; it cannot be what the output holds
            }
        }
        return "receives " + is + change;
    }

    private static ExecutionReport run(DataAction dataAction, JsonNode input, JsonNode body) {
        HttpResult result = new HttpResult(200, Map.of("Content-Type", List.of("application/json")), body.toString());
        return GenesysEmulator.create().execute(dataAction, run -> run.input(input).transport(Transport.recorded(result)));
    }

    private JsonNode withResponse(DataAction dataAction) {
        if (response != null) {
            Path file = context.optionPath("--response", response);
            try {
                return Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UsageException("--response " + response + " cannot be read as JSON (" + e.getMessage() + ")");
            }
        }
        try {
            return new ResponseDeriver(dataAction, GenesysEmulator.create()).exampleBody();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().replace("respondsWith(status, body)", "--response <file>"));
        }
    }

    /** An input satisfying the input schema's properties: an enum's first value, else the property name as a string. */
    private static JsonNode exampleInput(JsonNode schema) {
        ObjectNode input = NODES.objectNode();
        schema.path("properties").properties().forEach(p -> {
            if (p.getValue().path("enum").isArray() && !p.getValue().path("enum").isEmpty()) {
                input.set(p.getKey(), p.getValue().path("enum").get(0));
                return;
            }
            switch (p.getValue().path("type").asText("string")) {
                case "integer", "number" -> input.put(p.getKey(), 1);
                case "boolean" -> input.put(p.getKey(), true);
                default -> input.put(p.getKey(), p.getKey() + "-example");
            }
        });
        return input;
    }

    /** The output as Architect names its fields: nested objects as dotted names, arrays whole. */
    private static Map<String, JsonNode> flatten(JsonNode output) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", output, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> flat) {
        if (node != null && node.isObject() && node.size() > 0) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), flat));
        } else if (!prefix.isEmpty()) {
            flat.put(prefix, node);
        }
    }

    /** One loaded Data Action and the names flows may call it by. */
    record Candidate(DataAction action, String label) {
        Set<String> names() {
            return new LinkedHashSet<>(List.of(action.name(), action.baseName()));
        }
    }

    private List<Candidate> catalog() {
        Path path = Context.path(actions);
        List<Candidate> catalog = new ArrayList<>();
        try {
            if (context.isTerraform(path)) {
                for (TerraformAction a : context.terraform(path).actions()) {
                    catalog.add(new Candidate(a.action(), a.address()));
                }
            }
            if (context.isDirectory(path)) {
                for (Path file : context.jsonFiles(path)) {
                    catalog.add(new Candidate(context.load(file), file.toString()));
                }
            } else if (!context.isTerraform(path)) {
                catalog.add(new Candidate(context.load(path), actions));
            }
        } catch (InvalidDataActionException e) {
            throw new UsageException(e.getMessage());
        }
        if (catalog.isEmpty()) {
            throw new UsageException("--actions " + actions + " holds no Data Action (*.json exports or .tf files)");
        }
        return catalog;
    }

    private Candidate select(List<Candidate> catalog) {
        List<Candidate> found = catalog.stream().filter(c -> c.names().contains(action.strip()) || c.label().equals(action.strip())).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        List<String> names = catalog.stream().map(c -> "'" + c.action().baseName() + "'").distinct().toList();
        throw new UsageException((found.isEmpty() ? "no Data Action named '" : "several Data Actions named '") + action + "' in "
                + actions + "; it has " + String.join(", ", names));
    }

    private void print(Candidate selected, List<DataActionCall> calls, List<Impact> impacts, List<String> unread, List<LintFinding> findings) {
        if (format == Format.json) {
            ObjectNode root = NODES.objectNode();
            root.put("action", selected.action().baseName());
            if (field != null) {
                root.put("field", field);
            }
            ArrayNode list = root.putArray("impacts");
            impacts.forEach(i -> list.addObject().put("flow", i.flow()).put("file", i.file().toString()).put("line", i.line())
                    .put("location", i.location())
                    .put("action", i.action()).put("output", i.output()).put("variable", i.variable()).put("effect", i.effect()));
            ArrayNode unreadNode = root.putArray("unreadOutputs");
            unread.forEach(unreadNode::add);
            ArrayNode findingList = root.putArray("findings");
            findings.forEach(f -> findingList.addObject().put("severity", f.severity().name()).put("file", f.file())
                    .put("rule", f.rule()).put("message", f.message()).put("fix", f.fix()));
            try {
                context.out().println(Json.pretty(root));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("impact report is not serialisable", e);
            }
            return;
        }
        for (Impact i : impacts) {
            context.out().println("flow '" + i.flow() + "' > " + i.location() + ": output '" + i.output() + "' -> " + i.variable()
                    + ": " + i.effect());
        }
        for (String output : unread) {
            context.out().println("output '" + output + "' of '" + selected.action().baseName() + "' is read by no flow");
        }
        for (LintFinding f : findings) {
            context.out().println(LintCommand.textLine(f));
        }
        String summary = calls.isEmpty() ? "no flow calls Data Action '" + selected.action().baseName() + "'"
                : impacts.size() + " flow variable" + (impacts.size() == 1 ? "" : "s") + (field == null ? " fed by " : " affected in ")
                        + calls.size() + " callData action"
                        + (calls.size() == 1 ? "" : "s") + " of '" + selected.action().baseName() + "'";
        context.out().println(field != null && impacts.isEmpty() && !calls.isEmpty()
                ? "no flow variable changes without " + field + " (" + calls.size() + " callData checked)" : summary);
    }
}
