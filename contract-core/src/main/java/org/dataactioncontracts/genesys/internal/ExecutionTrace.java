package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dataactioncontracts.genesys.ErrorBody;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.Operation;
import org.dataactioncontracts.genesys.Outcome;
import org.dataactioncontracts.genesys.RenderedRequest;
import org.dataactioncontracts.genesys.Step;

/**
 * What one execution's report shows, filled step by step by the run that owns it and read once at the end: the only
 * mutable state of an execution. Everything put here is already redacted, or redacted on the way in.
 */
final class ExecutionTrace {
    private final String actionName;
    private final Redactor redactor;
    private final List<Operation> operations = new ArrayList<>(12);
    private final Set<String> defaulted = new LinkedHashSet<>();
    private Outcome outcome = Outcome.SUCCESS;
    private ErrorBody error;
    private RenderedRequest request;
    private HttpResult response;
    private Map<String, String> translation = Map.of();
    private JsonNode finalResult;

    ExecutionTrace(String actionName, Redactor redactor) {
        this.actionName = actionName;
        this.redactor = redactor;
    }

    /** Records a step that succeeded with this (already redacted) result. */
    void ok(Step step, JsonNode result) {
        operations.add(new Operation(step, true, result, Optional.empty()));
    }

    /** Records the step that failed, its error redacted; the execution takes the Failure path unless it timed out. */
    <T> Optional<T> fail(Step step, JsonNode result, ErrorBody body) {
        ErrorBody clean = new ErrorBody(redactor.text(body.message()), body.code(), body.status(), body.errorCodes());
        operations.add(new Operation(step, false, result, Optional.of(clean)));
        error = clean;
        if (outcome == Outcome.SUCCESS) {
            outcome = Outcome.FAILURE;
        }
        return Optional.empty();
    }

    /** Records the step that timed out: the execution takes the Timeout path. */
    <T> Optional<T> timeout(Step step, JsonNode result, ErrorBody body) {
        outcome = Outcome.TIMEOUT;
        return fail(step, result, body);
    }

    /** The request as the report shows it (secrets masked). */
    void request(RenderedRequest shown) {
        request = shown;
    }

    /** The response as the report shows it (secrets masked, a huge body as an excerpt). */
    void response(HttpResult shown) {
        response = shown;
    }

    /** The translation map's values (redacted when reported) and the keys that fell back to their defaults. */
    void translation(Map<String, String> values, Set<String> defaultedKeys) {
        translation = values;
        defaulted.addAll(defaultedKeys);
    }

    /** The output Architect receives (already redacted). */
    void result(JsonNode output) {
        finalResult = output;
    }

    ExecutionReport report() {
        return new ExecutionReport(actionName, outcome, operations, Optional.ofNullable(finalResult), Optional.ofNullable(error),
                Optional.ofNullable(request), Optional.ofNullable(response), redactor.texts(translation), defaulted);
    }
}
