package org.dataactioncontracts.scenario.internal;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.support.json.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dataactioncontracts.genesys.ErrorBody;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.Middleware;
import org.dataactioncontracts.genesys.RenderedRequest;
import org.dataactioncontracts.jsonata.JsonataMiddleware;
import org.dataactioncontracts.pact.DataActionContractError;
import org.dataactioncontracts.pact.DataActionContracts;
import org.dataactioncontracts.pact.InteractionSpec;
import org.dataactioncontracts.scenario.Scenario;
import org.dataactioncontracts.scenario.ScenarioFile;

/**
 * Runs one scenario through the public Java DSL ({@link DataActionContracts#verify}): the same interaction building,
 * guards and pact session as a Java test; then checks what the scenario expects of the report.
 */
public final class ScenarioExecution {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, Middleware> MIDDLEWARE = new ConcurrentHashMap<>();
    /** Numbers compare by value (YAML 12.5 and the engine's 12.5 may be different node types); everything else exactly. */
    private static final Comparator<JsonNode> NUMERIC = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private ScenarioExecution() {
    }

    /**
     * Declares the scenario's interaction and checks its expectations.
     *
     * @throws DataActionContractError when the contract cannot hold (from the DSL's guards)
     * @throws AssertionError          listing every expectation the report does not meet, each with file:line and pointer
     */
    public static ExecutionReport run(ScenarioFile file, Scenario s, DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(file.exportBaseName(), s.name(), spec -> apply(file, s, spec));
        List<String> wrong = new ArrayList<>();
        Scenario.Expect expect = s.expect();
        String at = s.pointer() + "/expect";
        if (report.outcome() != expect.outcome()) {
            wrong.add(where(file, at + "/outcome") + ": the flow takes " + report.outcome() + ", the scenario expects " + expect.outcome()
                    + (report.success() ? "" : " (" + report.describeFailure().replaceAll("\\R\\s*", " ") + ")"));
        }
        expect.output().ifPresent(output -> {
            if (!output.equals(NUMERIC, report.output())) {
                wrong.add(where(file, at + "/output") + ": the flow gets " + report.output() + ", the scenario expects " + output);
            }
        });
        expect.defaulted().ifPresent(keys -> {
            if (!new java.util.TreeSet<>(keys).equals(new java.util.TreeSet<>(report.defaulted()))) {
                wrong.add(where(file, at + "/defaulted") + ": the flow gets defaults for " + report.defaulted() + ", the scenario expects " + keys);
            }
        });
        expect.error().ifPresent(e -> checkError(file, at + "/error", e, report, wrong));
        expect.request().ifPresent(r -> checkRequest(file, at + "/request", r, report, wrong));
        String shown = org.dataactioncontracts.genesys.TestResultJson.of(report).toString();
        shownSecrets(file, s.pointer() + "/credentials/", "credential", s.credentials(), shown, wrong);
        shownSecrets(file, s.pointer() + "/secrets/", "secret input", s.secrets(), shown, wrong);
        if (!wrong.isEmpty()) {
            throw new AssertionError(String.join("\n", wrong));
        }
        return report;
    }

    /** A test value of a credential or secret input that the report shows: the masking failed, the scenario fails. */
    private static void shownSecrets(ScenarioFile file, String at, String kind, Map<String, String> values, String shown, List<String> wrong) {
        values.forEach((name, value) -> {
            if (value.length() >= 4 && shown.contains(value)) {
                wrong.add(where(file, at + name) + ": the test value of " + kind + " '" + name + "' shows up in the execution report;"
                        + " " + kind + "s must never reach a report");
            }
        });
    }

    private static void apply(ScenarioFile file, Scenario s, InteractionSpec spec) {
        s.given().ifPresent(state -> spec.given(state, s.params()));
        spec.input(s.input());
        s.credentials().forEach(spec::credential);
        s.secrets().forEach(spec::secretInput);
        if (!s.authResponse().isEmpty()) {
            spec.authResponse(s.authResponse());
        }
        s.examples().forEach(spec::example);
        if (!s.without().isEmpty()) {
            spec.withoutFields(s.without().toArray(String[]::new));
        }
        s.waivePins().forEach((key, reason) -> {
            if (key.equals("*")) {
                spec.waivePins(reason);
            } else {
                spec.waivePin(key, reason);
            }
        });
        s.middleware().ifPresent(m -> spec.middleware(MIDDLEWARE.computeIfAbsent(
                file.file().toAbsolutePath().getParent().resolve(m).normalize(), JsonataMiddleware::load)));
        if (s.flatten()) {
            spec.flatten();
        }
        s.response().ifPresent(r -> {
            if (r.body().isPresent() && r.matchingRules().isPresent()) {
                spec.respondsWith(r.status(), dslBody(file, s, r.body().get(), r.matchingRules().get()));
            } else if (r.body().isPresent()) {
                spec.respondsWith(r.status(), r.body().get().toString());
            } else if (r.status() >= 200 && r.status() < 300) {
                spec.respondsWithDerivedBody(r.status());
            } else {
                spec.respondsWith(r.status());
            }
            if (!r.headers().isEmpty()) {
                spec.responseHeaders(r.headers());
            }
        });
    }

