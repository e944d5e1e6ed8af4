package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;

import org.dataactioncontracts.pipeline.CiScripts.Result;
import org.junit.jupiter.api.Test;

/** ci/reference-provider.sh, the provider pipeline's stand-in for a backend team's service. */
class ReferenceProviderScriptTest {

    @Test
    void startsListeningAndStops() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Result start = CiScripts.run("ci/reference-provider.sh", List.of("start", String.valueOf(port)), Map.of());
        try {
            assertThat(start.exitCode()).as(start.toString()).isZero();
            assertThat(start.output()).contains("crm API listening on http://127.0.0.1:" + port);
            try (Socket ignored = new Socket("localhost", port)) {
                // accepts connections
            }
        } finally {
            Result stop = CiScripts.run("ci/reference-provider.sh", List.of("stop"), Map.of());
            assertThat(stop.exitCode()).as(stop.toString()).isZero();
        }
        assertThat(CiScripts.run("ci/reference-provider.sh", List.of("start"), Map.of()).exitCode()).isEqualTo(2);
    }
}
