package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dataactioncontracts.reference.ProviderOptions;
import org.dataactioncontracts.reference.ReferenceProviders;
import org.dataactioncontracts.reference.RunningProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code dac record} and {@code dac compare} against real sockets: the CRM reference provider and small fixtures. */
// Each test has its own directory and servers; several wait on timeouts and back-off, so they overlap.
@Execution(ExecutionMode.CONCURRENT)
class DacRecordCompareTest {
    private static final String CRM_PACT = Path.of("src/test/resources/pacts/genesys-crm-read-crm-customer-api.json").toString();
    private static final String LOYALTY_PACT = Path.of("src/test/resources/pacts/genesys-crm-read-loyalty-api.json").toString();
    private static final String ACTIONS = TestFiles.REPO.resolve("crm-read-contracts/data-actions").toString();
    private static final String MIDDLEWARE = "Get-Customer-Preferences-Via-Middleware.custom.json="
            + TestFiles.REPO.resolve("crm-read-contracts/data-actions/middleware/Get-Customer-Preferences.jsonata");
    private static final String CANARY = "CANARY-7f3e9d21-api-key";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path tmp;

    private DacResult record(String pact, RunningProvider provider, String... extra) {
        List<String> args = new ArrayList<>(List.of("record", "--pact", pact, "--base-url", provider.baseUri().toString(),
                "--state-url", provider.baseUri() + "/_pact/state", "--out", tmp.resolve("recordings").toString()));
        args.addAll(List.of(extra));
        return dac(args.toArray(String[]::new));
    }

    private DacResult compare(String pact, String... extra) {
        List<String> args = new ArrayList<>(List.of("compare", "--pact", pact, "--recordings", tmp.resolve("recordings").toString(),
                "--actions", ACTIONS, "--middleware", MIDDLEWARE));
        args.addAll(List.of(extra));
        return dac(args.toArray(String[]::new));
    }

    @Test
    void recordThenCompareAgainstTheReferenceProviderPasses() {
        try (RunningProvider crm = ReferenceProviders.start(ProviderOptions.of("crm", 0))) {
            DacResult recorded = record(CRM_PACT, crm);

            assertThat(recorded.exit()).as(recorded.err()).isZero();
            assertThat(recorded.out()).contains("recorded           200  Lookup Customer By Phone: a known caller",
                    "21 interactions recorded in", "(0 vendor unavailable)");
        }
        DacResult compared = compare(CRM_PACT);

        assertThat(compared.exit()).as(compared.all()).isZero();
        assertThat(compared.out()).contains("PASS               Lookup Customer By Phone: a known caller",
                "21 interactions: 21 passed, 0 with warnings, 0 broken, 0 vendor unavailable, 0 not recorded");
        assertThat(compared.err()).isEmpty();
    }

    @Test
    void renamedKeyBreaksTheContractNamingTheKeyAndTheArchitectOutputs() {
        try (RunningProvider crm = ReferenceProviders.start(ProviderOptions.of("crm", 0).withRename("customerId", "customer_id"))) {
            assertThat(record(CRM_PACT, crm).exit()).isZero();
        }
        DacResult compared = compare(CRM_PACT);

        assertThat(compared.exit()).as(compared.all()).isEqualTo(1);
        assertThat(compared.out()).contains("""
                BREAK              Lookup Customer By Phone: a known caller
                    contract: body $.results[0]: Actual map is missing the following keys: customerId
                    Architect outputs affected: customerId
                    data action: output 'customerId' is empty (""); with the contract's example it is "C-1001"
                    warning: rename: customer_id appeared and customerId is gone at $.results[0]
                """);
        assertThat(compared.out()).contains("BREAK              Get Customer By Id: a known customer",
                "Data Action 'Get Customer By Id' takes the Failure path at operation 9. Resolve translation map",
                "PASS               Lookup Customer By Phone: nobody owns the number", " broken, ");
    }

    @Test
    void renamedKeyNamesTheSampleIvrFlowAndFlowCustomerIdWhenFlowsAreGiven() {
        try (RunningProvider crm = ReferenceProviders.start(ProviderOptions.of("crm", 0).withRename("customerId", "customer_id"))) {
            assertThat(record(CRM_PACT, crm).exit()).isZero();
        }
        DacResult compared = compare(CRM_PACT, "--flows", TestFiles.REPO.resolve("crm-read-contracts/flows").toString());

        assertThat(compared.exit()).as(compared.all()).isEqualTo(1);
        assertThat(compared.out()).contains("\nFlows reached:\n", "\n    flow 'Identify Caller' > task 'Identify caller' > "
                + "callData 'Lookup customer by ANI': output 'customerId' -> Flow.customerId (BREAK: Lookup Customer By Phone: a known caller)\n");
    }

