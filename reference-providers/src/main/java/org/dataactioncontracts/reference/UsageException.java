package org.dataactioncontracts.reference;

/** A bad command line or an API that cannot be served; the message is one line meant for the user. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
