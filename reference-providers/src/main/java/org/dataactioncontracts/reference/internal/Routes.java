package org.dataactioncontracts.reference.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The routing every reference API shares: 404 for an unknown path, 405 for a known path with another method. */
public final class Routes {

    /** A method and path pattern ({@code *} matches one segment) and what answers it. */
    public record Route(String method, Function<ApiRequest, ApiResponse> handler, String... path) {
    }

    private final List<Route> routes;

    public Routes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /**
     * Answers a request.
     *
     * @param guard checked once the route is known, e.g. an API key; an answer from it replaces the handler's
     */
    public ApiResponse dispatch(ApiRequest request, Function<ApiRequest, Optional<ApiResponse>> guard) {
        List<Route> onPath = routes.stream().filter(route -> request.pathMatches(route.path())).toList();
        if (onPath.isEmpty()) {
            return ApiResponse.notFound("no route for " + request.method() + " " + request.rawPath());
        }
        Optional<Route> route = onPath.stream().filter(candidate -> candidate.method().equals(request.method())).findFirst();
        if (route.isEmpty()) {
            return ApiResponse.error(405, "Method Not Allowed", request.rawPath() + " accepts "
                    + String.join(", ", onPath.stream().map(Route::method).toList()) + " only");
        }
        Optional<ApiResponse> refused = guard.apply(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            return route.get().handler().apply(request);
        } catch (IllegalArgumentException e) {
            // An unreadable body (not JSON, not an object): the client's fault, never a 500.
            return ApiResponse.badRequest(e.getMessage());
        }
    }
}
