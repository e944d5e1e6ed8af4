package org.dataactioncontracts.reference.internal.crm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.dataactioncontracts.reference.internal.ApiRequest;
import org.dataactioncontracts.reference.internal.ApiResponse;
import org.dataactioncontracts.reference.internal.Json;
import org.dataactioncontracts.reference.internal.RoutedApi;
import org.dataactioncontracts.reference.internal.Routes;

/**
 * The CRM customer API ({@code crm-customer-api}) plus the rewards vendor's loyalty API ({@code loyalty-api}), the
 * providers of the CRM read and CRM write Data Actions; the write endpoints are in {@link CrmWrites}. The preferences endpoint is the legacy CRM record that the CRM adapter
 * middleware forwards to and reshapes (the adapter is a transparent proxy; the reshaping is the JSONata transform).
 *
 * <p>Paths are those the CRM read Data Actions render, minus scheme and host (test harnesses re-base absolute URLs).
 */
public final class CrmApi extends RoutedApi {

    private static final int DEFAULT_SEARCH_LIMIT = 10;
    private static final int MAX_SEARCH_LIMIT = 100;
    private static final int DEFAULT_INTERACTIONS_LIMIT = 5;
    private static final int MAX_INTERACTIONS_LIMIT = 50;

    private final CrmStore store;
    private final CrmWrites writes;

    public CrmApi() {
        this(new CrmStore());
    }

    private CrmApi(CrmStore store) {
        super("crm", CrmStates.define(store), store::reset);
        this.store = store;
        this.writes = new CrmWrites(store);
        routes(
                new Routes.Route("GET", this::lookupByPhone, "api", "v1", "customers"),
                new Routes.Route("GET", this::customerById, "api", "v1", "customers", "*"),
                new Routes.Route("GET", this::cases, "api", "v1", "customers", "*", "cases"),
                new Routes.Route("GET", this::searchByName, "api", "v1", "search", "customers"),
                new Routes.Route("GET", this::loyaltyStatus, "loyalty", "v2", "members", "*", "status"),
                new Routes.Route("GET", this::interactions, "api", "v1", "customers", "*", "interactions"),
                new Routes.Route("GET", this::preferences, "prod", "customers", "*", "preferences"),
                new Routes.Route("POST", writes::createCase, "api", "v1", "cases"),
                new Routes.Route("POST", writes::addNote, "api", "v1", "customers", "*", "notes"),
                new Routes.Route("PATCH", writes::updateCustomer, "api", "v1", "customers", "*"),
                new Routes.Route("PUT", writes::putPreferences, "api", "v1", "customers", "*", "contact-preferences"),
                new Routes.Route("POST", writes::requestCallback, "legacy", "callbacks", "request.do"));
    }

    /** {@code GET /api/v1/customers?phone=…}: a search result, empty when nobody owns the number. */
    private ApiResponse lookupByPhone(ApiRequest request) {
        Optional<String> phone = request.query("phone").filter(value -> !value.isBlank());
        if (phone.isEmpty()) {
            return ApiResponse.badRequest("query parameter 'phone' is required");
        }
        List<Customer> found = store.customersWithPhone(phone.get());
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        found.forEach(customer -> results.add(customer.toJson()));
        body.put("total", found.size());
        return ApiResponse.ok(body);
    }

    /** {@code GET /api/v1/customers/{customerId}}. */
    private ApiResponse customerById(ApiRequest request) {
        String customerId = request.segments().get(3);
        return store.customer(customerId)
                .map(customer -> ApiResponse.ok(customer.toJson()))
                .orElseGet(() -> unknownCustomer(customerId));
    }

    /** {@code GET /api/v1/customers/{customerId}/cases[?status=open|closed]}, most recent first. */
    private ApiResponse cases(ApiRequest request) {
        String customerId = request.segments().get(3);
        if (store.customer(customerId).isEmpty()) {
            return unknownCustomer(customerId);
        }
        Optional<String> status = request.query("status");
        if (status.isPresent() && !status.get().equals("open") && !status.get().equals("closed")) {
            return ApiResponse.badRequest("query parameter 'status' must be 'open' or 'closed', got '" + status.get() + "'");
        }
        List<SupportCase> selected = store.cases(customerId).stream()
                .filter(supportCase -> status.isEmpty() || supportCase.status().equals(status.get()))
                .toList();
        ObjectNode body = Json.object();
        body.put("customerId", customerId);
        ArrayNode list = body.putArray("cases");
        selected.forEach(supportCase -> list.add(supportCase.toJson()));
        body.put("total", selected.size());
        return ApiResponse.ok(body);
    }

