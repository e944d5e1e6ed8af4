package org.dataactioncontracts.reference;

import java.net.URI;
import java.util.Map;

/** A reference provider that is listening; closing it stops the server and frees the port. */
public interface RunningProvider extends AutoCloseable {

    /** The API this provider serves, e.g. {@code crm}. */
    String api();

    /** The port the provider listens on (the chosen one when started with port 0). */
    int port();

    /**
     * The base URL to point a Pact verifier or the emulator at: {@code http://127.0.0.1:PORT}, the address bound, on the
     * loopback interface; {@code http://localhost:PORT} when listening on every interface.
     */
    URI baseUri();

    /** The JSON key renames in force. */
    Map<String, String> renames();

    /** The line printed on start: {@code crm API listening on http://127.0.0.1:PORT (renames: a->b)}. */
    default String startLine() {
        StringBuilder line = new StringBuilder(api()).append(" API listening on ").append(baseUri());
        if (!renames().isEmpty()) {
            StringBuilder list = new StringBuilder();
            renames().forEach((from, to) -> list.append(list.length() == 0 ? "" : ", ").append(from).append("->").append(to));
            line.append(" (renames: ").append(list).append(')');
        }
        return line.toString();
    }

    /** Stops the server. */
    @Override
    void close();
}
