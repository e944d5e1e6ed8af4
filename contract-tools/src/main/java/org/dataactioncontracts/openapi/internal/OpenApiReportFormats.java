package org.dataactioncontracts.openapi.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dataactioncontracts.internal.JUnitXml;
import org.dataactioncontracts.openapi.OpenApiReport;
import org.dataactioncontracts.openapi.OpenApiReport.Mismatch;
import org.dataactioncontracts.openapi.OpenApiReport.Result;
import org.dataactioncontracts.openapi.OpenApiReport.Verdict;
import org.dataactioncontracts.text.internal.Printable;

/** Text, JSON and JUnit XML renderings of an {@link OpenApiReport}. */
public final class OpenApiReportFormats {
    private OpenApiReportFormats() {
    }

    public static String text(OpenApiReport report) {
        StringBuilder out = new StringBuilder();
        out.append("dac openapi: ").append(report.consumer()).append(" -> ").append(report.provider()).append(", against ")
                .append(report.specFile()).append('\n');
        for (Result r : report.results()) {
            out.append(String.format(Locale.ROOT, "%-18s %s (%s)%n", label(r.verdict()), Printable.line(r.description()),
                    Printable.line(request(r))));
            r.mismatches().forEach(m -> out.append("    ").append(Printable.line(detail(m))).append('\n'));
            r.notes().forEach(n -> out.append("    note: ").append(Printable.line(n)).append('\n'));
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    static String summary(OpenApiReport report) {
        return report.results().size() + " interactions: " + report.count(Verdict.OK) + " ok, " + report.count(Verdict.MISMATCH)
                + " mismatched, " + report.count(Verdict.UNKNOWN_OPERATION) + " unknown to the spec";
    }

    private static String request(Result r) {
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

    private static String label(Verdict verdict) {
        return switch (verdict) {
            case OK -> "OK";
            case MISMATCH -> "MISMATCH";
            case UNKNOWN_OPERATION -> "UNKNOWN-OPERATION";
        };
    }

    private static String key(Verdict verdict) {
        return switch (verdict) {
            case OK -> "ok";
            case MISMATCH -> "mismatch";
            case UNKNOWN_OPERATION -> "unknownOperation";
        };
    }

    public static ObjectNode json(OpenApiReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("pactFile", report.pactFile());
        root.put("specFile", report.specFile());
        root.put("consumer", report.consumer());
        root.put("provider", report.provider());
        root.put("mismatched", report.mismatched());
        ObjectNode summary = root.putObject("summary");
        summary.put("interactions", report.results().size());
        for (Verdict v : Verdict.values()) {
            summary.put(key(v), report.count(v));
        }
        ArrayNode results = root.putArray("results");
        for (Result r : report.results()) {
            ObjectNode o = results.addObject();
            o.put("description", r.description());
            o.put("method", r.method());
            o.put("path", r.path());
            o.put("status", r.status());
            o.put("verdict", key(r.verdict()));
            ArrayNode mismatches = o.putArray("mismatches");
            for (Mismatch m : r.mismatches()) {
                ObjectNode mo = mismatches.addObject();
                mo.put("location", m.location());
                mo.put("key", m.key());
                mo.put("pointer", m.pointer());
                mo.put("message", m.message());
            }
            ArrayNode notes = o.putArray("notes");
            r.notes().forEach(notes::add);
        }
        return root;
    }

    public static String junit(OpenApiReport report) {
        List<JUnitXml.Case> cases = new ArrayList<>();
        for (Result r : report.results()) {
            List<String> notes = r.notes();
            if (r.verdict() == Verdict.OK) {
                cases.add(JUnitXml.Case.passed(r.description(), notes));
            } else {
                List<String> details = r.mismatches().stream().map(OpenApiReportFormats::detail).toList();
                List<String> text = new ArrayList<>();
                text.add(request(r));
                text.addAll(details);
                cases.add(new JUnitXml.Case(r.description(), JUnitXml.Outcome.FAILED, label(r.verdict()).toLowerCase(Locale.ROOT),
                        details.isEmpty() ? label(r.verdict()) : details.get(0), text, notes));
            }
        }
        return JUnitXml.suite("dac openapi " + report.consumer() + " " + report.provider(), report.consumer() + "." + report.provider(), cases);
    }
}
