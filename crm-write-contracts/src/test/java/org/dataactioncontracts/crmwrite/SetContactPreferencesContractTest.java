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
 * The IVR's "how should we contact you?" menu stores the caller's choice: a PUT of the whole preference set, with
 * the boolean sent bare and the quiet hours only when both ends are given.
 */
@DataActionContractTest(provider = "crm-customer-api")
class SetContactPreferencesContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Set-Contact-Preferences";

    @Test
    void preferencesWithQuietHoursAreStoredAndThePreferredChannelComesFirst(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "preferences with quiet hours", interaction -> interaction
                .given("customer {customerId} has contact preferences", Map.of("customerId", "C-1001", "channels", List.of("sms", "email")))
                .input("customerId", "C-1001").input("preferredChannel", "email").input("language", "en-GB").input("doNotCall", true)
                .input("quietHoursStart", "21:00").input("quietHoursEnd", "08:00")
                .respondsWith(200, """
                        {"customerId": "C-1001", "preferredChannel": "email", "channels": ["email"], "doNotCall": true}"""));

        assertThat(JSON.readTree(report.request().orElseThrow().body().orElseThrow())).isEqualTo(JSON.readTree("""
                {"preferredChannel": "email", "language": "en-GB", "doNotCall": true, "quietHours": {"start": "21:00", "end": "08:00"}}"""));
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"preferredChannel": "email", "channels": ["email"], "doNotCall": true}"""));
    }

    @Test
    void preferencesWithoutQuietHoursSendNoQuietHoursMember(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "preferences without quiet hours", interaction -> interaction
                .given("customer {customerId} has no contact preferences", Map.of("customerId", "C-1003"))
                .input("customerId", "C-1003").input("preferredChannel", "voice").input("language", "en-US").input("doNotCall", false)
                .input("quietHoursStart", "21:00")
                .respondsWith(200, """
                        {"customerId": "C-1003", "preferredChannel": "voice", "channels": ["voice"], "doNotCall": false}"""));

        assertThat(JSON.readTree(report.request().orElseThrow().body().orElseThrow())).isEqualTo(JSON.readTree("""
                {"preferredChannel": "voice", "language": "en-US", "doNotCall": false}"""));
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"preferredChannel": "voice", "channels": ["voice"], "doNotCall": false}"""));
    }

    @Test
    void malformedQuietHoursAreAValidationErrorOnTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "preferences with malformed quiet hours", interaction -> interaction
                .given("customer {customerId} exists", Map.of("customerId", "C-1001"))
                .input("customerId", "C-1001").input("preferredChannel", "sms").input("language", "en-GB").input("doNotCall", false)
                .input("quietHoursStart", "9pm").input("quietHoursEnd", "08:00")
                .respondsWith(422, """
                        {"message": "the contact preferences cannot be saved: quietHours.start must be a time HH:mm, got '9pm'"}"""));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"the contact preferences cannot be saved: quietHours.start must be a time HH:mm,"
                + " got '9pm'\"} [status 422]", "bad.request", 422, List.of("ACTION.REMOTE_ENDPOINT")));
    }

    @Test
    void unknownCustomerTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "preferences of an unknown customer", interaction -> interaction
                .given("customer {customerId} does not exist", Map.of("customerId", "C-0000"))
                .input("customerId", "C-0000").input("preferredChannel", "sms").input("language", "en-GB").input("doNotCall", false)
                .respondsWith(404, "{\"message\": \"no customer with id 'C-0000'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error().orElseThrow().code()).isEqualTo("not.found");
    }
}
