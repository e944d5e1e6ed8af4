package org.dataactioncontracts.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --credential name=value} arguments of {@code dac run} and {@code dac record}; each value becomes a secret of the context. */
final class Credentials {
    private Credentials() {
    }

    /**
     * The values by name, in argument order.
     *
     * @throws UsageException for an argument without {@code =} (not echoed: it may be the secret) or without a name
     */
    static Map<String, String> parse(Context context, List<String> arguments) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String credential : arguments) {
            int equals = credential.indexOf('=');
            if (equals < 0) {
                context.addSecret(credential);
                throw new UsageException("--credential needs name=value, e.g. --credential apiKey=...; got an argument without '=' (not shown)");
            }
            String value = credential.substring(equals + 1);
            context.addSecret(value);
            String name = credential.substring(0, equals).strip();
            if (name.isEmpty()) {
                throw new UsageException("--credential needs a name before '=', e.g. --credential apiKey=...");
            }
            values.put(name, value);
        }
        return values;
    }
}
