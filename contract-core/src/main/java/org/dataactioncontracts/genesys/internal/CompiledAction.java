package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.tools.generic.MathTool;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.internal.GenesysLimits;
import org.dataactioncontracts.genesys.EmulatorOptions;
import org.dataactioncontracts.genesys.ErrorBody;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.LimitExceededException;
import org.dataactioncontracts.genesys.Middleware;
import org.dataactioncontracts.genesys.RenderedRequest;
import org.dataactioncontracts.genesys.Step;
import org.dataactioncontracts.text.internal.Excerpt;

/** One Data Action with its templates, JSONPaths and schemas compiled once; executes it step by step. */
public final class CompiledAction {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DataAction action;
    private final EmulatorOptions options;
    private final Template url;
    private final Map<String, Template> headers = new LinkedHashMap<>();
    private final Template body;
    private final Template success;
    private final Translator translator;
    private final SchemaValidator inputValidator;
    private final SchemaValidator outputValidator;
    private final Map<String, Object> tools;

    public CompiledAction(DataAction action, EmulatorOptions options) {
        this.action = action;
        this.options = options;
        VelocityTemplates velocity = VelocityTemplates.of(options.velocity());
        this.url = Template.lenient(velocity, "requestUrlTemplate", action.request().urlTemplate());
        action.request().headers().forEach((name, value) -> headers.put(name, Template.lenient(velocity, name, value)));
        String bodyTemplate = action.request().requestTemplate();
        if (bodyTemplate.isEmpty() && options.blankRequestTemplate() == EmulatorOptions.BlankRequestTemplate.USE_RAW_REQUEST) {
            bodyTemplate = DataAction.DEFAULT_REQUEST_TEMPLATE;
        }
        this.body = Template.lenient(velocity, "requestTemplate", bodyTemplate);
        this.success = Template.strict(velocity, "successTemplate", action.response().successTemplate());
        this.translator = new Translator(action.response().translationMap(), action.response().translationMapDefaults(), options.bareTextDefault());
        this.inputValidator = new SchemaValidator(action.inputSchema());
        this.outputValidator = new SchemaValidator(action.successSchema());
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("esc", new GenesysEscapeTool());
        t.put("math", options.velocity() == EmulatorOptions.VelocityProfile.GENESYS_1_7_COMPATIBLE ? new CompatMathTool() : new MathTool());
        t.put("encoding", new EncodingTool());
        t.put("successTemplateUtils", new SuccessTemplateUtils(options.firstFromArrayOnEmpty()));
        t.put("salesforce", new SalesforceTool());
        this.tools = Map.copyOf(t);
    }

    /** Runs steps 1 to 7 and returns the request, or throws naming the failed step. */
    public RenderedRequest render(ExecutionInput input) {
        Run run = new Run(input);
        Optional<Rendered> rendered = run.validateAndRender();
        return rendered.map(Rendered::request).orElseThrow(() -> new IllegalArgumentException(run.trace.report().describeFailure()));
    }

    public ExecutionReport execute(ExecutionInput input) {
        Run run = new Run(input);
        Optional<Rendered> rendered = run.validateAndRender();
        Optional<Received> received = rendered.flatMap(r -> run.call(r.request()));
        received.ifPresent(r -> run.translateAndTransform(r, rendered.get().inputValues()));
        return run.trace.report();
    }

    /**
     * The request to send, with the input values the templates saw (the success template sees them too).
     *
     * @param request     the request with the real secrets, for the transport only
     * @param inputValues {@code $input} of the templates
     */
    private record Rendered(RenderedRequest request, Map<String, Object> inputValues) {
    }

    /**
     * The backend's response as the translation receives it.
     *
     * @param response   after the middleware, if any
     * @param json       its body parsed strictly, or null
     * @param parseError why {@code json} is null
     */
    private record Received(HttpResult response, JsonNode json, String parseError) {
    }

    /** One execution: its input, its redactor, and the trace its report is built from (the only state that changes). */
    private final class Run {
        private final ExecutionInput input;
        private final Redactor redactor;
        private final ExecutionTrace trace;

        Run(ExecutionInput input) {
            this.input = input;
            this.redactor = new Redactor(input.credentials(), input.authResponse(), input.secretValues());
            this.trace = new ExecutionTrace(action.name(), redactor);
        }

