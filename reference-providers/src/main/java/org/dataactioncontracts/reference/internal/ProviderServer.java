package org.dataactioncontracts.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.dataactioncontracts.reference.ProviderOptions;
import org.dataactioncontracts.reference.RunningProvider;

/**
 * The HTTP side of a reference provider: JDK {@link HttpServer}, the provider-state endpoint, the drift switch and
 * the request log.
 */
public final class ProviderServer implements RunningProvider {

    /** Where Pact verifiers post state changes ({@code stateChangeUrl}). */
    public static final String STATE_PATH = "/_pact/state";
    /** The JDK server's deadline, in seconds, for reading a whole request; a client slower than that is disconnected. */
    public static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";

    private static final Pattern ACCEPTS = Pattern.compile(" accepts ([A-Z, ]+) only$");
    private static final int MAX_STATE_BODY_BYTES = 64 * 1024;
    private static final int MAX_API_BODY_BYTES = 256 * 1024;

    private final BackendApi api;
    private final JsonKeyRenamer renamer;
    private final Map<String, String> renames;
    private final Optional<PrintStream> log;
    private final HttpServer server;
    private final ProviderOptions.Interfaces interfaces;
    private final ExecutorService executor;

    private ProviderServer(BackendApi api, ProviderOptions options, Optional<PrintStream> log) throws IOException {
        this.api = api;
        this.renames = options.renames();
        this.renamer = new JsonKeyRenamer(options.renames());
        this.log = log;
        // The JDK reads these once, when the JVM's first server is created; a caller's choice (-D...) wins.
        // Without TCP_NODELAY every response waits ~40-50 ms for the client's delayed ACK (measured: 50 ms per state
        // change, 8 ms without). The JDK server reads a request on a pool thread: without a deadline, a few clients that
        // send half a request and wait hold every thread and the provider stops answering anyone.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        if (System.getProperty(MAX_REQUEST_SECONDS) == null) {
            System.setProperty(MAX_REQUEST_SECONDS, "10");
        }
        this.interfaces = options.interfaces();
        this.server = HttpServer.create(options.interfaces() == ProviderOptions.Interfaces.LOOPBACK
                ? new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()) : new InetSocketAddress(options.port()), 0);
        this.executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts serving {@code api}; request lines go to {@code log} when present.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static ProviderServer start(BackendApi api, ProviderOptions options, Optional<PrintStream> log) {
        try {
            return new ProviderServer(api, options, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + options.port() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String api() {
        return api.name();
    }

    @Override
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public URI baseUri() {
        return interfaces == ProviderOptions.Interfaces.LOOPBACK
                ? URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port())
                : URI.create("http://localhost:" + port());
    }

    @Override
    public String startLine() {
        String line = RunningProvider.super.startLine();
        return interfaces == ProviderOptions.Interfaces.LOOPBACK ? line : line + " (all interfaces, bound to " + server.getAddress() + ")";
    }

    @Override
    public Map<String, String> renames() {
        return renames;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = exchange.getRequestURI();
        ApiResponse response = respond(exchange, method);
        // Logged before answering, so the line is there once the client has its response. Method, path and status
        // only: headers carry credentials (x-api-key) and must never be logged.
        log.ifPresent(out -> out.println(method + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " -> " + response.status()));
        try {
            byte[] body = Json.MAPPER.writeValueAsBytes(response.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (response.status() == 405) {
                exchange.getResponseHeaders().set("Allow", STATE_PATH.equals(uri.getRawPath()) ? "POST" : allowed(response));
            }
            exchange.sendResponseHeaders(response.status(), body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // The client went away; nothing useful left to do with this exchange.
        } finally {
            exchange.close();
        }
    }

    /** The methods a 405 names ("… accepts GET, PATCH only"); GET when it names none. */
    private static String allowed(ApiResponse response) {
        Matcher accepts = ACCEPTS.matcher(response.body().path("message").asText());
        return accepts.find() ? accepts.group(1) : "GET";
    }

    private ApiResponse respond(HttpExchange exchange, String method) {
        try {
            return STATE_PATH.equals(exchange.getRequestURI().getRawPath())
                    ? changeState(exchange, method) : callApi(exchange, method);
        } catch (RuntimeException e) {
            // A bug in an example API must still answer JSON, never hang the verifier or print a stack trace.
            return ApiResponse.error(500, "Internal Server Error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ApiResponse callApi(HttpExchange exchange, String method) {
        ApiRequest request;
        try {
            request = toRequest(exchange, method);
        } catch (IllegalArgumentException e) {
            return ApiResponse.badRequest("malformed request to " + exchange.getRequestURI().getRawPath()
                    + ": " + e.getMessage());
        }
        ApiResponse response = api.handle(request);
        return new ApiResponse(response.status(), renamer.apply(response.body()));
    }

    private ApiResponse changeState(HttpExchange exchange, String method) {
        if (!method.equals("POST")) {
            return ApiResponse.error(405, "Method Not Allowed", STATE_PATH + " accepts POST only");
        }
        try {
            StateChange change = readStateChange(exchange);
            if (change.noState()) {
                api.reset();
                return ApiResponse.ok(Json.object());
            }
            if (change.action() == StateChange.Action.TEARDOWN) {
                api.states().requireKnown(change.state());
                api.reset();
                return ApiResponse.ok(Json.object());
            }
            return ApiResponse.ok(api.states().setup(change.state(), change.params()));
        } catch (ProviderStateException | IllegalArgumentException e) {
            return ApiResponse.badRequest(e.getMessage());
        }
    }

    private static StateChange readStateChange(HttpExchange exchange) {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_STATE_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_STATE_BODY_BYTES) {
            throw new ProviderStateException("state change body larger than " + MAX_STATE_BODY_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            // Pact verifiers configured with stateChangeUsesBody=false send state and action as query parameters.
            Map<String, String> query = decodeQuery(exchange.getRequestURI().getRawQuery());
            ObjectNode body = Json.object();
            ObjectNode params = body.putObject("params");
            query.forEach((name, value) -> {
                if (!name.equals("state") && !name.equals("action")) {
                    params.put(name, value);
                }
            });
            Optional.ofNullable(query.get("state")).ifPresent(state -> body.put("state", state));
            Optional.ofNullable(query.get("action")).ifPresent(action -> body.put("action", action));
            return StateChange.fromJson(body);
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new ProviderStateException("state change body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StateChange.fromJson(body);
    }

    private static ApiRequest toRequest(HttpExchange exchange, String method) {
        String rawPath = exchange.getRequestURI().getRawPath();
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(decodePathSegment(segment));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return new ApiRequest(method, rawPath, segments, decodeQuery(exchange.getRequestURI().getRawQuery()), headers,
                readBody(exchange));
    }

    private static String readBody(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_API_BODY_BYTES + 1);
            if (bytes.length > MAX_API_BODY_BYTES) {
                throw new IllegalArgumentException("request body larger than " + MAX_API_BODY_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decodePathSegment(String segment) {
        // A '+' in a path is a literal plus (RFC 3986); only query strings use it for a space.
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Map<String, String> decodeQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }
}
