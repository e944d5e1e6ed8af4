package org.dataactioncontracts.genesys.internal;

import java.util.Map;
import org.apache.velocity.VelocityContext;

/**
 * A Velocity context that ends rendering past a deadline: every reference read and every {@code #foreach} or
 * {@code #set} write goes through it, so a template cannot loop or recurse for longer than the limit.
 */
final class BoundedContext extends VelocityContext {
    private final long deadline;
    private final String what;

    BoundedContext(Map<String, Object> values, long deadline, String what) {
        super(values);
        this.deadline = deadline;
        this.what = what;
    }

    private void check() {
        if (System.nanoTime() - deadline > 0) {
            throw EvaluationLimits.timedOut(what);
        }
    }

    @Override
    public Object internalGet(String key) {
        check();
        return super.internalGet(key);
    }

    @Override
    public Object internalPut(String key, Object value) {
        check();
        return super.internalPut(key, value);
    }
}
