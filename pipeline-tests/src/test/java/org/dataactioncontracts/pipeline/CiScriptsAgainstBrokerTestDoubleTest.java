package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.dataactioncontracts.pipeline.CiScripts.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four ci/ scripts, run as Jenkins runs them, against {@link PactBrokerTestDouble} (no real broker can run here),
 * with the crm-read pacts this reactor wrote and the packaged reference provider.
 */
class CiScriptsAgainstBrokerTestDoubleTest {

    private static final String TOKEN = "planted-token-4f1c9e";
    private static final String DOMAIN = "crm-read-contracts";
    private static final String CONSUMER = "genesys-crm-read";
    private static final String BUILD_URL = "https://jenkins.example.invalid/job/contracts/42/";

    private PactBrokerTestDouble broker;
    /** Started once per class, on first use: the reference provider as it is, and with backend drift. */
    private static ReferenceProvider good;
    private static ReferenceProvider drifted;

    private static synchronized String goodProvider() throws IOException {
        if (good == null) {
            good = ReferenceProvider.start();
        }
        return good.baseUrl();
    }

    private static synchronized String driftedProvider() throws IOException {
        if (drifted == null) {
            drifted = ReferenceProvider.start("--rename", "customerId=customer_id");
        }
        return drifted.baseUrl();
    }

    @AfterAll
    static void stopProviders() throws InterruptedException {
        if (good != null) {
            good.close();
        }
        if (drifted != null) {
            drifted.close();
        }
    }

    @BeforeEach
    void startBroker() throws IOException {
        // Per test, so that without the CLI every test is reported as skipped with the reason (not "0 tests run").
        CiScripts.requirePactCli();
        broker = PactBrokerTestDouble.start(TOKEN);
    }

    @AfterEach
    void stopBroker() {
        if (broker != null) {   // null when the test was skipped for want of the CLI
            broker.close();
        }
    }

    private Map<String, String> env(String commit, String branch) {
        Map<String, String> env = new HashMap<>();
        env.put("PACT_BROKER_BASE_URL", broker.baseUrl());
        env.put("PACT_BROKER_TOKEN", TOKEN);
        env.put("GIT_COMMIT", commit);
        env.put("GIT_BRANCH", branch);
        env.put("BUILD_URL", BUILD_URL);
        env.put("CAN_I_DEPLOY_RETRIES", "1");
        env.put("CAN_I_DEPLOY_RETRY_INTERVAL", "1");
        return env;
    }

    private Result run(String script, List<String> args, Map<String, String> env) {
        Result result = CiScripts.run(script, args, env);
        assertThat(result.output()).as("a planted token never reaches the log").doesNotContain(TOKEN);
        return result;
    }

    private Result publish(String commit, String branch) {
        return run("ci/publish.sh", List.of(DOMAIN), env(commit, branch));
    }

    private Result verify(String provider, String providerVersion, String providerBaseUrl, String... pactUrl) {
        Map<String, String> env = env(providerVersion, "main");
        env.put("PROVIDER_BASE_URL", providerBaseUrl);
        return run("ci/verify-provider.sh", pactUrl.length == 0 ? List.of(provider) : List.of(provider, pactUrl[0]), env);
    }

    private Result canIDeploy(String commit, String environment) {
        return run("ci/can-i-deploy.sh", List.of(DOMAIN, environment), env(commit, "main"));
    }

