package org.dataactioncontracts.action;

import java.util.List;
import java.util.Objects;
import org.dataactioncontracts.action.internal.LintRules;

/**
 * Static checks of a Data Action: mistakes that make Genesys fail the action, or fail it only for some inputs
 * or responses, found without running it.
 *
 * <pre>{@code
 * List<LintFinding> findings = Linter.create().lint(DataActions.load(file));
 * }</pre>
 *
 * <p>Each finding names the file, the JSON pointer of the offending value, a rule id, what is wrong and what to do.
 * Instances are immutable and thread-safe.
 */
public final class Linter {
    private final LintRules rules;

    private Linter(LintRules rules) {
        this.rules = rules;
    }

    /** A linter with every rule enabled. */
    public static Linter create() {
        return new Linter(new LintRules());
    }

    /**
     * Lints one action. Never throws on a bad action: broken templates are findings too.
     *
     * @return the findings, with {@code file} = {@link DataAction#source()}, sorted by pointer then rule
     */
    public List<LintFinding> lint(DataAction action) {
        Objects.requireNonNull(action, "action");
        return rules.lint(action);
    }
}
