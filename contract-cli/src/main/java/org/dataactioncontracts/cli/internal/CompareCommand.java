package org.dataactioncontracts.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dataactioncontracts.cli.Dac;
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
        return report.contractBroken() ? Dac.EXIT_FAILED : Dac.EXIT_OK;
    }


}
