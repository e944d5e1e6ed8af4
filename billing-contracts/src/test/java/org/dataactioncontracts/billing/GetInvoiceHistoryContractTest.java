package org.dataactioncontracts.billing;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
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
 * Invoice history for the agent's billing tab. The vendor answers with a top-level JSON array, which Architect cannot
 * flatten; the Data Action wraps it ({@code {"invoices": ${rawResult}}}) so the flow gets {@code invoices.invoiceNumber},
 * {@code invoices.total}, … as collections.
 */
@DataActionContractTest(provider = "billing-api")
class GetInvoiceHistoryContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Invoice-History";

    @Test
    void vendorArrayIsWrappedAndFlattenedIntoCollections(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an account with an invoice history", interaction -> interaction
                .given("account {accountNumber} has an invoice history", Map.of("accountNumber", "ACC-100234",
                        "invoiceNumbers", List.of("INV-2026-0042", "INV-2026-0031"), "issuedOn", List.of("2026-03-01", "2026-02-01"),
                        "totals", List.of("12.50", "30.00"), "statuses", List.of("OPEN", "PAID")))
                .input("accountNumber", "ACC-100234")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(200, history(List.of("INV-2026-0042", "INV-2026-0031"), List.of("2026-03-01", "2026-02-01"),
                        List.of("12.50", "30.00"), List.of("OPEN", "PAID")))
                .flatten());

        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"invoices.invoiceNumber": ["INV-2026-0042", "INV-2026-0031"], "invoices.issuedOn": ["2026-03-01", "2026-02-01"],
                 "invoices.total": ["12.50", "30.00"], "invoices.status": ["OPEN", "PAID"]}"""));
    }

    @Test
    void accountWithoutInvoicesGetsAnEmptyList(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an account without invoices", interaction -> interaction
                .given("account {accountNumber} has no invoice history", Map.of("accountNumber", "ACC-100235"))
                .input("accountNumber", "ACC-100235")
                .credential("apiKey", BillingBodies.API_KEY)
                // A DSL body, not respondsWith(200, "[]"): the bridge pins a top-level "[]" with an equality matcher on
                // "$", which pact-jvm's provider verifier compares as raw bytes and always fails. An empty array without
                // matchers still only matches an empty array.
                .respondsWith(200, new PactDslJsonArray()));

        assertThat(report.output()).isEqualTo(JSON.readTree("{\"invoices\": []}"));
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

    /** The vendor's top-level array, one explicit element per invoice; totals pinned as money, statuses as the enum. */
    private static PactDslJsonArray history(List<String> numbers, List<String> issuedOn, List<String> totals, List<String> statuses) {
        PactDslJsonArray array = new PactDslJsonArray();
        for (int i = 0; i < numbers.size(); i++) {
            PactDslJsonBody invoice = array.object().stringType("invoiceNumber", numbers.get(i))
                    .stringMatcher("issuedOn", BillingBodies.DATE, issuedOn.get(i));
            BillingBodies.money(invoice, "total", totals.get(i)).stringMatcher("status", "^(PAID|OPEN|OVERDUE)$", statuses.get(i));
            invoice.closeObject();
        }
        return array;
    }
}
