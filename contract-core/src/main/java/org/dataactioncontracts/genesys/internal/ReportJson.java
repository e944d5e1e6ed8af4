package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dataactioncontracts.genesys.ErrorBody;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.Operation;

/** Writes an execution report in the Platform API's test-result shape ({@code TestExecutionResult}). */
public final class ReportJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    public static JsonNode toJson(ExecutionReport report) {
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
        root.set("error", report.error().map(ReportJson::error).orElse(NODES.nullNode()));
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
