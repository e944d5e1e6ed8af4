package org.dataactioncontracts.reference;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.dataactioncontracts.reference.internal.Apis;
import org.dataactioncontracts.reference.internal.CommandLine;
import org.dataactioncontracts.reference.internal.ProcessControl;
import org.dataactioncontracts.reference.internal.ProviderServer;

/**
 * Runnable example backend APIs (the CRM customer API today) with Pact provider-state endpoints and a drift switch.
 *
 * <p>From a shell: {@code java -jar reference-providers.jar --api crm --port 0 [--rename customerId=customer_id]}.
 * From Java (provider verification tests): {@code try (RunningProvider crm = ReferenceProviders.start(ProviderOptions.of("crm", 0))) {…}}.
 */
public final class ReferenceProviders {

    /** Exit code for a bad command line or an API that is not available. */
    public static final int EXIT_USAGE = 2;
    /** Exit code when the server cannot start, e.g. the port is taken. */
    public static final int EXIT_START_FAILED = 1;

    private ReferenceProviders() {
    }

    /** Parses the command line, starts the provider and keeps the JVM running until it is stopped. */
    public static void main(String[] args) {
        ProcessControl control;
        try {
            control = ProcessControl.parse(List.of(args));
        } catch (UsageException e) {
            System.err.println("reference-providers: " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        if (control.stop().isPresent()) {
            System.exit(ProcessControl.stop(control.stop().get(), System.out, System.err));
        }
        Launch launch = launch(control.rest(), System.out, System.err);
        launch.provider().ifPresent(provider -> {
            Runtime.getRuntime().addShutdownHook(new Thread(provider::close));
            try {
                control.apply();
            } catch (UncheckedIOException e) {
                System.err.println("reference-providers: " + e.getMessage());
                System.exit(EXIT_START_FAILED);
            }
        });
        if (launch.exitCode() != 0) {
            System.exit(launch.exitCode());
        }
    }

    /**
     * Starts a provider without a request log.
     *
     * @throws UsageException        if the API does not exist or is not implemented yet
     * @throws UncheckedIOException  if the port cannot be bound
     */
    public static RunningProvider start(ProviderOptions options) {
        return ProviderServer.start(Apis.create(options.api()), options, Optional.empty());
    }

    /** What {@link #main} does, minus {@code System.exit}: prints to the given streams and returns the outcome. */
    static Launch launch(List<String> args, PrintStream out, PrintStream err) {
        try {
            Optional<ProviderOptions> options = CommandLine.parse(args);
            if (options.isEmpty()) {
                out.println(CommandLine.HELP);
                return new Launch(0, Optional.empty());
            }
            RunningProvider provider = ProviderServer.start(Apis.create(options.get().api()), options.get(), Optional.of(out));
            out.println(provider.startLine());
            out.flush();
            return new Launch(0, Optional.of(provider));
        } catch (UsageException e) {
            err.println("reference-providers: " + e.getMessage());
            return new Launch(EXIT_USAGE, Optional.empty());
        } catch (UncheckedIOException e) {
            err.println("reference-providers: " + e.getMessage());
            return new Launch(EXIT_START_FAILED, Optional.empty());
        }
    }

    /** Outcome of {@link #launch}: the exit code and, when it started, the running provider. */
    record Launch(int exitCode, Optional<RunningProvider> provider) {
    }
}
