package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dataactioncontracts.orgdouble.PlatformApiDouble;
import org.dataactioncontracts.pipeline.CiScripts.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The Jenkinsfile's deploy stage: ci/deploy-data-actions.sh runs {@code dac deploy} of crm-read-contracts against the
 * Genesys Platform API double, with the credentials in the environment only. Isolated: its dac.jar runs would
 * compete for the CPU with the Pact verifier runs of the other script tests, whose provider requests time out.
 */
@Isolated
class DeployDataActionsScriptTest {
    private static final String CLIENT_ID = "planted-jenkins-client-id-77";
    private static final String CLIENT_SECRET = "planted-jenkins-client-secret-Qx3";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path ACTIONS = CiScripts.ROOT.resolve("crm-read-contracts/data-actions");

    private PlatformApiDouble org;

    @BeforeEach
    void start() {
        org = PlatformApiDouble.start(CLIENT_ID, CLIENT_SECRET);
    }

    @AfterEach
    void stop() {
        org.close();
    }

    private Map<String, String> env() {
        return new HashMap<>(Map.of("GENESYSCLOUD_OAUTHCLIENT_ID", CLIENT_ID, "GENESYSCLOUD_OAUTHCLIENT_SECRET", CLIENT_SECRET,
                "GENESYS_API_URL", org.baseUrl(), "GENESYS_LOGIN_URL", org.baseUrl()));
    }

    private Result deploy(Map<String, String> env) {
        Result result = CiScripts.run("ci/deploy-data-actions.sh", List.of("crm-read-contracts", "test"), env);
        assertThat(result.output()).as("no credential in the log").doesNotContain(CLIENT_ID, CLIENT_SECRET);
        return result;
    }

    @Test
    void deploysTheDomainsChangedActionThenFindsEverythingUpToDate() throws IOException {
        String integration = org.addIntegration("CRM", "custom-rest-actions");
        List<Path> files;
        try (Stream<Path> list = Files.list(ACTIONS)) {
            files = list.filter(f -> f.toString().endsWith(".custom.json")).sorted().toList();
        }
        for (Path file : files) {
            ObjectNode action = (ObjectNode) MAPPER.readTree(file.toFile());
            if (file.getFileName().toString().equals("Get-Open-Cases.custom.json")) {
                // The org runs an older config: the repository's is deployed.
                ((ObjectNode) action.at("/config/request")).put("requestUrlTemplate", "https://crm.acme-contact.example/old");
            }
            org.addAction(integration, "CRM read", action);
        }

        Result first = deploy(env());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.output()).contains("deploy-data-actions: deploying crm-read-contracts/data-actions to category 'CRM read' of the test org",
                "published Get Open Cases: version 2", "unchanged Get Customer By Id: version 1",
                ": 6 unchanged, 0 created, 1 published", "deploy-data-actions: crm-read-contracts is deployed to test.");

        Result second = deploy(env());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.output()).contains(": " + files.size() + " unchanged, 0 created, 0 published");
    }

    @Test
    void withoutTheOrgCredentialNothingIsCalled() {
        Map<String, String> env = env();
        env.remove("GENESYSCLOUD_OAUTHCLIENT_SECRET");
        Result result = deploy(env);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET must be set (the test org's OAuth client).");
        assertThat(org.calls()).isEmpty();
    }

    @Test
    void aDomainWithoutGenesysOrgSettingsIsNotDeployedWithDac() {
        Result result = CiScripts.run("ci/deploy-data-actions.sh", List.of("billing-contracts", "test"), env());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("'billing-contracts' has no", "genesys-org.properties: it is not deployed with dac");
        assertThat(org.calls()).isEmpty();
    }
}
