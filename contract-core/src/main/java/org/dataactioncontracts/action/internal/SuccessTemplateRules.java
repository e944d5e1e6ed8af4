package org.dataactioncontracts.action.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dataactioncontracts.action.internal.VelocityTemplate.Member;
import org.dataactioncontracts.action.internal.VelocityTemplate.Reference;

/** Checks of {@code successTemplate}, which Genesys renders in strict mode and must yield JSON. Not API. */
final class SuccessTemplateRules implements Rule {
    /** Names Genesys puts in the success-template context besides the translationMap keys (reference 5.3, 6.4). */
    static final Set<String> CONTEXT_NAMES = Set.of("rawResult", "input", "esc", "math", "successTemplateUtils", "encoding",
            "urlTool", "salesforce", "msdynamics", "credentials", "authResponse");

    @Override
    public void check(ParsedAction parsed, Findings findings) {
        Optional<ParsedAction.Part> success = parsed.part(ParsedAction.Kind.SUCCESS);
        if (success.isEmpty() || success.get().template().syntaxError().isPresent()) {
            return;
        }
        VelocityTemplate template = success.get().template();
        Set<String> keys = parsed.action().response().translationMap().keySet();
        Set<String> reportedUndefined = new HashSet<>();
        for (Reference ref : template.references()) {
            String at = " (line " + ref.line() + ", column " + ref.column() + ")";
            if (ref.quoted() && ref.bare() && keys.contains(ref.root())) {
                findings.error(ParsedAction.SUCCESS_POINTER, "quoted-translation-variable",
                        "\"" + ref.text() + "\"" + at + " quotes a translation value, which is already JSON text with its own quotes: "
                                + "a string renders as \"\"Bob\"\", which is not JSON",
                        "Drop the quotes: write " + ref.text() + " (for an array result use "
                                + "${successTemplateUtils.firstFromArray(\"${" + ref.root() + "}\", \"$esc.quote$esc.quote\")})");
            }
            if (isUndefined(ref, keys, template.definedNames()) && reportedUndefined.add(ref.root())) {
                findings.error(ParsedAction.SUCCESS_POINTER, "undefined-variable",
                        "$" + ref.root() + at + " is neither a translationMap key nor a Genesys variable; the success template is strict, "
                                + "so Genesys fails 'Apply output transformation' with \"Variable $" + ref.root() + " has not been set\"",
                        suggestion(ref.root(), keys));
            }
            firstFromArrayDefault(ref, at, findings);
        }
    }

    private static boolean isUndefined(Reference ref, Set<String> keys, Set<String> defined) {
        // A bare reference as the whole #if condition is allowed even in strict mode (reference 5.3: renders "no").
        return !keys.contains(ref.root()) && !CONTEXT_NAMES.contains(ref.root()) && !defined.contains(ref.root())
                && !ref.root().equalsIgnoreCase("input") // reported as input-case
                && !(ref.condition() && ref.bare());
    }

    private static String suggestion(String name, Set<String> keys) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : keys) {
            int distance = distance(name.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = key;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= Math.max(2, name.length() / 4)) {
            return "Did you mean $" + best + "? Use a translationMap key exactly as written (names are case-sensitive)";
        }
        return "Add a translationMap entry named " + Findings.quote(name) + ", or use one of its keys " + keys;
    }

    /** Without a default, firstFromArray on [] yields nothing and {"x": } is not JSON (reference 5.7, 8.16). */
    private static void firstFromArrayDefault(Reference ref, String at, Findings findings) {
        // Inside a JSON string ("${...}" or "$esc.jsonEncode(...)") an empty result still leaves valid JSON.
        if (!ref.root().equals("successTemplateUtils") || ref.quoted() || ref.inStringLiteral() || !ref.enclosingCalls().isEmpty()) {
            return;
        }
        for (Member member : ref.members()) {
            if (member.method() && member.name().equals("firstFromArray") && member.argumentCount() == 1) {
                findings.warning(ParsedAction.SUCCESS_POINTER, "first-from-array-no-default",
                        Findings.quote(ref.text()) + at + " has no default: on an empty array it yields nothing "
                                + "and the output is not valid JSON",
                        "Pass a JSON default as second argument, e.g. firstFromArray(\"${x}\", \"$esc.quote$esc.quote\") for \"\", or \"0\", \"null\"");
            }
        }
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
