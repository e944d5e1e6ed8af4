package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Provider states and the drift switch of the billing API, over a real socket. */
class BillingProviderStatesTest {

    private static final String[] KEY = {"X-Api-Key", "any-test-key"};

    @RegisterExtension
    final ProviderUnderTest billing = ProviderUnderTest.api("billing");

    @Test
    void balanceStateSetsTheAmountKeepingTwoDecimals() {
        HttpTestClient.Reply setup = billing.http().setup("account {accountNumber} has a balance",
                "{\"accountNumber\": \"ACC-7\", \"amountDue\": 12.5, \"currency\": \"GBP\", \"pastDue\": true}");

        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.json().path("amountDue").asText()).isEqualTo("12.50");
        HttpTestClient.Reply balance = billing.http().get("/v3/accounts/ACC-7/balance", KEY);
        assertThat(balance.raw()).contains("\"amountDue\":\"12.50\"", "\"currency\":\"GBP\"", "\"pastDue\":true");
    }

    @Test
    void teardownRestoresTheSeed() {
        billing.http().setup("account ACC-100234 does not exist", "{}");
        assertThat(billing.http().get("/v3/accounts/ACC-100234/balance", KEY).status()).isEqualTo(404);

        assertThat(billing.http().teardown("account ACC-100234 does not exist").status()).isEqualTo(200);

        assertThat(billing.http().get("/v3/accounts/ACC-100234/balance", KEY).status()).isEqualTo(200);
    }

    @Test
    void paymentsStateMakesThePaymentTheMostRecent() {
        billing.http().setup("account {accountNumber} has payments", "{\"accountNumber\": \"ACC-100234\", \"paymentId\": \"PAY-1\","
                + " \"amount\": \"7.00\", \"method\": \"DIRECT_DEBIT\"}");

        HttpTestClient.Reply page = billing.http().get("/v3/accounts/ACC-100234/payments?limit=1", KEY);
        assertThat(page.json().at("/data/0/id").asText()).isEqualTo("PAY-1");
        assertThat(page.json().at("/data/0/amount/value").asText()).isEqualTo("7.00");
        assertThat(page.json().at("/data/0/payment_method/type").asText()).isEqualTo("DIRECT_DEBIT");
    }

    @Test
    void invoiceHistoryStateWritesTheGivenInvoicesInOrder() {
        billing.http().setup("account {accountNumber} has an invoice history",
                "{\"accountNumber\": \"ACC-9\", \"invoiceNumbers\": [\"I-2\", \"I-1\"],"
                + " \"issuedOn\": [\"2026-03-01\", \"2026-02-01\"], \"totals\": [\"12.50\", \"30\"], \"statuses\": [\"OPEN\", \"PAID\"]}");

        HttpTestClient.Reply history = billing.http().get("/v3/accounts/ACC-9/invoices/history?limit=12", KEY);
        assertThat(history.raw()).isEqualTo("[{\"invoiceNumber\":\"I-2\",\"issuedOn\":\"2026-03-01\",\"total\":\"12.50\",\"status\":\"OPEN\"},"
                + "{\"invoiceNumber\":\"I-1\",\"issuedOn\":\"2026-02-01\",\"total\":\"30.00\",\"status\":\"PAID\"}]");
    }

    @Test
    void arrangementStateFixesTheIdOfTheNextArrangement() {
        billing.http().setup("account {accountNumber} can set up a payment arrangement",
                "{\"accountNumber\": \"ACC-100237\", \"amountDue\": \"100.00\", \"arrangementId\": \"PA-1\"}");

        HttpTestClient.Reply created = billing.http().post("/v3/accounts/ACC-100237/payment-arrangements",
                "{\"installments\": 3, \"firstPaymentDate\": \"2026-04-01\"}", KEY);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("arrangementId").asText()).isEqualTo("PA-1");
        assertThat(created.json().path("installmentAmount").asText()).isEqualTo("33.34");
    }

    @Test
    void badParamsAreA400NamingStateAndParam() {
        HttpTestClient.Reply amount = billing.http().setup("account {accountNumber} has a balance",
                "{\"accountNumber\": \"ACC-1\", \"amountDue\": \"twelve\"}");
        HttpTestClient.Reply status = billing.http().setup("payment {paymentId} exists", "{\"paymentId\": \"PAY-1\", \"status\": \"DONE\"}");
        HttpTestClient.Reply unknown = billing.http().setup("account ACC-1 is closed", "{}");

        assertThat(amount.status()).isEqualTo(400);
        assertThat(amount.json().path("message").asText()).isEqualTo("provider state 'account {accountNumber} has a balance' param"
                + " 'amountDue' must be an amount like 12.50, got 'twelve'");
        assertThat(status.json().path("message").asText()).isEqualTo("provider state 'payment {paymentId} exists' param 'status'"
                + " must be one of PENDING, SETTLED, FAILED, REFUNDED, got 'DONE'");
        assertThat(unknown.json().path("message").asText()).startsWith("unknown provider state 'account ACC-1 is closed'; known states:"
                + " account {accountNumber} has a balance; ");
    }

    @Test
    void driftSwitchRenamesBillingFields() {
        billing.restart(new ProviderOptions("billing", 0, Map.of("amountDue", "amount_due")));

        HttpTestClient.Reply balance = billing.http().get("/v3/accounts/ACC-100234/balance", KEY);

        assertThat(balance.json().has("amountDue")).isFalse();
        assertThat(balance.json().path("amount_due").asText()).isEqualTo("12.50");
    }
}
