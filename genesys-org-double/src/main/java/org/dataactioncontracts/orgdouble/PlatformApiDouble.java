package org.dataactioncontracts.orgdouble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process stand-in for one Genesys Cloud org's Platform API: the OAuth client-credentials token endpoint and the
 * integration-action endpoints that {@code dac pull} and {@code dac deploy} call, on a free port of the loopback
 * interface. Shapes follow the official SDK's models (Action, ActionEntityListing, TestExecutionResult, ErrorBody);
 * docs/genesys-org.md lists what is documented and what this double infers.
 *
 * <pre>{@code
 * try (PlatformApiDouble org = PlatformApiDouble.start("client-id", "client-secret")) {
 *     String integration = org.addIntegration("CRM", "custom-rest-actions");
 *     org.addAction(integration, "CRM", uiExport);
 *     // point dac at org.baseUrl() with --api-url and --login-url
 * }
 * }</pre>
 */
public final class PlatformApiDouble implements AutoCloseable {
    /** The integration type of function data actions (AWS Lambda code hosted by Genesys); pull skips their actions. */
    public static final String FUNCTION_INTEGRATION_TYPE = "function-data-actions";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ACTIONS = "/api/v2/integrations/actions";
    private static final Pattern ACTION_PATH = Pattern.compile(
            "/api/v2/integrations/actions/([^/]+)(/draft(?:/(validation|publish|test))?|/test)?");
    private static final Pattern INTEGRATION_PATH = Pattern.compile("/api/v2/integrations/([^/]+)");
    private static final Set<String> REQUEST_TYPES = Set.of("GET", "PUT", "POST", "PATCH", "DELETE");

    private final HttpServer server;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> integrations = new LinkedHashMap<>();
    private final Map<String, Stored> actions = new LinkedHashMap<>();
    private final Map<String, Function<JsonNode, JsonNode>> testResults = new ConcurrentHashMap<>();
    private final Deque<int[]> faults = new ArrayDeque<>();
    private final Map<String, Integer> methodConflicts = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** One action: its published state (null for a draft-only action) and its draft (null when none). */
    private static final class Stored {
        ObjectNode published;
        ObjectNode draft;
    }

