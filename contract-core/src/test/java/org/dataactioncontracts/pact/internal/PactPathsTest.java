package org.dataactioncontracts.pact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.matchers.JsonContentMatcher;
import au.com.dius.pact.core.matchers.MatchingContext;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PactPathsTest {
    /**
     * Each row: a matcher path, a concrete path in Jayway's notation (as the pin guard gets it), and a body whose
     * single string "x" sits at that concrete path. pact-jvm's own body matching, with a type matcher at the rule path
     * and the value changed to "y", reports no mismatch exactly when the rule governs the concrete path: our answer
     * must be the same, and the table holds both answers.
     */
    @ParameterizedTest(name = "{0} governs {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            $.a.b         | $['a']['b']        | {"a":{"b":"x"}}                | true
            $.a.b         | $['a']['c']        | {"a":{"c":"x"}}                | false
            $.a[0].b      | $['a'][0]['b']     | {"a":[{"b":"x"}]}              | true
            $.a[0].b      | $['a'][1]['b']     | {"a":[{"b":"z"},{"b":"x"}]}    | false
            $.a[*].b      | $['a'][1]['b']     | {"a":[{"b":"z"},{"b":"x"}]}    | true
            $['x-y']      | $['x-y']           | {"x-y":"x"}                    | true
            $.x-y         | $['x-y']           | {"x-y":"x"}                    | true
            $['b c'].d    | $['b c']['d']      | {"b c":{"d":"x"}}              | true
            $.a.*         | $['a']['k']        | {"a":{"k":"x"}}                | true
            $.a.*         | $['a'][0]          | {"a":["x"]}                    | true
            $.a[*]        | $['a']['k']        | {"a":{"k":"x"}}                | false
            $.a['*']      | $['a']['k']        | {"a":{"k":"x"}}                | false
            $.a           | $['a'][0]['b']     | {"a":[{"b":"x"}]}              | true
            $.a.b.c       | $['a']['b']        | {"a":{"b":"x"}}                | false
            $.*           | $['k']             | {"k":"x"}                      | true
            """)
    void agreesWithPactJvmsOwnMatching(String rule, String concrete, String body, boolean governs) {
        assertThat(pactJvmAppliesRule(rule, body)).as("pact-jvm's body matching").isEqualTo(governs);
        assertThat(PactPaths.enclosedByAny(concrete, Set.of(rule))).as("PactPaths").isEqualTo(governs);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            $['a'][0]['b'] | $,a,0,b
            $.a[0].b       | $,a,0,b
            $.a.0.b        | $,a,0,b
            $['x-y']       | $,x-y
            """)
    void elementsAreThePathPactJvmMatchesRulesAgainst(String path, String elements) {
        assertThat(PactPaths.elements(path)).contains(List.of(elements.split(",")));
    }

    @ParameterizedTest(name = "{0} is not covered")
    @CsvSource(delimiter = '|', textBlock = """
            $['it's']
            $['a
            """)
    void aPathPactJvmCannotParseIsCoveredByNothing(String path) {
        assertThat(PactPaths.elements(path)).isEmpty();
        assertThat(PactPaths.enclosedByAny(path, Set.of("$", "$.*"))).isFalse();
    }

    private static boolean pactJvmAppliesRule(String rule, String body) {
        MatchingRuleCategory rules = new MatchingRuleCategory("body");
        rules.addRule(rule, TypeMatcher.INSTANCE);
        var result = JsonContentMatcher.INSTANCE.matchBody(json(body), json(body.replace("\"x\"", "\"y\"")), new MatchingContext(rules, true));
        return result.getMismatches().isEmpty();
    }

    private static OptionalBody json(String text) {
        return OptionalBody.body(text.getBytes(StandardCharsets.UTF_8), new ContentType("application/json"));
    }
}
