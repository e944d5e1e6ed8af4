package org.dataactioncontracts.pact;

import java.util.Objects;
import java.util.function.Consumer;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.pact.internal.ContractSession;
import org.dataactioncontracts.pact.internal.InteractionRunner;

/**
 * The contracts of one provider within a domain module, handed to each test method of a
 * {@link DataActionContractTest} class.
 */
public final class DataActionContracts {
    private final ContractSession session;
    private final String provider;
    private final String test;
    private final String testId;

    DataActionContracts(ContractSession session, String provider, String test, String testId) {
        this.session = session;
        this.provider = provider;
        this.test = test;
        this.testId = testId;
    }

    /** The provider these contracts are with; empty when the test names it per call with {@link #forProvider}. */
    public String provider() {
        return provider;
    }

    /**
     * The contracts of another provider in the same module run: the same session, guards and pact lifecycle. Scenario
     * files use it: each file names its provider.
     *
     * @param otherProvider the provider (backend API) name
     * @param declaredBy    what declares the interactions (e.g. a scenario file and line), for messages and the pact's
     *                      {@code testname} comment
     */
    public DataActionContracts forProvider(String otherProvider, String declaredBy) {
        if (otherProvider == null || otherProvider.isBlank()) {
            throw new DataActionContractError("No provider: name the backend API, e.g. forProvider(\"crm-customer-api\", ...)");
        }
        return new DataActionContracts(session, otherProvider, Objects.requireNonNull(declaredBy, "declaredBy"), testId);
    }

    /**
     * A Data Action of the module's Data Action folder, by file name with or without {@code .custom.json}.
     *
     * @throws DataActionContractError listing the module's files when there is no such file
     */
    public DataAction action(String name) {
        return session.action(name);
    }

    /**
     * Declares one interaction of a Data Action with the provider and proves the Data Action's side of it.
     *
     * <p>The request is rendered from the Data Action for the given input (credentials become placeholders with
     * matchers); the response is derived from what the translation reads unless given. The Data Action then runs
     * through the engine against the Pact mock server over real HTTP. The interaction is added to the module's pact
     * only when the mock server received exactly the contracted request, every guard holds, and the calling test then
     * passes (its own assertions included).
     *
     * @param action   the Data Action file name, with or without {@code .custom.json}
     * @param scenario what this interaction is about; the pact description is {@code "<Data Action name>: <scenario>"}
     * @param spec     provider states, input, secret inputs, credentials, response
     * @return the execution report: the outputs as Architect sees them, or the Failure path it takes
     * @throws DataActionContractError naming the Data Action and the interaction when the contract cannot hold
     */
    public ExecutionReport verify(String action, String scenario, Consumer<InteractionSpec> spec) {
        Objects.requireNonNull(scenario, "scenario");
        if (provider.isBlank()) {
            throw new DataActionContractError(test + " has @DataActionContractTest without a provider: name it there, or call"
                    + " contracts.forProvider(\"<provider>\", \"<declared by>\").verify(...)");
        }
        InteractionSpec s = new InteractionSpec();
        spec.accept(s);
        return new InteractionRunner(session).run(provider, action, s.plan(scenario), test, DataActionContractExtension.owner(testId));
    }
}
