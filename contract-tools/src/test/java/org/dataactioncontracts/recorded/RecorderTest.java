package org.dataactioncontracts.recorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {
    private static final String PACT = """
            {"consumer": {"name": "c"}, "provider": {"name": "p"}, "metadata": {"pactSpecification": {"version": "4.0"}},
             "interactions": [{"type": "Synchronous/HTTP", "description": "Get Thing: one", "key": "k1",
               "request": {"method": "GET", "path": "/things/1",
                 "headers": {"x-api-key": ["REDACTED-apiKey"], "Accept": ["application/json"]}},
               "response": {"status": 200}}]}
            """;

    @TempDir
    Path tmp;

    @Test
    void missingCredentialIsNamedExactlyEvenWhenAnotherHeaderFollowsThePlaceholder() throws IOException {
        Path pact = Files.writeString(tmp.resolve("pact.json"), PACT);

        assertThatThrownBy(() -> Recorder.create(RecordOptions.of(URI.create("http://127.0.0.1:9"))).record(pact, tmp.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pact's requests need the credential 'apiKey' (placeholder REDACTED-apiKey); give it with --credential apiKey=<value>");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void worstCaseIsAttemptsTimesTimeoutPlusTheLongerOfDoublingPausesAndTheRetryAfterCap() {
        RecordOptions options = RecordOptions.of(URI.create("http://localhost"));

        assertThat(options.worstCasePerInteraction()).hasMillis(3 * 10_000 + 30_000 + 30_000);
        assertThat(options.withMaxRetryAfter(Duration.ZERO).worstCasePerInteraction()).hasMillis(3 * 10_000 + 200 + 400);
    }
}
