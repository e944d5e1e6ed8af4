package org.dataactioncontracts.pact.internal;

import au.com.dius.pact.consumer.BaseMockServer;
import au.com.dius.pact.consumer.MockHttpServerKt;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.RegexpMatcher;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.consumer.model.MockServerImplementation;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleGroup;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.RenderedRequest;
import org.dataactioncontracts.genesys.Transport;
import org.dataactioncontracts.pact.DataActionContractError;
import org.dataactioncontracts.pact.internal.Plan.BodyKind;
import org.dataactioncontracts.pact.internal.Plan.Inputs;
import org.dataactioncontracts.pact.internal.Plan.Output;
import org.dataactioncontracts.pact.internal.Plan.ProviderState;
import org.dataactioncontracts.pact.internal.Plan.Response;

/**
 * Turns one interaction plan into a Pact V4 interaction, runs the Data Action through the engine against the Pact
 * mock server over real HTTP, and applies the guards.
 */
public final class InteractionRunner {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PLACEHOLDER = "dac-placeholder-";
    private static final Pattern PLACEHOLDER_PATTERN = Pattern.compile(Pattern.quote(PLACEHOLDER) + "[A-Za-z0-9_.-]+?-end");
    private static final Configuration PATH_LIST = Configuration.defaultConfiguration().addOptions(Option.AS_PATH_LIST);

    private final ContractSession session;

    public InteractionRunner(ContractSession session) {
        this.session = session;
    }

    public ExecutionReport run(String provider, String actionName, Plan plan, String test) {
        return run(provider, actionName, plan, test, test);
    }

