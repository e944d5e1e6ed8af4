package org.dataactioncontracts.reference.internal.crm;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * A support case of a customer.
 *
 * @param id         case id, e.g. {@code CS-5001}
 * @param customerId owning customer
 * @param subject    one-line subject
 * @param status     {@code open} or {@code closed}
 * @param priority   {@code low}, {@code normal} or {@code high}
 * @param openedAt   ISO-8601 instant; cases are listed most recent first
 */
public record SupportCase(String id, String customerId, String subject, String status, String priority,
                          String openedAt) {

    boolean isOpen() {
        return status.equals("open");
    }

    SupportCase closed() {
        return new SupportCase(id, customerId, subject, "closed", priority, openedAt);
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("subject", subject);
        json.put("status", status);
        json.put("priority", priority);
        json.put("openedAt", openedAt);
        return json;
    }
}
