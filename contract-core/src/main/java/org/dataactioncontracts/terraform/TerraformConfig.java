package org.dataactioncontracts.terraform;

import java.util.List;
import java.util.Objects;
import org.dataactioncontracts.action.LintFinding;

/**
 * What a {@code .tf} file or a Terraform root declares: its Data Actions, its Architect flows, and INFO findings
 * naming every value that could not be resolved statically.
 *
 * @param actions  the {@code genesyscloud_integration_action} and {@code _draft} resources, in file order, modules after
 * @param flows    the {@code genesyscloud_flow} resources
 * @param findings INFO findings ({@code terraform-unresolved}), one per placeholder
 */
public record TerraformConfig(List<TerraformAction> actions, List<TerraformFlow> flows, List<LintFinding> findings) {
    public TerraformConfig {
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        flows = List.copyOf(Objects.requireNonNull(flows, "flows"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** The actions a name or resource address selects (several when names repeat). */
    public List<TerraformAction> find(String nameOrAddress) {
        return actions.stream().filter(a -> a.matches(nameOrAddress)).toList();
    }

    /** The INFO findings about one action's resource (those pointing at its address). */
    public List<LintFinding> findingsFor(TerraformAction action) {
        return findings.stream().filter(f -> f.pointer().startsWith(action.address() + ".")).toList();
    }
}
