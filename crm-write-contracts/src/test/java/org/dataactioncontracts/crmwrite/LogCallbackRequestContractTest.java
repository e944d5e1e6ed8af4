package org.dataactioncontracts.crmwrite;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The IVR logs a callback request in the legacy callback system: a form-encoded POST whose values are encoded with
 * {@code $esc.url}, answered with JSON.
 */
@DataActionContractTest(provider = "crm-customer-api")
class LogCallbackRequestContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Log-Callback-Request";

    @Test
    void callbackIsQueuedFromAFormEncodedRequest(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a callback for a number without a pending one", interaction -> interaction
                .given("customer {customerId} has no pending callback", Map.of("customerId", "C-1002"))
                .input("customerId", "C-1002").input("phoneNumber", "+15551230002").input("preferredTime", "ASAP")
                .input("reason", "Billing question & refund")
                .respondsWith(200, """
                        {"callbackId": "CB-8001", "status": "QUEUED", "queuePosition": 1}"""));

        assertThat(report.request().orElseThrow().headers()).containsEntry("Content-Type", "application/x-www-form-urlencoded");
        assertThat(report.request().orElseThrow().body())
                .contains("customer_id=C-1002&phone=%2B15551230002&preferred_time=ASAP&reason=Billing+question+%26+refund");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"callbackId": "CB-8001", "callbackStatus": "QUEUED", "queuePosition": 1}"""));
    }

    @Test
    void secondCallbackToTheSameNumberTakesTheFailurePathWithTheConflict(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a callback for a number with a pending one", interaction -> interaction
                .given("customer {customerId} has a pending callback", Map.of("customerId", "C-1001", "phone", "+15551230001",
                        "callbackId", "CB-9001"))
                .input("customerId", "C-1001").input("phoneNumber", "+15551230001").input("preferredTime", "ASAP")
                .input("reason", "Router")
                .respondsWith(409, """
                        {"message": "a callback to +15551230001 is already pending (CB-9001)", "callbackId": "CB-9001"}"""));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"a callback to +15551230001 is already pending (CB-9001)\",\"callbackId\":\"CB-9001\"}"
                + " [status 409]", "bad.request", 409, List.of("ACTION.REMOTE_ENDPOINT")));
    }

    @Test
    void numberThatIsNotE164IsRejectedOnTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a callback to a number that is not E.164", interaction -> interaction
                .given("customer {customerId} exists", Map.of("customerId", "C-1001"))
                .input("customerId", "C-1001").input("phoneNumber", "555-1234").input("preferredTime", "ASAP").input("reason", "Router")
                .respondsWith(400, """
                        {"message": "field 'phone' must be an E.164 number like +15551230001, got '555-1234'"}"""));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"field 'phone' must be an E.164 number like +15551230001, got '555-1234'\"}"
                + " [status 400]", "bad.request", 400, List.of("ACTION.REMOTE_ENDPOINT")));
    }
}
