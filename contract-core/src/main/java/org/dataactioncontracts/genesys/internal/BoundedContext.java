package org.dataactioncontracts.genesys.internal;

import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.dataactioncontracts.genesys.EmulatorOptions;

/**
 * A Velocity context that ends rendering past a deadline: every reference read and every {@code #foreach} or
 * {@code #set} write goes through it, so a template cannot loop or recurse for longer than the limit.
 */
final class BoundedContext extends VelocityContext {
    private final long deadline;
    private final String what;
    private final boolean capitalInputIsInput;

    /** @param capitalInput whether {@code $Input} and {@code $INPUT} read {@code $input} */
    BoundedContext(Map<String, Object> values, long deadline, String what, EmulatorOptions.CapitalInput capitalInput) {
        super(values);
        this.deadline = deadline;
        this.what = what;
        this.capitalInputIsInput = capitalInput == EmulatorOptions.CapitalInput.ALIAS_OF_INPUT;
    }

    private void check() {
        if (System.nanoTime() - deadline > 0) {
            throw EvaluationLimits.timedOut(what);
        }
    }

    @Override
    public Object internalGet(String key) {
        check();
        Object value = super.internalGet(key);
        return value == null && capitalInputIsInput && key.equalsIgnoreCase("input") ? super.internalGet("input") : value;
    }

    @Override
    public boolean internalContainsKey(String key) {
        return super.internalContainsKey(key) || capitalInputIsInput && key.equalsIgnoreCase("input") && super.internalContainsKey("input");
    }

    @Override
    public Object internalPut(String key, Object value) {
        check();
        return super.internalPut(key, value);
    }
}
