package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.OrgDac.CLIENT_ID;
import static org.dataactioncontracts.cli.OrgDac.CLIENT_SECRET;
import static org.dataactioncontracts.cli.OrgDac.read;
import static org.dataactioncontracts.cli.OrgDac.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dataactioncontracts.orgdouble.PlatformApiDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dac pull} and {@code dac deploy} against the Platform API double over real HTTP: files written, API calls
 * made, retries, refusals, and the planted credentials never printed or written.
 */
class DacPullDeployTest {
    private static final Path CRM_READ = TestFiles.REPO.resolve("crm-read-contracts/data-actions");
    private static final String CATEGORY = "CRM read";

    @TempDir
    Path tmp;

    private PlatformApiDouble org;
    private String integration;
    private Path out;

    @BeforeEach
    void seedTheOrgWithTheCrmReadExports() throws IOException {
        org = PlatformApiDouble.start(CLIENT_ID, CLIENT_SECRET);
        integration = org.addIntegration("CRM web services", "custom-rest-actions");
        for (Path file : crmReadFiles()) {
            org.addAction(integration, CATEGORY, read(file));
        }
        org.addBuiltInAction(integration, CATEGORY, read(crmReadFiles().get(0)).deepCopy().put("name", "Built In Lookup"));
        String functions = org.addIntegration("Functions", PlatformApiDouble.FUNCTION_INTEGRATION_TYPE);
        org.addAction(functions, CATEGORY, read(crmReadFiles().get(0)).deepCopy().put("name", "Score Caller Function"));
        out = tmp.resolve("data-actions");
    }

    @AfterEach
    void stop() {
        org.close();
    }

    private static List<Path> crmReadFiles() throws IOException {
        try (Stream<Path> files = Files.list(CRM_READ)) {
            return files.filter(f -> f.toString().endsWith(".custom.json")).sorted().toList();
        }
    }

    private DacResult pull(String... extra) {
        return run(tmp, org, "pull", concat(List.of("--category", CATEGORY, "--out", "data-actions"), extra));
    }

    private DacResult deploy(String... extra) {
        return run(tmp, org, "deploy", concat(List.of("--category", CATEGORY), extra));
    }

    private static String[] concat(List<String> first, String... rest) {
        return Stream.concat(first.stream(), Stream.of(rest)).toArray(String[]::new);
    }

