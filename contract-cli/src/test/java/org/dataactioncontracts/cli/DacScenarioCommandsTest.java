package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;
import static org.dataactioncontracts.cli.DacResult.dacIn;
import static org.dataactioncontracts.cli.TestFiles.REPO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dac lint} on scenario files, {@code dac new-domain} and {@code dac new-scenarios}. */
class DacScenarioCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void theDomainsScenarioFilesLintClean() {
        DacResult r = dac("lint", REPO.resolve("crm-read-contracts/data-actions").toString(), REPO.resolve("billing-contracts/data-actions").toString(),
                REPO.resolve("crm-write-contracts/data-actions").toString());

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).doesNotContain("ERROR ");
        // 18 exports and 18 scenario files
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("36 files, 0 errors");
    }

    @Test
    void aMalformedScenarioFileExitsTwoWithOneLineNamingFileAndLine() throws IOException {
        Files.copy(REPO.resolve("crm-read-contracts/data-actions/Get-Open-Cases.custom.json"), tmp.resolve("Get-Open-Cases.custom.json"));
        Files.writeString(tmp.resolve("Get-Open-Cases.scenarios.yaml"), "scenarios:\n  - name: a\n   expect: {outcome: SUCCESS\n");

        DacResult r = dacIn(tmp, "lint", ".");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("dac lint: ERROR ./Get-Open-Cases.scenarios.yaml:3 (root) scenario-file-malformed: malformed YAML: ")
                .endsWith("(fix: fix the YAML syntax at this line (indentation, a missing ':' or quote))");
    }

    @Test
    void aScenarioThatDoesNotFitItsDataActionIsALintError() throws IOException {
        Files.copy(REPO.resolve("crm-read-contracts/data-actions/Get-Open-Cases.custom.json"), tmp.resolve("Get-Open-Cases.custom.json"));
        Files.writeString(tmp.resolve("Get-Open-Cases.scenarios.yaml"), """
                provider: crm-customer-api
                scenarios:
                  - name: a customer
                    input: {customerID: C-1}
                    expect: {outcome: SUCCESS}
                """);

        DacResult r = dacIn(tmp, "lint", "Get-Open-Cases.scenarios.yaml");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).contains(
                "ERROR Get-Open-Cases.scenarios.yaml:4 /scenarios/0/input/customerID scenario-unknown-input: input 'customerID' is not in"
                        + " the input contract of 'Get Open Cases' (fix: use one of [customerId], or add it to the export's inputSchema)",
                "ERROR Get-Open-Cases.scenarios.yaml:4 /scenarios/0/input scenario-missing-input: the required input 'customerId' is"
                        + " missing (fix: add 'customerId: <value>' under input (Architect always passes it))");
    }

    @Test
    void newDomainWritesAMinimalModuleAndAddsItAfterTheLastDomain() throws IOException {
        Files.createDirectories(tmp.resolve("billing-contracts/data-actions"));
        Files.writeString(tmp.resolve("pom.xml"), """
                <project>
                  <groupId>org.example</groupId>
                  <artifactId>parent</artifactId>
                  <version>1.2.3</version>
                  <modules>
                    <module>core</module>
                    <module>billing-contracts</module>
                    <module>pipeline-tests</module>
                  </modules>
                </project>
                """);

        DacResult r = dacIn(tmp, "new-domain", "hris-contracts", "--consumer", "genesys-hris", "--provider", "bamboohr-api");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("Next steps:", "dac new-scenarios hris-contracts/data-actions/<Name>.custom.json",
                "mvn -pl hris-contracts -am test   -> hris-contracts/target/pacts/genesys-hris-bamboohr-api.json");
        assertThat(Files.readString(tmp.resolve("pom.xml"))).contains(
                "<module>billing-contracts</module>\n    <module>hris-contracts</module>\n    <module>pipeline-tests</module>");
        String pom = Files.readString(tmp.resolve("hris-contracts/pom.xml"));
        assertThat(pom).contains("<version>1.2.3</version>", "<artifactId>hris-contracts</artifactId>")
                .doesNotContain("<dependencies>", "<properties>", "<plugin>");
        assertThat(tmp.resolve("hris-contracts/src/test/resources/data-action-contracts.properties")).content()
                .contains("consumer=genesys-hris\n", "provider=bamboohr-api\n");
        assertThat(tmp.resolve("hris-contracts/data-actions/README.md")).exists();

        DacResult again = dacIn(tmp, "new-domain", "hris-contracts", "--consumer", "genesys-hris", "--provider", "bamboohr-api");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("dac new-domain: 'hris-contracts' exists already; pick another module name\n");
    }

    @Test
    void newScenariosWritesASuccessAndAFailureScenarioThatLintClean() throws IOException {
        Files.copy(REPO.resolve("billing-contracts/data-actions/Get-Payment-Status.custom.json"), tmp.resolve("Get-Payment-Status.custom.json"));

        DacResult r = dacIn(tmp, "new-scenarios", "Get-Payment-Status.custom.json");

        assertThat(r.exit()).as(r.all()).isZero();
        String yaml = Files.readString(tmp.resolve("Get-Payment-Status.scenarios.yaml"));
        assertThat(yaml).contains("provider: TODO-provider-name", "credentials: {apiKey: \"test-apiKey\"}",
                "examples: {amount: \"TODO-amount\", failureReason: \"TODO-failureReason\", paymentId: \"TODO-paymentId\", paymentStatus: \"PENDING\"}", "outcome: SUCCESS", "outcome: FAILURE",
                "error: {status: 404, code: not.found}");
        DacResult lint = dacIn(tmp, "lint", "Get-Payment-Status.scenarios.yaml");
        assertThat(lint.exit()).as(lint.all()).isZero();
        assertThat(dacIn(tmp, "new-scenarios", "Get-Payment-Status.custom.json").err())
                .isEqualTo("dac new-scenarios: Get-Payment-Status.scenarios.yaml exists already: edit it, or pass --force to replace it\n");
    }
}
