package org.dataactioncontracts.flow;

import java.util.List;
import java.util.Objects;
import org.dataactioncontracts.action.LintFinding;

/**
 * The flows of a folder, and findings about files that could not be read as flows.
 *
 * @param flows    the flows, sorted by file
 * @param findings INFO/WARNING findings: Architect's encoded exports, {@code {{placeholders}}} without a substitution
 */
public record FlowSet(List<ArchyFlow> flows, List<LintFinding> findings) {
    public FlowSet {
        flows = List.copyOf(Objects.requireNonNull(flows, "flows"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** Every {@code callData} of every flow that calls the Data Action of this name. */
    public List<DataActionCall> callsOf(String dataActionName) {
        return flows.stream().flatMap(f -> f.calls().stream()).filter(c -> c.dataAction().equals(dataActionName)).toList();
    }
}
