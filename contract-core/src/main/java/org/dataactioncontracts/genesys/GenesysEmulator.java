package org.dataactioncontracts.genesys;

import java.util.Objects;
import java.util.function.Consumer;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.genesys.internal.CompiledAction;
import org.dataactioncontracts.genesys.internal.ExecutionInput;
import org.dataactioncontracts.genesys.internal.ActionCache;

/**
 * The offline Genesys Cloud Data Action engine: executes a Data Action the way Genesys's test mode does, from
 * input validation through Velocity request rendering, the HTTP call, JSONPath translation and the strict success
 * template, to output validation and flattening.
 *
 * <p>Thread-safe; create one and reuse it. Templates, JSONPaths and schemas of each action are compiled on first
 * use and cached.
 *
 * <pre>{@code
 * GenesysEmulator emulator = GenesysEmulator.create();
 * ExecutionReport report = emulator.execute(action, run -> run
 *         .input("customerId", "C-42")
 *         .response(HttpResult.json(200, "{\"name\":\"Ada\"}")));
 * JsonNode output = report.output();
 * }</pre>
 */
public final class GenesysEmulator {
    private final EmulatorOptions options;
    private final ActionCache cache;

    private GenesysEmulator(EmulatorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.cache = new ActionCache(options);
    }

    /** An engine with the default options. */
    public static GenesysEmulator create() {
        return new GenesysEmulator(EmulatorOptions.defaults());
    }

    /** An engine with the given options. */
    public static GenesysEmulator create(EmulatorOptions options) {
        return new GenesysEmulator(options);
    }

    /** The options this engine runs with. */
    public EmulatorOptions options() {
        return options;
    }

    /**
     * Executes a Data Action.
     *
     * @param action the Data Action
     * @param spec   fills in input, credentials and transport
     * @return the execution report; failures are reported, not thrown
     * @throws IllegalArgumentException when no transport was given
     */
    public ExecutionReport execute(DataAction action, Consumer<ExecutionSpec> spec) {
        ExecutionInput input = toInput(spec);
        if (input.transport() == null) {
            throw new IllegalArgumentException("No transport for '" + action.name()
                    + "': call .transport(Transport.http(baseUrl)) or .response(HttpResult.json(200, body))");
        }
        return compiled(action).execute(input);
    }

    /**
     * Runs steps 1 to 7 only: the request the Data Action would send for this input.
     *
     * @throws IllegalArgumentException naming the failed step and Genesys's message, when rendering fails
     */
    public RenderedRequest render(DataAction action, Consumer<ExecutionSpec> spec) {
        return compiled(action).render(toInput(spec));
    }

    private CompiledAction compiled(DataAction action) {
        return cache.get(Objects.requireNonNull(action, "action"));
    }

    private static ExecutionInput toInput(Consumer<ExecutionSpec> spec) {
        ExecutionSpec s = new ExecutionSpec();
        spec.accept(s);
        return new ExecutionInput(s.inputBody(), s.credentialValues(), s.authResponseValues(), s.orgIdValue(),
                s.integrationIdValue(), s.transportValue(), s.middlewareValue(), s.flattenValue(), s.secretInputValues());
    }
}
