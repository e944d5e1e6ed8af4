package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Draft-04 validation with the validator whose report fields Genesys's messages show
 * ({@code Schema: # @<pointer>. Error location: <pointer>. <message>}, reference §6.5).
 */
final class SchemaValidator {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.byDefault();

    private final JsonSchema schema;
    private final String setupError;
    private final FastSchemaCheck shortcut;

    SchemaValidator(JsonNode schemaNode) {
        JsonSchema compiled = null;
        String error = null;
        try {
            compiled = FACTORY.getJsonSchema(withoutSchemaUri(schemaNode));
        } catch (ProcessingException e) {
            error = e.getProcessingMessage().getMessage();
        }
        this.schema = compiled;
        this.setupError = error;
        this.shortcut = compiled == null ? null : FastSchemaCheck.of(schemaNode);
    }

    // "$schema": ".../draft-04/schema#" is what Genesys writes; fge would try to resolve other URIs over the network.
    private static JsonNode withoutSchemaUri(JsonNode node) {
        if (node.isObject() && node.has("$schema") && !node.get("$schema").asText().contains("draft-04")) {
            var copy = node.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("$schema");
            return copy;
        }
        return node;
    }

    /**
     * The Genesys-style reasons the instance fails the schema; empty when it passes. Shallow, as fge's default:
     * children of an object that fails at its own level are not visited.
     */
    List<String> validate(JsonNode instance) {
        if (schema == null) {
            return List.of("Schema: # @. Error location: . the schema itself is invalid: " + setupError);
        }
        if (shortcut != null && shortcut.certainlyValid(instance)) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        try {
            ProcessingReport report = schema.validate(instance);
            for (ProcessingMessage message : report) {
                JsonNode json = message.asJson();
                String schemaPointer = json.path("schema").path("pointer").asText("");
                String instancePointer = json.path("instance").path("pointer").asText("");
                reasons.add("Schema: # @" + schemaPointer + ". Error location: " + instancePointer + ". " + message.getMessage());
            }
        } catch (ProcessingException e) {
            reasons.add("Schema: # @. Error location: . " + e.getProcessingMessage().getMessage());
        }
        return reasons;
    }
}
