package org.dataactioncontracts.reference.internal.billing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dataactioncontracts.reference.internal.ApiRequest;
import org.dataactioncontracts.reference.internal.ApiResponse;
import org.dataactioncontracts.reference.internal.Json;
import org.dataactioncontracts.reference.internal.RoutedApi;
import org.dataactioncontracts.reference.internal.Routes;

/**
 * The billing vendor's API ({@code billing-api}), the provider of the billing Data Actions: balance, payments,
 * invoices, payment arrangements. A third party's API, so its shapes are the vendor's (a Stripe-like payments page,
 * a top-level array for the invoice history). Every endpoint needs a non-empty {@code X-Api-Key}.
 *
 * <p>The payments page is also what the billing adapter (middleware) forwards to unchanged and reshapes with
 * {@code billing-contracts/data-actions/middleware/Get-Last-Payment.jsonata}.
 */
public final class BillingApi extends RoutedApi {

    private static final int DEFAULT_PAGE_LIMIT = 10;
    private static final int MAX_PAGE_LIMIT = 100;
    private static final int MIN_INSTALLMENTS = 2;
    private static final int MAX_INSTALLMENTS = 12;

    private final BillingStore store;

    public BillingApi() {
        this(new BillingStore());
    }

    private BillingApi(BillingStore store) {
        super("billing", BillingStates.define(store), store::reset);
        this.store = store;
        routes(
                new Routes.Route("GET", this::balance, "v3", "accounts", "*", "balance"),
                new Routes.Route("GET", this::payments, "v3", "accounts", "*", "payments"),
                new Routes.Route("GET", this::openInvoices, "v3", "accounts", "*", "invoices"),
                new Routes.Route("GET", this::invoiceHistory, "v3", "accounts", "*", "invoices", "history"),
                new Routes.Route("POST", this::createArrangement, "v3", "accounts", "*", "payment-arrangements"),
                new Routes.Route("GET", this::paymentStatus, "v3", "payments", "*"));
    }

    /** Every endpoint needs a non-empty {@code X-Api-Key}. */
    @Override
    protected Optional<ApiResponse> guard(ApiRequest request) {
        return request.header("x-api-key").filter(key -> !key.isBlank()).isPresent() ? Optional.empty()
                : Optional.of(ApiResponse.error(401, "Unauthorized", "missing X-Api-Key header"));
    }

    /** {@code GET /v3/accounts/{accountNumber}/balance}. */
    private ApiResponse balance(ApiRequest request) {
        String accountNumber = request.segments().get(2);
        return store.account(accountNumber)
                .map(account -> ApiResponse.ok(account.balanceJson()))
                .orElseGet(() -> unknownAccount(accountNumber));
    }

    /** {@code GET /v3/accounts/{accountNumber}/payments[?limit=N]}: the vendor's page, most recent first. */
    private ApiResponse payments(ApiRequest request) {
        String accountNumber = request.segments().get(2);
        if (store.account(accountNumber).isEmpty()) {
            return unknownAccount(accountNumber);
        }
        Optional<Integer> limit = limit(request);
        if (limit.isEmpty()) {
            return ApiResponse.badRequest("query parameter 'limit' must be 1 to " + MAX_PAGE_LIMIT + ", got '"
                    + request.query("limit").orElse("") + "'");
        }
        List<Payment> all = store.payments(accountNumber);
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        all.stream().limit(limit.get()).forEach(payment -> data.add(payment.pageJson()));
        body.put("has_more", all.size() > limit.get());
        return ApiResponse.ok(body);
    }

    /** {@code GET /v3/accounts/{accountNumber}/invoices[?status=open]}: unpaid invoices, oldest due first. */
    private ApiResponse openInvoices(ApiRequest request) {
        String accountNumber = request.segments().get(2);
        if (store.account(accountNumber).isEmpty()) {
            return unknownAccount(accountNumber);
        }
        Optional<String> status = request.query("status");
        if (status.isPresent() && !status.get().equals("open")) {
            return ApiResponse.badRequest("query parameter 'status' supports 'open' only, got '" + status.get() + "'");
        }
        List<Invoice> open = store.invoices(accountNumber).stream().filter(Invoice::isOpen)
                .sorted(Comparator.comparing(Invoice::dueDate)).toList();
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("invoices");
        open.forEach(invoice -> list.add(invoice.openJson()));
        body.put("total", open.size());
        return ApiResponse.ok(body);
    }

