package org.dataactioncontracts.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.genesys.ErrorBody;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.Outcome;
import org.dataactioncontracts.pact.DataActionContractTest;
import org.dataactioncontracts.pact.DataActionContracts;
import org.junit.jupiter.api.Test;

/**
 * The IVR's balance announcement and payment menu: the amount due as a decimal string (read out) and as a number
 * (the "> 0" decision). The string is pinned by {@link BillingBodies#MONEY}, because Genesys re-serialises numbers
 * ({@code 12.50} reaches the flow as {@code 12.5}) and the vendor's string is the only place the two decimals survive.
 */
@DataActionContractTest(provider = "billing-api")
class GetAccountBalanceContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Account-Balance";

    @Test
    void accountWithAmountDueGetsTheAmountAsTextAndAsNumber(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an account with an amount due", interaction -> interaction
                .given("account {accountNumber} has a balance", Map.of("accountNumber", "ACC-100234", "amountDue", "12.50",
                        "currency", "EUR", "dueDate", "2026-04-15", "pastDue", false))
                .input("accountNumber", "ACC-100234")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(200, BillingBodies.balance("ACC-100234", "12.50", "EUR", "2026-04-15", false)));

        JsonNode output = report.output();
        assertThat(output.get("amountDue").textValue()).isEqualTo("12.50");
        // What the flow sees for the number: Genesys re-serialises it, the trailing zero is gone.
        assertThat(output.get("amountDueValue").isNumber()).isTrue();
        assertThat(output.get("amountDueValue").toString()).isEqualTo("12.5");
        assertThat(output.get("amountDueValue").decimalValue()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(output).isEqualTo(JSON.readTree("""
                {"accountNumber": "ACC-100234", "amountDue": "12.50", "amountDueValue": 12.5, "currency": "EUR",
                 "dueDate": "2026-04-15", "pastDue": false}"""));
    }

    @Test
    void pastDueAccountIsFlaggedForTheCollectionsQueue(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "a past-due account", interaction -> interaction
                .given("account {accountNumber} has a balance", Map.of("accountNumber", "ACC-100236", "amountDue", "240.00",
                        "currency", "EUR", "dueDate", "2026-02-28", "pastDue", true))
                .input("accountNumber", "ACC-100236")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(200, BillingBodies.balance("ACC-100236", "240.00", "EUR", "2026-02-28", true)));

        assertThat(report.output().get("pastDue").booleanValue()).isTrue();
        assertThat(report.output().get("amountDue").textValue()).isEqualTo("240.00");
        assertThat(report.output().get("amountDueValue").toString()).isEqualTo("240.0");
    }

    @Test
    void accountWithNothingDueSeesAnEmptyDueDate(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an account with nothing due", interaction -> interaction
                .given("account {accountNumber} has nothing due", Map.of("accountNumber", "ACC-100235", "currency", "EUR"))
                .input("accountNumber", "ACC-100235")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(200, BillingBodies.balance("ACC-100235", "0.00", "EUR", null, false))
                .waivePin("dueDate", "nothing due: the vendor leaves dueDate out, the flow sees \"\""));

        assertThat(report.defaulted()).containsExactly("dueDate");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"accountNumber": "ACC-100235", "amountDue": "0.00", "amountDueValue": 0.0, "currency": "EUR",
                 "dueDate": "", "pastDue": false}"""));
    }

    @Test
    void unknownAccountTakesTheFailurePath(DataActionContracts contracts) {
        ExecutionReport report = contracts.verify(ACTION, "an unknown account", interaction -> interaction
                .given("account {accountNumber} does not exist", Map.of("accountNumber", "ACC-000000"))
                .input("accountNumber", "ACC-000000")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(404, "{\"message\": \"no billing account 'ACC-000000'\"}"));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error()).contains(new ErrorBody("REST call for action execute failed. Message: Request to backend service failed."
                + " Response from web service: {\"message\":\"no billing account 'ACC-000000'\"} [status 404]",
                "not.found", 404, List.of("ACTION.REMOTE_ENDPOINT")));
    }
}
