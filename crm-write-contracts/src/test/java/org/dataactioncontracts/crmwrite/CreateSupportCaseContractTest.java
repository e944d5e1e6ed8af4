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
 * The bot opens a support case: the Data Action posts its whole input ({@code ${input.rawRequest}}) and gives the
 * flow the new case id to read back to the caller.
 */
@DataActionContractTest(provider = "crm-customer-api")
class CreateSupportCaseContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Create-Support-Case";

    @Test
    void newCaseIsCreatedFromTheRawInputAndItsIdReturned(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a new case for a customer without open cases", interaction -> interaction
                .given("customer {customerId} has no open cases", Map.of("customerId", "C-1002"))
                .input("customerId", "C-1002").input("subject", "No dial tone since Monday").input("priority", "high")
                .input("channel", "voice")
                .respondsWith(201, """
                        {"id": "CS-6001", "customerId": "C-1002", "status": "open", "openedAt": "2026-03-10T12:00:00Z"}"""));

        assertThat(report.request().orElseThrow().body()).contains(
                "{\"customerId\":\"C-1002\",\"subject\":\"No dial tone since Monday\",\"priority\":\"high\",\"channel\":\"voice\"}");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"caseId": "CS-6001", "customerId": "C-1002", "caseStatus": "open", "openedAt": "2026-03-10T12:00:00Z"}"""));
    }

    @Test
    void secondOpenCaseWithTheSameSubjectTakesTheFailurePathWithTheConflict(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a case duplicating an open case's subject", interaction -> interaction
                .given("customer {customerId} has open cases", Map.of("customerId", "C-1001",
                        "caseIds", List.of("CS-5001"), "subjects", List.of("Router keeps rebooting")))
                .input("customerId", "C-1001").input("subject", "Router keeps rebooting")
                .respondsWith(409, """
                        {"message": "customer 'C-1001' already has open case 'CS-5001' about 'Router keeps rebooting'",
                         "existingCaseId": "CS-5001"}"""));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"customer 'C-1001' already has open case 'CS-5001' about 'Router keeps rebooting'\","
                + "\"existingCaseId\":\"CS-5001\"} [status 409]", "bad.request", 409, List.of("ACTION.REMOTE_ENDPOINT")));
    }

    @Test
    void blankSubjectIsRejectedAsAValidationErrorOnTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a case with a blank subject", interaction -> interaction
                .given("customer {customerId} exists", Map.of("customerId", "C-1001"))
                .input("customerId", "C-1001").input("subject", "  ")
                .respondsWith(422, """
                        {"message": "the case cannot be created: subject must not be blank",
                         "errors": [{"field": "subject", "message": "must not be blank"}]}"""));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"the case cannot be created: subject must not be blank\","
                + "\"errors\":[{\"field\":\"subject\",\"message\":\"must not be blank\"}]} [status 422]", "bad.request", 422,
                List.of("ACTION.REMOTE_ENDPOINT")));
    }

    @Test
    void caseForAnUnknownCustomerIsAValidationErrorOnTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a case for an unknown customer", interaction -> interaction
                .given("customer {customerId} does not exist", Map.of("customerId", "C-0000"))
                .input("customerId", "C-0000").input("subject", "Where is my order?")
                .respondsWith(422, "{\"message\": \"the case cannot be created: customerId no customer with id 'C-0000'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error().orElseThrow().status()).isEqualTo(422);
        assertThat(report.error().orElseThrow().message()).contains("no customer with id 'C-0000'");
    }
}
