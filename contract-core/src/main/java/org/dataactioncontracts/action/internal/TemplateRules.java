package org.dataactioncontracts.action.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dataactioncontracts.action.internal.VelocityTemplate.Reference;

/** Checks that apply to every Velocity template of an action. Not API. */
final class TemplateRules implements Rule {

    @Override
    public void check(ParsedAction parsed, Findings findings) {
        for (ParsedAction.Part part : parsed.templates()) {
            VelocityTemplate template = part.template();
            template.syntaxError().ifPresent(error -> findings.error(part.pointer(), "template-syntax",
                    "the template does not parse as Velocity: " + error.message(),
                    "Fix the template syntax at line " + error.line() + ", column " + error.column()
                            + " (unbalanced ${...}, (...) or #if/#end?)"));
            inputCase(part, findings);
            if (part.kind() == ParsedAction.Kind.SUCCESS || (part.kind() == ParsedAction.Kind.BODY && isJsonBody(parsed, template))) {
                escJavascript(part, findings);
            }
        }
    }

    /**
     * {@code $Input.x}, {@code ${INPUT.x}}: Velocity names are case-sensitive and Genesys documents only {@code $input},
     * but three official blueprints depend on the other spelling in their main action, so no evidence says it fails.
     */
    private static void inputCase(ParsedAction.Part part, Findings findings) {
        Set<String> reported = new HashSet<>();
        for (Reference ref : part.template().references()) {
            if (!ref.root().equals("input") && ref.root().equalsIgnoreCase("input") && reported.add(ref.text())) {
                findings.warning(part.pointer(), "input-case",
                        Findings.quote(ref.text()) + " (line " + ref.line() + ", column " + ref.column() + ") spells the input $" + ref.root()
                                + "; Genesys documents only $input and Velocity names are case-sensitive. Published Genesys blueprints "
                                + "use $" + ref.root() + " and appear to work, but if Genesys ever renders it literally the "
                                + (part.kind() == ParsedAction.Kind.SUCCESS ? "success template fails" : "request carries the text " + Findings.quote(ref.text())),
                        "Write " + Findings.quote(ref.text().replaceFirst(ref.root(), "input")));
            }
        }
    }

    /** EscapeTool.javascript escapes ' as \' , which is not a JSON escape (reference 5.7, 7.8). */
    private static void escJavascript(ParsedAction.Part part, Findings findings) {
        for (Reference ref : part.template().references()) {
            if (ref.root().equals("esc") && !ref.members().isEmpty() && ref.members().get(0).name().equals("javascript")) {
                findings.warning(part.pointer(), "esc-javascript-in-json",
                        Findings.quote(ref.text()) + " (line " + ref.line() + ", column " + ref.column() + ") escapes ' as \\' and / as \\/; "
                                + "\\' is not a JSON escape, so a value with an apostrophe makes the JSON invalid",
                        "Use $esc.jsonEncode(...) (or $esc.jsonString(...)) to escape strings inside JSON");
            }
        }
    }

    private static boolean isJsonBody(ParsedAction parsed, VelocityTemplate template) {
        for (Map.Entry<String, String> header : parsed.action().request().headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                return header.getValue().toLowerCase(Locale.ROOT).contains("json");
            }
        }
        String body = template.text().strip();
        return body.startsWith("{") || body.startsWith("[");
    }
}
