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
 * The "are you calling about case …?" menu: the IVR offers the most recent open case and skips the menu when the
 * customer has none.
 */
@DataActionContractTest(provider = "crm-customer-api")
class GetOpenCasesContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Open-Cases";

    @Test
    void customerWithAnOpenCaseIsOfferedIt(DataActionContracts contracts) throws Exception {
        // Only the fields the translation reads. One case: the bridge repeats the first element of a list example,
        // so a two-case example would reach the engine as two copies of the first case.
        ExecutionReport report = contracts.verify(ACTION, "a customer with an open case", interaction -> interaction
                .given("customer {customerId} has open cases", Map.of("customerId", "C-1001",
                        "caseIds", List.of("CS-5001"), "subjects", List.of("Router keeps rebooting")))
                .input("customerId", "C-1001")
                .respondsWith(200, """
                        {"cases": [{"id": "CS-5001", "subject": "Router keeps rebooting"}], "total": 1}"""));

        assertThat(report.request().orElseThrow().query()).contains("status=open");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"firstCaseId": "CS-5001", "firstCaseSubject": "Router keeps rebooting", "caseCount": 1, "caseIds": ["CS-5001"]}"""));
    }

    @Test
    void customerWithoutOpenCasesSkipsTheCaseMenu(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a customer without open cases", interaction -> interaction
                .given("customer {customerId} has no open cases", Map.of("customerId", "C-1002"))
                .input("customerId", "C-1002")
                .respondsWith(200, "{\"cases\": [], \"total\": 0}")
                .waivePin("caseIds", "no open cases: the list is empty, the flow sees caseIds []")
                .waivePin("caseSubjects", "no open cases: the list is empty, the flow sees an empty firstCaseSubject"));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"firstCaseId": "", "firstCaseSubject": "", "caseCount": 0, "caseIds": []}"""));
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
