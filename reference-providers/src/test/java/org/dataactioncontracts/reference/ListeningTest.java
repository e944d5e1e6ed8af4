package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where and how long the provider listens, over real sockets: the loopback interface unless asked otherwise, and a
 * deadline for reading a request (surefire sets it to 2 s for this module; 10 s by default), so stalled clients cannot
 * hold every server thread.
 */
class ListeningTest {

    @RegisterExtension
    final ProviderUnderTest crm = ProviderUnderTest.api("crm");

    /** A non-loopback IPv4 address of this machine, if it has one. */
    private static Optional<InetAddress> externalAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address.getAddress().length == 4 && nic.isUp()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket(address, port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void bindsAndPrintsTheLoopbackAddressAndRefusesAnExternalOneIfTheMachineHasOne() throws IOException {
        RunningProvider running = crm.running();
        assertThat(running.baseUri().toString()).isEqualTo("http://127.0.0.1:" + running.port());
        assertThat(running.startLine()).startsWith("crm API listening on http://127.0.0.1:" + running.port());
        assertThat(accepts(InetAddress.getLoopbackAddress(), running.port())).isTrue();
        Optional<InetAddress> external = externalAddress();
        if (external.isPresent()) {
            assertThat(accepts(external.get(), running.port())).as("reachable on %s", external.get()).isFalse();
        }
    }

    @Test
    void listensOnEveryInterfaceWhenAskedIncludingAnExternalOneIfTheMachineHasOne() throws IOException {
        crm.restart(ProviderOptions.of("crm", 0).on(ProviderOptions.Interfaces.ALL));
        RunningProvider running = crm.running();
        assertThat(running.startLine()).startsWith("crm API listening on http://localhost:" + running.port())
                .contains("(all interfaces, bound to ");
        assertThat(accepts(InetAddress.getLoopbackAddress(), running.port())).isTrue();
        Optional<InetAddress> external = externalAddress();
        if (external.isPresent()) {
            assertThat(accepts(external.get(), running.port())).as("reachable on %s", external.get()).isTrue();
        }
    }

    @Test
    @Timeout(40)
    void tenStalledClientsAreDisconnectedAndOthersStillAnswered() throws IOException {
        int port = crm.running().port();
        List<Socket> stalled = new ArrayList<>();
        try {
            // More clients than server threads (8), each sending half a request and then nothing.
            for (int i = 0; i < 10; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.getOutputStream().write("GET /api/v1/customers?phone=%2B15551230001 HTTP/1.1\r\nHost: x\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            HttpTestClient.Reply reply = crm.http().get("/api/v1/customers?phone=%2B15551230001");
            assertThat(reply.status()).isEqualTo(200);

            long start = System.nanoTime();
            for (Socket socket : stalled) {
                socket.setSoTimeout(15_000);
                assertThat(endOfStream(socket.getInputStream())).as("the server closed the stalled connection").isTrue();
            }
            assertThat((System.nanoTime() - start) / 1_000_000_000.0).as("seconds until every stalled client was dropped").isLessThan(12);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** Reads until the server closes the connection (true) or the read times out (false). */
    private static boolean endOfStream(InputStream in) {
        try {
            while (in.read() >= 0) {
                // whatever the server says before closing (a 408 or nothing) is fine
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
