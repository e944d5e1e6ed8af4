package org.dataactioncontracts.flow;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code callData} action of an Architect flow: which Data Action it calls, with which inputs, and which flow
 * variables receive its outputs.
 *
 * @param flow           the flow's name
 * @param flowType       the flow's type key in Archy YAML, e.g. {@code inboundCall}, {@code workflow}, {@code bot}
 * @param file           the YAML file
 * @param line           the 1-based line of its {@code callData:} key; 0 when it could not be told
 * @param location       where it stands: the state, task, reusable task or menu holding it, then the decision branches
 *                       and loops leading to it, e.g. {@code task 'IVR cache example' > decision > yes}
 * @param name           the action's own name in the flow ({@code Call Data Action} when Archy's default)
 * @param category       the Data Action's category (its integration's name)
 * @param dataAction     the Data Action's name
 * @param inputs         input name to the expression passed ({@code exp} text, or a literal in quotes)
 * @param successOutputs output name to the flow variable receiving it on the Success path (outputs not mapped are absent)
 * @param failureOutputs output name to the flow variable receiving it on the Failure path
 */
public record DataActionCall(String flow, String flowType, Path file, int line, String location, String name, String category,
        String dataAction, Map<String, String> inputs, Map<String, String> successOutputs, Map<String, String> failureOutputs) {
    public DataActionCall {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(file, "file");
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        successOutputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(successOutputs));
        failureOutputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failureOutputs));
    }

    /** {@code flow 'name' > location > callData 'name'}, for one-line reports. */
    public String where() {
        return "flow '" + flow + "' > " + location + " > callData '" + name + "'";
    }
}
