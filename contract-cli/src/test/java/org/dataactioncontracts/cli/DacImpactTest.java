package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;
import static org.dataactioncontracts.cli.TestFiles.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DacImpactTest {
    static final Path CORPUS = Path.of("../contract-core/src/test/resources/corpus");
    static final Path RESILIENCY = CORPUS.resolve("architect-flows/design-architect-flow-data-actions-for-resiliency/blueprint/src");
    static final Path TREE = CORPUS.resolve("cx-as-code-trees/negative-sentiment-callback/terraform");
    static final String COUNTS_CALL = "flow 'Cache Example' > task 'IVR cache example' > decision > yes > callData 'Call Data Action'";

    @TempDir
    Path tmp;

    @Test
    void withoutFieldEveryFlowVariableFedByTheActionIsNamed() {
        DacResult r = dac("impact", "--actions", RESILIENCY.toString(), "--flows", RESILIENCY.toString(), "--action", "Get On Queue Agent Counts");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains(COUNTS_CALL + ": output 'counts' -> Task.QueueCounts: reads the output on Success\n",
                COUNTS_CALL + ": output 'statuses' -> Task.StatusList: reads the output on Success\n",
                "2 flow variables fed by 1 callData action of 'Get On Queue Agent Counts'");
    }

    @Test
    void aMissingFieldNamesTheDefaultTheEngineApplied() {
        DacResult r = dac("impact", "--actions", RESILIENCY.toString(), "--flows", RESILIENCY.toString(),
                "--action", "Get On Queue Agent Counts", "--field", "$.results");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains(COUNTS_CALL + ": output 'counts' -> Task.QueueCounts: the translationMapDefaults value [0] of 'counts' applies (was [1])");
    }

    @Test
    void terraformTreeNamesNullForTheVariableAndOutputsNoFlowReads() {
        DacResult fed = dac("impact", "--actions", TREE.toString(), "--flows", TREE.toString(), "--action", "Get Sentiment");
        DacResult missing = dac("impact", "--actions", TREE.toString(), "--flows", TREE.toString(), "--action", "Get Sentiment",
                "--field", "$.sentimentScore");

        String call = "flow 'Send SMS and Create Supervisor Callback' > state 'Get Sentiment Score' > callData 'Call Data Action'";
        assertThat(fed.out()).contains(call + ": output 'errorCode' -> State.ErrorCode: reads the error on Failure",
                "output 'sentimentTrend' of 'Get Sentiment' is read by no flow");
        assertThat(missing.out()).startsWith(call + ": output 'sentimentScore' -> State.SentimentScore: receives no value (null) (was 1.5)\n");
    }

    @Test
    void jsonFormatHasFlowLocationActionOutputVariableEffect() {
        DacResult r = dac("impact", "--format", "json", "--actions", RESILIENCY.toString(), "--flows", RESILIENCY.toString(),
                "--action", "Get On Queue Agent Counts", "--field", "$.results");

        JsonNode first = r.json().path("impacts").get(0);
        assertThat(first.path("flow").asText()).isEqualTo("Cache Example");
        assertThat(first.path("file").asText()).endsWith("CacheExampleFlow.yaml");
        assertThat(first.path("line").asInt()).isEqualTo(87);
        assertThat(first.path("location").asText()).isEqualTo("task 'IVR cache example' > decision > yes > callData 'Call Data Action'");
        assertThat(first.path("action").asText()).isEqualTo("Get On Queue Agent Counts");
        assertThat(first.path("output").asText()).isEqualTo("counts");
        assertThat(first.path("variable").asText()).isEqualTo("Task.QueueCounts");
        assertThat(first.path("effect").asText()).startsWith("the translationMapDefaults value [0]");
        assertThat(r.json().path("findings").get(0).path("rule").asText()).isEqualTo("flow-encoded");
    }

    @Test
    void aFieldWithoutDefaultTakesTheFailurePathAndNamesTheFailureVariables() throws IOException {
        Path actions = Files.createDirectories(tmp.resolve("actions"));
        write(actions, "Lookup.custom.json", TestFiles.action("/customers", "{}", "{\"customerId\": \"$.customerId\"}", "{}",
                "\"{\\\"customerId\\\": ${customerId}}\"").replace("\"properties\": {}, \"additionalProperties\": true}}",
                "\"properties\": {\"customerId\": {\"type\": \"string\"}}}}").replace("CLI Test Action", "Lookup Customer"));
        Path flows = Files.createDirectories(tmp.resolve("flows"));
        write(flows, "ivr.yaml", """
                inboundCall:
                  name: Main IVR
                  startUpRef: ./menus/menu[Main]
                  menus:
                    - menu:
                        name: Main Menu
                        refId: Main
                        choices:
                          - menuTask:
                              name: Identify
                              actions:
                                - callData:
                                    name: Find caller
                                    category:
                                      CRM:
                                        dataAction:
                                          Lookup Customer:
                                            inputs:
                                              userId:
                                                exp: Call.Ani
                                            successOutputs:
                                              customerId:
                                                var: Flow.customerId
                                            failureOutputs:
                                              errorCode:
                                                var: Flow.lookupError
                """);

        DacResult r = dac("impact", "--actions", actions.toString(), "--flows", flows.toString(), "--action", "Lookup Customer",
                "--field", "customerId");

        assertThat(r.exit()).as(r.all()).isZero();
        String call = "flow 'Main IVR' > menu 'Main Menu' > menuTask 'Identify' > callData 'Find caller'";
        assertThat(r.out()).contains(call + ": output 'customerId' -> Flow.customerId: the Failure path is taken at operation ",
                call + ": output 'errorCode' -> Flow.lookupError: receives the error: the Failure path is taken");
    }

    @Test
    void theCrmReadSampleIvrNamesFlowCustomerIdWhenTheBackendDropsCustomerId() {
        DacResult r = DacResult.dacIn(TestFiles.REPO, "impact", "--actions", "crm-read-contracts/data-actions",
                "--flows", "crm-read-contracts/flows", "--action", "Lookup Customer By Phone", "--field", "$.results[*].customerId");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).isEqualTo("flow 'Identify Caller' > task 'Identify caller' > callData 'Lookup customer by ANI': "
                + "output 'customerId' -> Flow.customerId: receives \"\" (was \"customerId-example\")\n"
                + "1 flow variable affected in 1 callData action of 'Lookup Customer By Phone'\n");
    }

    @Test
    void everySampleDomainFlowCallsAnActionOfItsDomain() {
        for (String[] domain : new String[][] {{"crm-read-contracts", "Lookup Customer By Phone"},
                {"crm-write-contracts", "Create Support Case"}, {"billing-contracts", "Get Account Balance"}}) {
            DacResult r = DacResult.dacIn(TestFiles.REPO, "impact", "--actions", domain[0] + "/data-actions",
                    "--flows", domain[0] + "/flows", "--action", domain[1]);

            assertThat(r.exit()).as(r.all()).isZero();
            assertThat(r.out()).as(domain[0]).doesNotContain("no flow calls", "flow-action-not-found", "WARNING").contains("reads the output on Success");
        }
    }

    @Test
    void malformedFlowYamlIsOneLineWithFileAndLineAndExitTwo() throws IOException {
        Path flows = Files.createDirectories(tmp.resolve("flows"));
        Path file = write(flows, "broken.yaml", "inboundCall:\n  name: x\n  tasks: [a, b\n");

        DacResult r = dac("impact", "--actions", RESILIENCY.toString(), "--flows", flows.toString(), "--action", "Get On Queue Agent Counts");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("dac impact: " + file + ":3: is not valid YAML (");
    }

    @Test
    void aFlowCallingAnActionThatIsNotInActionsIsAFindingNotACrash() {
        DacResult r = dac("impact", "--actions", RESILIENCY.resolve("Get-On-Queue-Agent-Counts.json").toString(),
                "--flows", RESILIENCY.toString(), "--action", "Get On Queue Agent Counts");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("WARNING " + RESILIENCY.resolve("CacheExampleFlow.yaml") + " (root) flow-action-not-found: "
                + "flow 'Cache Example' > task 'IVR cache example' > decision > yes > callData > success > decision > yes > "
                + "callData 'Call Data Action' calls Data Action 'Insert IVR Cache Entry' (category 'PureCloud Data Actions'), which is not in");
    }
}
