package org.dataactioncontracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.pact.internal.InteractionComments;

/**
 * Checks, after a domain module's tests, that its pacts cover every Data Action file: each one needs a success
 * interaction and a failure-path interaction (Failure/Timeout, or defaults the flow sees). A Data Action without a
 * contract is a failure, never a silent pass; so is a module that wrote no pact at all.
 *
 * <p>Run by the domain modules' build after the tests: {@code java PactCoverage <data-actions dir> <pact dir> <consumer>}.
 */
public final class PactCoverage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PactCoverage() {
    }

    /**
     * Prints the result; throws (failing the Maven execution that runs it in-process) when something is missing.
     *
     * @throws DataActionContractError listing every gap
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: PactCoverage <data-actions dir> <pact dir> <consumer>");
        }
        // Runs inside Maven: -DskipTests / -Dmaven.test.skip are system properties there. No tests, no pacts to check.
        if (Boolean.getBoolean("skipTests") || Boolean.getBoolean("maven.test.skip")) {
            System.out.println("Contract coverage: skipped, the tests were skipped.");
            return;
        }
        List<String> gaps = gaps(Path.of(args[0]), Path.of(args[1]), args[2]);
        if (!gaps.isEmpty()) {
            throw new DataActionContractError("Contract coverage failed for consumer '" + args[2] + "':\n  - " + String.join("\n  - ", gaps));
        }
        System.out.println("Contract coverage: every Data Action in " + args[0] + " has a success and a failure-path interaction.");
    }

    private static final java.util.regex.Pattern SECRET_NAME = java.util.regex.Pattern.compile(
            "(?i).*(authorization|api[-_]?key|token|secret|password|cookie|client[-_]?id).*");

    /** Request headers and query parameters named like credentials whose example is not a placeholder. */
    private static List<String> secretLooking(JsonNode interaction) {
        List<String> found = new ArrayList<>();
        for (String part : List.of("headers", "query")) {
            interaction.at("/request/" + part).properties().forEach(f -> {
                if (SECRET_NAME.matcher(f.getKey()).matches()) {
                    for (JsonNode value : f.getValue().isArray() ? f.getValue() : JSON.createArrayNode().add(f.getValue())) {
                        if (!value.asText().contains("REDACTED")) {
                            found.add("request " + part + " '" + f.getKey() + "'");
                        }
                    }
                }
            });
        }
        return found;
    }

    /** What is missing, one sentence per gap; empty when every Data Action is covered. */
    public static List<String> gaps(Path dataActions, Path pactDirectory, String consumer) {
        List<String> gaps = new ArrayList<>();
        Map<String, Set<String>> paths = new TreeMap<>();
        List<Path> pacts;
        try (Stream<Path> files = Files.isDirectory(pactDirectory) ? Files.list(pactDirectory) : Stream.empty()) {
            pacts = files.filter(p -> p.getFileName().toString().startsWith(consumer + "-") && p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return List.of("cannot list " + pactDirectory + ": " + e.getMessage());
        }
        if (pacts.isEmpty()) {
            return List.of("no pact of consumer '" + consumer + "' in " + pactDirectory.toAbsolutePath().normalize()
                    + ": did the contract tests run? (mvn clean test)");
        }
        for (Path pact : pacts) {
            try {
                JsonNode root = JSON.readTree(pact.toFile());
                if (!"4.0".equals(root.at("/metadata/pactSpecification/version").asText())) {
                    gaps.add(pact.getFileName() + " is not a V4 pact");
                }
                for (JsonNode interaction : root.path("interactions")) {
                    secretLooking(interaction).forEach(where -> gaps.add(pact.getFileName() + ": '" + interaction.path("description").asText()
                            + "' carries a value at " + where + " that looks like a real credential; credentials must be placeholders"
                            + " (pass them with credential(name, testValue))"));
                    String file = "";
                    for (JsonNode text : interaction.at("/comments/text")) {
                        if (text.asText().startsWith(InteractionComments.FILE_PREFIX)) {
                            file = text.asText().substring(InteractionComments.FILE_PREFIX.length());
                        }
                    }
                    paths.computeIfAbsent(file, f -> new TreeSet<>()).add(interaction.at("/comments/" + InteractionComments.PATH_KEY).asText());
                }
            } catch (IOException e) {
                gaps.add(pact.getFileName() + " cannot be read: " + e.getMessage());
            }
        }
        for (Path action : DataActions.jsonFiles(dataActions)) {
            String name = action.getFileName().toString();
            Set<String> kinds = paths.getOrDefault(name, Set.of());
            if (kinds.isEmpty()) {
                gaps.add(name + " has no contract: add a test with contracts.verify(\"" + name.replaceFirst("(\\.custom)?\\.json$", "") + "\", ...)");
            } else {
                if (!kinds.contains(InteractionComments.PATH_SUCCESS)) {
                    gaps.add(name + " has no success interaction (one where the flow gets the backend's data)");
                }
                if (!kinds.contains(InteractionComments.PATH_FAILURE)) {
                    gaps.add(name + " has no failure-path interaction (a 404/5xx taking the Failure path, or a missing field showing the"
                            + " default the flow sees)");
                }
            }
        }
        return gaps;
    }
}
