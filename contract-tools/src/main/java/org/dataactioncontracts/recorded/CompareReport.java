package org.dataactioncontracts.recorded;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of comparing the newest recording run with a pact, one {@link Result} per pact interaction.
 *
 * @param pactFile    the pact, as given
 * @param consumer    the pact's consumer
 * @param provider    the pact's provider
 * @param currentRun  the id of the run compared
 * @param previousRun the id of the run before it, used for drift warnings
 * @param results     one per pact interaction, in pact order
 */
public record CompareReport(String pactFile, String consumer, String provider, String currentRun,
                            Optional<String> previousRun, List<Result> results) {

    /** What one interaction came to. */
    public enum Verdict {
        /** The response satisfies the pact and the Data Action gives its outputs. */
        PASS,
        /** Satisfies the pact, with drift or degraded outputs worth a look. */
        WARNING,
        /** The pact rejects the response, or the Data Action takes the Failure path where the contract's example does not. */
        BREAK,
        /** Timeouts or 5xx on every attempt: neither a pass nor a break. */
        VENDOR_UNAVAILABLE,
        /** The run has no recording of this interaction (the pact changed since). */
        NOT_RECORDED,
        /** The run's recording of this interaction cannot be read (not JSON, too large): neither a pass nor a break. */
        ERROR
    }

    /**
     * One interaction.
     *
     * @param description     the interaction's description
     * @param dataActionFile  its Data Action file; empty when the pact names none
     * @param verdict         the verdict
     * @param mismatches      pact-jvm's mismatches (status, headers, body), one line each
     * @param outputs         the Data Action's findings: Failure path, empty or defaulted outputs
     * @param affectedOutputs names of the Architect outputs (or translation keys) the findings concern
     * @param warnings        drift since the previous recording: renames in progress, type changes, new enum values
     * @param notes           what was not checked and why, skipped provider states, unavailability reason
     */
    public record Result(String description, String dataActionFile, Verdict verdict, List<String> mismatches,
                         List<String> outputs, List<String> affectedOutputs, List<String> warnings, List<String> notes) {
        public Result {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(verdict, "verdict");
            mismatches = List.copyOf(mismatches);
            outputs = List.copyOf(outputs);
            affectedOutputs = List.copyOf(affectedOutputs);
            warnings = List.copyOf(warnings);
            notes = List.copyOf(notes);
        }
    }

    public CompareReport {
        previousRun = Objects.requireNonNullElse(previousRun, Optional.empty());
        results = List.copyOf(results);
    }

    /** Whether any interaction breaks the contract: the exit code 1 of {@code dac compare}. */
    public boolean contractBroken() {
        return count(Verdict.BREAK) > 0;
    }

    /** How many interactions have this verdict. */
    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }
}