    /** Runs a plan on behalf of one test execution ({@code testId}), whose outcome decides whether the interaction stays. */
    public ExecutionReport run(String provider, String actionName, Plan plan, String test, String testId) {
        String file = session.fileName(actionName);
        DataAction action = session.action(file);
        String description = action.baseName() + ": " + plan.scenario();
        String where = "Data Action '" + action.baseName() + "' (" + file + "), interaction '" + plan.scenario() + "'";

        RenderedRequest shown = renderWithPlaceholders(action, plan, where);
        PactBodies.Body responseBody = responseBody(action, plan, where);
        int status = plan.response().status() == null ? 200 : plan.response().status();

        V4Pact pact = new PactBuilder(session.settings().consumer(), provider, PactSpecVersion.V4)
                .expectsToReceiveHttpInteraction(description, http -> {
                    for (ProviderState state : plan.states()) {
                        http.state(state.name(), state.params());
                    }
                    http.withRequest(request -> request(request, shown, action));
                    http.willRespondWith(response -> {
                        HttpResponseBuilder r = response.status(status);
                        if (!plan.response().headers().isEmpty()) {
                            r.headers(plan.response().headers());
                        }
                        if (plan.response().kind() == BodyKind.DSL) {
                            r.body(plan.response().dsl());
                        } else if (responseBody != null) {
                            r.body(responseBody.example().toString(), "application/json");
                        }
                        return r;
                    });
                    http.comment(InteractionComments.FILE_PREFIX + file);
                    return http;
                })
                .toPact();
        V4Interaction.SynchronousHttp interaction = (V4Interaction.SynchronousHttp) pact.getInteractions().get(0);
        if (responseBody != null) {
            responseBody.addTo(interaction.getResponse().getMatchingRules().addCategory("body"));
        }
        shown.body().map(body -> PactBodies.inputRules(body, contentType(shown), plan.inputs().input())).filter(rules -> !rules.isEmpty())
                .ifPresent(rules -> rules.forEach(interaction.getRequest().getMatchingRules().addCategory("body")::addRule));

        ExecutionReport report = execute(action, plan, pact, where);
        interaction.getComments().put("testname", new au.com.dius.pact.core.support.json.JsonValue.StringValue(test));
        // The Architect input of this scenario: lets record/compare run the translation on a vendor's response exactly.
        try {
            interaction.getComments().put("input", au.com.dius.pact.core.support.json.JsonParser.INSTANCE.parseString(
                    MAPPER.writeValueAsString(shownInput(plan))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DataActionContractError(where + ": the input is not JSON-serialisable: " + e.getOriginalMessage());
        }
        interaction.getComments().put("architectPath", new au.com.dius.pact.core.support.json.JsonValue.StringValue(report.outcome().name()));
        // A failure path is what the flow sees when things go wrong: the Failure/Timeout exit, or defaults instead of data.
        interaction.getComments().put(InteractionComments.PATH_KEY, new au.com.dius.pact.core.support.json.JsonValue.StringValue(
                report.success() && report.defaulted().isEmpty() ? InteractionComments.PATH_SUCCESS : InteractionComments.PATH_FAILURE));

        if (status >= 200 && status < 300 && (responseBody != null || plan.response().kind() == BodyKind.DSL)) {
            String exampleBody = interaction.getResponse().getBody().valueAsString();
            checkPins(action, plan, interaction, exampleBody, where);
        }
        checkNoSecrets(pact, plan, where);
        session.record(provider, interaction, test, testId);
        return report;
    }

    private RenderedRequest renderWithPlaceholders(DataAction action, Plan plan, String where) {
        Map<String, String> credentials = new LinkedHashMap<>();
        plan.inputs().credentials().keySet().forEach(k -> credentials.put(k, PLACEHOLDER + "credentials." + k + "-end"));
        Map<String, Object> auth = new LinkedHashMap<>();
        plan.inputs().authResponse().keySet().forEach(k -> auth.put(k, PLACEHOLDER + "authResponse." + k + "-end"));
        Map<String, Object> input = new LinkedHashMap<>(plan.inputs().input());
        plan.inputs().secretInputs().keySet().forEach(k -> input.put(k, PLACEHOLDER + "input." + k + "-end"));
        try {
            return session.emulator().render(action, run -> run.input(input).credentials(credentials).authResponse(auth));
        } catch (IllegalArgumentException e) {
            throw new DataActionContractError(where + ": the request cannot be rendered for this input, so there is no contract to write. "
                    + e.getMessage());
        }
    }

    private static HttpRequestBuilder request(HttpRequestBuilder request, RenderedRequest shown, DataAction action) {
        request.method(shown.method().name());
        String path = shown.path();
        if (PLACEHOLDER_PATTERN.matcher(path).find()) {
            request.path(new RegexpMatcher(regexAround(path), example(path)));
        } else {
            request.path(path);
        }
        shown.query().ifPresent(query -> {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                request.queryParameter(name, PLACEHOLDER_PATTERN.matcher(value).find() ? new RegexpMatcher(regexAround(value), example(value)) : value);
            }
        });
        shown.headers().forEach((name, value) -> {
            if (PLACEHOLDER_PATTERN.matcher(value).find()) {
                request.header(name, new RegexpMatcher(regexAround(value), example(value)));
            } else if (usesSecrets(action.request().headers().get(name))) {
                // A credential hidden inside an encoding (Basic auth base64): keep only the literal prefix.
                String prefix = value.contains(" ") ? value.substring(0, value.indexOf(' ') + 1) : "";
                request.header(name, new RegexpMatcher(PactBodies.escape(prefix) + ".+", prefix + "REDACTED"));
            } else {
                request.header(name, value);
            }
        });
        shown.body().ifPresent(body -> {
            if (PLACEHOLDER_PATTERN.matcher(body).find()) {
                throw new DataActionContractError("Credentials and secret inputs inside request bodies are not supported yet: the body would carry a secret");
            }
            // With a content type argument pact-jvm adds a lower-case "content-type" next to the Data Action's own header.
            boolean declared = shown.headers().keySet().stream().anyMatch(name -> name.equalsIgnoreCase("Content-Type"));
            request.body(body, declared ? null : contentType(shown));
        });
        return request;
    }

    /** Whether a header template reads credentials or the auth response (e.g. inside {@code $encoding.base64(...)}). */
    private static boolean usesSecrets(String template) {
        return template != null && (template.contains("credentials.") || template.contains("authResponse."));
    }

    private static String contentType(RenderedRequest shown) {
        return shown.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type")).map(Map.Entry::getValue)
                .findFirst().orElse(shown.body().map(String::strip).filter(b -> b.startsWith("{") || b.startsWith("[")).isPresent()
                        ? "application/json" : "text/plain");
    }

    /** A regex that accepts any value where a placeholder stands and the literal text elsewhere. */
    static String regexAround(String value) {
        Matcher m = PLACEHOLDER_PATTERN.matcher(value);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(PactBodies.escape(value.substring(last, m.start()))).append(".+");
            last = m.end();
        }
        regex.append(PactBodies.escape(value.substring(last)));
        return regex.toString();
    }

