package org.dataactioncontracts.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on a free port that answers every request with one canned response and records what it got. */
final class RecordingServer implements AutoCloseable {
    /** One request as the server saw it. */
    record Received(String method, String pathAndQuery, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    // A thread per exchange: a slow answer must not hold back the next request, and close() interrupts the sleepers
    // instead of waiting out their delay.
    private final ExecutorService exchanges = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "recording-server");
        t.setDaemon(true);
        return t;
    });

    private RecordingServer(int status, String body, long delayMillis) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                    Map.copyOf(exchange.getRequestHeaders())));
            sleep(delayMillis);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(exchanges);
        server.start();
    }

    static RecordingServer answering(int status, String body) {
        return new RecordingServer(status, body, 0);
    }

    static RecordingServer answeringAfter(long delayMillis, String body) {
        return new RecordingServer(200, body, delayMillis);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        exchanges.shutdownNow();
        server.stop(0);
    }
}
