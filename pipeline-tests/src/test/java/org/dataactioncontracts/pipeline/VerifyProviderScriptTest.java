package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.pipeline.CiScripts.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/verify-provider.sh on a domain module the repository does not have (parcels-contracts, provider
 * parcels-api), against a provider on a free port: the domain comes from ci/domains.sh, the provider from its pact.
 */
class VerifyProviderScriptTest {
    private static final String DOMAIN = "parcels-contracts";

    @TempDir
    Path tmp;
    private Path repo;

    /** A scratch repository whose root POM lists the new domain, with its crm-write pact renamed to genesys-parcels -> parcels-api. */
    @BeforeEach
    void newDomain() throws IOException {
        repo = CiScripts.scratchRepository(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve("scripts"));
        Files.copy(CiScripts.ROOT.resolve("scripts/verify-provider.sh"), repo.resolve("scripts/verify-provider.sh"),
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Path pom = repo.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<modules>", "<modules>\n    <module>" + DOMAIN + "</module>"));
        Path module = repo.resolve(DOMAIN);
        Files.createDirectories(module.resolve("src/test/resources"));
        Files.writeString(module.resolve("src/test/resources/data-action-contracts.properties"), "consumer=genesys-parcels\n");
        Files.createDirectories(module.resolve("target/pacts"));
        String pact = Files.readString(CiScripts.ROOT.resolve("crm-write-contracts/target/pacts/genesys-crm-write-crm-customer-api.json"));
        Files.writeString(module.resolve("target/pacts/genesys-parcels-parcels-api.json"),
                pact.replace("\"genesys-crm-write\"", "\"genesys-parcels\"").replace("\"crm-customer-api\"", "\"parcels-api\""));
    }

    private Result verify(String baseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(DOMAIN, "--base-url", baseUrl, "--state-url", baseUrl + "/_pact/state"));
        args.addAll(List.of(more));
        args.addAll(List.of("--", "-o", "-Dmaven.repo.local=" + System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")));
        return CiScripts.run(repo, "scripts/verify-provider.sh", args, Map.of());
    }

    @Test
    void verifiesANewDomainsPactAgainstAProviderOnAnyUrl() throws Exception {
        try (ReferenceProvider provider = ReferenceProvider.start()) {
            Result result = verify(provider.baseUrl());

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.output()).contains("verify-provider: parcels-contracts (consumer genesys-parcels) against parcels-api at "
                    + provider.baseUrl() + ", provider states at " + provider.baseUrl() + "/_pact/state");
            assertThat(result.output().lines().filter(line -> line.contains("has a matching body (OK)")).count()).isEqualTo(20);
            assertThat(result.output()).doesNotContain("(FAILED)");
            assertThat(result.output()).as("no stack trace after Maven ends (the root POM's pact.shutdownHookClasses)")
                    .doesNotContain("NoClassDefFoundError", "ClassNotFoundException", "\tat ");
        }
    }

    @Test
    void aProviderThatDriftedFailsNamingTheField() throws Exception {
        try (ReferenceProvider provider = ReferenceProvider.start("--rename", "customerId=customer_id")) {
            Result result = verify(provider.baseUrl());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.output()).contains("has a matching body (FAILED)", "missing the following keys: customerId");
            assertThat(result.output()).as("a failed verification ends without a stack trace too")
                    .doesNotContain("NoClassDefFoundError", "ClassNotFoundException");
        }
    }

    @Test
    void plainMessagesForAnUnknownDomainProviderOrAnUnreachableUrl() {
        Result unknown = CiScripts.run(repo, "scripts/verify-provider.sh", List.of("nope-contracts", "--base-url", "http://localhost:1"), Map.of());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.output()).contains("verify-provider: 'nope-contracts' is not a domain module; ci/domains.sh lists: " + DOMAIN);

        Result provider = CiScripts.run(repo, "scripts/verify-provider.sh", List.of(DOMAIN, "--base-url", "http://localhost:1", "--provider", "x-api"), Map.of());
        assertThat(provider.exitCode()).isEqualTo(2);
        assertThat(provider.output()).contains("verify-provider: parcels-contracts has no pact with provider 'x-api'; its pacts name: parcels-api.");

        Result unreachable = CiScripts.run(repo, "scripts/verify-provider.sh", List.of(DOMAIN, "--base-url", "http://127.0.0.1:1/api"), Map.of());
        assertThat(unreachable.exitCode()).isEqualTo(3);
        assertThat(unreachable.output()).contains("the provider is not reachable at 127.0.0.1:1");
    }
}
