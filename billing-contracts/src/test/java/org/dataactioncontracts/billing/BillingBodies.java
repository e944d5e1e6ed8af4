package org.dataactioncontracts.billing;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import java.math.BigDecimal;

/** Response bodies of the billing vendor's API with the formats the Data Actions rely on pinned by regex. */
final class BillingBodies {
    /**
     * Money as the vendor writes it in strings: digits, a dot, exactly two decimals. {@code "12.5"} fails it, so a
     * vendor that stops padding amounts breaks verification instead of the IVR reading out "twelve point five".
     */
    static final String MONEY = "^\\d+\\.\\d{2}$";
    static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";
    static final String CURRENCY = "^[A-Z]{3}$";

    private BillingBodies() {
    }

    /**
     * {@code GET /v3/accounts/{accountNumber}/balance}: the amount as a pinned decimal string and as a number;
     * {@code dueDate} left out when {@code null} (nothing due).
     */
    static PactDslJsonBody balance(String accountNumber, String amountDue, String currency, String dueDate, boolean pastDue) {
        PactDslJsonBody body = new PactDslJsonBody().stringType("accountNumber", accountNumber);
        money(body, "amountDue", amountDue)
                .numberType("amountDueValue", new BigDecimal(amountDue))
                .stringMatcher("currency", CURRENCY, currency);
        if (dueDate != null) {
            body.stringMatcher("dueDate", DATE, dueDate);
        }
        return body.booleanType("pastDue", pastDue);
    }

    /**
     * A money string: {@link #MONEY} and, ANDed with it, a type matcher. pact-jvm's regex matcher alone accepts the
     * JSON number {@code 12.50} (it matches the number's text), which the Data Action's string output would reject.
     */
    static PactDslJsonBody money(PactDslJsonBody body, String name, String value) {
        body.stringMatcher(name, MONEY, value);
        body.getMatchers().addRule(body.getRootPath() + name, TypeMatcher.INSTANCE);
        return body;
    }
}
