package org.dataactioncontracts.reference.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dataactioncontracts.reference.ProviderOptions;
import org.dataactioncontracts.reference.UsageException;

/** Parses the reference-providers command line (with picocli) into {@link ProviderOptions}. */
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

    /** The options as picocli fills them; checked and turned into {@link ProviderOptions} by {@link #parse}. */
    static final class Arguments {
        @picocli.CommandLine.Option(names = "--api", paramLabel = "NAME")
        String api;
        @picocli.CommandLine.Option(names = "--port", paramLabel = "N")
        String port;
        @picocli.CommandLine.Option(names = "--rename", paramLabel = "FROM=TO")
        List<String> renames = new ArrayList<>();
        @picocli.CommandLine.Option(names = "--all-interfaces")
        boolean allInterfaces;
        @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;
    }

    /**
     * Returns the options, or empty when help was asked for.
     *
     * @throws UsageException naming the offending argument
     */
    public static Optional<ProviderOptions> parse(List<String> args) {
        Arguments parsed = Picocli.parse(new Arguments(), " (usage: " + SYNOPSIS + ")", false, args.toArray(String[]::new));
        if (parsed.help) {
            return Optional.empty();
        }
        if (parsed.api == null) {
            throw usage("missing --api");
        }
        if (parsed.port == null) {
            throw usage("missing --port");
        }
        Map<String, String> renames = new LinkedHashMap<>();
        parsed.renames.forEach(rename -> addRename(renames, rename));
        return Optional.of(new ProviderOptions(parsed.api, parsePort(parsed.port), renames,
                parsed.allInterfaces ? ProviderOptions.Interfaces.ALL : ProviderOptions.Interfaces.LOOPBACK));
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
