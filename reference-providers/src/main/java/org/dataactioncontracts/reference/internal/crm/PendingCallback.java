package org.dataactioncontracts.reference.internal.crm;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * A callback request queued through the legacy callback endpoint.
 *
 * @param id            callback id, e.g. {@code CB-8001}
 * @param customerId    the customer who asked
 * @param phone         E.164 number to call back; one pending callback per number
 * @param preferredTime {@code ASAP} or an ISO-8601 instant
 * @param reason        free text from the IVR or bot
 * @param queuePosition 1 = next in line
 */
record PendingCallback(String id, String customerId, String phone, String preferredTime, String reason,
                       int queuePosition) {

    /** The legacy endpoint's answer for a queued callback. */
    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("callbackId", id);
        json.put("customerId", customerId);
        json.put("status", "QUEUED");
        json.put("queuePosition", queuePosition);
        json.put("preferredTime", preferredTime);
        return json;
    }
}
