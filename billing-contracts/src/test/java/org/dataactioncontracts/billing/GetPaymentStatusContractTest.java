package org.dataactioncontracts.billing;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.genesys.ErrorBody;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.Outcome;
import org.dataactioncontracts.pact.DataActionContractTest;
import org.dataactioncontracts.pact.DataActionContracts;
import org.junit.jupiter.api.Test;

/**
 * "Your payment went through" or "your card was declined": the flow branches on {@code paymentStatus}, an enum in the
 * output contract, and the contract pins the vendor's {@code status} to exactly those values (the regex the bridge
 * derives from the enum), with the amount pinned as money.
 */
@DataActionContractTest(provider = "billing-api")
class GetPaymentStatusContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Payment-Status";
    private static final String STATUS = "^(PENDING|SETTLED|FAILED|REFUNDED)$";

    @Test
    void settledPaymentTakesTheConfirmationBranch(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a settled payment", interaction -> interaction
                .given("payment {paymentId} exists", Map.of("paymentId", "PAY-88120", "status", "SETTLED", "amount", "40.00"))
                .input("paymentId", "PAY-88120")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(200, payment("PAY-88120", "SETTLED", "40.00", null))
                .waivePin("failureReason", "settled: the vendor leaves failureReason out, the flow sees \"\""));

        assertThat(report.defaulted()).containsExactly("failureReason");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"paymentId": "PAY-88120", "paymentStatus": "SETTLED", "amount": "40.00", "failureReason": ""}"""));
    }

    @Test
    void declinedPaymentGivesTheReason(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a failed payment", interaction -> interaction
                .given("payment {paymentId} exists", Map.of("paymentId", "PAY-88121", "status", "FAILED", "amount", "12.50",
                        "failureReason", "card_declined"))
                .input("paymentId", "PAY-88121")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(200, payment("PAY-88121", "FAILED", "12.50", "card_declined")));

        assertThat(report.defaulted()).isEmpty();
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"paymentId": "PAY-88121", "paymentStatus": "FAILED", "amount": "12.50", "failureReason": "card_declined"}"""));
    }

    @Test
    void unknownPaymentTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "an unknown payment", interaction -> interaction
                .given("payment {paymentId} does not exist", Map.of("paymentId", "PAY-00000"))
                .input("paymentId", "PAY-00000")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(404, "{\"message\": \"no payment 'PAY-00000'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"no payment 'PAY-00000'\"} [status 404]",
                "not.found", 404, List.of("ACTION.REMOTE_ENDPOINT")));
    }

    /** The vendor's payment; {@code failureReason} left out when {@code null}. */
    private static PactDslJsonBody payment(String paymentId, String status, String amount, String failureReason) {
        PactDslJsonBody body = new PactDslJsonBody().stringType("paymentId", paymentId).stringMatcher("status", STATUS, status);
        BillingBodies.money(body, "amount", amount);
        return failureReason == null ? body : body.stringType("failureReason", failureReason);
    }
}
