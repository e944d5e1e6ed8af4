package org.dataactioncontracts.billing;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.genesys.ErrorBody;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.Middleware;
import org.dataactioncontracts.genesys.Outcome;
import org.dataactioncontracts.jsonata.JsonataMiddleware;
import org.dataactioncontracts.pact.DataActionContractTest;
import org.dataactioncontracts.pact.DataActionContracts;
import org.junit.jupiter.api.Test;

/**
 * "Your last payment of 40.00 euro was received on …": the billing adapter forwards the request unchanged to the
 * vendor's payments page and reshapes it with a JSONata transform, so the contract pairs the Data Action's request
 * with the vendor's own response.
 */
@DataActionContractTest(provider = "billing-api")
class GetLastPaymentViaMiddlewareContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Last-Payment-Via-Middleware";
    private static final Middleware ADAPTER = JsonataMiddleware.load(Path.of("data-actions/middleware/Get-Last-Payment.jsonata"));

    @Test
    void accountWithPaymentsGetsTheMostRecentOne(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an account with payments", interaction -> interaction
                .given("account {accountNumber} has payments", Map.of("accountNumber", "ACC-100234", "paymentId", "PAY-88120",
                        "amount", "40.00", "currency", "EUR", "paidAt", "2026-03-02T10:15:00Z", "method", "CARD"))
                .input("accountNumber", "ACC-100234")
                .credential("apiKey", BillingBodies.API_KEY)
                .middleware(ADAPTER)
                .respondsWith(200, paymentsPage("PAY-88120", "40.00", "EUR", "2026-03-02T10:15:00Z", "CARD")));

        assertThat(report.request().orElseThrow().query()).contains("limit=1");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"lastPaymentId": "PAY-88120", "lastPaymentAmount": "40.00", "lastPaymentCurrency": "EUR",
                 "lastPaymentDate": "2026-03-02T10:15:00Z", "lastPaymentMethod": "card"}"""));
    }

    @Test
    void accountWithoutPaymentsSeesTheDefaults(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an account without payments", interaction -> interaction
                .given("account {accountNumber} has no payments", Map.of("accountNumber", "ACC-100235"))
                .input("accountNumber", "ACC-100235")
                .credential("apiKey", BillingBodies.API_KEY)
                .middleware(ADAPTER)
                .respondsWith(200, "{\"data\": [], \"has_more\": false}")
                .waivePins("no payments: the adapter leaves lastPayment out, the flow sees the defaults"));

        assertThat(report.defaulted()).containsExactlyInAnyOrder("lastPaymentId", "lastPaymentAmount", "lastPaymentCurrency",
                "lastPaymentDate", "lastPaymentMethod");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"lastPaymentId": "", "lastPaymentAmount": "0.00", "lastPaymentCurrency": "", "lastPaymentDate": "",
                 "lastPaymentMethod": ""}"""));
    }

    @Test
    void unknownAccountTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "an unknown account", interaction -> interaction
                .given("account {accountNumber} does not exist", Map.of("accountNumber", "ACC-000000"))
                .input("accountNumber", "ACC-000000")
                .credential("apiKey", BillingBodies.API_KEY)
                .middleware(ADAPTER)
                .respondsWith(404, "{\"message\": \"no billing account 'ACC-000000'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"no billing account 'ACC-000000'\"} [status 404]",
                "not.found", 404, List.of("ACTION.REMOTE_ENDPOINT")));
    }

    /**
     * The vendor's payments page as the JSONata reads it: one payment (the request asks for {@code limit=1}), the
     * amount a pinned money string, the method type one the adapter lower-cases.
     */
    private static PactDslJsonBody paymentsPage(String id, String amount, String currency, String createdAt, String methodType) {
        PactDslJsonBody payment = new PactDslJsonBody().minArrayLike("data", 1, 1)
                .stringType("id", id)
                .stringMatcher("created_at", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", createdAt);
        PactDslJsonBody money = payment.object("amount");
        BillingBodies.money(money, "value", amount).stringMatcher("currency", BillingBodies.CURRENCY, currency).closeObject();
        payment.object("payment_method").stringMatcher("type", "^(CARD|DIRECT_DEBIT|BANK_TRANSFER)$", methodType).closeObject();
        return (PactDslJsonBody) payment.closeObject().closeArray().asBody().booleanType("has_more", false);
    }
}
