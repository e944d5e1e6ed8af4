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

    /** An interaction and the test that declared it. */
    record Recorded(V4Interaction interaction, String test) {
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
        String key = interaction.getDescription() + " | states " + interaction.getProviderStates().stream()
                .map(s -> s.getName() + new TreeMap<>(s.getParams())).toList();
        Recorded previous = interactions.computeIfAbsent(provider, p -> new ConcurrentHashMap<>()).putIfAbsent(key, new Recorded(interaction, test));
        if (previous != null) {
            throw new DataActionContractError("Duplicate interaction for provider '" + provider + "': '" + interaction.getDescription()
                    + "' with the same provider states is declared by " + previous.test() + " and again by " + test
                    + ". One pact keeps only one interaction per description and state, so the other would vanish silently."
                    + " Give each scenario its own name");
        }
    }

    /** Writes one V4 pact per provider, replacing earlier files so that removed interactions cannot linger. */
    public List<Path> writePacts() throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(settings.pactDirectory());
        for (var entry : new TreeMap<>(interactions).entrySet()) {
            List<Interaction> sorted = new ArrayList<>();
            new TreeMap<>(entry.getValue()).values().forEach(r -> sorted.add(r.interaction()));
            V4Pact pact = new V4Pact(new Consumer(settings.consumer()), new Provider(entry.getKey()), sorted);
            Path file = settings.pactDirectory().resolve(settings.consumer() + "-" + entry.getKey() + ".json");
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