        Optional<Rendered> validateAndRender() {
            // Rendering and translating each get the evaluation time limit; the HTTP call in between has its own.
            long deadline = EvaluationLimits.deadlineFromNow();
            JsonNode inputBody = input.body();
            // 1. simple JSON
            String notSimple = simpleJsonProblem(inputBody);
            if (notSimple != null) {
                return fail(Step.VALIDATE_SIMPLE_JSON, redactor.json(inputBody), Errors.badRequest(notSimple, Errors.INPUT));
            }
            ok(Step.VALIDATE_SIMPLE_JSON, redactor.json(inputBody));
            // 2. draft definition: the loader already refused what Genesys would not save; a reserved input name is
            // saved but "will overwrite existing properties ... and cause the data action to fail" (documented).
            for (var it = action.inputSchema().path("properties").fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (GenesysLimits.RESERVED_INPUTS.contains(name)) {
                    return fail(Step.VALIDATE_DRAFT_DEFINITION, NullNode.getInstance(), Errors.badRequest("The input contract declares '" + name
                            + "', a name Genesys reserves (orgId, integrationId, rawRequest): it overwrites Genesys's own value. Rename the input",
                            Errors.PROCESSING));
                }
            }
            ok(Step.VALIDATE_DRAFT_DEFINITION, NullNode.getInstance());
            // 3. input schema
            List<String> reasons = inputValidator.validate(inputBody);
            if (!reasons.isEmpty()) {
                return fail(Step.VALIDATE_INPUT_SCHEMA, redactor.json(inputBody), Errors.badRequest(
                        "JSON failed schema validation for the following reasons: " + String.join("; ", reasons), Errors.INPUT));
            }
            ok(Step.VALIDATE_INPUT_SCHEMA, redactor.json(inputBody));
            // 4. authentication: names only, values are secrets
            ObjectNode auth = NODES.objectNode();
            auth.putPOJO("credentials", new ArrayList<>(input.credentials().keySet()));
            auth.putPOJO("authResponse", new ArrayList<>(input.authResponse().keySet()));
            ok(Step.AUTHENTICATE, auth);

            Map<String, Object> inputValues = inputValues((ObjectNode) inputBody);
            VelocityContext real = requestContext(inputValues, input.credentials(), input.authResponse(), deadline);
            VelocityContext shown = redactor.isEmpty() ? real : requestContext(inputValues, redactor.placeholders(input.credentials(), "credentials"),
                    redactor.placeholders(input.authResponse(), "authResponse"), deadline);

            // 5. URL
            String renderedUrl;
            try {
                renderedUrl = url.merge(real);
            } catch (TemplateException e) {
                return fail(Step.RESOLVE_URL, NullNode.getInstance(), Errors.badRequest(e.getMessage(), Errors.PROCESSING));
            }
            String shownUrl = shown == real ? renderedUrl : url.mergeQuietly(shown);
            String urlProblem = UrlCheck.problem(renderedUrl, UrlCheck.Kind.of(action.integrationType().orElse("")));
            if (urlProblem != null) {
                return fail(Step.RESOLVE_URL, TextNode.valueOf(redactor.text(shownUrl)), Errors.badRequest(urlProblem, Errors.PROCESSING));
            }
            ok(Step.RESOLVE_URL, TextNode.valueOf(redactor.text(shownUrl)));
            // 6. headers
            Map<String, String> realHeaders = new LinkedHashMap<>();
            ObjectNode shownHeaders = NODES.objectNode();
            for (var h : headers.entrySet()) {
                try {
                    realHeaders.put(h.getKey(), h.getValue().merge(real));
                } catch (TemplateException e) {
                    return fail(Step.RESOLVE_HEADERS, shownHeaders, Errors.badRequest(e.getMessage(), Errors.PROCESSING));
                }
                shownHeaders.put(h.getKey(), redactor.text(shown == real ? realHeaders.get(h.getKey()) : h.getValue().mergeQuietly(shown)));
                if (h.getKey().equalsIgnoreCase("Accept") && !GenesysLimits.isJsonMediaType(realHeaders.get(h.getKey()))) {
                    return fail(Step.RESOLVE_HEADERS, shownHeaders, Errors.badRequest("The Accept header '" + shownHeaders.path(h.getKey()).asText()
                            + "' is not a JSON media type; Genesys requires one (e.g. application/json)", Errors.PROCESSING));
                }
            }
            ok(Step.RESOLVE_HEADERS, shownHeaders);
            // 7. body: GET sends none
            Optional<String> realBody = Optional.empty();
            Optional<String> shownBody = Optional.empty();
            if (action.request().method().sendsBody()) {
                try {
                    realBody = Optional.of(this.render(real));
                } catch (TemplateException e) {
                    return fail(Step.RESOLVE_BODY, NullNode.getInstance(), Errors.badRequest(e.getMessage(), Errors.PROCESSING));
                }
                shownBody = Optional.of(redactor.text(shown == real ? realBody.get() : body.mergeQuietly(shown)));
            }
            ok(Step.RESOLVE_BODY, shownBody.<JsonNode>map(TextNode::valueOf).orElse(NullNode.getInstance()));
            trace.request(new RenderedRequest(action.request().method(), redactor.text(shownUrl), toMap(shownHeaders), shownBody));
            return Optional.of(new Rendered(new RenderedRequest(action.request().method(), renderedUrl, realHeaders, realBody), inputValues));
        }

