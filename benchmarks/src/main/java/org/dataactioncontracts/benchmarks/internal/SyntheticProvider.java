package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The provider the bridge suite's pact is verified against: real HTTP (the JDK's {@link HttpServer}), Pact provider
 * states on {@code POST /_pact/state}, and every generated resource served from the scratch domain's fixture file.
 * A state puts a record in place or makes sure it is absent; a teardown forgets every record.
 */
public final class SyntheticProvider implements AutoCloseable {
    public static final String STATE_PATH = "/_pact/state";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PRESENT_STATES = Set.of("record {id} exists", "records matching {query} exist");
    private static final Set<String> ABSENT_STATES = Set.of("record {id} does not exist", "no record matches {query}");

    private final Map<String, JsonNode> routes = new HashMap<>();
    private final Set<String> present = ConcurrentHashMap.newKeySet();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    private SyntheticProvider(JsonNode fixtures) throws IOException {
        for (JsonNode route : fixtures) {
            Map<String, String> query = new TreeMap<>();
            route.path("query").properties().forEach(e -> query.put(e.getKey(), e.getValue().asText()));
            routes.put(routeKey(route.path("method").asText(), route.path("path").asText(), query), route);
        }
        // TCP_NODELAY (no ~40 ms delayed-ACK wait per response) comes from the JVM's command line: scripts/benchmark.sh
        // and surefire pass -Dsun.net.httpserver.nodelay=true.
        // All interfaces: the verifier may resolve localhost to ::1 or to 127.0.0.1.
        server = HttpServer.create(new InetSocketAddress(0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving the routes of a scratch domain's fixture file on a free port. */
    public static SyntheticProvider start(Path fixtures) throws IOException {
        return new SyntheticProvider(JSON.readTree(fixtures.toFile()));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status;
            JsonNode body;
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readAllBytes();
            }
            if (STATE_PATH.equals(exchange.getRequestURI().getRawPath())) {
                String problem = changeState(exchange.getRequestMethod(), request);
                status = problem == null ? 200 : 400;
                body = problem == null ? JSON.createObjectNode() : message(problem);
            } else {
                JsonNode route = routes.get(routeKey(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        query(exchange.getRequestURI().getRawQuery())));
                if (route == null) {
                    status = 404;
                    body = message("no fixture for " + exchange.getRequestMethod() + " " + exchange.getRequestURI());
                } else if (exchange.getRequestHeaders().getFirst(route.path("credentialHeader").asText()) == null) {
                    status = 401;
                    body = message("missing credential header " + route.path("credentialHeader").asText());
                } else {
                    JsonNode response = route.path(present.contains(route.path("key").asText()) ? "present" : "absent");
                    status = response.path("status").asInt();
                    body = response.path("body");
                }
            }
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Applies a Pact state change; the problem, or null when it was applied. */
    private String changeState(String method, byte[] request) {
        if (!"POST".equals(method)) {
            return STATE_PATH + " accepts POST only";
        }
        JsonNode change;
        try {
            change = JSON.readTree(request);
        } catch (IOException e) {
            return "the state change is not JSON: " + e.getMessage();
        }
        if (change == null || !change.has("state")) {
            return "the state change names no state";
        }
        if ("teardown".equals(change.path("action").asText())) {
            present.clear();
            return null;
        }
        String state = change.path("state").asText();
        var params = change.path("params").elements();
        if (!params.hasNext()) {
            return "provider state '" + state + "' came without the parameter naming its record";
        }
        String key = params.next().asText();
        if (PRESENT_STATES.contains(state)) {
            present.add(key);
        } else if (ABSENT_STATES.contains(state)) {
            present.remove(key);
        } else {
            return "unknown provider state '" + state + "'; this provider knows " + new TreeMap<>(Map.of("present", PRESENT_STATES,
                    "absent", ABSENT_STATES));
        }
        return null;
    }

    private static ObjectNode message(String text) {
        return JSON.createObjectNode().put("message", text);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new TreeMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String routeKey(String method, String path, Map<String, String> query) {
        return method + " " + path + " " + new TreeMap<>(query);
    }
}
