package org.dataactioncontracts.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one execution of a Data Action produced, as Genesys's test mode reports it, plus typed access to the
 * intermediate values (rendered request, raw response, translation values) for contract tests. {@link TestResultJson}
 * writes it in the Platform API's test-result JSON.
 *
 * @param actionName   the Data Action's name
 * @param outcome      which Architect exit the execution takes
 * @param operations   the operations that ran, in order; the last one failed when the outcome is not SUCCESS
 * @param finalResult  the output Architect receives (flattened when flattening was asked for); empty on failure
 * @param error        the final error; empty on success
 * @param request      the rendered request, once steps 5 to 7 ran
 * @param response     the backend's response, once step 8 ran
 * @param translation  translation map values as JSON text, once step 9 ran
 * @param defaulted    the translation keys whose path found nothing, so their {@code translationMapDefaults} value was used
 */
public record ExecutionReport(
        String actionName,
        Outcome outcome,
        List<Operation> operations,
        Optional<JsonNode> finalResult,
        Optional<ErrorBody> error,
        Optional<RenderedRequest> request,
        Optional<HttpResult> response,
        Map<String, String> translation,
        java.util.Set<String> defaulted) {

    public ExecutionReport {
        Objects.requireNonNull(actionName, "actionName");
        Objects.requireNonNull(outcome, "outcome");
        operations = List.copyOf(operations);
        finalResult = Objects.requireNonNullElse(finalResult, Optional.empty());
        error = Objects.requireNonNullElse(error, Optional.empty());
        request = Objects.requireNonNullElse(request, Optional.empty());
        response = Objects.requireNonNullElse(response, Optional.empty());
        translation = Map.copyOf(translation);
        defaulted = java.util.Set.copyOf(defaulted);
    }

    /** Whether the execution takes Architect's Success exit. */
    public boolean success() {
        return outcome == Outcome.SUCCESS;
    }

    /**
     * The output Architect receives.
     *
     * @throws IllegalStateException naming the action, the failed step and Genesys's message, when the execution failed
     */
    public JsonNode output() {
        return finalResult.orElseThrow(() -> new IllegalStateException(describeFailure()));
    }

    /** The operation of a step, if it ran. */
    public Optional<Operation> operation(Step step) {
        return operations.stream().filter(o -> o.step() == step).findFirst();
    }

    /** The step that failed, if any. */
    public Optional<Step> failedStep() {
        return operations.stream().filter(o -> !o.success()).map(Operation::step).findFirst();
    }

    /** One line naming the action, the failed step and the error message; {@code "<name>: success"} on success. */
    public String describeFailure() {
        if (success()) {
            return actionName + ": success";
        }
        String step = failedStep().map(s -> s.number() + ". " + s.displayName()).orElse("?");
        return "Data Action '" + actionName + "' takes the " + outcome.name().charAt(0) + outcome.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                + " path at operation " + step + ": " + error.map(ErrorBody::message).orElse("(no message)");
    }
}
