package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.cli.internal.OrgConnection.OrgException;
import org.dataactioncontracts.cli.internal.OrgConnection.Retry;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.internal.JUnitXml;
import org.dataactioncontracts.scenario.InvalidScenarioFileException;
import org.dataactioncontracts.scenario.Scenario;
import org.dataactioncontracts.scenario.ScenarioFile;
import org.dataactioncontracts.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dac calibrate}: asks Genesys's test endpoint how it executes an action for given inputs, runs the engine on the
 * backend response Genesys saw, and names every difference with the {@code EmulatorOptions} switch that would change it.
 */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run inputs through the org's test endpoint (POST /api/v2/integrations/actions/{id}/test) for the same action, "
                + "run the engine on the backend response Genesys saw (its Execute operation's result), and compare step by "
                + "step: operation names and success, their results (translation values ...), finalResult, error.",
            "Each difference names the EmulatorOptions switch with which the engine would give Genesys's value. --save stores "
                + "each case with Genesys's result; --replay <dir> compares such saved cases offline, without an org.",
            "Credentials as for dac pull; needs integrations:action:view and integrations:action:execute. The test endpoint "
                + "really calls the backend: point the org at a staging API."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the engine matched Genesys in every case",
                "  1  some difference (listed), or a case Genesys gave no backend response for",
                "  2  bad usage, or a file that cannot be read",
                "  5  the org could not be reached, refused the credentials, or kept answering 429/5xx",
                "%nExample:%n  dac calibrate --category \"CRM read\" --action data-actions/Get-Customer-By-Id.custom.json \\",
                "      --input '{\"customerId\":\"C-1001\"}' --junit target/calibration.xml --save calibration/"})
final class CalibrateCommand implements Callable<Integer> {
    private static final String SAVED_SUFFIX = ".calibration.json";

    private final Context context;

    @Mixin
    OrgConnection.Options org = new OrgConnection.Options();

    @Option(names = "--action", paramLabel = "<action.json>", description = "The Data Action file; the org action of the same name is tested.")
    String actionFile;

    @Option(names = "--input", paramLabel = "<json|@file>", description = "An execute body, as for dac run; repeatable: one case each.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--scenarios", paramLabel = "<file.scenarios.yaml>",
            description = "A scenario file of the domain: each scenario's input (secret inputs included) is one case.")
    String scenariosFile;

    @Option(names = "--cases", paramLabel = "<file>",
            description = "A JSON file of cases: {\"cases\": [{\"name\": \"...\", \"input\": {...}}]}.")
    String casesFile;

    @Option(names = "--category", paramLabel = "<name>", description = "The org category to find the action in by name.")
    String category;

    @Option(names = "--action-id", paramLabel = "<id>", description = "The org action's id (instead of finding it by name).")
    String actionId;

    @Option(names = "--draft", description = "Test the action's draft (…/draft/test) instead of its published version.")
    boolean draft;

    @Option(names = "--flatten", description = "Ask Genesys and the engine for flattened output.")
    boolean flatten;

    @Option(names = "--junit", paramLabel = "<file>", description = "Also write the report as JUnit XML (one test per case).")
    String junit;

    @Option(names = "--save", paramLabel = "<dir>", description = "Store each case with Genesys's result as <Action>--<case>.calibration.json.")
    String save;

    @Option(names = "--replay", paramLabel = "<dir>", description = "Compare the saved cases of this folder offline (no org, no --action).")
    String replay;

    /** One input to calibrate; scenario files (another issue's) can become a third source of these. */
    private record Case(String name, JsonNode input) {
    }

    /** One compared case for the report. */
    private record Outcome(String action, String name, Optional<Calibration.Result> result, String problem) {
    }

    CalibrateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Outcome> outcomes = replay != null ? replaySaved() : calibrateAgainstTheOrg();
        if (outcomes == null) {
            return OrgConnection.EXIT_ORG;
        }
        int differing = 0;
        List<JUnitXml.Case> junitCases = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            String label = outcome.action() + " / " + outcome.name();
            if (outcome.result().isEmpty()) {
                differing++;
                print("NOT CALIBRATED " + label + ": " + outcome.problem());
                junitCases.add(new JUnitXml.Case(label, JUnitXml.Outcome.FAILED, "not-calibrated", outcome.problem(), List.of(outcome.problem()), List.of()));
                continue;
            }
            List<Calibration.Difference> differences = outcome.result().get().differences();
            if (differences.isEmpty()) {
                print("MATCH " + label);
                junitCases.add(JUnitXml.Case.passed(label, List.of()));
                continue;
            }
            differing++;
            print("DIFFERENT " + label + ": " + differences.size() + " difference" + (differences.size() == 1 ? "" : "s"));
            List<String> lines = differences.stream().map(Calibration.Difference::line).map(context::scrub).toList();
            lines.forEach(line -> print("  " + line));
            junitCases.add(new JUnitXml.Case(label, JUnitXml.Outcome.FAILED, "engine-differs-from-genesys",
                    differences.size() + " difference(s) from Genesys", lines, List.of()));
        }
        print(outcomes.size() + " case" + (outcomes.size() == 1 ? "" : "s") + ": " + (outcomes.size() - differing) + " matched, " + differing
                + " different or not calibrated");
        if (junit != null) {
            context.writeReport("--junit", junit, context.scrub(JUnitXml.suite("dac calibrate", "dac.calibrate", junitCases)));
        }
        return differing > 0 ? Dac.EXIT_FAILED : Dac.EXIT_OK;
    }

    private List<Outcome> calibrateAgainstTheOrg() {
        if (actionFile == null) {
            throw new UsageException("give --action <file> (and --input, --cases or --scenarios), or --replay <dir> for saved cases");
        }
        if (actionId == null && category == null) {
            throw new UsageException("give --category (the action is found there by name) or --action-id");
        }
        DataAction action = load();
        JsonNode document = readJson(actionFile, "--action");
        List<Case> cases = cases();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            OrgConnection connection = OrgConnection.open(context, org);
            String id = actionId != null ? actionId : findAction(connection, action.name());
            String path = OrgActions.ACTIONS + "/" + OrgConnection.encode(id) + (draft ? "/draft" : "") + "/test" + (flatten ? "?flatten=true" : "");
            for (Case c : cases) {
                // The test endpoint calls the backend, which may write: only a 429 (not processed) is retried.
                JsonNode genesys = connection.call("POST", path, c.input(), Retry.ONLY_THROTTLED);
                outcomes.add(compare(action, c, genesys));
                if (save != null) {
                    saveCase(action, document, c, genesys);
                }
            }
        } catch (OrgException e) {
            context.error("dac calibrate: " + e.getMessage());
            return null;
        }
        return outcomes;
    }

    private String findAction(OrgConnection connection, String name) {
        List<JsonNode> found = new OrgActions(connection).list(category, name).stream().filter(a -> a.path("name").asText().equals(name)).toList();
        if (found.isEmpty()) {
            throw new UsageException("no action named '" + name + "' in category '" + category + "' of the org; deploy it first, or give --action-id");
        }
        return found.get(0).path("id").asText();
    }

    private Outcome compare(DataAction action, Case c, JsonNode genesys) {
        Optional<HttpResult> backend = Calibration.backendResponse(genesys);
        if (backend.isEmpty()) {
            return new Outcome(action.source(), c.name(), Optional.empty(),
                    "Genesys's result has no Execute operation with a result (it stopped earlier, or does not return the backend response): "
                            + "nothing to run the engine on; error: " + genesys.path("error").path("message").asText("none"));
        }
        return new Outcome(action.source(), c.name(), Optional.of(Calibration.calibrate(action, c.input(), output(flatten), genesys, backend.get())), "");
    }

    private List<Outcome> replaySaved() {
        if (actionFile != null || !inputs.isEmpty() || casesFile != null || scenariosFile != null) {
            throw new UsageException("--replay compares saved cases offline: give no --action, --input, --cases or --scenarios with it");
        }
        Path dir = context.optionPath("--replay", replay);
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(SAVED_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UsageException("--replay " + replay + " cannot be listed (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new UsageException("--replay " + replay + " holds no *" + SAVED_SUFFIX + " files (dac calibrate --save writes them)");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            String shown = Path.of(replay).resolve(file.getFileName()).toString();
            JsonNode saved = readJson(file.toString(), "--replay file");
            DataAction action;
            try {
                action = DataActions.fromTree(saved.path("action"), shown + "#/action");
            } catch (InvalidDataActionException e) {
                throw new UsageException(e.getMessage());
            }
            if (!saved.path("genesys").isObject() || saved.path("input").isMissingNode()) {
                throw new UsageException(shown + " is not a saved calibration case: it needs action, input and genesys");
            }
            Case c = new Case(saved.path("case").asText(file.getFileName().toString()), saved.get("input"));
            Calibration.Output output = output(saved.path("flatten").asBoolean(false));
            Optional<HttpResult> backend = Calibration.backendResponse(saved.get("genesys"));
            outcomes.add(backend.isEmpty()
                    ? new Outcome(shown, c.name(), Optional.empty(), "the saved Genesys result has no Execute result")
                    : new Outcome(shown, c.name(), Optional.of(Calibration.calibrate(action, c.input(), output, saved.get("genesys"), backend.get())), ""));
        }
        return outcomes;
    }

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String text = inputs.get(i);
            JsonNode input = text.startsWith("@") ? readJson(text.substring(1), "--input file") : parse(text, "--input");
            cases.add(new Case("input " + (i + 1), input));
        }
        if (casesFile != null) {
            JsonNode list = readJson(casesFile, "--cases").path("cases");
            if (!list.isArray() || list.isEmpty()) {
                throw new UsageException("--cases " + casesFile + ": /cases must be a non-empty array of {\"name\": ..., \"input\": {...}}");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode entry = list.get(i);
                if (!entry.path("input").isObject()) {
                    throw new UsageException("--cases " + casesFile + ": /cases/" + i + "/input must be a JSON object (the execute body)");
                }
                cases.add(new Case(entry.path("name").asText("case " + (i + 1)), entry.get("input")));
            }
        }
        if (scenariosFile != null) {
            ScenarioFile file;
            try {
                file = ScenarioFiles.load(context.optionPath("--scenarios", scenariosFile));
            } catch (InvalidScenarioFileException e) {
                throw new UsageException(e.getMessage());
            }
            for (Scenario scenario : file.scenarios()) {
                ObjectNode input = Json.MAPPER.valueToTree(scenario.input());
                scenario.secrets().forEach(input::put);
                cases.add(new Case(scenario.name(), input));
            }
        }
        if (cases.isEmpty()) {
            throw new UsageException("no cases: give --input (repeatable), --cases <file> or --scenarios <file.scenarios.yaml>");
        }
        return cases;
    }

    private void saveCase(DataAction action, JsonNode document, Case c, JsonNode genesys) {
        ObjectNode saved = Json.MAPPER.createObjectNode();
        saved.put("case", c.name());
        saved.put("flatten", flatten);
        saved.set("input", c.input());
        saved.set("action", document);
        saved.set("genesys", Calibration.withoutAuthentication(genesys));
        String file = OrgActions.fileName(action.name()).replace(".custom.json", "") + "--" + c.name().replaceAll("[^A-Za-z0-9._-]+", "-") + SAVED_SUFFIX;
        try {
            context.writeReport("--save", Path.of(save).resolve(file).toString(), context.scrub(Json.pretty(saved)) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DataAction load() {
        try {
            return context.load(Context.path(actionFile));
        } catch (InvalidDataActionException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private JsonNode readJson(String file, String what) {
        Path path = context.optionPath(what, file);
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), what + " " + file);
        } catch (IOException e) {
            throw new UsageException(what + " " + file + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static JsonNode parse(String text, String what) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // The text is not echoed: an input may hold personal data.
            throw new UsageException(what + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
        }
    }

    private static Calibration.Output output(boolean flattened) {
        return flattened ? Calibration.Output.FLATTENED : Calibration.Output.AS_IS;
    }

    private void print(String line) {
        context.out().println(context.scrub(line));
    }
}
