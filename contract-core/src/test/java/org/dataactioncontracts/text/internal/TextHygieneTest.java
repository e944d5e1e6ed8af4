package org.dataactioncontracts.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Masking, excerpts, printable names and URLs without passwords. */
class TextHygieneTest {
    private static final String KEY = "sk_live-4f9/Q+z\"x";

    @Test
    void everyEchoedFormOfASecretIsMasked() {
        SecretMasker masker = SecretMasker.of(List.of(KEY), "***");
        byte[] bytes = KEY.getBytes(StandardCharsets.UTF_8);
        List<String> forms = List.of(KEY, KEY.toUpperCase(Locale.ROOT), URLEncoder.encode(KEY, StandardCharsets.UTF_8),
                URLEncoder.encode(KEY, StandardCharsets.UTF_8).replace("+", "%20"), "sk_live-4f9/Q+z\\\"x",
                Base64.getEncoder().encodeToString(bytes), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                Base64.getEncoder().encodeToString(("user:" + KEY).getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(("ab" + KEY + "cd").getBytes(StandardCharsets.UTF_8)));
        for (String form : forms) {
            String masked = masker.mask("echo: " + form + " end");
            assertThat(masked).as(form).startsWith("echo: ").endsWith(" end").contains("***");
            // What survives is the encoding of the text around the secret ("user:") and a few boundary characters.
            assertThat(masked).as(form).doesNotContain(form);
            assertThat(masked.length()).as(form).isLessThanOrEqualTo("echo: *** end".length() + 12);
        }
    }

    @Test
    void shortValuesAreNotMaskedAndNoSecretsMaskNothing() {
        assertThat(SecretMasker.of(List.of("abc"), "***").mask("abc abc")).isEqualTo("abc abc");
        assertThat(SecretMasker.of(List.of(), "***").isEmpty()).isTrue();
    }

    @Test
    void aLongTextBecomesAnExcerptWithItsSizeAndHash() {
        String body = "é".repeat(300);

        String excerpt = Excerpt.of(body, 10);

        assertThat(excerpt).startsWith("éééééééééé... [600 bytes, sha256 ").endsWith("]");
        assertThat(Excerpt.of("short", 10)).isEqualTo("short");
    }

    @Test
    void controlCharactersBecomeEscapes() {
        assertThat(Printable.line("a\u0000b\r\nc\u001b[31m\u2028\ud800")).isEqualTo("a\\u0000b\\r\\nc\\u001b[31m\\u2028\\ud800");
        assertThat(Printable.block("line 1\nline\t2\u0007")).isEqualTo("line 1\nline\t2\\u0007");
        assertThat(Printable.line("plain")).isSameAs("plain");
    }

    @Test
    void userAndPasswordAreStrippedFromUrls() {
        assertThat(UrlText.withoutUserInfo("cannot connect to http://svc:pw@host:8080/x and https://u@h"))
                .isEqualTo("cannot connect to http://host:8080/x and https://h");
    }
}