    private PlatformApiDouble(HttpServer server, String clientId, String clientSecret) {
        this.server = server;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Starts a double on a free loopback port that accepts only this OAuth client. */
    public static PlatformApiDouble start(String clientId, String clientSecret) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            PlatformApiDouble org = new PlatformApiDouble(server, Objects.requireNonNull(clientId), Objects.requireNonNull(clientSecret));
            server.createContext("/", org::handle);
            server.start();
            return org;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL of both the API and the login host: pass it as {@code --api-url} and {@code --login-url}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Adds an integration of the given type ({@code custom-rest-actions}, {@link #FUNCTION_INTEGRATION_TYPE} ...); returns its id. */
    public synchronized String addIntegration(String name, String integrationType) {
        String id = UUID.nameUUIDFromBytes(("integration-" + ids.incrementAndGet()).getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode integration = MAPPER.createObjectNode().put("id", id).put("name", name);
        integration.putObject("integrationType").put("id", integrationType);
        integration.put("selfUri", "/api/v2/integrations/" + id);
        integrations.put(id, integration);
        return id;
    }

    /**
     * Adds a published action (version 1) from a Data Action document (UI export or API body: name, config, contract,
     * secure are read); returns its id.
     */
    public synchronized String addAction(String integrationId, String category, JsonNode definition) {
        return addAction(newId(), integrationId, category, definition);
    }

    /** Adds a built-in action: its id starts with {@code static}, as Genesys's built-in actions' ids do. */
    public synchronized String addBuiltInAction(String integrationId, String category, JsonNode definition) {
        return addAction("static-" + newId(), integrationId, category, definition);
    }

    private String addAction(String id, String integrationId, String category, JsonNode definition) {
        ObjectNode action = resource(id, integrationId, category, definition, 1);
        Stored stored = new Stored();
        stored.published = action;
        actions.put(id, stored);
        return id;
    }

    /** The published state of an action, as {@code GET .../actions/{id}?expand=contract&includeConfig=true} returns it. */
    public synchronized Optional<JsonNode> action(String id) {
        Stored stored = actions.get(id);
        return stored == null || stored.published == null ? Optional.empty() : Optional.of(stored.published.deepCopy());
    }

    /** The ids of the published actions named {@code name}. */
    public synchronized List<String> actionIds(String name) {
        return actions.entrySet().stream().filter(e -> e.getValue().published != null)
                .filter(e -> e.getValue().published.path("name").asText().equals(name)).map(Map.Entry::getKey).toList();
    }

    /** Answers the next {@code count} API requests (not token requests) with 429 and {@code Retry-After: seconds}. */
    public synchronized void throttleNext(int count, int retryAfterSeconds) {
        for (int i = 0; i < count; i++) {
            faults.add(new int[] {429, retryAfterSeconds});
        }
    }

    /** Answers the next {@code count} API requests (not token requests) with this 5xx status. */
    public synchronized void failNext(int count, int status) {
        for (int i = 0; i < count; i++) {
            faults.add(new int[] {status, -1});
        }
    }

    /**
     * Answers the next {@code count} requests with this method ({@code PATCH}, {@code POST} ...) with 409, as when
     * someone else changed the draft between a read and a write.
     */
    public void conflictNext(String method, int count) {
        methodConflicts.merge(method, count, Integer::sum);
    }

    /**
     * Scripts what {@code POST .../actions/{id}/test} (and {@code /draft/test}) returns for an input: a function from
     * the request body to a TestExecutionResult document.
     */
    public void testResult(String actionId, Function<JsonNode, JsonNode> result) {
        testResults.put(actionId, result);
    }

    /** Every request received, as {@code METHOD path?query} then {@code -> status}, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The API calls that changed something: every request except GET and token requests. */
    public List<String> writes() {
        return calls.stream().filter(c -> !c.startsWith("GET ") && !c.startsWith("POST /oauth/token")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ----------------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            String line = method + " " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            byte[] body = exchange.getRequestBody().readAllBytes();
            Reply reply;
            try {
                reply = route(exchange, method, path, query(uri.getRawQuery()), body);
            } catch (BadRequest e) {
                reply = error(400, "bad.request", e.getMessage());
            } catch (RuntimeException e) {
                reply = error(500, "internal.server.error", "the test double failed: " + e);
            }
            calls.add(line + " -> " + reply.status);
            reply.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = reply.body == null ? new byte[0] : MAPPER.writeValueAsBytes(reply.body);
            if (bytes.length > 0) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(reply.status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private record Reply(int status, JsonNode body, Map<String, String> headers) {
        Reply(int status, JsonNode body) {
            this(status, body, Map.of());
        }
    }

    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private synchronized Reply route(HttpExchange exchange, String method, String path, Map<String, String> query, byte[] body) {
        if (path.equals("/oauth/token")) {
            return method.equals("POST") ? token(exchange, body) : error(405, "method.not.allowed", "use POST");
        }
        if (!path.startsWith("/api/v2/")) {
            return error(404, "not.found", "no such resource: " + path);
        }
        if (!authorized(exchange)) {
            return error(401, "authentication.required", "No authentication bearer token specified in authorization header.");
        }
        int[] fault = faults.poll();
        if (fault != null) {
            Map<String, String> headers = fault[1] >= 0 ? Map.of("Retry-After", Integer.toString(fault[1])) : Map.of();
            String code = fault[0] == 429 ? "too.many.requests" : "service.unavailable";
            return new Reply(fault[0], errorBody(fault[0], code, "injected by the test double"), headers);
        }
        if (methodConflicts.getOrDefault(method, 0) > 0) {
            methodConflicts.merge(method, -1, Integer::sum);
            return error(409, "conflict", "the resource was changed by another request (injected by the test double)");
        }
        if (path.equals(ACTIONS)) {
            return switch (method) {
                case "GET" -> list(query);
                case "POST" -> create(json(body), Created.PUBLISHED);
                default -> error(405, "method.not.allowed", method + " " + path);
            };
        }
        if (path.equals(ACTIONS + "/drafts")) {
            return method.equals("POST") ? create(json(body), Created.DRAFT) : error(405, "method.not.allowed", method + " " + path);
        }
        Matcher action = ACTION_PATH.matcher(path);
        if (action.matches()) {
            return actionRoute(method, action.group(1), action.group(2) == null ? "" : action.group(2), query, body);
        }
        Matcher integration = INTEGRATION_PATH.matcher(path);
        if (integration.matches() && method.equals("GET")) {
            ObjectNode found = integrations.get(integration.group(1));
            return found == null ? error(404, "not.found", "integration " + integration.group(1) + " not found") : new Reply(200, found);
        }
        return error(404, "not.found", "no such resource: " + method + " " + path);
    }

    private Reply actionRoute(String method, String id, String sub, Map<String, String> query, byte[] body) {
        Stored stored = actions.get(id);
        if (stored == null) {
            return error(404, "not.found", "action " + id + " not found");
        }
        if (id.startsWith("static") && !method.equals("GET") && !sub.endsWith("test")) {
            return error(400, "bad.request", "built-in action " + id + " cannot be modified");
        }
        String route = method + " " + sub;
        switch (route) {
            case "GET ":
                if (stored.published == null) {
                    return error(404, "not.found", "action " + id + " has not been published");
                }
                return new Reply(200, view(stored.published, query));
            case "DELETE ":
                actions.remove(id);
                return new Reply(204, null);
            case "GET /draft":
                return stored.draft == null ? error(404, "not.found", "action " + id + " has no draft") : new Reply(200, view(stored.draft, query));
            case "POST /draft":
                if (stored.draft != null) {
                    return error(409, "conflict", "action " + id + " already has a draft");
                }
                stored.draft = stored.published.deepCopy();
                return new Reply(200, stored.draft);
            case "PATCH /draft":
                return patchDraft(id, stored, json(body));
            case "GET /draft/validation":
                return stored.draft == null ? error(404, "not.found", "action " + id + " has no draft") : new Reply(200, validate(stored.draft));
            case "POST /draft/publish":
                return publish(id, stored, json(body));
            case "POST /test":
            case "POST /draft/test":
                return test(id, json(body));
            default:
                return error(405, "method.not.allowed", route.strip() + " on an action");
        }
    }

    private Reply token(HttpExchange exchange, byte[] body) {
        String form = new String(body, StandardCharsets.UTF_8);
        if (!query(form).getOrDefault("grant_type", "").equals("client_credentials")) {
            return new Reply(400, MAPPER.createObjectNode().put("error", "unsupported_grant_type"));
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return new Reply(400, MAPPER.createObjectNode().put("error", "invalid_client").put("description", "client not found"));
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, clientId);
        return new Reply(200, MAPPER.createObjectNode().put("access_token", token).put("token_type", "bearer").put("expires_in", 86399));
    }

    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && tokens.containsKey(header.substring(7).strip());
    }

    private Reply list(Map<String, String> query) {
        int pageSize = number(query, "pageSize", 25);
        int pageNumber = number(query, "pageNumber", 1);
        if (pageSize < 1 || pageSize > 500 || pageNumber < 1) {
            return error(400, "bad.request", "pageSize must be 1..500 and pageNumber at least 1");
        }
        String category = query.get("category");
        String name = query.get("name");
        List<ObjectNode> matching = actions.values().stream().map(s -> s.published).filter(Objects::nonNull)
                .filter(a -> category == null || a.path("category").asText().equals(category))
                .filter(a -> name == null || a.path("name").asText().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
                .sorted((a, b) -> a.path("name").asText().compareTo(b.path("name").asText()))
                .toList();
        int pageCount = Math.max(1, (matching.size() + pageSize - 1) / pageSize);
        ObjectNode listing = MAPPER.createObjectNode();
        ArrayNode entities = listing.putArray("entities");
        matching.stream().skip((long) (pageNumber - 1) * pageSize).limit(pageSize).forEach(a -> {
            ObjectNode summary = a.deepCopy();
            summary.remove(List.of("config", "contract"));
            entities.add(summary);
        });
        listing.put("pageSize", pageSize).put("pageNumber", pageNumber).put("total", matching.size())
                .put("firstUri", ACTIONS + "?pageSize=" + pageSize + "&pageNumber=1")
                .put("selfUri", ACTIONS + "?pageSize=" + pageSize + "&pageNumber=" + pageNumber)
                .put("lastUri", ACTIONS + "?pageSize=" + pageSize + "&pageNumber=" + pageCount)
                .put("pageCount", pageCount);
        if (pageNumber < pageCount) {
            listing.put("nextUri", ACTIONS + "?pageSize=" + pageSize + "&pageNumber=" + (pageNumber + 1));
        }
        return new Reply(200, listing);
    }

    /** What a create request makes: a published action, or a draft-only one. */
    private enum Created { PUBLISHED, DRAFT }

    private Reply create(JsonNode body, Created created) {
        String integrationId = body.path("integrationId").asText("");
        if (!integrations.containsKey(integrationId)) {
            return error(400, "bad.request", "integrationId '" + integrationId + "' is not an integration of this org");
        }
        String name = body.path("name").asText("");
        if (name.isBlank() || !body.path("category").isTextual() || !body.path("config").isObject() || !body.path("contract").isObject()) {
            return error(400, "bad.request", "name, category, config and contract are required");
        }
        boolean taken = actions.values().stream().map(s -> s.published != null ? s.published : s.draft)
                .anyMatch(a -> a.path("name").asText().equals(name) && a.path("integrationId").asText().equals(integrationId));
        if (taken) {
            return error(400, "bad.request", "an action named '" + name + "' already exists in this integration");
        }
        String id = newId();
        ObjectNode resource = resource(id, integrationId, body.path("category").asText(), body, 1);
        Stored stored = new Stored();
        if (created == Created.PUBLISHED) {
            stored.published = resource;
        } else {
            stored.draft = resource;
        }
        actions.put(id, stored);
        return new Reply(200, resource);
    }

    private Reply patchDraft(String id, Stored stored, JsonNode body) {
        if (stored.draft == null) {
            return error(404, "not.found", "action " + id + " has no draft; create one with POST .../draft");
        }
        if (!body.path("version").canConvertToInt()) {
            return error(400, "bad.request", "version is required");
        }
        if (body.path("version").asInt() != stored.draft.path("version").asInt()) {
            return error(409, "conflict", "version " + body.path("version").asInt() + " is not the draft's current version "
                    + stored.draft.path("version").asInt());
        }
        if (stored.published != null && body.has("contract") && !body.get("contract").equals(stored.published.get("contract"))) {
            return error(400, "bad.request", "the contract of a published action cannot be changed; create a new action");
        }
        for (String field : List.of("name", "config", "contract", "secure")) {
            if (body.has(field)) {
                stored.draft.set(field, body.get(field).deepCopy());
            }
        }
        stored.draft.put("version", stored.draft.path("version").asInt() + 1);
        return new Reply(200, stored.draft);
    }

    private static ObjectNode validate(ObjectNode draft) {
        ObjectNode result = MAPPER.createObjectNode();
        ArrayNode errors = MAPPER.createArrayNode();
        JsonNode request = draft.path("config").path("request");
        if (request.path("requestUrlTemplate").asText("").isBlank()) {
            errors.add(errorBody(400, "invalid.config", "config.request.requestUrlTemplate is required"));
        }
        if (!REQUEST_TYPES.contains(request.path("requestType").asText(""))) {
            errors.add(errorBody(400, "invalid.config", "config.request.requestType must be one of " + REQUEST_TYPES));
        }
        if (!draft.path("contract").path("output").path("successSchema").isObject()) {
            errors.add(errorBody(400, "invalid.contract", "contract.output.successSchema is required"));
        }
        result.put("valid", errors.isEmpty());
        result.set("errors", errors);
        return result;
    }

    private Reply publish(String id, Stored stored, JsonNode body) {
        if (stored.draft == null) {
            return error(404, "not.found", "action " + id + " has no draft");
        }
        if (body.path("version").asInt(-1) != stored.draft.path("version").asInt()) {
            return error(409, "conflict", "version " + body.path("version") + " is not the draft's current version "
                    + stored.draft.path("version").asInt());
        }
        if (!validate(stored.draft).path("valid").asBoolean()) {
            return error(400, "bad.request", "the draft is not valid; see GET .../draft/validation");
        }
        ObjectNode published = stored.draft;
        published.put("version", stored.published == null ? 1 : stored.published.path("version").asInt() + 1);
        stored.published = published;
        stored.draft = null;
        return new Reply(200, published);
    }

    private Reply test(String id, JsonNode input) {
        Function<JsonNode, JsonNode> scripted = testResults.get(id);
        if (scripted == null) {
            ObjectNode result = MAPPER.createObjectNode();
            result.putArray("operations");
            result.set("error", errorBody(400, "bad.request", "the test double has no scripted test result for action " + id));
            result.put("success", false);
            return new Reply(200, result);
        }
        return new Reply(200, scripted.apply(input));
    }

    // ----------------------------------------------------------------------------------------------------------

    private String newId() {
        return UUID.nameUUIDFromBytes(("action-" + ids.incrementAndGet()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static ObjectNode resource(String id, String integrationId, String category, JsonNode definition, int version) {
        ObjectNode action = MAPPER.createObjectNode();
        action.put("id", id).put("name", definition.path("name").asText()).put("category", category)
                .put("integrationId", integrationId).put("secure", definition.path("secure").asBoolean(false));
        action.set("config", definition.path("config").deepCopy());
        action.set("contract", definition.path("contract").deepCopy());
        action.put("version", version).put("selfUri", ACTIONS + "/" + id);
        return action;
    }

    /** Without {@code includeConfig=true} the config is left out, without {@code expand=contract} the contract. */
    private static JsonNode view(ObjectNode action, Map<String, String> query) {
        ObjectNode copy = action.deepCopy();
        if (!"true".equals(query.get("includeConfig"))) {
            copy.remove("config");
        }
        if (!query.getOrDefault("expand", "").contains("contract")) {
            copy.remove("contract");
        }
        return copy;
    }

    private static Reply error(int status, String code, String message) {
        return new Reply(status, errorBody(status, code, message));
    }

    private static ObjectNode errorBody(int status, String code, String message) {
        return MAPPER.createObjectNode().put("message", message).put("code", code).put("status", status)
                .put("contextId", UUID.randomUUID().toString());
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(body);
            if (!node.isObject()) {
                throw new BadRequest("the request body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new BadRequest("the request body is not JSON: " + e.getMessage());
        }
    }

    private static int number(Map<String, String> query, String name, int fallback) {
        String value = query.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a number");
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.put(key, value);
        }
        return result;
    }
}