    /** The body exactly as written, with exactly the given Pact matchers (the file's own pinning, e.g. money regexes). */
    private static DslPart dslBody(ScenarioFile file, Scenario s, JsonNode body, JsonNode rules) {
        DslPart part = body.isArray() ? new PactDslJsonArray() : new PactDslJsonBody();
        part.setBody(JsonParser.parseString(body.toString()));
        ObjectNode groups = JSON.createObjectNode();
        rules.properties().forEach(f -> groups.putObject(f.getKey()).put("combine", "AND").set("matchers", f.getValue()));
        MatchingRuleCategory category = new MatchingRuleCategory("body");
        try {
            category.fromJson(JsonParser.parseString(groups.toString()));
        } catch (RuntimeException e) {
            throw new DataActionContractError(where(file, s.pointer() + "/response/matchingRules") + ": pact-jvm cannot read these"
                    + " matchers: " + e.getMessage() + ". Write each as in a V4 pact, e.g. {match: regex, regex: '^\\d+$'} or {match: type}");
        }
        part.setMatchers(category);
        return part;
    }

    private static void checkError(ScenarioFile file, String at, Scenario.ExpectedError e, ExecutionReport report, List<String> wrong) {
        if (report.error().isEmpty()) {
            wrong.add(where(file, at) + ": the flow gets no error body (outcome " + report.outcome() + "), the scenario expects one");
            return;
        }
        ErrorBody actual = report.error().get();
        e.status().filter(v -> v != actual.status()).ifPresent(v -> wrong.add(where(file, at + "/status") + ": the error status is "
                + actual.status() + ", the scenario expects " + v));
        e.code().filter(v -> !v.equals(actual.code())).ifPresent(v -> wrong.add(where(file, at + "/code") + ": the error code is '"
                + actual.code() + "', the scenario expects '" + v + "'"));
        e.message().filter(v -> !v.equals(actual.message())).ifPresent(v -> wrong.add(where(file, at + "/message")
                + ": the error message is '" + actual.message() + "', the scenario expects '" + v + "'"));
        e.messageContains().filter(v -> !actual.message().contains(v)).ifPresent(v -> wrong.add(where(file, at + "/messageContains")
                + ": the error message '" + actual.message() + "' does not contain '" + v + "'"));
        e.errorCodes().filter(v -> !v.equals(actual.errorCodes())).ifPresent(v -> wrong.add(where(file, at + "/errorCodes")
                + ": the error codes are " + actual.errorCodes() + ", the scenario expects " + v));
    }

    private static void checkRequest(ScenarioFile file, String at, Scenario.ExpectedRequest r, ExecutionReport report, List<String> wrong) {
        if (report.request().isEmpty()) {
            wrong.add(where(file, at) + ": the Data Action sent no request");
            return;
        }
        RenderedRequest sent = report.request().get();
        r.method().filter(m -> !m.equalsIgnoreCase(sent.method().name())).ifPresent(m -> wrong.add(where(file, at + "/method")
                + ": the request method is " + sent.method() + ", the scenario expects " + m));
        r.query().filter(q -> !q.equals(sent.query().orElse(""))).ifPresent(q -> wrong.add(where(file, at + "/query")
                + ": the query is '" + sent.query().orElse("") + "', the scenario expects '" + q + "'"));
        r.headers().forEach((name, value) -> {
            String actual = sent.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (!value.equals(actual)) {
                wrong.add(where(file, at + "/headers/" + name) + ": the header " + name + " is '" + actual + "', the scenario expects '"
                        + value + "'");
            }
        });
        r.body().ifPresent(expected -> {
            String body = sent.body().orElse("");
            boolean same;
            if (expected.isTextual()) {
                same = expected.textValue().equals(body);
            } else {
                try {
                    same = expected.equals(NUMERIC, JSON.readTree(body));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    same = false;
                }
            }
            if (!same) {
                wrong.add(where(file, at + "/body") + ": the request body is " + body + ", the scenario expects " + expected);
            }
        });
    }

    private static String where(ScenarioFile file, String pointer) {
        return file.where(pointer) + " " + pointer;
    }
}