        private String render(VelocityContext context) throws TemplateException {
            return body.merge(context);
        }

        Optional<Received> call(RenderedRequest request) {
            HttpResult response;
            try {
                response = input.transport().send(request, Duration.ofSeconds(action.timeoutSeconds()));
            } catch (HttpTimeoutException e) {
                return trace.timeout(Step.EXECUTE, NullNode.getInstance(), Errors.timeout(action.timeoutSeconds()));
            } catch (IOException e) {
                return fail(Step.EXECUTE, NullNode.getInstance(), Errors.unreachable(redactor.text(String.valueOf(e.getMessage()))));
            }
            // The report shows a huge body as an excerpt with its size and hash; the steps below get all of it.
            HttpResult reportedResponse = new HttpResult(response.status(), response.headers(),
                    Excerpt.of(redactor.text(response.body()), Excerpt.REPORT_CHARS));
            trace.response(reportedResponse);
            JsonNode parsedBody = null;
            String parseError = "empty body";
            try {
                parsedBody = response.body().isBlank() ? null : MAPPER.readTree(response.body());
            } catch (JsonProcessingException e) {
                parseError = firstLine(e.getOriginalMessage());
            }
            ObjectNode shown = NODES.objectNode();
            shown.put("status", response.status());
            shown.set("body", parsedBody != null && redactor.isEmpty() && response.body().length() <= Excerpt.REPORT_CHARS
                    ? parsedBody : parseOrText(reportedResponse.body()));
            if (!response.isSuccessful()) {
                return fail(Step.EXECUTE, shown, Errors.remote(response.status(), Excerpt.of(reportedResponse.body(), Excerpt.MESSAGE_CHARS * 5)));
            }
            if (response.body().isBlank()) {
                return fail(Step.EXECUTE, shown, new ErrorBody("REST call for action execute failed. Message: The response from the web service was empty"
                        + " [status " + response.status() + "]; a Data Action needs a JSON body to translate", "bad.request", 400, List.of(Errors.REMOTE)));
            }
            if (parsedBody != null && GenesysLimits.depth(parsedBody) > GenesysLimits.MAX_JSON_DEPTH) {
                return fail(Step.EXECUTE, shown, Errors.badRequest("REST call for action execute failed. Message: The response from the web service"
                        + " is JSON nested " + GenesysLimits.depth(parsedBody) + " levels deep; Genesys limits JSON objects to "
                        + GenesysLimits.MAX_JSON_DEPTH + " levels", Errors.REMOTE));
            }
            if (input.middleware() != null) {
                // Not a Genesys step: the adapter in front of the backend reshapes the body Genesys receives.
                String reshaped;
                try {
                    reshaped = input.middleware().transform(response.body());
                } catch (Middleware.MiddlewareException e) {
                    return fail(Step.EXECUTE, shown, new ErrorBody("REST call for action execute failed. Message: " + redactor.text(e.getMessage()),
                            "internal.server.error", 502, List.of(Errors.REMOTE)));
                }
                response = new HttpResult(response.status(), response.headers(), reshaped);
                parsedBody = null;
                parseError = "empty body";
                try {
                    parsedBody = reshaped.isBlank() ? null : MAPPER.readTree(reshaped);
                } catch (JsonProcessingException e) {
                    parseError = firstLine(e.getOriginalMessage());
                }
                ObjectNode middleware = shown.putObject("middleware");
                middleware.put("name", input.middleware().name());
                middleware.set("body", parsedBody != null && redactor.isEmpty() ? parsedBody : parseOrText(redactor.text(reshaped)));
            }
            ok(Step.EXECUTE, shown);
            return Optional.of(new Received(response, parsedBody, parseError));
        }

