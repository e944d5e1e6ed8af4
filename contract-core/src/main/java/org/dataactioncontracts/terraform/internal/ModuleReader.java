package org.dataactioncontracts.terraform.internal;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.action.Severity;
import org.dataactioncontracts.terraform.TerraformAction;
import org.dataactioncontracts.terraform.TerraformConfig;
import org.dataactioncontracts.terraform.TerraformFlow;

/**
 * Reads a {@code .tf} file or a Terraform root the way Terraform composes it: local modules are followed, their
 * arguments, {@code var.*} defaults, {@code terraform.tfvars}/{@code *.auto.tfvars} and module outputs are resolved;
 * whatever only Terraform's plan knows becomes a named placeholder.
 *
 * <p>hcl4j parses each file and evaluates {@code var.*}, {@code jsonencode} and literals. It does not unescape
 * {@code $${}/{@code %%{}}, resolves {@code module.X.Y} against the calling block's own arguments, and keeps no
 * positions; so module and resource references are resolved here, after recognising them in the attribute's text.
 */
public final class ModuleReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ACTION_TYPES = Set.of("genesyscloud_integration_action", "genesyscloud_integration_action_draft");
    private static final Set<String> META_ARGUMENTS = Set.of("source", "version", "depends_on", "count", "for_each", "providers");
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:\"\\$\\{\\s*([A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)+)\\s*}\"|([A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)+))$");
    private static final long MAX_FILE_BYTES = DataActions.MAX_FILE_BYTES;

    private final Placeholders placeholders = new Placeholders();
    private final List<TerraformAction> actions = new ArrayList<>();
    private final List<TerraformFlow> flows = new ArrayList<>();
    private final List<LintFinding> findings = new ArrayList<>();
    private final Path rootDirectory;

    private ModuleReader(Path rootDirectory) {
        this.rootDirectory = rootDirectory;
    }

    /**
     * Reads a {@code .tf} file (that file alone, with the local modules it calls) or a folder (a Terraform root).
     *
     * @throws InvalidDataActionException naming the file and line of a file hcl4j cannot parse
     */
    public static TerraformConfig read(Path fileOrRoot) {
        boolean folder = Files.isDirectory(fileOrRoot);
        Path directory = folder ? fileOrRoot : parentOf(fileOrRoot);
        if (!folder && !Files.isRegularFile(fileOrRoot)) {
            throw new InvalidDataActionException(fileOrRoot.toString(), "", "no such file", "Check the path");
        }
        List<Path> files = folder ? tfFiles(fileOrRoot) : List.of(fileOrRoot);
        if (files.isEmpty()) {
            throw new InvalidDataActionException(fileOrRoot.toString(), "", "folder contains no *.tf files",
                    "Pass a Terraform root folder or a .tf file");
        }
        ModuleReader reader = new ModuleReader(directory);
        Module root = reader.new Module("", directory, files, folder ? tfvars(directory) : Map.of(), "the root module");
        root.collect();
        return new TerraformConfig(reader.actions, reader.flows, reader.findings);
    }

    /** Whether a path is a {@code .tf} file, or a folder holding one. */
    public static boolean isTerraform(Path path) {
        if (Files.isDirectory(path)) {
            return !tfFiles(path).isEmpty();
        }
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tf");
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return file.getParent() != null ? file.getParent() : parent;
    }

    static List<Path> tfFiles(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".tf")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InvalidDataActionException(directory.toString(), "", "cannot be listed (" + e.getMessage() + ")", "Check the path");
        }
    }

    /** Terraform's automatic variable files, in its precedence order (later wins). */
    private static Map<String, Object> tfvars(Path directory) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        Path plain = directory.resolve("terraform.tfvars");
        if (Files.isRegularFile(plain)) {
            files.add(plain);
        }
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(p -> p.getFileName().toString().endsWith(".auto.tfvars")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new InvalidDataActionException(directory.toString(), "", "cannot be listed (" + e.getMessage() + ")", "Check the path");
        }
        for (Path file : files) {
            values.putAll(parse(file, readText(file), Map.of(), directory));
        }
        return values;
    }

    private static String readText(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidDataActionException(file.toString(), "", "is larger than " + MAX_FILE_BYTES / 1048576
                        + " MB, not a Terraform file for Data Actions", "Check the path");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidDataActionException(file.toString(), "", "cannot be read as UTF-8 text (" + e.getMessage() + ")",
                    "Check the path and its permissions");
        }
    }

    private static final Pattern HCL4J_LINE = Pattern.compile("on line: (\\d+)(?: col: (\\d+))?");

    /** hcl4j's parse, its errors turned into one line naming the file and line. */
    static Map<String, Object> parse(Path file, String text, Map<String, Object> variables, Path moduleDirectory) {
        HCLParser parser = new HCLParser();
        parser.setVariables(new LinkedHashMap<>(variables));
        parser.registerFunction("file", arguments -> readRelative(moduleDirectory, arguments));
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = (Map<String, Object>) unescape(parser.parse(text));
            return tree;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage());
            Matcher line = HCL4J_LINE.matcher(message);
            String where = line.find() ? file + ":" + line.group(1) : file.toString();
            throw new InvalidDataActionException(where, "", "is not valid HCL (" + message.replaceAll("\\R", "\\\\n") + ")",
                    "Fix the syntax (terraform validate shows it too); string escapes other than \\n \\t \\\" \\\\ are not read");
        }
    }

    private static Object readRelative(Path moduleDirectory, List<Object> arguments) {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof String name)) {
            return null;
        }
        Path target = moduleDirectory.resolve(name.replaceFirst("^path\\.module/", ""));
        try {
            return Files.readString(target, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Terraform's template escapes: {@code $${} is a literal {@code ${}, {@code %%{} a literal {@code %{}. */
    static Object unescape(Object value) {
        if (value instanceof String text) {
            return text.replace("$${", "${").replace("%%{", "%{");
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), unescape(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ModuleReader::unescape).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    /** One parsed file of a module instance. */
    private record Parsed(Path file, SourceLines lines, Map<String, Object> tree) {
    }

    /** One instance of a module: the root, or a {@code module} block's local source. */
    private final class Module {
        private final String prefix;
        private final Path directory;
        private final List<Path> files;
        private final Map<String, Object> arguments;
        private final String caller;
        private final List<Parsed> parsed = new ArrayList<>();
        private final Map<String, Module> children = new LinkedHashMap<>();
        private final Map<String, Object> outputs = new LinkedHashMap<>();
        private boolean loaded;

        Module(String prefix, Path directory, List<Path> files, Map<String, Object> arguments, String caller) {
            this.prefix = prefix;
            this.directory = directory;
            this.files = files;
            this.arguments = arguments;
            this.caller = caller;
        }

        private void load() {
            if (loaded) {
                return;
            }
            loaded = true;
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, Object> variables = new LinkedHashMap<>();
            for (Path file : files) {
                String text = readText(file);
                texts.put(file.toString(), text);
                Map<String, Object> declared = map(parse(file, text, Map.of(), directory).get("variable"));
                SourceLines lines = new SourceLines(text);
                declared.forEach((name, declaration) -> {
                    Map<String, Object> decl = map(declaration);
                    if (Boolean.TRUE.equals(decl.get("sensitive"))) {
                        // A secret must not reach a lint message, a run report or a pact: its value is never read.
                        variables.put(name, placeholders.create(prefix + "var." + name, "variable " + name
                                + " is declared sensitive; its value is not read"));
                    } else if (arguments.containsKey(name)) {
                        variables.put(name, arguments.get(name));
                    } else if (decl.containsKey("default") && decl.get("default") != null) {
                        variables.put(name, decl.get("default"));
                    } else {
                        variables.put(name, placeholders.create(prefix + "var." + name, "variable " + name + " at " + file + ":"
                                + lines.header("variable", name) + " has no default and no value from " + caller));
                    }
                });
            }
            // A variable declared in another file of the module is visible in every file.
            for (Path file : files) {
                String text = texts.get(file.toString());
                Map<String, Object> tree = parse(file, text, variables, directory);
                SourceLines lines = new SourceLines(text);
                checkEveryBlockRead(file, lines, tree);
                parsed.add(new Parsed(file, lines, tree));
            }
        }

        /** hcl4j drops a block whose closing brace is missing instead of failing; such a file is refused here. */
        private void checkEveryBlockRead(Path file, SourceLines lines, Map<String, Object> tree) {
            for (SourceLines.Header header : lines.headers()) {
                if (Set.of("terraform", "provider", "locals").contains(header.kind())) {
                    continue;
                }
                Object node = tree.get(header.kind());
                for (String label : header.labels()) {
                    node = map(node).get(label);
                }
                if (!(node instanceof Map) && !header.labels().isEmpty()) {
                    throw new InvalidDataActionException(file + ":" + header.line(), "", "the " + header.kind() + " block "
                            + header.labels() + " could not be read (hcl4j dropped it: is a closing brace missing?)",
                            "Fix the syntax; terraform validate shows where");
                }
            }
        }

        void collect() {
            load();
            for (Parsed p : parsed) {
                Map<String, Object> resources = map(p.tree().get("resource"));
                for (String type : resources.keySet()) {
                    for (var resource : map(resources.get(type)).entrySet()) {
                        if (ACTION_TYPES.contains(type)) {
                            actions.add(action(p, type, resource.getKey(), map(resource.getValue())));
                        } else if ("genesyscloud_flow".equals(type)) {
                            flows.add(flow(p, resource.getKey(), map(resource.getValue())));
                        }
                    }
                }
            }
            for (Parsed p : parsed) {
                for (String name : map(p.tree().get("module")).keySet()) {
                    Module child = child(name);
                    if (child != null) {
                        child.collect();
                    }
                }
            }
        }

        /** The local module a {@code module} block calls, or null when its source is not a local folder. */
        private Module child(String name) {
            if (children.containsKey(name)) {
                return children.get(name);
            }
            for (Parsed p : parsed) {
                Map<String, Object> block = map(map(p.tree().get("module")).get(name));
                if (block.isEmpty()) {
                    continue;
                }
                Object source = block.get("source");
                Module child = null;
                if (source instanceof String s && (s.startsWith("./") || s.startsWith("../"))) {
                    Path dir = directory.resolve(s).normalize();
                    if (Files.isDirectory(dir)) {
                        int header = p.lines().header("module", name);
                        Map<String, Object> args = new LinkedHashMap<>();
                        children.put(name, null); // a module calling itself resolves to placeholders, not a loop
                        block.forEach((arg, value) -> {
                            if (!META_ARGUMENTS.contains(arg)) {
                                args.put(arg, value(p, header, value, arg));
                            }
                        });
                        child = new Module(prefix + "module." + name + ".", dir, tfFiles(dir), args,
                                "module \"" + name + "\" at " + p.file() + ":" + header);
                    }
                }
                children.put(name, child);
                return child;
            }
            return null;
        }

        private Object output(String name) {
            load();
            if (outputs.containsKey(name)) {
                return outputs.get(name);
            }
            outputs.put(name, placeholders.create(prefix + "module output " + name, "refers to itself"));
            Object value = null;
            boolean found = false;
            for (Parsed p : parsed) {
                Map<String, Object> block = map(map(p.tree().get("output")).get(name));
                if (!block.isEmpty()) {
                    found = true;
                    value = value(p, p.lines().header("output", name), block.get("value"), "value");
                }
            }
            if (!found) {
                value = placeholders.create(prefix + "output." + name, "the module at " + directory + " has no output " + name);
            }
            outputs.put(name, value);
            return value;
        }

        /**
         * An attribute's value: hcl4j's, unless the attribute's text is a single reference to a module output, a data
         * source, a resource attribute or {@code path.*}, which Terraform semantics resolve here.
         */
        private Object value(Parsed p, int header, Object hclValue, String... attribute) {
            String expression = p.lines().expression(p.lines().attribute(header, attribute));
            Matcher m = REFERENCE.matcher(expression);
            if (m.matches()) {
                String reference = m.group(1) != null ? m.group(1) : m.group(2);
                if (!reference.startsWith("var.") && !reference.startsWith("local.")) {
                    return resolve(reference);
                }
            }
            if (hclValue instanceof String s && s.startsWith("path.module")) {
                return directory.toAbsolutePath().normalize() + s.substring("path.module".length());
            }
            if (hclValue == null || hclValue.getClass().getName().startsWith("com.bertramlabs")) {
                String text = expression.isEmpty() ? String.join(".", attribute) : expression;
                if (m.matches() && text.startsWith("var.")) {
                    return placeholders.create(prefix + text, "variable " + text.substring(4) + " is not declared in "
                            + directory + " or has no value there");
                }
                return placeholders.create(prefix + text, "an expression hcl4j cannot evaluate statically");
            }
            return hclValue;
        }

        private Object resolve(String reference) {
            String[] parts = reference.split("\\.");
            String full = prefix + reference;
            switch (parts[0]) {
                case "module" -> {
                    Module child = child(parts[1]);
                    if (parts.length < 3) {
                        return placeholders.create(full, "a whole module object");
                    }
                    if (child == null) {
                        return placeholders.create(full, "an output of module " + parts[1] + ", which is not a local folder");
                    }
                    return child.output(parts[2]);
                }
                case "data" -> {
                    return placeholders.create(full, "a data source, read by Terraform at plan time");
                }
                case "path" -> {
                    return ("root".equals(parts[1]) ? rootDirectory : directory).toAbsolutePath().normalize().toString();
                }
                default -> {
                    if (parts.length >= 3) {
                        for (Parsed p : parsed) {
                            Map<String, Object> resource = map(map(map(p.tree().get("resource")).get(parts[0])).get(parts[1]));
                            Object attribute = resource.get(parts[2]);
                            if (attribute instanceof String || attribute instanceof Number || attribute instanceof Boolean) {
                                return value(p, p.lines().header("resource", parts[0], parts[1]), attribute, parts[2]);
                            }
                        }
                    }
                    return placeholders.create(full, "set by the Genesys provider when the resource is created");
                }
            }
        }

        private TerraformAction action(Parsed p, String type, String label, Map<String, Object> resource) {
            String address = prefix + type + "." + label;
            int header = p.lines().header("resource", type, label);
            Map<String, Integer> lines = new LinkedHashMap<>();
            ObjectNode root = NODES.objectNode();
            String name = text(p, header, resource, lines, "name");
            if (name == null) {
                throw new InvalidDataActionException(p.file() + ":" + header, "", address + " has no name",
                        "Set name; the Genesys provider requires it");
            }
            root.put("name", name);
            root.put("category", orPlaceholder(text(p, header, resource, lines, "category"), address + ".category"));
            root.put("integrationId", orPlaceholder(text(p, header, resource, lines, "integration_id"), address + ".integration_id"));
            Object secure = resource.containsKey("secure") ? value(p, header, resource.get("secure"), "secure") : null;
            lines.put("secure", p.lines().attribute(header, "secure"));
            if (secure instanceof Boolean b) {
                root.put("secure", b);
            } else if (secure != null) {
                info(p.file(), lines.get("secure"), address + ".secure", "secure is " + secure + ": " + placeholders.explain(String.valueOf(secure))
                        + "; loaded as false, the provider's default");
            }
            ObjectNode config = root.putObject("config");
            ObjectNode request = config.putObject("request");
            Map<String, Object> configRequest = map(resource.get("config_request"));
            lines.put("config_request", p.lines().attribute(header, "config_request"));
            putText(request, "requestUrlTemplate", text(p, header, configRequest, lines, "config_request", "request_url_template"));
            putText(request, "requestType", text(p, header, configRequest, lines, "config_request", "request_type"));
            putText(request, "requestTemplate", text(p, header, configRequest, lines, "config_request", "request_template"));
            if (configRequest.get("headers") instanceof Map<?, ?> headers) {
                request.set("headers", json(headers));
                lines.put("config_request.headers", p.lines().attribute(header, "config_request", "headers"));
            }
            Map<String, Object> configResponse = map(resource.get("config_response"));
            lines.put("config_response", p.lines().attribute(header, "config_response"));
            ObjectNode response = config.putObject("response");
            for (String[] key : new String[][] {{"translation_map", "translationMap"}, {"translation_map_defaults", "translationMapDefaults"}}) {
                if (configResponse.get(key[0]) instanceof Map<?, ?> m) {
                    response.set(key[1], json(m));
                    lines.put("config_response." + key[0], p.lines().attribute(header, "config_response", key[0]));
                }
            }
            putText(response, "successTemplate", text(p, header, configResponse, lines, "config_response", "success_template"));
            Object timeout = resource.get("config_timeout_seconds");
            lines.put("config_timeout_seconds", p.lines().attribute(header, "config_timeout_seconds"));
            if (timeout != null) {
                config.set("timeoutSeconds", json(timeout));
            }
            ObjectNode contract = root.putObject("contract");
            contract.putObject("input").set("inputSchema", schema(p, header, resource, lines, "contract_input", address));
            contract.putObject("output").set("successSchema", schema(p, header, resource, lines, "contract_output", address));
            lines.values().removeIf(line -> line == null || line == 0);

            String source = p.file() + ":" + header + " (" + address + ")";
            DataAction action;
            try {
                action = DataActions.fromTree(root, source);
            } catch (InvalidDataActionException e) {
                TerraformAction located = new TerraformAction(placeholderAction(source), address, p.file(), header, lines);
                LintFinding where = located.locate(new LintFinding(Severity.ERROR, source, e.pointer(), "x", "x", "x"));
                throw new InvalidDataActionException(where.file(), where.pointer(), e.problem(), e.hint());
            }
            TerraformAction result = new TerraformAction(action, address, p.file(), header, lines);
            for (var entry : Map.of("name", name, "category", root.path("category").asText(),
                    "integration_id", root.path("integrationId").asText(),
                    "config_request.request_url_template", request.path("requestUrlTemplate").asText()).entrySet()) {
                if (Placeholders.contains(entry.getValue())) {
                    info(p.file(), lines.getOrDefault(entry.getKey(), header), address + "." + entry.getKey(),
                            entry.getKey() + " is not known statically: " + placeholders.explain(entry.getValue()));
                }
            }
            return result;
        }

        private DataAction placeholderAction(String source) {
            ObjectNode minimal = NODES.objectNode().put("name", "x").put("category", "x");
            minimal.putObject("config").putObject("request").put("requestUrlTemplate", "/").put("requestType", "GET");
            minimal.putObject("contract").putObject("input").putObject("inputSchema");
            ((ObjectNode) minimal.get("contract")).putObject("output").putObject("successSchema");
            return DataActions.fromTree(minimal, source);
        }

        private String orPlaceholder(String value, String what) {
            return value != null ? value : placeholders.create(what, "not set in the resource");
        }

        private String text(Parsed p, int header, Map<String, Object> block, Map<String, Integer> lines, String... path) {
            String key = path[path.length - 1];
            if (!block.containsKey(key)) {
                return null;
            }
            int line = p.lines().attribute(header, path);
            lines.put(String.join(".", path), line);
            Object value = value(p, header, block.get(key), path);
            if (value instanceof Double d && d == Math.rint(d)) {
                return Long.toString(d.longValue());
            }
            if (value instanceof String text && p.lines().expression(line).startsWith("<<-")) {
                return dedent(text);
            }
            return value == null ? null : String.valueOf(value);
        }

        private JsonNode schema(Parsed p, int header, Map<String, Object> resource, Map<String, Integer> lines, String key, String address) {
            lines.put(key, p.lines().attribute(header, key));
            Object value = resource.get(key);
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                return json(value);
            }
            if (!(value instanceof String text)) {
                return NODES.nullNode();
            }
            if (Placeholders.contains(text)) {
                throw new InvalidDataActionException(p.file() + ":" + lines.get(key), address + "." + key,
                        "is not known statically: " + placeholders.explain(text),
                        "Write the schema with jsonencode({...}) or file(\"schema.json\") in the resource");
            }
            try {
                return integral(MAPPER.readTree(text));
            } catch (JsonProcessingException e) {
                throw new InvalidDataActionException(p.file() + ":" + lines.get(key), address + "." + key,
                        "is not JSON (" + e.getOriginalMessage() + ")", "Write the schema with jsonencode({...})");
            }
        }

        private void putText(ObjectNode node, String field, String value) {
            if (value != null) {
                node.put(field, value);
            }
        }

        private void info(Path file, Integer line, String pointer, String message) {
            findings.add(new LintFinding(Severity.INFO, file + ":" + (line == null ? 0 : line), pointer, "terraform-unresolved",
                    message, "Pass the value as a module argument, a variable default or in terraform.tfvars to check it; "
                            + "the placeholder is used meanwhile"));
        }

        private TerraformFlow flow(Parsed p, String label, Map<String, Object> resource) {
            String address = prefix + "genesyscloud_flow." + label;
            int header = p.lines().header("resource", "genesyscloud_flow", label);
            Object filepath = resource.containsKey("filepath") ? value(p, header, resource.get("filepath"), "filepath") : null;
            // Terraform resolves a relative filepath against the folder it runs in, the root.
            Path yaml = shown(rootDirectory.toAbsolutePath().resolve(java.util.Objects.toString(filepath, "")).normalize());
            Map<String, String> substitutions = new LinkedHashMap<>();
            map(resource.get("substitutions")).forEach((key, raw) -> {
                Object value = value(p, header, raw, "substitutions", key);
                String text = value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : String.valueOf(value);
                substitutions.put(key, text);
                if (Placeholders.contains(text)) {
                    info(p.file(), p.lines().attribute(header, "substitutions", key), address + ".substitutions." + key,
                            "substitution " + key + " is not known statically: " + placeholders.explain(text));
                }
            });
            return new TerraformFlow(address, p.file(), header, yaml, substitutions);
        }
    }

    /** An absolute path shown relative to the working directory when it lies below it. */
    private static Path shown(Path absolute) {
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    /** Terraform's {@code <<-} heredoc: the common leading whitespace of the lines is removed (hcl4j keeps it). */
    static String dedent(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            out.append(l.isBlank() ? l.strip() : l.substring(indent)).append('\n');
        }
        return text.endsWith("\n") ? out.toString() : out.substring(0, out.length() - 1);
    }

    /** A value from hcl4j as JSON: whole numbers (hcl4j reads every number as a double) become integers. */
    static JsonNode json(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? NODES.numberNode((long) d) : NODES.numberNode(d);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((k, v) -> node.set(String.valueOf(k), json(v)));
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode node = NODES.arrayNode();
            list.forEach(v -> node.add(json(v)));
            return node;
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static JsonNode integral(JsonNode node) {
        if (node.isDouble() && node.doubleValue() == Math.rint(node.doubleValue()) && Math.abs(node.doubleValue()) < 1e15) {
            return NODES.numberNode(node.longValue());
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), integral(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(e -> copy.add(integral(e)));
            return copy;
        }
        return node;
    }
}
