package org.dataactioncontracts.reference.internal.crm;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * A contact-preference record in the legacy CRM's shape (upper-case codes, flags as Y/N, times as HHmm).
 *
 * @param customerId CUST_ID
 * @param channels   CHANNEL entries in storage order (not rank order)
 * @param langCd     LANG_CD such as {@code EN_GB}, or null
 * @param dncFlag    DNC_FLAG {@code Y}/{@code N}, or null
 * @param quietFrom  QUIET_FROM such as {@code 2100}, or null
 * @param quietTo    QUIET_TO such as {@code 0800}, or null
 */
public record LegacyPreferences(String customerId, List<Channel> channels, String langCd, String dncFlag,
                                String quietFrom, String quietTo) {

    public LegacyPreferences {
        channels = List.copyOf(channels);
    }

    /**
     * One CHANNEL entry.
     *
     * @param code VOICE, SMS or EMAIL
     * @param rank 1 = most preferred
     */
    public record Channel(String code, int rank) {
    }

    /** The legacy CRM's JSON: {@code {"legacy": {"CUST_ID": …, "PREFS": {…}}}}. */
    ObjectNode toJson() {
        ObjectNode json = Json.object();
        ObjectNode legacy = json.putObject("legacy");
        legacy.put("CUST_ID", customerId);
        ObjectNode prefs = legacy.putObject("PREFS");
        if (!channels.isEmpty()) {
            ArrayNode list = prefs.putArray("CHANNEL");
            channels.forEach(channel -> list.addObject().put("CODE", channel.code()).put("RANK", channel.rank()));
        }
        putIfPresent(prefs, "LANG_CD", langCd);
        putIfPresent(prefs, "DNC_FLAG", dncFlag);
        putIfPresent(prefs, "QUIET_FROM", quietFrom);
        putIfPresent(prefs, "QUIET_TO", quietTo);
        return json;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
