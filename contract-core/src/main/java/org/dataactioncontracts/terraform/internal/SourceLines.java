package org.dataactioncontracts.terraform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line positions in a {@code .tf} file. hcl4j returns values without positions, so findings are pointed back into the
 * file by finding the block header and the attribute's first line; nothing here interprets HCL values.
 */
final class SourceLines {
    private static final Pattern TOP_HEADER = Pattern.compile(
            "^(resource|data|module|output|variable|locals|provider|terraform)((?:\\s+\"[^\"]*\")*)\\s*\\{");
    private static final Pattern LABEL = Pattern.compile("\"([^\"]*)\"");

    /** One top-level block header. */
    record Header(int line, String kind, List<String> labels) {
    }

    private final List<String> lines;

    SourceLines(String text) {
        this.lines = text.lines().toList();
    }

    /** Every top-level block header, in file order (headers are written at column 0, as {@code terraform fmt} does). */
    List<Header> headers() {
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TOP_HEADER.matcher(lines.get(i));
            if (m.find()) {
                List<String> labels = new ArrayList<>();
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    labels.add(label.group(1));
                }
                headers.add(new Header(i + 1, m.group(1), labels));
            }
        }
        return headers;
    }

    /** The 1-based line of a top-level block, or 0. */
    int header(String kind, String... labels) {
        for (Header h : headers()) {
            if (h.kind().equals(kind) && h.labels().equals(List.of(labels))) {
                return h.line();
            }
        }
        return 0;
    }

    /**
     * The 1-based line where a (possibly nested) attribute or block starts inside the block at {@code from}, or 0.
     * {@code path} names each level: {@code config_request}, then {@code request_url_template}.
     */
    int attribute(int from, String... path) {
        if (from <= 0) {
            return 0;
        }
        int current = from;
        for (String segment : path) {
            Pattern start = Pattern.compile("^\\s*\"?" + Pattern.quote(segment) + "\"?\\s*(=|\\{|:)");
            int found = 0;
            for (int i = current; i < lines.size(); i++) {
                if (i > from - 1 && TOP_HEADER.matcher(lines.get(i)).find()) {
                    break;
                }
                if (start.matcher(lines.get(i)).find()) {
                    found = i + 1;
                    break;
                }
            }
            if (found == 0) {
                return 0;
            }
            current = found;
        }
        return current;
    }

    /** The expression text after {@code =} on a line, without a trailing comment; empty when there is none. */
    String expression(int line) {
        if (line <= 0 || line > lines.size()) {
            return "";
        }
        String text = lines.get(line - 1);
        int eq = text.indexOf('=');
        if (eq < 0) {
            return "";
        }
        String rest = text.substring(eq + 1).strip();
        if (!rest.startsWith("\"")) {
            rest = rest.replaceFirst("\\s*(#|//).*$", "");
        }
        return rest.strip();
    }
}
