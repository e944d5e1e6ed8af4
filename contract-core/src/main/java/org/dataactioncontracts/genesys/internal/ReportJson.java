package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.dataactioncontracts.genesys.ExecutionReport;

/** Writes an execution report in the Platform API's test-result shape. */
public final class ReportJson {
    private ReportJson() {
    }

    public static JsonNode toJson(ExecutionReport report) {
        return JsonNodeFactory.instance.objectNode().put("success", report.success());
    }
}
