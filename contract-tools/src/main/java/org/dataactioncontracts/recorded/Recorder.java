package org.dataactioncontracts.recorded;

import java.nio.file.Path;
import java.util.Objects;
import org.dataactioncontracts.recorded.internal.RecordSession;

/**
 * Replays every HTTP interaction of a pact against a live API (typically a vendor's staging environment that will
 * never run Pact verification) and stores what it answers, redacted, one file per interaction.
 *
 * <pre>{@code
 * RecordingRun run = Recorder.create(RecordOptions.of(URI.create("https://staging.vendor.example"))
 *                 .withCredential("apiKey", apiKey)
 *                 .withRedact("$.results[*].phone"))
 *         .record(Path.of("target/pacts/genesys-billing-billing-api.json"), Path.of("recordings/billing-api"));
 * }</pre>
 *
 * <p>Provider states are set up through {@link RecordOptions#stateUrl()} with Pact's state-change body when given,
 * otherwise skipped with a note in the recording. Timeouts, connection failures, 429 and 5xx are retried a bounded
 * number of times and then recorded as {@link Recording.Outcome#VENDOR_UNAVAILABLE}.
 */
public final class Recorder {
    private final RecordOptions options;

    private Recorder(RecordOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A recorder with these options. */
    public static Recorder create(RecordOptions options) {
        return new Recorder(options);
    }

    /**
     * Replays the pact and writes a new run directory {@code <outDirectory>/<UTC timestamp>/}.
     *
     * @throws IllegalArgumentException when the pact cannot be read, a credential its requests need is missing, a
     *                                  redact path is not a JSONPath, or the output directory cannot be written
     */
    public RecordingRun record(Path pactFile, Path outDirectory) {
        return new RecordSession(options).record(pactFile, outDirectory);
    }
}
