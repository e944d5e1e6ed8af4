package org.dataactioncontracts.reference.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every reference API shares: its name, its provider states, the reset to its seed data and the routing. A
 * subclass declares its routes and, when the API needs one, a guard (e.g. an API key) checked before every handler.
 */
public abstract class RoutedApi implements BackendApi {

    private final String name;
    private final ProviderStates states;
    private final Runnable reset;
    private Routes routes = new Routes(List.of());

    protected RoutedApi(String name, ProviderStates states, Runnable reset) {
        this.name = Objects.requireNonNull(name, "name");
        this.states = Objects.requireNonNull(states, "states");
        this.reset = Objects.requireNonNull(reset, "reset");
    }

    /** Sets the API's routes; called once from the subclass constructor, whose handlers they name. */
    protected final void routes(Routes.Route... routes) {
        this.routes = new Routes(List.of(routes));
    }

    /** An answer that refuses the request before its handler runs, or empty to let it through. None by default. */
    protected Optional<ApiResponse> guard(ApiRequest request) {
        return Optional.empty();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ProviderStates states() {
        return states;
    }

    @Override
    public final void reset() {
        reset.run();
    }

    @Override
    public final ApiResponse handle(ApiRequest request) {
        return routes.dispatch(request, this::guard);
    }
}
