package org.dataactioncontracts.pact.internal;

import au.com.dius.pact.consumer.dsl.DslPart;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dataactioncontracts.genesys.Middleware;

/**
 * What a test asked for, frozen: built by {@code InteractionSpec}, never by hand.
 *
 * @param scenario   the interaction's description after the Data Action's name
 * @param states     the provider states, in order
 * @param inputs     the input Architect passes and the secrets of the test run
 * @param response   what the provider answers
 * @param waivers    translation keys deliberately left unpinned
 * @param middleware the transform between the backend's response and the translation, or null
 * @param output     the output's shape as the flow receives it
 */
public record Plan(String scenario, List<ProviderState> states, Inputs inputs, Response response, List<Waiver> waivers,
        Middleware middleware, Output output) {
    public Plan {
        Objects.requireNonNull(scenario, "scenario");
        states = List.copyOf(states);
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(response, "response");
        waivers = List.copyOf(waivers);
        Objects.requireNonNull(output, "output");
    }

    /** A provider state with its parameters. */
    public record ProviderState(String name, Map<String, Object> params) {
        public ProviderState {
            Objects.requireNonNull(name, "name");
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }
    }

    /** A translation key deliberately left unpinned, with the reason a reviewer will read. */
    public record Waiver(String translationKey, String reason) {
    }

    /**
     * The input and the secrets of one run.
     *
     * @param input        the input Architect passes, secret inputs excluded
     * @param secretInputs inputs carrying a secret, with their test values
     * @param credentials  credential fields with their test values
     * @param authResponse the customAuth response with its test values
     */
    public record Inputs(Map<String, Object> input, Map<String, String> secretInputs, Map<String, String> credentials,
            Map<String, Object> authResponse) {
        public Inputs {
            input = frozen(input);
            secretInputs = frozen(secretInputs);
            credentials = frozen(credentials);
            authResponse = frozen(authResponse);
        }

        /** Every test value that must not reach a pact, a report or a message: credentials, auth response, secret inputs. */
        List<String> secrets() {
            List<String> secrets = new ArrayList<>(credentials.values());
            authResponse.values().forEach(v -> secrets.add(String.valueOf(v)));
            secrets.addAll(secretInputs.values());
            return secrets.stream().filter(v -> v != null && v.length() >= 4).sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
        }
    }

    /** Where the contracted response body comes from. */
    public enum BodyKind {
        /** Derived from what the translation reads. */
        DERIVED,
        /** None: the status alone is contracted (failure paths). */
        NONE,
        /** A JSON example the test gave; every value is matched by type. */
        JSON,
        /** A body written with pact-jvm's DSL and its matchers. */
        DSL
    }

    /** The output as the flow receives it. */
    public enum Output {
        /** As the output contract declares it. */
        AS_DECLARED,
        /** Flattened, as Architect does on request. */
        FLATTENED
    }

    /**
     * The provider's response as contracted.
     *
     * @param status   the status, or null for 200
     * @param kind     where the body comes from
     * @param json     the JSON example when {@code kind} is {@link BodyKind#JSON}, else null
     * @param dsl      the pact-jvm DSL body when {@code kind} is {@link BodyKind#DSL}, else null
     * @param headers  headers the response must carry
     * @param examples example values of derived fields, by translation key or output property name
     * @param absent   translation keys whose fields the derived response leaves out (and whose pins are waived)
     */
    public record Response(Integer status, BodyKind kind, String json, DslPart dsl, Map<String, String> headers,
            Map<String, Object> examples, Set<String> absent) {
        public Response {
            Objects.requireNonNull(kind, "kind");
            if ((kind == BodyKind.JSON) != (json != null) || (kind == BodyKind.DSL) != (dsl != null)) {
                throw new IllegalArgumentException("a " + kind + " response body needs " + (kind == BodyKind.JSON ? "its JSON"
                        : kind == BodyKind.DSL ? "its DSL body" : "no body"));
            }
            headers = frozen(headers);
            examples = frozen(examples);
            absent = Collections.unmodifiableSet(new LinkedHashSet<>(absent));
        }

        /** Whether the test gave the body itself (JSON or DSL) rather than leaving it derived or absent. */
        boolean given() {
            return kind == BodyKind.JSON || kind == BodyKind.DSL;
        }
    }

    /** An unmodifiable copy that keeps the order and allows null values (an input may be null). */
    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
