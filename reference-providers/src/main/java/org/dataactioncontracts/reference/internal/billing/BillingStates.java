package org.dataactioncontracts.reference.internal.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;
import org.dataactioncontracts.reference.internal.ProviderStateException;
import org.dataactioncontracts.reference.internal.ProviderStates;
import org.dataactioncontracts.reference.internal.StateParams;

/**
 * The billing API's provider states. Each setup fully defines the records it names (params first, then the seed
 * record, then fixed defaults); teardown restores the seed. Amounts may be given as {@code "12.50"} or {@code 12.5}.
 */
final class BillingStates {

    static final String HAS_BALANCE = "account {accountNumber} has a balance";
    static final String NOTHING_DUE = "account {accountNumber} has nothing due";
    static final String ACCOUNT_MISSING = "account {accountNumber} does not exist";
    static final String HAS_PAYMENTS = "account {accountNumber} has payments";
    static final String HAS_NO_PAYMENTS = "account {accountNumber} has no payments";
    static final String HAS_OPEN_INVOICES = "account {accountNumber} has open invoices";
    static final String HAS_NO_OPEN_INVOICES = "account {accountNumber} has no open invoices";
    static final String HAS_HISTORY = "account {accountNumber} has an invoice history";
    static final String HAS_NO_HISTORY = "account {accountNumber} has no invoice history";
    static final String CAN_ARRANGE = "account {accountNumber} can set up a payment arrangement";
    static final String HAS_ARRANGEMENT = "account {accountNumber} already has an active payment arrangement";
    static final String PAYMENT_EXISTS = "payment {paymentId} exists";
    static final String PAYMENT_MISSING = "payment {paymentId} does not exist";

    private final BillingStore store;

    private BillingStates(BillingStore store) {
        this.store = store;
    }

    static ProviderStates define(BillingStore store) {
        BillingStates billing = new BillingStates(store);
        return new ProviderStates()
                .define(HAS_BALANCE, billing::balance)
                .define(NOTHING_DUE, billing::nothingDue)
                .define(ACCOUNT_MISSING, billing::accountMissing)
                .define(HAS_PAYMENTS, billing::payments)
                .define(HAS_NO_PAYMENTS, billing::noPayments)
                .define(HAS_OPEN_INVOICES, billing::openInvoices)
                .define(HAS_NO_OPEN_INVOICES, billing::noOpenInvoices)
                .define(HAS_HISTORY, billing::history)
                .define(HAS_NO_HISTORY, billing::noHistory)
                .define(CAN_ARRANGE, billing::canArrange)
                .define(HAS_ARRANGEMENT, billing::hasArrangement)
                .define(PAYMENT_EXISTS, billing::paymentExists)
                .define(PAYMENT_MISSING, billing::paymentMissing);
    }

    /** Params: accountNumber; optional amountDue, currency, dueDate (yyyy-MM-dd), pastDue. */
    private ObjectNode balance(StateParams params) {
        Account base = account(params);
        Account account = new Account(base.accountNumber(),
                params.optionalString("amountDue").map(text -> Money.parse(params.state(), "amountDue", text)).orElse(base.amountDue()),
                params.optionalString("currency").orElse(base.currency()),
                params.optionalString("dueDate").or(() -> Optional.ofNullable(base.dueDate())).orElse("2026-04-15"),
                params.optionalBoolean("pastDue").orElse(base.pastDue()));
        store.putAccount(account);
        return account.balanceJson();
    }

    /** Params: accountNumber; optional currency. Amount 0.00, no due date. */
    private ObjectNode nothingDue(StateParams params) {
        Account base = account(params);
        Account account = new Account(base.accountNumber(), BigDecimal.ZERO, params.optionalString("currency").orElse(base.currency()),
                null, false);
        store.putAccount(account);
        return account.balanceJson();
    }

    /** Params: accountNumber. The account and everything on it removed. */
    private ObjectNode accountMissing(StateParams params) {
        return ProviderStates.removed(params, "accountNumber", store::removeAccount);
    }

    /**
     * Params: accountNumber; optional paymentId, amount, currency, paidAt (ISO 8601 UTC), method (CARD, DIRECT_DEBIT,
     * BANK_TRANSFER), status. The payment becomes the account's most recent one.
     */
    private ObjectNode payments(StateParams params) {
        Account account = account(params);
        Payment base = store.payments(account.accountNumber()).stream().findFirst().orElseGet(() -> new Payment(
                "PAY-9" + digits(account.accountNumber()), account.accountNumber(), new BigDecimal("25.00"), account.currency(),
                "2026-03-01T09:00:00Z", "CARD", "SETTLED", null));
        String method = oneOf(params, "method", Payment.METHODS, base.method());
        String status = oneOf(params, "status", Payment.STATUSES, base.status());
        Payment payment = new Payment(params.optionalString("paymentId").orElse(base.paymentId()), account.accountNumber(),
                params.optionalString("amount").map(text -> Money.parse(params.state(), "amount", text)).orElse(base.amount()),
                params.optionalString("currency").orElse(base.currency()),
                params.optionalString("paidAt").orElse(base.createdAt()), method, status,
                status.equals("FAILED") ? params.optionalString("failureReason").orElse("card_declined") : null);
        store.putPayment(payment);
        return payment.pageJson();
    }

