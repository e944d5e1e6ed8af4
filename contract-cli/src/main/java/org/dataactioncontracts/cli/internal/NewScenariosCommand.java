package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.scenario.ScenarioFile;
import org.dataactioncontracts.scenario.ScenarioLint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dac new-scenarios}: a starting scenario file for an export, which runs as written and marks with TODO what a human decides. */
@Command(name = "new-scenarios",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write <Name>.scenarios.yaml beside a Data Action export: a success scenario whose response examples come from the"
                + " output contract's types and enums, and a not-found failure scenario. Values and provider states a human"
                + " must decide are marked TODO; the file runs as written (mvn -pl <domain> test)."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the file was written", "  2  bad usage: the export cannot be read, or the scenario file exists (use --force)"})
final class NewScenariosCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(index = "0", paramLabel = "<export>", description = "The Data Action export, e.g. hris-contracts/data-actions/Get-Time-Off.custom.json.")
    String export;

    @Option(names = "--force", description = "Replace an existing scenario file.")
    boolean force;

    NewScenariosCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Path given = Context.path(export);
        DataAction action;
        try {
            action = context.load(given);
        } catch (InvalidDataActionException e) {
            throw new UsageException(e.getMessage());
        }
        String base = given.getFileName().toString().replaceFirst("(\\.custom)?\\.json$", "");
        Path target = context.resolve(export).resolveSibling(base + ScenarioFile.SUFFIX);
        if (Files.exists(target) && !force) {
            throw new UsageException(target.getFileName() + " exists already: edit it, or pass --force to replace it");
        }
        String provider = defaultProvider(context.resolve(export).toAbsolutePath().getParent());
        Map<String, Object> input = new LinkedHashMap<>();
        action.inputSchema().path("properties").properties().forEach(p -> input.put(p.getKey(), example(p.getKey(), p.getValue(), true)));
        Map<String, Object> examples = new LinkedHashMap<>();
        StringBuilder derived = new StringBuilder();
        JsonNode outputs = action.successSchema().path("properties");
        for (String key : ScenarioLint.exampleKeys(action)) {
            if (!action.response().translationMap().isEmpty() && !action.response().translationMap().containsKey(key)) {
                continue;
            }
            // A list output fed by a [*] or filter path: the example is one element.
            JsonNode schema = outputs.path(key);
            schema = "array".equals(schema.path("type").asText()) ? schema.path("items") : schema;
            Object value = example(key, schema, false);
            if (value == null) {
                derived.append(derived.isEmpty() ? "" : ", ").append(key);
            } else {
                examples.put(key, value);
            }
        }
        String firstInput = input.keySet().stream().findFirst().orElse(null);
        String state = firstInput == null ? "" : " {" + firstInput + "}";
        String params = firstInput == null ? "" : "    params: " + flow(Map.of(firstInput, input.get(firstInput))) + "\n";
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Scenarios of the Data Action '").append(action.baseName()).append("' (").append(given.getFileName()).append(").\n")
                .append("# Replace every TODO; keys: README, \"Scenario file reference\". Check with: dac lint ")
                .append(given.resolveSibling(target.getFileName())).append('\n');
        yaml.append(provider == null ? "provider: TODO-provider-name   # the backend API, e.g. bamboohr-api\n"
                : "# provider: " + provider + "   (the module's default, from data-action-contracts.properties)\n");
        yaml.append("scenarios:\n");
        yaml.append("  - name: TODO a record that exists\n")
                .append("    given: TODO a record").append(state).append(" exists   # the provider state the backend sets up\n")
                .append(params)
                .append("    input: ").append(flow(input)).append("   # TODO real input values\n")
                .append(credentials(action))
                .append("    # The response is derived from what the translation reads; these are its example values (TODO).\n")
                .append("    examples: ").append(flow(examples)).append('\n')
                .append(derived.isEmpty() ? "" : "    # Derived to fit their contract (pattern, format, lists): " + derived + "\n")
                .append("    expect:\n      outcome: SUCCESS\n")
                .append("      # TODO the exact output the flow gets, e.g. output: {...}\n\n");
        yaml.append("  - name: TODO a record that does not exist\n")
                .append("    given: TODO no record").append(state).append('\n')
                .append(params)
                .append("    input: ").append(flow(input)).append('\n')
                .append(credentials(action))
                .append("    response:\n      status: 404\n      body: {message: TODO the backend's not-found body}\n")
                .append("    expect:\n      outcome: FAILURE\n      error: {status: 404, code: not.found}\n");
        Files.writeString(target, yaml.toString(), StandardCharsets.UTF_8);
        context.out().println("Wrote " + given.resolveSibling(target.getFileName()) + " (2 scenarios). Replace the TODOs, then run"
                + " dac lint and mvn -pl <domain> test.");
        return Dac.EXIT_OK;
    }

    /** Credential test values for every credential the request templates read: placeholders in the pact, never the value. */
    private static String credentials(DataAction action) {
        Map<String, Object> names = new LinkedHashMap<>();
        String templates = action.request().urlTemplate() + action.request().headers() + action.request().requestTemplate();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("credentials\\.([A-Za-z0-9_]+)").matcher(templates);
        while (m.find()) {
            names.put(m.group(1), "test-" + m.group(1));
        }
        return names.isEmpty() ? "" : "    credentials: " + flow(names) + "   # test values only, never real ones\n";
    }

    /** An example for a schema property: the first enum value, else one of its type; null when the bridge should derive it. */
    private static Object example(String name, JsonNode schema, boolean input) {
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            JsonNode first = schema.path("enum").get(0);
            return first.isNumber() ? first.numberValue() : first.isBoolean() ? first.booleanValue() : first.asText();
        }
        String type = schema.path("type").asText("string");
        return switch (type) {
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            case "string" -> !input && (schema.has("pattern") || schema.has("format")) ? null : "TODO-" + name;
            default -> schema.isMissingNode() && !input ? "TODO-" + name : null;
        };
    }

    private static String flow(Map<String, Object> values) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(k).append(": ")
                .append(v instanceof String s ? "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : v));
        return out.append('}').toString();
    }

    /** The {@code provider=} of the module's data-action-contracts.properties (export folder's parent module), or null. */
    private static String defaultProvider(Path dataActions) throws IOException {
        Path props = dataActions.getParent() == null ? null : dataActions.getParent().resolve("src/test/resources/data-action-contracts.properties");
        if (props == null || !Files.isRegularFile(props)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(props)) {
            p.load(in);
        }
        String value = p.getProperty("provider", "").strip();
        return value.isEmpty() ? null : value;
    }
}