    @Test
    void vendorAnswering503IsRecordedAsUnavailableWithinABoundedTime() {
        long start = System.nanoTime();
        try (RecordingServer vendor = RecordingServer.answering(503, "{\"message\":\"maintenance\"}")) {
            DacResult recorded = dac("record", "--pact", LOYALTY_PACT, "--base-url", vendor.baseUrl(), "--credential", "apiKey=" + CANARY,
                    "--attempts", "3", "--timeout", "2s", "--out", tmp.resolve("recordings").toString());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(recorded.exit()).as(recorded.err()).isZero();
            assertThat(recorded.out()).contains("vendor-unavailable HTTP 503 on each of 3 attempts  Get Loyalty Status: a gold member",
                    "4 interactions recorded in", "(4 vendor unavailable)");
            assertThat(vendor.received()).hasSize(4 * 3);
            // 4 interactions x (200 ms + 400 ms of backoff), plus slack for a slow machine.
            assertThat(elapsed).isLessThan(Duration.ofSeconds(8));
        }
        DacResult compared = compare(LOYALTY_PACT);

        assertThat(compared.exit()).as("vendor unavailable is not a contract break").isZero();
        assertThat(compared.out()).contains("VENDOR-UNAVAILABLE Get Loyalty Status: a gold member",
                "note: vendor unavailable: HTTP 503 on each of 3 attempts",
                "4 interactions: 0 passed, 0 with warnings, 0 broken, 4 vendor unavailable, 0 not recorded");
    }

    @Test
    void vendorThatDoesNotAnswerIsUnavailableAfterTheTimeoutOfEachAttempt() {
        long start = System.nanoTime();
        try (RecordingServer vendor = RecordingServer.answeringAfter(5_000, "{}")) {
            DacResult recorded = dac("record", "--pact", LOYALTY_PACT, "--base-url", vendor.baseUrl(), "--credential", "apiKey=" + CANARY,
                    "--attempts", "2", "--timeout", "300ms", "--out", tmp.resolve("recordings").toString());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(recorded.exit()).as(recorded.err()).isZero();
            assertThat(recorded.out()).contains("vendor-unavailable no complete answer within 300 ms on each of 2 attempts  Get Loyalty Status: a gold member",
                    "(4 vendor unavailable)");
            // 4 interactions x (300 ms + 200 ms + 300 ms): 3.2 s; the slow server would need 40 s.
            assertThat(elapsed).isLessThan(Duration.ofSeconds(7));
        }
    }

