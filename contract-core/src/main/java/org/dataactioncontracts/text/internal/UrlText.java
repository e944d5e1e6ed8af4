package org.dataactioncontracts.text.internal;

import java.util.regex.Pattern;

/** URLs as they may be printed or stored: a {@code user:password@} part never is. */
public final class UrlText {
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#@\\s]*@");

    private UrlText() {
    }

    /** The text with the user-info part of every URL in it removed ({@code http://user:pw@host} becomes {@code http://host}). */
    public static String withoutUserInfo(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll("$1");
    }
}
