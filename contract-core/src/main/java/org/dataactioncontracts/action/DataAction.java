package org.dataactioncontracts.action;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One Genesys Cloud Data Action, as loaded from any of its JSON shapes, with Genesys's defaults applied.
 *
 * <p>Schemas are kept as raw JSON: real contracts use root arrays and tuple {@code items}, which no typed model
 * round-trips. Treat them as read-only.
 *
 * @param name            {@code name}, including any {@code - Exported ...} suffix
 * @param source          where the action was loaded from (a file path or a caller-given label), for messages
 * @param shape           the JSON shape the file used
 * @param integrationType {@code integrationType} (UI exports only), e.g. {@code purecloud-data-actions}
 * @param actionType      {@code actionType} (UI exports only): {@code custom}, {@code customAuth} or {@code static}
 * @param category        {@code category} (API shapes only): the integration's name
 * @param request         {@code config.request}
 * @param response        {@code config.response}
 * @param timeoutSeconds  {@code config.timeoutSeconds}; 60 when unset
 * @param inputSchema     {@code contract.input.inputSchema}
 * @param successSchema   {@code contract.output.successSchema}
 * @param secure          {@code secure}; false when unset
 */
public record DataAction(
        String name,
        String source,
        ActionShape shape,
        Optional<String> integrationType,
        Optional<String> actionType,
        Optional<String> category,
        RequestConfig request,
        ResponseConfig response,
        int timeoutSeconds,
        JsonNode inputSchema,
        JsonNode successSchema,
        boolean secure) {

    /** Genesys's default request template: the whole input object as JSON. */
    public static final String DEFAULT_REQUEST_TEMPLATE = "${input.rawRequest}";
    /** Genesys's default success template: the raw response body. */
    public static final String DEFAULT_SUCCESS_TEMPLATE = "${rawResult}";
    /** Genesys's default execution timeout, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;

    public DataAction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(shape, "shape");
        integrationType = Objects.requireNonNullElse(integrationType, Optional.empty());
        actionType = Objects.requireNonNullElse(actionType, Optional.empty());
        category = Objects.requireNonNullElse(category, Optional.empty());
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        inputSchema = Objects.requireNonNull(inputSchema, "inputSchema").deepCopy();
        successSchema = Objects.requireNonNull(successSchema, "successSchema").deepCopy();
    }

    /** The name without the {@code " - Exported YYYY-MM-DD @ HH:mm"} suffix the Genesys UI appends on export. */
    public String baseName() {
        return name.replaceFirst("\\s+-\\s+Exported\\s+\\d{4}-\\d{2}-\\d{2}.*$", "").strip();
    }

    /** Whether the action calls an absolute URL (Web Services Data Actions) rather than a path under the integration's base. */
    public boolean hasAbsoluteUrl() {
        String url = request.urlTemplate().strip();
        return url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
    }
}
