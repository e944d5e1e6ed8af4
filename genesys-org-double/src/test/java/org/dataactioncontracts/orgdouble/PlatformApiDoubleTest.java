package org.dataactioncontracts.orgdouble;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The double answers as the Platform API documents it, over real HTTP. */
class PlatformApiDoubleTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private PlatformApiDouble org;
    private String integration;
    private String token;

    @BeforeEach
    void start() throws Exception {
        org = PlatformApiDouble.start("the-client", "the-secret");
        integration = org.addIntegration("CRM", "custom-rest-actions");
        token = token("the-client", "the-secret").path("access_token").asText();
    }

    @AfterEach
    void stop() {
        org.close();
    }

    private static ObjectNode definition(String name, String outputType) {
        ObjectNode action = MAPPER.createObjectNode().put("name", name);
        action.putObject("config").putObject("request").put("requestUrlTemplate", "/x").put("requestType", "GET");
        ObjectNode contract = action.putObject("contract");
        contract.putObject("input").putObject("inputSchema").put("type", "object");
        contract.putObject("output").putObject("successSchema").put("type", outputType);
        return action;
    }

    private JsonNode token(String id, String secret) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(org.baseUrl() + "/oauth/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        return MAPPER.readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(org.baseUrl() + path)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    @Test
    void refusesAWrongClientSecretAndRequestsWithoutAToken() throws Exception {
        assertThat(token("the-client", "wrong").path("error").asText()).isEqualTo("invalid_client");
        token = "not-a-token";
        HttpResponse<String> response = call("GET", "/api/v2/integrations/actions", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asText()).isEqualTo("authentication.required");
    }

    @Test
    void listsActionsPageByPageFilteredByCategoryAndName() throws Exception {
        for (int i = 1; i <= 5; i++) {
            org.addAction(integration, "CRM", definition("Get Thing " + i, "object"));
        }
        org.addAction(integration, "Billing", definition("Get Invoice", "object"));

        JsonNode page2 = json(call("GET", "/api/v2/integrations/actions?category=CRM&pageSize=2&pageNumber=2", null));
        assertThat(page2.path("pageCount").asInt()).isEqualTo(3);
        assertThat(page2.path("total").asInt()).isEqualTo(5);
        assertThat(page2.path("entities")).extracting(e -> e.path("name").asText()).containsExactly("Get Thing 3", "Get Thing 4");
        assertThat(page2.path("entities").get(0).has("config")).as("a listing carries no config").isFalse();

        JsonNode named = json(call("GET", "/api/v2/integrations/actions?name=invoice", null));
        assertThat(named.path("entities")).extracting(e -> e.path("category").asText()).containsExactly("Billing");
    }

    @Test
    void returnsConfigAndContractOnlyWhenAskedFor() throws Exception {
        String id = org.addAction(integration, "CRM", definition("Get Thing", "object"));
        JsonNode bare = json(call("GET", "/api/v2/integrations/actions/" + id, null));
        JsonNode full = json(call("GET", "/api/v2/integrations/actions/" + id + "?expand=contract&includeConfig=true", null));
        assertThat(bare.has("config") || bare.has("contract")).isFalse();
        assertThat(full.path("config").path("request").path("requestType").asText()).isEqualTo("GET");
        assertThat(full.path("contract").path("output").path("successSchema").path("type").asText()).isEqualTo("object");
        assertThat(full.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aDraftIsPatchedWithItsVersionValidatedAndPublished() throws Exception {
        String id = org.addAction(integration, "CRM", definition("Get Thing", "object"));
        String base = "/api/v2/integrations/actions/" + id + "/draft";
        assertThat(call("GET", base, null).statusCode()).isEqualTo(404);
        JsonNode draft = json(call("POST", base, null));

        ObjectNode patch = MAPPER.createObjectNode().put("version", draft.path("version").asInt());
        patch.set("config", definition("Get Thing", "object").path("config").deepCopy());
        ((ObjectNode) patch.path("config").path("request")).put("requestUrlTemplate", "/y");
        HttpResponse<String> stale = call("PATCH", base, MAPPER.createObjectNode().put("version", 99).set("config", patch.get("config")));
        assertThat(stale.statusCode()).as("a stale version is a conflict").isEqualTo(409);
        JsonNode patched = json(call("PATCH", base, patch));

        assertThat(json(call("GET", base + "/validation", null)).path("valid").asBoolean()).isTrue();
        assertThat(call("POST", base + "/publish", MAPPER.createObjectNode().put("version", 1)).statusCode()).isEqualTo(409);
        JsonNode published = json(call("POST", base + "/publish", MAPPER.createObjectNode().put("version", patched.path("version").asInt())));
        assertThat(published.path("version").asInt()).isEqualTo(2);
        assertThat(org.action(id).orElseThrow().at("/config/request/requestUrlTemplate").asText()).isEqualTo("/y");
    }

    @Test
    void refusesToChangeThePublishedContractAndToModifyBuiltInActions() throws Exception {
        String id = org.addAction(integration, "CRM", definition("Get Thing", "object"));
        JsonNode draft = json(call("POST", "/api/v2/integrations/actions/" + id + "/draft", null));
        ObjectNode patch = MAPPER.createObjectNode().put("version", draft.path("version").asInt());
        patch.set("contract", definition("Get Thing", "array").get("contract"));
        HttpResponse<String> frozen = call("PATCH", "/api/v2/integrations/actions/" + id + "/draft", patch);
        assertThat(frozen.statusCode()).isEqualTo(400);
        assertThat(json(frozen).path("message").asText()).contains("contract of a published action cannot be changed");

        String builtIn = org.addBuiltInAction(integration, "Genesys", definition("Built In", "object"));
        assertThat(builtIn).startsWith("static");
        assertThat(call("POST", "/api/v2/integrations/actions/" + builtIn + "/draft", null).statusCode()).isEqualTo(400);
    }

    @Test
    void injectedThrottlingAnswers429WithRetryAfterThenRecovers() throws Exception {
        org.throttleNext(1, 3);
        org.failNext(1, 503);
        HttpResponse<String> throttled = call("GET", "/api/v2/integrations/actions", null);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(call("GET", "/api/v2/integrations/actions", null).statusCode()).isEqualTo(503);
        assertThat(call("GET", "/api/v2/integrations/actions", null).statusCode()).isEqualTo(200);
        assertThat(org.calls()).endsWith("GET /api/v2/integrations/actions -> 429", "GET /api/v2/integrations/actions -> 503",
                "GET /api/v2/integrations/actions -> 200");
    }

    @Test
    void theTestEndpointReturnsTheScriptedTestExecutionResult() throws Exception {
        String id = org.addAction(integration, "CRM", definition("Get Thing", "object"));
        org.testResult(id, input -> {
            ObjectNode result = MAPPER.createObjectNode();
            result.putArray("operations").addObject().put("step", 1).put("name", "Execute").put("success", true)
                    .putObject("result").put("echo", input.path("id").asText());
            result.putObject("finalResult").put("echo", input.path("id").asText());
            return result.put("success", true);
        });
        JsonNode result = json(call("POST", "/api/v2/integrations/actions/" + id + "/test", MAPPER.createObjectNode().put("id", "C-1")));
        assertThat(result.at("/operations/0/result/echo").asText()).isEqualTo("C-1");
        assertThat(result.path("success").asBoolean()).isTrue();
    }
}
