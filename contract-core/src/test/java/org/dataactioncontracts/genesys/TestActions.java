package org.dataactioncontracts.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Consumer;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;

/** Builds small Data Action exports for table-driven engine tests. */
final class TestActions {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private TestActions() {
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A GET action on /api/v2/test with the given response configuration and a permissive output schema. */
    static DataAction action(Map<String, String> translationMap, Map<String, String> defaults, String successTemplate) {
        return action(a -> {
            ObjectNode response = (ObjectNode) a.at("/config/response");
            response.set("translationMap", MAPPER.valueToTree(translationMap));
            response.set("translationMapDefaults", MAPPER.valueToTree(defaults));
            response.put("successTemplate", successTemplate);
        });
    }

    /** A GET action on /api/v2/test, customised by editing its export JSON. */
    static DataAction action(Consumer<ObjectNode> edit) {
        ObjectNode export = (ObjectNode) json("""
                {
                  "name": "Test Action",
                  "integrationType": "purecloud-data-actions",
                  "actionType": "custom",
                  "config": {
                    "request": {"requestUrlTemplate": "/api/v2/test", "requestType": "GET", "headers": {}, "requestTemplate": "${input.rawRequest}"},
                    "response": {"translationMap": {}, "translationMapDefaults": {}, "successTemplate": "${rawResult}"}
                  },
                  "contract": {
                    "input": {"inputSchema": {"type": "object", "properties": {}, "additionalProperties": true}},
                    "output": {"successSchema": {"type": "object", "properties": {}, "additionalProperties": true}}
                  },
                  "secure": false
                }""");
        edit.accept(export);
        return DataActions.fromTree(export, "test-action.json");
    }
}
