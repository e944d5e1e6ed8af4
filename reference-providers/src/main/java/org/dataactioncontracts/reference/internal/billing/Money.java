package org.dataactioncontracts.reference.internal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.dataactioncontracts.reference.internal.ProviderStateException;

/** Money as the billing vendor writes it: two decimals, in strings ({@code "12.50"}) and in numbers ({@code 12.50}). */
final class Money {

    private Money() {
    }

    /** {@code value} with exactly two decimals. */
    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The vendor's string form, e.g. {@code "12.50"}. */
    static String text(BigDecimal value) {
        return cents(value).toPlainString();
    }

    /**
     * Parses a provider-state amount ({@code "12.50"}, {@code 12.5}).
     *
     * @throws ProviderStateException naming the state and the param when it is not a non-negative amount
     */
    static BigDecimal parse(String state, String param, String text) {
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            return cents(value);
        } catch (NumberFormatException e) {
            throw new ProviderStateException("provider state '" + state + "' param '" + param
                    + "' must be an amount like 12.50, got '" + text + "'");
        }
    }
}
