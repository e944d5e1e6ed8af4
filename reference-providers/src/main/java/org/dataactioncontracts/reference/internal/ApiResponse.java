package org.dataactioncontracts.reference.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON response of an API or of the provider-state endpoint.
 *
 * @param status HTTP status
 * @param body   JSON body, always present
 */
public record ApiResponse(int status, JsonNode body) {

    /** 200 with {@code body}. */
    public static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body);
    }

    /** An error with the project's error body {@code {"status": 404, "error": "Not Found", "message": "…"}}. */
    public static ApiResponse error(int status, String error, String message) {
        ObjectNode body = Json.object();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        return new ApiResponse(status, body);
    }

    /** 400 Bad Request. */
    public static ApiResponse badRequest(String message) {
        return error(400, "Bad Request", message);
    }

    /** 404 Not Found. */
    public static ApiResponse notFound(String message) {
        return error(404, "Not Found", message);
    }
}
