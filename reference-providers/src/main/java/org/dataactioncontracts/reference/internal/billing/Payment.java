package org.dataactioncontracts.reference.internal.billing;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * A payment on a billing account.
 *
 * @param paymentId     e.g. {@code PAY-88120}
 * @param accountNumber the account paid
 * @param amount        two decimals
 * @param currency      ISO 4217
 * @param createdAt     ISO 8601 UTC
 * @param method        {@code CARD}, {@code DIRECT_DEBIT} or {@code BANK_TRANSFER}
 * @param status        {@code PENDING}, {@code SETTLED}, {@code FAILED} or {@code REFUNDED}
 * @param failureReason why it failed, or {@code null} (left out of the JSON)
 */
record Payment(String paymentId, String accountNumber, BigDecimal amount, String currency, String createdAt, String method,
               String status, String failureReason) {

    static final List<String> STATUSES = List.of("PENDING", "SETTLED", "FAILED", "REFUNDED");
    static final List<String> METHODS = List.of("CARD", "DIRECT_DEBIT", "BANK_TRANSFER");

    /** An element of the vendor's payments page ({@code GET /v3/accounts/{accountNumber}/payments}). */
    ObjectNode pageJson() {
        ObjectNode json = Json.object();
        json.put("id", paymentId);
        ObjectNode money = json.putObject("amount");
        money.put("value", Money.text(amount));
        money.put("currency", currency);
        json.put("status", status);
        json.put("created_at", createdAt);
        json.putObject("payment_method").put("type", method);
        return json;
    }

    /** {@code GET /v3/payments/{paymentId}}. */
    ObjectNode statusJson() {
        ObjectNode json = Json.object();
        json.put("paymentId", paymentId);
        json.put("accountNumber", accountNumber);
        json.put("status", status);
        json.put("amount", Money.text(amount));
        json.put("currency", currency);
        if (failureReason != null) {
            json.put("failureReason", failureReason);
        }
        json.put("createdAt", createdAt);
        return json;
    }
}
