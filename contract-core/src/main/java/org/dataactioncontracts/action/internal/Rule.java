package org.dataactioncontracts.action.internal;

/** One group of lint checks. Not API. */
interface Rule {
    void check(ParsedAction action, Findings findings);
}
