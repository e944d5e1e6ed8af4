package org.dataactioncontracts.scenario.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.action.Severity;
import org.dataactioncontracts.genesys.Outcome;
import org.dataactioncontracts.scenario.InvalidScenarioFileException;
import org.dataactioncontracts.scenario.Scenario;
import org.dataactioncontracts.scenario.ScenarioFile;

/** Reads a scenario file into the model, collecting every problem with its line instead of stopping at the first. */
public final class ScenarioReader {
    /** The rule id of a file that cannot be read as a scenario file. */
    public static final String MALFORMED = "scenario-file-malformed";
    private static final YAMLFactory YAML = YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> FILE_KEYS = Set.of("provider", "scenarios");
    static final Set<String> SCENARIO_KEYS = Set.of("name", "given", "params", "input", "credentials", "secrets", "authResponse", "examples",
            "without", "waivePins", "middleware", "flatten", "response", "expect");
    static final Set<String> RESPONSE_KEYS = Set.of("status", "headers", "body", "matchingRules");
    static final Set<String> EXPECT_KEYS = Set.of("outcome", "output", "error", "defaulted", "request");
    static final Set<String> ERROR_KEYS = Set.of("status", "code", "message", "messageContains", "errorCodes");
    static final Set<String> REQUEST_KEYS = Set.of("method", "query", "body", "headers");

    private final Path file;
    private final Map<String, Integer> lines;
    private final List<LintFinding> problems = new ArrayList<>();

    private ScenarioReader(Path file, Map<String, Integer> lines) {
        this.file = file;
        this.lines = lines;
    }

