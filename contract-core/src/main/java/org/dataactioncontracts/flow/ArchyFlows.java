package org.dataactioncontracts.flow;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.action.Severity;
import org.dataactioncontracts.terraform.TerraformActions;
import org.dataactioncontracts.terraform.TerraformConfig;
import org.dataactioncontracts.terraform.TerraformFlow;

/**
 * Reads Architect flows written in Archy YAML (any flow type) and finds every {@code callData} action in them,
 * wherever it is nested: states, tasks, menus, loops, decision and switch branches, other actions' outputs.
 *
 * <pre>{@code
 * FlowSet flows = ArchyFlows.readAll(Path.of("flows"));   // *.yaml, *.yml, and Terraform genesyscloud_flow resources
 * flows.callsOf("Lookup Customer By Phone").forEach(call -> System.out.println(call.where() + " " + call.successOutputs()));
 * }</pre>
 */
public final class ArchyFlows {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
    private static final String DEFAULT_NAME = "Call Data Action";

    private ArchyFlows() {
    }

    /**
     * Reads one Archy YAML flow, first replacing each {@code {{name}}} with its substitution (as the Genesys Terraform
     * provider does for {@code genesyscloud_flow}); a placeholder without one becomes {@code <unsubstituted name>}.
     *
     * @throws InvalidFlowException naming the file and line when the file is not YAML or not an Archy flow
     */
    public static ArchyFlow read(Path yaml, Map<String, String> substitutions) {
        return read(yaml, substitutions, new ArrayList<>());
    }

