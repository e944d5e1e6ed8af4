package org.dataactioncontracts.crmread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A domain module's test classpath is contract-core and what it needs: dac's tools (record/compare, the OpenAPI check)
 * and their libraries live in contract-tools, which no domain module depends on.
 */
class DomainClasspathTest {

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, DomainClasspathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void carriesTheBridgeAndEngine() {
        assertThat(List.of("org.dataactioncontracts.pact.DataActionContracts", "org.dataactioncontracts.genesys.GenesysEmulator",
                "au.com.dius.pact.consumer.junit5.PactConsumerTestExt")).allMatch(DomainClasspathTest::loadable);
    }

    @Test
    void carriesNoOpenApiValidatorRecordCompareOrHttpClient4() {
        List<String> absent = List.of(
                "com.atlassian.oai.validator.OpenApiInteractionValidator",
                "io.swagger.v3.parser.OpenAPIV3Parser",
                "io.swagger.parser.SwaggerParser",
                "org.apache.http.client.HttpClient",
                "org.dataactioncontracts.recorded.Recorder",
                "org.dataactioncontracts.recorded.Comparison",
                "org.dataactioncontracts.openapi.OpenApiCheck",
                "joptsimple.OptionParser");
        assertThat(absent).noneMatch(DomainClasspathTest::loadable);
    }
}
