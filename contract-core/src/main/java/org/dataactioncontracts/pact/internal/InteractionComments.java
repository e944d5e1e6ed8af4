package org.dataactioncontracts.pact.internal;

/**
 * The comments the bridge writes on every pact interaction and the coverage check reads back: which Data Action file
 * the interaction exercises, and which Architect path it takes. One place for the words both sides rely on.
 */
public final class InteractionComments {
    /** The prefix of the {@code comments.text} entry naming the Data Action file. */
    public static final String FILE_PREFIX = "Data Action file: ";
    /** The {@code comments} key holding the interaction's path. */
    public static final String PATH_KEY = "path";
    /** The {@code comments.path} of an interaction where the flow gets the real data. */
    public static final String PATH_SUCCESS = "success";
    /** The {@code comments.path} of an interaction where the flow takes Failure/Timeout or sees defaults. */
    public static final String PATH_FAILURE = "failure-path";

    private InteractionComments() {
    }
}
