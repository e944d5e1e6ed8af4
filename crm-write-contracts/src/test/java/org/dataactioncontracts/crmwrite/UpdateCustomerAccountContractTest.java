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
 * The agent corrects the e-mail address or the language of the customer on screen: a PATCH naming the record
 * version the agent saw, so a concurrent change is refused (409) instead of overwritten.
 */
@DataActionContractTest(provider = "crm-customer-api")
class UpdateCustomerAccountContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Update-Customer-Account";

    @Test
    void changeAtTheCurrentVersionReturnsTheUpdatedRecordAndItsNewVersion(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an update at the current version", interaction -> interaction
                .given("customer {customerId} exists", Map.of("customerId", "C-1001", "version", 3))
                .input("customerId", "C-1001").input("expectedVersion", 3).input("email", "ada@lovelace.example")
                .input("preferredLanguage", "en-GB")
                .respondsWith(200, """
                        {"customerId": "C-1001", "email": "ada@lovelace.example", "preferredLanguage": "en-GB", "version": 4}"""));

        assertThat(report.request().orElseThrow().method().name()).isEqualTo("PATCH");
        assertThat(JSON.readTree(report.request().orElseThrow().body().orElseThrow())).isEqualTo(JSON.readTree("""
                {"expectedVersion": 3, "email": "ada@lovelace.example", "preferredLanguage": "en-GB"}"""));
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1001", "email": "ada@lovelace.example", "preferredLanguage": "en-GB", "version": 4}"""));
    }

    @Test
    void changeAtAStaleVersionTakesTheFailurePathWithTheConflict(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "an update at a stale version", interaction -> interaction
                .given("customer {customerId} exists", Map.of("customerId", "C-1001", "version", 5))
                .input("customerId", "C-1001").input("expectedVersion", 3).input("preferredLanguage", "fr-FR")
                .respondsWith(409, """
                        {"message": "customer 'C-1001' was changed by someone else: version is 5, the update expected 3",
                         "currentVersion": 5}"""));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"customer 'C-1001' was changed by someone else: version is 5, the update expected 3\","
                + "\"currentVersion\":5} [status 409]", "bad.request", 409, List.of("ACTION.REMOTE_ENDPOINT")));
    }

    @Test
    void invalidEmailIsAValidationErrorOnTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "an update with an invalid e-mail address", interaction -> interaction
                .given("customer {customerId} exists", Map.of("customerId", "C-1001", "version", 1))
                .input("customerId", "C-1001").input("expectedVersion", 1).input("email", "ada at lovelace")
                .respondsWith(422, """
                        {"message": "the customer cannot be updated: email 'ada at lovelace' is not an e-mail address",
                         "errors": [{"field": "email", "message": "'ada at lovelace' is not an e-mail address"}]}"""));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error().orElseThrow().status()).isEqualTo(422);
        assertThat(report.error().orElseThrow().message()).contains("email 'ada at lovelace' is not an e-mail address");
    }

    @Test
    void unknownCustomerTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "an update of an unknown customer", interaction -> interaction
                .given("customer {customerId} does not exist", Map.of("customerId", "C-0000"))
                .input("customerId", "C-0000").input("expectedVersion", 1).input("email", "x@y.example")
                .respondsWith(404, "{\"message\": \"no customer with id 'C-0000'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error().orElseThrow().code()).isEqualTo("not.found");
    }
}
