package org.dataactioncontracts.genesys;

/** Which exit of Architect's Call Data Action block an execution takes. */
public enum Outcome {
    SUCCESS, FAILURE, TIMEOUT
}
