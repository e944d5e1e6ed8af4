package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CRM write endpoints over real sockets: what the CRM write Data Actions send, and every way they can fail. */
class CrmWriteEndpointsTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    @RegisterExtension
    final ProviderUnderTest crm = ProviderUnderTest.api("crm");

    @Test
    void createdCaseIsOpenAndListedWithTheCustomersOpenCases() {
        HttpTestClient.Reply reply = crm.http().send("POST", "/api/v1/cases", JSON,
                "{\"customerId\":\"C-1002\",\"subject\":\"No dial tone\",\"priority\":\"high\",\"channel\":\"voice\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("id").asText()).isEqualTo("CS-6001");
        assertThat(reply.json().path("status").asText()).isEqualTo("open");
        assertThat(reply.json().path("customerId").asText()).isEqualTo("C-1002");
        assertThat(crm.http().get("/api/v1/customers/C-1002/cases?status=open").json().path("cases").get(0).path("id").asText())
                .isEqualTo("CS-6001");
    }

    @Test
    void caseWithTheSubjectOfAnOpenCaseIsAConflictNamingTheExistingCase() {
        HttpTestClient.Reply reply = crm.http().send("POST", "/api/v1/cases", JSON,
                "{\"customerId\":\"C-1001\",\"subject\":\"router keeps rebooting \"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("message").asText())
                .isEqualTo("customer 'C-1001' already has open case 'CS-5001' about 'Router keeps rebooting'");
        assertThat(reply.json().path("existingCaseId").asText()).isEqualTo("CS-5001");
    }

    @Test
    void caseWithoutSubjectOrWithAnUnknownPriorityIs422ListingEachField() {
        HttpTestClient.Reply reply = crm.http().send("POST", "/api/v1/cases", JSON,
                "{\"customerId\":\"C-1001\",\"subject\":\" \",\"priority\":\"urgent\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("message").asText()).isEqualTo("the case cannot be created: subject must not be blank");
        assertThat(reply.json().path("errors").toString()).isEqualTo("[{\"field\":\"subject\",\"message\":\"must not be blank\"},"
                + "{\"field\":\"priority\",\"message\":\"must be one of low, normal, high; got 'urgent'\"}]");
    }

    @Test
    void caseForAnUnknownCustomerIs422() {
        HttpTestClient.Reply reply = crm.http().send("POST", "/api/v1/cases", JSON, "{\"customerId\":\"C-0000\",\"subject\":\"Hello\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("message").asText()).isEqualTo("the case cannot be created: customerId no customer with id 'C-0000'");
    }

    @Test
    void bodyThatIsNotJsonIs400() {
        HttpTestClient.Reply reply = crm.http().send("POST", "/api/v1/cases", JSON, "customerId=C-1001");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).startsWith("the request body is not JSON: ");
    }

    @Test
    void noteOnAnOpenCaseGetsAnIdAndKeepsTheCase() {
        HttpTestClient.Reply reply = crm.http().send("POST", "/api/v1/customers/C-1001/notes", JSON,
                "{\"text\":\"Caller said \\\"it reboots\\\"\\nline 2\",\"author\":\"Jane Agent\",\"caseId\":\"CS-5001\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("id").asText()).isEqualTo("N-7001");
        assertThat(reply.json().path("caseId").asText()).isEqualTo("CS-5001");
    }

    @Test
    void noteOnAClosedCaseIsAConflict() {
        HttpTestClient.Reply reply = crm.http().send("POST", "/api/v1/customers/C-1001/notes", JSON,
                "{\"text\":\"Follow-up\",\"author\":\"Jane Agent\",\"caseId\":\"CS-4990\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("message").asText()).isEqualTo("case 'CS-4990' is closed; notes can only be added to open cases");
    }

    @Test
    void noteForAnUnknownCustomerIs404AndABlankNoteIs422() {
        assertThat(crm.http().send("POST", "/api/v1/customers/C-0000/notes", JSON, "{\"text\":\"x\",\"author\":\"a\"}").status())
                .isEqualTo(404);
        HttpTestClient.Reply blank = crm.http().send("POST", "/api/v1/customers/C-1001/notes", JSON, "{\"text\":\"\",\"author\":\"a\"}");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().path("message").asText()).isEqualTo("the note cannot be added: text must not be blank");
    }

    @Test
    void updateAtTheCurrentVersionChangesTheRecordAndBumpsTheVersion() {
        HttpTestClient.Reply reply = crm.http().send("PATCH", "/api/v1/customers/C-1001", JSON,
                "{\"expectedVersion\":1,\"email\":\"ada@lovelace.example\",\"preferredLanguage\":\"fr-FR\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("version").intValue()).isEqualTo(2);
        assertThat(crm.http().get("/api/v1/customers/C-1001").json().path("email").asText()).isEqualTo("ada@lovelace.example");
    }

    @Test
    void updateAtAStaleVersionIsAConflictNamingBothVersions() {
        crm.http().setup("customer {customerId} exists", "{\"customerId\": \"C-1001\", \"version\": 5}");

        HttpTestClient.Reply reply = crm.http().send("PATCH", "/api/v1/customers/C-1001", JSON,
                "{\"expectedVersion\":3,\"email\":\"a@b.example\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("message").asText())
                .isEqualTo("customer 'C-1001' was changed by someone else: version is 5, the update expected 3");
        assertThat(reply.json().path("currentVersion").intValue()).isEqualTo(5);
    }

    @Test
    void updateWithAnInvalidEmailIs422() {
        HttpTestClient.Reply reply = crm.http().send("PATCH", "/api/v1/customers/C-1001", JSON,
                "{\"expectedVersion\":1,\"email\":\"not-an-email\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("message").asText())
                .isEqualTo("the customer cannot be updated: email 'not-an-email' is not an e-mail address");
    }

    @Test
    void preferencesPutIsServedBackThroughTheLegacyEndpoint() {
        HttpTestClient.Reply reply = crm.http().send("PUT", "/api/v1/customers/C-1001/contact-preferences", JSON,
                "{\"preferredChannel\":\"email\",\"language\":\"en-GB\",\"doNotCall\":true,\"quietHours\":{\"start\":\"21:00\",\"end\":\"08:00\"}}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("channels").toString()).isEqualTo("[\"email\",\"sms\"]");
        assertThat(crm.http().get("/prod/customers/C-1001/preferences").json().path("legacy").path("PREFS").path("DNC_FLAG").asText())
                .isEqualTo("Y");
    }

    @Test
    void preferencesWithAnUnknownChannelOrBadQuietHoursAre422() {
        HttpTestClient.Reply reply = crm.http().send("PUT", "/api/v1/customers/C-1001/contact-preferences", JSON,
                "{\"preferredChannel\":\"fax\",\"language\":\"en-GB\",\"doNotCall\":false,\"quietHours\":{\"start\":\"9pm\",\"end\":\"08:00\"}}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("errors").findValuesAsText("field")).containsExactly("preferredChannel", "quietHours.start");
    }

    @Test
    void formEncodedCallbackRequestIsQueued() {
        HttpTestClient.Reply reply = crm.http().send("POST", "/legacy/callbacks/request.do", FORM,
                "customer_id=C-1002&phone=%2B15551230002&preferred_time=ASAP&reason=Billing+question+%26+refund");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("callbackId").asText()).isEqualTo("CB-8001");
        assertThat(reply.json().path("status").asText()).isEqualTo("QUEUED");
        assertThat(reply.json().path("queuePosition").intValue()).isEqualTo(1);
    }

    @Test
    void secondCallbackToTheSameNumberIsAConflictNamingThePendingOne() {
        crm.http().setup("customer {customerId} has a pending callback", "{\"customerId\": \"C-1001\", \"callbackId\": \"CB-9001\"}");

        HttpTestClient.Reply reply = crm.http().send("POST", "/legacy/callbacks/request.do", FORM,
                "customer_id=C-1001&phone=%2B15551230001&preferred_time=ASAP&reason=x");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("message").asText()).isEqualTo("a callback to +15551230001 is already pending (CB-9001)");
    }

    @Test
    void callbackWithANonE164NumberIs400AndAJsonBodyIs415() {
        HttpTestClient.Reply bad = crm.http().send("POST", "/legacy/callbacks/request.do", FORM,
                "customer_id=C-1001&phone=555-1234&preferred_time=ASAP");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("message").asText())
                .isEqualTo("field 'phone' must be an E.164 number like +15551230001, got '555-1234'");

        assertThat(crm.http().send("POST", "/legacy/callbacks/request.do", JSON, "{}").status()).isEqualTo(415);
    }

    @Test
    void teardownForgetsCreatedRecordsAndRestartsIds() {
        crm.http().send("POST", "/api/v1/cases", JSON, "{\"customerId\":\"C-1002\",\"subject\":\"One\"}");
        crm.http().teardown("customer {customerId} exists");

        HttpTestClient.Reply again = crm.http().send("POST", "/api/v1/cases", JSON, "{\"customerId\":\"C-1002\",\"subject\":\"One\"}");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("id").asText()).isEqualTo("CS-6001");
    }

    @Test
    void driftSwitchRenamesKeysInWriteResponsesToo() {
        crm.restart(new ProviderOptions("crm", 0, Map.of("customerId", "customer_id")));

        HttpTestClient.Reply reply = crm.http().send("POST", "/api/v1/cases", JSON, "{\"customerId\":\"C-1002\",\"subject\":\"One\"}");

        assertThat(reply.json().has("customer_id")).isTrue();
        assertThat(reply.json().has("customerId")).isFalse();
    }
}
