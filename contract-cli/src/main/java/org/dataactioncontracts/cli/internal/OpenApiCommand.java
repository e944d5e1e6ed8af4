package org.dataactioncontracts.cli.internal;

import java.util.concurrent.Callable;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.openapi.OpenApiCheck;
import org.dataactioncontracts.openapi.OpenApiReport;
import org.dataactioncontracts.report.ReportJUnit;
import org.dataactioncontracts.report.ReportJson;
import org.dataactioncontracts.report.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dac openapi}: every HTTP interaction of a pact against the vendor's OpenAPI document. */
@Command(name = "openapi",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check each HTTP interaction of the pact against the vendor's OpenAPI 3 or Swagger 2 document with "
                + "Atlassian's swagger-request-validator: the request (method, path, query, headers, body, security) "
                + "and the response (status, body against the schema for that status).",
            "A response example may leave out properties the document requires (the consumer lists what it reads); "
                + "a property the document does not declare is a mismatch. Credential placeholders REDACTED-* stand "
                + "for real credentials."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every interaction agrees with the document",
                "  1  an interaction mismatches the document, or its path or operation is not in it",
                "  2  bad usage, a missing file, a document that is not OpenAPI or Swagger, or a file that is not a pact",
                "%nExample:%n  dac openapi --pact target/pacts/genesys-billing-billing-api.json \\",
                "      --spec openapi/billing-api.yaml --junit target/openapi.xml"})
final class OpenApiCommand implements Callable<Integer> {
    private final Context context;

    @Option(names = "--pact", paramLabel = "<pact.json>", required = true, description = "The pact to check.")
    String pact;

    @Option(names = "--spec", paramLabel = "<openapi.yaml|json>", required = true,
            description = "The vendor's OpenAPI 3 or Swagger 2 document (YAML or JSON).")
    String spec;

    @Option(names = "--junit", paramLabel = "<file>", description = "Also write JUnit XML: one testcase per interaction.")
    String junit;

    @Option(names = "--json", paramLabel = "<file>", description = "Also write the report as JSON.")
    String json;

    OpenApiCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OpenApiReport report;
        try {
            report = OpenApiCheck.check(context.optionPath("--pact", pact), context.optionPath("--spec", spec));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        context.writeReports(junit, () -> ReportJUnit.of(report), json, () -> ReportJson.of(report));
        context.out().print(context.scrub(ReportText.of(report)));
        return report.mismatched() ? Dac.EXIT_FAILED : Dac.EXIT_OK;
    }


}
