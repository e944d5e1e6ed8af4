package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.genesys.EmulatorOptions;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.TestResultJson;
import org.dataactioncontracts.genesys.Transport;
import org.dataactioncontracts.orgdouble.PlatformApiDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dac calibrate} against the double's test endpoint. The double plays a Genesys whose Velocity renders
 * {@code $math.mul(2, 3.5)} as {@code 7.0} (the engine's VELOCITY_2_DEFAULTS profile, not its default): calibrate must
 * name that difference and the switch, save the case, and replay it offline.
 */
class DacCalibrateTest {
    private static final String ACTION = """
            {
              "name": "Get Order Total",
              "integrationType": "custom-rest-actions",
              "actionType": "custom",
              "config": {
                "request": {"requestUrlTemplate": "https://orders.example/orders/${input.orderId}", "requestType": "GET", "headers": {}, "requestTemplate": "${input.rawRequest}"},
                "response": {"translationMap": {"price": "$.price"}, "translationMapDefaults": {}, "successTemplate": "{\\"total\\": $math.mul(${price}, 3.5)}"}
              },
              "contract": {
                "input": {"inputSchema": {"type": "object", "properties": {"orderId": {"type": "string"}}, "required": ["orderId"]}},
                "output": {"successSchema": {"type": "object", "properties": {"total": {"type": "number"}}}}
              },
              "secure": false
            }
            """;
    private static final String BACKEND_BODY = "{\"price\": 2}";

    @TempDir
    Path tmp;

    private PlatformApiDouble org;
    private String actionId;

    @BeforeEach
    void anOrgWhoseGenesysUsesStockVelocity() throws IOException {
        org = PlatformApiDouble.start(OrgDac.CLIENT_ID, OrgDac.CLIENT_SECRET);
        String integration = org.addIntegration("Orders", "custom-rest-actions");
        actionId = org.addAction(integration, "Orders", OrgDac.MAPPER.readTree(ACTION));
        Files.writeString(tmp.resolve("Get-Order-Total.custom.json"), ACTION);
        DataAction action = DataActions.parse(ACTION, "Get-Order-Total.custom.json");
        GenesysEmulator stockVelocity = GenesysEmulator.create(EmulatorOptions.defaults().withVelocity(EmulatorOptions.VelocityProfile.VELOCITY_2_DEFAULTS));
        org.testResult(actionId, input -> TestResultJson.of(stockVelocity.execute(action,
                run -> run.input(input).transport(Transport.recorded(HttpResult.json(200, BACKEND_BODY))))));
    }

    @AfterEach
    void stop() {
        org.close();
    }

    private DacResult calibrate(String... extra) {
        String[] args = Stream.concat(Stream.of("--category", "Orders", "--action", "Get-Order-Total.custom.json"), Stream.of(extra))
                .toArray(String[]::new);
        return OrgDac.run(tmp, org, "calibrate", args);
    }

    @Test
    void aDifferentVelocityInGenesysIsNamedWithTheSwitchThatMatchesIt() throws IOException {
        DacResult result = calibrate("--input", "{\"orderId\":\"O-1\"}", "--junit", "calibration.xml");

        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("DIFFERENT Get-Order-Total.custom.json / input 1:",
                "  /finalResult/total: Genesys 7.0, engine 7 - matches Genesys with velocity=VELOCITY_2_DEFAULTS",
                "1 case: 0 matched, 1 different or not calibrated");
        assertThat(org.calls()).contains("POST /api/v2/integrations/actions/" + actionId + "/test -> 200");
        String junit = Files.readString(tmp.resolve("calibration.xml"));
        assertThat(junit).contains("<testcase classname=\"dac.calibrate\" name=\"Get-Order-Total.custom.json / input 1\"",
                "type=\"engine-differs-from-genesys\"", "velocity=VELOCITY_2_DEFAULTS");
        assertThat(result.all() + junit).doesNotContain(OrgDac.CLIENT_ID, OrgDac.CLIENT_SECRET);
    }

    @Test
    void theScenariosOfAScenarioFileAreTheCases() throws IOException {
        Files.writeString(tmp.resolve("Get-Order-Total.scenarios.yaml"), """
                provider: orders-api
                scenarios:
                  - name: an order of two
                    input: {orderId: O-7}
                    expect: {outcome: SUCCESS}
                """);

        DacResult result = calibrate("--scenarios", "Get-Order-Total.scenarios.yaml");

        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("DIFFERENT Get-Order-Total.custom.json / an order of two:",
                "1 case: 0 matched, 1 different or not calibrated");
        assertThat(org.calls()).contains("POST /api/v2/integrations/actions/" + actionId + "/test -> 200");
    }

    @Test
    void aSavedCaseReplaysOfflineWithTheSameDifference() throws IOException {
        Files.writeString(tmp.resolve("cases.json"), "{\"cases\": [{\"name\": \"order O-2\", \"input\": {\"orderId\": \"O-2\"}}]}");
        DacResult online = calibrate("--cases", "cases.json", "--save", "saved");
        assertThat(online.exit()).as(online.toString()).isEqualTo(1);
        Path saved = tmp.resolve("saved/Get-Order-Total--order-O-2.calibration.json");
        JsonNode stored = OrgDac.read(saved);
        assertThat(stored.path("input").path("orderId").asText()).isEqualTo("O-2");
        assertThat(stored.at("/action/name").asText()).isEqualTo("Get Order Total");
        assertThat(stored.at("/genesys/finalResult/total").asDouble()).isEqualTo(7.0);
        org.close();

        DacResult replay = OrgDac.runWith(tmp, java.util.Map.of(), "calibrate", "--replay", "saved");
        assertThat(replay.exit()).as(replay.toString()).isEqualTo(1);
        assertThat(replay.out()).contains("DIFFERENT saved/Get-Order-Total--order-O-2.calibration.json / order O-2",
                "/finalResult/total: Genesys 7.0, engine 7 - matches Genesys with velocity=VELOCITY_2_DEFAULTS");

        // Once Genesys's answer is what the engine gives (here: the saved result re-made with the default profile), replay passes.
        ObjectNode matching = (ObjectNode) stored.deepCopy();
        DataAction action = DataActions.parse(ACTION, "x");
        matching.set("genesys", TestResultJson.of(GenesysEmulator.create().execute(action,
                run -> run.input(stored.get("input")).transport(Transport.recorded(HttpResult.json(200, BACKEND_BODY))))));
        Files.writeString(saved, matching.toPrettyString());
        DacResult passing = OrgDac.runWith(tmp, java.util.Map.of(), "calibrate", "--replay", "saved");
        assertThat(passing.exit()).as(passing.toString()).isZero();
        assertThat(passing.out()).contains("MATCH saved/Get-Order-Total--order-O-2.calibration.json / order O-2", "1 case: 1 matched");
    }

    @Test
    void aGenesysResultWithoutAnExecuteResultIsReportedNotCalibrated() {
        org.testResult(actionId, input -> OrgDac.MAPPER.createObjectNode().put("success", false)
                .set("error", OrgDac.MAPPER.createObjectNode().put("message", "Failed to resolve template").put("status", 400)));
        DacResult result = calibrate("--input", "{\"orderId\":\"O-3\"}");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("NOT CALIBRATED Get-Order-Total.custom.json / input 1: Genesys's result has no Execute operation "
                + "with a result", "error: Failed to resolve template");
    }

    @Test
    void withoutCasesOrAnActionItSaysWhatToGive() {
        assertThat(calibrate().err()).isEqualTo("dac calibrate: no cases: give --input (repeatable), --cases <file> or --scenarios <file.scenarios.yaml>\n");
        assertThat(OrgDac.run(tmp, org, "calibrate").err())
                .isEqualTo("dac calibrate: give --action <file> (and --input, --cases or --scenarios), or --replay <dir> for saved cases\n");
    }
}
