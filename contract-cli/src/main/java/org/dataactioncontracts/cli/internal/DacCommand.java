package org.dataactioncontracts.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level {@code dac} command; on its own it only explains that a subcommand is needed. */
@Command(name = "dac",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Lint and run Genesys Cloud Data Actions offline, exactly as Genesys's test mode executes them.",
            "Record a vendor API's answers to a pact and compare them with the contract and the Data Action's translation.",
            "Check a pact against the vendor's OpenAPI document.",
            "Name the Architect flows and flow variables a Data Action, or a missing response field, reaches.",
            "Pull Data Actions from a Genesys org, deploy them to it, and calibrate the engine against its test endpoint."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  lint errors, the action takes the Failure or Timeout path, compare finds a contract break, or openapi a mismatch",
                "  2  bad usage, or an input that cannot be read", "  3  internal error (a bug in dac)",
                "  4  an evaluation was stopped: a template, JSONPath or JSONata past its time or depth limit, a stack overflow or a full heap"})
final class DacCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("missing command: use 'dac lint', 'dac run', 'dac record', 'dac compare', 'dac openapi' or 'dac impact' (see 'dac --help')");
    }
}
