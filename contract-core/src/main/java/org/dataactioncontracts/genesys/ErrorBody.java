package org.dataactioncontracts.genesys;

import java.util.List;
import java.util.Objects;

/**
 * The error a Data Action execution ends with, in the shape of Genesys's {@code ErrorBody}.
 *
 * @param message    human-readable message, worded as Genesys words it where known
 * @param code       Genesys's error code, e.g. {@code bad.request}
 * @param status     HTTP status Genesys reports
 * @param errorCodes the {@code details[].errorCode} values, e.g. {@code ACTION.PROCESSING}
 */
public record ErrorBody(String message, String code, int status, List<String> errorCodes) {
    public ErrorBody {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
        errorCodes = List.copyOf(errorCodes);
    }
}
