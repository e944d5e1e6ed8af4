package org.dataactioncontracts.action.internal;

import java.util.List;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.LintFinding;

/** Runs every lint rule on one action. Not API: use {@link org.dataactioncontracts.action.Linter}. */
public final class LintRules {
    private final List<Rule> rules = List.of(
            new TemplateRules(),
            new TranslationRules(),
            new SuccessTemplateRules(),
            new RequestRules(),
            new SecretInputRules(),
            new ContractRules());

    public List<LintFinding> lint(DataAction action) {
        Findings findings = new Findings(action.source());
        ParsedAction parsed = ParsedAction.of(action);
        for (Rule rule : rules) {
            rule.check(parsed, findings);
        }
        return findings.sorted();
    }
}
