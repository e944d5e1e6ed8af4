package org.dataactioncontracts.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dataactioncontracts.scenario.internal.ScenarioReader;

/** Loads scenario files ({@code *.scenarios.yaml}). */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /**
     * Reads one scenario file.
     *
     * @throws InvalidScenarioFileException listing every problem (file:line, YAML pointer, what is wrong, what to do)
     */
    public static ScenarioFile load(Path file) {
        return ScenarioReader.read(file);
    }

    /** The scenario files directly inside a folder, sorted by name; empty when the folder does not exist. */
    public static List<Path> list(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(ScenarioFile.SUFFIX) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot list " + directory + ": " + e.getMessage(), e);
        }
    }
}
