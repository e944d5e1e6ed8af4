package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProviderStatesTest {

    @RegisterExtension
    final ProviderUnderTest crm = ProviderUnderTest.api("crm");

    @Test
    void phoneStateParamsOverrideTheSeedAndAreEchoed() {
        HttpTestClient.Reply setup = crm.http().setup("a customer with phone {phoneNumber} exists",
                "{\"phoneNumber\": \"+15551230001\", \"customerId\": \"C-42\", \"fullName\": \"Jo Bloggs\","
                        + " \"accountTier\": \"VIP\", \"openTickets\": 7, \"isBlacklisted\": true}");

        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.raw()).isEqualTo("{\"phoneNumber\":\"+15551230001\",\"customerId\":\"C-42\",\"fullName\":\"Jo Bloggs\","
                + "\"accountTier\":\"VIP\",\"openTickets\":7,\"isBlacklisted\":true}");
        HttpTestClient.Reply lookup = crm.http().get("/api/v1/customers?phone=%2B15551230001");
        assertThat(lookup.json().path("total").intValue()).isEqualTo(1);
        assertThat(lookup.json().path("results").get(0).path("customerId").asText()).isEqualTo("C-42");
        assertThat(lookup.json().path("results").get(0).path("openTickets").intValue()).isEqualTo(7);
        assertThat(lookup.json().path("results").get(0).path("isBlacklisted").booleanValue()).isTrue();
    }

    @Test
    void valuesWrittenIntoTheStateNameBecomeParams() {
        HttpTestClient.Reply setup = crm.http().setup("a customer with phone +15550001111 exists", "{\"fullName\": \"Pat Doe\"}");

        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.json().path("phoneNumber").asText()).isEqualTo("+15550001111");
        assertThat(crm.http().get("/api/v1/customers?phone=%2B15550001111").json().path("results").get(0)
                .path("fullName").asText()).isEqualTo("Pat Doe");
    }

    @Test
    void statesThatShareWordsResolveToTheRightOne() {
        crm.http().setup("customer C-1001 does not exist", "{}");
        crm.http().setup("customer C-1002 is not a loyalty member", "{}");

        assertThat(crm.http().get("/api/v1/customers/C-1001").status()).isEqualTo(404);
        assertThat(crm.http().get("/loyalty/v2/members/C-1002/status", "x-api-key", "k").status()).isEqualTo(404);
    }

    @Test
    void numericParamsMayArriveAsStrings() {
        HttpTestClient.Reply setup = crm.http().setup("a customer with phone {phoneNumber} exists",
                "{\"phoneNumber\": \"+15550002222\", \"openTickets\": \"3\", \"isBlacklisted\": \"false\"}");

        assertThat(setup.json().path("openTickets").intValue()).isEqualTo(3);
        assertThat(setup.json().path("isBlacklisted").booleanValue()).isFalse();
    }

    @Test
    void phoneStateWithoutOpenTicketsWritesTheRecordWithoutTheField() {
        crm.http().setup("a customer with phone {phoneNumber} exists without an openTickets field",
                "{\"phoneNumber\": \"+15551230001\"}");

        HttpTestClient.Reply lookup = crm.http().get("/api/v1/customers?phone=%2B15551230001");
        assertThat(lookup.json().path("results").get(0).path("customerId").asText()).isEqualTo("C-1001");
        assertThat(lookup.json().path("results").get(0).has("openTickets")).isFalse();
    }

    @Test
    void noCustomerHasPhoneEmptiesTheLookup() {
        crm.http().setup("no customer has phone {phoneNumber}", "{\"phoneNumber\": \"+15551230001\"}");

        assertThat(crm.http().get("/api/v1/customers?phone=%2B15551230001").json().path("total").intValue()).isZero();
    }

    @Test
    void customerExistsCreatesAnUnknownCustomerAndAppliesParams() {
        HttpTestClient.Reply setup = crm.http().setup("customer {customerId} exists",
                "{\"customerId\": \"C-777\", \"fullName\": \"Nia Okafor\", \"email\": \"nia@example.com\", \"city\": \"Lagos\"}");

        assertThat(setup.status()).isEqualTo(200);
        HttpTestClient.Reply customer = crm.http().get("/api/v1/customers/C-777");
        assertThat(customer.status()).isEqualTo(200);
        assertThat(customer.json().path("fullName").asText()).isEqualTo("Nia Okafor");
        assertThat(customer.json().path("address").path("city").asText()).isEqualTo("Lagos");
    }

    @Test
    void customerDoesNotExistRemovesTheCustomerAndWhatHangsOffIt() {
        crm.http().setup("customer {customerId} does not exist", "{\"customerId\": \"C-1001\"}");

        assertThat(crm.http().get("/api/v1/customers/C-1001").status()).isEqualTo(404);
        assertThat(crm.http().get("/api/v1/customers/C-1001/cases?status=open").status()).isEqualTo(404);
        assertThat(crm.http().get("/loyalty/v2/members/C-1001/status", "x-api-key", "k").status()).isEqualTo(404);
        assertThat(crm.http().get("/prod/customers/C-1001/preferences").status()).isEqualTo(404);
    }

    @Test
    void openCasesStateUsesTheGivenCaseIdsMostRecentFirst() {
        HttpTestClient.Reply setup = crm.http().setup("customer {customerId} has open cases",
                "{\"customerId\": \"C-1002\", \"caseIds\": [\"CS-1\", \"CS-2\", \"CS-3\"], \"subjects\": \"Outage, Refund\"}");

        assertThat(setup.json().path("firstCaseId").asText()).isEqualTo("CS-1");
        HttpTestClient.Reply cases = crm.http().get("/api/v1/customers/C-1002/cases?status=open");
        assertThat(cases.json().path("cases").findValuesAsText("id")).containsExactly("CS-1", "CS-2", "CS-3");
        assertThat(cases.json().path("cases").findValuesAsText("subject"))
                .containsExactly("Outage", "Refund", "Open case CS-3");
        assertThat(cases.json().path("total").intValue()).isEqualTo(3);
    }

    @Test
    void openCasesStateWithoutIdsCreatesTwoForACustomerWithNone() {
        HttpTestClient.Reply setup = crm.http().setup("customer C-1003 has open cases", "{}");

        assertThat(setup.json().path("caseCount").intValue()).isEqualTo(2);
        assertThat(crm.http().get("/api/v1/customers/C-1003/cases?status=open").json().path("total").intValue()).isEqualTo(2);
    }

    @Test
    void noOpenCasesClosesThemButKeepsClosedHistory() {
        crm.http().setup("customer {customerId} has no open cases", "{\"customerId\": \"C-1001\"}");

        assertThat(crm.http().get("/api/v1/customers/C-1001/cases?status=open").json().path("total").intValue()).isZero();
        assertThat(crm.http().get("/api/v1/customers/C-1001/cases").json().path("total").intValue()).isEqualTo(3);
    }

    @Test
    void customersMatchingCreatesAnExactMatchForTheName() {
        HttpTestClient.Reply setup = crm.http().setup("customers matching {name} exist",
                "{\"name\": \"Ann-Marie O'Neil & Co\", \"customerId\": \"C-3000\"}");

        assertThat(setup.json().path("exactMatchCustomerId").asText()).isEqualTo("C-3000");
        HttpTestClient.Reply search = crm.http().get("/api/v1/search/customers?q=Ann-Marie+O%27Neil+%26+Co&limit=10");
        assertThat(search.json().path("customers").get(0).path("customerId").asText()).isEqualTo("C-3000");
        assertThat(search.json().path("customers").get(0).path("exactMatch").booleanValue()).isTrue();
    }

    @Test
    void noCustomerMatchesEmptiesTheSearch() {
        crm.http().setup("no customer matches {name}", "{\"name\": \"O'Brien\"}");

        assertThat(crm.http().get("/api/v1/search/customers?q=O%27Brien&limit=10").json().path("total").intValue()).isZero();
    }

    @Test
    void loyaltyMemberStateSetsTierAndPoints() {
        crm.http().setup("customer {customerId} is a loyalty member",
                "{\"customerId\": \"C-1003\", \"tierCode\": \"SILVER\", \"pointsBalance\": 250}");

        HttpTestClient.Reply status = crm.http().get("/loyalty/v2/members/C-1003/status", "x-api-key", "k");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().path("tier").path("code").asText()).isEqualTo("SILVER");
        assertThat(status.json().path("tier").path("name").asText()).isEqualTo("Silver");
        assertThat(status.json().path("points").path("balance").intValue()).isEqualTo(250);
    }

    @Test
    void notALoyaltyMemberMakesTheStatusA404() {
        crm.http().setup("customer {customerId} is not a loyalty member", "{\"customerId\": \"C-1001\"}");

        assertThat(crm.http().get("/loyalty/v2/members/C-1001/status", "x-api-key", "k").status()).isEqualTo(404);
    }

    @Test
    void contactPreferencesStateIsServedInTheLegacyShape() {
        HttpTestClient.Reply setup = crm.http().setup("customer {customerId} has contact preferences",
                "{\"customerId\": \"C-1004\", \"channels\": [\"email\", \"voice\"], \"language\": \"fr-CA\","
                        + " \"doNotCall\": true, \"quietHoursStart\": \"20:30\", \"quietHoursEnd\": \"07:00\"}");

        assertThat(setup.raw()).isEqualTo("{\"customerId\":\"C-1004\",\"channels\":[\"email\",\"voice\"],"
                + "\"language\":\"fr-CA\",\"doNotCall\":true,\"quietHoursStart\":\"20:30\",\"quietHoursEnd\":\"07:00\"}");
        assertThat(crm.http().get("/prod/customers/C-1004/preferences").raw()).isEqualTo("{\"legacy\":{\"CUST_ID\":\"C-1004\","
                + "\"PREFS\":{\"CHANNEL\":[{\"CODE\":\"EMAIL\",\"RANK\":1},{\"CODE\":\"VOICE\",\"RANK\":2}],"
                + "\"LANG_CD\":\"FR_CA\",\"DNC_FLAG\":\"Y\",\"QUIET_FROM\":\"2030\",\"QUIET_TO\":\"0700\"}}}");
    }

    @Test
    void noContactPreferencesLeavesAnEmptyLegacyRecord() {
        HttpTestClient.Reply setup = crm.http().setup("customer {customerId} has no contact preferences", "{\"customerId\": \"C-1001\"}");

        assertThat(setup.raw()).isEqualTo("{\"customerId\":\"C-1001\",\"channels\":[],\"doNotCall\":false}");
        assertThat(crm.http().get("/prod/customers/C-1001/preferences").raw())
                .isEqualTo("{\"legacy\":{\"CUST_ID\":\"C-1001\",\"PREFS\":{}}}");
    }

    @Test
    void recentInteractionsStateUsesTheGivenChannelsMostRecentFirst() {
        HttpTestClient.Reply setup = crm.http().setup("customer {customerId} has recent interactions",
                "{\"customerId\": \"C-4242\", \"channels\": [\"sms\", \"email\"], \"agentNames\": [\"Jo Smith\"],"
                        + " \"total\": 7}");

        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.raw()).isEqualTo("{\"customerId\":\"C-4242\",\"interactionCount\":7,\"lastChannel\":\"sms\","
                + "\"lastContactDate\":\"2026-03-10T15:30:00Z\",\"lastAgentName\":\"Jo Smith\","
                + "\"channels\":[\"sms\",\"email\",\"voice\",\"voice\",\"voice\"]}");
        HttpTestClient.Reply list = crm.http().get("/api/v1/customers/C-4242/interactions?limit=5");
        assertThat(list.json().path("total").intValue()).isEqualTo(7);
        assertThat(list.json().path("interactions").findValuesAsText("channel"))
                .containsExactly("sms", "email", "voice", "voice", "voice");
        assertThat(list.json().path("interactions").get(1).path("agentName").asText()).isEqualTo("Agent 2");
    }

    @Test
    void recentInteractionsStateWithoutChannelsKeepsTheSeed() {
        HttpTestClient.Reply setup = crm.http().setup("customer C-1001 has recent interactions", "{}");

        assertThat(setup.json().path("lastChannel").asText()).isEqualTo("chat");
        assertThat(setup.json().path("interactionCount").intValue()).isEqualTo(3);
    }

    @Test
    void recentInteractionsStateRejectsAnUnknownChannel() {
        HttpTestClient.Reply setup = crm.http().setup("customer {customerId} has recent interactions",
                "{\"customerId\": \"C-1001\", \"channels\": [\"fax\"]}");

        assertThat(setup.status()).isEqualTo(400);
        assertThat(setup.json().path("message").asText()).contains("voice, chat, email, sms, got 'fax'");
    }

    @Test
    void noRecentInteractionsEmptiesTheList() {
        crm.http().setup("customer {customerId} has no recent interactions", "{\"customerId\": \"C-1001\"}");

        HttpTestClient.Reply list = crm.http().get("/api/v1/customers/C-1001/interactions?limit=5");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("interactions").size()).isZero();
        assertThat(list.json().path("total").intValue()).isZero();
    }

    @Test
    void aStateChangeWithoutAStateRestoresTheSeed() {
        crm.http().setup("customer {customerId} does not exist", "{\"customerId\": \"C-1001\"}");

        // The Pact CLI (Rust verifier) posts this for an interaction without provider states.
        HttpTestClient.Reply reply = crm.http().post("/_pact/state", "{\"state\": \"\", \"params\": {}, \"action\": \"setup\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw()).isEqualTo("{}");
        assertThat(crm.http().get("/api/v1/customers/C-1001").status()).isEqualTo(200);
        assertThat(crm.http().post("/_pact/state", "{\"action\": \"teardown\"}").status()).isEqualTo(200);
    }

    @Test
    void teardownRestoresTheSeedData() {
        crm.http().setup("customer {customerId} does not exist", "{\"customerId\": \"C-1001\"}");

        HttpTestClient.Reply teardown = crm.http().teardown("customer {customerId} does not exist");

        assertThat(teardown.status()).isEqualTo(200);
        assertThat(teardown.raw()).isEqualTo("{}");
        assertThat(crm.http().get("/api/v1/customers/C-1001").status()).isEqualTo(200);
    }

    @Test
    void unknownStateIsA400NamingItAndListingTheKnownStates() {
        HttpTestClient.Reply reply = crm.http().setup("customer C-1 is happy", "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText())
                .startsWith("unknown provider state 'customer C-1 is happy'; known states: ")
                .contains("a customer with phone {phoneNumber} exists; ")
                .contains("customer {customerId} has open cases");
    }

    @Test
    void teardownOfAnUnknownStateIsAlsoA400() {
        HttpTestClient.Reply reply = crm.http().teardown("the moon is full");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).startsWith("unknown provider state 'the moon is full'");
    }

    @Test
    void missingRequiredParamNamesStateAndParam() {
        HttpTestClient.Reply reply = crm.http().setup("a customer with phone {phoneNumber} exists", "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText())
                .isEqualTo("provider state 'a customer with phone {phoneNumber} exists' needs param 'phoneNumber'");
    }

    @Test
    void badlyTypedParamNamesStateParamAndValue() {
        HttpTestClient.Reply reply = crm.http().setup("a customer with phone {phoneNumber} exists",
                "{\"phoneNumber\": \"+15550003333\", \"openTickets\": \"many\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).isEqualTo(
                "provider state 'a customer with phone {phoneNumber} exists' param 'openTickets' must be an integer, got \"many\"");
    }

    @Test
    void unknownActionIsA400() {
        HttpTestClient.Reply reply = crm.http().state("reset", "customer {customerId} exists", "{\"customerId\": \"C-1\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).isEqualTo("\"action\" must be \"setup\" or \"teardown\", got \"reset\"");
    }

    @Test
    void bodyThatIsNotJsonIsA400() {
        HttpTestClient.Reply reply = crm.http().post("/_pact/state", "state=oops");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).startsWith("state change body is not JSON: ");
    }

    @Test
    void stateAndParamsMayComeAsQueryParameters() {
        // Pact verifiers with stateChangeUsesBody=false post an empty body and put everything in the query.
        HttpTestClient.Reply reply = crm.http().post("/_pact/state?state=customer+%7BcustomerId%7D+exists"
                + "&customerId=C-55&fullName=Query+Person&action=setup", "");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(crm.http().get("/api/v1/customers/C-55").json().path("fullName").asText()).isEqualTo("Query Person");
    }

    @Test
    void stateEndpointAcceptsPostOnly() {
        HttpTestClient.Reply reply = crm.http().get("/_pact/state");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().path("message").asText()).isEqualTo("/_pact/state accepts POST only");
    }
}
