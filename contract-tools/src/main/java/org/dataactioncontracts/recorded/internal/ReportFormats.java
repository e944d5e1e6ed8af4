package org.dataactioncontracts.recorded.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dataactioncontracts.internal.JUnitXml;
import org.dataactioncontracts.recorded.CompareReport;
import org.dataactioncontracts.recorded.CompareReport.Result;
import org.dataactioncontracts.recorded.CompareReport.Verdict;
import org.dataactioncontracts.text.internal.Printable;

/** Text, JSON and JUnit XML renderings of a {@link CompareReport}. */
public final class ReportFormats {
    private ReportFormats() {
    }

    public static String text(CompareReport report) {
        StringBuilder out = new StringBuilder();
        out.append("dac compare: ").append(report.consumer()).append(" -> ").append(report.provider()).append(", run ")
                .append(report.currentRun()).append(report.previousRun().map(p -> " (previous: " + p + ")").orElse(" (no previous run)"))
                .append('\n');
        for (Result r : report.results()) {
            out.append(String.format(Locale.ROOT, "%-18s %s%n", label(r.verdict()), Printable.line(r.description())));
            if (r.verdict() == Verdict.PASS) {
                continue;
            }
            r.mismatches().forEach(m -> out.append("    contract: ").append(Printable.line(m)).append('\n'));
            if (!r.affectedOutputs().isEmpty()) {
                out.append("    Architect outputs affected: ").append(Printable.line(String.join(", ", r.affectedOutputs()))).append('\n');
            }
            r.outputs().forEach(o -> out.append("    data action: ").append(Printable.line(o)).append('\n'));
            r.warnings().forEach(w -> out.append("    warning: ").append(Printable.line(w)).append('\n'));
            r.notes().forEach(n -> out.append("    note: ").append(Printable.line(n)).append('\n'));
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    static String summary(CompareReport report) {
        return report.results().size() + " interactions: " + report.count(Verdict.PASS) + " passed, " + report.count(Verdict.WARNING)
                + " with warnings, " + report.count(Verdict.BREAK) + " broken, " + report.count(Verdict.VENDOR_UNAVAILABLE)
                + " vendor unavailable, " + report.count(Verdict.NOT_RECORDED) + " not recorded"
                + (report.count(Verdict.ERROR) == 0 ? "" : ", " + report.count(Verdict.ERROR) + " unreadable");
    }

    private static String label(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "PASS";
            case WARNING -> "WARNING";
            case BREAK -> "BREAK";
            case VENDOR_UNAVAILABLE -> "VENDOR-UNAVAILABLE";
            case NOT_RECORDED -> "NOT-RECORDED";
            case ERROR -> "ERROR";
        };
    }

    public static ObjectNode json(CompareReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("pactFile", report.pactFile());
        root.put("consumer", report.consumer());
        root.put("provider", report.provider());
        root.put("currentRun", report.currentRun());
        report.previousRun().ifPresentOrElse(p -> root.put("previousRun", p), () -> root.putNull("previousRun"));
        root.put("contractBroken", report.contractBroken());
        ObjectNode summary = root.putObject("summary");
        summary.put("interactions", report.results().size());
        for (Verdict v : Verdict.values()) {
            summary.put(key(v), report.count(v));
        }
        ArrayNode results = root.putArray("results");
        for (Result r : report.results()) {
            ObjectNode o = results.addObject();
            o.put("description", r.description());
            o.put("dataActionFile", r.dataActionFile());
            o.put("verdict", key(r.verdict()));
            strings(o.putArray("mismatches"), r.mismatches());
            strings(o.putArray("outputs"), r.outputs());
            strings(o.putArray("affectedOutputs"), r.affectedOutputs());
            strings(o.putArray("warnings"), r.warnings());
            strings(o.putArray("notes"), r.notes());
        }
        return root;
    }

    private static String key(Verdict v) {
        return switch (v) {
            case PASS -> "pass";
            case WARNING -> "warning";
            case BREAK -> "break";
            case VENDOR_UNAVAILABLE -> "vendorUnavailable";
            case NOT_RECORDED -> "notRecorded";
            case ERROR -> "error";
        };
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    public static String junit(CompareReport report) {
        List<JUnitXml.Case> cases = new ArrayList<>();
        for (Result r : report.results()) {
            List<String> details = details(r);
            List<String> out = new ArrayList<>();
            if (!r.warnings().isEmpty() || !r.notes().isEmpty() || r.verdict() == Verdict.WARNING) {
                r.outputs().forEach(o -> out.add("data action: " + o));
                r.warnings().forEach(w -> out.add("warning: " + w));
                r.notes().forEach(n -> out.add("note: " + n));
            }
            cases.add(switch (r.verdict()) {
                case BREAK -> new JUnitXml.Case(r.description(), JUnitXml.Outcome.FAILED, "contract-break",
                        details.isEmpty() ? "contract break" : details.get(0), details, out);
                case ERROR -> new JUnitXml.Case(r.description(), JUnitXml.Outcome.ERROR, "unreadable-recording",
                        r.notes().isEmpty() ? label(r.verdict()) : r.notes().get(0), r.notes(), out);
                case VENDOR_UNAVAILABLE, NOT_RECORDED -> JUnitXml.Case.skipped(r.description(),
                        r.notes().isEmpty() ? label(r.verdict()) : r.notes().get(0), out);
                default -> JUnitXml.Case.passed(r.description(), out);
            });
        }
        return JUnitXml.suite("dac compare " + report.consumer() + " " + report.provider(), report.consumer() + "." + report.provider(), cases);
    }

    private static List<String> details(Result r) {
        List<String> lines = new ArrayList<>();
        r.mismatches().forEach(m -> lines.add("contract: " + m));
        if (!r.affectedOutputs().isEmpty()) {
            lines.add("Architect outputs affected: " + String.join(", ", r.affectedOutputs()));
        }
        r.outputs().forEach(o -> lines.add("data action: " + o));
        return lines;
    }
}
