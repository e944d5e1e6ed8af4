package org.dataactioncontracts.pact.internal;

import au.com.dius.pact.core.matchers.Matchers;
import au.com.dius.pact.core.model.InvalidPathExpression;
import au.com.dius.pact.core.model.PathExpressionsKt;
import au.com.dius.pact.core.model.PathToken;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Pact matcher paths read by pact-jvm's own parser and matcher, so our guards and reports agree with verification.
 * Paths pact-jvm cannot parse (a key with a quote, which pact-jvm itself writes unparseably) match nothing, so a
 * guard asks for a matcher and a mismatch is reported rather than hidden.
 */
public final class PactPaths {
    private PactPaths() {
    }

    /** The elements pact-jvm matches rules against: {@code $['a'][0]['b']} or {@code $.a[0].b} → {@code [$, a, 0, b]}. */
    public static Optional<List<String>> elements(String path) {
        try {
            return Optional.of(PathExpressionsKt.parsePath(path).stream().map(PathToken::rawString).toList());
        } catch (InvalidPathExpression e) {
            return Optional.empty();
        }
    }

    /** Whether one of the rule paths ({@code $.a[*]}) equals or encloses the concrete path ({@code $['a'][0]['b']}). */
    public static boolean enclosedByAny(String concrete, Collection<String> rulePaths) {
        return elements(concrete).map(path -> rulePaths.stream().anyMatch(rule -> encloses(rule, path))).orElse(false);
    }

    private static boolean encloses(String rule, List<String> path) {
        try {
            return Matchers.INSTANCE.matchesPath(rule, path) > 0;
        } catch (InvalidPathExpression e) {
            return false;
        }
    }
}
