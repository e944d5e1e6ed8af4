package org.dataactioncontracts.reference.internal;

/** One example backend API: its routes, its provider states and its in-memory data. */
public interface BackendApi {

    /** The name used on the command line, e.g. {@code crm}. */
    String name();

    /** Answers one API request; never throws for a bad request, answers 4xx instead. */
    ApiResponse handle(ApiRequest request);

    /** The provider states this API supports. */
    ProviderStates states();

    /** Restores the seed data (provider-state teardown). */
    void reset();
}
