package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.genesys.EmulatorOptions;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.TestResultJson;
import org.dataactioncontracts.genesys.Transport;

/**
 * One calibration case: Genesys's test result for an input, the engine's run of the same action on the backend
 * response Genesys saw, and every difference between them, each with the {@link EmulatorOptions} switches that change
 * it. The switches are found by running the engine once per non-default value of each option, so a switch added to
 * {@code EmulatorOptions} is tried without a change here.
 */
final class Calibration {
    /** Genesys's name of the operation that calls the backend; its {@code result} is the response Genesys saw. */
    static final String EXECUTE = "Execute";
    /** The authentication operation: its result names credentials, so it is neither compared nor saved. */
    static final String AUTHENTICATE = "Perform authentication";

    /**
     * One difference.
     *
     * @param where    a JSON pointer into the TestExecutionResult, with the operation's name for readability
     * @param genesys  Genesys's value, null when absent
     * @param engine   the engine's value, null when absent
     * @param matching the switches with which the engine gives Genesys's value here, e.g. {@code velocity=VELOCITY_2_DEFAULTS}
     * @param changing the switches that change the engine's value here without matching Genesys
     */
    record Difference(String where, JsonNode genesys, JsonNode engine, List<String> matching, List<String> changing) {
        String line() {
            String verdict;
            if (!matching.isEmpty()) {
                verdict = "matches Genesys with " + String.join(" or ", matching);
            } else if (!changing.isEmpty()) {
                verdict = "changed, not matched, by " + String.join(", ", changing);
            } else {
                verdict = "no EmulatorOptions switch changes it: an engine gap, worth an issue with this case";
            }
            return where + ": Genesys " + (genesys == null ? "(absent)" : OrgActions.shown(genesys)) + ", engine "
                    + (engine == null ? "(absent)" : OrgActions.shown(engine)) + " - " + verdict;
        }
    }

    /** What Genesys and the engine are asked for: the execute body, flattened or not. */
    enum Output { AS_IS, FLATTENED }

    /** The outcome of one case: the backend response used, and the differences (empty when the engine matched Genesys). */
    record Result(HttpResult backend, JsonNode engine, List<Difference> differences) {
    }

    private Calibration() {
    }

    /**
     * The backend response as Genesys saw it: the {@code result} of its Execute operation, read as {@code {status, body}}
     * when it has that shape (the engine's own), otherwise as the response body with status 200.
     */
    static Optional<HttpResult> backendResponse(JsonNode genesysResult) {
        for (JsonNode operation : genesysResult.path("operations")) {
            if (EXECUTE.equals(operation.path("name").asText())) {
                JsonNode result = operation.get("result");
                if (result == null || result.isNull() || result.isMissingNode()) {
                    return Optional.empty();
                }
                if (result.isObject() && result.path("status").canConvertToInt() && result.has("body")) {
                    JsonNode body = result.get("body");
                    return Optional.of(HttpResult.json(result.path("status").asInt(), body.isTextual() ? body.textValue() : body.toString()));
                }
                return Optional.of(HttpResult.json(200, result.isTextual() ? result.textValue() : result.toString()));
            }
        }
        return Optional.empty();
    }

    /** Runs the engine on the backend response and compares; the caller has checked that there is one. */
    static Result calibrate(DataAction action, JsonNode input, Output output, JsonNode genesys, HttpResult backend) {
        JsonNode engine = run(EmulatorOptions.defaults(), action, input, output, backend);
        Map<String, Difference> differences = new LinkedHashMap<>();
        for (Difference d : compare(genesys, engine)) {
            differences.put(d.where(), d);
        }
        if (!differences.isEmpty()) {
            for (Map.Entry<String, EmulatorOptions> variant : variants().entrySet()) {
                JsonNode other = run(variant.getValue(), action, input, output, backend);
                Map<String, Difference> remaining = new LinkedHashMap<>();
                compare(genesys, other).forEach(d -> remaining.put(d.where(), d));
                for (Difference d : differences.values()) {
                    Difference left = remaining.get(d.where());
                    if (left == null) {
                        d.matching().add(variant.getKey());
                    } else if (!java.util.Objects.equals(left.engine(), d.engine())) {
                        d.changing().add(variant.getKey());
                    }
                }
            }
        }
        return new Result(backend, engine, differences.values().stream()
                .map(d -> new Difference(d.where(), d.genesys(), d.engine(), List.copyOf(d.matching()), List.copyOf(d.changing()))).toList());
    }

