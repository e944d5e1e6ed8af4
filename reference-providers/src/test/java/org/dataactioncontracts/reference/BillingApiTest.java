package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The billing vendor's API (`--api billing`) over a real socket, on its seed data. */
class BillingApiTest {

    private static final String[] KEY = {"X-Api-Key", "any-test-key"};

    @RegisterExtension
    final ProviderUnderTest billing = ProviderUnderTest.api("billing");

    @Test
    void balanceGivesTheAmountAsATwoDecimalStringAndAsANumber() {
        HttpTestClient.Reply reply = billing.http().get("/v3/accounts/ACC-100234/balance", KEY);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.raw()).contains("\"amountDue\":\"12.50\"", "\"amountDueValue\":12.50");
        assertThat(reply.json().path("currency").asText()).isEqualTo("EUR");
        assertThat(reply.json().path("dueDate").asText()).isEqualTo("2026-04-15");
        assertThat(reply.json().path("pastDue").booleanValue()).isFalse();
    }

    @Test
    void accountWithNothingDueHasNoDueDateField() {
        HttpTestClient.Reply reply = billing.http().get("/v3/accounts/ACC-100235/balance", KEY);

        assertThat(reply.raw()).contains("\"amountDue\":\"0.00\"", "\"amountDueValue\":0.00");
        assertThat(reply.json().has("dueDate")).isFalse();
    }

    @Test
    void unknownAccountIsA404NamingIt() {
        HttpTestClient.Reply reply = billing.http().get("/v3/accounts/ACC-000000/balance", KEY);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).isEqualTo("no billing account 'ACC-000000'");
    }

    @Test
    void missingApiKeyIsA401() {
        HttpTestClient.Reply reply = billing.http().get("/v3/accounts/ACC-100234/balance");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("message").asText()).isEqualTo("missing X-Api-Key header");
    }

    @Test
    void paymentsPageIsTheVendorsShapeMostRecentFirst() {
        HttpTestClient.Reply reply = billing.http().get("/v3/accounts/ACC-100234/payments?limit=1", KEY);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data")).hasSize(1);
        assertThat(reply.json().at("/data/0/id").asText()).isEqualTo("PAY-88120");
        assertThat(reply.json().at("/data/0/amount/value").asText()).isEqualTo("40.00");
        assertThat(reply.json().at("/data/0/payment_method/type").asText()).isEqualTo("CARD");
        assertThat(reply.json().path("has_more").booleanValue()).isTrue();
    }

    @Test
    void openInvoicesLeaveOutPaidOnes() {
        HttpTestClient.Reply reply = billing.http().get("/v3/accounts/ACC-100234/invoices?status=open", KEY);

        assertThat(reply.json().path("total").intValue()).isEqualTo(1);
        assertThat(reply.json().at("/invoices/0/invoiceNumber").asText()).isEqualTo("INV-2026-0042");
        assertThat(reply.json().at("/invoices/0/amountDue").asText()).isEqualTo("12.50");
    }

    @Test
    void invoiceStatusOtherThanOpenIsABadRequest() {
        HttpTestClient.Reply reply = billing.http().get("/v3/accounts/ACC-100234/invoices?status=paid", KEY);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).isEqualTo("query parameter 'status' supports 'open' only, got 'paid'");
    }

    @Test
    void invoiceHistoryIsATopLevelArray() {
        HttpTestClient.Reply reply = billing.http().get("/v3/accounts/ACC-100234/invoices/history?limit=12", KEY);

        assertThat(reply.json().isArray()).isTrue();
        assertThat(reply.json()).hasSize(2);
        assertThat(reply.json().get(1).path("total").asText()).isEqualTo("30.00");
        assertThat(reply.json().get(1).path("status").asText()).isEqualTo("PAID");
    }

    @Test
    void arrangementSplitsTheAmountDueAndASecondOneIsAConflict() {
        HttpTestClient.Reply created = billing.http().post("/v3/accounts/ACC-100236/payment-arrangements",
                "{\"installments\": 3, \"firstPaymentDate\": \"2026-04-01\", \"channel\": \"ivr\"}", KEY);
        HttpTestClient.Reply second = billing.http().post("/v3/accounts/ACC-100236/payment-arrangements",
                "{\"installments\": 3, \"firstPaymentDate\": \"2026-04-01\"}", KEY);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.json().path("installmentAmount").asText()).isEqualTo("80.00");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("message").asText()).isEqualTo("account 'ACC-100236' already has the active payment arrangement '"
                + created.json().path("arrangementId").asText() + "'");
    }

    @Test
    void arrangementOutsideTwoToTwelveInstallmentsIsUnprocessable() {
        HttpTestClient.Reply reply = billing.http().post("/v3/accounts/ACC-100236/payment-arrangements",
                "{\"installments\": 24, \"firstPaymentDate\": \"2026-04-01\"}", KEY);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("error").asText()).isEqualTo("Unprocessable Entity");
        assertThat(reply.json().path("message").asText()).isEqualTo("installments must be 2 to 12, got 24");
    }

    @Test
    void arrangementWithAnUnreadableDateIsUnprocessable() {
        HttpTestClient.Reply reply = billing.http().post("/v3/accounts/ACC-100236/payment-arrangements",
                "{\"installments\": 3, \"firstPaymentDate\": \"next month\"}", KEY);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("message").asText()).isEqualTo("firstPaymentDate must be a date like 2026-04-01, got 'next month'");
    }

    @Test
    void arrangementEndpointAcceptsPostOnly() {
        HttpTestClient.Reply reply = billing.http().get("/v3/accounts/ACC-100236/payment-arrangements", KEY);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().path("message").asText()).isEqualTo("/v3/accounts/ACC-100236/payment-arrangements accepts POST only");
    }

    @Test
    void failedPaymentCarriesItsReasonAndASettledOneDoesNot() {
        HttpTestClient.Reply failed = billing.http().get("/v3/payments/PAY-88121", KEY);
        HttpTestClient.Reply settled = billing.http().get("/v3/payments/PAY-88120", KEY);

        assertThat(failed.json().path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.json().path("failureReason").asText()).isEqualTo("card_declined");
        assertThat(settled.json().path("status").asText()).isEqualTo("SETTLED");
        assertThat(settled.json().has("failureReason")).isFalse();
    }
}
