package org.dataactioncontracts.pact.internal;

import au.com.dius.pact.core.model.Consumer;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.Provider;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.pact.DataActionContractError;
import org.dataactioncontracts.terraform.TerraformAction;
import org.dataactioncontracts.terraform.TerraformActions;

/**
 * Everything one test run of a domain module contributes: verified interactions per provider, the guard against
 * duplicates, and the pact files written when the run ends. Thread-safe (JUnit may run classes in parallel).
 */
public final class ContractSession {
    private final ModuleSettings settings;
    private final GenesysEmulator emulator = GenesysEmulator.create();
    private final Map<String, DataAction> actions = new ConcurrentHashMap<>();
    /** Test classes of a module run in parallel; a racing second read of the same files is harmless. */
    private volatile List<TerraformAction> terraform;
    private final Map<String, Map<String, Recorded>> interactions = new ConcurrentHashMap<>();
    private final Map<String, JsonPath> jsonPaths = new ConcurrentHashMap<>();

    private final Set<String> failedTests = ConcurrentHashMap.newKeySet();

    /** An interaction, the test that declared it, and the id of that test's execution (one per parameterized invocation). */
    record Recorded(V4Interaction interaction, String test, String testId) {
    }

    public ContractSession(ModuleSettings settings) {
        this.settings = settings;
    }

    public ModuleSettings settings() {
        return settings;
    }

    public GenesysEmulator emulator() {
        return emulator;
    }

    /**
     * A Data Action of the module, by file name with or without {@code .custom.json}/{@code .json}.
     *
     * @throws DataActionContractError listing the module's files when there is no such file
     */
    public DataAction action(String name) {
        return actions.computeIfAbsent(fileName(name), file -> Files.isRegularFile(settings.dataActions().resolve(file))
                ? DataActions.load(settings.dataActions().resolve(file))
                : terraformActions().stream().filter(a -> a.matches(file)).findFirst().orElseThrow().action());
    }

    /** The Data Actions of the {@code .tf} files in the module's Data Action folder (read once; empty without any). */
    private List<TerraformAction> terraformActions() {
        List<TerraformAction> loaded = terraform;
        if (loaded == null) {
            Path folder = settings.dataActions();
            loaded = TerraformActions.isTerraform(folder) ? TerraformActions.load(folder).actions() : List.of();
            terraform = loaded;
        }
        return loaded;
    }

    /** A translation-map path, compiled once per run (every interaction of an action checks the same paths). */
    public JsonPath jsonPath(String path) {
        return jsonPaths.computeIfAbsent(path, JsonPath::compile);
    }

    /** The file name a Data Action reference resolves to. */
    public String fileName(String name) {
        for (String candidate : List.of(name, name + ".custom.json", name + ".json")) {
            if (Files.isRegularFile(settings.dataActions().resolve(candidate))) {
                return candidate;
            }
        }
        if (Files.isDirectory(settings.dataActions()) && terraformActions().stream().filter(a -> a.matches(name)).count() == 1) {
            return name;
        }
        List<String> known = new ArrayList<>(Files.isDirectory(settings.dataActions())
                ? DataActions.jsonFiles(settings.dataActions()).stream().map(p -> p.getFileName().toString()).toList() : List.of());
        if (Files.isDirectory(settings.dataActions())) {
            terraformActions().forEach(a -> known.add(a.action().name() + " (" + a.address() + ")"));
        }
        throw new DataActionContractError("No Data Action '" + name + "' in " + settings.dataActions().toAbsolutePath().normalize()
                + (known.isEmpty() ? " (the folder is empty or missing; set dataActions= in " + ModuleSettings.FILE + ")" : "; the module has " + known));
    }

    /**
     * Adds a verified interaction.
     *
     * @throws DataActionContractError when the same description and provider states were already declared: pact-jvm
     *                                 would silently keep only one of them
     */
    public void record(String provider, V4Interaction interaction, String test) {
        record(provider, interaction, test, test);
    }

    /**
     * Adds a verified interaction on behalf of one test execution; {@link #testFailed} takes it out again.
     *
     * @throws DataActionContractError when the same description and provider states were already declared
     */
    public void record(String provider, V4Interaction interaction, String test, String testId) {
        String key = key(interaction);
        Recorded previous = interactions.computeIfAbsent(provider, p -> new ConcurrentHashMap<>()).putIfAbsent(key, new Recorded(interaction, test, testId));
        if (previous != null) {
            throw new DataActionContractError("Duplicate interaction for provider '" + provider + "': '" + interaction.getDescription()
                    + "' with the same provider states is declared by " + previous.test() + " and again by " + test
                    + ". One pact keeps only one interaction per description and state, so the other would vanish silently."
                    + " Give each scenario its own name");
        }
    }

    /** The key under which one pact keeps one interaction: its description and provider states. */
    static String key(Interaction interaction) {
        return interaction.getDescription() + " | states " + interaction.getProviderStates().stream()
                .map(s -> s.getName() + new TreeMap<>(s.getParams())).toList();
    }

    /**
     * A test execution failed: the interactions it declared leave the session (an interaction enters a pact only if its
     * test passed), and the run it belongs to writes no pact.
     */
    public void testFailed(String testId) {
        failedTests.add(testId);
        interactions.values().forEach(byKey -> byKey.values().removeIf(r -> r.testId().equals(testId)));
    }

    /** The interactions of tests that did not fail, per provider, in pact order (description, then states). */
    public Map<String, List<Interaction>> interactions() {
        Map<String, List<Interaction>> out = new TreeMap<>();
        interactions.forEach((provider, byKey) -> {
            List<Interaction> sorted = new ArrayList<>();
            new TreeMap<>(byKey).values().stream().filter(r -> !failedTests.contains(r.testId())).forEach(r -> sorted.add(r.interaction()));
            if (!sorted.isEmpty()) {
                out.put(provider, sorted);
            }
        });
        return out;
    }

    /** Writes one V4 pact per provider into the module's pact directory, replacing earlier files. */
    public List<Path> writePacts() throws IOException {
        return writePacts(settings.consumer(), interactions(), settings.pactDirectory());
    }

    /**
     * Writes one V4 pact per provider into a directory, replacing earlier files so that removed interactions cannot
     * linger; the interactions are sorted by description and provider states.
     */
    static List<Path> writePacts(String consumer, Map<String, List<Interaction>> byProvider, Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(directory);
        for (var entry : new TreeMap<>(byProvider).entrySet()) {
            Map<String, Interaction> byKey = new TreeMap<>();
            entry.getValue().forEach(i -> byKey.put(key(i), i));
            V4Pact pact = new V4Pact(new Consumer(consumer), new Provider(entry.getKey()), new ArrayList<>(byKey.values()));
            Path file = directory.resolve(consumer + "-" + entry.getKey() + ".json");
            Files.deleteIfExists(file);
            var result = DefaultPactWriter.INSTANCE.writePact(file.toFile(), pact, PactSpecVersion.V4);
            if (result instanceof au.com.dius.pact.core.support.Result.Err<?> err) {
                throw new IOException("Cannot write pact " + file + ": " + err.getError());
            }
            written.add(file);
        }
        return written;
    }
}
