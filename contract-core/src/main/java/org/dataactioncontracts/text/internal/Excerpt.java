package org.dataactioncontracts.text.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A long text cut for a message or a report, saying how long it was and its hash so two bodies can still be told apart. */
public final class Excerpt {
    /** Body excerpts in one-line messages. */
    public static final int MESSAGE_CHARS = 200;
    /** Bodies shown in full in {@code dac run}'s report up to this many characters. */
    public static final int REPORT_CHARS = 64 * 1024;

    private Excerpt() {
    }

    /** The text when it has at most {@code maxChars} characters, else its start and {@code "... [N bytes, sha256 1a2b3c4d5e6f]"}. */
    public static String of(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "... [" + describe(text) + "]";
    }

    /** {@code N bytes, sha256 1a2b3c4d5e6f}: the UTF-8 size and the start of the SHA-256 of a text. */
    public static String describe(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length + " bytes, sha256 " + sha256(bytes).substring(0, 12);
    }

    /** The hex SHA-256 of some bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
