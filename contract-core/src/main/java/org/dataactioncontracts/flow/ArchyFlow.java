package org.dataactioncontracts.flow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One Architect flow read from Archy YAML: its name, type and every {@code callData} action, wherever nested.
 *
 * @param name  {@code name} of the flow
 * @param type  the top-level key, e.g. {@code inboundCall}, {@code workflow}, {@code bot}, {@code inboundShortMessage}
 * @param file  the YAML file
 * @param calls the {@code callData} actions in document order
 */
public record ArchyFlow(String name, String type, Path file, List<DataActionCall> calls) {
    public ArchyFlow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(file, "file");
        calls = List.copyOf(calls);
    }
}
