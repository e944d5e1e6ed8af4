package org.dataactioncontracts.recorded.internal;

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
        JsonPaths.walk(example, (path, node) -> {
            if (!path.isEmpty() && !path.get(path.size() - 1).startsWith("#")) {
                pinned.add(path.get(path.size() - 1));
            }
        });
        for (String rulePath : entry.bodyRules().keySet()) {
            List<String> tokens = JsonPaths.tokens(rulePath);
            for (int i = tokens.size() - 1; i >= 0; i--) {
                String t = tokens.get(i);
                if (!t.startsWith("#") && !t.equals(JsonPaths.ANY)) {
                    pinned.add(t);
                    break;
                }
            }
        }
        return pinned;
    }

    private static void renames(Set<String> pinned, JsonNode baseline, JsonNode current, List<String> warnings) {
        Map<List<String>, Set<String>> before = keysByObject(baseline);
        Map<List<String>, List<String>> firstConcrete = new LinkedHashMap<>();
        Map<List<String>, Set<String>> after = new LinkedHashMap<>();
        JsonPaths.walk(current, (path, node) -> {
            if (node.isObject()) {
                List<String> general = JsonPaths.generalised(path);
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
                    String where = JsonPaths.text(firstConcrete.get(general));
                    warnings.add(keys.contains(pin)
                            ? "rename in progress: " + key + " appeared next to " + pin + " at " + where
                            : "rename: " + key + " appeared and " + pin + " is gone at " + where);
                }
            }
        });
    }

    private static Map<List<String>, Set<String>> keysByObject(JsonNode body) {
        Map<List<String>, Set<String>> keys = new LinkedHashMap<>();
        JsonPaths.walk(body, (path, node) -> {
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(keys.computeIfAbsent(JsonPaths.generalised(path), k -> new LinkedHashSet<>())::add);
            }
        });
        return keys;
    }

    /** {@code customer_id}, {@code customerId}, {@code Customer-ID} → {@code customerid}. */
    static String normalise(String key) {
        return key.replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
    }

    private static void typeChanges(JsonNode before, JsonNode current, List<String> warnings) {
        Map<List<String>, String> types = new LinkedHashMap<>();
        JsonPaths.walk(before, (path, node) -> types.putIfAbsent(JsonPaths.generalised(path), JsonPaths.type(node)));
        Set<List<String>> reported = new LinkedHashSet<>();
        JsonPaths.walk(current, (path, node) -> {
            List<String> general = JsonPaths.generalised(path);
            String old = types.get(general);
            String now = JsonPaths.type(node);
            if (old != null && !old.equals(now) && !path.isEmpty() && reported.add(general)) {
                warnings.add("type change at " + JsonPaths.text(path) + ": " + old + " → " + now);
            }
        });
    }

    private static void enumValues(PactFile.Entry entry, JsonNode current, Optional<JsonNode> before, List<String> warnings) {
        for (Map.Entry<String, MatchingRuleGroup> rule : entry.bodyRules().entrySet()) {
            Set<String> allowed = enumOf(rule.getValue());
            if (allowed.isEmpty()) {
                continue;
            }
            List<String> rulePath = JsonPaths.tokens(rule.getKey());
            Set<String> seenBefore = new LinkedHashSet<>();
            before.ifPresent(b -> JsonPaths.walk(b, (path, node) -> {
                if (JsonPaths.matches(rulePath, path) && node.isValueNode()) {
                    seenBefore.add(node.asText());
                }
            }));
            Set<String> reported = new LinkedHashSet<>();
            JsonPaths.walk(current, (path, node) -> {
                if (JsonPaths.matches(rulePath, path) && node.isValueNode() && !allowed.contains(node.asText())
                        && reported.add(node.asText())) {
                    warnings.add("new enum value '" + node.asText() + "' at " + JsonPaths.text(path) + ": the contract knows "
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
}
