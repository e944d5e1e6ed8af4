package org.dataactioncontracts.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.action.Severity;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.pact.internal.ResponseDeriver;

/**
 * Checks scenario files against the Data Action they describe: the same checks for {@code dac lint} and for the test
 * run, so both print the same lines.
 */
public final class ScenarioLint {

    /**
     * The result of linting one scenario file.
     *
     * @param file      the scenario file, when it could be read
     * @param action    the Data Action it describes, when there is one
     * @param findings  what is wrong, one finding per problem
     * @param malformed whether the file could not be read as a scenario file at all (YAML or structure)
     */
    public record Result(Optional<ScenarioFile> file, Optional<DataAction> action, List<LintFinding> findings, boolean malformed) {
        public Result {
            findings = List.copyOf(findings);
        }

        /** The findings of one scenario (by its pointer), and of the file as a whole when the pointer is empty. */
        public List<LintFinding> findingsOf(String scenarioPointer) {
            return findings.stream().filter(f -> f.pointer().equals(scenarioPointer) || f.pointer().startsWith(scenarioPointer + "/")).toList();
        }
    }

    private static final GenesysEmulator EMULATOR = GenesysEmulator.create();

    private ScenarioLint() {
    }

    /** One line for a terminal or a test failure: severity, file:line, YAML pointer, rule, what is wrong, what to do. */
    public static String line(LintFinding f) {
        return f.severity() + " " + f.file() + " " + (f.pointer().isEmpty() ? "(root)" : f.pointer()) + " " + f.rule() + ": "
                + f.message().replaceAll("\\R\\s*", " ") + " (fix: " + f.fix().replaceAll("\\R\\s*", " ") + ")";
    }

    /** Reads a scenario file and checks it against its Data Action export in the same folder. */
    public static Result lint(Path scenarioFile) {
        ScenarioFile file;
        try {
            file = ScenarioFiles.load(scenarioFile);
        } catch (InvalidScenarioFileException e) {
            return new Result(Optional.empty(), Optional.empty(), e.findings(), true);
        }
        String base = file.exportBaseName();
        Path folder = scenarioFile.toAbsolutePath().getParent();
        Optional<Path> export = List.of(base + ".custom.json", base + ".json").stream().map(folder::resolve).filter(Files::isRegularFile)
                .findFirst();
        if (export.isEmpty()) {
            List<String> known = DataActions.jsonFiles(folder).stream().map(p -> p.getFileName().toString()).toList();
            return new Result(Optional.of(file), Optional.empty(), List.of(new LintFinding(Severity.ERROR, file.where(""), "",
                    "scenario-unknown-data-action", "no Data Action export '" + base + ".custom.json' (or '" + base + ".json') beside this file",
                    "name the scenario file after its export: <Export-Base-Name>" + ScenarioFile.SUFFIX + (known.isEmpty() ? ""
                            : "; the exports here are " + known))), false);
        }
        DataAction action;
        try {
            action = DataActions.load(export.get());
        } catch (InvalidDataActionException e) {
            return new Result(Optional.of(file), Optional.empty(), List.of(new LintFinding(Severity.ERROR, file.where(""), "",
                    "scenario-unknown-data-action", "the export " + export.get().getFileName() + " cannot be read: " + e.getMessage(),
                    "fix the export first (dac lint " + export.get().getFileName() + ")")), false);
        }
        return new Result(Optional.of(file), Optional.of(action), check(file, action), false);
    }

    /** Checks every scenario of a file against its Data Action's contracts and translation. */
    public static List<LintFinding> check(ScenarioFile file, DataAction action) {
        List<LintFinding> findings = new ArrayList<>();
        Set<String> inputs = properties(action.inputSchema());
        Set<String> required = new TreeSet<>();
        action.inputSchema().path("required").forEach(r -> required.add(r.asText()));
        Set<String> outputs = properties(action.successSchema());
        Set<String> translationKeys = new TreeSet<>(action.response().translationMap().keySet());
        Set<String> exampleKeys = exampleKeys(action, outputs);
        Map<String, String> names = new HashMap<>();
        for (Scenario s : file.scenarios()) {
            String at = s.pointer();
            String previous = names.putIfAbsent(s.name(), at);
            if (previous != null) {
                findings.add(finding(file, at + "/name", "scenario-duplicate-name", "the scenario name '" + s.name() + "' is already used at "
                        + previous + " (" + file.where(previous) + ")", "give each scenario its own name: one pact keeps only one"
                        + " interaction per description"));
            }
            Map<String, String> given = new java.util.LinkedHashMap<>();
            s.input().keySet().forEach(k -> given.put(k, "/input/"));
            s.secrets().keySet().forEach(k -> given.put(k, "/secrets/"));
            for (String key : given.keySet()) {
                if (!inputs.contains(key)) {
                    findings.add(finding(file, at + given.get(key) + key, "scenario-unknown-input", "input '" + key + "' is not in the input"
                            + " contract of '" + action.baseName() + "'", "use one of " + inputs + ", or add it to the export's inputSchema"));
                }
            }
            for (String key : required) {
                if (!given.containsKey(key)) {
                    findings.add(finding(file, at + "/input", "scenario-missing-input", "the required input '" + key + "' is missing",
                            "add '" + key + ": <value>' under input (Architect always passes it)"));
                }
            }
            for (String key : s.examples().keySet()) {
                if (!exampleKeys.contains(key)) {
                    findings.add(finding(file, at + "/examples/" + key, "scenario-unknown-example", "the translation does not read '" + key
                            + "', so this example changes nothing", "use a translation key or output name: " + exampleKeys));
                }
            }
            List<String> notRead = new ArrayList<>(s.without());
            s.waivePins().keySet().stream().filter(k -> !k.equals("*")).forEach(notRead::add);
            for (String key : new LinkedHashSet<>(notRead)) {
                if (!translationKeys.contains(key)) {
                    String where = s.without().contains(key) ? "/without" : "/waivePins/" + key;
                    findings.add(finding(file, at + where, "scenario-unknown-translation-key", "'" + key + "' is not a key of the"
                            + " translation map", "use one of " + translationKeys + " (or '*' in waivePins for all)"));
                }
            }
            s.expect().output().ifPresent(output -> output.fieldNames().forEachRemaining(key -> {
                String top = s.flatten() && key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                if (!outputs.contains(top)) {
                    findings.add(finding(file, at + "/expect/output/" + key, "scenario-unknown-output", "'" + key + "' is not in the output"
                            + " contract of '" + action.baseName() + "'", "use one of " + outputs + (s.flatten() ? " (flattened: name.field)" : "")));
                }
            }));
        }
        return findings;
    }

    /**
     * The names an {@code examples} entry may use: translation keys, the output properties they feed (as the response
     * deriver finds them), and every output property when the template passes the whole response ({@code ${rawResult}}).
     */
    public static Set<String> exampleKeys(DataAction action) {
        return exampleKeys(action, properties(action.successSchema()));
    }

    private static Set<String> exampleKeys(DataAction action, Set<String> outputs) {
        Set<String> keys = new TreeSet<>(action.response().translationMap().keySet());
        if (action.response().successTemplate().contains("rawResult")) {
            keys.addAll(outputs);
        }
        keys.addAll(new ResponseDeriver(action, EMULATOR).outputPropertyByKey().values());
        return keys;
    }

    private static LintFinding finding(ScenarioFile file, String pointer, String rule, String message, String fix) {
        return new LintFinding(Severity.ERROR, file.where(pointer), pointer, rule, message, fix);
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
