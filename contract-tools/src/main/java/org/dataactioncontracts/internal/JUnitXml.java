package org.dataactioncontracts.internal;

import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dataactioncontracts.text.internal.Printable;

/**
 * Writes one JUnit XML test suite (the format Jenkins and Surefire read): one test case per interaction. Every name
 * and text is made printable first: control characters (a NUL, CR or LF in a description) are escaped, so the file
 * stays well-formed XML and a name stays one line.
 */
public final class JUnitXml {

    /** How a case ended. */
    public enum Outcome {
        PASSED, FAILED, ERROR, SKIPPED
    }

    /**
     * One test case.
     *
     * @param name      the case's name (an interaction description)
     * @param outcome   passed, failed, error or skipped
     * @param type      the failure's or error's type attribute; empty otherwise
     * @param message   the failure, error or skip message; empty for a pass
     * @param details   the failure's or error's text
     * @param systemOut extra lines shown with the case; empty for none
     */
    public record Case(String name, Outcome outcome, String type, String message, List<String> details, List<String> systemOut) {
        public Case {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(outcome, "outcome");
            type = Objects.requireNonNullElse(type, "");
            message = Objects.requireNonNullElse(message, "");
            details = List.copyOf(details);
            systemOut = List.copyOf(systemOut);
        }

        /** A passing case. */
        public static Case passed(String name, List<String> systemOut) {
            return new Case(name, Outcome.PASSED, "", "", List.of(), systemOut);
        }

        /** A skipped case: nothing to judge. */
        public static Case skipped(String name, String message, List<String> systemOut) {
            return new Case(name, Outcome.SKIPPED, "", message, List.of(), systemOut);
        }
    }

    private JUnitXml() {
    }

    /** The suite as XML text. */
    public static String suite(String name, String className, List<Case> cases) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", Printable.line(name));
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(count(cases, Outcome.FAILED)));
            xml.writeAttribute("errors", String.valueOf(count(cases, Outcome.ERROR)));
            xml.writeAttribute("skipped", String.valueOf(count(cases, Outcome.SKIPPED)));
            xml.writeCharacters("\n");
            for (Case c : cases) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", Printable.line(className));
                xml.writeAttribute("name", Printable.line(c.name()));
                switch (c.outcome()) {
                    case FAILED, ERROR -> {
                        xml.writeStartElement(c.outcome() == Outcome.FAILED ? "failure" : "error");
                        xml.writeAttribute("message", Printable.line(c.message()));
                        xml.writeAttribute("type", Printable.line(c.type()));
                        xml.writeCharacters(Printable.block(String.join("\n", c.details())));
                        xml.writeEndElement();
                    }
                    case SKIPPED -> {
                        xml.writeStartElement("skipped");
                        xml.writeAttribute("message", Printable.line(c.message()));
                        xml.writeEndElement();
                    }
                    case PASSED -> {
                    }
                }
                if (!c.systemOut().isEmpty()) {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(Printable.block(String.join("\n", c.systemOut())));
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

    private static long count(List<Case> cases, Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }
}