    @Test
    void credentialCanaryAppearsInNoRecordedFileAndNoOutput() throws IOException {
        DacResult recorded;
        try (EchoServer vendor = new EchoServer()) {
            recorded = dac("record", "--pact", LOYALTY_PACT, "--base-url", vendor.baseUrl(), "--credential", "apiKey=" + CANARY,
                    "--redact", "$.memberId", "--out", tmp.resolve("recordings").toString());
        }

        assertThat(recorded.exit()).as(recorded.err()).isZero();
        assertThat(recorded.all()).doesNotContain(CANARY);
        List<Path> files = files(tmp.resolve("recordings"));
        assertThat(files).hasSize(5);
        for (Path file : files) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).doesNotContain(CANARY, "CANARY-7f3e9d21");
        }
        JsonNode gold = MAPPER.readTree(files.stream().filter(f -> f.getFileName().toString().startsWith("01-")).findFirst().orElseThrow().toFile());
        assertThat(gold.at("/request/headers/x-api-key/0").asText()).isEqualTo("[REDACTED]");
        assertThat(gold.at("/response/headers/set-cookie/0").asText()).isEqualTo("[REDACTED]");
        assertThat(gold.at("/response/headers/x-echo/0").asText()).isEqualTo("key=[REDACTED]");
        assertThat(gold.at("/response/body/debug/apiKeyUsed").asText()).isEqualTo("[REDACTED]");
        assertThat(gold.at("/response/body/memberId").asText()).isEqualTo("[REDACTED]");
        assertThat(gold.at("/response/body/points/balance").asInt()).isEqualTo(12450);
        assertThat(gold.at("/redactedPaths/0").asText()).isEqualTo("$['memberId']");
    }

    @Test
    void secondRecordingWithBothKeysWarnsThatARenameIsInProgress() throws IOException {
        try (RunningProvider crm = ReferenceProviders.start(ProviderOptions.of("crm", 0))) {
            assertThat(record(CRM_PACT, crm).exit()).isZero();
        }
        // The vendor's next answer: customer_id next to customerId, as a rename rolls out.
        Path first = onlyChild(tmp.resolve("recordings"));
        Path second = Files.createDirectory(tmp.resolve("recordings").resolve(first.getFileName() + "-later"));
        for (Path file : files(first)) {
            ObjectNode json = (ObjectNode) MAPPER.readTree(file.toFile());
            JsonNode results = json.at("/response/body/results");
            if (results instanceof ArrayNode array) {
                array.forEach(r -> ((ObjectNode) r).put("customer_id", r.path("customerId").asText()));
            }
            Files.writeString(second.resolve(file.getFileName()), MAPPER.writeValueAsString(json));
        }

        DacResult compared = compare(CRM_PACT);

        assertThat(compared.exit()).as("a rename in progress is a warning, not a break").isZero();
        assertThat(compared.out()).contains("(previous: " + first.getFileName() + ")", """
                WARNING            Lookup Customer By Phone: a known caller
                    warning: rename in progress: customer_id appeared next to customerId at $.results[0]
                """, "3 with warnings, 0 broken");
    }

    @Test
    void junitXmlHasOneTestcasePerInteractionAndJsonTheSameVerdicts() throws Exception {
        try (RunningProvider crm = ReferenceProviders.start(ProviderOptions.of("crm", 0).withRename("customerId", "customer_id"))) {
            assertThat(record(CRM_PACT, crm).exit()).isZero();
        }
        Path junit = tmp.resolve("reports/compare.xml");
        Path json = tmp.resolve("reports/compare.json");

        DacResult compared = compare(CRM_PACT, "--junit", junit.toString(), "--json", json.toString());

        assertThat(compared.exit()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(21);
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("21");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("6");
        Element lookup = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals("Lookup Customer By Phone: a known caller")) {
                lookup = c;
            }
        }
        assertThat(lookup).isNotNull();
        assertThat(((Element) lookup.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("contract: body $.results[0]: Actual map is missing the following keys: customerId");
        JsonNode report = MAPPER.readTree(json.toFile());
        assertThat(report.at("/summary/break").asInt()).isEqualTo(6);
        assertThat(report.at("/contractBroken").asBoolean()).isTrue();
        assertThat(report.at("/results/4/affectedOutputs/0").asText()).isEqualTo("customerId");
    }

    @Test
    void recordRefusesAPactThatNeedsAMissingCredential() {
        DacResult r = dac("record", "--pact", LOYALTY_PACT, "--base-url", "http://127.0.0.1:9", "--out", tmp.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("dac record: the pact's requests need the credential 'apiKey' (placeholder REDACTED-apiKey); "
                + "give it with --credential apiKey=<value>\n");
    }

    @Test
    void recordRefusesAMalformedTimeoutAndRedactPath() {
        assertThat(dac("record", "--pact", CRM_PACT, "--base-url", "http://127.0.0.1:9", "--out", tmp.toString(), "--timeout", "soon").err())
                .isEqualTo("dac record: --timeout 'soon' is not a duration between 1ms and 10 minutes; write e.g. 10s, 2.5s or 500ms\n");
        DacResult badPath = dac("record", "--pact", CRM_PACT, "--base-url", "http://127.0.0.1:9", "--out", tmp.toString(), "--redact", "$.[");
        assertThat(badPath.exit()).isEqualTo(2);
        assertThat(badPath.err()).startsWith("dac record: --redact '$.[' is not a JSONPath (");
    }

    @Test
    void compareWithoutRecordingsSaysHowToMakeThem() {
        DacResult r = dac("compare", "--pact", CRM_PACT, "--recordings", tmp.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dac compare: " + tmp + " holds no recordings (no <timestamp>/run.json); run dac record --out "
                + tmp + " first\n");
    }

    @Test
    void compareWithoutPactOptionIsBadUsage() {
        DacResult r = dac("compare", "--recordings", tmp.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dac compare: Missing required option: '--pact=<pact.json>' (see 'dac compare --help')\n");
    }

    @Test
    void compareOfAMissingPactNamesIt() {
        DacResult r = dac("compare", "--pact", "no-such-pact.json", "--recordings", tmp.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dac compare: pact file no-such-pact.json does not exist\n");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Path onlyChild(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findFirst().orElseThrow();
        }
    }
}