    /** Params: accountNumber. The account exists without payments: {@code data: []}. */
    private ObjectNode noPayments(StateParams params) {
        Account account = account(params);
        store.replacePayments(account.accountNumber(), List.of());
        ObjectNode used = Json.object();
        used.put("accountNumber", account.accountNumber());
        used.putArray("data");
        return used;
    }

    /**
     * Params: accountNumber; optional invoiceNumbers, amountsDue and dueDates (arrays or comma-separated, same length,
     * oldest due first). Replaces the account's open invoices; without invoiceNumbers the seed ones stay, or one is made.
     */
    private ObjectNode openInvoices(StateParams params) {
        Account account = account(params);
        String accountNumber = account.accountNumber();
        List<Invoice> paid = store.invoices(accountNumber).stream().filter(invoice -> !invoice.isOpen()).toList();
        List<Invoice> open = new ArrayList<>(store.invoices(accountNumber).stream().filter(Invoice::isOpen).toList());
        Optional<List<String>> numbers = params.optionalStrings("invoiceNumbers");
        if (numbers.isPresent() || open.isEmpty()) {
            List<String> invoiceNumbers = numbers.orElse(List.of("INV-9" + digits(accountNumber)));
            List<String> amounts = sameLength(params, "amountsDue", invoiceNumbers.size(), Money.text(account.amountDue()));
            List<String> dueDates = sameLength(params, "dueDates", invoiceNumbers.size(), "2026-04-15");
            open.clear();
            for (int i = 0; i < invoiceNumbers.size(); i++) {
                BigDecimal amount = Money.parse(params.state(), "amountsDue", amounts.get(i));
                open.add(new Invoice(invoiceNumbers.get(i), "2026-03-01", dueDates.get(i), amount, amount, "OPEN"));
            }
        }
        List<Invoice> all = new ArrayList<>(open);
        all.addAll(paid);
        store.replaceInvoices(accountNumber, all);
        ObjectNode used = Json.object();
        used.put("accountNumber", accountNumber);
        ArrayNode list = used.putArray("invoiceNumbers");
        open.forEach(invoice -> list.add(invoice.invoiceNumber()));
        return used;
    }

    /** Params: accountNumber. Every invoice of the account is paid. */
    private ObjectNode noOpenInvoices(StateParams params) {
        Account account = account(params);
        store.replaceInvoices(account.accountNumber(), store.invoices(account.accountNumber()).stream()
                .map(i -> new Invoice(i.invoiceNumber(), i.issuedOn(), i.dueDate(), i.total(), BigDecimal.ZERO, "PAID")).toList());
        ObjectNode used = Json.object();
        used.put("accountNumber", account.accountNumber());
        used.putArray("invoiceNumbers");
        return used;
    }

    /**
     * Params: accountNumber; optional invoiceNumbers, issuedOn, totals, statuses (PAID, OPEN, OVERDUE), same length,
     * most recent first. Replaces the account's invoices; without invoiceNumbers the seed ones stay, or one is made.
     */
    private ObjectNode history(StateParams params) {
        Account account = account(params);
        String accountNumber = account.accountNumber();
        Optional<List<String>> numbers = params.optionalStrings("invoiceNumbers");
        if (numbers.isPresent() || store.invoices(accountNumber).isEmpty()) {
            List<String> invoiceNumbers = numbers.orElse(List.of("INV-9" + digits(accountNumber)));
            List<String> issuedOn = sameLength(params, "issuedOn", invoiceNumbers.size(), "2026-03-01");
            List<String> totals = sameLength(params, "totals", invoiceNumbers.size(), "30.00");
            List<String> statuses = sameLength(params, "statuses", invoiceNumbers.size(), "PAID");
            List<Invoice> invoices = new ArrayList<>();
            for (int i = 0; i < invoiceNumbers.size(); i++) {
                if (!Invoice.STATUSES.contains(statuses.get(i))) {
                    throw new ProviderStateException("provider state '" + params.state() + "' param 'statuses' must hold "
                            + String.join(", ", Invoice.STATUSES) + ", got '" + statuses.get(i) + "'");
                }
                BigDecimal total = Money.parse(params.state(), "totals", totals.get(i));
                invoices.add(new Invoice(invoiceNumbers.get(i), issuedOn.get(i), issuedOn.get(i), total,
                        statuses.get(i).equals("PAID") ? BigDecimal.ZERO : total, statuses.get(i)));
            }
            store.replaceInvoices(accountNumber, invoices);
        }
        ObjectNode used = Json.object();
        used.put("accountNumber", accountNumber);
        ArrayNode list = used.putArray("invoiceNumbers");
        store.invoices(accountNumber).forEach(invoice -> list.add(invoice.invoiceNumber()));
        return used;
    }

