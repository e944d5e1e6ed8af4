package org.dataactioncontracts.pact;

import au.com.dius.pact.consumer.dsl.DslPart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dataactioncontracts.genesys.Middleware;
import org.dataactioncontracts.pact.internal.Plan;
import org.dataactioncontracts.pact.internal.Plan.BodyKind;
import org.dataactioncontracts.pact.internal.Plan.Output;
import org.dataactioncontracts.pact.internal.Plan.ProviderState;
import org.dataactioncontracts.pact.internal.Plan.Waiver;

/**
 * One interaction of a Data Action with its provider, filled in inside the lambda given to
 * {@link DataActionContracts#verify}: provider states, the input Architect passes, test credentials, and the
 * response. The request is never written here: it is rendered from the Data Action itself.
 *
 * <p>Without {@code respondsWith}, the response is derived: the minimum body the Data Action's translation reads,
 * typed by its output contract.
 */
public final class InteractionSpec {
    private final List<ProviderState> states = new ArrayList<>();
    private final Map<String, Object> input = new LinkedHashMap<>();
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private final Map<String, String> secretInputs = new LinkedHashMap<>();
    private final Map<String, Object> authResponse = new LinkedHashMap<>();
    private final Map<String, Object> examples = new LinkedHashMap<>();
    private final Set<String> absent = new LinkedHashSet<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();
    private Integer status;
    private boolean derived;
    private String body;
    private DslPart dslBody;
    private Middleware middleware;
    private boolean flatten;

    InteractionSpec() {
    }

    /** Adds a provider state without parameters. */
    public InteractionSpec given(String state) {
        return given(state, Map.of());
    }

    /** Adds a provider state with parameters; they reach the provider's state-change endpoint as {@code params}. */
    public InteractionSpec given(String state, Map<String, ?> params) {
        states.add(new ProviderState(state, new LinkedHashMap<>(params)));
        return this;
    }

    /** Adds one input value, as Architect passes it. */
    public InteractionSpec input(String name, Object value) {
        input.put(Objects.requireNonNull(name), value);
        secretInputs.remove(name);
        return this;
    }

    /** Adds input values. */
    public InteractionSpec input(Map<String, ?> values) {
        input.putAll(values);
        return this;
    }

    /**
     * Sets a credential field for the test run. The test value is sent to the Pact mock server; the pact records a
     * placeholder and a matcher instead, and the build fails if the test value shows up in a pact.
     */
    public InteractionSpec credential(String name, String testValue) {
        credentials.put(Objects.requireNonNull(name), Objects.requireNonNull(testValue));
        return this;
    }

    /**
     * Adds an input that carries a secret, e.g. an API key the flow passes as {@code ${input.apikey}} into an
     * {@code x-api-key} header or a {@code token} query parameter. The test value is sent to the Pact mock server; the
     * pact records a placeholder ({@code REDACTED-<inputName>}) under a regex matcher, the execution report masks it,
     * and the build fails if the test value shows up in a pact. Inside a request body it is refused, as credentials are.
     */
    public InteractionSpec secretInput(String inputName, String testValue) {
        secretInputs.put(Objects.requireNonNull(inputName, "inputName"), Objects.requireNonNull(testValue, "testValue"));
        input.remove(inputName);
        return this;
    }

    /** Sets the customAuth response for the test run (treated like credentials). */
    public InteractionSpec authResponse(Map<String, ?> values) {
        authResponse.putAll(values);
        return this;
    }

    /** Sets the example value of a derived field, by translation key or output property name. */
    public InteractionSpec example(String name, Object value) {
        examples.put(Objects.requireNonNull(name), value);
        return this;
    }

    /**
     * Leaves the fields of these translation keys out of the derived response, so the flow sees their defaults:
     * the "optional field absent" interaction.
     */
    public InteractionSpec withoutFields(String... translationKeys) {
        absent.addAll(List.of(translationKeys));
        return this;
    }

    /** Accepts that a translation key is not pinned by this interaction's response, and says why. */
    public InteractionSpec waivePin(String translationKey, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason");
        }
        waivers.add(new Waiver(translationKey, reason));
        return this;
    }

    /**
     * Accepts that this interaction's response pins none of the translation's fields, and says why (e.g. "nobody
     * owns the number: the flow sees the defaults").
     */
    public InteractionSpec waivePins(String reason) {
        return waivePin("*", reason);
    }

    /** Expects this status with no body constraint: typical of failure paths (404, 401, 5xx). */
    public InteractionSpec respondsWith(int status) {
        this.status = status;
        this.derived = false;
        return this;
    }

    /** Expects this success status (e.g. 201 for a create) with the derived body: what the translation reads. */
    public InteractionSpec respondsWithDerivedBody(int status) {
        this.status = status;
        this.derived = true;
        this.body = null;
        this.dslBody = null;
        return this;
    }

    /** Expects this status and JSON body; every value is matched by type, so the provider may return other data. */
    public InteractionSpec respondsWith(int status, String jsonBody) {
        this.status = status;
        this.body = Objects.requireNonNull(jsonBody);
        this.dslBody = null;
        return this;
    }

    /** Expects this status and a body written with pact-jvm's DSL and its matchers. */
    public InteractionSpec respondsWith(int status, DslPart body) {
        this.status = status;
        this.dslBody = Objects.requireNonNull(body);
        this.body = null;
        return this;
    }

    /** Adds headers the provider's response must carry (e.g. a content type other than JSON's). */
    public InteractionSpec responseHeaders(Map<String, String> headers) {
        responseHeaders.putAll(headers);
        return this;
    }

    /** Runs the backend's response through a middleware (e.g. a JSONata adapter) before the translation. */
    public InteractionSpec middleware(Middleware value) {
        this.middleware = Objects.requireNonNull(value);
        return this;
    }

    /** Flattens the output as Architect does. */
    public InteractionSpec flatten() {
        this.flatten = true;
        return this;
    }

    /** This interaction, frozen: later calls on this spec do not change it. */
    Plan plan(String scenario) {
        BodyKind kind = dslBody != null ? BodyKind.DSL
                : body != null ? BodyKind.JSON
                : status == null || derived ? BodyKind.DERIVED : BodyKind.NONE;
        return new Plan(scenario, states, new Plan.Inputs(input, secretInputs, credentials, authResponse),
                new Plan.Response(status, kind, body, dslBody, responseHeaders, examples, absent), waivers, middleware,
                flatten ? Output.FLATTENED : Output.AS_DECLARED);
    }
}
