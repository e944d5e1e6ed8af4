package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The check that suites (a) and (b) contracted the same interactions, so that timing one against the other compares like
 * with like: same descriptions and provider states, same requests (method, path, query, headers, body), same response
 * status and example body, and matchers on the same paths (an equality rule counts as none: it is the default).
 */
public final class PactEquivalence {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PactEquivalence() {
    }

    /** The differences, one line each; empty when the two pacts hold the same interactions. */
    public static List<String> differences(Path bridgePact, Path pactJvmPact) throws IOException {
        Map<String, JsonNode> a = byDescription(JSON.readTree(bridgePact.toFile()));
        Map<String, JsonNode> b = byDescription(JSON.readTree(pactJvmPact.toFile()));
        List<String> out = new ArrayList<>();
        if (!a.keySet().equals(b.keySet())) {
            Set<String> onlyA = new TreeSet<>(a.keySet());
            onlyA.removeAll(b.keySet());
            Set<String> onlyB = new TreeSet<>(b.keySet());
            onlyB.removeAll(a.keySet());
            out.add("the pacts hold different interactions: only in (a) " + onlyA + ", only in (b) " + onlyB);
        }
        a.forEach((description, ia) -> {
            JsonNode ib = b.get(description);
            if (ib != null) {
                compare(description, ia, ib, out);
            }
        });
        return out;
    }

    private static void compare(String description, JsonNode a, JsonNode b, List<String> out) {
        for (String pointer : List.of("/providerStates", "/request/method", "/request/path", "/request/query", "/request/body/content",
                "/response/status", "/response/body/content")) {
            if (!a.at(pointer).equals(b.at(pointer))) {
                out.add("'" + description + "' " + pointer + ": (a) " + a.at(pointer) + " but (b) " + b.at(pointer));
            }
        }
        if (!headers(a).equals(headers(b))) {
            out.add("'" + description + "' request headers: (a) " + headers(a) + " but (b) " + headers(b));
        }
        for (String rules : List.of("/request/matchingRules/header", "/request/matchingRules/body", "/response/matchingRules/body")) {
            Set<String> pathsA = matchedPaths(a.at(rules));
            Set<String> pathsB = matchedPaths(b.at(rules));
            if (!pathsA.equals(pathsB)) {
                out.add("'" + description + "' " + rules + ": (a) matches " + pathsA + " but (b) " + pathsB);
            }
        }
    }

    /**
     * Request headers by lower-cased name: HTTP header names ignore case, so the two suites need not spell them alike
     * (the bridge keeps the Data Action's spelling).
     */
    private static Map<String, Set<String>> headers(JsonNode interaction) {
        Map<String, Set<String>> out = new TreeMap<>();
        interaction.at("/request/headers").properties().forEach(h -> h.getValue().forEach(v -> out.computeIfAbsent(
                h.getKey().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(v.asText())));
        return out;
    }

    /** The paths a category's rules protect with something other than equality. */
    private static Set<String> matchedPaths(JsonNode category) {
        Set<String> paths = new TreeSet<>();
        category.properties().forEach(rule -> {
            for (JsonNode matcher : rule.getValue().path("matchers")) {
                if (!"equality".equals(matcher.path("match").asText())) {
                    paths.add(rule.getKey());
                }
            }
        });
        return paths;
    }

    private static Map<String, JsonNode> byDescription(JsonNode pact) {
        Map<String, JsonNode> out = new TreeMap<>();
        pact.path("interactions").forEach(i -> out.put(i.path("description").asText(), i));
        return out;
    }
}
