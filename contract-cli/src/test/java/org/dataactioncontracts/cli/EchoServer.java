package org.dataactioncontracts.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A careless vendor API on a free port: answers every request with a loyalty status whose body echoes the request
 * URL and its {@code x-api-key}, and sends the key back in response headers.
 */
final class EchoServer implements AutoCloseable {
    private final HttpServer server;

    EchoServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String key = String.valueOf(exchange.getRequestHeaders().getFirst("x-api-key"));
            String body = "{\"memberId\":\"L-880001\",\"tier\":{\"code\":\"GOLD\",\"name\":\"Gold\"},"
                    + "\"points\":{\"balance\":12450,\"expiringWithin30Days\":300},"
                    + "\"debug\":{\"url\":\"" + exchange.getRequestURI() + "?key=" + key + "\",\"apiKeyUsed\":\"" + key + "\"}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Echo", "key=" + key);
            exchange.getResponseHeaders().add("Set-Cookie", "session=" + key);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
