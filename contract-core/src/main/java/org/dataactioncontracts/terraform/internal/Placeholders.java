package org.dataactioncontracts.terraform.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values Terraform knows only at plan or apply time. Each becomes {@code <unresolved REFERENCE>} in the loaded
 * action, and its reason is kept so an INFO finding can say why.
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("<unresolved ([^>]+)>");

    private final Map<String, String> reasons = new LinkedHashMap<>();

    String create(String reference, String reason) {
        reasons.putIfAbsent(reference, reason);
        return "<unresolved " + reference + ">";
    }

    /** The reasons of every placeholder inside {@code text}, as {@code reference (reason)}; empty when there is none. */
    String explain(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(m.group(1)).append(" (").append(reasons.getOrDefault(m.group(1), "not known statically")).append(')');
        }
        return out.toString();
    }

    static boolean contains(String text) {
        return PLACEHOLDER.matcher(text).find();
    }
}
