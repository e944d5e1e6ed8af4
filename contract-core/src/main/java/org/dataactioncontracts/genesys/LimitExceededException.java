package org.dataactioncontracts.genesys;

/**
 * An evaluation stopped by one of the engine's bounds: Velocity rendering or JSONPath evaluation past the time limit
 * of an execution, or JSONata middleware past its time or depth limit. Not a Genesys path: {@code dac} reports it
 * with its own exit code, and the limits are in {@code docs/vendor-apis.md}.
 */
public final class LimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that names what was stopped and the limit. */
    public LimitExceededException(String message) {
        super(message);
    }
}
