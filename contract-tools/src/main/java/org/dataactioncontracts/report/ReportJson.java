package org.dataactioncontracts.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.openapi.OpenApiReport;
import org.dataactioncontracts.recorded.CompareReport;

/** A report as JSON, as {@code --json} writes it: the report's fields, a {@code summary} of counts per verdict, and {@code results}. */
public final class ReportJson {
    private ReportJson() {
    }

    /** {@code {pactFile, consumer, provider, currentRun, previousRun, contractBroken, summary, results}}. */
    public static ObjectNode of(CompareReport report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CompareReport.Verdict v : CompareReport.Verdict.values()) {
            counts.put(Labels.key(v), report.count(v));
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("pactFile", report.pactFile());
        root.put("consumer", report.consumer());
        root.put("provider", report.provider());
        root.put("currentRun", report.currentRun());
        report.previousRun().ifPresentOrElse(p -> root.put("previousRun", p), () -> root.putNull("previousRun"));
        root.put("contractBroken", report.contractBroken());
        ArrayNode results = summaryAndResults(root, report.results().size(), counts);
        for (CompareReport.Result r : report.results()) {
            ObjectNode o = results.addObject();
            o.put("description", r.description());
            o.put("dataActionFile", r.dataActionFile());
            o.put("verdict", Labels.key(r.verdict()));
            strings(o, "mismatches", r.mismatches());
            strings(o, "outputs", r.outputs());
            strings(o, "affectedOutputs", r.affectedOutputs());
            strings(o, "warnings", r.warnings());
            strings(o, "notes", r.notes());
        }
        return root;
    }

    /** {@code {pactFile, specFile, consumer, provider, mismatched, summary, results}}. */
    public static ObjectNode of(OpenApiReport report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (OpenApiReport.Verdict v : OpenApiReport.Verdict.values()) {
            counts.put(Labels.key(v), report.count(v));
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("pactFile", report.pactFile());
        root.put("specFile", report.specFile());
        root.put("consumer", report.consumer());
        root.put("provider", report.provider());
        root.put("mismatched", report.mismatched());
        ArrayNode results = summaryAndResults(root, report.results().size(), counts);
        for (OpenApiReport.Result r : report.results()) {
            ObjectNode o = results.addObject();
            o.put("description", r.description());
            o.put("method", r.method());
            o.put("path", r.path());
            o.put("status", r.status());
            o.put("verdict", Labels.key(r.verdict()));
            ArrayNode mismatches = o.putArray("mismatches");
            for (OpenApiReport.Mismatch m : r.mismatches()) {
                mismatches.addObject().put("location", m.location()).put("key", m.key()).put("pointer", m.pointer()).put("message", m.message());
            }
            strings(o, "notes", r.notes());
        }
        return root;
    }

    /** Adds {@code summary: {interactions, <verdict>: count...}} and returns the empty {@code results} array. */
    private static ArrayNode summaryAndResults(ObjectNode root, int interactions, Map<String, Long> counts) {
        ObjectNode summary = root.putObject("summary");
        summary.put("interactions", interactions);
        counts.forEach(summary::put);
        return root.putArray("results");
    }

    private static void strings(ObjectNode parent, String name, List<String> values) {
        ArrayNode array = parent.putArray(name);
        values.forEach(array::add);
    }
}
