package org.dataactioncontracts.recorded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Comparison} runs the Data Actions on recordings.
 *
 * @param actions    the directory of Data Action files named by the pact's {@code "Data Action file: X"} comments;
 *                   without it only the pact's matching rules are checked
 * @param middleware JSONata middleware per Data Action file name; without an entry, {@code <actions>/middleware/<stem>.jsonata}
 *                   is used when it exists ({@code <stem>}: the file name without {@code .custom.json})
 */
public record CompareOptions(Optional<Path> actions, Map<String, Path> middleware) {
    public CompareOptions {
        actions = Objects.requireNonNullElse(actions, Optional.empty());
        middleware = Map.copyOf(middleware);
    }

    /** Only the pact's matching rules and the drift between recordings; no translation. */
    public static CompareOptions pactOnly() {
        return new CompareOptions(Optional.empty(), Map.of());
    }

    /** With the Data Actions directory. */
    public CompareOptions withActions(Path directory) {
        return new CompareOptions(Optional.of(directory), middleware);
    }

    /** With a JSONata middleware for one Data Action file. */
    public CompareOptions withMiddleware(String actionFile, Path jsonata) {
        Map<String, Path> all = new LinkedHashMap<>(middleware);
        all.put(Objects.requireNonNull(actionFile), Objects.requireNonNull(jsonata));
        return new CompareOptions(actions, all);
    }
}
