package org.dataactioncontracts.genesys.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Genesys's {@code $encoding}: standard base64 (with padding) of the UTF-8 bytes. */
public class EncodingTool {
    public String base64(Object value) {
        return value == null ? null : Base64.getEncoder().encodeToString(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
