package org.dataactioncontracts.pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.dataactioncontracts.pact.internal.ContractRun;
import org.dataactioncontracts.pact.internal.ContractSession;
import org.dataactioncontracts.pact.internal.ModuleSettings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Supplies {@link DataActionContracts} to tests, keeps an interaction only if its test passed, and hands the run's
 * pacts to {@link ContractRun} once the whole test run has ended.
 */
final class DataActionContractExtension implements ParameterResolver, TestWatcher {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DataActionContractExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataActionContracts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        DataActionContractTest annotation = findAnnotation(context.getRequiredTestClass());
        String test = context.getRequiredTestClass().getSimpleName() + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
        SessionResource resource = resource(context);
        // A test factory (the scenario runner) has run once it is handed its contracts; each of its dynamic tests
        // reports its own outcome through DataActionContracts.asTest, which JUnit's watchers do not see one by one.
        context.getTestMethod().filter(m -> AnnotationSupport.isAnnotated(m, org.junit.jupiter.api.TestFactory.class))
                .ifPresent(m -> resource.run.testFinished(ContractRun.testKey(context.getRequiredTestClass(), m), test, null));
        return new DataActionContracts(resource.session, resource.run, annotation.provider(), test, context.getUniqueId());
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        finished(context, null);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        finished(context, null);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        // An aborted test (a failed assumption) proves nothing: its interactions stay out, the run is not red.
        resource(context).session.testFailed(context.getUniqueId());
        finished(context, null);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        resource(context).session.testFailed(context.getUniqueId());
        String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse(cause.getClass().getSimpleName());
        finished(context, message);
    }

    private static void finished(ExtensionContext context, String failure) {
        context.getTestMethod().ifPresent(m -> resource(context).run.testFinished(ContractRun.testKey(context.getRequiredTestClass(), m),
                context.getRequiredTestClass().getSimpleName() + "." + m.getName(), failure));
    }

    /** The root store lives for the whole JUnit execution: one session per execution, closed (pacts handed on) at the end. */
    private static SessionResource resource(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SessionResource.class, k -> {
            // The generic scenario test lives in contract-core's jar: the module's settings are on the loader running the tests.
            ClassLoader loader = context.getRequiredTestClass().getClassLoader();
            if (loader.getResource(ModuleSettings.FILE) == null && Thread.currentThread().getContextClassLoader() != null) {
                loader = Thread.currentThread().getContextClassLoader();
            }
            ModuleSettings settings = ModuleSettings.load(loader);
            return new SessionResource(new ContractSession(settings), new ContractRun(
                    context.getConfigurationParameter(ContractRun.RUN_ID).orElse(null), ContractRun.moduleContractTests(loader, settings)));
        }, SessionResource.class);
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

    /** Finishes the run when JUnit closes the root store, after every test of the execution. */
    @SuppressWarnings("deprecation") // CloseableResource for JUnit versions that do not close AutoCloseable store values
    private static final class SessionResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final ContractSession session;
        private final ContractRun run;
        private boolean closed;

        SessionResource(ContractSession session, ContractRun run) {
            this.session = session;
            this.run = run;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                System.out.println(ContractRun.describe(run.finish(session), session.settings()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
