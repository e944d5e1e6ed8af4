package org.dataactioncontracts.action;

import java.util.Objects;

/**
 * One lint finding: what is wrong with which value of which Data Action file, and what to do about it.
 *
 * @param severity how bad it is
 * @param file     the action's {@link DataAction#source() source}
 * @param pointer  JSON pointer of the offending value, e.g. {@code /config/response/translationMapDefaults/presence}
 * @param rule     short rule id, e.g. {@code default-not-json}
 * @param message  what is wrong, quoting the offending value
 * @param fix      what to do about it
 */
public record LintFinding(Severity severity, String file, String pointer, String rule, String message, String fix) {
    public LintFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** One line for a terminal: {@code file at pointer: ERROR [rule] message. fix}. */
    public String format() {
        return file + " at " + pointer + ": " + severity + " [" + rule + "] " + message + ". " + fix;
    }
}
