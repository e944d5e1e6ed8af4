package org.dataactioncontracts.genesys.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dataactioncontracts.genesys.EmulatorOptions.FirstFromArrayOnEmpty;

/**
 * Genesys's {@code $successTemplateUtils}. Arguments and results are JSON text, because translation values reach
 * the success template as JSON text.
 */
public class SuccessTemplateUtils {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FirstFromArrayOnEmpty onEmpty;

    public SuccessTemplateUtils(FirstFromArrayOnEmpty onEmpty) {
        this.onEmpty = onEmpty;
    }

    /** The JSON text of element 0 of a JSON array text (a string element keeps its quotes); the default, verbatim, for {@code []}. */
    public String firstFromArray(Object arrayText, Object defaultText) {
        JsonNode node = parse(arrayText);
        if (node != null && node.isArray()) {
            return node.isEmpty() ? (defaultText == null ? null : String.valueOf(defaultText)) : node.get(0).toString();
        }
        // Not an array: handed back unchanged (unverified; the most forgiving reading).
        return arrayText == null ? null : String.valueOf(arrayText);
    }

    /** As {@link #firstFromArray(Object, Object)} without a default: {@code []} yields what the options say (empty text by default). */
    public String firstFromArray(Object arrayText) {
        return firstFromArray(arrayText, onEmpty == FirstFromArrayOnEmpty.JSON_NULL ? "null" : "");
    }

    private static JsonNode parse(Object text) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(String.valueOf(text));
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
