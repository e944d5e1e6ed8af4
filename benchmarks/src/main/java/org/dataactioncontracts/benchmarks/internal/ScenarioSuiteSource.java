package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.dataactioncontracts.benchmarks.internal.Interaction.Derived;
import org.dataactioncontracts.benchmarks.internal.Interaction.Given;

/**
 * Suite (s): the same interactions as suite (a), as one scenario file per Data Action
 * ({@code data-actions/<base>.scenarios.yaml}), run by contract-core's generic {@code DomainScenariosTest}.
 */
final class ScenarioSuiteSource {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioSuiteSource() {
    }

    static String of(SyntheticAction action, String provider) throws JsonProcessingException {
        ObjectNode file = NODES.objectNode().put("provider", provider);
        ArrayNode scenarios = file.putArray("scenarios");
        for (Interaction interaction : action.interactions()) {
            ObjectNode s = scenarios.addObject().put("name", interaction.scenario()).put("given", interaction.state());
            s.set("params", YAML.valueToTree(interaction.stateParams()));
            s.set("input", YAML.valueToTree(interaction.input()));
            s.putObject("credentials").put(action.credential().field(), action.credential().testValue());
            if (interaction.bridge() instanceof Derived derived) {
                s.set("examples", YAML.valueToTree(derived.examples()));
                if (interaction.status() != 200) {
                    s.putObject("response").put("status", interaction.status());
                }
            } else if (interaction.bridge() instanceof Given given) {
                ObjectNode response = s.putObject("response").put("status", interaction.status());
                response.set("body", YAML.readTree(given.json()));
                if (given.waiver() != null) {
                    s.putObject("waivePins").put("*", given.waiver());
                }
            }
            ObjectNode expect = s.putObject("expect");
            if (interaction.expectedOutput() != null) {
                expect.put("outcome", "SUCCESS").set("output", interaction.expectedOutput());
            } else {
                expect.put("outcome", "FAILURE").putObject("error").put("status", interaction.status());
            }
        }
        return YAML.writeValueAsString(file);
    }
}
