package org.dataactioncontracts.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.stream.Stream;
import org.dataactioncontracts.text.internal.Excerpt;

/**
 * One run of {@code dac record}: a directory {@code <out>/<timestamp>/} holding {@code run.json} (what was replayed
 * where) and one {@code NN-<slug>.json} file per interaction.
 *
 * @param id         the directory name, a UTC timestamp such as {@code 2025-03-14T09-12-44.123Z}; runs sort by it
 * @param directory  the run directory
 * @param run        the content of {@code run.json} (pact file, consumer, provider, base URL, start and end)
 * @param recordings the interactions, in pact order
 * @param unreadable the files of the run that are not readable recordings (too large, not JSON), by file name, with the problem
 */
public record RecordingRun(String id, Path directory, JsonNode run, List<Recording> recordings, Map<String, String> unreadable) {
    /** The name of the run's summary file. */
    public static final String RUN_FILE = "run.json";
    /** The largest recording file read: far above what a 5 MiB response cap writes, far below a heap. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public RecordingRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(run, "run");
        recordings = List.copyOf(recordings);
        unreadable = Map.copyOf(unreadable);
    }

    /** A run whose files were all readable. */
    public RecordingRun(String id, Path directory, JsonNode run, List<Recording> recordings) {
        this(id, directory, run, recordings, Map.of());
    }

    /** The recording of an interaction, by its description. */
    public java.util.Optional<Recording> find(String description) {
        return recordings.stream().filter(r -> r.description().equals(description)).findFirst();
    }

    /**
     * Reads one run directory. A recording file that cannot be read is listed in {@link #unreadable()}: it is an
     * error of its interaction, not of the run.
     *
     * @throws IllegalArgumentException when {@code run.json} is not valid JSON
     */
    public static RecordingRun load(Path directory) {
        List<Recording> recordings = new ArrayList<>();
        Map<String, String> unreadable = new TreeMap<>();
        JsonNode run = MAPPER.createObjectNode();
        for (Path file : jsonFiles(directory)) {
            String name = file.getFileName().toString();
            JsonNode json;
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES && !name.equals(RUN_FILE)) {
                    unreadable.put(name, "is " + size + " bytes, more than the " + MAX_FILE_BYTES + " a recording may have");
                    continue;
                }
                json = MAPPER.readTree(file.toFile());
            } catch (IOException | RuntimeException e) {
                String problem = "is not valid JSON (" + Excerpt.of(String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
                        Excerpt.MESSAGE_CHARS) + ")";
                if (name.equals(RUN_FILE)) {
                    throw new IllegalArgumentException(file + ": " + problem, e);
                }
                unreadable.put(name, problem);
                continue;
            }
            if (name.equals(RUN_FILE)) {
                run = json;
                continue;
            }
            try {
                recordings.add(Recording.fromJson(json));
            } catch (IllegalArgumentException e) {
                unreadable.put(name, e.getMessage());
            }
        }
        return new RecordingRun(directory.getFileName().toString(), directory, run, recordings, unreadable);
    }

    /**
     * The runs under a {@code --out} directory, oldest first. A directory that itself holds recordings counts as one run.
     *
     * @throws IllegalArgumentException when the directory does not exist or holds no recordings
     */
    public static List<RecordingRun> history(Path recordingsDirectory) {
        if (!Files.isDirectory(recordingsDirectory)) {
            throw new IllegalArgumentException(recordingsDirectory + " is not a directory of recordings (dac record --out writes one)");
        }
        List<RecordingRun> runs = new ArrayList<>();
        if (Files.isRegularFile(recordingsDirectory.resolve(RUN_FILE))) {
            runs.add(load(recordingsDirectory));
        } else {
            try (Stream<Path> children = Files.list(recordingsDirectory)) {
                for (Path child : children.filter(Files::isDirectory).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                    if (Files.isRegularFile(child.resolve(RUN_FILE))) {
                        runs.add(load(child));
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(recordingsDirectory + " cannot be read (" + e.getMessage() + ")", e);
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalArgumentException(recordingsDirectory + " holds no recordings (no <timestamp>/" + RUN_FILE
                    + "); run dac record --out " + recordingsDirectory + " first");
        }
        return runs;
    }

    private static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(directory + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(directory + " cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