    private static JsonNode run(EmulatorOptions options, DataAction action, JsonNode input, Output output, HttpResult backend) {
        return TestResultJson.of(GenesysEmulator.create(options).execute(action, spec -> {
            spec.input(input).transport(Transport.recorded(backend));
            if (output == Output.FLATTENED) {
                spec.flatten();
            }
        }));
    }

    /** Every single-switch departure from the defaults, named {@code component=VALUE}. */
    static Map<String, EmulatorOptions> variants() {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        RecordComponent[] components = EmulatorOptions.class.getRecordComponents();
        Map<String, EmulatorOptions> variants = new LinkedHashMap<>();
        try {
            Constructor<EmulatorOptions> constructor = EmulatorOptions.class.getDeclaredConstructor(
                    java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            for (int i = 0; i < components.length; i++) {
                if (!components[i].getType().isEnum()) {
                    continue;
                }
                Object current = components[i].getAccessor().invoke(defaults);
                for (Object value : components[i].getType().getEnumConstants()) {
                    if (value.equals(current)) {
                        continue;
                    }
                    Object[] args = new Object[components.length];
                    for (int j = 0; j < components.length; j++) {
                        args[j] = j == i ? value : components[j].getAccessor().invoke(defaults);
                    }
                    variants.put(components[i].getName() + "=" + value, constructor.newInstance(args));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("EmulatorOptions is not a record of enums as expected", e);
        }
        return variants;
    }

    /** Step by step: operation names and success, their results (not Execute's, not authentication's), finalResult, error, success. */
    static List<Difference> compare(JsonNode genesys, JsonNode engine) {
        List<Difference> differences = new ArrayList<>();
        JsonNode g = genesys.path("operations");
        JsonNode e = engine.path("operations");
        for (int i = 0; i < Math.max(g.size(), e.size()); i++) {
            JsonNode go = g.path(i);
            JsonNode eo = e.path(i);
            String name = go.path("name").asText(eo.path("name").asText());
            String where = "/operations/" + i + " (" + name + ")";
            if (go.isMissingNode() || eo.isMissingNode()) {
                differences.add(difference(where, go.isMissingNode() ? null : go.path("name"), eo.isMissingNode() ? null : eo.path("name")));
                continue;
            }
            if (!go.path("name").equals(eo.path("name"))) {
                differences.add(difference(where + "/name", go.path("name"), eo.path("name")));
                continue;
            }
            if (!go.path("success").equals(eo.path("success"))) {
                differences.add(difference(where + "/success", go.path("success"), eo.path("success")));
            }
            if (!name.equals(EXECUTE) && !name.equals(AUTHENTICATE)) {
                for (OrgActions.Change c : OrgActions.changes(orNull(go.get("result")), orNull(eo.get("result")))) {
                    differences.add(difference(where + "/result" + c.pointer(), c.before(), c.after()));
                }
            }
        }
        for (OrgActions.Change c : OrgActions.changes(orNull(genesys.get("finalResult")), orNull(engine.get("finalResult")))) {
            differences.add(difference("/finalResult" + c.pointer(), c.before(), c.after()));
        }
        for (String field : List.of("code", "status", "message")) {
            JsonNode ge = genesys.path("error").path(field);
            JsonNode ee = engine.path("error").path(field);
            if (!ge.equals(ee)) {
                differences.add(difference("/error/" + field, ge.isMissingNode() ? null : ge, ee.isMissingNode() ? null : ee));
            }
        }
        if (!genesys.path("success").equals(engine.path("success"))) {
            differences.add(difference("/success", genesys.path("success"), engine.path("success")));
        }
        return differences;
    }

    private static Difference difference(String where, JsonNode genesys, JsonNode engine) {
        return new Difference(where, genesys, engine, new ArrayList<>(), new ArrayList<>());
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? Json.MAPPER.nullNode() : node;
    }

    /** A Genesys result fit to be stored: the authentication operation's result (credential names, maybe values) blanked. */
    static JsonNode withoutAuthentication(JsonNode genesys) {
        JsonNode copy = genesys.deepCopy();
        for (JsonNode operation : copy.path("operations")) {
            if (AUTHENTICATE.equals(operation.path("name").asText()) && operation.isObject()) {
                ((ObjectNode) operation).putNull("result");
            }
        }
        return copy;
    }
}
