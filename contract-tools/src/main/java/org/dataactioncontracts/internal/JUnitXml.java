package org.dataactioncontracts.internal;

import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes one JUnit XML test suite (the format Jenkins and Surefire read): one test case per interaction. */
public final class JUnitXml {

    /**
     * One test case.
     *
     * @param name        the case's name (an interaction description)
     * @param failureType null when the case passed or was skipped; otherwise the failure's type attribute
     * @param message     the failure or skip message
     * @param details     the failure's text
     * @param skipped     whether the case was skipped (nothing to judge)
     * @param systemOut   extra lines shown with the case; empty for none
     */
    public record Case(String name, String failureType, String message, List<String> details, boolean skipped, List<String> systemOut) {
        public Case {
            Objects.requireNonNull(name, "name");
            details = List.copyOf(details);
            systemOut = List.copyOf(systemOut);
        }

        /** A passing case. */
        public static Case passed(String name, List<String> systemOut) {
            return new Case(name, null, null, List.of(), false, systemOut);
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
            xml.writeAttribute("name", name);
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.failureType() != null).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(cases.stream().filter(Case::skipped).count()));
            xml.writeCharacters("\n");
            for (Case c : cases) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", className);
                xml.writeAttribute("name", c.name());
                if (c.failureType() != null) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", c.message());
                    xml.writeAttribute("type", c.failureType());
                    xml.writeCharacters(String.join("\n", c.details()));
                    xml.writeEndElement();
                } else if (c.skipped()) {
                    xml.writeStartElement("skipped");
                    xml.writeAttribute("message", c.message());
                    xml.writeEndElement();
                }
                if (!c.systemOut().isEmpty()) {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(String.join("\n", c.systemOut()));
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
