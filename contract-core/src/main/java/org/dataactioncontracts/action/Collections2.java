package org.dataactioncontracts.action;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

final class Collections2 {
    private Collections2() {
    }

    /** An unmodifiable copy that keeps insertion order (Map.copyOf does not, and file order matters in reports). */
    static <K, V> Map<K, V> orderedCopy(Map<K, V> source) {
        return source == null || source.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
