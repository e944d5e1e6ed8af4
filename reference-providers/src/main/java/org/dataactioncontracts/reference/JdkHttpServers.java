package org.dataactioncontracts.reference;

/** Settings of the JDK's HTTP server that matter for anyone timing a provider. */
final class JdkHttpServers {
    private JdkHttpServers() {
    }

    /**
     * Turns off Nagle's algorithm for the JDK HTTP server unless the caller chose otherwise: with it on, every response
     * waits ~40-50 ms for the client's delayed ACK (measured here: 50 ms per state change, 8 ms without). Read once, when
     * the first server is created.
     */
    static void noDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }
}
