package org.dataactioncontracts.genesys.internal;

/** Genesys's {@code $salesforce} for Salesforce integrations: escapes SOSL reserved characters with a backslash. */
public class SalesforceTool {
    private static final String RESERVED = "?&|!{}[]()^~*:\\\"'+-";

    public String escReserved(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (RESERVED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
