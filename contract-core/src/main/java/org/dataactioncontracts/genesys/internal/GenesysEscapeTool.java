package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.velocity.tools.generic.EscapeTool;

/**
 * Velocity-tools' {@code EscapeTool} plus the escapes Genesys adds to {@code $esc}.
 *
 * <p>Genesys documents the names but not the exact character sets; the choices below are the most plausible
 * reading (reference §5.5, §5.7), each marked there as unverified.
 */
public class GenesysEscapeTool extends EscapeTool {

    /** Older Genesys name of {@link #jsonEncode}: escapes a string for use inside JSON quotes (adds no quotes). */
    public String jsonString(Object value) {
        return jsonEncode(value);
    }

    /** Escapes {@code "}, {@code \} and control characters for use inside JSON quotes; adds no quotes, keeps {@code /} and non-ASCII. */
    public String jsonEncode(Object value) {
        if (value == null) {
            return null;
        }
        return new String(JsonStringEncoder.getInstance().quoteAsString(String.valueOf(value)));
    }

    /** Reverses {@link #jsonEncode}: unescapes JSON string escapes. */
    public String jsonDecode(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (isHex(text, i + 1, 4)) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('\\').append('u');
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** RFC 3986 percent-encoding of everything but the unreserved characters {@code A-Z a-z 0-9 - . _ ~}; space becomes {@code %20}. */
    public String uriEncode(Object value) {
        if (value == null) {
            return null;
        }
        byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Form encoding ({@code java.net.URLEncoder}, space as {@code +}); {@code $esc.url} is documented as its alias. */
    public String urlFormEncode(Object value) {
        return url(value);
    }

    private static boolean isHex(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
