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

/** The agent script's list of unpaid invoices: array outputs, one entry per invoice, oldest due first. */
@DataActionContractTest(provider = "billing-api")
class GetOpenInvoicesContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION = "Get-Open-Invoices";

    @Test
    void accountWithOpenInvoicesGetsThemAsArrays(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an account with two open invoices", interaction -> interaction
                .given("account {accountNumber} has open invoices", Map.of("accountNumber", "ACC-100234",
                        "invoiceNumbers", List.of("INV-2026-0041", "INV-2026-0042"), "amountsDue", List.of("7.25", "12.50"),
                        "dueDates", List.of("2026-03-15", "2026-04-15")))
                .input("accountNumber", "ACC-100234")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(200, openInvoices(List.of("INV-2026-0041", "INV-2026-0042"), List.of("7.25", "12.50"),
                        List.of("2026-03-15", "2026-04-15"))));

        assertThat(report.request().orElseThrow().query()).contains("status=open");
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"invoiceNumbers": ["INV-2026-0041", "INV-2026-0042"], "amountsDue": ["7.25", "12.50"],
                 "dueDates": ["2026-03-15", "2026-04-15"], "openInvoiceCount": 2}"""));
    }

    @Test
    void accountWithoutOpenInvoicesGetsEmptyArrays(DataActionContracts contracts) throws Exception {
        ExecutionReport report = contracts.verify(ACTION, "an account without open invoices", interaction -> interaction
                .given("account {accountNumber} has no open invoices", Map.of("accountNumber", "ACC-100235"))
                .input("accountNumber", "ACC-100235")
                .credential("apiKey", BillingBodies.API_KEY)
                .respondsWith(200, "{\"invoices\": [], \"total\": 0}")
                .waivePin("invoiceNumbers", "no open invoices: the list is empty, the flow sees []")
                .waivePin("amountsDue", "no open invoices: the list is empty, the flow sees []")
                .waivePin("dueDates", "no open invoices: the list is empty, the flow sees []"));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.output()).isEqualTo(JSON.readTree("""
                {"invoiceNumbers": [], "amountsDue": [], "dueDates": [], "openInvoiceCount": 0}"""));
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

    /** Open invoices, one explicit element each (a type-matched list would repeat its first element), money pinned. */
    private static PactDslJsonBody openInvoices(List<String> numbers, List<String> amounts, List<String> dueDates) {
        PactDslJsonBody body = new PactDslJsonBody();
        PactDslJsonArray invoices = body.array("invoices");
        for (int i = 0; i < numbers.size(); i++) {
            PactDslJsonBody invoice = invoices.object().stringType("invoiceNumber", numbers.get(i));
            BillingBodies.money(invoice, "amountDue", amounts.get(i)).stringMatcher("dueDate", BillingBodies.DATE, dueDates.get(i));
            invoice.closeObject();
        }
        invoices.closeArray();
        return body.integerType("total", (long) numbers.size());
    }
}
