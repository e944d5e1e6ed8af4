package org.dataactioncontracts.crmread;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
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

    @Test
    void knownCallerGetsTheScreenPopAndRoutingFields(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a known caller", interaction -> interaction
                .given("a customer with phone {phoneNumber} exists", Map.of("phoneNumber", PHONE, "customerId", "C-1001",
                        "fullName", "Ada Lovelace", "accountTier", "VIP", "openTickets", 2, "isBlacklisted", false))
                .input("phoneNumber", PHONE)
                .example("customerId", "C-1001").example("fullName", "Ada Lovelace").example("openTickets", 2).example("isBlacklisted", false));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1001", "fullName": "Ada Lovelace", "accountTier": "Standard", "openTickets": 2, "isBlacklisted": false}"""));
    }

    @Test
    void callerWithoutTicketCountSeesZeroOpenTickets(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a known caller whose record has no openTickets", interaction -> interaction
                .given("a customer with phone {phoneNumber} exists without an openTickets field", Map.of("phoneNumber", PHONE, "customerId", "C-1001"))
                .input("phoneNumber", PHONE)
                .withoutFields("openTickets"));

        assertThat(report.output().get("openTickets").asInt()).isZero();
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
}
