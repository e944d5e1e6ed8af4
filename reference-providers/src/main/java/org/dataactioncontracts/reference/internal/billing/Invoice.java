package org.dataactioncontracts.reference.internal.billing;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * An invoice of a billing account.
 *
 * @param invoiceNumber e.g. {@code INV-2026-0042}
 * @param issuedOn      yyyy-MM-dd
 * @param dueDate       yyyy-MM-dd
 * @param total         invoice total, two decimals
 * @param amountDue     what is still unpaid, two decimals
 * @param status        {@code PAID}, {@code OPEN} or {@code OVERDUE}
 */
record Invoice(String invoiceNumber, String issuedOn, String dueDate, BigDecimal total, BigDecimal amountDue, String status) {

    static final List<String> STATUSES = List.of("PAID", "OPEN", "OVERDUE");

    boolean isOpen() {
        return !status.equals("PAID");
    }

    /** An element of {@code GET /v3/accounts/{accountNumber}/invoices?status=open}. */
    ObjectNode openJson() {
        ObjectNode json = Json.object();
        json.put("invoiceNumber", invoiceNumber);
        json.put("amountDue", Money.text(amountDue));
        json.put("dueDate", dueDate);
        json.put("status", status);
        return json;
    }

    /** An element of the top-level array of {@code GET /v3/accounts/{accountNumber}/invoices/history}. */
    ObjectNode historyJson() {
        ObjectNode json = Json.object();
        json.put("invoiceNumber", invoiceNumber);
        json.put("issuedOn", issuedOn);
        json.put("total", Money.text(total));
        json.put("status", status);
        return json;
    }
}
