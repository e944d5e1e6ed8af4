package org.dataactioncontracts.reference.internal.billing;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * A payment arrangement: the amount due split into monthly installments.
 *
 * @param arrangementId     e.g. {@code PA-50017}
 * @param accountNumber     the account
 * @param installments      2 to 12
 * @param installmentAmount two decimals
 * @param firstPaymentDate  yyyy-MM-dd
 */
record Arrangement(String arrangementId, String accountNumber, int installments, BigDecimal installmentAmount,
                   String firstPaymentDate) {

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("arrangementId", arrangementId);
        json.put("accountNumber", accountNumber);
        json.put("status", "ACTIVE");
        json.put("installments", installments);
        json.put("installmentAmount", Money.text(installmentAmount));
        json.put("firstPaymentDate", firstPaymentDate);
        return json;
    }
}
