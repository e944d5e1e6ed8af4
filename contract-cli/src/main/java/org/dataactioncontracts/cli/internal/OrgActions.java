package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The integration actions of one org category, read through an {@link OrgConnection}, and the conversions between the
 * Platform API's Action resource and the UI-export files of a domain's {@code data-actions/} folder.
 */
final class OrgActions {
    static final String ACTIONS = "/api/v2/integrations/actions";
    /** The integration type of function data actions: code hosted by Genesys, not a Data Action the engine runs. */
    static final String FUNCTION_INTEGRATION_TYPE = "function-data-actions";
    private static final int PAGE_SIZE = 100;
    private static final int MAX_SHOWN = 80;

    private final OrgConnection org;
    private final Map<String, String> integrationTypes = new HashMap<>();

    OrgActions(OrgConnection org) {
        this.org = org;
    }

    /** Every action of a category (optionally filtered by name as Genesys filters it), all pages, without config. */
    List<JsonNode> list(String category, String nameFilter) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            String query = "?pageSize=" + PAGE_SIZE + "&pageNumber=" + page + "&category=" + OrgConnection.encode(category)
                    + (nameFilter == null ? "" : "&name=" + OrgConnection.encode(nameFilter));
            JsonNode listing = org.get(ACTIONS + query);
            listing.path("entities").forEach(all::add);
            int pageCount = listing.path("pageCount").asInt(1);
            if (page >= pageCount || listing.path("entities").isEmpty()) {
                return all;
            }
        }
    }

    /** One action with its config and contract. */
    JsonNode full(String id) {
        return org.get(ACTIONS + "/" + OrgConnection.encode(id) + "?expand=contract&includeConfig=true");
    }

    /** The type id of an integration ({@code custom-rest-actions}, {@code purecloud-data-actions} ...), fetched once. */
    String integrationType(String integrationId) {
        return integrationTypes.computeIfAbsent(integrationId,
                id -> org.get("/api/v2/integrations/" + OrgConnection.encode(id)).path("integrationType").path("id").asText("custom-rest-actions"));
    }

    /** Built-in actions (ids starting with {@code static}) are Genesys's own and cannot be managed. */
    static boolean builtIn(JsonNode action) {
        return action.path("id").asText().startsWith("static");
    }

    /**
     * The UI-export document of an Action resource: name, integrationType, actionType, config, contract, secure, in the
     * order the UI writes them; the resource's id, category, integrationId and version are left out, as the UI does.
     */
    static ObjectNode toExport(JsonNode resource, String integrationType) {
        ObjectNode export = Json.MAPPER.createObjectNode();
        export.put("name", resource.path("name").asText());
        export.put("integrationType", integrationType);
        export.put("actionType", "custom");
        export.set("config", resource.path("config").deepCopy());
        export.set("contract", resource.path("contract").deepCopy());
        export.put("secure", resource.path("secure").asBoolean(false));
        return export;
    }

    private static final java.util.regex.Pattern EXPORTED_SUFFIX =
            java.util.regex.Pattern.compile("\\s+-\\s+Exported\\s+\\d{4}-\\d{2}-\\d{2}\\s+@\\s+\\d{1,2}:\\d{2}$");

    /**
     * The action's name in the org: the name of an export without the {@code " - Exported 2024-10-28 @ 16:06"} the UI's
     * Export appends to some (19 of the 80 corpus exports).
     */
    static String orgName(String exportedName) {
        return EXPORTED_SUFFIX.matcher(exportedName).replaceFirst("");
    }

    /** The file name the UI gives an export: spaces become dashes, then {@code .custom.json}. */
    static String fileName(String actionName) {
        String base = actionName.strip().replaceAll("\\s+", "-").replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_");
        return (base.isEmpty() ? "unnamed" : base) + ".custom.json";
    }

    /** One difference between two documents: where, and the value on each side (null where the key is absent). */
    record Change(String pointer, JsonNode before, JsonNode after) {
        /** {@code ~ /pointer: old -> new}, {@code + /pointer: new} or {@code - /pointer: old}, values shortened. */
        String line() {
            String where = pointer.isEmpty() ? "(root)" : pointer;
            if (before == null) {
                return "+ " + where + ": " + shown(after);
            }
            if (after == null) {
                return "- " + where + ": " + shown(before);
            }
            return "~ " + where + ": " + shown(before) + " -> " + shown(after);
        }
    }

    /**
     * The differences between two documents as one line each: {@code ~ /pointer: old -> new}, {@code + /pointer: new},
     * {@code - /pointer: old}; values longer than a line are shortened.
     */
    static List<String> diff(JsonNode before, JsonNode after) {
        return changes(before, after).stream().map(Change::line).toList();
    }

    /** The differences between two documents, object keys and equal-length arrays followed down to the leaves. */
    static List<Change> changes(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        changes("", before, after, changes);
        return changes;
    }

    private static void changes(String pointer, JsonNode before, JsonNode after, List<Change> changes) {
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!after.has(key)) {
                    changes.add(new Change(child, before.get(key), null));
                } else if (!before.has(key)) {
                    changes.add(new Change(child, null, after.get(key)));
                } else {
                    changes(child, before.get(key), after.get(key), changes);
                }
            }
            return;
        }
        if (before.isArray() && after.isArray() && before.size() == after.size()) {
            Iterator<JsonNode> a = before.elements();
            Iterator<JsonNode> b = after.elements();
            for (int i = 0; a.hasNext(); i++) {
                changes(pointer + "/" + i, a.next(), b.next(), changes);
            }
            return;
        }
        changes.add(new Change(pointer, before, after));
    }

    static String shown(JsonNode value) {
        String text = value.toString().replaceAll("\\R", "\\\\n");
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN - 3) + "..." : text;
    }
}
