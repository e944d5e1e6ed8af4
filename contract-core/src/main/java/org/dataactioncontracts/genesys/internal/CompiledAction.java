package org.dataactioncontracts.genesys.internal;

import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.genesys.EmulatorOptions;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.RenderedRequest;

/** One Data Action with its templates, JSONPaths and schemas compiled once. */
public final class CompiledAction {
    private final DataAction action;
    private final EmulatorOptions options;

    public CompiledAction(DataAction action, EmulatorOptions options) {
        this.action = action;
        this.options = options;
    }

    public ExecutionReport execute(ExecutionInput input) {
        throw new UnsupportedOperationException("engine under construction: " + action.name() + options);
    }

    public RenderedRequest render(ExecutionInput input) {
        throw new UnsupportedOperationException("engine under construction");
    }
}
