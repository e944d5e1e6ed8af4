package org.dataactioncontracts.pact;

import java.util.function.Consumer;
import org.dataactioncontracts.pact.internal.Plan;

/** Plans for tests of the runner itself, written with the public DSL, as {@link DataActionContracts#verify} builds them. */
public final class Plans {
    private Plans() {
    }

    /** The plan of one interaction, from the same lambda a domain test gives {@code verify}. */
    public static Plan of(String scenario, Consumer<InteractionSpec> spec) {
        InteractionSpec s = new InteractionSpec();
        spec.accept(s);
        return s.plan(scenario);
    }
}
