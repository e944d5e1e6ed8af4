package org.dataactioncontracts.reference;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A reference provider API on a free port for each test, with a client for it:
 * {@code @RegisterExtension final ProviderUnderTest crm = ProviderUnderTest.api("crm");}.
 */
final class ProviderUnderTest implements BeforeEachCallback, AfterEachCallback {
    private final ProviderOptions options;
    private RunningProvider running;
    private HttpTestClient http;

    private ProviderUnderTest(ProviderOptions options) {
        this.options = options;
    }

    /** {@code api}: crm or billing, as on the command line. */
    static ProviderUnderTest api(String api) {
        return new ProviderUnderTest(ProviderOptions.of(api, 0));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start(options);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    /** Replaces the running provider with one started with {@code other} (e.g. with the drift switch). */
    void restart(ProviderOptions other) {
        stop();
        start(other);
    }

    RunningProvider running() {
        return running;
    }

    HttpTestClient http() {
        return http;
    }

    private void start(ProviderOptions with) {
        running = ReferenceProviders.start(with);
        http = new HttpTestClient(running);
    }

    private void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
