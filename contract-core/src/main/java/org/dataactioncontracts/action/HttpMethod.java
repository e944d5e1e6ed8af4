package org.dataactioncontracts.action;

/** The request types a Data Action may use ({@code config.request.requestType}). */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE;

    /** Whether Genesys sends the rendered request template as a body; GET requests never carry one. */
    public boolean sendsBody() {
        return this != GET;
    }
}
