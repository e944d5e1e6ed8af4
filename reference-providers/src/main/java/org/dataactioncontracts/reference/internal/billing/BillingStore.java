package org.dataactioncontracts.reference.internal.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The billing vendor's in-memory data and its seed; every method is synchronized so a verifier and a curl user can
 * share one server.
 */
final class BillingStore {

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    /** Per account, most recent first. */
    private final Map<String, List<Payment>> payments = new LinkedHashMap<>();
    /** Per account, most recent first (history); the open ones are served oldest due first. */
    private final Map<String, List<Invoice>> invoices = new LinkedHashMap<>();
    private final Map<String, Arrangement> activeArrangements = new LinkedHashMap<>();
    /** The id the next arrangement of an account gets (set by a provider state), else a generated one. */
    private final Map<String, String> nextArrangementIds = new LinkedHashMap<>();
    private int arrangementSequence;

    BillingStore() {
        reset();
    }

    /** Replaces everything with the seed data. */
    synchronized void reset() {
        accounts.clear();
        payments.clear();
        invoices.clear();
        activeArrangements.clear();
        nextArrangementIds.clear();
        arrangementSequence = 50_000;
        putAccount(new Account("ACC-100234", new BigDecimal("12.50"), "EUR", "2026-04-15", false));
        putAccount(new Account("ACC-100235", new BigDecimal("0.00"), "EUR", null, false));
        putAccount(new Account("ACC-100236", new BigDecimal("240.00"), "EUR", "2026-02-28", true));
        putAccount(new Account("ACC-100237", new BigDecimal("90.00"), "EUR", "2026-03-31", false));
        replacePayments("ACC-100234", List.of(
                new Payment("PAY-88120", "ACC-100234", new BigDecimal("40.00"), "EUR", "2026-03-02T10:15:00Z", "CARD", "SETTLED", null),
                new Payment("PAY-88121", "ACC-100234", new BigDecimal("12.50"), "EUR", "2026-02-27T08:01:00Z", "CARD", "FAILED",
                        "card_declined")));
        replaceInvoices("ACC-100234", List.of(
                new Invoice("INV-2026-0042", "2026-03-01", "2026-04-15", new BigDecimal("12.50"), new BigDecimal("12.50"), "OPEN"),
                new Invoice("INV-2026-0031", "2026-02-01", "2026-03-15", new BigDecimal("30.00"), BigDecimal.ZERO, "PAID")));
        replaceInvoices("ACC-100236", List.of(
                new Invoice("INV-2026-0017", "2026-01-15", "2026-02-28", new BigDecimal("240.00"), new BigDecimal("240.00"), "OVERDUE")));
        activeArrangements.put("ACC-100237", new Arrangement("PA-40001", "ACC-100237", 3, new BigDecimal("30.00"), "2026-03-01"));
    }

    synchronized Optional<Account> account(String accountNumber) {
        return Optional.ofNullable(accounts.get(accountNumber));
    }

    synchronized void putAccount(Account account) {
        accounts.put(account.accountNumber(), account);
    }

    /** Removes the account with its payments, invoices and arrangement. */
    synchronized void removeAccount(String accountNumber) {
        accounts.remove(accountNumber);
        payments.remove(accountNumber);
        invoices.remove(accountNumber);
        activeArrangements.remove(accountNumber);
        nextArrangementIds.remove(accountNumber);
    }

    synchronized List<Payment> payments(String accountNumber) {
        return List.copyOf(payments.getOrDefault(accountNumber, List.of()));
    }

    synchronized void replacePayments(String accountNumber, List<Payment> list) {
        payments.put(accountNumber, new ArrayList<>(list));
    }

    synchronized Optional<Payment> payment(String paymentId) {
        return payments.values().stream().flatMap(List::stream).filter(p -> p.paymentId().equals(paymentId)).findFirst();
    }

    /** Adds or replaces a payment by id, as its account's most recent one. */
    synchronized void putPayment(Payment payment) {
        removePayment(payment.paymentId());
        payments.computeIfAbsent(payment.accountNumber(), a -> new ArrayList<>()).add(0, payment);
    }

    synchronized void removePayment(String paymentId) {
        payments.values().forEach(list -> list.removeIf(p -> p.paymentId().equals(paymentId)));
    }

    synchronized List<Invoice> invoices(String accountNumber) {
        return List.copyOf(invoices.getOrDefault(accountNumber, List.of()));
    }

    synchronized void replaceInvoices(String accountNumber, List<Invoice> list) {
        invoices.put(accountNumber, new ArrayList<>(list));
    }

    synchronized Optional<Arrangement> activeArrangement(String accountNumber) {
        return Optional.ofNullable(activeArrangements.get(accountNumber));
    }

    synchronized void putArrangement(Arrangement arrangement) {
        activeArrangements.put(arrangement.accountNumber(), arrangement);
    }

    synchronized void removeArrangement(String accountNumber) {
        activeArrangements.remove(accountNumber);
    }

    synchronized void nextArrangementId(String accountNumber, String arrangementId) {
        nextArrangementIds.put(accountNumber, arrangementId);
    }

    /** The id for a new arrangement of the account: the one a provider state set, else {@code PA-5xxxx}. */
    synchronized String takeArrangementId(String accountNumber) {
        String id = nextArrangementIds.remove(accountNumber);
        return id != null ? id : "PA-" + (++arrangementSequence);
    }
}
