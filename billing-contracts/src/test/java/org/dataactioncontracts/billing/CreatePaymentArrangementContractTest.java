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
 * Self-service payment arrangement in the IVR: a POST that splits the amount due into monthly installments. The
 * vendor refuses a second active arrangement (409) and an installment count outside 2–12 (422).
 */
@DataActionContractTest(provider = "billing-api")
class CreatePaymentArrangementContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Create-Payment-Arrangement";

    @Test
    void eligibleAccountGetsAnActiveArrangementWithItsReference(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an account eligible for an arrangement", interaction -> interaction
                .given("account {accountNumber} can set up a payment arrangement", Map.of("accountNumber", "ACC-100236",
                        "amountDue", "240.00", "arrangementId", "PA-50017"))
                .input(Map.of("accountNumber", "ACC-100236", "installments", 3, "firstPaymentDate", "2026-04-01"))
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(201, arrangement("PA-50017", "ACTIVE", "80.00", 3, "2026-04-01")));

        assertThat(report.request().orElseThrow().method().name()).isEqualTo("POST");
        assertThat(JSON.readTree(report.request().orElseThrow().body().orElseThrow())).isEqualTo(JSON.readTree("""
                {"installments": 3, "firstPaymentDate": "2026-04-01", "channel": "ivr"}"""));
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"arrangementId": "PA-50017", "arrangementStatus": "ACTIVE", "installmentAmount": "80.00", "installments": 3,
                 "firstPaymentDate": "2026-04-01"}"""));
    }

    @Test
    void accountWithAnActiveArrangementTakesTheFailurePathWithConflict(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "an account that already has an active arrangement", interaction -> interaction
                .given("account {accountNumber} already has an active payment arrangement", Map.of("accountNumber", "ACC-100237",
                        "arrangementId", "PA-40001"))
                .input(Map.of("accountNumber", "ACC-100237", "installments", 3, "firstPaymentDate", "2026-04-01"))
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(409, "{\"message\": \"account 'ACC-100237' already has the active payment arrangement 'PA-40001'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error().orElseThrow().status()).isEqualTo(409);
        assertThat(report.error().orElseThrow().message()).isEqualTo("REST call for action execute failed. Message: Request to backend"
                + " service failed. Response from web service: {\"message\":\"account 'ACC-100237' already has the active payment"
                + " arrangement 'PA-40001'\"} [status 409]");
    }

    @Test
    void tooManyInstallmentsTakesTheFailurePathWithUnprocessableEntity(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "more installments than the vendor allows", interaction -> interaction
                .given("account {accountNumber} can set up a payment arrangement", Map.of("accountNumber", "ACC-100236",
                        "amountDue", "240.00", "arrangementId", "PA-50018"))
                .input(Map.of("accountNumber", "ACC-100236", "installments", 24, "firstPaymentDate", "2026-04-01"))
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(422, "{\"message\": \"installments must be 2 to 12, got 24\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).map(ErrorBody::status).contains(422);
        assertThat(report.error().orElseThrow().message()).endsWith(
                "Response from web service: {\"message\":\"installments must be 2 to 12, got 24\"} [status 422]");
    }

    /** The created arrangement; the installment amount pinned as money, the status as the output contract's enum. */
    private static PactDslJsonBody arrangement(String id, String status, String installmentAmount, int installments, String firstPaymentDate) {
        PactDslJsonBody body = new PactDslJsonBody().stringType("arrangementId", id)
                .stringMatcher("status", "^(ACTIVE|PENDING_APPROVAL)$", status);
        return BillingBodies.money(body, "installmentAmount", installmentAmount)
                .integerType("installments", (long) installments)
                .stringMatcher("firstPaymentDate", BillingBodies.DATE, firstPaymentDate);
    }
}