    /**
     * Reads every flow of a folder (recursively: {@code *.yaml}, {@code *.yml}, and the {@code genesyscloud_flow}
     * resources of a Terraform root with their substitutions) or one flow file.
     *
     * @throws InvalidFlowException for the first file that is not valid YAML
     */
    public static FlowSet readAll(Path folderOrFile) {
        List<ArchyFlow> flows = new ArrayList<>();
        List<LintFinding> findings = new ArrayList<>();
        Set<Path> done = new HashSet<>();
        if (!Files.exists(folderOrFile)) {
            throw new InvalidFlowException(folderOrFile + ": no such file or folder. Check the --flows path");
        }
        if (Files.isDirectory(folderOrFile) && TerraformActions.isTerraform(folderOrFile)) {
            TerraformConfig config = TerraformActions.load(folderOrFile);
            for (TerraformFlow flow : config.flows()) {
                if (Files.isRegularFile(flow.yaml()) && isYaml(flow.yaml())) {
                    flows.add(read(flow.yaml(), flow.substitutions(), findings));
                    done.add(flow.yaml().toAbsolutePath().normalize());
                } else {
                    findings.add(new LintFinding(Severity.WARNING, flow.file() + ":" + flow.line(), flow.address() + ".filepath",
                            "flow-unreadable", "the flow file " + flow.yaml() + " is not an Archy YAML file that exists",
                            "Point filepath at the flow's YAML (archy export --exportType yaml)"));
                }
            }
        }
        for (Path file : files(folderOrFile)) {
            if (done.contains(file.toAbsolutePath().normalize())) {
                continue;
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (isYaml(file)) {
                ArchyFlow flow = readIfFlow(file, findings);
                if (flow != null) {
                    flows.add(flow);
                }
            } else if (name.matches(".*\\.i3[a-z]+$")) {
                findings.add(new LintFinding(Severity.INFO, file.toString(), "", "flow-encoded",
                        "is Architect's own encoded export, which cannot be read",
                        "Export the flow as YAML: archy export --flowName <name> --flowType <type> --exportType yaml"));
            }
        }
        return new FlowSet(flows, findings);
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static List<Path> files(Path folderOrFile) {
        if (!Files.isDirectory(folderOrFile)) {
            return List.of(folderOrFile);
        }
        try (Stream<Path> walk = Files.walk(folderOrFile)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InvalidFlowException(folderOrFile + ": cannot be listed (" + e.getMessage() + "). Check the path");
        }
    }

    /** A YAML file that is not a flow (a scenario file, a CI config) is named in an INFO finding, not read. */
    private static ArchyFlow readIfFlow(Path file, List<LintFinding> findings) {
        String text = text(file);
        JsonNode root = parse(file, substitute(text, Map.of(), file, new ArrayList<>()));
        if (flowType(root) == null) {
            findings.add(new LintFinding(Severity.INFO, file.toString(), "", "flow-not-archy",
                    "is YAML but not an Archy flow (no single flow-type key such as inboundCall: or workflow: holding a name)",
                    "Ignore it if it is not a flow"));
            return null;
        }
        return read(file, Map.of(), findings);
    }

    private static ArchyFlow read(Path yaml, Map<String, String> substitutions, List<LintFinding> findings) {
        String text = substitute(text(yaml), substitutions, yaml, findings);
        JsonNode root = parse(yaml, text);
        String type = flowType(root);
        if (type == null) {
            throw new InvalidFlowException(yaml + ": is not an Archy flow: it needs one flow-type key (inboundCall:, workflow:, "
                    + "bot: ...) holding the flow's name. Export the flow with archy export --exportType yaml");
        }
        JsonNode body = root.get(type);
        String name = body.path("name").asText();
        List<DataActionCall> calls = new ArrayList<>();
        new Walker(name, type, yaml, calls).walk(body, new ArrayDeque<>());
        List<Integer> lines = callDataLines(text);
        if (lines.size() == calls.size()) {
            for (int i = 0; i < calls.size(); i++) {
                DataActionCall c = calls.get(i);
                calls.set(i, new DataActionCall(c.flow(), c.flowType(), c.file(), lines.get(i), c.location(), c.name(), c.category(),
                        c.dataAction(), c.inputs(), c.successOutputs(), c.failureOutputs()));
            }
        }
        return new ArchyFlow(name, type, yaml, calls);
    }

    /** The line of every {@code callData:} key, in document order (the order the walker finds them in). */
    private static List<Integer> callDataLines(String text) {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && "callData".equals(parser.currentName())) {
                    lines.add(parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return lines;
    }

    private static String flowType(JsonNode root) {
        if (root == null || !root.isObject() || root.size() != 1) {
            return null;
        }
        String type = root.fieldNames().next();
        JsonNode body = root.get(type);
        return body.isObject() && body.path("name").isValueNode() ? type : null;
    }

    private static String text(Path file) {
        try {
            if (Files.size(file) > DataActions.MAX_FILE_BYTES) {
                throw new InvalidFlowException(file + ": is larger than " + DataActions.MAX_FILE_BYTES / 1048576
                        + " MB, too large for an Archy flow. Check the path");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidFlowException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + "). Check the path");
        }
    }

    private static String substitute(String text, Map<String, String> substitutions, Path file, List<LintFinding> findings) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        Set<String> missing = new java.util.TreeSet<>();
        while (m.find()) {
            String key = m.group(1);
            String value = substitutions.get(key);
            if (value == null) {
                missing.add(key);
                value = "<unsubstituted " + key + ">";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        for (String key : missing) {
            findings.add(new LintFinding(Severity.INFO, file.toString(), "", "flow-placeholder",
                    "{{" + key + "}} has no substitution; read as <unsubstituted " + key + ">",
                    "Read the flow through its Terraform root (genesyscloud_flow substitutions) to fill it"));
        }
        return out.toString();
    }

    private static JsonNode parse(Path file, String text) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? file.toString() : file + ":" + location.getLineNr();
            String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
            throw new InvalidFlowException(where + ": is not valid YAML (" + message + "). Fix the syntax, or export the flow"
                    + " again with archy export --exportType yaml");
        }
    }

    /** Walks one flow, keeping the path of named states, tasks, actions and branches leading to each callData. */
    private static final class Walker {
        private final String flow;
        private final String type;
        private final Path file;
        private final List<DataActionCall> calls;

        Walker(String flow, String type, Path file, List<DataActionCall> calls) {
            this.flow = flow;
            this.type = type;
            this.file = file;
            this.calls = calls;
        }

        void walk(JsonNode node, Deque<String> path) {
            if (node.isArray()) {
                for (JsonNode item : node) {
                    if (item.isObject() && item.size() == 1 && item.elements().next().isObject()) {
                        String kind = item.fieldNames().next();
                        JsonNode body = item.get(kind);
                        if (kind.equals("callData")) {
                            calls.add(call(body, path));
                        }
                        path.addLast(body.has("name") && body.get("name").isValueNode() ? kind + " '" + body.get("name").asText() + "'" : kind);
                        walk(body, path);
                        path.removeLast();
                    } else {
                        walk(item, path);
                    }
                }
                return;
            }
            if (!node.isObject()) {
                return;
            }
            for (var field : node.properties()) {
                if (field.getKey().equals("outputs") && field.getValue().isObject()) {
                    for (var branch : field.getValue().properties()) {
                        path.addLast(branch.getKey());
                        walk(branch.getValue(), path);
                        path.removeLast();
                    }
                } else if (!field.getKey().equals("category")) {
                    walk(field.getValue(), path);
                }
            }
        }

        private DataActionCall call(JsonNode body, Deque<String> path) {
            String category = "";
            String dataAction = "";
            JsonNode details = body;
            JsonNode categories = body.path("category");
            if (categories.isObject() && categories.size() > 0) {
                category = categories.fieldNames().next();
                JsonNode actions = categories.get(category).path("dataAction");
                if (actions.isObject() && actions.size() > 0) {
                    dataAction = actions.fieldNames().next();
                    details = actions.get(dataAction);
                }
            }
            String name = body.path("name").isValueNode() ? body.get("name").asText() : DEFAULT_NAME;
            String location = path.isEmpty() ? type : String.join(" > ", path);
            return new DataActionCall(flow, type, file, 0, location, name, category, dataAction,
                    values(details.path("inputs"), "exp"), values(details.path("successOutputs"), "var"),
                    values(details.path("failureOutputs"), "var"));
        }

        /** name → expression, variable or literal; entries with noValue are left out. */
        private static Map<String, String> values(JsonNode map, String preferred) {
            Map<String, String> values = new LinkedHashMap<>();
            map.properties().forEach(e -> {
                JsonNode value = e.getValue();
                if (value.has(preferred)) {
                    values.put(e.getKey(), value.get(preferred).asText());
                } else if (value.has("exp")) {
                    values.put(e.getKey(), value.get("exp").asText());
                } else if (value.has("var")) {
                    values.put(e.getKey(), value.get("var").asText());
                } else if (value.has("lit")) {
                    JsonNode lit = value.get("lit");
                    values.put(e.getKey(), lit.isTextual() ? "\"" + lit.asText() + "\"" : lit.toString());
                }
            });
            return values;
        }
    }
}
