package org.dataactioncontracts.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One interaction of a pact, replayed against the live API once: what was asked and what came back, redacted.
 *
 * @param description    the pact interaction's description ({@code "<Data Action name>: <scenario>"})
 * @param dataActionFile the Data Action file named in the interaction's comments; empty when none is
 * @param providerStates the interaction's provider states as {@code [{"name", "params"}]}
 * @param request        what was sent: method, path, query, headers (credentials as the pact's placeholders), body
 * @param outcome        recorded, or vendor unavailable
 * @param status         the HTTP status; 0 when no response arrived
 * @param headers        response headers, credential-like ones redacted
 * @param body           the response body: JSON as JSON, other text as a string, {@link MissingNode} when empty
 * @param timestamp      when the response arrived (or the last attempt ended)
 * @param attempts       how many attempts were made
 * @param elapsedMillis  time spent on this interaction, state changes included
 * @param reason         why the vendor counts as unavailable; empty when recorded
 * @param notes          what the recorder could not do as the pact asks (skipped provider states, dropped headers)
 * @param redactedPaths  the concrete JSONPaths whose values were replaced by {@code "[REDACTED]"}
 */
public record Recording(
        String description,
        String dataActionFile,
        JsonNode providerStates,
        JsonNode request,
        Outcome outcome,
        int status,
        Map<String, List<String>> headers,
        JsonNode body,
        Instant timestamp,
        int attempts,
        long elapsedMillis,
        String reason,
        List<String> notes,
        List<String> redactedPaths) {

    /** Whether a response was recorded or the vendor was unavailable. */
    public enum Outcome {
        /** The API answered (any status but 429 and 5xx, or one of those on the last attempt of a non-retried call). */
        RECORDED("recorded"),
        /** Timeouts, connection failures, 429 or 5xx on every attempt: neither a contract break nor a pass. */
        VENDOR_UNAVAILABLE("vendor-unavailable");

        private final String json;

        Outcome(String json) {
            this.json = json;
        }

        /** The name in recording files. */
        public String json() {
            return json;
        }

        static Outcome fromJson(String text) {
            for (Outcome o : values()) {
                if (o.json.equals(text)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown outcome '" + text + "' (expected recorded or vendor-unavailable)");
        }
    }

    public Recording {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dataActionFile, "dataActionFile");
        Objects.requireNonNull(providerStates, "providerStates");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(outcome, "outcome");
        headers = Map.copyOf(headers);
        body = body == null ? MissingNode.getInstance() : body;
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(reason, "reason");
        notes = List.copyOf(notes);
        redactedPaths = List.copyOf(redactedPaths);
    }

    /** The file layout: one JSON object per interaction. */
    public ObjectNode toJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("description", description);
        root.put("dataActionFile", dataActionFile);
        root.set("providerStates", providerStates);
        root.set("request", request);
        root.put("outcome", outcome.json());
        root.put("timestamp", timestamp.toString());
        root.put("attempts", attempts);
        root.put("elapsedMillis", elapsedMillis);
        if (!reason.isEmpty()) {
            root.put("reason", reason);
        }
        ObjectNode response = root.putObject("response");
        if (status > 0) {
            response.put("status", status);
        }
        ObjectNode headerNode = response.putObject("headers");
        headers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> e.getValue().forEach(headerNode.withArray(e.getKey())::add));
        if (!body.isMissingNode()) {
            response.set("body", body);
        }
        ArrayNode noteNode = root.putArray("notes");
        notes.forEach(noteNode::add);
        ArrayNode redacted = root.putArray("redactedPaths");
        redactedPaths.forEach(redacted::add);
        return root;
    }

    /**
     * Reads one recording file's JSON.
     *
     * @throws IllegalArgumentException naming the missing or malformed field
     */
    public static Recording fromJson(JsonNode json) {
        if (!json.isObject() || !json.path("description").isTextual() || !json.path("outcome").isTextual()) {
            throw new IllegalArgumentException("is not a recording (needs \"description\" and \"outcome\")");
        }
        JsonNode response = json.path("response");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            headers.put(e.getKey(), values);
        }
        List<String> notes = new ArrayList<>();
        json.path("notes").forEach(n -> notes.add(n.asText()));
        List<String> redacted = new ArrayList<>();
        json.path("redactedPaths").forEach(n -> redacted.add(n.asText()));
        Instant timestamp;
        try {
            timestamp = Instant.parse(json.path("timestamp").asText());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("has no valid \"timestamp\" (ISO-8601 instant)", e);
        }
        return new Recording(json.path("description").asText(), json.path("dataActionFile").asText(""),
                json.path("providerStates").isArray() ? json.get("providerStates") : JsonNodeFactory.instance.arrayNode(),
                json.path("request").isObject() ? json.get("request") : JsonNodeFactory.instance.objectNode(),
                Outcome.fromJson(json.get("outcome").asText()), response.path("status").asInt(0), headers,
                response.path("body"), timestamp, json.path("attempts").asInt(1), json.path("elapsedMillis").asLong(0),
                json.path("reason").asText(""), notes, redacted);
    }
}
