package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DriftSwitchTest {

    @Test
    void renameAppliesToKeysAtEveryDepthOfEveryResponse() {
        ProviderOptions options = ProviderOptions.of("crm", 0).withRename("customerId", "customer_id")
                .withRename("city", "town");
        try (RunningProvider crm = ReferenceProviders.start(options)) {
            HttpTestClient http = new HttpTestClient(crm);

            HttpTestClient.Reply lookup = http.get("/api/v1/customers?phone=%2B15551230001");
            HttpTestClient.Reply customer = http.get("/api/v1/customers/C-1001");

            assertThat(lookup.json().path("results").get(0).has("customerId")).isFalse();
            assertThat(lookup.json().path("results").get(0).path("customer_id").asText()).isEqualTo("C-1001");
            assertThat(customer.json().path("address").path("town").asText()).isEqualTo("London");
            assertThat(customer.raw()).doesNotContain("\"customerId\"").doesNotContain("\"city\"");
        }
    }

    @Test
    void renameKeepsFieldOrderAndLeavesValuesAlone() {
        try (RunningProvider crm = ReferenceProviders.start(ProviderOptions.of("crm", 0).withRename("fullName", "name"))) {
            HttpTestClient.Reply customer = new HttpTestClient(crm).get("/api/v1/customers/C-1001");

            assertThat(customer.raw()).startsWith("{\"customerId\":\"C-1001\",\"name\":\"Ada Lovelace\",\"phone\"");
        }
    }

    @Test
    void renameDoesNotTouchProviderStateReplies() {
        try (RunningProvider crm = ReferenceProviders.start(ProviderOptions.of("crm", 0).withRename("customerId", "customer_id"))) {
            HttpTestClient.Reply setup = new HttpTestClient(crm).setup("customer {customerId} exists", "{\"customerId\": \"C-1001\"}");

            assertThat(setup.json().path("customerId").asText()).isEqualTo("C-1001");
        }
    }

    @Test
    void withoutRenamesResponsesKeepTheirKeys() {
        try (RunningProvider crm = ReferenceProviders.start(ProviderOptions.of("crm", 0))) {
            assertThat(new HttpTestClient(crm).get("/api/v1/customers/C-1001").json().has("customerId")).isTrue();
        }
    }
}
