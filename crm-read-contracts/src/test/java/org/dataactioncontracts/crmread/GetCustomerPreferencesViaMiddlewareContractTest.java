package org.dataactioncontracts.crmread;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.genesys.ErrorBody;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.Middleware;
import org.dataactioncontracts.genesys.Outcome;
import org.dataactioncontracts.jsonata.JsonataMiddleware;
import org.dataactioncontracts.pact.DataActionContractTest;
import org.dataactioncontracts.pact.DataActionContracts;
import org.junit.jupiter.api.Test;

/**
 * Contact preferences for callbacks and outbound campaigns: channel, language, do-not-call and quiet hours. The CRM
 * adapter forwards the request to the CRM backend and reshapes its legacy record with a JSONata transform, so the
 * contract pairs the Data Action's request with the backend's legacy response.
 */
@DataActionContractTest(provider = "crm-customer-api")
class GetCustomerPreferencesViaMiddlewareContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Customer-Preferences-Via-Middleware";
    private static final String HHMM = "^([01][0-9]|2[0-3])[0-5][0-9]$";
    private static final Middleware ADAPTER = JsonataMiddleware.load(Path.of("data-actions/middleware/Get-Customer-Preferences.jsonata"));

    @Test
    void customerWithPreferencesGetsRankedChannelsLanguageAndQuietHours(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a customer with contact preferences", interaction -> interaction
                .given("customer {customerId} has contact preferences", Map.of("customerId", "C-1001",
                        "channels", List.of("sms", "email"), "language", "en-GB", "doNotCall", false,
                        "quietHoursStart", "21:00", "quietHoursEnd", "08:00"))
                .input("customerId", "C-1001")
                .middleware(ADAPTER)
                .respondsWith(200, legacyRecord("C-1001", List.of("SMS", "EMAIL"), "EN_GB", "N", "2100", "0800")));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1001", "preferredChannel": "sms", "channels": ["sms", "email"], "language": "en-GB",
                 "doNotCall": false, "quietHoursStart": "21:00", "quietHoursEnd": "08:00"}"""));
    }

    @Test
    void doNotCallCustomerWithoutQuietHoursIsNotCalled(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a do-not-call customer without quiet hours", interaction -> interaction
                .given("customer {customerId} has contact preferences", Map.of("customerId", "C-1002",
                        "channels", List.of("voice"), "language", "en-IE", "doNotCall", true))
                .input("customerId", "C-1002")
                .middleware(ADAPTER)
                .respondsWith(200, legacyRecord("C-1002", List.of("VOICE"), "EN_IE", "Y", null, null))
                .waivePin("quietHoursStart", "no quiet hours in the record: the adapter leaves quietHours out, the flow sees \"\"")
                .waivePin("quietHoursEnd", "no quiet hours in the record: the adapter leaves quietHours out, the flow sees \"\""));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1002", "preferredChannel": "voice", "channels": ["voice"], "language": "en-IE",
                 "doNotCall": true, "quietHoursStart": "", "quietHoursEnd": ""}"""));
    }

    @Test
    void emptyLegacyRecordGivesDefaultsButDoNotCallFalse(DataActionContracts contracts) throws Exception {
        // The Data Action defaults doNotCall to true (fail safe), but the adapter always writes DNC_FLAG = "Y", so a
        // record without the flag reaches the flow as doNotCall false.
        ExecutionReport report = contracts.verify(ACTION, "a customer with an empty preferences record", interaction -> interaction
                .given("customer {customerId} has no contact preferences", Map.of("customerId", "C-1003"))
                .input("customerId", "C-1003")
                .middleware(ADAPTER)
                .respondsWith(200, "{\"legacy\": {\"CUST_ID\": \"C-1003\", \"PREFS\": {}}}")
                .waivePin("preferredChannel", "empty record: no CHANNEL, the flow sees \"\"")
                .waivePin("language", "empty record: no LANG_CD, the flow sees en-US")
                .waivePin("quietHoursStart", "empty record: no quiet hours, the flow sees \"\"")
                .waivePin("quietHoursEnd", "empty record: no quiet hours, the flow sees \"\""));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"customerId": "C-1003", "preferredChannel": "", "channels": [], "language": "en-US",
                 "doNotCall": false, "quietHoursStart": "", "quietHoursEnd": ""}"""));
    }

    @Test
    void customerWithoutRecordTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "an unknown customer", interaction -> interaction
                .given("customer {customerId} does not exist", Map.of("customerId", "C-0000"))
                .input("customerId", "C-0000")
                .middleware(ADAPTER)
                .respondsWith(404, "{\"message\": \"no contact preferences for customer 'C-0000'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"no contact preferences for customer 'C-0000'\"} [status 404]",
                "not.found", 404, List.of("ACTION.REMOTE_ENDPOINT")));
    }

    /**
     * The legacy CRM record as the JSONata reads it, with the formats it relies on pinned: channel codes it lower-cases,
     * LANG_CD it splits on "_", DNC_FLAG compared with "Y", HHmm times it cuts after two digits. CHANNEL is a fixed
     * list, one element per channel with its rank: a type-matched list would repeat its first element in the example.
     */
    private static PactDslJsonBody legacyRecord(String customerId, List<String> channels, String langCd, String dncFlag,
                                                String quietFrom, String quietTo) {
        PactDslJsonBody root = new PactDslJsonBody();
        PactDslJsonBody prefs = root.object("legacy").stringType("CUST_ID", customerId).object("PREFS");
        PactDslJsonArray channelList = prefs.array("CHANNEL");
        for (int i = 0; i < channels.size(); i++) {
            channelList.object().stringMatcher("CODE", "^(VOICE|SMS|EMAIL)$", channels.get(i)).integerType("RANK", i + 1L).closeObject();
        }
        channelList.closeArray();
        prefs.stringMatcher("LANG_CD", "^[A-Z]{2}(_[A-Z]{2})?$", langCd).stringMatcher("DNC_FLAG", "^(Y|N)$", dncFlag);
        if (quietFrom != null) {
            prefs.stringMatcher("QUIET_FROM", HHMM, quietFrom).stringMatcher("QUIET_TO", HHMM, quietTo);
        }
        prefs.closeObject().closeObject();
        return root;
    }
}
