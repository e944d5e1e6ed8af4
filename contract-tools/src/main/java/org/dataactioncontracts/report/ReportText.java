package org.dataactioncontracts.report;

import java.util.Locale;
import org.dataactioncontracts.openapi.OpenApiReport;
import org.dataactioncontracts.recorded.CompareReport;
import org.dataactioncontracts.recorded.CompareReport.Verdict;
import org.dataactioncontracts.text.internal.Printable;

/**
 * The readable text of a report, as {@code dac compare} and {@code dac openapi} print it. Names and messages come
 * from pacts and vendors: their control characters are escaped, so each stays on its line.
 */
public final class ReportText {
    private ReportText() {
    }

    /** One block per interaction that is not a plain pass, then a summary line. */
    public static String of(CompareReport report) {
        StringBuilder out = new StringBuilder();
        out.append("dac compare: ").append(Printable.line(report.consumer())).append(" -> ").append(Printable.line(report.provider()))
                .append(", run ").append(report.currentRun())
                .append(report.previousRun().map(p -> " (previous: " + p + ")").orElse(" (no previous run)")).append('\n');
        for (CompareReport.Result r : report.results()) {
            out.append(String.format(Locale.ROOT, "%-18s %s%n", Labels.label(r.verdict()), Printable.line(r.description())));
            if (r.verdict() == Verdict.PASS) {
                continue;
            }
            r.mismatches().forEach(m -> line(out, "contract: ", m));
            if (!r.affectedOutputs().isEmpty()) {
                line(out, "Architect outputs affected: ", String.join(", ", r.affectedOutputs()));
            }
            r.outputs().forEach(o -> line(out, "data action: ", o));
            r.warnings().forEach(w -> line(out, "warning: ", w));
            r.notes().forEach(n -> line(out, "note: ", n));
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /** One line per interaction, its mismatches indented below it, and a summary line. */
    public static String of(OpenApiReport report) {
        StringBuilder out = new StringBuilder();
        out.append("dac openapi: ").append(Printable.line(report.consumer())).append(" -> ").append(Printable.line(report.provider()))
                .append(", against ").append(Printable.line(report.specFile())).append('\n');
        for (OpenApiReport.Result r : report.results()) {
            out.append(String.format(Locale.ROOT, "%-18s %s (%s)%n", Labels.label(r.verdict()), Printable.line(r.description()),
                    Printable.line(Labels.request(r))));
            r.mismatches().forEach(m -> line(out, "", Labels.detail(m)));
            r.notes().forEach(n -> line(out, "note: ", n));
        }
        out.append(report.results().size()).append(" interactions: ").append(report.count(OpenApiReport.Verdict.OK)).append(" ok, ")
                .append(report.count(OpenApiReport.Verdict.MISMATCH)).append(" mismatched, ")
                .append(report.count(OpenApiReport.Verdict.UNKNOWN_OPERATION)).append(" unknown to the spec\n");
        return out.toString();
    }

    private static void line(StringBuilder out, String prefix, String text) {
        out.append("    ").append(prefix).append(Printable.line(text)).append('\n');
    }

    private static String summary(CompareReport report) {
        return report.results().size() + " interactions: " + report.count(Verdict.PASS) + " passed, " + report.count(Verdict.WARNING)
                + " with warnings, " + report.count(Verdict.BREAK) + " broken, " + report.count(Verdict.VENDOR_UNAVAILABLE)
                + " vendor unavailable, " + report.count(Verdict.NOT_RECORDED) + " not recorded"
                + (report.count(Verdict.ERROR) == 0 ? "" : ", " + report.count(Verdict.ERROR) + " unreadable");
    }
}
