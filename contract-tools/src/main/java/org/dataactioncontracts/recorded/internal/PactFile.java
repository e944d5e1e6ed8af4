package org.dataactioncontracts.recorded.internal;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleGroup;
import au.com.dius.pact.core.support.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A pact loaded with pact-jvm's reader, its HTTP interactions and what the recorder and comparison need of them. */
public final class PactFile {
    private static final String ACTION_FILE_COMMENT = "Data Action file: ";

    /** One HTTP interaction of the pact. */
    public record Entry(V4Interaction.SynchronousHttp interaction) {
        public String description() {
            return interaction.getDescription();
        }

        public List<ProviderState> states() {
            return interaction.getProviderStates();
        }

        /** The {@code "Data Action file: X"} entry of {@code comments.text}, if any. */
        public Optional<String> dataActionFile() {
            JsonValue text = interaction.getComments().get("text");
            if (text == null || !text.isArray()) {
                return Optional.empty();
            }
            return text.asArray().getValues().stream().filter(JsonValue::isString).map(JsonValue::asString)
                    .filter(s -> s.startsWith(ACTION_FILE_COMMENT)).map(s -> s.substring(ACTION_FILE_COMMENT.length()).strip())
                    .findFirst();
        }

        /** The response example body as text; empty when the pact gives none. */
        public String exampleBody() {
            var body = interaction.getResponse().getBody();
            return body.isPresent() ? body.valueAsString() : "";
        }

        /** Body matching rules of the response, path to rule group. */
        public Map<String, MatchingRuleGroup> bodyRules() {
            var rules = interaction.getResponse().getMatchingRules();
            return rules.hasCategory("body") ? rules.rulesForCategory("body").getMatchingRules() : Map.of();
        }
    }

    private final Path file;
    private final Pact pact;
    private final List<Entry> entries;

    private PactFile(Path file, Pact pact, List<Entry> entries) {
        this.file = file;
        this.pact = pact;
        this.entries = entries;
    }

    /**
     * Loads a pact file.
     *
     * @throws IllegalArgumentException naming the file when it is missing, not a pact, or has no HTTP interactions
     */
    public static PactFile load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("pact file " + file + " does not exist");
        }
        Pact pact;
        try {
            pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("pact file " + file + " cannot be read as a pact (" + e.getMessage() + ")", e);
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Interaction interaction : pact.getInteractions()) {
            if (interaction instanceof V4Interaction.SynchronousHttp http) {
                if (seen.put(http.getDescription(), true) != null) {
                    throw new IllegalArgumentException("pact file " + file + " has two interactions described '"
                            + http.getDescription() + "'; recordings are matched by description");
                }
                entries.add(new Entry(http));
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("pact file " + file + " has no V4 HTTP interactions (dac record needs a V4 pact)");
        }
        return new PactFile(file, pact, List.copyOf(entries));
    }

    public Path file() {
        return file;
    }

    public Pact pact() {
        return pact;
    }

    public List<Entry> entries() {
        return entries;
    }

    public String consumer() {
        return pact.getConsumer().getName();
    }

    public String provider() {
        return pact.getProvider().getName();
    }
}
