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
 * The agent's wrap-up note goes to the CRM: a hand-written JSON body whose free text is escaped with
 * {@code $esc.jsonEncode}/{@code $esc.jsonString}, and whose optional members ({@code conversationId}, {@code caseId})
 * are only sent when given ({@code #if}).
 */
@DataActionContractTest(provider = "crm-customer-api")
class AddInteractionNoteContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Add-Interaction-Note";
    private static final String NOTE = "Caller said \"it reboots every hour\".\nAsked for a technician visit.";

    @Test
    void noteWithQuotesAndLineBreaksIsSentAsValidJsonAndAttachedToTheOpenCase(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a note on an open case", interaction -> interaction
                .given("customer {customerId} has open cases", Map.of("customerId", "C-1001",
                        "caseIds", List.of("CS-5001"), "subjects", List.of("Router keeps rebooting")))
                .input("customerId", "C-1001").input("noteText", NOTE).input("agentName", "Jane \"JJ\" O'Neil")
                .input("conversationId", "3f1c9a52-7d4e-4b8a-9c1d-2e5f6a7b8c9d").input("caseId", "CS-5001")
                .respondsWith(201, """
                        {"id": "N-7001", "customerId": "C-1001", "caseId": "CS-5001", "createdAt": "2026-03-10T12:05:00Z"}"""));

        assertThat(JSON.readTree(report.request().orElseThrow().body().orElseThrow())).isEqualTo(JSON.createObjectNode()
                .put("text", NOTE).put("author", "Jane \"JJ\" O'Neil").put("source", "genesys-cloud")
                .put("conversationId", "3f1c9a52-7d4e-4b8a-9c1d-2e5f6a7b8c9d").put("caseId", "CS-5001"));
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"noteId": "N-7001", "linkedCaseId": "CS-5001", "createdAt": "2026-03-10T12:05:00Z"}"""));
    }

    @Test
    void noteWithoutCaseLeavesTheOptionalMembersOutAndTheFlowSeesNoLinkedCase(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a note on the customer only", interaction -> interaction
                .given("customer {customerId} exists", Map.of("customerId", "C-1002"))
                .input("customerId", "C-1002").input("noteText", "Prefers e-mail & no calls after 6pm").input("agentName", "Jane Agent")
                .respondsWith(201, """
                        {"id": "N-7001", "customerId": "C-1002", "createdAt": "2026-03-10T12:05:00Z"}""")
                .waivePin("linkedCaseId", "no case given: the CRM sends no caseId and the flow sees the default \"\""));

        assertThat(JSON.readTree(report.request().orElseThrow().body().orElseThrow())).isEqualTo(JSON.readTree("""
                {"text": "Prefers e-mail & no calls after 6pm", "author": "Jane Agent", "source": "genesys-cloud"}"""));
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"noteId": "N-7001", "linkedCaseId": "", "createdAt": "2026-03-10T12:05:00Z"}"""));
    }

    @Test
    void noteOnAClosedCaseTakesTheFailurePathWithTheConflict(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a note on a closed case", interaction -> interaction
                .given("customer {customerId} has a closed case {caseId}", Map.of("customerId", "C-1001", "caseId", "CS-4990"))
                .input("customerId", "C-1001").input("noteText", "Customer asked to reopen").input("agentName", "Jane Agent")
                .input("caseId", "CS-4990")
                .respondsWith(409, "{\"message\": \"case 'CS-4990' is closed; notes can only be added to open cases\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"case 'CS-4990' is closed; notes can only be added to open cases\"} [status 409]",
                "bad.request", 409, List.of("ACTION.REMOTE_ENDPOINT")));
    }

    @Test
    void blankNoteIsAValidationErrorOnTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a blank note", interaction -> interaction
                .given("customer {customerId} exists", Map.of("customerId", "C-1001"))
                .input("customerId", "C-1001").input("noteText", "").input("agentName", "Jane Agent")
                .respondsWith(422, "{\"message\": \"the note cannot be added: text must not be blank\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error().orElseThrow().status()).isEqualTo(422);
        assertThat(report.error().orElseThrow().message()).contains("text must not be blank");
    }

    @Test
    void noteForAnUnknownCustomerTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a note for an unknown customer", interaction -> interaction
                .given("customer {customerId} does not exist", Map.of("customerId", "C-0000"))
                .input("customerId", "C-0000").input("noteText", "Hello").input("agentName", "Jane Agent")
                .respondsWith(404, "{\"message\": \"no customer with id 'C-0000'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"no customer with id 'C-0000'\"} [status 404]",
                "not.found", 404, List.of("ACTION.REMOTE_ENDPOINT")));
    }
}
