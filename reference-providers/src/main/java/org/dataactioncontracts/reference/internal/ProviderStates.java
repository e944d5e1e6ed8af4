package org.dataactioncontracts.reference.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The provider states of one API, named by templates such as {@code customer {customerId} exists}.
 *
 * <p>A consumer may write the template itself and pass the values as params, or write the values into the name
 * ({@code customer C-1001 exists}); values from the name become params, and explicit params win.
 */
public final class ProviderStates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final List<Definition> definitions = new ArrayList<>();

    /** Adds a state; {@code setup} receives the params and returns the values it used (sent back to the verifier). */
    public ProviderStates define(String template, Function<StateParams, ObjectNode> setup) {
        definitions.add(Definition.of(template, setup));
        return this;
    }

    /**
     * The setup of a "does not exist" state: removes what the id param names and answers {@code {idParam: id}}, the
     * values it used.
     */
    public static ObjectNode removed(StateParams params, String idParam, Consumer<String> remove) {
        String id = params.string(idParam);
        remove.accept(id);
        ObjectNode used = Json.object();
        used.put(idParam, id);
        return used;
    }

    /** The state templates, in definition order. */
    public List<String> templates() {
        return definitions.stream().map(Definition::template).toList();
    }

    /**
     * Runs the setup of the state named {@code state}.
     *
     * @throws ProviderStateException for an unknown state or bad params
     */
    public ObjectNode setup(String state, Map<String, JsonNode> params) {
        Resolved resolved = resolve(state);
        Map<String, JsonNode> merged = new LinkedHashMap<>(resolved.fromName());
        merged.putAll(params);
        return resolved.definition().setup().apply(new StateParams(resolved.definition().template(), merged));
    }

    /**
     * Checks that {@code state} is known (teardown of an unknown state is as wrong as its setup).
     *
     * @throws ProviderStateException for an unknown state
     */
    public void requireKnown(String state) {
        resolve(state);
    }

    private Resolved resolve(String state) {
        for (Definition definition : definitions) {
            if (definition.template().equals(state)) {
                return new Resolved(definition, Map.of());
            }
        }
        for (Definition definition : definitions) {
            Optional<Map<String, JsonNode>> values = definition.match(state);
            if (values.isPresent()) {
                return new Resolved(definition, values.get());
            }
        }
        throw new ProviderStateException("unknown provider state '" + state + "'; known states: "
                + String.join("; ", templates()));
    }

    private record Resolved(Definition definition, Map<String, JsonNode> fromName) {
    }

    private record Definition(String template, Pattern pattern, List<String> names,
                              Function<StateParams, ObjectNode> setup) {

        static Definition of(String template, Function<StateParams, ObjectNode> setup) {
            StringBuilder regex = new StringBuilder();
            List<String> names = new ArrayList<>();
            Matcher placeholder = PLACEHOLDER.matcher(template);
            int last = 0;
            while (placeholder.find()) {
                regex.append(Pattern.quote(template.substring(last, placeholder.start()))).append("(.+)");
                names.add(placeholder.group(1));
                last = placeholder.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            return new Definition(template, Pattern.compile(regex.toString()), List.copyOf(names), setup);
        }

        Optional<Map<String, JsonNode>> match(String state) {
            Matcher matcher = pattern.matcher(state);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), TextNode.valueOf(matcher.group(i + 1)));
            }
            return Optional.of(values);
        }
    }
}
