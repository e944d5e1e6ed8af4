package org.dataactioncontracts.genesys.internal;

import java.util.List;
import org.dataactioncontracts.genesys.ErrorBody;

/**
 * The error envelopes of each failure kind. Only the success-template envelope is documented verbatim by Genesys
 * (reference §6.4); the others follow its layout and are marked unverified in {@code docs/emulator-semantics.md}.
 */
final class Errors {
    static final String PROCESSING = "ACTION.PROCESSING";
    static final String REMOTE = "ACTION.REMOTE_ENDPOINT";
    static final String INPUT = "ACTION.INPUT_VALIDATION";
    static final String TIMEOUT = "ACTION.TIMEOUT";

    private Errors() {
    }

    static ErrorBody badRequest(String message, String errorCode) {
        return new ErrorBody(message, "bad.request", 400, List.of(errorCode));
    }

    static ErrorBody successTemplate(String engineMessage, String template) {
        return badRequest("Transform failed to process result using 'successTemplate' template due to error:'" + engineMessage
                + "'\n Template:'" + template + "'.", PROCESSING);
    }

    static ErrorBody remote(int status, String body) {
        String code = status >= 500 ? "internal.server.error" : status == 404 ? "not.found" : status == 401 ? "unauthorized" : "bad.request";
        return new ErrorBody("REST call for action execute failed. Message: Request to backend service failed. Response from web service: "
                + body + " [status " + status + "]", code, status, List.of(REMOTE));
    }

    static ErrorBody unreachable(String detail) {
        return new ErrorBody("REST call for action execute failed. Message: Request to backend service failed: " + detail,
                "internal.server.error", 500, List.of(REMOTE));
    }

    static ErrorBody timeout(int seconds) {
        return new ErrorBody("REST call for action execute failed. Message: The request to the backend service timed out after "
                + seconds + " seconds", "request.timeout", 408, List.of(TIMEOUT));
    }
}
