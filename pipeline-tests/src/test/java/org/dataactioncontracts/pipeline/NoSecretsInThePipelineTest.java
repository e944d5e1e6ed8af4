package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** What the pipeline files may not contain: tracing that would print the token, echoed credentials, written secrets. */
class NoSecretsInThePipelineTest {

    private static List<Path> pipelineFiles() throws IOException {
        try (Stream<Path> ci = Files.walk(CiScripts.ROOT.resolve("ci"))) {
            List<Path> files = new java.util.ArrayList<>(ci.filter(Files::isRegularFile).toList());
            files.add(CiScripts.ROOT.resolve("Jenkinsfile"));
            files.add(CiScripts.ROOT.resolve("docker-compose.yml"));
            return files;
        }
    }

    @Test
    void noTracingNoEchoedCredentialsNoWrittenSecrets() throws IOException {
        for (Path file : pipelineFiles()) {
            List<String> code = Files.readAllLines(file).stream().filter(l -> !l.trim().startsWith("#") && !l.trim().startsWith("//")).toList();
            for (String line : code) {
                assertThat(line).as(file + ": no shell tracing").doesNotContainPattern("set -[a-wyz]*x|bash -x");
                assertThat(line).as(file + ": no credential echoed")
                        .doesNotContainPattern("(echo|printf|say|console\\.log).*\\$\\{?(PACT_BROKER_TOKEN|PACT_BROKER_PASSWORD|BILLING_API_KEY|ALERT_WEBHOOK_URL|GENESYSCLOUD_OAUTHCLIENT_ID|GENESYSCLOUD_OAUTHCLIENT_SECRET)");
                assertThat(line).as(file + ": no credential value written")
                        .doesNotContainPattern("(TOKEN|PASSWORD)\\s*[:=]\\s*['\"]?(?!credentials\\()[A-Za-z0-9]{6,}")
                        .doesNotContainPattern("--broker-token|--broker-password|-k \\$|--token");
            }
        }
    }

    @Test
    void theLocalBrokerIsTheOfficialImageWithPostgresAndNoWrittenPassword() throws IOException {
        String compose = Files.readString(CiScripts.ROOT.resolve("docker-compose.yml"));
        assertThat(compose).contains("image: pactfoundation/pact-broker:", "image: postgres:", "PACT_BROKER_DATABASE_PASSWORD: ${PACT_BROKER_DB_PASSWORD:?",
                "PACT_BROKER_BASIC_AUTH_PASSWORD: ${PACT_BROKER_PASSWORD:?");
    }
}
