package org.dataactioncontracts.cli.internal;

/** Bad usage or an unreadable input: printed as one line on stderr, exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
