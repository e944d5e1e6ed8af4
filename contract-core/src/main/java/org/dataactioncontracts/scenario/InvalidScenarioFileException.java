package org.dataactioncontracts.scenario;

import java.util.List;
import org.dataactioncontracts.action.LintFinding;

/** A scenario file that cannot be read: malformed YAML, an unknown key, a value of the wrong kind. One finding per problem. */
public final class InvalidScenarioFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<LintFinding> findings;

    public InvalidScenarioFileException(List<LintFinding> findings) {
        super(String.join("\n", findings.stream().map(ScenarioLint::line).toList()));
        this.findings = List.copyOf(findings);
    }

    /** What is wrong, one finding per problem, each with file:line, YAML pointer and what to do. */
    public List<LintFinding> findings() {
        return findings;
    }
}
