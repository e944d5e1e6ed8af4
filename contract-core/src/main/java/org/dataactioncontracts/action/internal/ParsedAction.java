package org.dataactioncontracts.action.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataactioncontracts.action.DataAction;

/** A Data Action with each of its Velocity templates parsed once, for all rules. Not API. */
record ParsedAction(DataAction action, List<ParsedAction.Part> templates) {

    /** Which of the action's templates a {@link Part} is; they render in different modes and places. */
    enum Kind { URL, HEADER, BODY, SUCCESS }

    /** One template of the action, with its JSON pointer. */
    record Part(Kind kind, String pointer, VelocityTemplate template) {
    }

    static final String URL_POINTER = "/config/request/requestUrlTemplate";
    static final String BODY_POINTER = "/config/request/requestTemplate";
    static final String SUCCESS_POINTER = "/config/response/successTemplate";

    static ParsedAction of(DataAction action) {
        List<Part> parts = new ArrayList<>();
        // Template names as Genesys reports them in errors (reference 12): the field name, or the header name.
        parts.add(new Part(Kind.URL, URL_POINTER, VelocityTemplate.parse(action.request().urlTemplate(), "requestUrlTemplate")));
        for (Map.Entry<String, String> header : action.request().headers().entrySet()) {
            parts.add(new Part(Kind.HEADER, "/config/request/headers/" + Findings.segment(header.getKey()),
                    VelocityTemplate.parse(header.getValue(), header.getKey())));
        }
        // GET sends no body, so its requestTemplate is never rendered and cannot break anything.
        if (action.request().method().sendsBody()) {
            parts.add(new Part(Kind.BODY, BODY_POINTER, VelocityTemplate.parse(action.request().requestTemplate(), "requestTemplate")));
        }
        parts.add(new Part(Kind.SUCCESS, SUCCESS_POINTER, VelocityTemplate.parse(action.response().successTemplate(), "successTemplate")));
        return new ParsedAction(action, List.copyOf(parts));
    }

    Optional<Part> part(Kind kind) {
        return templates.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** {@code inputSchema.properties}, or an empty object. */
    JsonNode inputProperties() {
        return action.inputSchema().path("properties");
    }
}
