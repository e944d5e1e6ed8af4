package org.dataactioncontracts.recorded;

import java.nio.file.Path;
import java.util.Objects;
import org.dataactioncontracts.recorded.internal.CompareSession;

/**
 * Compares the newest recording run with a pact: pact-jvm's matching engine on each recorded response, the Data
 * Action's own translation (and JSONata middleware) on it, and the drift since the previous run.
 *
 * <pre>{@code
 * CompareReport report = Comparison.create(CompareOptions.pactOnly().withActions(Path.of("data-actions")))
 *         .compare(Path.of("target/pacts/genesys-crm-read-crm-customer-api.json"), Path.of("recordings/crm"));
 * report.contractBroken();   // a response the pact rejects, or a Data Action that now takes the Failure path
 * }</pre>
 */
public final class Comparison {
    private final CompareOptions options;

    private Comparison(CompareOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A comparison with these options. */
    public static Comparison create(CompareOptions options) {
        return new Comparison(options);
    }

    /**
     * Compares the newest run under {@code recordingsDirectory} with the pact.
     *
     * @throws IllegalArgumentException when the pact or the recordings cannot be read, or a middleware file does not exist
     */
    public CompareReport compare(Path pactFile, Path recordingsDirectory) {
        return new CompareSession(options).compare(pactFile, recordingsDirectory);
    }
}
