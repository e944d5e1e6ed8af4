package org.dataactioncontracts.pact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.Outcome;
import org.dataactioncontracts.jsonata.JsonataMiddleware;
import org.dataactioncontracts.pact.DataActionContractError;
import org.dataactioncontracts.pact.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.io.TempDir;
import org.dataactioncontracts.genesys.TestResultJson;

/** The Pact bridge end to end: derived contracts, the mock server over real HTTP, the guards, the written pact. */
class InteractionRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROVIDER = "test-provider";

    @TempDir
    Path pacts;
    private ContractSession session;
    private InteractionRunner runner;

    @BeforeEach
    void newSession() throws URISyntaxException {
        Path actions = Path.of(getClass().getResource("/contract-actions").toURI());
        session = new ContractSession(new ModuleSettings("dac-selftest", actions, pacts));
        runner = new InteractionRunner(session);
    }

    private static Plan plan(String scenario, java.util.function.Consumer<Builder> edit) {
        Builder b = new Builder(scenario);
        edit.accept(b);
        return b.build();
    }

    /** A plan without the public spec's lambda, for tests of the runner itself. */
    private static final class Builder {
        final String scenario;
        List<Plan.ProviderState> states = List.of();
        Map<String, Object> input = Map.of();
        Map<String, String> credentials = Map.of();
        Map<String, Object> examples = Map.of();
        Set<String> absent = Set.of();
        List<Plan.Waiver> waivers = List.of();
        Integer status;
        boolean derived;
        String body;
        org.dataactioncontracts.genesys.Middleware middleware;

        Builder(String scenario) {
            this.scenario = scenario;
        }

        /** The same plan through the public DSL, so the runner sees what {@code verify} gives it. */
        Plan build() {
            return Plans.of(scenario, s -> {
                states.forEach(state -> s.given(state.name(), state.params()));
                s.input(input);
                credentials.forEach(s::credential);
                examples.forEach(s::example);
                s.withoutFields(absent.toArray(String[]::new));
                waivers.forEach(w -> s.waivePin(w.translationKey(), w.reason()));
                if (middleware != null) {
                    s.middleware(middleware);
                }
                if (body != null) {
                    s.respondsWith(status == null ? 200 : status, body);
                } else if (derived && status != null) {
                    s.respondsWithDerivedBody(status);
                } else if (status != null) {
                    s.respondsWith(status);
                }
            });
        }
    }

    private JsonNode writtenPact() throws Exception {
        List<Path> files = session.writePacts();
        assertThat(files).containsExactly(pacts.resolve("dac-selftest-" + PROVIDER + ".json"));
        return JSON.readTree(files.get(0).toFile());
    }

    @Test
    void derivedContractPinsTheFilterLiteralAndTheEngineReadsItOverHttp() throws Exception {
        ExecutionReport report = runner.run(PROVIDER, "Get-Conversation-Customer", plan("a conversation with a customer", p -> {
            p.states = List.of(new Plan.ProviderState("conversation {conversationId} exists", Map.of("conversationId", "c-1")));
            p.input = Map.of("conversationId", "c-1");
            p.examples = Map.of("customerParticipantId", "p-42", "queueName", "Support");
        }), "Test.m");

        assertThat(report.output()).isEqualTo(JSON.readTree("{\"customerParticipantId\":\"p-42\",\"queueName\":\"Support\"}"));
        JsonNode interaction = writtenPact().at("/interactions/0");
        assertThat(interaction.get("description").asText()).isEqualTo("Get Conversation Customer: a conversation with a customer");
        assertThat(interaction.at("/request/path").asText()).isEqualTo("/api/v2/conversations/c-1");
        assertThat(interaction.at("/response/body/content")).isEqualTo(JSON.readTree(
                "{\"participants\":[{\"id\":\"p-42\",\"purpose\":\"customer\"}],\"queue\":{\"name\":\"Support\"}}"));
        assertThat(interaction.at("/response/matchingRules/body").fieldNames()).toIterable().containsExactly("$.participants", "$.queue.name");
        JsonNode contains = interaction.at("/response/matchingRules/body/$.participants/matchers/0");
        assertThat(contains.get("match").asText()).isEqualTo("arrayContains");
        assertThat(contains.at("/variants/0/rules/$.purpose/matchers/0/match").asText()).isEqualTo("equality");
        assertThat(contains.at("/variants/0/rules/$.id/matchers/0/match").asText()).isEqualTo("type");
        assertThat(interaction.at("/providerStates/0/params/conversationId").asText()).isEqualTo("c-1");
        assertThat(interaction.at("/comments/text/0").asText()).isEqualTo("Data Action file: Get-Conversation-Customer.custom.json");
        assertThat(interaction.at("/comments/input")).isEqualTo(JSON.readTree("{\"conversationId\":\"c-1\"}"));
    }

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    @ResourceLock(Resources.SYSTEM_ERR)
    void canaryCredentialsNeverReachThePactTheReportOrTheLogs() throws Exception {
        String canary = "CANARY-SECRET-123";
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ExecutionReport report;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            report = runner.run(PROVIDER, "Get-Account-Secure", plan("an open account", p -> {
                p.input = Map.of("accountId", "A 1");
                p.credentials = Map.of("apiKey", canary, "clientId", "client-canary-id", "clientSecret", canary + "-2");
            }), "Test.m");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String pact = Files.readString(session.writePacts().get(0));
        String basic = Base64.getEncoder().encodeToString(("client-canary-id:" + canary + "-2").getBytes(StandardCharsets.UTF_8));

        assertThat(report.success()).as(report.describeFailure()).isTrue();
        assertThat(pact).doesNotContain(canary, "client-canary-id", basic).contains("REDACTED-apiKey");
        assertThat(TestResultJson.of(report).toString()).doesNotContain(canary, basic);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(canary, basic);
        JsonNode request = JSON.readTree(pact).at("/interactions/0/request");
        assertThat(request.at("/matchingRules/header/x-api-key/matchers/0/regex").asText()).isEqualTo(".+");
        assertThat(request.at("/matchingRules/header/Authorization/matchers/0/regex").asText()).isEqualTo("Basic .+");
        assertThat(request.at("/matchingRules/query/key/matchers/0/regex").asText()).isEqualTo(".+");
        assertThat(request.at("/query/accountId").isMissingNode()).isTrue();
        assertThat(request.at("/path").asText()).isEqualTo("/v1/accounts/A+1");
    }

    @Test
    void rawResultActionGetsTheOutputSchemaAsItsContract() throws Exception {
        ExecutionReport report = runner.run(PROVIDER, "Get-Orders-Raw", plan("two orders", p -> p.input = Map.of("customerId", "C-1")), "Test.m");

        assertThat(report.success()).as(report.describeFailure()).isTrue();
        JsonNode interaction = writtenPact().at("/interactions/0");
        assertThat(interaction.at("/response/body/content")).isEqualTo(JSON.readTree(
                "{\"count\":1,\"orders\":[{\"id\":\"id-example\",\"state\":\"new\"}]}"));
        assertThat(interaction.at("/response/matchingRules/body/$.orders[*].state/matchers/1/regex").asText()).isEqualTo("^(new|shipped)$");
        assertThat(interaction.at("/response/matchingRules/body/$.count/matchers/0/match").asText()).isEqualTo("integer");
    }

    @Test
    void anExplicitResponseThatDoesNotPinATranslationPathFailsNamingTheKey() {
        assertThatThrownBy(() -> runner.run(PROVIDER, "Get-Conversation-Customer", plan("queue only", p -> {
            p.input = Map.of("conversationId", "c-1");
            p.status = 200;
            p.body = "{\"queue\": {\"name\": \"Support\"}}";
        }), "Test.m"))
                .isInstanceOf(DataActionContractError.class)
                .hasMessage("Data Action 'Get Conversation Customer' (Get-Conversation-Customer.custom.json), interaction 'queue only': the"
                        + " response does not pin what the translation reads:\n"
                        + "  - 'customerIds' ($.participants[?(@.purpose == 'customer')].id) finds nothing in the response example, so the flow"
                        + " would get the default []\n"
                        + "Pin each field in the response (or drop the body and let the bridge derive it), or accept the gap with"
                        + " waivePin(key, reason) / withoutFields(key)");
    }

    @Test
    void aWaivedPathPassesAndTheFlowSeesTheDefault() throws Exception {
        ExecutionReport report = runner.run(PROVIDER, "Get-Conversation-Customer", plan("no customer leg", p -> {
            p.input = Map.of("conversationId", "c-1");
            p.status = 200;
            p.body = "{\"participants\": [], \"queue\": {\"name\": \"Support\"}}";
            p.waivers = List.of(new Plan.Waiver("customerIds", "an agent-only conversation has no customer leg"));
        }), "Test.m");

        assertThat(report.output()).isEqualTo(JSON.readTree("{\"customerParticipantId\":\"\",\"queueName\":\"Support\"}"));
    }

    @Test
    void withoutFieldsLeavesTheFieldOutAndTheDefaultApplies() throws Exception {
        ExecutionReport report = runner.run(PROVIDER, "Get-Preferences-Behind-Adapter", plan("adapter drops doNotCall", p -> {
            p.input = Map.of("customerId", "C-1");
            p.absent = Set.of("doNotCall");
            p.examples = Map.of("channel", "sms");
        }), "Test.m");

        assertThat(report.output()).isEqualTo(JSON.readTree("{\"channel\":\"sms\",\"doNotCall\":true}"));
        assertThat(writtenPact().at("/interactions/0/response/body/content")).isEqualTo(JSON.readTree("{\"preferredChannel\":\"sms\"}"));
    }

    @Test
    void theSameDescriptionAndStateTwiceFailsNamingBothTests() {
        runner.run(PROVIDER, "Get-Orders-Raw", plan("two orders", p -> p.input = Map.of("customerId", "C-1")), "FirstTest.a");

        assertThatThrownBy(() -> runner.run(PROVIDER, "Get-Orders-Raw", plan("two orders", p -> p.input = Map.of("customerId", "C-2")),
                "SecondTest.b"))
                .isInstanceOf(DataActionContractError.class)
                .hasMessage("Duplicate interaction for provider 'test-provider': 'Get Orders Raw: two orders' with the same provider states is"
                        + " declared by FirstTest.a and again by SecondTest.b. One pact keeps only one interaction per description and"
                        + " state, so the other would vanish silently. Give each scenario its own name");
    }

    @Test
    void failurePathInteractionReturnsTheFailureArchitectTakes() throws Exception {
        ExecutionReport report = runner.run(PROVIDER, "Get-Orders-Raw", plan("unknown customer", p -> {
            p.input = Map.of("customerId", "nobody");
            p.status = 404;
            p.body = "{\"message\": \"no such customer\"}";
        }), "Test.m");

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.error().orElseThrow().status()).isEqualTo(404);
        assertThat(writtenPact().at("/interactions/0/comments/architectPath").asText()).isEqualTo("FAILURE");
    }

    @Test
    void middlewareRunsBetweenTheBackendAndTheTranslation() throws Exception {
        JsonataMiddleware adapter = JsonataMiddleware.of("adapter.jsonata",
                "{ \"preferredChannel\": $lowercase(legacy.PREFS.CHANNEL[0]), \"doNotCall\": legacy.PREFS.DNC = \"Y\" }");

        ExecutionReport report = runner.run(PROVIDER, "Get-Preferences-Behind-Adapter", plan("legacy record", p -> {
            p.input = Map.of("customerId", "C-1");
            p.status = 200;
            p.body = "{\"legacy\": {\"CUST_ID\": \"C-1\", \"PREFS\": {\"CHANNEL\": [\"SMS\", \"EMAIL\"], \"DNC\": \"N\"}}}";
            p.middleware = adapter;
        }), "Test.m");

        assertThat(report.output()).isEqualTo(JSON.readTree("{\"channel\":\"sms\",\"doNotCall\":false}"));
        assertThat(TestResultJson.of(report).at("/operations/7/result/middleware/name").asText()).isEqualTo("adapter.jsonata");
    }

    @Test
    void derivingBehindAMiddlewareAsksForTheBackendResponse() {
        assertThatThrownBy(() -> runner.run(PROVIDER, "Get-Preferences-Behind-Adapter", plan("derived", p -> {
            p.input = Map.of("customerId", "C-1");
            p.middleware = JsonataMiddleware.of("adapter.jsonata", "$");
        }), "Test.m")).isInstanceOf(DataActionContractError.class).hasMessageContaining(
                "the action runs behind the middleware 'adapter.jsonata', whose transform cannot be inverted to derive the backend's response."
                        + " Give the backend's response with respondsWith(200, body)");
    }

    @Test
    void anUnrenderableRequestFailsBeforeAnyContractIsWritten() {
        assertThatThrownBy(() -> runner.run(PROVIDER, "Get-Conversation-Customer", plan("no input", p -> { }), "Test.m"))
                .isInstanceOf(DataActionContractError.class)
                .hasMessageStartingWith("Data Action 'Get Conversation Customer' (Get-Conversation-Customer.custom.json), interaction 'no input':"
                        + " the request cannot be rendered for this input, so there is no contract to write.");
    }

    @Test
    void anUnknownDataActionNamesTheModulesFiles() {
        assertThatThrownBy(() -> runner.run(PROVIDER, "Get-Nothing", plan("x", p -> { }), "Test.m"))
                .isInstanceOf(DataActionContractError.class)
                .hasMessageContaining("No Data Action 'Get-Nothing' in ")
                .hasMessageContaining("Get-Orders-Raw.custom.json");
    }

    @Test
    void rewritingReplacesThePreviousPactSoRemovedInteractionsDisappear() throws Exception {
        runner.run(PROVIDER, "Get-Orders-Raw", plan("old scenario", p -> p.input = Map.of("customerId", "C-1")), "Test.m");
        session.writePacts();
        ContractSession next = new ContractSession(session.settings());
        new InteractionRunner(next).run(PROVIDER, "Get-Orders-Raw", plan("new scenario", p -> p.input = Map.of("customerId", "C-1")), "Test.m");

        JsonNode pact = JSON.readTree(next.writePacts().get(0).toFile());

        assertThat(pact.get("interactions")).hasSize(1);
        assertThat(pact.at("/interactions/0/description").asText()).isEqualTo("Get Orders Raw: new scenario");
        assertThat(pact.at("/metadata/pactSpecification/version").asText()).isEqualTo("4.0");
    }

    @Test
    void requestBodyValuesThatComeFromInputsAreMatchedByTypeAndConstantsStayExact() throws Exception {
        ExecutionReport report = runner.run(PROVIDER, "Create-Case", plan("a new case", p -> {
            p.input = Map.of("customerId", "C-1", "subject", "Broken \"router\"", "priority", 2);
            p.examples = Map.of("caseId", "CS-9");
        }), "Test.m");

        assertThat(report.output()).isEqualTo(JSON.readTree("{\"caseId\":\"CS-9\"}"));
        JsonNode request = writtenPact().at("/interactions/0/request");
        assertThat(request.at("/body/content")).isEqualTo(JSON.readTree(
                "{\"customerId\":\"C-1\",\"subject\":\"Broken \\\"router\\\"\",\"priority\":2,\"channel\":\"voice\"}"));
        assertThat(request.at("/matchingRules/body").fieldNames()).toIterable().containsExactlyInAnyOrder("$.customerId", "$.subject", "$.priority");
        assertThat(request.at("/matchingRules/body/$.priority/matchers/0/match").asText()).isEqualTo("integer");
    }

    @Test
    void aBodyKeepsTheDataActionsContentTypeHeaderAsTheOnlyOne() throws Exception {
        runner.run(PROVIDER, "Create-Case", plan("a new case", p -> {
            p.input = Map.of("customerId", "C-1", "subject", "Router", "priority", 2);
            p.examples = Map.of("caseId", "CS-9");
        }), "Test.m");

        JsonNode request = writtenPact().at("/interactions/0/request");
        assertThat(request.get("headers").fieldNames()).toIterable().filteredOn(name -> name.equalsIgnoreCase("content-type"))
                .containsExactly("Content-Type");
        assertThat(request.at("/headers/Content-Type/0").asText()).isEqualTo("application/json");
        assertThat(request.at("/body/contentType").asText()).isEqualTo("application/json");
    }

    @Test
    void aCreatedStatusCanCarryTheDerivedBody() throws Exception {
        ExecutionReport report = runner.run(PROVIDER, "Create-Case", plan("created", p -> {
            p.input = Map.of("customerId", "C-1", "subject", "Router", "priority", 1);
            p.status = 201;
            p.derived = true;
            p.examples = Map.of("caseId", "CS-1");
        }), "Test.m");

        assertThat(report.output()).isEqualTo(JSON.readTree("{\"caseId\":\"CS-1\"}"));
        JsonNode response = writtenPact().at("/interactions/0/response");
        assertThat(response.get("status").asInt()).isEqualTo(201);
        assertThat(response.at("/body/content")).isEqualTo(JSON.readTree("{\"id\":\"CS-1\"}"));
    }

    @Test
    void aSchemaPatternBecomesARegexAndATypeMatcherOnTheDerivedField() throws Exception {
        runner.run(PROVIDER, "Get-Balance", plan("a balance", p -> {
            p.input = Map.of("accountId", "A-1");
            p.examples = Map.of("amountDue", "12.50");
        }), "Test.m");

        JsonNode rules = writtenPact().at("/interactions/0/response/matchingRules/body/$.balance.amountDue/matchers");
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).get("match").asText()).isEqualTo("type");
        assertThat(rules.get(1).get("regex").asText()).isEqualTo("^\\d+\\.\\d{2}$");
    }

    @Test
    void aDerivedExampleThatBreaksTheSchemaPatternAsksForOne() {
        assertThatThrownBy(() -> runner.run(PROVIDER, "Get-Balance", plan("no example", p -> p.input = Map.of("accountId", "A-1")), "Test.m"))
                .isInstanceOf(DataActionContractError.class)
                .hasMessageEndingWith("the output property 'amountDue' has the pattern ^\\d+\\.\\d{2}$, which the example \"amountDue-example\""
                        + " does not match; give one with example(\"amountDue\", ...)");
    }

    @Test
    void anEmptyTopLevelArrayIsExactWithoutARootRule() throws Exception {
        runner.run(PROVIDER, "Get-Orders-Raw", plan("nothing at all", p -> {
            p.input = Map.of("customerId", "C-1");
            p.status = 200;
            p.body = "[]";
            p.waivers = List.of(new Plan.Waiver("*", "an empty list"));
        }), "Test.m");

        JsonNode response = writtenPact().at("/interactions/0/response");
        assertThat(response.at("/body/content")).isEqualTo(JSON.readTree("[]"));
        assertThat(response.at("/matchingRules/body/$").isMissingNode()).isTrue();
    }
}
