package org.dataactioncontracts.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.genesys.TestActions.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dataactioncontracts.action.DataAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Transport#http}, as the domain tests use it, against a backend that trickles or never ends its body. */
class BoundedTransportTest {
    private static final GenesysEmulator EMULATOR = GenesysEmulator.create();
    private static final ExecutorService EXCHANGES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bounded-transport-backend");
        t.setDaemon(true);
        return t;
    });
    private static HttpServer server;
    private static URI base;

    @BeforeAll
    static void startBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/trickle", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"a\":\"".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 300; i++) {
                    Thread.sleep(100);
                    out.write('x');
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the client left at its deadline
            }
        });
        server.createContext("/endless", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("[\"".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 10_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client left at its cap
            }
        });
        server.setExecutor(EXCHANGES);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stopBackend() {
        server.stop(0);
        EXCHANGES.shutdownNow();
    }

    private static DataAction get(String path, int timeoutSeconds) {
        return action(a -> {
            ((ObjectNode) a.at("/config/request")).put("requestUrlTemplate", path);
            ((ObjectNode) a.at("/config")).put("timeoutSeconds", timeoutSeconds);
        });
    }

    @Test
    void aTrickledBodyTakesTheTimeoutPathAtTheActionsTimeout() {
        long start = System.nanoTime();
        ExecutionReport report = EMULATOR.execute(get("/trickle", 1), run -> run.transport(Transport.http(base)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(report.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(report.describeFailure()).contains("timed out after 1 seconds");
        assertThat(took).isBetween(Duration.ofMillis(950), Duration.ofSeconds(6));
    }

    @Test
    void anEndlessBodyEndsAtTheCapOnTheFailurePath() {
        ExecutionReport report = EMULATOR.execute(get("/endless", 30), run -> run.transport(Transport.http(base, 256 * 1024)));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.describeFailure()).contains("the response body is larger than 262144 bytes (the response size cap); reading stopped there");
    }
}
