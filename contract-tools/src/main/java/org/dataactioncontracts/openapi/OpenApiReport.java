package org.dataactioncontracts.openapi;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link OpenApiCheck#check}: every HTTP interaction of a pact, checked against a vendor's OpenAPI
 * document.
 *
 * @param pactFile the pact as given
 * @param specFile the OpenAPI document as given
 * @param consumer the pact's consumer
 * @param provider the pact's provider
 * @param results one per HTTP interaction, in pact order
 */
public record OpenApiReport(String pactFile, String specFile, String consumer, String provider, List<Result> results) {

    /** What the check found for one interaction. */
    public enum Verdict {
        /** The request and response agree with the document. */
        OK,
        /** The document has the operation, but the request or response does not agree with it. */
        MISMATCH,
        /** The document has no path or no operation for the interaction's request. */
        UNKNOWN_OPERATION
    }

    /**
     * One mismatch, as the validation library reports it.
     *
     * @param location {@code request} or {@code response}
     * @param key the library's message key, e.g. {@code validation.response.body.schema.additionalProperties}
     * @param message the library's message (it names the path, status or field)
     * @param pointer the JSON pointer into the body, empty when the mismatch is not in a body
     */
    public record Mismatch(String location, String key, String message, String pointer) {
        public Mismatch {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(message, "message");
            pointer = pointer == null ? "" : pointer;
        }
    }

    /**
     * The check of one interaction.
     *
     * @param description the interaction's description
     * @param method the request method
     * @param path the request path
     * @param status the response status
     * @param verdict OK, MISMATCH or UNKNOWN_OPERATION
     * @param mismatches what disagrees (empty when OK)
     * @param notes warnings of the library and placeholders that were accepted; never a failure
     */
    public record Result(String description, String method, String path, int status, Verdict verdict,
            List<Mismatch> mismatches, List<String> notes) {
        public Result {
            mismatches = List.copyOf(mismatches);
            notes = List.copyOf(notes);
        }
    }

    public OpenApiReport {
        results = List.copyOf(results);
    }

    /** Whether any interaction disagrees with the document (a mismatch or an unknown operation). */
    public boolean mismatched() {
        return results.stream().anyMatch(r -> r.verdict() != Verdict.OK);
    }

    /** How many interactions got the verdict. */
    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }
}