    /** {@code GET /api/v1/search/customers?q=…[&limit=N]}: name contains q, exact matches first. */
    private ApiResponse searchByName(ApiRequest request) {
        Optional<String> query = request.query("q").map(String::trim).filter(value -> !value.isEmpty());
        if (query.isEmpty()) {
            return ApiResponse.badRequest("query parameter 'q' is required");
        }
        int limit = DEFAULT_SEARCH_LIMIT;
        Optional<String> limitText = request.query("limit");
        if (limitText.isPresent()) {
            if (!limitText.get().matches("\\d{1,3}") || Integer.parseInt(limitText.get()) < 1
                    || Integer.parseInt(limitText.get()) > MAX_SEARCH_LIMIT) {
                return ApiResponse.badRequest("query parameter 'limit' must be 1 to " + MAX_SEARCH_LIMIT
                        + ", got '" + limitText.get() + "'");
            }
            limit = Integer.parseInt(limitText.get());
        }
        List<Customer> matches = store.customersNamed(query.get());
        ObjectNode body = Json.object();
        body.put("query", query.get());
        ArrayNode list = body.putArray("customers");
        matches.stream().limit(limit).forEach(customer -> list.addObject()
                .put("customerId", customer.customerId())
                .put("fullName", customer.fullName())
                .put("accountTier", customer.accountTier())
                .put("exactMatch", customer.fullName().equalsIgnoreCase(query.get())));
        body.put("total", matches.size());
        return ApiResponse.ok(body);
    }

    /** {@code GET /loyalty/v2/members/{customerId}/status}; needs any non-empty {@code x-api-key}. */
    private ApiResponse loyaltyStatus(ApiRequest request) {
        if (request.header("x-api-key").filter(key -> !key.isBlank()).isEmpty()) {
            return ApiResponse.error(401, "Unauthorized", "missing x-api-key header");
        }
        String customerId = request.segments().get(3);
        return store.loyaltyMember(customerId)
                .map(member -> ApiResponse.ok(member.toJson()))
                .orElseGet(() -> ApiResponse.notFound("customer '" + customerId + "' is not a loyalty member"));
    }

    /**
     * {@code GET /api/v1/customers/{customerId}/interactions[?limit=N]}: recent interactions, most recent first;
     * {@code total} counts them all, the list holds at most {@code limit} (default 5).
     */
    private ApiResponse interactions(ApiRequest request) {
        String customerId = request.segments().get(3);
        if (store.customer(customerId).isEmpty()) {
            return unknownCustomer(customerId);
        }
        int limit = DEFAULT_INTERACTIONS_LIMIT;
        Optional<String> limitText = request.query("limit");
        if (limitText.isPresent()) {
            if (!limitText.get().matches("\\d{1,2}") || Integer.parseInt(limitText.get()) < 1
                    || Integer.parseInt(limitText.get()) > MAX_INTERACTIONS_LIMIT) {
                return ApiResponse.badRequest("query parameter 'limit' must be 1 to " + MAX_INTERACTIONS_LIMIT
                        + ", got '" + limitText.get() + "'");
            }
            limit = Integer.parseInt(limitText.get());
        }
        List<Interaction> all = store.interactions(customerId);
        ObjectNode body = Json.object();
        body.put("customerId", customerId);
        ArrayNode list = body.putArray("interactions");
        all.stream().limit(limit).forEach(interaction -> list.add(interaction.toJson()));
        body.put("total", all.size());
        return ApiResponse.ok(body);
    }

    /**
     * {@code GET /prod/customers/{customerId}/preferences}: the legacy CRM record
     * ({@code {"legacy": {"CUST_ID": …, "PREFS": {…}}}}). The CRM adapter forwards the Data Action's request here
     * unchanged and reshapes this body with {@code Get-Customer-Preferences.jsonata}.
     */
    private ApiResponse preferences(ApiRequest request) {
        String customerId = request.segments().get(2);
        return store.preferences(customerId)
                .map(record -> ApiResponse.ok(record.toJson()))
                .orElseGet(() -> noPreferences(customerId));
    }

    private static ApiResponse unknownCustomer(String customerId) {
        return ApiResponse.notFound("no customer with id '" + customerId + "'");
    }

    private static ApiResponse noPreferences(String customerId) {
        return ApiResponse.notFound("no contact preferences for customer '" + customerId + "'");
    }

}
