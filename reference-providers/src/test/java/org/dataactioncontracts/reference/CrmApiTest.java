package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CrmApiTest {

    @RegisterExtension
    final ProviderUnderTest crm = ProviderUnderTest.api("crm");

    @Test
    void lookupByPhoneReturnsTheOwnerAsASearchResult() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers?phone=%2B15551230001");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.json().path("total").intValue()).isEqualTo(1);
        assertThat(reply.json().path("results").get(0).path("customerId").asText()).isEqualTo("C-1001");
        assertThat(reply.json().path("results").get(0).path("accountTier").asText()).isEqualTo("Premium");
        assertThat(reply.json().path("results").get(0).path("openTickets").intValue()).isEqualTo(2);
        assertThat(reply.json().path("results").get(0).path("isBlacklisted").booleanValue()).isFalse();
    }

    @Test
    void lookupByUnknownPhoneReturnsAnEmptyResultNotA404() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers?phone=%2B19999999999");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("results").size()).isZero();
        assertThat(reply.json().path("total").intValue()).isZero();
    }

    @Test
    void lookupWithoutPhoneIsABadRequestNamingTheParameter() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).isEqualTo("query parameter 'phone' is required");
    }

    @Test
    void legacyCustomerRecordHasNoOpenTicketsField() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers?phone=%2B15551230003");

        assertThat(reply.json().path("results").get(0).has("openTickets")).isFalse();
    }

    @Test
    void customerByIdReturnsTheRecord() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers/C-1001");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("fullName").asText()).isEqualTo("Ada Lovelace");
        assertThat(reply.json().path("email").asText()).isEqualTo("ada@example.com");
        assertThat(reply.json().path("address").path("city").asText()).isEqualTo("London");
    }

    @Test
    void unknownCustomerIsA404WithAJsonErrorBody() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers/C-0000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.json().path("status").intValue()).isEqualTo(404);
        assertThat(reply.json().path("error").asText()).isEqualTo("Not Found");
        assertThat(reply.json().path("message").asText()).isEqualTo("no customer with id 'C-0000'");
    }

    @Test
    void openCasesAreListedMostRecentFirstAndClosedOnesAreFilteredOut() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers/C-1001/cases?status=open");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("total").intValue()).isEqualTo(2);
        assertThat(reply.json().path("cases").findValuesAsText("id")).containsExactly("CS-5001", "CS-5002");
        assertThat(reply.json().path("cases").get(0).path("subject").asText()).isEqualTo("Router keeps rebooting");
    }

    @Test
    void casesWithoutStatusFilterIncludeClosedOnes() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers/C-1001/cases");

        assertThat(reply.json().path("cases").findValuesAsText("id")).containsExactly("CS-5001", "CS-5002", "CS-4990");
    }

    @Test
    void casesOfAnUnknownCustomerAreA404() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers/C-0000/cases?status=open");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).isEqualTo("no customer with id 'C-0000'");
    }

    @Test
    void invalidCaseStatusIsABadRequest() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers/C-1001/cases?status=pending");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText())
                .isEqualTo("query parameter 'status' must be 'open' or 'closed', got 'pending'");
    }

    @Test
    void nameSearchDecodesApostrophesAndAmpersandsAndFlagsTheExactMatch() {
        // $esc.url("smith & sons plumbing") renders smith+%26+sons+plumbing
        HttpTestClient.Reply exact = crm.http().get("/api/v1/search/customers?q=smith+%26+sons+plumbing&limit=10");
        HttpTestClient.Reply partial = crm.http().get("/api/v1/search/customers?q=O%27Brien&limit=10");

        assertThat(exact.json().path("query").asText()).isEqualTo("smith & sons plumbing");
        assertThat(exact.json().path("customers").get(0).path("customerId").asText()).isEqualTo("C-1003");
        assertThat(exact.json().path("customers").get(0).path("exactMatch").booleanValue()).isTrue();
        assertThat(partial.json().path("total").intValue()).isEqualTo(2);
        assertThat(partial.json().path("customers").findValuesAsText("fullName"))
                .containsExactly("Grace O'Brien", "Seán O'Brien");
        assertThat(partial.json().path("customers").findValuesAsText("exactMatch")).containsOnly("false");
    }

    @Test
    void nameSearchHonoursTheLimitButReportsTheTotal() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/search/customers?q=o&limit=1");

        assertThat(reply.json().path("customers").size()).isEqualTo(1);
        assertThat(reply.json().path("total").intValue()).isGreaterThan(1);
    }

    @Test
    void nameSearchRejectsAMissingQueryAndABadLimit() {
        assertThat(crm.http().get("/api/v1/search/customers").json().path("message").asText())
                .isEqualTo("query parameter 'q' is required");
        assertThat(crm.http().get("/api/v1/search/customers?q=ada&limit=0").json().path("message").asText())
                .isEqualTo("query parameter 'limit' must be 1 to 100, got '0'");
    }

    @Test
    void loyaltyStatusNeedsAnApiKey() {
        HttpTestClient.Reply reply = crm.http().get("/loyalty/v2/members/C-1001/status");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("message").asText()).isEqualTo("missing x-api-key header");
    }

    @Test
    void loyaltyStatusRejectsABlankApiKey() {
        assertThat(crm.http().get("/loyalty/v2/members/C-1001/status", "x-api-key", " ").status()).isEqualTo(401);
    }

    @Test
    void loyaltyStatusAcceptsAnyNonEmptyApiKey() {
        HttpTestClient.Reply reply = crm.http().get("/loyalty/v2/members/C-1001/status", "x-api-key", "any-key");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("tier").path("code").asText()).isEqualTo("GOLD");
        assertThat(reply.json().path("points").path("balance").intValue()).isEqualTo(12_450);
    }

    @Test
    void loyaltyStatusOfANonMemberIsA404() {
        HttpTestClient.Reply reply = crm.http().get("/loyalty/v2/members/C-1003/status", "x-api-key", "any-key");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).isEqualTo("customer 'C-1003' is not a loyalty member");
    }

    @Test
    void apiKeyNeverReachesTheRequestLog() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ReferenceProviders.Launch launch = ReferenceProviders.launch(List.of("--api", "crm", "--port", "0"),
                new PrintStream(log, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (RunningProvider logged = launch.provider().orElseThrow()) {
            new HttpTestClient(logged).get("/loyalty/v2/members/C-1001/status", "x-api-key", "top-secret-key-42");

            assertThat(log.toString(StandardCharsets.UTF_8))
                    .contains("GET /loyalty/v2/members/C-1001/status -> 200")
                    .doesNotContain("top-secret-key-42");
        }
    }

    @Test
    void preferencesEndpointServesTheLegacyRecordTheAdapterReshapes() {
        HttpTestClient.Reply reply = crm.http().get("/prod/customers/C-1001/preferences");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw()).isEqualTo("{\"legacy\":{\"CUST_ID\":\"C-1001\",\"PREFS\":{\"CHANNEL\":["
                + "{\"CODE\":\"EMAIL\",\"RANK\":2},{\"CODE\":\"SMS\",\"RANK\":1}],\"LANG_CD\":\"EN_GB\","
                + "\"DNC_FLAG\":\"N\",\"QUIET_FROM\":\"2100\",\"QUIET_TO\":\"0800\"}}}");
    }

    @Test
    void legacyRecordLeavesOutWhatItLacks() {
        HttpTestClient.Reply reply = crm.http().get("/prod/customers/C-1003/preferences");

        assertThat(reply.raw()).isEqualTo("{\"legacy\":{\"CUST_ID\":\"C-1003\",\"PREFS\":{}}}");
    }

    @Test
    void theOldLegacyPathIsGone() {
        assertThat(crm.http().get("/legacy/custpref?CUST_ID=C-1001").status()).isEqualTo(404);
    }

    @Test
    void recentInteractionsAreListedMostRecentFirst() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers/C-1001/interactions?limit=5");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("customerId").asText()).isEqualTo("C-1001");
        assertThat(reply.json().path("total").intValue()).isEqualTo(3);
        assertThat(reply.json().path("interactions").findValuesAsText("channel")).containsExactly("chat", "voice", "email");
        assertThat(reply.json().path("interactions").get(0).path("startedAt").asText()).isEqualTo("2026-03-09T17:42:10Z");
        assertThat(reply.json().path("interactions").get(0).path("agentName").asText()).isEqualTo("Priya Shah");
    }

    @Test
    void interactionsLimitCutsTheListButNotTheTotal() {
        HttpTestClient.Reply reply = crm.http().get("/api/v1/customers/C-1001/interactions?limit=1");

        assertThat(reply.json().path("interactions").size()).isEqualTo(1);
        assertThat(reply.json().path("total").intValue()).isEqualTo(3);
        assertThat(crm.http().get("/api/v1/customers/C-1001/interactions?limit=0").status()).isEqualTo(400);
        assertThat(crm.http().get("/api/v1/customers/C-1001/interactions?limit=x").json().path("message").asText())
                .isEqualTo("query parameter 'limit' must be 1 to 50, got 'x'");
    }

    @Test
    void interactionsOfACustomerWithoutAnyAreAnEmptyListAndOfAnUnknownOneA404() {
        HttpTestClient.Reply none = crm.http().get("/api/v1/customers/C-1003/interactions?limit=5");

        assertThat(none.status()).isEqualTo(200);
        assertThat(none.raw()).isEqualTo("{\"customerId\":\"C-1003\",\"interactions\":[],\"total\":0}");
        assertThat(crm.http().get("/api/v1/customers/C-0000/interactions?limit=5").status()).isEqualTo(404);
    }

    @Test
    void preferencesOfACustomerWithoutARecordAreA404() {
        HttpTestClient.Reply reply = crm.http().get("/prod/customers/C-1004/preferences");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).isEqualTo("no contact preferences for customer 'C-1004'");
    }

    @Test
    void unknownPathIsA404NamingTheRoute() {
        HttpTestClient.Reply reply = crm.http().get("/api/v2/customers");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).isEqualTo("no route for GET /api/v2/customers");
    }

    @Test
    void methodsAnEndpointDoesNotServeAreRejectedNamingTheOnesItDoes() {
        HttpTestClient.Reply reply = crm.http().post("/api/v1/customers/C-1001", "{}");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().path("message").asText()).isEqualTo("/api/v1/customers/C-1001 accepts GET, PATCH only");
    }

    @Test
    void malformedPercentEncodingIsRejectedWith400() throws IOException {
        // java.net.URI refuses %ZZ, so this request goes over a plain socket; the JDK server rejects it before routing.
        String response = rawGet("/api/v1/customers?phone=%ZZ");

        assertThat(response).startsWith("HTTP/1.1 400");
    }

    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), crm.running().port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