    /** {@code GET /v3/accounts/{accountNumber}/invoices/history[?limit=N]}: a top-level array, most recent first. */
    private ApiResponse invoiceHistory(ApiRequest request) {
        String accountNumber = request.segments().get(2);
        if (store.account(accountNumber).isEmpty()) {
            return unknownAccount(accountNumber);
        }
        Optional<Integer> limit = limit(request);
        if (limit.isEmpty()) {
            return ApiResponse.badRequest("query parameter 'limit' must be 1 to " + MAX_PAGE_LIMIT + ", got '"
                    + request.query("limit").orElse("") + "'");
        }
        ArrayNode body = Json.array();
        store.invoices(accountNumber).stream().limit(limit.get()).forEach(invoice -> body.add(invoice.historyJson()));
        return new ApiResponse(200, body);
    }

    /**
     * {@code POST /v3/accounts/{accountNumber}/payment-arrangements} with {@code {"installments": n, "firstPaymentDate":
     * "yyyy-MM-dd"}}: 201 with the arrangement; 409 when one is active; 422 for 2–12 installments violated or a bad date.
     */
    private ApiResponse createArrangement(ApiRequest request) {
        String accountNumber = request.segments().get(2);
        Optional<Account> account = store.account(accountNumber);
        if (account.isEmpty()) {
            return unknownAccount(accountNumber);
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(request.body());
        } catch (JacksonException e) {
            return ApiResponse.badRequest("request body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            return ApiResponse.badRequest("request body must be a JSON object with installments and firstPaymentDate");
        }
        Optional<Arrangement> active = store.activeArrangement(accountNumber);
        if (active.isPresent()) {
            return ApiResponse.error(409, "Conflict", "account '" + accountNumber + "' already has the active payment arrangement '"
                    + active.get().arrangementId() + "'");
        }
        JsonNode installments = body.path("installments");
        if (!installments.isIntegralNumber() || installments.asInt() < MIN_INSTALLMENTS || installments.asInt() > MAX_INSTALLMENTS) {
            return unprocessable("installments must be " + MIN_INSTALLMENTS + " to " + MAX_INSTALLMENTS + ", got "
                    + (installments.isMissingNode() ? "nothing" : installments.toString()));
        }
        String firstPaymentDate = body.path("firstPaymentDate").asText("");
        try {
            LocalDate.parse(firstPaymentDate);
        } catch (DateTimeParseException e) {
            return unprocessable("firstPaymentDate must be a date like 2026-04-01, got '" + firstPaymentDate + "'");
        }
        BigDecimal installmentAmount = account.get().amountDue()
                .divide(BigDecimal.valueOf(installments.asInt()), 2, RoundingMode.UP);
        Arrangement arrangement = new Arrangement(store.takeArrangementId(accountNumber), accountNumber, installments.asInt(),
                installmentAmount, firstPaymentDate);
        store.putArrangement(arrangement);
        return new ApiResponse(201, arrangement.toJson());
    }

    /** {@code GET /v3/payments/{paymentId}}. */
    private ApiResponse paymentStatus(ApiRequest request) {
        String paymentId = request.segments().get(2);
        return store.payment(paymentId)
                .map(payment -> ApiResponse.ok(payment.statusJson()))
                .orElseGet(() -> ApiResponse.notFound("no payment '" + paymentId + "'"));
    }

    /** The {@code limit} query parameter (default 10), empty when it is not 1 to 100. */
    private static Optional<Integer> limit(ApiRequest request) {
        Optional<String> text = request.query("limit");
        if (text.isEmpty()) {
            return Optional.of(DEFAULT_PAGE_LIMIT);
        }
        if (!text.get().matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text.get());
        return value >= 1 && value <= MAX_PAGE_LIMIT ? Optional.of(value) : Optional.empty();
    }

    private static ApiResponse unknownAccount(String accountNumber) {
        return ApiResponse.notFound("no billing account '" + accountNumber + "'");
    }

    private static ApiResponse unprocessable(String message) {
        return ApiResponse.error(422, "Unprocessable Entity", message);
    }

}