    /** Params: accountNumber. The account exists with no invoices: the history is {@code []}. */
    private ObjectNode noHistory(StateParams params) {
        Account account = account(params);
        store.replaceInvoices(account.accountNumber(), List.of());
        ObjectNode used = Json.object();
        used.put("accountNumber", account.accountNumber());
        used.putArray("invoiceNumbers");
        return used;
    }

    /**
     * Params: accountNumber; optional amountDue (what the installments split) and arrangementId (the id the next
     * arrangement gets). No arrangement is active.
     */
    private ObjectNode canArrange(StateParams params) {
        Account base = account(params);
        BigDecimal amountDue = params.optionalString("amountDue").map(text -> Money.parse(params.state(), "amountDue", text))
                .orElse(base.amountDue().signum() > 0 ? base.amountDue() : new BigDecimal("120.00"));
        Account account = new Account(base.accountNumber(), amountDue, base.currency(),
                base.dueDate() == null ? "2026-04-15" : base.dueDate(), base.pastDue());
        store.putAccount(account);
        store.removeArrangement(account.accountNumber());
        params.optionalString("arrangementId").ifPresent(id -> store.nextArrangementId(account.accountNumber(), id));
        ObjectNode used = account.balanceJson();
        params.optionalString("arrangementId").ifPresent(id -> used.put("arrangementId", id));
        return used;
    }

    /** Params: accountNumber; optional arrangementId. An arrangement is active, so a new one is refused (409). */
    private ObjectNode hasArrangement(StateParams params) {
        Account account = account(params);
        Arrangement existing = store.activeArrangement(account.accountNumber()).orElseGet(() -> new Arrangement(
                "PA-4" + digits(account.accountNumber()), account.accountNumber(), 3, new BigDecimal("30.00"), "2026-03-01"));
        Arrangement arrangement = new Arrangement(params.optionalString("arrangementId").orElse(existing.arrangementId()),
                account.accountNumber(), existing.installments(), existing.installmentAmount(), existing.firstPaymentDate());
        store.putArrangement(arrangement);
        return arrangement.toJson();
    }

    /** Params: paymentId; optional accountNumber, status, amount, currency, failureReason (FAILED only). */
    private ObjectNode paymentExists(StateParams params) {
        String paymentId = params.string("paymentId");
        Payment base = store.payment(paymentId).orElseGet(() -> new Payment(paymentId, "ACC-100234", new BigDecimal("25.00"), "EUR",
                "2026-03-01T09:00:00Z", "CARD", "SETTLED", null));
        String accountNumber = params.optionalString("accountNumber").orElse(base.accountNumber());
        if (store.account(accountNumber).isEmpty()) {
            store.putAccount(new Account(accountNumber, BigDecimal.ZERO, base.currency(), null, false));
        }
        String status = oneOf(params, "status", Payment.STATUSES, base.status());
        Optional<String> reason = params.optionalString("failureReason");
        if (reason.isPresent() && !status.equals("FAILED")) {
            throw new ProviderStateException("provider state '" + params.state() + "' param 'failureReason' needs status FAILED, got "
                    + status);
        }
        Payment payment = new Payment(paymentId, accountNumber,
                params.optionalString("amount").map(text -> Money.parse(params.state(), "amount", text)).orElse(base.amount()),
                params.optionalString("currency").orElse(base.currency()), base.createdAt(), base.method(), status,
                status.equals("FAILED") ? reason.orElse(base.failureReason() == null ? "card_declined" : base.failureReason()) : null);
        store.putPayment(payment);
        return payment.statusJson();
    }

    /** Params: paymentId. */
    private ObjectNode paymentMissing(StateParams params) {
        return ProviderStates.removed(params, "paymentId", store::removePayment);
    }

    /** The account the params name: the stored one, else a new one with 12.50 EUR due. */
    private Account account(StateParams params) {
        String accountNumber = params.string("accountNumber");
        return store.account(accountNumber).orElseGet(() -> {
            Account created = new Account(accountNumber, new BigDecimal("12.50"), "EUR", "2026-04-15", false);
            store.putAccount(created);
            return created;
        });
    }

    private static String oneOf(StateParams params, String name, List<String> allowed, String fallback) {
        String value = params.optionalString(name).orElse(fallback);
        if (!allowed.contains(value)) {
            throw new ProviderStateException("provider state '" + params.state() + "' param '" + name + "' must be one of "
                    + String.join(", ", allowed) + ", got '" + value + "'");
        }
        return value;
    }

    private static List<String> sameLength(StateParams params, String name, int size, String fallback) {
        Optional<List<String>> values = params.optionalStrings(name);
        if (values.isEmpty()) {
            return Collections.nCopies(size, fallback);
        }
        if (values.get().size() != size) {
            throw new ProviderStateException("provider state '" + params.state() + "' param '" + name + "' has "
                    + values.get().size() + " values, 'invoiceNumbers' has " + size);
        }
        return values.get();
    }

    private static String digits(String text) {
        String digits = text.replaceAll("\\D", "");
        String tail = digits.length() > 4 ? digits.substring(digits.length() - 4) : digits;
        return tail.isEmpty() ? "0" : tail;
    }
}
