package org.dataactioncontracts.reference.internal;

/** A state change the provider cannot perform; answered with 400 and this message. */
public final class ProviderStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProviderStateException(String message) {
        super(message);
    }
}
