package org.dataactioncontracts.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON writer of {@link ExecutionReport}: the Platform API's test-result shape ({@code TestExecutionResult}), as
 * {@code dac run} prints it and Genesys's Test tab shows it.
 */
public final class TestResultJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TestResultJson() {
    }

    /** The report as a test result: {@code success}, {@code operations}, {@code finalResult}, {@code error}. */
    public static JsonNode of(ExecutionReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("success", report.success());
        ArrayNode operations = root.putArray("operations");
        for (Operation op : report.operations()) {
            ObjectNode o = operations.addObject();
            o.put("step", op.step().number());
            o.put("name", op.step().displayName());
            o.put("success", op.success());
            o.set("result", op.result());
            op.error().ifPresent(e -> o.set("error", error(e)));
        }
        root.set("finalResult", report.finalResult().orElse(NODES.nullNode()));
        root.set("error", report.error().map(TestResultJson::error).orElse(NODES.nullNode()));
        return root;
    }

    private static JsonNode error(ErrorBody error) {
        ObjectNode e = NODES.objectNode();
        e.put("message", error.message());
        e.put("code", error.code());
        e.put("status", error.status());
        e.putObject("messageParams");
        ArrayNode details = e.putArray("details");
        error.errorCodes().forEach(c -> details.addObject().put("errorCode", c));
        e.putArray("errors");
        return e;
    }
}
