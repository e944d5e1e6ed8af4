package org.dataactioncontracts.genesys;

/**
 * A layer in front of the backend (an AWS Lambda, an API gateway mapping) that reshapes the backend's response
 * before Genesys sees it. Not a Genesys feature: the engine runs it between step 8 and the translation map, and
 * reports it as the middleware's doing.
 */
public interface Middleware {

    /** A short name for reports, e.g. the transform's file name. */
    String name();

    /**
     * Reshapes a backend response body.
     *
     * @param body the backend's JSON body
     * @return the JSON body Genesys receives
     * @throws MiddlewareException when the transform cannot process the body
     */
    String transform(String body);

    /** A middleware failure, reported as the Failure path at step 8. */
    final class MiddlewareException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MiddlewareException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
