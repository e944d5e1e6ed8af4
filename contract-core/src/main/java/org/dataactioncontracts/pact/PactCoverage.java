package org.dataactioncontracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.pact.internal.ContractRun;
import org.dataactioncontracts.pact.internal.InteractionComments;
import org.dataactioncontracts.terraform.TerraformActions;

/**
 * Checks, after a domain module's tests, that its pacts cover every Data Action file: each one needs a success
 * interaction and a failure-path interaction (Failure/Timeout, or defaults the flow sees). A Data Action without a
 * contract is a failure, never a silent pass; so is a module that wrote no pact at all.
 *
 * <p>Run by the domain modules' build after the tests: {@code java PactCoverage <data-actions dir> <pact dir> [<consumer>]};
 * without a consumer argument the consumer is the one of {@code data-action-contracts.properties} on the classpath
 * (the module's single home of its consumer name).
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
        if (args.length != 2 && args.length != 3) {
            throw new IllegalArgumentException("usage: PactCoverage <data-actions dir> <pact dir> [<consumer>]");
        }
        // Runs inside Maven: -DskipTests / -Dmaven.test.skip are system properties there. No tests, no pacts to check.
        if (Boolean.getBoolean("skipTests") || Boolean.getBoolean("maven.test.skip")) {
            System.out.println("Contract coverage: skipped, the tests were skipped.");
            return;
        }
        String consumer = args.length == 3 ? args[2]
                : org.dataactioncontracts.pact.internal.ModuleSettings.load(Thread.currentThread().getContextClassLoader()).consumer();
        Optional<String> partial = partialRun(Path.of(args[0]), Path.of(args[1]), consumer);
        if (partial.isPresent()) {
            System.out.println("Contract coverage: " + partial.get());
            return;
        }
        List<String> gaps = gaps(Path.of(args[0]), Path.of(args[1]), consumer);
        if (!gaps.isEmpty()) {
            throw new DataActionContractError("Contract coverage failed for consumer '" + consumer + "':\n  - " + String.join("\n  - ", gaps));
        }
        System.out.println("Contract coverage: every Data Action in " + args[0] + " has a success and a failure-path interaction.");
    }

    private static final java.util.regex.Pattern SECRET_NAME = java.util.regex.Pattern.compile(
            "(?i).*(authorization|api[-_]?key|token|secret|password|cookie|client[-_]?id).*");

    /**
     * Request headers and query parameters named like credentials that are not placeholders: a value the bridge wrote
     * for {@code credential(...)} or {@code secretInput(...)} always stands under a regex matcher, which lets the
     * provider's real secret through; a literal value would have to be the secret itself.
     */
    private static List<String> secretLooking(JsonNode interaction) {
        List<String> found = new ArrayList<>();
        for (String part : List.of("headers", "query")) {
            String rulesCategory = part.equals("headers") ? "header" : "query";
            interaction.at("/request/" + part).properties().forEach(f -> {
                if (SECRET_NAME.matcher(f.getKey()).matches()) {
                    JsonNode rules = interaction.path("request").path("matchingRules").path(rulesCategory).path(f.getKey()).path("matchers");
                    boolean placeholder = false;
                    for (JsonNode rule : rules) {
                        placeholder |= "regex".equals(rule.path("match").asText());
                    }
                    if (!placeholder) {
                        found.add("request " + part + " '" + f.getKey() + "'");
                    }
                }
            });
        }
        return found;
    }

    /**
     * When the last test run did not run every contract test (a test filter: {@code -Dtest}, {@code -Dgroups}, an IDE
     * running one class), what it left out: "N Data Actions not run in this run (test filter active)". Such a run
     * leaves the module's pacts alone, so coverage is not checked.
     */
    public static Optional<String> partialRun(Path dataActions, Path pactDirectory, String consumer) {
        Optional<ContractRun.LastRun> last = ContractRun.lastRun(pactDirectory);
        if (last.isEmpty() || last.get().status() != ContractRun.Status.PARTIAL) {
            return Optional.empty();
        }
        Path partial = ContractRun.partialDirectory(pactDirectory);
        Set<String> ran = pathsByFile(consumerPacts(partial, consumer), new ArrayList<>()).keySet();
        List<String> notRun = DataActions.jsonFiles(dataActions).stream().map(p -> p.getFileName().toString())
                .filter(name -> !ran.contains(name)).toList();
        return Optional.of(notRun.size() + " Data Action" + (notRun.size() == 1 ? "" : "s") + " not run in this run (test filter active)"
                + (notRun.isEmpty() ? "" : ": " + String.join(", ", notRun)) + ". " + last.get().notRunTests().size()
                + " contract test(s) did not run; this run's interactions are in " + partial + ", and "
                + pactDirectory.toAbsolutePath().normalize() + " keeps the pacts of the last complete run. Run every test to check coverage.");
    }

    private static List<Path> consumerPacts(Path directory, String consumer) {
        try (Stream<Path> files = Files.isDirectory(directory) ? Files.list(directory) : Stream.empty()) {
            return files.filter(p -> p.getFileName().toString().startsWith(consumer + "-") && p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new DataActionContractError("cannot list " + directory + ": " + e.getMessage());
        }
    }

    /** The interaction kinds ({@code comments.path}) per Data Action file; unreadable pacts and leaked secrets go to {@code gaps}. */
    private static Map<String, Set<String>> pathsByFile(List<Path> pacts, List<String> gaps) {
        Map<String, Set<String>> paths = new TreeMap<>();
        for (Path pact : pacts) {
            try {
                JsonNode root = JSON.readTree(pact.toFile());
                if (!"4.0".equals(root.at("/metadata/pactSpecification/version").asText())) {
                    gaps.add(pact.getFileName() + " is not a V4 pact");
                }
                for (JsonNode interaction : root.path("interactions")) {
                    secretLooking(interaction).forEach(where -> gaps.add(pact.getFileName() + ": '" + interaction.path("description").asText()
                            + "' carries a literal value at " + where + ", which is named like a secret; secrets must reach a pact as"
                            + " placeholders under a matcher: give the test value with credential(name, testValue) when the Data Action reads"
                            + " ${credentials.name}, or with secretInput(inputName, testValue) when it reads ${input.inputName}"));
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
        return paths;
    }

    /** What is missing, one sentence per gap; empty when every Data Action is covered. */
    public static List<String> gaps(Path dataActions, Path pactDirectory, String consumer) {
        Optional<ContractRun.LastRun> last = ContractRun.lastRun(pactDirectory);
        if (last.isPresent() && last.get().status() == ContractRun.Status.FAILED) {
            return List.of("the last run of the contract tests had failures, so it left no pact in " + pactDirectory.toAbsolutePath().normalize()
                    + ": " + String.join("; ", last.get().failedTests()) + ". Fix them and run every test again (mvn test)");
        }
        List<String> gaps = new ArrayList<>();
        List<Path> pacts = consumerPacts(pactDirectory, consumer);
        if (pacts.isEmpty()) {
            return List.of("no pact of consumer '" + consumer + "' in " + pactDirectory.toAbsolutePath().normalize()
                    + ": did the contract tests run? (mvn clean test)");
        }
        Map<String, Set<String>> paths = pathsByFile(pacts, gaps);
        List<String> names = new ArrayList<>(DataActions.jsonFiles(dataActions).stream().map(p -> p.getFileName().toString()).toList());
        if (TerraformActions.isTerraform(dataActions)) {
            TerraformActions.load(dataActions).actions().forEach(a -> names.add(a.action().name()));
        }
        for (String name : names) {
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