    /** The example the pact shows: placeholders become {@code <name>}-free tokens that are obviously not secrets. */
    static String example(String value) {
        return PLACEHOLDER_PATTERN.matcher(value).replaceAll(r -> {
            String name = r.group().substring(PLACEHOLDER.length(), r.group().length() - "-end".length());
            return Matcher.quoteReplacement("REDACTED-" + name.substring(name.indexOf('.') + 1));
        });
    }

    /** The response body, or null when the test gave none or a pact-jvm DSL body. */
    private PactBodies.Body responseBody(DataAction action, Plan plan, String where) {
        Response response = plan.response();
        if (response.kind() == BodyKind.DSL) {
            return null;
        }
        if (response.kind() == BodyKind.JSON) {
            try {
                return PactBodies.build(ExampleShapes.fromExample(MAPPER.readTree(response.json())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new DataActionContractError(where + ": the response body is not JSON: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                throw new DataActionContractError(where + ": " + e.getMessage());
            }
        }
        if (response.kind() != BodyKind.DERIVED) {
            return null;
        }
        if (plan.middleware() != null) {
            throw new DataActionContractError(where + ": the action runs behind the middleware '" + plan.middleware().name()
                    + "', whose transform cannot be inverted to derive the backend's response. Give the backend's response with"
                    + " respondsWith(200, body)");
        }
        try {
            return PactBodies.build(new ResponseDeriver(action, session.emulator()).derive(response.examples(), response.absent()));
        } catch (IllegalArgumentException e) {
            throw new DataActionContractError(where + ": " + e.getMessage());
        }
    }

    private ExecutionReport execute(DataAction action, Plan plan, V4Pact pact, String where) {
        // pact-jvm's mock server is the JDK HTTP server: without TCP_NODELAY each response waits ~40-50 ms for the
        // client's delayed ACK. The JDK reads the setting once, when the JVM's first server is created, so it is set
        // here, where the servers are created, never by loading a class; a caller's explicit choice wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        BaseMockServer server = MockHttpServerKt.mockServer(pact,
                MockProviderConfig.httpConfig("127.0.0.1", 0, PactSpecVersion.V4, MockServerImplementation.JavaHttpServer, true));
        server.start();
        ExecutionReport report;
        try {
            // No waitForServer(): the JDK server is bound and accepting once start() returns; the check costs a client per run.
            URI base = URI.create(server.getUrl());
            report = session.emulator().execute(action, run -> {
                Inputs inputs = plan.inputs();
                run.input(inputs.input()).credentials(inputs.credentials()).authResponse(inputs.authResponse()).transport(Transport.http(base));
                inputs.secretInputs().forEach(run::secretInput);
                if (plan.middleware() != null) {
                    run.middleware(plan.middleware());
                }
                if (plan.output() == Output.FLATTENED) {
                    run.flatten();
                }
            });
        } finally {
            server.stop();
        }
        PactVerificationResult result = server.validateMockServerState(null);
        if (!(result instanceof PactVerificationResult.Ok)) {
            throw new DataActionContractError(where + ": the request the Data Action sent does not match the contract."
                    + (report.request().isEmpty() ? " It sent nothing: " + report.describeFailure() : "") + "\n" + scrub(result.getDescription(), plan));
        }
        return report;
    }

    /** Every translation-map path must find a value in the example, protected by a matcher, unless waived. */
    private void checkPins(DataAction action, Plan plan, V4Interaction.SynchronousHttp interaction, String body, String where) {
        Object example = Configuration.defaultConfiguration().jsonProvider().parse(body);
        if (plan.middleware() != null) {
            try {
                example = Configuration.defaultConfiguration().jsonProvider().parse(plan.middleware().transform(body));
            } catch (RuntimeException e) {
                throw new DataActionContractError(where + ": the middleware '" + plan.middleware().name() + "' fails on the contract's example: "
                        + e.getMessage());
            }
        }
        Map<String, MatchingRuleGroup> rules = interaction.getResponse().getMatchingRules().rulesForCategory("body").getMatchingRules();
        Set<String> waived = new java.util.HashSet<>(plan.response().absent());
        plan.waivers().forEach(w -> waived.add(w.translationKey()));
        if (waived.contains("*")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (var entry : action.response().translationMap().entrySet()) {
            if (waived.contains(entry.getKey())) {
                continue;
            }
            List<String> found;
            try {
                Object paths = session.jsonPath(entry.getValue()).read(example, PATH_LIST);
                found = paths instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(paths));
            } catch (PathNotFoundException e) {
                found = List.of();
            } catch (RuntimeException e) {
                problems.add("'" + entry.getKey() + "' (" + entry.getValue() + "): the path cannot be evaluated: " + e.getMessage());
                continue;
            }
            if (found.isEmpty()) {
                problems.add("'" + entry.getKey() + "' (" + entry.getValue() + ") finds nothing in the response example, so the flow would get "
                        + (action.response().translationMapDefaults().containsKey(entry.getKey())
                                ? "the default " + action.response().translationMapDefaults().get(entry.getKey()) : "a failure"));
            } else if (plan.middleware() == null && found.stream().noneMatch(p -> PactPaths.enclosedByAny(p, rules.keySet()))) {
                problems.add("'" + entry.getKey() + "' (" + entry.getValue() + ") is in the example but no matcher protects it");
            }
        }
        if (!problems.isEmpty()) {
            throw new DataActionContractError(where + ": the response does not pin what the translation reads:\n  - "
                    + String.join("\n  - ", problems) + "\n" + (!plan.response().given()
                            ? "Accept the gap with waivePin(key, reason) / withoutFields(key), or give the response with respondsWith(status, body)"
                            : "Pin each field in the response (or drop the body and let the bridge derive it), or accept the gap with"
                                    + " waivePin(key, reason) / withoutFields(key)"));
        }
    }

    private static void checkNoSecrets(V4Pact pact, Plan plan, String where) {
        String json = pact.toMap(PactSpecVersion.V4).toString();
        for (String secret : plan.inputs().secrets()) {
            if (json.contains(secret)) {
                throw new DataActionContractError(where + ": a credential or secret input value used by the test would be written into the"
                        + " pact. Secrets must stay out of contracts; check the example values and bodies");
            }
        }
    }

    /** The input as the pact's comments show it: secret inputs as the same token the request shows. */
    private static Map<String, Object> shownInput(Plan plan) {
        Map<String, Object> shown = new LinkedHashMap<>(plan.inputs().input());
        plan.inputs().secretInputs().keySet().forEach(k -> shown.put(k, example(PLACEHOLDER + "input." + k + "-end")));
        return shown;
    }

    /** A message with every secret test value masked: it ends up in test reports. */
    private static String scrub(String text, Plan plan) {
        String out = text;
        for (String secret : plan.inputs().secrets()) {
            out = out.replace(secret, "********");
        }
        return out;
    }

}
