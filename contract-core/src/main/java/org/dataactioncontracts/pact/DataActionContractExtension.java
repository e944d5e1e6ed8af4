package org.dataactioncontracts.pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.dataactioncontracts.pact.internal.ContractRun;
import org.dataactioncontracts.pact.internal.ContractSession;
import org.dataactioncontracts.pact.internal.ModuleSettings;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Supplies {@link DataActionContracts} to tests, keeps an interaction only if its test passed, and hands the run's
 * pacts to {@link ContractRun} once the whole test run has ended.
 */
final class DataActionContractExtension implements ParameterResolver, TestWatcher, InvocationInterceptor {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DataActionContractExtension.class);
    /** The dynamic test running on this thread: its interactions are its own, not its factory's. */
    private static final ThreadLocal<String> DYNAMIC_TEST = new ThreadLocal<>();

    /** The id of the test execution that owns interactions declared now: the running dynamic test, else {@code testId}. */
    static String owner(String testId) {
        String dynamic = DYNAMIC_TEST.get();
        return dynamic != null ? dynamic : testId;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataActionContracts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        DataActionContractTest annotation = findAnnotation(context.getRequiredTestClass());
        String test = context.getRequiredTestClass().getSimpleName() + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
        return new DataActionContracts(resource(context).session, annotation.provider(), test, context.getUniqueId());
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
        finished(context, firstLine(cause));
    }

    // TestWatcher is not called for @TestFactory methods and their dynamic tests: these two take its place.
    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        try {
            T result = invocation.proceed();
            finished(context, null);
            return result;
        } catch (Throwable t) {
            resource(context).session.testFailed(context.getUniqueId());
            finished(context, firstLine(t));
            throw t;
        }
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext, ExtensionContext context)
            throws Throwable {
        DYNAMIC_TEST.set(context.getUniqueId());
        try {
            invocation.proceed();
        } catch (Throwable t) {
            resource(context).session.testFailed(context.getUniqueId());
            // A dynamic test has no test class of its own: its factory has.
            String testClass = enclosingTestClass(context);
            resource(context).run.testFailed(testClass + "." + context.getDisplayName(), firstLine(t));
            throw t;
        } finally {
            DYNAMIC_TEST.remove();
        }
    }

    /** The test class of a dynamic test: that of its factory, however deep in dynamic containers it sits. */
    private static String enclosingTestClass(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Optional<Class<?>> testClass = c.get().getTestClass();
            if (testClass.isPresent()) {
                return testClass.get().getSimpleName();
            }
        }
        return "";
    }

    private static String firstLine(Throwable t) {
        return String.valueOf(t.getMessage()).lines().findFirst().orElse(t.getClass().getSimpleName());
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
