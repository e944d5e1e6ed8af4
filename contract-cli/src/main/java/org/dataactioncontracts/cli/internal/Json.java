package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON reader and writer of the command line. */
final class Json {
    /** Trailing tokens are refused: {@code --input '{"a":1} x'} is a typo, not a JSON object. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The layout of JSON.stringify(value, null, 2): familiar, and easy to diff against a Genesys test result. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

    private Json() {
    }

    static String pretty(JsonNode json) throws JsonProcessingException {
        return MAPPER.writer(PRETTY).writeValueAsString(json);
    }
}
