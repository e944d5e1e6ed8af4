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
 * The bot's and the agent's search by a spoken or typed name: the flow confirms the exact match, or reads out the
 * best match, or asks again when nothing matched.
 */
@DataActionContractTest(provider = "crm-customer-api")
class SearchCustomersByNameContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Search-Customers-By-Name";
    private static final String COMPANY = "O'Brien & Sons";

    @Test
    void nameWithApostropheAndAmpersandFindsTheExactMatch(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a name with an apostrophe and an ampersand matches one customer exactly",
                interaction -> interaction
                        .given("customers matching {name} exist", Map.of("name", COMPANY, "customerId", "C-2001", "accountTier", "Premium"))
                        .input("name", COMPANY)
                        .example("customerIds", "C-2001").example("fullNames", COMPANY).example("matchCount", 1));

        assertThat(report.request().orElseThrow().query()).contains("q=O%27Brien+%26+Sons&limit=10");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"matchCount": 1, "customerIds": ["C-2001"], "topFullName": "O'Brien & Sons", "exactMatchCustomerId": "C-2001"}"""));
    }

    @Test
    void nameNobodyHasGivesNoMatchesNotAFailure(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "nobody matches the name", interaction -> interaction
                .given("no customer matches {name}", Map.of("name", "Zebedee"))
                .input("name", "Zebedee")
                .respondsWith(200, "{\"customers\": [], \"total\": 0}")
                .waivePin("customerIds", "nobody matches: the list is empty, the flow sees customerIds []")
                .waivePin("fullNames", "nobody matches: the flow sees an empty topFullName")
                .waivePin("exactMatchIds", "nobody matches: the flow sees an empty exactMatchCustomerId"));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"matchCount": 0, "customerIds": [], "topFullName": "", "exactMatchCustomerId": ""}"""));
    }

    @Test
    void emptyNameTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "the bot captured no name", interaction -> interaction
                .input("name", "")
                .respondsWith(400, "{\"message\": \"query parameter 'q' is required\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"query parameter 'q' is required\"} [status 400]",
                "bad.request", 400, List.of("ACTION.REMOTE_ENDPOINT")));
    }
}
