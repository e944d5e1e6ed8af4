package org.dataactioncontracts.recorded.internal;

import au.com.dius.pact.core.model.DocPath;
import au.com.dius.pact.core.model.PathExpressionsKt;
import au.com.dius.pact.core.model.PathToken;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleGroup;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataactioncontracts.recorded.Recording;

/**
 * Warnings about change in progress, from the newest recording against the previous one (or, for the first
 * recording, the pact's example): new keys that look like renames of pinned keys, type changes, and values outside
 * an enum the pact pins with a regex.
 */
final class DriftCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** {@code ^(A|B|C)$} as the pact bridge writes enums; also without anchors or group. */
    private static final Pattern ENUM = Pattern.compile("\\^?\\(?((?:[A-Za-z0-9 _.-]+\\|)+[A-Za-z0-9 _.-]+)\\)?\\$?");

    private DriftCheck() {
    }

    static List<String> check(PactFile.Entry entry, Recording current, Optional<Recording> previous) {
        if (!current.body().isContainerNode()) {
            return List.of();
        }
        JsonNode example = exampleBody(entry);
        Optional<JsonNode> before = previous.filter(p -> p.outcome() == Recording.Outcome.RECORDED && p.body().isContainerNode())
                .map(Recording::body);
        JsonNode baseline = before.orElse(example);
        List<String> warnings = new ArrayList<>();
        renames(pinnedKeys(entry, example), baseline, current.body(), warnings);
        before.ifPresent(b -> typeChanges(b, current.body(), warnings));
        enumValues(entry, current.body(), before, warnings);
        return warnings;
    }

    private static JsonNode exampleBody(PactFile.Entry entry) {
        try {
            String text = entry.exampleBody();
            return text.isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
        } catch (Exception e) {
            return MAPPER.createObjectNode();
        }
    }

    /** Keys the contract pins: every key of the example body and the last name of every body matcher path. */
    private static Set<String> pinnedKeys(PactFile.Entry entry, JsonNode example) {
        Set<String> pinned = new LinkedHashSet<>();
        walk(example, (path, node) -> {
            if (path.get(path.size() - 1) instanceof PathToken.Field field) {
                pinned.add(field.getName());
            }
        });
        for (String rulePath : entry.bodyRules().keySet()) {
            // pact-jvm's own parser, as verification reads the rule: the last field name is the pinned key
            new DocPath(rulePath).getPathTokens().stream().filter(PathToken.Field.class::isInstance).map(t -> ((PathToken.Field) t).getName())
                    .reduce((first, last) -> last).ifPresent(pinned::add);
        }
        return pinned;
    }

    private static void renames(Set<String> pinned, JsonNode baseline, JsonNode current, List<String> warnings) {
        Map<List<PathToken>, Set<String>> before = keysByObject(baseline);
        Map<List<PathToken>, List<PathToken>> firstConcrete = new LinkedHashMap<>();
        Map<List<PathToken>, Set<String>> after = new LinkedHashMap<>();
        walk(current, (path, node) -> {
            if (node.isObject()) {
                List<PathToken> general = generalised(path);
                firstConcrete.putIfAbsent(general, path);
                node.fieldNames().forEachRemaining(after.computeIfAbsent(general, k -> new LinkedHashSet<>())::add);
            }
        });
        Set<String> reported = new LinkedHashSet<>();
        after.forEach((general, keys) -> {
            Set<String> old = before.get(general);
            if (old == null) {
                return;
            }
            for (String key : keys) {
                if (old.contains(key) || pinned.contains(key)) {
                    continue;
                }
                for (String pin : pinned) {
                    if (!normalise(pin).equals(normalise(key)) || !reported.add(key + "@" + general)) {
                        continue;
                    }
                    String where = where(firstConcrete.get(general));
                    warnings.add(keys.contains(pin)
                            ? "rename in progress: " + key + " appeared next to " + pin + " at " + where
                            : "rename: " + key + " appeared and " + pin + " is gone at " + where);
                }
            }
        });
    }

    private static Map<List<PathToken>, Set<String>> keysByObject(JsonNode body) {
        Map<List<PathToken>, Set<String>> keys = new LinkedHashMap<>();
        walk(body, (path, node) -> {
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(keys.computeIfAbsent(generalised(path), k -> new LinkedHashSet<>())::add);
            }
        });
        return keys;
    }

    /** {@code customer_id}, {@code customerId}, {@code Customer-ID} → {@code customerid}. */
    static String normalise(String key) {
        return key.replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
    }

    private static void typeChanges(JsonNode before, JsonNode current, List<String> warnings) {
        Map<List<PathToken>, String> types = new LinkedHashMap<>();
        walk(before, (path, node) -> types.putIfAbsent(generalised(path), type(node)));
        Set<List<PathToken>> reported = new LinkedHashSet<>();
        walk(current, (path, node) -> {
            List<PathToken> general = generalised(path);
            String old = types.get(general);
            String now = type(node);
            if (old != null && !old.equals(now) && path.size() > 1 && reported.add(general)) {
                warnings.add("type change at " + where(path) + ": " + old + " → " + now);
            }
        });
    }

    private static void enumValues(PactFile.Entry entry, JsonNode current, Optional<JsonNode> before, List<String> warnings) {
        for (Map.Entry<String, MatchingRuleGroup> rule : entry.bodyRules().entrySet()) {
            Set<String> allowed = enumOf(rule.getValue());
            if (allowed.isEmpty()) {
                continue;
            }
            DocPath rulePath = new DocPath(rule.getKey());
            Set<String> seenBefore = new LinkedHashSet<>();
            before.ifPresent(b -> walk(b, (path, node) -> {
                if (rulePath.matchesPathExactly(elements(path)) && node.isValueNode()) {
                    seenBefore.add(node.asText());
                }
            }));
            Set<String> reported = new LinkedHashSet<>();
            walk(current, (path, node) -> {
                if (rulePath.matchesPathExactly(elements(path)) && node.isValueNode() && !allowed.contains(node.asText())
                        && reported.add(node.asText())) {
                    warnings.add("new enum value '" + node.asText() + "' at " + where(path) + ": the contract knows "
                            + String.join("|", allowed) + (before.isPresent() && !seenBefore.contains(node.asText())
                            ? " (not in the previous recording)" : ""));
                }
            });
        }
    }

    private static Set<String> enumOf(MatchingRuleGroup group) {
        for (MatchingRule rule : group.getRules()) {
            if (rule instanceof RegexMatcher regex) {
                Matcher m = ENUM.matcher(regex.getRegex());
                if (m.matches()) {
                    return new LinkedHashSet<>(List.of(m.group(1).split("\\|")));
                }
            }
        }
        return Set.of();
    }

    /** Visits every node of a tree with its path in pact-jvm's tokens, the root ({@code $}) first. */
    private static void walk(JsonNode node, BiConsumer<List<PathToken>, JsonNode> visitor) {
        walk(node, new ArrayList<>(List.of(PathToken.Root.INSTANCE)), visitor);
    }

    private static void walk(JsonNode node, List<PathToken> path, BiConsumer<List<PathToken>, JsonNode> visitor) {
        visitor.accept(List.copyOf(path), node);
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                path.add(new PathToken.Field(e.getKey()));
                walk(e.getValue(), path, visitor);
                path.remove(path.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(new PathToken.Index(i));
                walk(node.get(i), path, visitor);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The path with every index replaced by {@code [*]}, so elements of one array share it. */
    private static List<PathToken> generalised(List<PathToken> path) {
        return path.stream().map(t -> t instanceof PathToken.Index ? PathToken.StarIndex.INSTANCE : t).toList();
    }

    /** The elements pact-jvm matches rule paths against: {@code [$, a, 0, b]}. */
    private static List<String> elements(List<PathToken> path) {
        return path.stream().map(PathToken::rawString).toList();
    }

    /** A path as pact-jvm writes it in its mismatches ({@code $.a[0].x-y}), so drift warnings and mismatches read alike. */
    private static String where(List<PathToken> path) {
        return PathExpressionsKt.constructPath(elements(path));
    }

    /** A JSON node's type for messages: string, number, boolean, null, object or array. */
    private static String type(JsonNode node) {
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isArray() ? "array" : node.isObject() ? "object" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
