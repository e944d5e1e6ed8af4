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

/** The IVR's first lookup: who is calling? Its outputs route the call (tier), block fraud and fill the screen pop. */
@DataActionContractTest(provider = "crm-customer-api")
class LookupCustomerByPhoneContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Lookup-Customer-By-Phone";
    private static final String PHONE = "+15551230001";
    private static final String LEGACY_PHONE = "+15551230003";
    private static final String FRAUD_PHONE = "+15551230004";

    @Test
    void knownCallerGetsTheScreenPopAndRoutingFields(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a known caller", interaction -> interaction
                .given("a customer with phone {phoneNumber} exists", Map.of("phoneNumber", PHONE, "customerId", "C-1001",
                        "fullName", "Ada Lovelace", "accountTier", "VIP", "openTickets", 2, "isBlacklisted", false))
                .input("phoneNumber", PHONE)
                .example("customerId", "C-1001").example("fullName", "Ada Lovelace").example("accountTier", "VIP")
                .example("openTickets", 2).example("isBlacklisted", false));

        assertThat(report.request().orElseThrow().query()).contains("phone=%2B15551230001");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1001", "fullName": "Ada Lovelace", "accountTier": "VIP", "openTickets": 2, "isBlacklisted": false}"""));
    }

    @Test
    void blacklistedCallerTakesTheFraudBranch(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a blacklisted caller", interaction -> interaction
                .given("a customer with phone {phoneNumber} exists", Map.of("phoneNumber", FRAUD_PHONE, "customerId", "C-1004",
                        "fullName", "Mallory Fraudster", "accountTier", "Standard", "openTickets", 5, "isBlacklisted", true))
                .input("phoneNumber", FRAUD_PHONE)
                .example("customerId", "C-1004").example("fullName", "Mallory Fraudster").example("accountTier", "Standard")
                .example("openTickets", 5).example("isBlacklisted", true));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1004", "fullName": "Mallory Fraudster", "accountTier": "Standard", "openTickets": 5, "isBlacklisted": true}"""));
    }

    @Test
    void callerWithoutTicketCountSeesZeroOpenTickets(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a known caller whose record has no openTickets", interaction -> interaction
                .given("a customer with phone {phoneNumber} exists without an openTickets field", Map.of("phoneNumber", LEGACY_PHONE,
                        "customerId", "C-1003", "fullName", "Smith & Sons Plumbing", "accountTier", "Standard", "isBlacklisted", false))
                .input("phoneNumber", LEGACY_PHONE)
                .example("customerId", "C-1003").example("fullName", "Smith & Sons Plumbing").example("accountTier", "Standard")
                .example("isBlacklisted", false)
                .withoutFields("openTickets"));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1003", "fullName": "Smith & Sons Plumbing", "accountTier": "Standard", "openTickets": 0, "isBlacklisted": false}"""));
    }

    @Test
    void unknownCallerGetsAnEmptyCustomerIdNotAFailure(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "nobody owns the number", interaction -> interaction
                .given("no customer has phone {phoneNumber}", Map.of("phoneNumber", PHONE))
                .input("phoneNumber", PHONE)
                .respondsWith(200, "{\"results\": [], \"total\": 0}")
                .waivePins("nobody owns the number: the flow branches on the empty customerId and the defaults"));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "", "fullName": "", "accountTier": "Standard", "openTickets": 0, "isBlacklisted": false}"""));
    }

    @Test
    void withheldNumberTakesTheFailurePath(DataActionContracts contracts) {
        // A caller who withholds the number reaches the flow with an empty Call.Ani; the CRM rejects the empty phone.
        ExecutionReport report = contracts.verify(ACTION, "the caller withheld the number", interaction -> interaction
                .input("phoneNumber", "")
                .respondsWith(400, "{\"message\": \"query parameter 'phone' is required\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"query parameter 'phone' is required\"} [status 400]",
                "bad.request", 400, List.of("ACTION.REMOTE_ENDPOINT")));
    }
}
