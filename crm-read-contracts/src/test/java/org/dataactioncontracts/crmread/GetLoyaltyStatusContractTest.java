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
import org.dataactioncontracts.genesys.TestResultJson;

/**
 * The loyalty tier and points the flow uses to pick offers and read out the balance; the rewards vendor's API is
 * called with the integration credential {@code apiKey} in {@code x-api-key}.
 */
@DataActionContractTest(provider = "loyalty-api")
class GetLoyaltyStatusContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Loyalty-Status";
    /** A canary, not a real key: it must reach the mock server and nothing else. */
    private static final String API_KEY = "CANARY-loyalty-key-7d1f";

    @Test
    void memberGetsTierAndPoints(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a gold member", interaction -> interaction
                .given("customer {customerId} is a loyalty member", Map.of("customerId", "C-1001", "memberId", "L-880001",
                        "tierCode", "GOLD", "tierName", "Gold", "pointsBalance", 12450, "pointsExpiringSoon", 300))
                .input("customerId", "C-1001")
                .credential("apiKey", API_KEY)
                .example("memberId", "L-880001").example("tierCode", "GOLD").example("tierName", "Gold")
                .example("pointsBalance", 12450).example("pointsExpiringSoon", 300));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"memberId": "L-880001", "tierCode": "GOLD", "tierName": "Gold", "pointsBalance": 12450, "pointsExpiringSoon": 300}"""));
    }

    @Test
    void apiKeyNeverReachesThePact(DataActionContracts contracts) {
        // verify() itself fails if the key would be written into the interaction; the report must not carry it
        // either. The pact file is written when the JUnit run ends, so no test can read it: that check belongs
        // to the build, after surefire.
        ExecutionReport report = contracts.verify(ACTION, "a platinum member", interaction -> interaction
                .given("customer {customerId} is a loyalty member", Map.of("customerId", "C-1002", "memberId", "L-880002",
                        "tierCode", "PLATINUM", "tierName", "Platinum", "pointsBalance", 48200, "pointsExpiringSoon", 0))
                .input("customerId", "C-1002")
                .credential("apiKey", API_KEY)
                .example("memberId", "L-880002").example("tierCode", "PLATINUM").example("tierName", "Platinum")
                .example("pointsBalance", 48200).example("pointsExpiringSoon", 0));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(TestResultJson.of(report).toString()).doesNotContain(API_KEY);
        assertThat(report.request().orElseThrow().toString()).doesNotContain(API_KEY);
    }

    @Test
    void memberWithoutExpiringPointsFieldSeesZeroExpiringSoon(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a member whose status has no expiringWithin30Days", interaction -> interaction
                .given("customer {customerId} is a loyalty member", Map.of("customerId", "C-1001", "memberId", "L-880001",
                        "tierCode", "GOLD", "tierName", "Gold", "pointsBalance", 12450, "pointsExpiringSoon", 0))
                .input("customerId", "C-1001")
                .credential("apiKey", API_KEY)
                .example("memberId", "L-880001").example("tierCode", "GOLD").example("tierName", "Gold").example("pointsBalance", 12450)
                .withoutFields("pointsExpiringSoon"));

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"memberId": "L-880001", "tierCode": "GOLD", "tierName": "Gold", "pointsBalance": 12450, "pointsExpiringSoon": 0}"""));
    }

    @Test
    void nonMemberTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "a customer who is not a member", interaction -> interaction
                .given("customer {customerId} is not a loyalty member", Map.of("customerId", "C-1005"))
                .input("customerId", "C-1005")
                .credential("apiKey", API_KEY)
                .respondsWith(404, "{\"message\": \"customer 'C-1005' is not a loyalty member\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"customer 'C-1005' is not a loyalty member\"} [status 404]",
                "not.found", 404, List.of("ACTION.REMOTE_ENDPOINT")));
    }
}
