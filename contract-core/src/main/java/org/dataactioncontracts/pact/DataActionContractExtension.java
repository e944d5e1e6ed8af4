package org.dataactioncontracts.pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dataactioncontracts.pact.internal.ContractSession;
import org.dataactioncontracts.pact.internal.ModuleSettings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** Supplies {@link DataActionContracts} to tests and writes the module's pacts once the whole test run has ended. */
final class DataActionContractExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DataActionContractExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataActionContracts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store lives for the whole run: one session per module run, closed (pacts written) at the very end.
        SessionResource resource = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SessionResource.class,
                k -> new SessionResource(new ContractSession(ModuleSettings.load(context.getRequiredTestClass().getClassLoader()))),
                SessionResource.class);
        DataActionContractTest annotation = findAnnotation(context.getRequiredTestClass());
        String test = context.getRequiredTestClass().getSimpleName() + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
        return new DataActionContracts(resource.session, annotation.provider(), test);
    }

    private static DataActionContractTest findAnnotation(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            var found = AnnotationSupport.findAnnotation(c, DataActionContractTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new DataActionContractError(testClass.getName() + " takes DataActionContracts but has no @DataActionContractTest(provider = ...)");
    }

    /** Writes the pacts when JUnit closes the root store, after every test of the run. */
    @SuppressWarnings("deprecation") // CloseableResource for JUnit versions that do not close AutoCloseable store values
    private static final class SessionResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final ContractSession session;
        private boolean closed;

        SessionResource(ContractSession session) {
            this.session = session;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                session.writePacts();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
