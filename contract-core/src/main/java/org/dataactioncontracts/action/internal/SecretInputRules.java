package org.dataactioncontracts.action.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.internal.VelocityTemplate.Reference;

/**
 * A secret (API key, token, password) passed as a plain input: an input named like one, or an input that ends up in
 * an {@code Authorization}/{@code x-api-key}-style header or a {@code token}/{@code key}/{@code secret} query
 * parameter. Such a value travels through the flow and would be printed and written like any input. Not API.
 */
public final class SecretInputRules implements Rule {
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(api[-_]?key|apikey|token|secret|password|passwd|authorization|bearer|cookie|signature|private[-_]?key|access[-_]?key).*");
    private static final Pattern SECRET_QUERY = Pattern.compile("(?i)(.*[-_])?(key|token|secret|sig|signature|password|pwd|auth|code)([-_].*)?|.*(apikey|token|secret).*");

    /** One input that looks like it carries a secret, and the first place that says so. */
    private record Suspect(String input, String pointer, String why) {
    }

    @Override
    public void check(ParsedAction parsed, Findings findings) {
        suspects(parsed).values().forEach(s -> findings.warning(s.pointer(), "secret-input",
                "the input " + Findings.quote(s.input()) + " " + s.why() + ": a secret passed as a plain input travels through the flow and"
                        + " is shown and written like any other input (test reports, pacts, logs)",
                "Keep it in the integration's credentials and write ${credentials." + s.input() + "}. If the flow must pass it,"
                        + " declare it secret where it is tested: secrets: {" + s.input() + ": <test value>} in a scenario"
                        + " file, secretInput(\"" + s.input() + "\", testValue) in a Java contract test, and"
                        + " dac run --secret-input " + s.input()));
    }

    /** The names of the inputs of an action that look like they carry secrets, by the same rule as the lint warning. */
    public static Set<String> suspectedInputs(DataAction action) {
        return suspects(ParsedAction.of(action)).keySet();
    }

    private static Map<String, Suspect> suspects(ParsedAction parsed) {
        Map<String, Suspect> found = new LinkedHashMap<>();
        for (ParsedAction.Part part : parsed.templates()) {
            if (part.kind() == ParsedAction.Kind.SUCCESS) {
                continue;
            }
            String header = part.kind() == ParsedAction.Kind.HEADER ? headerName(parsed, part) : null;
            for (Reference ref : part.template().references()) {
                Optional<String> name = ref.firstProperty();
                if (!ref.root().equals("input") || name.isEmpty() || RequestRules.RESERVED_INPUTS.contains(name.get())) {
                    continue;
                }
                String why = null;
                if (header != null && SECRET_NAME.matcher(header).matches()) {
                    why = "goes into the header " + Findings.quote(header);
                } else if (part.kind() == ParsedAction.Kind.URL && queryParameter(part.template().text(), ref).filter(q -> SECRET_QUERY.matcher(q).matches()).isPresent()) {
                    why = "goes into the query parameter " + Findings.quote(queryParameter(part.template().text(), ref).orElseThrow());
                } else if (SECRET_NAME.matcher(name.get()).matches()) {
                    why = "is named like a secret";
                }
                if (why != null) {
                    found.putIfAbsent(name.get(), new Suspect(name.get(), part.pointer(), why));
                }
            }
        }
        return found;
    }

    private static String headerName(ParsedAction parsed, ParsedAction.Part part) {
        for (String name : parsed.action().request().headers().keySet()) {
            if (part.pointer().equals("/config/request/headers/" + Findings.segment(name))) {
                return name;
            }
        }
        return "";
    }

    /** The query parameter whose value holds the reference, e.g. {@code token} in {@code ?token=${input.t}}. */
    private static Optional<String> queryParameter(String url, Reference ref) {
        if (ref.offset() < 0 || url.indexOf('?') < 0 || ref.offset() < url.indexOf('?')) {
            return Optional.empty();
        }
        String before = url.substring(0, ref.offset());
        int start = Math.max(before.lastIndexOf('?'), before.lastIndexOf('&')) + 1;
        int equals = before.indexOf('=', start);
        return equals < 0 ? Optional.empty() : Optional.of(before.substring(start, equals));
    }
}
