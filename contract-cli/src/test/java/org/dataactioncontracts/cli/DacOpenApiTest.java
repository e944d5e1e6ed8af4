package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dataactioncontracts.reference.ProviderOptions;
import org.dataactioncontracts.reference.ReferenceProviders;
import org.dataactioncontracts.reference.RunningProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code dac openapi}: the billing pact against the billing vendor's OpenAPI document, and what breaks it. */
class DacOpenApiTest {
    /** The pact billing-contracts writes (copied: billing-contracts builds after contract-cli). */
    private static final String BILLING_PACT = Path.of("src/test/resources/pacts/genesys-billing-billing-api.json").toString();
    private static final Path BILLING_SPEC = TestFiles.REPO.resolve("reference-providers/openapi/billing-api.yaml");
    private static final String BALANCE = "Get Account Balance: an account with an amount due";

    @TempDir
    Path tmp;

    private static DacResult openapi(String pact, String spec, String... extra) {
        List<String> args = new ArrayList<>(List.of("openapi", "--pact", pact, "--spec", spec));
        args.addAll(List.of(extra));
        return dac(args.toArray(String[]::new));
    }

    /** A copy of the billing spec with {@code from} replaced by {@code to} (which must occur). */
    private Path specWith(String from, String to) throws IOException {
        String spec = Files.readString(BILLING_SPEC);
        assertThat(spec).contains(from);
        return TestFiles.write(tmp, "billing-api.yaml", spec.replace(from, to));
    }

    @Test
    void billingPactAgreesWithTheBillingSpec() throws Exception {
        Path junit = tmp.resolve("reports/openapi.xml");
        Path json = tmp.resolve("reports/openapi.json");

        DacResult result = openapi(BILLING_PACT, BILLING_SPEC.toString(), "--junit", junit.toString(), "--json", json.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("OK                 " + BALANCE + " (GET /v3/accounts/ACC-100234/balance -> 200)",
                "OK                 Create Payment Arrangement: an account eligible for an arrangement "
                        + "(POST /v3/accounts/ACC-100236/payment-arrangements -> 201)",
                "19 interactions: 19 ok, 0 mismatched, 0 unknown to the spec");
        assertThat(result.out()).doesNotContain("MISMATCH", "note:");
        assertThat(result.err()).isEmpty();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(19);
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("mismatched").asBoolean()).isFalse();
        assertThat(report.path("summary").path("ok").asInt()).isEqualTo(19);
    }

    @Test
    void billingSpecDescribesTheFullResponsesOfTheReferenceBillingApi() throws Exception {
        // The pact's examples are what the consumer reads; the reference API serves more. Record it, put the recorded
        // bodies into the pact, and the spec must still declare every property with its type.
        Path recordings = tmp.resolve("recordings");
        try (RunningProvider billing = ReferenceProviders.start(ProviderOptions.of("billing", 0))) {
            DacResult recorded = dac("record", "--pact", BILLING_PACT, "--base-url", billing.baseUri().toString(),
                    "--state-url", billing.baseUri() + "/_pact/state", "--credential", "apiKey=reference-key", "--out",
                    recordings.toString());
            assertThat(recorded.exit()).as(recorded.all()).isZero();
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, JsonNode> served = new HashMap<>();
        try (Stream<Path> runs = Files.list(recordings); Stream<Path> files = Files.list(runs.findFirst().orElseThrow())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("run.json")).toList()) {
                JsonNode recording = mapper.readTree(file.toFile());
                served.put(recording.path("description").asText(), recording.path("response"));
            }
        }
        ObjectNode pact = (ObjectNode) mapper.readTree(Path.of(BILLING_PACT).toFile());
        for (JsonNode interaction : pact.path("interactions")) {
            JsonNode response = served.get(interaction.path("description").asText());
            assertThat(response.path("status").asInt()).isEqualTo(interaction.path("response").path("status").asInt());
            ((ObjectNode) interaction.path("response").path("body")).set("content", response.path("body"));
        }
        Path servedPact = TestFiles.write(tmp, "served-pact.json", mapper.writeValueAsString(pact));

        DacResult result = openapi(servedPact.toString(), BILLING_SPEC.toString());