    private void edit(String file, String pointer, String field, String value) throws IOException {
        Path path = out.resolve(file);
        ObjectNode tree = (ObjectNode) read(path);
        ((ObjectNode) tree.at(pointer)).put(field, value);
        Files.writeString(path, OrgDac.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    }

    private void assertNoCredentialAnywhere(DacResult... results) {
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        for (DacResult result : results) {
            assertThat(result.all()).doesNotContain(CLIENT_ID, CLIENT_SECRET, basic);
        }
        OrgDac.filesUnder(tmp).forEach((file, content) -> assertThat(content).as("%s", file).doesNotContain(CLIENT_ID, CLIENT_SECRET, basic));
    }

    @Test
    void pullLintRunDeployEndToEndOnTheDouble() throws IOException {
        DacResult pulled = pull();
        assertThat(pulled.exit()).as(pulled.toString()).isZero();
        assertThat(pulled.out()).contains("new       data-actions/Get-Customer-By-Id.custom.json",
                "skipped   Built In Lookup: built-in action (static-",
                "skipped   Score Caller Function: function action (integration type function-data-actions)",
                "pulled category 'CRM read' from " + org.baseUrl().substring("http://".length()) + ": 7 new, 0 changed, 0 unchanged, 2 skipped (1 built-in, 1 function)");
        for (Path original : crmReadFiles()) {
            Path written = out.resolve(original.getFileName());
            assertThat(read(written)).as("%s in the UI-export shape", written).isEqualTo(read(original));
            assertThat(Files.readString(written)).as("byte for byte: %s", written).isEqualTo(Files.readString(original));
        }
        assertThat(org.writes()).as("pull changes nothing in the org").isEmpty();

        DacResult lint = DacResult.dacIn(tmp, "lint", "data-actions");
        assertThat(lint.exit()).as(lint.toString()).isZero();
        assertThat(lint.out()).contains("7 files, 0 errors");

        Path response = TestFiles.write(tmp, "customer.json",
                "{\"customerId\":\"C-1001\",\"fullName\":\"Ada Lovelace\",\"accountTier\":\"VIP\",\"address\":{\"city\":\"Leuven\"}}");
        DacResult test = DacResult.dacIn(tmp, "run", "data-actions/Get-Customer-By-Id.custom.json", "--input", "{\"customerId\":\"C-1001\"}",
                "--response", response.getFileName().toString());
        assertThat(test.exit()).as(test.toString()).isZero();
        assertThat(test.json().at("/finalResult/city").asText()).isEqualTo("Leuven");

        edit("Get-Customer-By-Id.custom.json", "/config/request/headers", "X-Correlation-Source", "genesys");
        String id = org.actionIds("Get Customer By Id").get(0);
        int before = org.calls().size();
        DacResult deployed = deploy("data-actions");
        assertThat(deployed.exit()).as(deployed.toString()).isZero();
        assertThat(deployed.out()).contains("published Get Customer By Id: version 2 (+ /config/request/headers/X-Correlation-Source: \"genesys\")",
                "unchanged Get Loyalty Status: version 1",
                ": 0 unchanged".replace("0", "6"));
        assertThat(deployed.out().lines()).as("one line per action and a summary").hasSize(8);
        String draft = "/api/v2/integrations/actions/" + id + "/draft";
        assertThat(org.calls().subList(before, org.calls().size())).containsSubsequence(
                "POST /oauth/token -> 200",
                "GET " + draft + " -> 404", "POST " + draft + " -> 200", "PATCH " + draft + " -> 200",
                "GET " + draft + "/validation -> 200", "POST " + draft + "/publish -> 200");
        assertThat(org.action(id).orElseThrow().at("/config/request/headers/X-Correlation-Source").asText()).isEqualTo("genesys");
        assertNoCredentialAnywhere(pulled, lint, test, deployed);
    }

    @Test
    void aSecondDeployChangesNothing() throws IOException {
        pull();
        edit("Get-Open-Cases.custom.json", "/config/request", "requestUrlTemplate",
                "https://crm.acme-contact.example/api/v1/customers/$esc.url(${input.customerId})/cases?status=open&limit=20");
        DacResult first = deploy("data-actions");
        assertThat(first.out()).contains("published Get Open Cases: version 2");
        List<String> writesAfterFirst = org.writes();

        DacResult second = deploy("data-actions");
        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(second.out()).contains(": 7 unchanged, 0 created, 0 published, 0 replaced, 0 refused, 0 failed, 0 skipped");
        assertThat(org.writes()).as("no write call on the second run").isEqualTo(writesAfterFirst);
    }

    @Test
    void aRefusedContractChangeNamesTheFlowsThatCallTheAction() throws IOException {
        pull();
        edit("Lookup-Customer-By-Phone.custom.json", "/contract/output/successSchema/properties/customerId", "type", "integer");

        DacResult refused = deploy("--flows", Path.of("../crm-read-contracts/flows").toAbsolutePath().toString(), "data-actions");

        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.out()).contains("refused   Lookup Customer By Phone: the contract changed", "; flows calling it: flow 'Identify Caller'");
    }

    @Test
    void aContractChangeIsRefusedUnlessCreateNewThenTheActionIsReplacedOnce() throws IOException {
        pull();
        edit("Get-Loyalty-Status.custom.json", "/contract/output/successSchema/properties/tierCode", "type", "integer");
        String oldId = org.actionIds("Get Loyalty Status").get(0);

        DacResult refused = deploy("data-actions");
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.out()).contains("refused   Get Loyalty Status: the contract changed (~ /output/successSchema/properties/tierCode/type: "
                + "\"string\" -> \"integer\"); Genesys freezes a published contract. Rerun with --create-new to replace action " + oldId);
        assertThat(org.writes()).as("a refusal writes nothing").isEmpty();

        DacResult replaced = deploy("--create-new", "data-actions");
        assertThat(replaced.exit()).as(replaced.toString()).isZero();
        String newId = org.actionIds("Get Loyalty Status").get(0);
        assertThat(newId).isNotEqualTo(oldId);
        assertThat(replaced.out()).contains("replaced  Get Loyalty Status: new action " + newId + " replaces " + oldId,
                "republish every flow that calls " + oldId);
        assertThat(org.action(oldId)).isEmpty();

