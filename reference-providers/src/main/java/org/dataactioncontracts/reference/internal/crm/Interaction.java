package org.dataactioncontracts.reference.internal.crm;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * A past contact of a customer with the contact centre.
 *
 * @param id         interaction id, e.g. {@code IX-7001}
 * @param customerId the customer contacted
 * @param channel    {@code voice}, {@code chat}, {@code email} or {@code sms}
 * @param direction  {@code inbound} or {@code outbound}
 * @param startedAt  ISO-8601 instant; interactions are listed most recent first
 * @param agentName  the agent who handled it
 * @param wrapUpCode the agent's wrap-up code
 */
public record Interaction(String id, String customerId, String channel, String direction, String startedAt,
                          String agentName, String wrapUpCode) {

    /** The channels the CRM records. */
    static final Set<String> CHANNELS = Set.of("voice", "chat", "email", "sms");

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("channel", channel);
        json.put("direction", direction);
        json.put("startedAt", startedAt);
        json.put("agentName", agentName);
        json.put("wrapUpCode", wrapUpCode);
        return json;
    }
}
