package org.dataactioncontracts.pact;

/** A contract that cannot hold: names the Data Action, the interaction and what to do. Fails the test. */
public final class DataActionContractError extends AssertionError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with its full message. */
    public DataActionContractError(String message) {
        super(message);
    }
}
