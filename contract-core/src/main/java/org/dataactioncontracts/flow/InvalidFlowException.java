package org.dataactioncontracts.flow;

/** A flow file that cannot be read: the message names the file and line, what is wrong and what to do. */
public final class InvalidFlowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its one-line message. */
    public InvalidFlowException(String message) {
        super(message);
    }
}