        void translateAndTransform(Received received, Map<String, Object> inputValues) {
            HttpResult response = received.response();
            // 9. translation map; strict JSON only (json-smart alone would accept HTML as a string)
            if (received.json() == null) {
                fail(Step.RESOLVE_TRANSLATION_MAP, NullNode.getInstance(), Errors.badRequest(
                        "Failed to resolve translation map: the response from the web service is not JSON (" + received.parseError()
                                + "). Body: " + abbreviate(redactor.text(response.body())), Errors.PROCESSING));
                return;
            }
            ObjectNode values = NODES.objectNode();
            long deadline = EvaluationLimits.deadlineFromNow();
            Object document = JsonValues.toJava(received.json());
            Set<String> defaulted = new LinkedHashSet<>();
            Map<String, String> translation;
            try {
                translation = EvaluationLimits.within(deadline, "the translationMap of '" + action.name() + "'",
                        () -> translator.translate(document, values, defaulted));
            } catch (Translator.TranslationException e) {
                trace.translation(Map.of(), defaulted);
                fail(Step.RESOLVE_TRANSLATION_MAP, NullNode.getInstance(), Errors.badRequest(e.getMessage(), Errors.PROCESSING));
                return;
            }
            trace.translation(translation, defaulted);
            ok(Step.RESOLVE_TRANSLATION_MAP, redactor.json(values));
            // 10. success template, strict
            VelocityContext context = newContext("the successTemplate of '" + action.name() + "'", deadline);
            translation.forEach(context::put);
            context.put("rawResult", response.body());
            context.put("input", inputValues);
            String rendered;
            try {
                rendered = success.merge(context);
            } catch (TemplateException e) {
                fail(Step.APPLY_OUTPUT_TRANSFORMATION, NullNode.getInstance(), Errors.successTemplate(e.getMessage(), success.text()));
                return;
            }
            JsonNode output;
            try {
                output = MAPPER.readTree(rendered);
            } catch (JsonProcessingException e) {
                fail(Step.APPLY_OUTPUT_TRANSFORMATION, TextNode.valueOf(redactor.text(rendered)),
                        Errors.successTemplate(firstLine(e.getOriginalMessage()), success.text()));
                return;
            }
            if (output == null || output.isMissingNode() || !(output.isObject() || output.isArray())) {
                fail(Step.APPLY_OUTPUT_TRANSFORMATION, TextNode.valueOf(redactor.text(rendered)), Errors.successTemplate(
                        "The result '" + abbreviate(rendered) + "' is not a JSON object or array", success.text()));
                return;
            }
            ok(Step.APPLY_OUTPUT_TRANSFORMATION, redactor.json(output));
            // 11. output contract
            List<String> reasons = outputValidator.validate(output);
            if (!reasons.isEmpty()) {
                fail(Step.VALIDATE_OUTPUT, redactor.json(output), Errors.badRequest(
                        "JSON failed output schema validation for the following reasons: " + String.join("; ", reasons), Errors.PROCESSING));
                return;
            }
            ok(Step.VALIDATE_OUTPUT, redactor.json(output));
            // 12. flatten
            if (input.flatten()) {
                if (!output.isObject()) {
                    fail(Step.FLATTEN_OUTPUT, redactor.json(output), Errors.badRequest("The output is a JSON array, which Architect cannot flatten;"
                            + " wrap it in an object in the successTemplate, e.g. {\"items\": ${rawResult}}", Errors.PROCESSING));
                    return;
                }
                output = Flattener.flatten((ObjectNode) output);
                ok(Step.FLATTEN_OUTPUT, redactor.json(output));
            }
            trace.result(redactor.json(output));
        }

