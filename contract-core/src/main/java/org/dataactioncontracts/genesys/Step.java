package org.dataactioncontracts.genesys;

/**
 * The operations of a Genesys Cloud Data Action test run, in Genesys's order and with its names.
 *
 * <p>Steps 1 to 10 are documented (the Test tab of the Genesys Data Actions workshop, 2023). The names of the
 * output validation and flattening operations that follow step 10 were never published; the names here are the
 * most plausible reading and are marked unverified.
 */
public enum Step {
    VALIDATE_SIMPLE_JSON(1, "Validate request body contains simple json (key-value pairs)"),
    VALIDATE_DRAFT_DEFINITION(2, "Validate draft definition"),
    VALIDATE_INPUT_SCHEMA(3, "Validate request body against simple input schema"),
    AUTHENTICATE(4, "Perform authentication"),
    RESOLVE_URL(5, "Resolve request URL template"),
    RESOLVE_HEADERS(6, "Resolve request header templates"),
    RESOLVE_BODY(7, "Resolve request body template"),
    EXECUTE(8, "Execute"),
    RESOLVE_TRANSLATION_MAP(9, "Resolve translation map"),
    APPLY_OUTPUT_TRANSFORMATION(10, "Apply output transformation"),
    /** Name unverified: Genesys's screenshot stops at step 10. */
    VALIDATE_OUTPUT(11, "Validate output against schema"),
    /** Name unverified; runs only when flattening is asked for ("Flatten output" in the Test tab). */
    FLATTEN_OUTPUT(12, "Flatten output");

    private final int number;
    private final String displayName;

    Step(int number, String displayName) {
        this.number = number;
        this.displayName = displayName;
    }

    /** The step number Genesys shows. */
    public int number() {
        return number;
    }

    /** The operation name Genesys shows. */
    public String displayName() {
        return displayName;
    }
}
