package org.dataactioncontracts.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.flow.ArchyFlows;
import org.dataactioncontracts.flow.DataActionCall;
import org.dataactioncontracts.flow.FlowSet;
import org.dataactioncontracts.flow.InvalidFlowException;
import org.dataactioncontracts.recorded.CompareOptions;
import org.dataactioncontracts.recorded.CompareReport;
import org.dataactioncontracts.recorded.Comparison;
import org.dataactioncontracts.report.ReportJUnit;
import org.dataactioncontracts.report.ReportJson;
import org.dataactioncontracts.report.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dac compare}: the newest recording run against the pact, the Data Action's translation and the previous run. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check the newest run under --recordings against the pact with pact-jvm's matching engine, run each "
                + "interaction's Data Action (and its JSONata middleware) on the recorded response to find Architect "
                + "outputs that would be empty, defaulted or take the Failure path, and warn about drift since the "
                + "previous run (renames in progress, type changes, new enum values).",
            "Middleware: <actions>/middleware/<action file without .custom.json>.jsonata when it exists, or --middleware."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no contract break (warnings and vendor-unavailable interactions included)",
                "  1  a contract break: a response the pact rejects, or a Data Action that now takes the Failure path",
                "  2  bad usage, or a pact or recordings that cannot be read",
                "%nExample:%n  dac compare --pact target/pacts/genesys-crm-read-crm-customer-api.json \\",
                "      --recordings recordings/crm --actions data-actions --junit target/compare.xml"})
final class CompareCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    PactOptions pact = new PactOptions();

    @Option(names = "--recordings", paramLabel = "<dir>", required = true, description = "The --out directory of dac record.")
    String recordings;

    @Option(names = "--actions", paramLabel = "<dir>",
            description = "The Data Action files named by the pact's \"Data Action file:\" comments; without it the translation is not run.")
    String actions;

    @Option(names = "--middleware", paramLabel = "<action-file=jsonata-file>",
            description = "The JSONata middleware of a Data Action file, when it is not <actions>/middleware/<stem>.jsonata; repeatable.")
    List<String> middleware = new ArrayList<>();

    @Option(names = "--flows", paramLabel = "<folder>",
            description = "Archy YAML flows (or a Terraform root): after the report, name the flow variables each broken or "
                    + "warned interaction reaches. Needs --actions.")
    String flows;

    @Option(names = "--junit", paramLabel = "<file>", description = "Also write JUnit XML: one testcase per interaction.")
    String junit;

    @Option(names = "--json", paramLabel = "<file>", description = "Also write the report as JSON.")
    String json;

    CompareCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CompareOptions options = CompareOptions.pactOnly();
        if (actions != null) {
            options = options.withActions(context.optionPath("--actions", actions));
        }
        for (String m : middleware) {
            int equals = m.indexOf('=');
            if (equals <= 0 || equals == m.length() - 1) {
                throw new UsageException("--middleware needs action-file=jsonata-file, e.g. --middleware "
                        + "Get-Customer-Preferences-Via-Middleware.custom.json=data-actions/middleware/Get-Customer-Preferences.jsonata; got '" + m + "'");
            }
            options = options.withMiddleware(m.substring(0, equals).strip(), context.optionPath("--middleware", m.substring(equals + 1).strip()));
        }
        Comparison comparison = Comparison.create(options);
        Path recordingsDir = context.optionPath("--recordings", recordings);
        CompareReport report = pact.apply(context, file -> comparison.compare(file, recordingsDir));
        context.writeReports(junit, () -> ReportJUnit.of(report), json, () -> ReportJson.of(report));
        context.out().print(context.scrub(ReportText.of(report)));
        if (flows != null) {
            printFlowsReached(report);
        }
        return report.contractBroken() ? Dac.EXIT_FAILED : Dac.EXIT_OK;
    }

    /** The flow variables that the affected outputs of each broken or warned interaction feed (all of them on a Failure path). */
    private void printFlowsReached(CompareReport report) {
        FlowSet flowSet;
        try {
            flowSet = ArchyFlows.readAll(context.optionPath("--flows", flows));
        } catch (InvalidFlowException | InvalidDataActionException e) {
            throw new UsageException(e.getMessage());
        }
        Set<String> lines = new LinkedHashSet<>();
        for (CompareReport.Result result : report.results()) {
            boolean reported = result.verdict() == CompareReport.Verdict.BREAK || result.verdict() == CompareReport.Verdict.WARNING;
            if (!reported || result.dataActionFile().isEmpty()) {
                continue;
            }
            DataAction action = context.load(Context.path(actions).resolve(result.dataActionFile()));
            for (DataActionCall call : flowSet.flows().stream().flatMap(f -> f.calls().stream())
                    .filter(c -> c.dataAction().equals(action.name()) || c.dataAction().equals(action.baseName())).toList()) {
                call.successOutputs().forEach((output, variable) -> {
                    if (result.affectedOutputs().isEmpty() || result.affectedOutputs().contains(output)) {
                        lines.add("    " + call.where() + ": output '" + output + "' -> " + variable + " (" + result.verdict()
                                + ": " + result.description() + ")");
                    }
                });
            }
        }
        context.out().println(lines.isEmpty() ? "Flows reached: no flow in " + flows + " reads an affected output"
                : "Flows reached:\n" + String.join("\n", lines));
    }


}
