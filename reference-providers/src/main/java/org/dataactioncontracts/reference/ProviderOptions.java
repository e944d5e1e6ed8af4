package org.dataactioncontracts.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Options of one reference provider run: which API to serve, on which port and interfaces, and which JSON keys to
 * rename.
 *
 * @param api        the API name, e.g. {@code crm}
 * @param port       the TCP port; {@code 0} picks a free one
 * @param renames    JSON key renames applied to every API response body (drift switch), in the order given
 * @param interfaces where to listen: the loopback interface unless asked otherwise
 */
public record ProviderOptions(String api, int port, Map<String, String> renames, Interfaces interfaces) {

    /** The network interfaces a provider listens on. */
    public enum Interfaces {
        /** 127.0.0.1 only: nothing outside this machine can reach the test data or flip its provider states. */
        LOOPBACK,
        /** Every interface, e.g. for a verifier in another container; the provider has no authentication. */
        ALL
    }

    public ProviderOptions {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(interfaces, "interfaces");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        renames = Collections.unmodifiableMap(new LinkedHashMap<>(renames));
    }

    /** Options for {@code api} on {@code port} of the loopback interface with {@code renames}. */
    public ProviderOptions(String api, int port, Map<String, String> renames) {
        this(api, port, renames, Interfaces.LOOPBACK);
    }

    /** Options for {@code api} on {@code port} of the loopback interface without renames. */
    public static ProviderOptions of(String api, int port) {
        return new ProviderOptions(api, port, Map.of());
    }

    /** A copy of these options that listens on {@code interfaces}. */
    public ProviderOptions on(Interfaces interfaces) {
        return new ProviderOptions(api, port, renames, interfaces);
    }

    /** A copy of these options that also renames the JSON key {@code from} to {@code to}. */
    public ProviderOptions withRename(String from, String to) {
        Map<String, String> more = new LinkedHashMap<>(renames);
        more.put(from, to);
        return new ProviderOptions(api, port, more, interfaces);
    }
}
