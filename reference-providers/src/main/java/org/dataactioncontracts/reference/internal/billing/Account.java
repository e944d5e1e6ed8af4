package org.dataactioncontracts.reference.internal.billing;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * A billing account's balance.
 *
 * @param accountNumber e.g. {@code ACC-100234}
 * @param amountDue     two decimals
 * @param currency      ISO 4217
 * @param dueDate       yyyy-MM-dd, or {@code null} when nothing is due (left out of the JSON)
 * @param pastDue       whether the due date has passed
 */
record Account(String accountNumber, BigDecimal amountDue, String currency, String dueDate, boolean pastDue) {

    /** {@code GET /v3/accounts/{accountNumber}/balance}: the amount as a decimal string and as a number. */
    ObjectNode balanceJson() {
        ObjectNode json = Json.object();
        json.put("accountNumber", accountNumber);
        json.put("amountDue", Money.text(amountDue));
        json.put("amountDueValue", Money.cents(amountDue));
        json.put("currency", currency);
        if (dueDate != null) {
            json.put("dueDate", dueDate);
        }
        json.put("pastDue", pastDue);
        return json;
    }
}