    @Test
    void publishSendsEveryPactOfTheDomainUnderItsConsumerNameVersionBranchAndBuildUrl() {
        Result result = publish("c0ffee1", "origin/main");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.output()).contains("published genesys-crm-read version c0ffee1 (branch main): crm-customer-api,loyalty-api");
        List<PactBrokerTestDouble.Request> publications = broker.requests("POST", "/contracts/publish");
        assertThat(publications).as("the CLI publishes one request per pact file").hasSize(2);
        for (PactBrokerTestDouble.Request publication : publications) {
            JsonNode body = publication.json();
            assertThat(body.path("pacticipantName").asText()).isEqualTo(CONSUMER);
            assertThat(body.path("pacticipantVersionNumber").asText()).isEqualTo("c0ffee1");
            assertThat(body.path("branch").asText()).isEqualTo("main");
            assertThat(body.path("buildUrl").asText()).isEqualTo(BUILD_URL);
            assertThat(StreamSupport.stream(body.path("contracts").spliterator(), false).map(c -> c.path("consumerName").asText()))
                    .containsOnly(CONSUMER);
        }
        assertThat(broker.pacts()).extracting(PactBrokerTestDouble.PublishedPact::provider)
                .containsExactlyInAnyOrder("crm-customer-api", "loyalty-api");
        assertThat(broker.pacts().get(0).content().path("interactions").size()).isPositive();
        assertThat(broker.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN));
    }

    @Test
    void basicAuthCredentialsWorkInsteadOfAToken() throws IOException {
        try (PactBrokerTestDouble basic = PactBrokerTestDouble.startWithBasicAuth("ci-user", "planted-password-77")) {
            Map<String, String> env = env("c0ffee2", "main");
            env.remove("PACT_BROKER_TOKEN");
            env.put("PACT_BROKER_BASE_URL", basic.baseUrl());
            env.put("PACT_BROKER_USERNAME", "ci-user");
            env.put("PACT_BROKER_PASSWORD", "planted-password-77");

            Result result = run("ci/publish.sh", List.of(DOMAIN), env);

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.output()).doesNotContain("planted-password-77");
            assertThat(basic.pacts()).hasSize(2);
        }
    }

    @Test
    void verifiedPactsLetTheDomainDeployAndTheDeploymentIsRecorded() throws Exception {
        broker.deployed("crm-customer-api", "prov-1", "production").deployed("loyalty-api", "prov-1", "production");
        assertThat(publish("c1", "main").exitCode()).isZero();

        Result before = canIDeploy("c1", "production");
        assertThat(before.exitCode()).as(before.toString()).isEqualTo(4);
        assertThat(before.output()).contains("can-i-deploy: NO - not yet verified")
                .contains("genesys-crm-read c1 -> crm-customer-api prov-1: NOT YET VERIFIED");
        assertThat(broker.requests("GET", "/matrix")).as("asked again while unknown (1 retry)").hasSize(2);
        assertThat(broker.requests("GET", "/matrix").get(0).query())
                .contains("q[][pacticipant]=genesys-crm-read", "q[][version]=c1", "environment=production");

        Result crm = verify("crm-customer-api", "prov-1", goodProvider());
        assertThat(crm.exitCode()).as(crm.toString()).isZero();
        Result loyalty = verify("loyalty-api", "prov-1", goodProvider());
        assertThat(loyalty.exitCode()).as(loyalty.toString()).isZero();
        JsonNode forVerification = broker.requests("POST", "/pacts/provider/crm-customer-api/for-verification").get(0).json();
        assertThat(forVerification.path("consumerVersionSelectors").toString())
                .isEqualTo("[{\"mainBranch\":true},{\"deployedOrReleased\":true},{\"matchingBranch\":true}]");
        assertThat(forVerification.path("includePendingStatus").asBoolean()).isTrue();
        assertThat(forVerification.path("includeWipPactsSince").asText()).isEqualTo("2026-01-01");
        assertThat(forVerification.path("providerVersionBranch").asText()).isEqualTo("main");
        assertThat(broker.verificationResults()).extracting(r -> r.provider() + " " + r.providerVersion() + " " + r.success())
                .containsExactlyInAnyOrder("crm-customer-api prov-1 true", "loyalty-api prov-1 true");
        assertThat(broker.version("crm-customer-api", "prov-1")).hasValueSatisfying(v -> assertThat(v.branch()).isEqualTo("main"));
        assertThat(Path.of(CiScripts.ROOT + "/target/pact-verifier/crm-customer-api.xml")).content().contains("<testcase");

        Result after = canIDeploy("c1", "production");
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(after.output()).contains("can-i-deploy: YES")
                .contains("genesys-crm-read c1 -> loyalty-api prov-1: verified - " + broker.baseUrl());

        Result recorded = run("ci/record-deployment.sh", List.of(DOMAIN, "production"), env("c1", "main"));
        assertThat(recorded.exitCode()).as(recorded.toString()).isZero();
        assertThat(recorded.output()).contains("recorded: genesys-crm-read version c1 is deployed to production");
        assertThat(broker.deployments()).contains(new PactBrokerTestDouble.Deployment(CONSUMER, "c1", "production"));
        assertThat(broker.requests("POST", "/pacticipants/genesys-crm-read/versions/c1/deployed-versions/environment/.*")).hasSize(1);
    }

    @Test
    void aFailedVerificationBlocksCanIDeploy() throws Exception {
        broker.deployed("crm-customer-api", "prov-2", "production").deployed("loyalty-api", "prov-1", "production");
        assertThat(publish("c1", "main").exitCode()).isZero();
        // Verified before by the main branch (so the pact is not pending any more) ...
        broker.verified(CONSUMER, "c1", "crm-customer-api", "prov-1", true).verified(CONSUMER, "c1", "loyalty-api", "prov-1", true);
        // ... then the provider renames customerId.
        Result failed = verify("crm-customer-api", "prov-2", driftedProvider());
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.output()).contains("Actual map is missing the following keys: customerId")
                .contains("verification of crm-customer-api FAILED");
        assertThat(broker.verificationResults()).filteredOn(r -> r.providerVersion().equals("prov-2"))
                .singleElement().satisfies(r -> assertThat(r.success()).isFalse());

        Result result = canIDeploy("c1", "production");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.output()).contains("can-i-deploy: NO - verification failed")
                .contains("genesys-crm-read c1 -> crm-customer-api prov-2: VERIFICATION FAILED - " + broker.baseUrl())
                .doesNotContain("not yet verified (");
        assertThat(broker.requests("GET", "/matrix")).as("a failure is final: no retry").hasSize(1);
    }

    @Test
    void aChangedPactNotYetVerifiedIsPendingAndDoesNotFailTheProviderBuild() throws Exception {
        assertThat(publish("c-new", "feature-x").exitCode()).isZero();
        Map<String, String> env = env("prov-3", "feature-x");
        env.put("PROVIDER_BASE_URL", driftedProvider());
        Result result = run("ci/verify-provider.sh", List.of("crm-customer-api"), env);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.output()).contains("non-fatal");
        assertThat(broker.verificationResults()).singleElement().satisfies(r -> assertThat(r.success()).isFalse());
    }

    @Test
    void theWebhookCaseVerifiesOnlyTheChangedPactAndPublishesItsResult() throws Exception {
        assertThat(publish("c1", "main").exitCode()).isZero();
        assertThat(publish("c2", "feature-y").exitCode()).isZero();
        String pactUrl = broker.baseUrl() + "/pacts/provider/loyalty-api/consumer/genesys-crm-read/version/c2";
        Result result = verify("loyalty-api", "prov-9", goodProvider(), pactUrl);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(broker.requests("POST", "/pacts/provider/.*/for-verification")).isEmpty();
        assertThat(broker.verificationResults()).extracting(r -> r.consumerVersion() + " " + r.provider() + " " + r.success())
                .containsExactly("c2 loyalty-api true");
    }

    @Test
    void recordDeploymentToAnUnknownEnvironmentFails() {
        assertThat(publish("c1", "main").exitCode()).isZero();

        Result result = run("ci/record-deployment.sh", List.of(DOMAIN, "staging"), env("c1", "main"));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.output()).contains("was NOT recorded");
        assertThat(broker.deployments()).noneMatch(d -> d.pacticipant().equals(CONSUMER));
    }

    @Test
    void aBrokerThatIsDownIsAClearErrorNeverAPass() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = env("c1", "main");
        env.put("PACT_BROKER_BASE_URL", "http://127.0.0.1:" + closedPort);
        env.put("PROVIDER_BASE_URL", "http://127.0.0.1:" + closedPort);

        for (List<String> call : List.of(List.of("ci/publish.sh", DOMAIN), List.of("ci/can-i-deploy.sh", DOMAIN, "production"),
                List.of("ci/record-deployment.sh", DOMAIN, "production"), List.of("ci/verify-provider.sh", "crm-customer-api"))) {
            Result result = run(call.get(0), call.subList(1, call.size()), env);
            assertThat(result.exitCode()).as(call + ": " + result).isEqualTo(3);
            assertThat(result.output()).as(call.get(0)).contains("is not reachable").contains("the Pact Broker is not usable");
        }
    }

    @Test
    void wrongCredentialsAreAClearErrorAndTheTokenIsNotPrinted() {
        Map<String, String> env = env("c1", "main");
        env.put("PACT_BROKER_TOKEN", "wrong-" + TOKEN);

        Result result = run("ci/can-i-deploy.sh", List.of(DOMAIN, "production"), env);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.output()).contains("refused the credentials (HTTP 401)");
    }

    @Test
    void missingSettingsAreNamedWithoutGuessing() {
        Map<String, String> env = env("c1", "main");
        env.remove("PACT_BROKER_TOKEN");
        Result noCredentials = run("ci/publish.sh", List.of(DOMAIN), env);
        assertThat(noCredentials.exitCode()).isEqualTo(2);
        assertThat(noCredentials.output()).contains("no broker credentials");

        Result noDomain = run("ci/publish.sh", List.of("contract-core"), env("c1", "main"));
        assertThat(noDomain.exitCode()).isEqualTo(2);
        assertThat(noDomain.output()).contains("'contract-core' is not a domain module");

        Map<String, String> noCommit = env("c1", "main");
        noCommit.remove("GIT_COMMIT");
        assertThat(run("ci/can-i-deploy.sh", List.of(DOMAIN, "production"), noCommit).output()).contains("GIT_COMMIT is not set");
        assertThat(broker.requests()).isEmpty();
    }

    /** A scratch repository with a domain module {@code red-contracts} (consumer genesys-red) and an empty target/pacts. */
    private static Path redModule(Path repo) throws IOException {
        Path module = repo.resolve("red-contracts");
        Files.createDirectories(module.resolve("src/test/resources"));
        Files.writeString(module.resolve("src/test/resources/data-action-contracts.properties"), "consumer=genesys-red\n");
        Files.createDirectories(module.resolve("target/pacts"));
        return module;
    }

    @Test
    void aCompleteRedRunLeftNoPactAndPublishSaysWhy(@TempDir Path tmp) throws IOException {
        Path repo = CiScripts.scratchRepository(tmp.resolve("repo"));
        Path module = redModule(repo);
        Files.createDirectories(module.resolve("target/pacts-runs"));
        Files.writeString(module.resolve("target/pacts-runs/last-run.json"), "{\"status\" : \"FAILED\", \"failedTests\" : [\"T.m: no\"]}");

        Result result = CiScripts.run(repo, "ci/publish.sh", List.of("red-contracts"), env("c1", "main"));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.output()).contains("the last contract test run of red-contracts failed, so it left no pact in red-contracts/target/pacts");
        assertThat(broker.requests()).isEmpty();
    }

    @Test
    void pactsOfARedTestRunAreNeverPublished(@TempDir Path tmp) throws IOException {
        Path repo = CiScripts.scratchRepository(tmp.resolve("repo"));
        Path module = redModule(repo);
        Files.writeString(module.resolve("target/pacts/genesys-red-crm-customer-api.json"),
                "{\"consumer\":{\"name\":\"genesys-red\"},\"provider\":{\"name\":\"crm-customer-api\"},\"interactions\":[]}");
        Files.createDirectories(module.resolve("target/surefire-reports"));
        Files.writeString(module.resolve("target/surefire-reports/TEST-RedTest.xml"),
                "<?xml version=\"1.0\"?>\n<testsuite name=\"RedTest\" tests=\"3\" errors=\"0\" skipped=\"0\" failures=\"1\"></testsuite>\n");

        Result result = CiScripts.run(repo, "ci/publish.sh", List.of("red-contracts"), env("c1", "main"));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.output()).contains("has failures or errors; its pacts may be partial and are not published");
        assertThat(broker.requests()).isEmpty();
    }

    @Test
    void domainsAreDiscoveredFromTheReactor() {
        Result result = run("ci/domains.sh", List.of(), Map.of());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.output().lines()).contains(DOMAIN).doesNotContain("contract-core", "pipeline-tests", "reference-providers");
    }
}
