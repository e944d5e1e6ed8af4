package org.dataactioncontracts.genesys.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.genesys.EmulatorOptions;

/**
 * Compiled actions keyed by identity: hashing a record with JSON schemas on every call would cost more than the
 * execution itself. Bounded so that a long-lived engine fed fresh instances does not grow without limit.
 */
public final class ActionCache {
    private static final int MAX_ENTRIES = 4096;

    private final EmulatorOptions options;
    private final Map<DataAction, CompiledAction> entries = new IdentityHashMap<>();

    public ActionCache(EmulatorOptions options) {
        this.options = options;
    }

    public CompiledAction get(DataAction action) {
        synchronized (entries) {
            CompiledAction compiled = entries.get(action);
            if (compiled == null) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                compiled = new CompiledAction(action, options);
                entries.put(action, compiled);
            }
            return compiled;
        }
    }
}
