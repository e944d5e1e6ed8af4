package org.dataactioncontracts.benchmarks.internal;

/** The benchmark cannot produce honest numbers (a failing test, a failed verification, a bad scratch domain): says what and where. */
public final class BenchmarkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BenchmarkFailure(String message) {
        super(message);
    }
}
