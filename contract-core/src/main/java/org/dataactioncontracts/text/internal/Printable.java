package org.dataactioncontracts.text.internal;

/**
 * Names from files people or vendors write (interaction descriptions, keys) as they may be printed: control
 * characters escaped, so a NUL, CR or LF cannot forge an output line or break a JUnit XML file.
 */
public final class Printable {
    private Printable() {
    }

    /** The text with C0/C1 control characters, DEL, U+2028/U+2029 and unpaired surrogates as {@code \n}, {@code \r}, {@code \t} or {@code \\uXXXX}. */
    public static String line(String text) {
        return escape(text, false);
    }

    /**
     * Like {@link #line}, but line breaks and tabs are kept: multi-line details (a failure's text) stay multi-line,
     * while everything XML 1.0 forbids or a terminal would act on is escaped.
     */
    public static String block(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean surrogateOk = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean bad = (c < 0x20 && !(keepLines && (c == '\n' || c == '\t')))
                    || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufffe' || c == '\uffff' || !surrogateOk;
            if (bad && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!bad) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }
}
