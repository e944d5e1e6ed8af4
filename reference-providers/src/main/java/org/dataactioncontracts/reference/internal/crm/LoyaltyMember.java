package org.dataactioncontracts.reference.internal.crm;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * A member of the rewards vendor's loyalty programme, keyed by CRM customer id.
 *
 * @param customerId         CRM customer id
 * @param memberId           loyalty member number
 * @param tierCode           e.g. {@code GOLD}
 * @param tierName           e.g. {@code Gold}
 * @param pointsBalance      current balance
 * @param pointsExpiringSoon points expiring within 30 days
 * @param memberSince        ISO date
 */
public record LoyaltyMember(String customerId, String memberId, String tierCode, String tierName, int pointsBalance,
                            int pointsExpiringSoon, String memberSince) {

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("memberId", memberId);
        json.put("customerId", customerId);
        ObjectNode tier = json.putObject("tier");
        tier.put("code", tierCode);
        tier.put("name", tierName);
        ObjectNode points = json.putObject("points");
        points.put("balance", pointsBalance);
        points.put("expiringWithin30Days", pointsExpiringSoon);
        json.put("memberSince", memberSince);
        return json;
    }
}
