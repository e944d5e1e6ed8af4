package org.dataactioncontracts.reference.internal.crm;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.ApiRequest;
import org.dataactioncontracts.reference.internal.ApiResponse;
import org.dataactioncontracts.reference.internal.Json;

/**
 * The CRM's write endpoints, called by the CRM write Data Actions: create a case, add a note, update a customer
 * (optimistic locking), set contact preferences, and the legacy form-encoded callback request. Validation errors
 * answer 400 (unreadable request) or 422 (readable but invalid, with an {@code errors} list), conflicts 409.
 */
final class CrmWrites {

    private static final Set<String> PRIORITIES = Set.of("low", "normal", "high");
    private static final Set<String> CHANNELS = Set.of("voice", "sms", "email", "chat");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final int MAX_NOTE_LENGTH = 4000;

    private final CrmStore store;

    CrmWrites(CrmStore store) {
        this.store = store;
    }

    /** {@code POST /api/v1/cases} with {@code {customerId, subject, description?, priority?, channel?}}: 201 and the case. */
    ApiResponse createCase(ApiRequest request) {
        JsonNode body = request.jsonObjectBody();
        Errors errors = new Errors();
        String customerId = errors.requiredText(body, "customerId");
        String subject = errors.requiredText(body, "subject");
        String priority = errors.optionalText(body, "priority").orElse("normal");
        if (!PRIORITIES.contains(priority)) {
            errors.add("priority", "must be one of low, normal, high; got '" + priority + "'");
        }
        if (customerId != null && store.customer(customerId).isEmpty()) {
            errors.add("customerId", "no customer with id '" + customerId + "'");
        }
        if (errors.any()) {
            return errors.response("the case cannot be created");
        }
        Optional<SupportCase> duplicate = store.cases(customerId).stream()
                .filter(SupportCase::isOpen)
                .filter(existing -> existing.subject().trim().equalsIgnoreCase(subject.trim()))
                .findFirst();
        if (duplicate.isPresent()) {
            ApiResponse conflict = ApiResponse.error(409, "Conflict", "customer '" + customerId + "' already has open case '"
                    + duplicate.get().id() + "' about '" + duplicate.get().subject() + "'");
            ((ObjectNode) conflict.body()).put("existingCaseId", duplicate.get().id());
            return conflict;
        }
        SupportCase created = store.createCase(customerId, subject.trim(), priority, now());
        ObjectNode json = created.toJson();
        json.put("customerId", customerId);
        return new ApiResponse(201, json);
    }

