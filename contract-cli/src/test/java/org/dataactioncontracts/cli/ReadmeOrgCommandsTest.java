package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dataactioncontracts.orgdouble.PlatformApiDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code dac pull}/{@code dac deploy} commands, exactly as written, against the Platform API double (the
 * README's region replaced by {@code --api-url}/{@code --login-url}) in a copy of the repository's crm-read domain, and
 * its sample output is what deploy prints.
 */
class ReadmeOrgCommandsTest {
    private static final String PREFIX = "java -jar contract-cli/target/dac.jar ";

    @TempDir
    Path tmp;

    /** The org commands of the README's text blocks, as argument lists. */
    private static List<List<String>> orgCommands() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        for (String block : ReadmeBlocks.of("text")) {
            for (String line : block.split("\n")) {
                if (line.startsWith(PREFIX + "pull ") || line.startsWith(PREFIX + "deploy ")) {
                    List<String> words = ReadmeCommandsTest.shellWords(line);
                    commands.add(words.subList(3, words.size()));
                }
            }
        }
        return commands;
    }

    private PlatformApiDouble seededOrg() throws IOException {
        PlatformApiDouble org = PlatformApiDouble.start(OrgDac.CLIENT_ID, OrgDac.CLIENT_SECRET);
        String integration = org.addIntegration("CRM", "custom-rest-actions");
        try (Stream<Path> files = Files.list(TestFiles.REPO.resolve("crm-read-contracts/data-actions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".custom.json")).sorted().toList()) {
                ObjectNode action = OrgDac.read(file);
                if (file.getFileName().toString().startsWith("Get-Open-Cases")) {
                    ((ObjectNode) action.at("/config/request")).put("requestUrlTemplate", "https://crm.acme-contact.example/old");
                }
                if (file.getFileName().toString().startsWith("Get-Loyalty-Status")) {
                    ((ObjectNode) action.at("/contract/output/successSchema/properties/tierCode")).put("type", "integer");
                }
                org.addAction(integration, "CRM read", action);
            }
        }
        return org;
    }

    private Path domainCopy(String name) throws IOException {
        Path actions = tmp.resolve(name).resolve("crm-read-contracts/data-actions");
        Files.createDirectories(actions);
        try (Stream<Path> files = Files.list(TestFiles.REPO.resolve("crm-read-contracts/data-actions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, actions.resolve(file.getFileName()));
            }
        }
        return tmp.resolve(name);
    }

    private static DacResult run(Path dir, PlatformApiDouble org, List<String> readmeArgs) {
        return OrgDac.run(dir, org, readmeArgs.get(0), readmeArgs.subList(1, readmeArgs.size()).toArray(String[]::new));
    }

    @Test
    void theReadmePullAndDeployCommandsRunInOrder() throws IOException {
        List<List<String>> commands = orgCommands();
        assertThat(commands).extracting(c -> c.get(0)).containsExactly("pull", "pull", "deploy", "deploy");
        Path dir = domainCopy("in-order");
        try (PlatformApiDouble org = seededOrg()) {
            for (List<String> command : commands) {
                DacResult result = run(dir, org, command);
                assertThat(result.exit()).as("%s: %s", command, result).isZero();
                assertThat(result.all()).doesNotContain(OrgDac.CLIENT_SECRET, "Exception");
            }
        }
    }

    @Test
    void theReadmeDeploySampleIsWhatDeployPrints() throws IOException {
        List<String> deploy = orgCommands().stream().filter(c -> c.get(0).equals("deploy") && !c.contains("--dry-run")).findFirst().orElseThrow();
        String sample = ReadmeBlocks.of("text").stream().filter(b -> b.contains("published Get Open Cases")).findFirst().orElseThrow();
        try (PlatformApiDouble org = seededOrg()) {
            DacResult result = run(domainCopy("sample"), org, deploy);
            assertThat(result.exit()).as(result.toString()).isEqualTo(1);
            for (String line : sample.strip().split("\n")) {
                // The sample's action id and host differ from the double's: compare up to them.
                String stable = line.replaceFirst("(replace action |to )[^ :]+.*", "$1");
                assertThat(result.out()).as("README sample line: %s", line).contains(stable);
                if (line.startsWith("deployed ")) {
                    assertThat(result.out()).contains(line.substring(line.indexOf(": ")));
                }
            }
        }
    }
}
