package org.dataactioncontracts.billing;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.Response;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The money rule of the billing contracts, checked with pact-jvm's own response matching (what provider verification
 * runs): a vendor that writes {@code "12.5"} instead of {@code "12.50"} fails, naming the field.
 */
class MoneyPinTest {
    private static final V4Pact PACT = new PactBuilder("genesys-billing", "billing-api", PactSpecVersion.V4)
            .expectsToReceiveHttpInteraction("Get Account Balance: an account with an amount due", http -> http
                    .withRequest(request -> request.method("GET").path("/v3/accounts/ACC-100234/balance"))
                    .willRespondWith(response -> response.status(200)
                            .body(BillingBodies.balance("ACC-100234", "12.50", "EUR", "2026-04-15", false))))
            .toPact();

    @Test
    void vendorPaddingAmountsToTwoDecimalsMatches() {
        assertThat(mismatches("""
                {"accountNumber": "ACC-100234", "amountDue": "7.00", "amountDueValue": 7, "currency": "EUR",
                 "dueDate": "2026-05-01", "pastDue": false}""")).isEmpty();
    }

    @Test
    void vendorDroppingTheTrailingZeroFailsNamingAmountDue() {
        List<Mismatch> mismatches = mismatches("""
                {"accountNumber": "ACC-100234", "amountDue": "12.5", "amountDueValue": 12.5, "currency": "EUR",
                 "dueDate": "2026-04-15", "pastDue": false}""");

        assertThat(mismatches).singleElement().isInstanceOfSatisfying(BodyMismatch.class, mismatch -> {
            assertThat(mismatch.getPath()).isEqualTo("$.amountDue");
            assertThat(mismatch.getMismatch()).isEqualTo("Expected '12.5' to match '^\\d+\\.\\d{2}$'");
        });
    }

    @Test
    void vendorSendingTheAmountAsANumberFailsNamingAmountDue() {
        List<Mismatch> mismatches = mismatches("""
                {"accountNumber": "ACC-100234", "amountDue": 12.50, "amountDueValue": 12.50, "currency": "EUR",
                 "dueDate": "2026-04-15", "pastDue": false}""");

        assertThat(mismatches).singleElement().isInstanceOfSatisfying(BodyMismatch.class, mismatch -> {
            assertThat(mismatch.getPath()).isEqualTo("$.amountDue");
            assertThat(mismatch.getMismatch()).isEqualTo("Expected 12.50 (Decimal) to be the same type as '12.50' (String)");
        });
    }

    private static List<Mismatch> mismatches(String vendorBody) {
        V4Interaction.SynchronousHttp interaction = (V4Interaction.SynchronousHttp) PACT.getInteractions().get(0);
        Response actual = new Response(200, Map.of("Content-Type", List.of("application/json")),
                OptionalBody.body(vendorBody, ContentType.Companion.getJSON()));
        return ResponseMatching.responseMismatches(PACT, interaction, actual);
    }
}
