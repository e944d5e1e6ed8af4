package org.dataactioncontracts.genesys.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Refuses rendered URLs that HTTP would reject: Genesys encodes nothing, so such a URL fails in production too. */
final class UrlCheck {
    private static final Pattern UNRESOLVED = Pattern.compile("\\$!?\\{?[A-Za-z][\\w.]*(\\(.*?\\))?}?");
    private static final String ILLEGAL = " \"<>\\^`{|}";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");

    private UrlCheck() {
    }

    /** What the integration type expects in {@code requestUrlTemplate}. */
    enum Kind {
        /** A path under the integration's base URL, or an absolute URL. */
        PATH_OR_URL,
        /** Web Services Data Actions: an absolute URL. */
        ABSOLUTE_URL,
        /** AWS Lambda Data Actions: a function ARN, not a URL. */
        LAMBDA_ARN;

        static Kind of(String integrationType) {
            return switch (integrationType) {
                case "custom-rest-actions" -> ABSOLUTE_URL;
                case "aws-lambda-data-actions" -> LAMBDA_ARN;
                default -> PATH_OR_URL;
            };
        }
    }

    private static final Pattern LAMBDA_ARN = Pattern.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?");

    /** Why the URL cannot be sent, or null when it can. */
    static String problem(String url, Kind kind) {
        if (url.isBlank()) {
            return "The request URL resolved to an empty string";
        }
        if (kind == Kind.LAMBDA_ARN) {
            return LAMBDA_ARN.matcher(url).matches() ? null
                    : "The request URL '" + url + "' is not a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>),"
                            + " which an AWS Lambda Data Action calls";
        }
        boolean mustBeAbsolute = kind == Kind.ABSOLUTE_URL;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            String what = c == ' ' ? "a space" : c < 0x20 || c == 0x7F ? "a control character (U+" + String.format("%04X", (int) c) + ")"
                    : ILLEGAL.indexOf(c) >= 0 ? "'" + c + "'" : null;
            if (what != null) {
                Matcher unresolved = UNRESOLVED.matcher(url);
                if ((c == '{' || c == '}') && unresolved.find()) {
                    String reference = unresolved.group();
                    String fix = reference.contains("credentials.") ? "the integration's credentials have no such field"
                            : reference.contains("authResponse.") ? "the customAuth response has no such field"
                            : "no such input was passed (names are case-sensitive); pass it, or use $!{...} for an optional one";
                    return "The request URL '" + url + "' contains the unresolved reference " + reference + ": " + fix;
                }
                return "The request URL '" + url + "' contains " + what + " at index " + i
                        + ", which HTTP rejects; Genesys does not encode URLs: wrap the value in $esc.url(...) (query) or $esc.uriEncode(...) (path)";
            }
            if (c == '%' && (i + 2 >= url.length() || Character.digit(url.charAt(i + 1), 16) < 0 || Character.digit(url.charAt(i + 2), 16) < 0)) {
                return "The request URL '" + url + "' contains a '%' at index " + i + " that does not start a %XX escape";
            }
        }
        boolean absolute = url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
        if (absolute) {
            int hostStart = url.indexOf("//") + 2;
            int hostEnd = hostStart;
            while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
                hostEnd++;
            }
            String authority = url.substring(hostStart, hostEnd);
            String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
            if (!HOST.matcher(host).matches()) {
                return "The request URL '" + url + "' has no valid host name ('" + host + "')";
            }
        } else if (mustBeAbsolute) {
            return "The request URL '" + url + "' is not an absolute http(s) URL, which this integration type needs";
        } else if (!url.startsWith("/")) {
            return "The request URL '" + url + "' must be an absolute URL or a path starting with '/'";
        }
        return null;
    }
}
