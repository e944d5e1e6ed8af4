package org.dataactioncontracts.action.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.action.Severity;

/** Collects the findings of one action; not API. */
public final class Findings {
    private final String file;
    private final List<LintFinding> findings = new ArrayList<>();

    public Findings(String file) {
        this.file = file;
    }

    void error(String pointer, String rule, String message, String fix) {
        findings.add(new LintFinding(Severity.ERROR, file, pointer, rule, message, fix));
    }

    void warning(String pointer, String rule, String message, String fix) {
        findings.add(new LintFinding(Severity.WARNING, file, pointer, rule, message, fix));
    }

    void info(String pointer, String rule, String message, String fix) {
        findings.add(new LintFinding(Severity.INFO, file, pointer, rule, message, fix));
    }

    /** Sorted by pointer, then rule; the sort is stable, so one rule's findings on one value stay in template order. */
    public List<LintFinding> sorted() {
        return findings.stream()
                .sorted(Comparator.comparing(LintFinding::pointer).thenComparing(LintFinding::rule))
                .toList();
    }

    /** JSON pointer segment for a map key (RFC 6901). */
    static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Quotes a value for a message, shortening long ones so a finding stays one readable line. */
    static String quote(String value) {
        String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return "\"" + shown.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
