package org.dataactioncontracts.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario file, {@code <Export-Base-Name>.scenarios.yaml} beside the Data Action export it describes.
 *
 * @param file      the file
 * @param provider  {@code provider}: absent when the domain's {@code data-action-contracts.properties} names a default
 * @param scenarios {@code scenarios}, in file order
 * @param lines     the line of every YAML pointer of the file, for messages
 */
public record ScenarioFile(Path file, Optional<String> provider, List<Scenario> scenarios, Map<String, Integer> lines) {
    /** The file name suffix of scenario files. */
    public static final String SUFFIX = ".scenarios.yaml";

    public ScenarioFile {
        scenarios = List.copyOf(scenarios);
        lines = Map.copyOf(lines);
    }

    /** The export base name this file describes: the file name without {@value #SUFFIX}. */
    public String exportBaseName() {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** {@code file:line} of a YAML pointer (the nearest enclosing pointer with a known line). */
    public String where(String pointer) {
        String p = pointer;
        while (!lines.containsKey(p) && p.contains("/")) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return file + ":" + lines.getOrDefault(p, 1);
    }
}
