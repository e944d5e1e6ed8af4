package org.dataactioncontracts.reference.internal.crm;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * The CRM adapter middleware in Java: the same reshaping as
 * {@code crm-read-contracts/data-actions/middleware/Get-Customer-Preferences.jsonata}, so the provider can serve
 * what the Data Action actually receives. Keep the two in step.
 */
final class PreferencesAdapter {

    private PreferencesAdapter() {
    }

    static ObjectNode reshape(LegacyPreferences legacy) {
        List<String> channels = legacy.channels().stream()
                .sorted(Comparator.comparingInt(LegacyPreferences.Channel::rank))
                .map(channel -> channel.code().toLowerCase(Locale.ROOT))
                .toList();
        ObjectNode json = Json.object();
        json.put("customerId", legacy.customerId());
        if (!channels.isEmpty()) {
            json.put("preferredChannel", channels.get(0));
        }
        ArrayNode list = json.putArray("channels");
        channels.forEach(list::add);
        if (legacy.langCd() != null) {
            String[] parts = legacy.langCd().split("_", -1);
            json.put("language", parts[0].toLowerCase(Locale.ROOT) + (parts.length > 1 ? "-" + parts[1] : ""));
        }
        json.put("doNotCall", "Y".equals(legacy.dncFlag()));
        if (legacy.quietFrom() != null && legacy.quietTo() != null) {
            ObjectNode quiet = json.putObject("quietHours");
            quiet.put("start", hhmm(legacy.quietFrom()));
            quiet.put("end", hhmm(legacy.quietTo()));
        }
        return json;
    }

    private static String hhmm(String legacyTime) {
        return legacyTime.substring(0, Math.min(2, legacyTime.length())) + ":"
                + legacyTime.substring(Math.min(2, legacyTime.length()));
    }
}
