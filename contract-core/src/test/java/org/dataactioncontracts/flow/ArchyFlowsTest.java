package org.dataactioncontracts.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.action.LintFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchyFlowsTest {
    static final Path RESILIENCY = Path.of("src/test/resources/corpus/architect-flows/design-architect-flow-data-actions-for-resiliency/blueprint/src");
    static final Path TREE = Path.of("src/test/resources/corpus/cx-as-code-trees/negative-sentiment-callback/terraform");

    @Test
    void everyCallDataOfTheResiliencyFlowIsFoundWithItsOutputVariablesAndNestedLocation() {
        FlowSet set = ArchyFlows.readAll(RESILIENCY);

        assertThat(set.flows()).extracting(ArchyFlow::name).containsExactly("Cache Example");
        List<DataActionCall> calls = set.flows().get(0).calls();
        assertThat(calls).extracting(DataActionCall::dataAction)
                .containsExactly("Get On Queue Agent Counts", "Insert IVR Cache Entry", "Update IVR Cache Entry");
        DataActionCall counts = calls.get(0);
        assertThat(counts.category()).isEqualTo("PureCloud Data Actions");
        assertThat(counts.flowType()).isEqualTo("inboundCall");
        assertThat(counts.inputs()).containsExactly(Map.entry("queueId", "Task.Queue.id"));
        assertThat(counts.successOutputs()).containsExactly(Map.entry("counts", "Task.QueueCounts"), Map.entry("statuses", "Task.StatusList"));
        assertThat(counts.where()).isEqualTo("flow 'Cache Example' > task 'IVR cache example' > decision > yes > callData 'Call Data Action'");
        assertThat(calls).extracting(DataActionCall::line).containsExactly(87, 136, 150);
        assertThat(calls.get(2).location()).isEqualTo("task 'IVR cache example' > decision > yes > callData > success > decision > no");
    }

    @Test
    void architectsEncodedExportIsNamedAsUnreadablePointingAtArchyExport() {
        FlowSet set = ArchyFlows.readAll(RESILIENCY);

        assertThat(set.findings()).extracting(LintFinding::format).containsExactly(RESILIENCY.resolve("CacheExample.i3InboundFlow")
                + " at : INFO [flow-encoded] is Architect's own encoded export, which cannot be read. Export the flow as YAML:"
                + " archy export --flowName <name> --flowType <type> --exportType yaml");
    }

    @Test
    void aTerraformRootFillsPlaceholdersFromGenesyscloudFlowSubstitutions() {
        FlowSet set = ArchyFlows.readAll(TREE);

        ArchyFlow flow = set.flows().get(0);
        assertThat(flow.name()).isEqualTo("Send SMS and Create Supervisor Callback");
        assertThat(flow.type()).isEqualTo("workflow");
        assertThat(flow.calls()).extracting(DataActionCall::dataAction).containsExactly("Get Sentiment", "Send Agentless SMS",
                "Create Scheduled Callback", "Update External Tag", "Send Chat Group Notification");
        DataActionCall sentiment = set.callsOf("Get Sentiment").get(0);
        assertThat(sentiment.category()).isEqualTo("<unresolved module.data_action.integration_name>");
        assertThat(sentiment.location()).isEqualTo("state 'Get Sentiment Score'");
        assertThat(sentiment.successOutputs()).containsExactly(Map.entry("sentimentScore", "State.SentimentScore"));
        assertThat(sentiment.failureOutputs()).containsExactly(Map.entry("errorCode", "State.ErrorCode"), Map.entry("status", "State.ErrorStatus"));
        assertThat(set.callsOf("Send Agentless SMS").get(0).inputs()).containsEntry("fromAddress", "\"+11234567890\"");
    }

    @Test
    void aFlowReadWithoutItsSubstitutionsNamesEachPlaceholder() {
        Path yaml = TREE.resolve("modules/flow/Send_SMS_and_Create_Supervisor_Callback.yaml");
        FlowSet set = ArchyFlows.readAll(yaml);

        assertThat(set.flows().get(0).name()).isEqualTo("<unsubstituted flow_name>");
        assertThat(set.flows().get(0).calls().get(0).dataAction()).isEqualTo("<unsubstituted get_sentiment_name>");
        assertThat(set.findings()).extracting(LintFinding::message).contains(
                "{{get_sentiment_name}} has no substitution; read as <unsubstituted get_sentiment_name>");
    }

    @Test
    void malformedYamlNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.yaml"), "inboundCall:\n  name: x\n  tasks: [a, b\n");

        assertThatThrownBy(() -> ArchyFlows.readAll(dir)).isInstanceOf(InvalidFlowException.class)
                .hasMessageStartingWith(file + ":3: is not valid YAML (while parsing a flow sequence)");
    }

    @Test
    void yamlThatIsNotAFlowIsAnInfoFindingNotAFlow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("scenarios.yaml"), "scenarios:\n  - name: ok\n");

        FlowSet set = ArchyFlows.readAll(dir);

        assertThat(set.flows()).isEmpty();
        assertThat(set.findings()).extracting(LintFinding::rule).containsExactly("flow-not-archy");
    }
}
