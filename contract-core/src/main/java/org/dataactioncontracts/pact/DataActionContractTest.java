package org.dataactioncontracts.pact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests turn Data Actions into Pact V4 contracts with one provider.
 *
 * <p>Test methods take a {@link DataActionContracts} parameter. The consumer name, the Data Action folder and the
 * pact folder come once per domain module from {@code data-action-contracts.properties} on the test classpath
 * ({@code consumer=genesys-crm-read}, optional {@code dataActions=data-actions}, {@code pactDirectory=target/pacts}).
 * Pacts are written when the test run ends, one file per consumer and provider, replacing the previous one, and only
 * when every contract test of the module ran and passed (docs/design-notes.md, "Pact lifecycle").
 *
 * <pre>{@code
 * @DataActionContractTest(provider = "crm-customer-api")
 * class LookupCustomerByPhoneTest {
 *     @Test
 *     void knownCallerGetsTheScreenPopFields(DataActionContracts contracts) {
 *         ExecutionReport report = contracts.verify("Lookup-Customer-By-Phone", "a known caller", interaction -> interaction
 *                 .given("a customer with phone {phoneNumber} exists", Map.of("phoneNumber", "+15551230001"))
 *                 .input("phoneNumber", "+15551230001"));
 *         assertThat(report.output().get("accountTier").asText()).isEqualTo("Standard");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DataActionContractExtension.class)
public @interface DataActionContractTest {

    /**
     * The provider (backend API) name, shared by every domain that calls it, e.g. {@code crm-customer-api}; empty
     * when the test picks providers itself with {@link DataActionContracts#forProvider}.
     */
    String provider() default "";
}