        private VelocityContext requestContext(Map<String, Object> inputValues, Map<String, String> credentials, Map<String, ?> authResponse,
                long deadline) {
            VelocityContext context = newContext("the request templates of '" + action.name() + "'", deadline);
            context.put("input", inputValues);
            context.put("credentials", credentials);
            context.put("authResponse", authResponse);
            return context;
        }

        /** A context bounded by the phase's deadline; {@code $Input}/{@code $INPUT} read {@code $input} unless the option says otherwise. */
        private VelocityContext newContext(String what, long deadline) {
            return new BoundedContext(new LinkedHashMap<>(tools), deadline, what, options.capitalInput());
        }

        private Map<String, Object> inputValues(ObjectNode body) {
            Map<String, Object> values = new LinkedHashMap<>();
            body.properties().forEach(f -> {
                JsonNode v = f.getValue();
                Object javaValue = v.isNull() ? null : v.isTextual() ? v.textValue() : v.isBoolean() ? v.booleanValue()
                        : v.isIntegralNumber() ? v.numberValue() : v.isNumber() ? v.doubleValue() : v.toString();
                values.put(f.getKey(), javaValue);
            });
            values.put("rawRequest", body.toString());
            values.putIfAbsent("orgId", input.orgId());
            values.putIfAbsent("integrationId", input.integrationId());
            return values;
        }

        private void ok(Step step, JsonNode result) {
            trace.ok(step, result);
        }

        private <T> Optional<T> fail(Step step, JsonNode result, ErrorBody body) {
            return trace.fail(step, result, body);
        }
    }

    private static String simpleJsonProblem(JsonNode body) {
        if (!body.isObject()) {
            return "The request body must be a simple JSON object of key-value pairs, but it is a JSON " + body.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }
        for (var f : body.properties()) {
            if (f.getValue().isContainerNode()) {
                return "The request body must be a simple JSON object of key-value pairs; '" + f.getKey() + "' is "
                        + (f.getValue().isArray() ? "an array" : "an object") + ". Inputs may only be string, integer, number, boolean or null";
            }
        }
        return null;
    }

    private static Map<String, String> toMap(ObjectNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(f -> map.put(f.getKey(), f.getValue().asText()));
        return map;
    }

    static JsonNode parseOrText(String text) {
        if (text == null) {
            return NullNode.getInstance();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? TextNode.valueOf(text) : node;
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String abbreviate(String text) {
        return Excerpt.of(text, Excerpt.MESSAGE_CHARS);
    }

    /** A parsed template or the reason it did not parse, reported when the template is used. */
    static final class Template {
        private final VelocityTemplates.Compiled compiled;
        private final String parseError;
        private final String text;

        private Template(VelocityTemplates.Compiled compiled, String parseError, String text) {
            this.compiled = compiled;
            this.parseError = parseError;
            this.text = text;
        }

        static Template lenient(VelocityTemplates velocity, String name, String text) {
            try {
                return new Template(velocity.lenient(name, text), null, text);
            } catch (ParseException | RuntimeException e) {
                return new Template(null, "Template '" + name + "' does not parse: " + firstLine(e.getMessage()), text);
            }
        }

        static Template strict(VelocityTemplates velocity, String name, String text) {
            try {
                return new Template(velocity.strict(name, text), null, text);
            } catch (ParseException | RuntimeException e) {
                return new Template(null, firstLine(e.getMessage()), text);
            }
        }

        String text() {
            return text;
        }

        String merge(VelocityContext context) throws TemplateException {
            if (compiled == null) {
                throw new TemplateException(parseError);
            }
            try {
                return compiled.merge(context);
            } catch (VelocityException e) {
                if (e.getCause() instanceof LimitExceededException limit) {
                    throw limit;
                }
                throw new TemplateException(firstLine(e.getMessage()));
            } catch (LimitExceededException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new TemplateException(e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
            }
        }

        /** For the report's redacted rendering: failures already surfaced through the real rendering. */
        String mergeQuietly(VelocityContext context) {
            try {
                return merge(context);
            } catch (TemplateException e) {
                return "";
            }
        }
    }

    /** Resolves {@code $Input}, {@code $INPUT} and any other spelling of {@code input} to {@code $input}. */
    static final class TemplateException extends Exception {
        private static final long serialVersionUID = 1L;

        TemplateException(String message) {
            super(message);
        }
    }
}
