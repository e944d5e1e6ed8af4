package org.dataactioncontracts.action;

/** How bad a {@link LintFinding} is. */
public enum Severity {
    /** The action fails in Genesys (always, or as soon as the faulty part is used). */
    ERROR,
    /** The action works for some inputs or responses and breaks, or silently misbehaves, for others. */
    WARNING,
    /** Worth a look; not wrong in itself. */
    INFO
}
