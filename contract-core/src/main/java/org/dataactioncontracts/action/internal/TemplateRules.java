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

    /** {@code $Input.x}: Velocity names are case-sensitive, so this is an unknown variable, rendered literally. */
    private static void inputCase(ParsedAction.Part part, Findings findings) {
        Set<String> reported = new HashSet<>();
        for (Reference ref : part.template().references()) {
            if (!ref.root().equals("input") && ref.root().equalsIgnoreCase("input") && reported.add(ref.text())) {
                findings.error(part.pointer(), "input-case",
                        Findings.quote(ref.text()) + " (line " + ref.line() + ", column " + ref.column() + ") is not the input: Velocity names are case-sensitive, "
                                + "so $" + ref.root() + " is an unknown variable and renders literally",
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
