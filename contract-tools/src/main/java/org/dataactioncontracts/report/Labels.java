package org.dataactioncontracts.report;

import org.dataactioncontracts.openapi.OpenApiReport;
import org.dataactioncontracts.openapi.OpenApiReport.Mismatch;
import org.dataactioncontracts.recorded.CompareReport;

/** How verdicts are named in the text (labels) and in JSON (keys), and the one-line details both reports share. */
final class Labels {
    private Labels() {
    }

    static String label(CompareReport.Verdict verdict) {
        return switch (verdict) {
            case PASS -> "PASS";
            case WARNING -> "WARNING";
            case BREAK -> "BREAK";
            case VENDOR_UNAVAILABLE -> "VENDOR-UNAVAILABLE";
            case NOT_RECORDED -> "NOT-RECORDED";
            case ERROR -> "ERROR";
        };
    }

    static String key(CompareReport.Verdict verdict) {
        return switch (verdict) {
            case PASS -> "pass";
            case WARNING -> "warning";
            case BREAK -> "break";
            case VENDOR_UNAVAILABLE -> "vendorUnavailable";
            case NOT_RECORDED -> "notRecorded";
            case ERROR -> "error";
        };
    }

    static String label(OpenApiReport.Verdict verdict) {
        return switch (verdict) {
            case OK -> "OK";
            case MISMATCH -> "MISMATCH";
            case UNKNOWN_OPERATION -> "UNKNOWN-OPERATION";
        };
    }

    static String key(OpenApiReport.Verdict verdict) {
        return switch (verdict) {
            case OK -> "ok";
            case MISMATCH -> "mismatch";
            case UNKNOWN_OPERATION -> "unknownOperation";
        };
    }

    /** {@code GET /path -> 200}. */
    static String request(OpenApiReport.Result r) {
        return r.method() + " " + r.path() + " -> " + r.status();
    }

    /** {@code response body /amountDue: <message>} or {@code request: <message>}. */
    static String detail(Mismatch m) {
        String where = m.location() + (m.key().contains(".body.") ? " body" : "");
        if (!m.pointer().isEmpty()) {
            where += " " + m.pointer();
        }
        return where + ": " + m.message();
    }
}