    /**
     * {@code POST /api/v1/customers/{customerId}/notes} with {@code {text, author, source?, conversationId?, caseId?,
     * wrapUpCode?}}: 201 and the note's id; 409 for a note on a closed case.
     */
    ApiResponse addNote(ApiRequest request) {
        String customerId = request.segments().get(3);
        if (store.customer(customerId).isEmpty()) {
            return unknownCustomer(customerId);
        }
        JsonNode body = request.jsonObjectBody();
        Errors errors = new Errors();
        String text = errors.requiredText(body, "text");
        String author = errors.requiredText(body, "author");
        Optional<String> caseId = errors.optionalText(body, "caseId");
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            errors.add("text", "must be at most " + MAX_NOTE_LENGTH + " characters, got " + text.length());
        }
        Optional<SupportCase> supportCase = caseId.flatMap(id -> store.cases(customerId).stream()
                .filter(existing -> existing.id().equals(id)).findFirst());
        if (caseId.isPresent() && supportCase.isEmpty()) {
            errors.add("caseId", "customer '" + customerId + "' has no case '" + caseId.get() + "'");
        }
        if (errors.any()) {
            return errors.response("the note cannot be added");
        }
        if (supportCase.isPresent() && !supportCase.get().isOpen()) {
            return ApiResponse.error(409, "Conflict", "case '" + caseId.get() + "' is closed; notes can only be added to open cases");
        }
        ObjectNode note = Json.object();
        note.put("customerId", customerId);
        caseId.ifPresent(id -> note.put("caseId", id));
        note.put("author", author);
        note.put("text", text);
        errors.optionalText(body, "conversationId").ifPresent(id -> note.put("conversationId", id));
        errors.optionalText(body, "wrapUpCode").ifPresent(code -> note.put("wrapUpCode", code));
        note.put("createdAt", now());
        String id = store.addNote(note);
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("customerId", customerId);
        caseId.ifPresent(value -> json.put("caseId", value));
        json.put("createdAt", note.get("createdAt").asText());
        return new ApiResponse(201, json);
    }

    /**
     * {@code PATCH /api/v1/customers/{customerId}} with {@code {expectedVersion, email?, preferredLanguage?, city?}}:
     * 200 and the updated record with its new {@code version}; 409 when the record changed since that version.
     */
    ApiResponse updateCustomer(ApiRequest request) {
        String customerId = request.segments().get(3);
        Optional<Customer> found = store.customer(customerId);
        if (found.isEmpty()) {
            return unknownCustomer(customerId);
        }
        JsonNode body = request.jsonObjectBody();
        Errors errors = new Errors();
        JsonNode expected = body.get("expectedVersion");
        if (expected == null || !expected.isIntegralNumber()) {
            errors.add("expectedVersion", "is required and must be an integer");
        }
        Optional<String> email = errors.optionalText(body, "email");
        Optional<String> language = errors.optionalText(body, "preferredLanguage");
        Optional<String> city = errors.optionalText(body, "city");
        email.filter(value -> !EMAIL.matcher(value).matches())
                .ifPresent(value -> errors.add("email", "'" + value + "' is not an e-mail address"));
        language.filter(value -> !LANGUAGE.matcher(value).matches())
                .ifPresent(value -> errors.add("preferredLanguage", "'" + value + "' is not a language tag like en-GB"));
        if (errors.any()) {
            return errors.response("the customer cannot be updated");
        }
        int current = store.version(customerId);
        if (expected.intValue() != current) {
            ApiResponse conflict = ApiResponse.error(409, "Conflict", "customer '" + customerId + "' was changed by someone else:"
                    + " version is " + current + ", the update expected " + expected.intValue());
            ((ObjectNode) conflict.body()).put("currentVersion", current);
            return conflict;
        }
        Customer old = found.get();
        Customer updated = new Customer(customerId, old.fullName(), old.phone(), email.orElse(old.email()), old.accountTier(),
                old.openTickets(), old.blacklisted(), language.orElse(old.preferredLanguage()), city.orElse(old.city()),
                old.country());
        store.putCustomer(updated);
        store.putVersion(customerId, current + 1);
        ObjectNode json = updated.toJson();
        json.put("version", current + 1);
        json.put("updatedAt", now());
        return ApiResponse.ok(json);
    }

    /**
     * {@code PUT /api/v1/customers/{customerId}/contact-preferences} with {@code {preferredChannel, language,
     * doNotCall, quietHours?: {start, end}}}: replaces the preferences (also served, in the legacy shape, by the
     * middleware endpoint) and answers them.
     */
    ApiResponse putPreferences(ApiRequest request) {
        String customerId = request.segments().get(3);
        if (store.customer(customerId).isEmpty()) {
            return unknownCustomer(customerId);
        }
        JsonNode body = request.jsonObjectBody();
        Errors errors = new Errors();
        String channel = errors.requiredText(body, "preferredChannel");
        String language = errors.requiredText(body, "language");
        JsonNode doNotCall = body.get("doNotCall");
        if (channel != null && !CHANNELS.contains(channel)) {
            errors.add("preferredChannel", "must be one of voice, sms, email, chat; got '" + channel + "'");
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.add("language", "'" + language + "' is not a language tag like en-GB");
        }
        if (doNotCall == null || !doNotCall.isBoolean()) {
            errors.add("doNotCall", "is required and must be true or false");
        }
        String quietFrom = null;
        String quietTo = null;
        JsonNode quiet = body.get("quietHours");
        if (quiet != null && !quiet.isNull()) {
            quietFrom = quietTime(errors, quiet, "start");
            quietTo = quietTime(errors, quiet, "end");
        }
        if (errors.any()) {
            return errors.response("the contact preferences cannot be saved");
        }
        List<String> channels = new ArrayList<>(List.of(channel));
        store.preferences(customerId).ifPresent(existing -> existing.channels().stream()
                .sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
                .map(entry -> entry.code().toLowerCase(Locale.ROOT))
                .filter(code -> !channels.contains(code))
                .forEach(channels::add));
        List<LegacyPreferences.Channel> ranked = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ranked.add(new LegacyPreferences.Channel(channels.get(i).toUpperCase(Locale.ROOT), i + 1));
        }
        String[] parts = language.split("-", 2);
        String langCd = parts[0].toUpperCase(Locale.ROOT) + (parts.length > 1 ? "_" + parts[1] : "");
        store.putPreferences(new LegacyPreferences(customerId, ranked, langCd, doNotCall.booleanValue() ? "Y" : "N",
                quietFrom == null ? null : quietFrom.replace(":", ""), quietTo == null ? null : quietTo.replace(":", "")));
        ObjectNode json = Json.object();
        json.put("customerId", customerId);
        json.put("preferredChannel", channel);
        ArrayNode list = json.putArray("channels");
        channels.forEach(list::add);
        json.put("language", language);
        json.put("doNotCall", doNotCall.booleanValue());
        if (quietFrom != null) {
            json.putObject("quietHours").put("start", quietFrom).put("end", quietTo);
        }
        json.put("updatedAt", now());
        return ApiResponse.ok(json);
    }

    /**
     * {@code POST /legacy/callbacks/request.do}, form-encoded {@code customer_id, phone, preferred_time, reason}: 200
     * and the queued callback; 400 for a bad field, 409 when the number already has a pending callback.
     */
    ApiResponse requestCallback(ApiRequest request) {
        String contentType = request.header("Content-Type").orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return ApiResponse.error(415, "Unsupported Media Type",
                    "send application/x-www-form-urlencoded, got '" + contentType + "'");
        }
        Map<String, String> form = request.formBody();
        String customerId = form.getOrDefault("customer_id", "").trim();
        String phone = form.getOrDefault("phone", "").trim();
        String preferredTime = form.getOrDefault("preferred_time", "").trim();
        if (customerId.isEmpty()) {
            return ApiResponse.badRequest("field 'customer_id' is required");
        }
        if (!E164.matcher(phone).matches()) {
            return ApiResponse.badRequest("field 'phone' must be an E.164 number like +15551230001, got '" + phone + "'");
        }
        if (!preferredTime.equals("ASAP") && !isInstant(preferredTime)) {
            return ApiResponse.badRequest("field 'preferred_time' must be ASAP or an ISO-8601 instant, got '" + preferredTime + "'");
        }
        if (store.customer(customerId).isEmpty()) {
            return unknownCustomer(customerId);
        }
        Optional<PendingCallback> pending = store.pendingCallback(phone);
        if (pending.isPresent()) {
            ApiResponse conflict = ApiResponse.error(409, "Conflict", "a callback to " + phone + " is already pending ("
                    + pending.get().id() + ")");
            ((ObjectNode) conflict.body()).put("callbackId", pending.get().id());
            return conflict;
        }
        PendingCallback queued = store.queueCallback(customerId, phone, preferredTime, form.getOrDefault("reason", ""));
        return ApiResponse.ok(queued.toJson());
    }

    private static String quietTime(Errors errors, JsonNode quiet, String field) {
        JsonNode value = quiet.get(field);
        if (value == null || !value.isTextual() || !TIME.matcher(value.asText()).matches()) {
            errors.add("quietHours." + field, "must be a time HH:mm, got " + (value == null ? "nothing" : "'" + value.asText() + "'"));
            return null;
        }
        return value.asText();
    }

    private static boolean isInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static ApiResponse unknownCustomer(String customerId) {
        return ApiResponse.notFound("no customer with id '" + customerId + "'");
    }

    /** Field errors of one request, answered as 422 with {@code errors: [{field, message}]}. */
    private static final class Errors {
        private final ArrayNode list = Json.array();

        void add(String field, String message) {
            list.addObject().put("field", field).put("message", message);
        }

        boolean any() {
            return !list.isEmpty();
        }

        String requiredText(JsonNode body, String field) {
            JsonNode value = body.get(field);
            if (value == null || value.isNull()) {
                add(field, "is required");
                return null;
            }
            if (!value.isTextual()) {
                add(field, "must be a string, got " + value);
                return null;
            }
            if (value.asText().isBlank()) {
                add(field, "must not be blank");
                return null;
            }
            return value.asText();
        }

        Optional<String> optionalText(JsonNode body, String field) {
            JsonNode value = body.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                add(field, "must be a string, got " + value);
                return Optional.empty();
            }
            return Optional.of(value.asText());
        }

        ApiResponse response(String what) {
            ApiResponse response = ApiResponse.error(422, "Unprocessable Entity", what + ": "
                    + list.get(0).get("field").asText() + " " + list.get(0).get("message").asText());
            ((ObjectNode) response.body()).set("errors", list);
            return response;
        }
    }
}
