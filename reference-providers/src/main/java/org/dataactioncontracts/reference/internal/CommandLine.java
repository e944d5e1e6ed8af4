package org.dataactioncontracts.reference.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dataactioncontracts.reference.ProviderOptions;
import org.dataactioncontracts.reference.UsageException;

/** Parses the reference-providers command line into {@link ProviderOptions}. */
public final class CommandLine {

    public static final String SYNOPSIS =
            "java -jar reference-providers.jar --api " + String.join("|", Apis.names()) + " --port N [--rename from=to]... [--all-interfaces]";

    public static final String HELP = String.join(System.lineSeparator(),
            "usage: " + SYNOPSIS,
            "  --api NAME         API to serve: " + String.join(", ", Apis.names()),
            "  --port N           TCP port; 0 picks a free port (printed on start)",
            "  --rename FROM=TO   rename JSON key FROM to TO in every API response (backend drift); repeatable",
            "  --all-interfaces   listen on every network interface (default: 127.0.0.1 only; the API has no authentication)",
            "  --pid-file FILE    write the process id to FILE once listening (deleted on exit)",
            "  --exit-with-parent exit when the process that started this one ends (build fixtures)",
            "  --stop FILE        stop the provider whose pid FILE holds, then exit",
            "  --help             print this help",
            "Provider states: POST /_pact/state {\"state\": \"...\", \"params\": {...}, \"action\": \"setup\"|\"teardown\"}");

    private CommandLine() {
    }

    /**
     * Returns the options, or empty when help was asked for.
     *
     * @throws UsageException naming the offending argument
     */
    public static Optional<ProviderOptions> parse(List<String> args) {
        String api = null;
        Integer port = null;
        Map<String, String> renames = new LinkedHashMap<>();
        ProviderOptions.Interfaces interfaces = ProviderOptions.Interfaces.LOOPBACK;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return Optional.empty();
            }
            if (arg.equals("--all-interfaces")) {
                interfaces = ProviderOptions.Interfaces.ALL;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!name.equals("--api") && !name.equals("--port") && !name.equals("--rename")) {
                throw usage("unknown argument '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw usage(name + " needs a value");
                }
                value = args.get(++i);
            }
            switch (name) {
                case "--api" -> api = value;
                case "--port" -> port = parsePort(value);
                default -> addRename(renames, value);
            }
        }
        if (api == null) {
            throw usage("missing --api");
        }
        if (port == null) {
            throw usage("missing --port");
        }
        return Optional.of(new ProviderOptions(api, port, renames, interfaces));
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        throw usage("--port must be a number from 0 to 65535, got '" + value + "'");
    }

    private static void addRename(Map<String, String> renames, String value) {
        int eq = value.indexOf('=');
        String from = eq < 0 ? "" : value.substring(0, eq);
        String to = eq < 0 ? "" : value.substring(eq + 1);
        if (from.isEmpty() || to.isEmpty() || to.contains("=")) {
            throw usage("--rename needs FROM=TO with two non-empty JSON key names, got '" + value + "'");
        }
        if (from.equals(to)) {
            throw usage("--rename " + value + " renames a key to itself");
        }
        if (renames.containsKey(from)) {
            throw usage("--rename " + from + " given twice (" + from + "=" + renames.get(from) + ", " + value + ")");
        }
        renames.put(from, to);
    }

    private static UsageException usage(String problem) {
        return new UsageException(problem + " (usage: " + SYNOPSIS + ")");
    }
}
