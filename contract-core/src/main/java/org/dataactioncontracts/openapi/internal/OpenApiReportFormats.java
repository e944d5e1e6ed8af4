package org.dataactioncontracts.openapi.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dataactioncontracts.openapi.OpenApiReport;
import org.dataactioncontracts.openapi.OpenApiReport.Mismatch;
import org.dataactioncontracts.openapi.OpenApiReport.Result;
import org.dataactioncontracts.openapi.OpenApiReport.Verdict;

/** Text, JSON and JUnit XML renderings of an {@link OpenApiReport}. */
public final class OpenApiReportFormats {
    private OpenApiReportFormats() {
    }

    public static String text(OpenApiReport report) {
        StringBuilder out = new StringBuilder();
        out.append("dac openapi: ").append(report.consumer()).append(" -> ").append(report.provider()).append(", against ")
                .append(report.specFile()).append('\n');
        for (Result r : report.results()) {
            out.append(String.format(Locale.ROOT, "%-18s %s (%s)%n", label(r.verdict()), r.description(), request(r)));
            r.mismatches().forEach(m -> out.append("    ").append(detail(m)).append('\n'));
            r.notes().forEach(n -> out.append("    note: ").append(n).append('\n'));
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
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "dac openapi " + report.consumer() + " " + report.provider());
            xml.writeAttribute("tests", String.valueOf(report.results().size()));
            xml.writeAttribute("failures", String.valueOf(report.results().size() - report.count(Verdict.OK)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n");
            for (Result r : report.results()) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", report.consumer() + "." + report.provider());
                xml.writeAttribute("name", r.description());
                if (r.verdict() != Verdict.OK) {
                    List<String> details = r.mismatches().stream().map(OpenApiReportFormats::detail).toList();
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", details.isEmpty() ? label(r.verdict()) : details.get(0));
                    xml.writeAttribute("type", label(r.verdict()).toLowerCase(Locale.ROOT));
                    xml.writeCharacters(request(r) + "\n" + String.join("\n", details));
                    xml.writeEndElement();
                }
                if (!r.notes().isEmpty()) {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(String.join("\n", r.notes()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("JUnit XML cannot be written", e);
        }
        return text.toString();
    }
}
