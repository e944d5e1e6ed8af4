package org.dataactioncontracts.cli.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the option values several commands share: URLs, durations, sizes. Each error names the option. */
final class OptionValues {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|kib|mb|mib|gb|gib)?");

    private OptionValues() {
    }

    /**
     * An absolute http(s) URL.
     *
     * @throws UsageException naming the option; a {@code user:password@} part is never echoed
     */
    static URI httpUrl(String option, String url) {
        String shown = org.dataactioncontracts.text.internal.UrlText.withoutUserInfo(url);
        String hint = "; " + option + " must be an absolute http(s) URL such as http://localhost:8080";
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new UsageException(option + " '" + shown + "' is not a valid URL (" + e.getReason() + ")" + hint);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UsageException(option + " '" + shown + "' is not an http(s) URL" + hint);
        }
        if (uri.getHost() == null) {
            throw new UsageException(option + " '" + shown + "' has no valid host name" + hint);
        }
        return uri;
    }

    /** A duration such as {@code 10s}, {@code 2.5s} or {@code 500ms}, from 1 ms to {@code max}. */
    static Duration duration(String option, String text, Duration max) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            } else {
                String number = t.endsWith("s") ? t.substring(0, t.length() - 1).strip() : t;
                d = Duration.ofMillis(Math.round(Double.parseDouble(number) * 1000));
            }
            if (d.isNegative() || (d.isZero() && !max.isZero()) || d.compareTo(max) > 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " '" + text + "' is not a duration between 1ms and " + max.toMinutes()
                    + " minutes; write e.g. 10s, 2.5s or 500ms");
        }
    }

    /** A size in bytes such as {@code 5MB}, {@code 512KB} or {@code 100000}; KB and MB are 1024-based. */
    static long bytes(String option, String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            String unit = m.group(2) == null ? "b" : m.group(2);
            long factor = switch (unit.charAt(0)) {
                case 'k' -> 1024L;
                case 'm' -> 1024L * 1024;
                case 'g' -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            double value = Double.parseDouble(m.group(1)) * factor;
            if (value >= 1 && value <= 1024.0 * 1024 * 1024) {
                return (long) value;
            }
        }
        throw new UsageException(option + " '" + text + "' is not a size from 1 byte to 1GB; write e.g. 5MB, 512KB or 100000");
    }
}
