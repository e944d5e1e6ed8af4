package org.dataactioncontracts.crmread;

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
 * The screen pop of a known customer: name, e-mail, tier and city for the agent, and the preferred language that
 * picks the IVR's prompt language.
 */
@DataActionContractTest(provider = "crm-customer-api")
class GetCustomerByIdContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Customer-By-Id";

    @Test
    void knownCustomerFillsTheScreenPop(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a known customer", interaction -> interaction
                .given("customer {customerId} exists", Map.of("customerId", "C-1001", "fullName", "Ada Lovelace",
                        "email", "ada@example.com", "accountTier", "Premium", "preferredLanguage", "en-GB", "city", "London"))
                .input("customerId", "C-1001")
                .example("customerId", "C-1001").example("fullName", "Ada Lovelace").example("email", "ada@example.com")
                .example("accountTier", "Premium").example("preferredLanguage", "en-GB").example("city", "London"));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1001", "fullName": "Ada Lovelace", "email": "ada@example.com", "accountTier": "Premium",
                 "preferredLanguage": "en-GB", "city": "London"}"""));
    }

    @Test
    void migratedRecordWithoutEmailAndLanguageGetsEmptyEmailAndUsEnglishPrompts(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a migrated customer record without email and preferredLanguage",
                interaction -> interaction
                        .given("customer {customerId} exists", Map.of("customerId", "C-1003", "fullName", "Smith & Sons Plumbing",
                                "accountTier", "Standard", "city", "Leeds"))
                        .input("customerId", "C-1003")
                        .example("customerId", "C-1003").example("fullName", "Smith & Sons Plumbing")
                        .example("accountTier", "Standard").example("city", "Leeds")
                        .withoutFields("email", "preferredLanguage"));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1003", "fullName": "Smith & Sons Plumbing", "email": "", "accountTier": "Standard",
                 "preferredLanguage": "en-US", "city": "Leeds"}"""));
    }

    @Test
    void unknownCustomerTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "an unknown customer", interaction -> interaction
                .given("customer {customerId} does not exist", Map.of("customerId", "C-0000"))
                .input("customerId", "C-0000")
                .respondsWith(404, "{\"message\": \"no customer with id 'C-0000'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"no customer with id 'C-0000'\"} [status 404]",
                "not.found", 404, List.of("ACTION.REMOTE_ENDPOINT")));
    }
}
