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
 * "Welcome back" routing and the agent's context: how, when and with whom the customer was last in touch, and the
 * channels of the last five contacts.
 */
@DataActionContractTest(provider = "crm-customer-api")
class GetRecentInteractionsContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Recent-Interactions";

    @Test
    void returningCustomerGetsTheirLastContact(DataActionContracts contracts) throws Exception {
        // The provider state dates the most recent interaction 2026-03-10T15:30:00Z.
        ExecutionReport report = contracts.verify(ACTION, "a customer who was last in touch by chat", interaction -> interaction
                .given("customer {customerId} has recent interactions", Map.of("customerId", "C-1001",
                        "channels", List.of("chat"), "agentNames", List.of("Priya Natarajan")))
                .input("customerId", "C-1001")
                .example("channels", "chat").example("contactDates", "2026-03-10T15:30:00Z")
                .example("agentNames", "Priya Natarajan").example("interactionCount", 1));

        assertThat(report.request().orElseThrow().query()).contains("limit=5");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"interactionCount": 1, "lastChannel": "chat", "lastContactDate": "2026-03-10T15:30:00Z",
                 "lastAgentName": "Priya Natarajan", "channels": ["chat"]}"""));
    }

    @Test
    void firstTimeContactSeesZeroInteractionsAndVoice(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a customer with no interactions", interaction -> interaction
                .given("customer {customerId} has no recent interactions", Map.of("customerId", "C-1003"))
                .input("customerId", "C-1003")
                .respondsWith(200, "{\"interactions\": [], \"total\": 0}")
                .waivePin("channels", "no interactions: the flow sees lastChannel voice and channels []")
                .waivePin("contactDates", "no interactions: the flow sees an empty lastContactDate")
                .waivePin("agentNames", "no interactions: the flow sees an empty lastAgentName"));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"interactionCount": 0, "lastChannel": "voice", "lastContactDate": "", "lastAgentName": "", "channels": []}"""));
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
