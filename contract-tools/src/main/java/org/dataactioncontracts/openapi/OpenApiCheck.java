package org.dataactioncontracts.openapi;

import java.nio.file.Path;
import org.dataactioncontracts.openapi.internal.OpenApiValidation;

/**
 * Checks every HTTP interaction of a pact against a vendor's OpenAPI 3 or Swagger 2 document with Atlassian's
 * swagger-request-validator: the request (method, path, query, headers, body, security) and the response (status,
 * body against the schema for that status).
 *
 * <p>A pact's response example need not carry every property the document requires (the consumer lists what it
 * reads), but every property it does carry must be one the document declares: an undeclared property is a mismatch
 * even where the document leaves {@code additionalProperties} open, because that is what a rename looks like. Extra
 * properties in a request body are accepted (the vendor ignores them). Credential placeholders {@code REDACTED-*}
 * stand for real credentials: they satisfy a security scheme and are not checked against parameter schemas.
 *
 * <pre>{@code
 * OpenApiReport report = OpenApiCheck.check(Path.of("target/pacts/genesys-billing-billing-api.json"),
 *         Path.of("openapi/billing-api.yaml"));
 * report.mismatched();   // ReportText.of(report), ReportJson.of(report), ReportJUnit.of(report)
 * }</pre>
 */
public final class OpenApiCheck {
    private OpenApiCheck() {
    }

    /**
     * Checks a pact against an OpenAPI document.
     *
     * @throws IllegalArgumentException with one clear line when either file is missing, the document cannot be parsed
     *         as OpenAPI or Swagger, or the pact is not a pact with HTTP interactions
     */
    public static OpenApiReport check(Path pact, Path spec) {
        return OpenApiValidation.check(pact, spec);
    }
}