        assertThat(deploy("--create-new", "data-actions").out()).contains(": 7 unchanged, 0 created");
    }

    @Test
    void throttlingAndServerErrorsAreRetriedHonouringRetryAfter() throws IOException {
        pull();
        edit("Get-Open-Cases.custom.json", "/config/request/headers", "X-Trace", "1");
        org.throttleNext(1, 1);
        org.failNext(1, 503);
        DacResult deployed = deploy("data-actions");
        assertThat(deployed.exit()).as(deployed.toString()).isZero();
        assertThat(deployed.err()).contains(
                "retry: GET /api/v2/integrations/actions?pageSize=100&pageNumber=1&category=CRM%20read answered 429; waiting 1 s (attempt 2 of 4)",
                "answered 503; waiting 2 s (attempt 3 of 4)");
        assertThat(deployed.out()).contains("published Get Open Cases: version 2");
    }

    @Test
    void anOrgThatKeepsThrottlingStopsTheRunWithExit4() {
        org.throttleNext(5, 0);
        DacResult result = pull();
        assertThat(result.exit()).isEqualTo(5);
        assertThat(result.err()).contains("answered 429 4 times; giving up (the org is busy or unavailable, try again later)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDryRunPullShowsTheDifferenceAndWritesNothing() throws IOException {
        pull();
        edit("Get-Open-Cases.custom.json", "/config/request", "requestType", "POST");
        String edited = Files.readString(out.resolve("Get-Open-Cases.custom.json"));
        Files.copy(out.resolve("Get-Open-Cases.custom.json"), out.resolve("Retired-Action.custom.json"));
        DacResult dry = pull("--dry-run");
        assertThat(dry.exit()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("changed   data-actions/Get-Open-Cases.custom.json", "    ~ /config/request/requestType: \"POST\" -> \"GET\"",
                "not in org data-actions/Retired-Action.custom.json: no action of the category exports to this name (kept)",
                "dry run, nothing written: category 'CRM read'", "0 new, 1 changed, 6 unchanged, 2 skipped (1 built-in, 1 function), 1 only in the folder");
        assertThat(Files.readString(out.resolve("Get-Open-Cases.custom.json"))).isEqualTo(edited);
    }

    @Test
    void pullPagesThroughLargeCategoriesAndFiltersByName() throws IOException {
        ObjectNode template = read(crmReadFiles().get(0));
        for (int i = 0; i < 101; i++) {
            org.addAction(integration, "Bulk", template.deepCopy().put("name", String.format("Bulk Action %03d", i)));
        }
        DacResult result = run(tmp, org, "pull", "--category", "Bulk", "--out", "bulk");
        assertThat(result.out()).contains("101 new");
        assertThat(org.calls()).contains("GET /api/v2/integrations/actions?pageSize=100&pageNumber=2&category=Bulk -> 200");
        try (Stream<Path> files = Files.list(tmp.resolve("bulk"))) {
            assertThat(files).hasSize(101);
        }
        DacResult named = run(tmp, org, "pull", "--category", CATEGORY, "--name", "loyalty", "--out", "named");
        assertThat(named.out()).contains("1 new, 0 changed");
    }

    @Test
    void credentialsComeOnlyFromTheEnvironmentAndAreNeverEchoed() {
        DacResult missing = OrgDac.runWith(tmp, Map.of(), "pull", "--api-url", org.baseUrl(), "--login-url", org.baseUrl(),
                "--category", CATEGORY, "--out", "x");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("dac pull: GENESYSCLOUD_OAUTHCLIENT_ID is not set: dac reads the org's OAuth client from the "
                + "environment only (GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET), never from arguments or files\n");

        Map<String, String> wrong = new HashMap<>(OrgDac.environment());
        wrong.put("GENESYSCLOUD_OAUTHCLIENT_SECRET", "planted-but-wrong-secret");
        DacResult refused = OrgDac.runWith(tmp, wrong, "deploy", "--api-url", org.baseUrl(), "--login-url", org.baseUrl(),
                "--category", CATEGORY, CRM_READ.toString());
        assertThat(refused.exit()).isEqualTo(5);
        assertThat(refused.err()).contains("the login host refused the OAuth client from GENESYSCLOUD_OAUTHCLIENT_ID/GENESYSCLOUD_OAUTHCLIENT_SECRET (invalid_client)")
                .doesNotContain("planted-but-wrong-secret", CLIENT_ID);

        DacResult noRegion = OrgDac.runWith(tmp, OrgDac.environment(), "pull", "--category", CATEGORY, "--out", "x");
        assertThat(noRegion.err()).isEqualTo("dac pull: no region: give --region (e.g. us-east-1) or set GENESYSCLOUD_REGION\n");
        DacResult badRegion = OrgDac.runWith(tmp, OrgDac.environment(), "pull", "--region", "mars-north-1", "--category", CATEGORY, "--out", "x");
        assertThat(badRegion.err()).startsWith("dac pull: unknown region 'mars-north-1'; use one of ap-northeast-1, ");
        DacResult plainHttp = OrgDac.runWith(tmp, OrgDac.environment(), "pull", "--api-url", "http://api.example.com",
                "--login-url", "https://login.example.com", "--category", CATEGORY, "--out", "x");
        assertThat(plainHttp.err()).isEqualTo("dac pull: --api-url 'http://api.example.com' is plain http to another machine; "
                + "use https (http only for localhost)\n");
        assertNoCredentialAnywhere(missing, refused, noRegion, badRegion, plainHttp);
    }

    @Test
    void deployRefusesAFolderWithAFileThatIsNotADataActionBeforeCallingTheOrg() throws IOException {
        Files.createDirectories(out);
        Files.copy(crmReadFiles().get(0), out.resolve("A.custom.json"));
        Files.writeString(out.resolve("broken.json"), "{\"name\": \"x\"}");
        DacResult result = deploy("data-actions");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("dac deploy: data-actions/broken.json").endsWith("; nothing was deployed\n");
        assertThat(org.calls()).isEmpty();
    }

    @Test
    void aNewActionIsCreatedInTheCategorysIntegration() throws IOException {
        pull();
        ObjectNode extra = (ObjectNode) read(out.resolve("Get-Open-Cases.custom.json"));
        extra.put("name", "Get Closed Cases");
        Files.writeString(out.resolve("Get-Closed-Cases.custom.json"), extra.toPrettyString());
        DacResult deployed = deploy("data-actions");
        assertThat(deployed.exit()).as(deployed.toString()).isZero();
        String id = org.actionIds("Get Closed Cases").get(0);
        assertThat(deployed.out()).contains("created   Get Closed Cases: new action " + id + ", version 1");
        assertThat(org.action(id).orElseThrow().path("integrationId").asText()).isEqualTo(integration);
    }

    @Test
    void helpNamesTheEnvironmentVariablesOptionsAndExitCodes() {
        DacResult pullHelp = DacResult.dac("pull", "--help");
        DacResult deployHelp = DacResult.dac("deploy", "--help");
        assertThat(pullHelp.out()).contains("GENESYSCLOUD_OAUTHCLIENT_ID", "--category=<name>", "--out=<dir>", "--dry-run", "--api-url=<url>",
                "integrations:action:view", "5  the org could not be reached");
        assertThat(deployHelp.out()).contains("GENESYSCLOUD_OAUTHCLIENT_SECRET", "--create-new", "--integration-id=<id>", "--region=<region>",
                "1  some action was refused", "5  the org could not be reached");
    }

    @Test
    void aDraftConflictIsReadAgainOnceAndASecondConflictFailsOnlyThatAction() throws IOException {
        pull();
        edit("Get-Open-Cases.custom.json", "/config/request/headers", "X-Trace", "1");
        org.conflictNext("PATCH", 1);
        DacResult recovered = deploy("data-actions");
        assertThat(recovered.exit()).as(recovered.toString()).isZero();
        assertThat(recovered.out()).contains("published Get Open Cases: version 2");
        String draft = "/api/v2/integrations/actions/" + org.actionIds("Get Open Cases").get(0) + "/draft";
        assertThat(org.calls()).containsSubsequence("PATCH " + draft + " -> 409", "GET " + draft + " -> 200", "PATCH " + draft + " -> 200");

        edit("Get-Open-Cases.custom.json", "/config/request/headers", "X-Trace", "2");
        org.conflictNext("PATCH", 2);
        DacResult failed = deploy("data-actions");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out()).contains("failed    Get Open Cases: PATCH " + draft + " answered 409 conflict: the resource was changed by another request",
                ": 6 unchanged, 0 created, 0 published, 0 replaced, 0 refused, 1 failed");
    }

    @Test
    void aHandExportWhoseNameCarriesTheUisExportedSuffixMatchesItsOrgAction() throws IOException {
        pull();
        edit("Get-Open-Cases.custom.json", "", "name", "Get Open Cases - Exported 2024-10-28 @ 16:06");
        DacResult deployed = deploy("data-actions");
        assertThat(deployed.exit()).as(deployed.toString()).isZero();
        assertThat(deployed.out()).contains("unchanged Get Open Cases: version 1", ": 7 unchanged, 0 created");
        assertThat(org.writes()).isEmpty();
    }
}