    /**
     * Reads and checks the structure of a scenario file.
     *
     * @throws InvalidScenarioFileException listing every problem
     */
    public static ScenarioFile read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidScenarioFileException(List.of(finding(file + ":1", "", "cannot read the file: " + e.getMessage(),
                    "check the path and its permissions")));
        }
        Map<String, Integer> lines = new HashMap<>();
        JsonNode root;
        try {
            lines = lines(text);
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new InvalidScenarioFileException(List.of(finding(file + ":" + line, "", "malformed YAML: " + e.getOriginalMessage()
                    .replaceAll("\\R\\s*", " "), "fix the YAML syntax at this line (indentation, a missing ':' or quote)")));
        } catch (IOException e) {
            throw new InvalidScenarioFileException(List.of(finding(file + ":1", "", "cannot read the YAML: " + e.getMessage(),
                    "check the file's encoding (UTF-8)")));
        }
        ScenarioReader reader = new ScenarioReader(file, lines);
        ScenarioFile result = reader.file(root);
        if (!reader.problems.isEmpty()) {
            throw new InvalidScenarioFileException(reader.problems);
        }
        return result;
    }

    /** The line of every object key and array element, by YAML pointer. */
    private static Map<String, Integer> lines(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), line);
                } else if (parser.getParsingContext().getParent() != null && parser.getParsingContext().getParent().inArray()
                        && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
                    lines.putIfAbsent(parser.getParsingContext().getParent().pathAsPointer().toString(), line);
                } else if (parser.getParsingContext().inArray()) {
                    lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), line);
                }
            }
        }
        lines.putIfAbsent("", 1);
        return lines;
    }

    private static LintFinding finding(String where, String pointer, String message, String fix) {
        return new LintFinding(Severity.ERROR, where, pointer, MALFORMED, message, fix);
    }

    private void problem(String pointer, String message, String fix) {
        String p = pointer;
        while (!lines.containsKey(p) && p.contains("/")) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        problems.add(finding(file + ":" + lines.getOrDefault(p, 1), pointer, message, fix));
    }

    private ScenarioFile file(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            problem("", "the file is empty", "start with 'scenarios:' and one '- name: ...' per scenario (dac new-scenarios writes a starting file)");
            return null;
        }
        if (!object(root, "", "the file")) {
            return null;
        }
        unknownKeys(root, "", FILE_KEYS);
        Optional<String> provider = text(root, "", "provider");
        List<Scenario> scenarios = new ArrayList<>();
        JsonNode list = root.get("scenarios");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problem("/scenarios", list == null ? "no 'scenarios' list" : "'scenarios' must be a non-empty list",
                    "add 'scenarios:' with one '- name: ...' entry per interaction");
        } else {
            for (int i = 0; i < list.size(); i++) {
                Scenario s = scenario(list.get(i), "/scenarios/" + i);
                if (s != null) {
                    scenarios.add(s);
                }
            }
        }
        return new ScenarioFile(file, provider, scenarios, lines);
    }

    private Scenario scenario(JsonNode node, String at) {
        if (!object(node, at, "a scenario")) {
            return null;
        }
        unknownKeys(node, at, SCENARIO_KEYS);
        Optional<String> name = text(node, at, "name");
        if (name.isEmpty() || name.get().isBlank()) {
            problem(at + "/name", "the scenario has no name", "add 'name: <what this interaction is about>' (the pact description is"
                    + " '<Data Action name>: <name>')");
        }
        Optional<String> given = text(node, at, "given");
        Map<String, Object> params = values(node, at, "params");
        Map<String, Object> input = values(node, at, "input");
        Map<String, String> credentials = strings(node, at, "credentials");
        Map<String, String> secrets = strings(node, at, "secrets");
        secrets.keySet().stream().filter(input::containsKey).forEach(key -> problem(at + "/secrets/" + key, "input '" + key
                + "' is given both under input and under secrets", "keep it under secrets only: its test value must not reach the pact"));
        Map<String, Object> authResponse = values(node, at, "authResponse");
        Map<String, Object> examples = values(node, at, "examples");
        List<String> without = stringList(node, at, "without").orElse(List.of());
        Map<String, String> waivePins = strings(node, at, "waivePins");
        waivePins.forEach((key, reason) -> {
            if (reason.isBlank()) {
                problem(at + "/waivePins/" + key, "the waiver of '" + key + "' has no reason", "say why the field is not pinned, e.g."
                        + " '" + key + ": nothing due, the vendor leaves it out'");
            }
        });
        Optional<String> middleware = text(node, at, "middleware");
        middleware.filter(m -> !m.endsWith(".jsonata")).ifPresent(m -> problem(at + "/middleware", "middleware '" + m
                + "' is not a .jsonata file", "name a JSONata file relative to this scenario file; other middleware needs a Java test"));
        boolean flatten = bool(node, at, "flatten").orElse(false);
        Optional<Scenario.Response> response = Optional.ofNullable(node.get("response")).flatMap(r -> response(r, at + "/response"));
        JsonNode expectNode = node.get("expect");
        Scenario.Expect expect = null;
        if (expectNode == null) {
            problem(at + "/expect", "the scenario has no 'expect'", "add 'expect: {outcome: SUCCESS}' (or FAILURE / TIMEOUT)");
        } else {
            expect = expect(expectNode, at + "/expect");
        }
        if (expect == null || name.isEmpty()) {
            return null;
        }
        return new Scenario(at, name.get(), given, params, input, credentials, secrets, authResponse, examples, without, waivePins, middleware,
                flatten, response, expect);
    }

    private Optional<Scenario.Response> response(JsonNode node, String at) {
        if (!object(node, at, "'response'")) {
            return Optional.empty();
        }
        unknownKeys(node, at, RESPONSE_KEYS);
        int status = integer(node, at, "status").orElse(200);
        if (status < 100 || status > 599) {
            problem(at + "/status", "status " + status + " is not an HTTP status", "use a status between 100 and 599");
        }
        Optional<JsonNode> body = Optional.ofNullable(node.get("body"));
        body.filter(b -> !b.isContainerNode()).ifPresent(b -> problem(at + "/body", "the body must be a JSON object or array, not "
                + b.getNodeType().name().toLowerCase(Locale.ROOT), "write the body as a YAML map or list"));
        Optional<JsonNode> rules = Optional.ofNullable(node.get("matchingRules"));
        rules.ifPresent(r -> {
            if (body.isEmpty()) {
                problem(at + "/matchingRules", "matchingRules without a body", "add the example 'body' the rules apply to");
            }
            if (!r.isObject()) {
                problem(at + "/matchingRules", "matchingRules must be a map of body paths to matcher lists",
                        "write e.g. '\"$.amount\": [{match: regex, regex: \"^\\\\d+\\\\.\\\\d{2}$\"}, {match: type}]'");
            } else {
                r.properties().forEach(f -> {
                    if (!f.getKey().startsWith("$") || !f.getValue().isArray()) {
                        problem(at + "/matchingRules/" + f.getKey().replace("~", "~0").replace("/", "~1"), "'" + f.getKey()
                                + "' must be a body path starting with '$' mapped to a list of matchers", "write e.g. '\"$.amount\": [{match: type}]'");
                    }
                });
            }
        });
        return Optional.of(new Scenario.Response(status, strings(node, at, "headers"), body, rules));
    }

    private Scenario.Expect expect(JsonNode node, String at) {
        if (!object(node, at, "'expect'")) {
            return null;
        }
        unknownKeys(node, at, EXPECT_KEYS);
        Optional<String> outcomeText = text(node, at, "outcome");
        Outcome outcome = null;
        if (outcomeText.isEmpty()) {
            problem(at + "/outcome", "'expect' has no outcome", "add 'outcome: SUCCESS' (or FAILURE / TIMEOUT)");
        } else {
            try {
                outcome = Outcome.valueOf(outcomeText.get());
            } catch (IllegalArgumentException e) {
                problem(at + "/outcome", "unknown outcome '" + outcomeText.get() + "'", "use SUCCESS, FAILURE or TIMEOUT");
            }
        }
        Optional<JsonNode> output = Optional.ofNullable(node.get("output"));
        output.filter(o -> !o.isObject()).ifPresent(o -> problem(at + "/output", "'output' must be a map of output names to values",
                "write the output as Architect receives it, e.g. '{customerId: C-1001}'"));
        Optional<Scenario.ExpectedError> error = Optional.ofNullable(node.get("error")).map(e -> error(e, at + "/error"));
        if (error.isPresent() && outcome == Outcome.SUCCESS) {
            problem(at + "/error", "'error' is only checked on the Failure path, but the outcome is SUCCESS",
                    "remove 'error' or set 'outcome: FAILURE'");
        }
        Optional<List<String>> defaulted = stringList(node, at, "defaulted");
        Optional<Scenario.ExpectedRequest> request = Optional.ofNullable(node.get("request")).map(r -> request(r, at + "/request"));
        return outcome == null ? null : new Scenario.Expect(outcome, output, error, defaulted, request);
    }

    private Scenario.ExpectedError error(JsonNode node, String at) {
        if (!object(node, at, "'error'")) {
            return null;
        }
        unknownKeys(node, at, ERROR_KEYS);
        return new Scenario.ExpectedError(integer(node, at, "status"), text(node, at, "code"), text(node, at, "message"),
                text(node, at, "messageContains"), stringList(node, at, "errorCodes"));
    }

    private Scenario.ExpectedRequest request(JsonNode node, String at) {
        if (!object(node, at, "'request'")) {
            return null;
        }
        unknownKeys(node, at, REQUEST_KEYS);
        return new Scenario.ExpectedRequest(text(node, at, "method"), text(node, at, "query"), Optional.ofNullable(node.get("body")),
                strings(node, at, "headers"));
    }

    private boolean object(JsonNode node, String at, String what) {
        if (!node.isObject()) {
            problem(at, what + " must be a map (key: value lines), not " + node.getNodeType().name().toLowerCase(Locale.ROOT),
                    "indent its keys under it, e.g. 'name: ...'");
            return false;
        }
        return true;
    }

    private void unknownKeys(JsonNode node, String at, Set<String> known) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                String close = known.stream().filter(k -> k.equalsIgnoreCase(key) || distance(k.toLowerCase(Locale.ROOT),
                        key.toLowerCase(Locale.ROOT)) <= 2).findFirst().map(k -> "did you mean '" + k + "'? ").orElse("");
                problem(at + "/" + key, "unknown key '" + key + "'", close + "the keys here are " + new java.util.TreeSet<>(known)
                        + " (README, \"Scenario file reference\")");
            }
        });
    }

    private Optional<String> text(JsonNode node, String at, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.isBinary()) {
            problem(at + "/" + key, "'" + key + "' must be text", "write it on one line after '" + key + ": '");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    private Optional<Integer> integer(JsonNode node, String at, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            problem(at + "/" + key, "'" + key + "' must be a whole number, not '" + value.asText() + "'", "write e.g. '" + key + ": 404'");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    private Optional<Boolean> bool(JsonNode node, String at, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            problem(at + "/" + key, "'" + key + "' must be true or false, not '" + value.asText() + "'", "write '" + key + ": true'");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    private Map<String, Object> values(JsonNode node, String at, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            problem(at + "/" + key, "'" + key + "' must be a map of names to values", "write e.g. '" + key + ": {customerId: C-1001}'");
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        value.properties().forEach(f -> out.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class)));
        return out;
    }

    private Map<String, String> strings(JsonNode node, String at, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            problem(at + "/" + key, "'" + key + "' must be a map of names to text", "write e.g. '" + key + ": {name: value}'");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        value.properties().forEach(f -> {
            if (!f.getValue().isValueNode() || f.getValue().isNull()) {
                problem(at + "/" + key + "/" + f.getKey(), "'" + f.getKey() + "' must be text", "write it on one line");
            } else {
                out.put(f.getKey(), f.getValue().asText());
            }
        });
        return out;
    }

    private Optional<List<String>> stringList(JsonNode node, String at, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            problem(at + "/" + key, "'" + key + "' must be a list", "write e.g. '" + key + ": [a, b]'");
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        value.forEach(v -> out.add(v.asText()));
        return Optional.of(out);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