        assertThat(served).hasSize(19);
        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("19 interactions: 19 ok, 0 mismatched, 0 unknown to the spec");
    }

    @Test
    void renamedRequiredResponsePropertyMismatchesNamingTheFieldAndTheInteraction() throws Exception {
        Path spec = specWith("""
                    Balance:
                      type: object
                      required: [accountNumber, amountDue, amountDueValue, currency, pastDue]
                      properties:
                        accountNumber:
                          type: string
                        amountDue:
                """, """
                    Balance:
                      type: object
                      required: [accountNumber, amount_due, amountDueValue, currency, pastDue]
                      properties:
                        accountNumber:
                          type: string
                        amount_due:
                """);
        Path junit = tmp.resolve("openapi.xml");
        Path json = tmp.resolve("openapi.json");

        DacResult result = openapi(BILLING_PACT, spec.toString(), "--junit", junit.toString(), "--json", json.toString());

        assertThat(result.exit()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("MISMATCH           " + BALANCE + " (GET /v3/accounts/ACC-100234/balance -> 200)\n"
                        + "    response body /: Object instance has properties which are not allowed by the schema: [\"amountDue\"]\n",
                "MISMATCH           Get Account Balance: a past-due account",
                "MISMATCH           Get Account Balance: an account with nothing due",
                "OK                 Get Open Invoices: an account with two open invoices",
                "19 interactions: 16 ok, 3 mismatched, 0 unknown to the spec");
        assertThat(result.err()).isEmpty();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("3");
        NodeList testcases = xml.getElementsByTagName("testcase");
        Element balance = null;
        for (int i = 0; i < testcases.getLength(); i++) {
            Element testcase = (Element) testcases.item(i);
            if (testcase.getAttribute("name").equals(BALANCE)) {
                balance = testcase;
            }
        }
        assertThat(balance).isNotNull();
        assertThat(((Element) balance.getElementsByTagName("failure").item(0)).getAttribute("message")).contains("[\"amountDue\"]");
        JsonNode mismatch = null;
        for (JsonNode r : new ObjectMapper().readTree(json.toFile()).path("results")) {
            if (r.path("description").asText().equals(BALANCE)) {
                assertThat(r.path("verdict").asText()).isEqualTo("mismatch");
                mismatch = r.path("mismatches").get(0);
            }
        }
        assertThat(mismatch).isNotNull();
        assertThat(mismatch.path("location").asText()).isEqualTo("response");
        assertThat(mismatch.path("key").asText()).isEqualTo("validation.response.body.schema.additionalProperties");
    }

    @Test
    void responsePropertyOfAnotherTypeMismatchesAtItsPath() throws Exception {
        Path spec = specWith("""
                        pastDue:
                          type: boolean
                """, """
                        pastDue:
                          type: string
                """);

        DacResult result = openapi(BILLING_PACT, spec.toString());

        assertThat(result.exit()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("MISMATCH           " + BALANCE, "    response body /pastDue: ",
                "19 interactions: 16 ok, 3 mismatched, 0 unknown to the spec");
    }

    @Test
    void responseStatusTheSpecDoesNotDeclareMismatches() throws Exception {
        Path spec = specWith("""
                        "409":
                          $ref: "#/components/responses/Error"
                """, "");

        DacResult result = openapi(BILLING_PACT, spec.toString());

        assertThat(result.exit()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("MISMATCH           Create Payment Arrangement: an account that already has an active "
                + "arrangement (POST /v3/accounts/ACC-100237/payment-arrangements -> 409)\n    response: ", "409",
                "19 interactions: 18 ok, 1 mismatched, 0 unknown to the spec");
    }

    @Test
    void pathTheSpecDoesNotHaveIsAnUnknownOperation() throws Exception {
        Path spec = specWith("  /v3/payments/{paymentId}:", "  /v3/payment/{paymentId}:");

        DacResult result = openapi(BILLING_PACT, spec.toString());

        assertThat(result.exit()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("UNKNOWN-OPERATION  Get Payment Status: a settled payment (GET /v3/payments/PAY-88120 -> 200)\n"
                        + "    request: No API path found that matches request '/v3/payments/PAY-88120'.",
                "19 interactions: 16 ok, 0 mismatched, 3 unknown to the spec");
    }

    @Test
    void credentialPlaceholderSatisfiesTheApiKeySchemeAndAParameterPattern() throws Exception {
        Path spec = specWith("""
                      operationId: getBalance
                """, """
                      operationId: getBalance
                      parameters:
                        - name: X-Api-Key
                          in: header
                          required: true
                          schema:
                            type: string
                            pattern: "^[0-9a-f]{32}$"
                """);

        DacResult result = openapi(BILLING_PACT, spec.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("OK                 " + BALANCE,
                "    note: credential placeholder accepted: X-Api-Key: REDACTED-apiKey",
                "19 interactions: 19 ok, 0 mismatched, 0 unknown to the spec");
    }

    @Test
    void missingApiKeyHeaderFailsTheSecurityScheme() throws Exception {
        Path spec = specWith("      name: X-Api-Key", "      name: X-Vendor-Key");

        DacResult result = openapi(BILLING_PACT, spec.toString());

        assertThat(result.exit()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("MISMATCH           " + BALANCE, "    request: ",
                "19 interactions: 0 ok, 19 mismatched, 0 unknown to the spec");
    }

    @Test
    void docsCommandAgreesWithTheBillingSpec() throws Exception {
        String docs = Files.readString(TestFiles.REPO.resolve("docs/vendor-apis.md"));
        String section = docs.substring(docs.indexOf("## OpenAPI comparison"));
        String command = section.substring(section.indexOf("java -jar contract-cli/target/dac.jar openapi"));
        command = command.substring(0, command.indexOf("\n```")).replace("\\\n", " ");
        List<String> args = new ArrayList<>(List.of(command.substring("java -jar contract-cli/target/dac.jar".length()).strip().split("\\s+")));
        // billing-contracts builds after contract-cli: its pact is the copy here; reports go to the temporary directory.
        args.replaceAll(arg -> switch (arg) {
            case "billing-contracts/target/pacts/genesys-billing-billing-api.json" -> Path.of(BILLING_PACT).toAbsolutePath().toString();
            case "target/openapi.xml", "target/openapi.json" -> tmp.resolve(arg).toString();
            default -> arg;
        });

        DacResult result = DacResult.dacIn(TestFiles.REPO, args.toArray(String[]::new));

        assertThat(args).contains("--spec", "reference-providers/openapi/billing-api.yaml");
        assertThat(result.exit()).as(result.all()).isZero();
        // From the repository root, as in the docs, the spec is named as given; here it is resolved against REPO.
        assertThat(section).contains(result.out().lines().findFirst().orElseThrow().replace(TestFiles.REPO + "/", ""),
                result.out().lines().filter(l -> l.contains("an account with an amount due")).findFirst().orElseThrow(),
                "19 interactions: 19 ok, 0 mismatched, 0 unknown to the spec");
        assertThat(tmp.resolve("target/openapi.xml")).exists();
    }

    @Test
    void missingSpecFileIsBadUsage() {
        DacResult result = openapi(BILLING_PACT, tmp.resolve("nope.yaml").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("dac openapi: spec file " + tmp.resolve("nope.yaml") + " does not exist\n");
    }

    @Test
    void missingPactFileIsBadUsage() {
        DacResult result = openapi(tmp.resolve("nope.json").toString(), BILLING_SPEC.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("dac openapi: pact file " + tmp.resolve("nope.json") + " does not exist\n");
    }

    @Test
    void documentThatIsNotOpenApiIsBadUsage() {
        Path spec = TestFiles.write(tmp, "notes.yaml", "hello: world\n");

        DacResult result = openapi(BILLING_PACT, spec.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("dac openapi: spec file " + spec + " cannot be parsed as OpenAPI 3 or Swagger 2")
                .contains("attribute paths is missing").endsWith(")\n").hasLineCount(1);
    }

    @Test
    void unparsableSpecIsBadUsage() {
        Path spec = TestFiles.write(tmp, "broken.yaml", "openapi: [3.0.3\n  paths");

        DacResult result = openapi(BILLING_PACT, spec.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("dac openapi: spec file " + spec + " cannot be parsed as OpenAPI 3 or Swagger 2")
                .hasLineCount(1);
    }

    @Test
    void jsonThatIsNotAPactIsBadUsage() {
        Path pact = TestFiles.write(tmp, "settings.json", "{\"hello\": \"world\"}");

        DacResult result = openapi(pact.toString(), BILLING_SPEC.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("dac openapi: pact file " + pact + " is not a pact with HTTP interactions\n");
    }

    @Test
    void specGivenAsThePactIsBadUsage() {
        DacResult result = openapi(BILLING_SPEC.toString(), BILLING_SPEC.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("dac openapi: pact file " + BILLING_SPEC + " cannot be read as a pact (").hasLineCount(1);
    }

    @Test
    void missingSpecOptionIsBadUsage() {
        DacResult result = dac("openapi", "--pact", BILLING_PACT);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("dac openapi: Missing required option: '--spec=<openapi.yaml|json>' (see 'dac openapi --help')\n");
    }
}
