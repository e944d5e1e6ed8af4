package org.dataactioncontracts.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.genesys.TestActions.action;
import static org.dataactioncontracts.genesys.TestActions.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Genesys's documented rules that act at run time (docs/emulator-semantics.md, "Documented rules"): one row = a case. */
class DocumentedLimitsTest {
    private static final GenesysEmulator EMULATOR = GenesysEmulator.create();

    private static String nested(int levels) {
        String value = "1";
        for (int i = 0; i < levels; i++) {
            value = "{\"n\": " + value + "}";
        }
        return value;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // description, input property, Accept header (null: none), response body, failed step (null: success), message part
                Arguments.of("reserved input orgId", "orgId", null, "{}", Step.VALIDATE_DRAFT_DEFINITION, "'orgId', a name Genesys reserves"),
                Arguments.of("reserved input rawRequest", "rawRequest", null, "{}", Step.VALIDATE_DRAFT_DEFINITION, "'rawRequest', a name Genesys reserves"),
                Arguments.of("ordinary input", "customerId", null, "{}", null, null),
                Arguments.of("Accept text/xml", "customerId", "text/xml", "{}", Step.RESOLVE_HEADERS,
                        "The Accept header 'text/xml' is not a JSON media type"),
                Arguments.of("Accept rendered from an input", "customerId", "${input.customerId}", "{}", Step.RESOLVE_HEADERS,
                        "The Accept header 'text/plain' is not a JSON media type"),
                Arguments.of("Accept application/json", "customerId", "application/json", "{}", null, null),
                Arguments.of("response nested 51 levels", "customerId", null, nested(51), Step.EXECUTE,
                        "is JSON nested 51 levels deep; Genesys limits JSON objects to 50 levels"),
                Arguments.of("response nested 50 levels", "customerId", null, nested(50), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void documentedRuleAtRunTime(String description, String input, String accept, String response, Step failedStep, String message) {
        DataAction action = action(a -> {
            ((ObjectNode) a.at("/contract/input/inputSchema/properties")).set(input, json("{\"type\": \"string\"}"));
            if (accept != null) {
                ((ObjectNode) a.at("/config/request/headers")).put("Accept", accept);
            }
        });

        ExecutionReport report = EMULATOR.execute(action, run -> run.input(input, "text/plain").response(HttpResult.json(200, response)));

        if (failedStep == null) {
            assertThat(report.success()).as(report.describeFailure()).isTrue();
        } else {
            assertThat(report.failedStep()).contains(failedStep);
            assertThat(report.describeFailure()).contains(message);
        }
    }
}
