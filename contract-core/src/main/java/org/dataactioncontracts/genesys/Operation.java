package org.dataactioncontracts.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of an execution report, as Genesys's test mode lists it.
 *
 * @param step    which operation
 * @param success whether it succeeded
 * @param result  what Genesys shows for it (the resolved URL, headers, body, raw response, translation values, output); may be JSON null
 * @param error   why it failed, when it did
 */
public record Operation(Step step, boolean success, JsonNode result, Optional<ErrorBody> error) {
    public Operation {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(result, "result");
        error = Objects.requireNonNullElse(error, Optional.empty());
    }
}
