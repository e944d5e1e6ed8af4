package org.dataactioncontracts.text.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secret values (credentials, secret inputs, a URL's password) in any text, in every form a server or a tool
 * may echo them: raw, URL-encoded, JSON-escaped, base64 and base64url (also inside a longer base64 text such as
 * {@code Basic} auth), and in any letter case.
 */
public final class SecretMasker {
    /** Shorter values would mask ordinary words; real secrets are longer. */
    public static final int MIN_SECRET_LENGTH = 4;
    /** Base64 fragments shorter than this would mask ordinary text. */
    private static final int MIN_FRAGMENT = 6;

    private final Pattern pattern;
    private final String mask;

    private SecretMasker(Pattern pattern, String mask) {
        this.pattern = pattern;
        this.mask = mask;
    }

    /** A masker of these secret values (shorter than {@value #MIN_SECRET_LENGTH} characters are ignored), each replaced by {@code mask}. */
    public static SecretMasker of(Collection<String> secrets, String mask) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
                forms.addAll(forms(secret));
            }
        }
        if (forms.isEmpty()) {
            return new SecretMasker(null, mask);
        }
        List<String> sorted = new ArrayList<>(forms);
        // Longest first, so a form that contains another is masked whole.
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder();
        for (String form : sorted) {
            regex.append(regex.length() == 0 ? "" : "|").append(Pattern.quote(form));
        }
        return new SecretMasker(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), mask);
    }

    /** Whether there is nothing to mask. */
    public boolean isEmpty() {
        return pattern == null;
    }

    /** The text with every form of every secret replaced by the mask. */
    public String mask(String text) {
        if (pattern == null || text == null || text.isEmpty()) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(mask));
    }

    static Set<String> forms(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        String url = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(url);
        forms.add(url.replace("+", "%20"));
        forms.add(jsonEscaped(secret));
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < 3; offset++) {
            // The base64 characters that depend on the secret's bytes only, wherever it sits in a longer encoded text.
            byte[] shifted = new byte[offset + bytes.length];
            System.arraycopy(bytes, 0, shifted, offset, bytes.length);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            int start = (offset * 8 + 5) / 6;
            int end = (shifted.length * 8) / 6;
            if (end - start >= MIN_FRAGMENT) {
                String fragment = encoded.substring(start, end);
                forms.add(fragment);
                forms.add(fragment.replace('+', '-').replace('/', '_'));
            }
        }
        return forms;
    }

    private static String jsonEscaped(String secret) {
        StringBuilder out = new StringBuilder();
        for (char c : secret.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append('/');
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
