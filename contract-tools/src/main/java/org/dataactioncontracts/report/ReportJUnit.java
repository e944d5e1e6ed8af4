package org.dataactioncontracts.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dataactioncontracts.internal.JUnitXml;
import org.dataactioncontracts.openapi.OpenApiReport;
import org.dataactioncontracts.recorded.CompareReport;
import org.dataactioncontracts.recorded.CompareReport.Verdict;

/** A report as JUnit XML (the format Jenkins reads), as {@code --junit} writes it: one testcase per interaction. */
public final class ReportJUnit {
    private ReportJUnit() {
    }

    /** Breaks fail, unreadable recordings are errors, vendor-unavailable and not-recorded are skipped; findings in {@code system-out}. */
    public static String of(CompareReport report) {
        List<JUnitXml.Case> cases = new ArrayList<>();
        for (CompareReport.Result r : report.results()) {
            List<String> details = new ArrayList<>();
            r.mismatches().forEach(m -> details.add("contract: " + m));
            if (!r.affectedOutputs().isEmpty()) {
                details.add("Architect outputs affected: " + String.join(", ", r.affectedOutputs()));
            }
            r.outputs().forEach(o -> details.add("data action: " + o));
            List<String> out = new ArrayList<>();
            if (!r.warnings().isEmpty() || !r.notes().isEmpty() || r.verdict() == Verdict.WARNING) {
                r.outputs().forEach(o -> out.add("data action: " + o));
                r.warnings().forEach(w -> out.add("warning: " + w));
                r.notes().forEach(n -> out.add("note: " + n));
            }
            String firstNote = r.notes().isEmpty() ? Labels.label(r.verdict()) : r.notes().get(0);
            cases.add(switch (r.verdict()) {
                case BREAK -> new JUnitXml.Case(r.description(), JUnitXml.Outcome.FAILED, "contract-break",
                        details.isEmpty() ? "contract break" : details.get(0), details, out);
                case ERROR -> new JUnitXml.Case(r.description(), JUnitXml.Outcome.ERROR, "unreadable-recording", firstNote, r.notes(), out);
                case VENDOR_UNAVAILABLE, NOT_RECORDED -> JUnitXml.Case.skipped(r.description(), firstNote, out);
                default -> JUnitXml.Case.passed(r.description(), out);
            });
        }
        return JUnitXml.suite("dac compare " + report.consumer() + " " + report.provider(), report.consumer() + "." + report.provider(), cases);
    }

    /** A failure for each interaction that disagrees with the document; the library's notes in {@code system-out}. */
    public static String of(OpenApiReport report) {
        List<JUnitXml.Case> cases = new ArrayList<>();
        for (OpenApiReport.Result r : report.results()) {
            if (r.verdict() == OpenApiReport.Verdict.OK) {
                cases.add(JUnitXml.Case.passed(r.description(), r.notes()));
                continue;
            }
            List<String> details = r.mismatches().stream().map(Labels::detail).toList();
            List<String> text = new ArrayList<>();
            text.add(Labels.request(r));
            text.addAll(details);
            cases.add(new JUnitXml.Case(r.description(), JUnitXml.Outcome.FAILED, Labels.label(r.verdict()).toLowerCase(Locale.ROOT),
                    details.isEmpty() ? Labels.label(r.verdict()) : details.get(0), text, r.notes()));
        }
        return JUnitXml.suite("dac openapi " + report.consumer() + " " + report.provider(), report.consumer() + "." + report.provider(), cases);
    }
}
