package org.dataactioncontracts.openapi.internal;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dataactioncontracts.openapi.OpenApiReport;
import org.dataactioncontracts.openapi.OpenApiReport.Mismatch;
import org.dataactioncontracts.openapi.OpenApiReport.Result;
import org.dataactioncontracts.openapi.OpenApiReport.Verdict;

/** Loads the pact and the document, turns each HTTP interaction into the validator's request and response, sorts its messages. */
public final class OpenApiValidation {
    /** How {@code dac record} and the pacts of this project write a credential: {@code REDACTED-<name>}. */
    static final String PLACEHOLDER_PREFIX = "REDACTED-";

    private static final String PATH_MISSING = "validation.request.path.missing";
    private static final String OPERATION_NOT_ALLOWED = "validation.request.operation.notAllowed";
    private static final String SECURITY_INVALID = "validation.request.security.invalid";
    private static final String PARAMETER = "validation.request.parameter";

    private OpenApiValidation() {
    }

    /** See {@link org.dataactioncontracts.openapi.OpenApiCheck#check}. */
    public static OpenApiReport check(Path pactFile, Path specFile) {
        Pact pact = loadPact(pactFile);
        OpenApiInteractionValidator validator = loadSpec(specFile);
        List<Result> results = new ArrayList<>();
        for (Interaction interaction : pact.getInteractions()) {
            if (interaction.isSynchronousRequestResponse()) {
                results.add(check(validator, interaction.asSynchronousRequestResponse()));
            }
        }
        return new OpenApiReport(pactFile.toString(), specFile.toString(), pact.getConsumer().getName(),
                pact.getProvider().getName(), results);
    }

    private static Pact loadPact(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("pact file " + file + " does not exist");
        }
        Pact pact;
        try {
            pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("pact file " + file + " cannot be read as a pact (" + firstLine(e.getMessage()) + ")", e);
        }
        if (pact.getInteractions().stream().noneMatch(Interaction::isSynchronousRequestResponse)) {
            throw new IllegalArgumentException("pact file " + file + " is not a pact with HTTP interactions");
        }
        return pact;
    }

    private static OpenApiInteractionValidator loadSpec(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("spec file " + file + " does not exist");
        }
        LevelResolver levels = LevelResolver.create()
                .withLoader(null)
                // Turned on so that the library injects additionalProperties: false: a pact property the document
                // does not declare is what a renamed or removed field looks like.
                .withLevel("validation.schema.additionalProperties", Level.ERROR)
                // A consumer may send more than the vendor reads; the vendor ignores it.
                .withLevel("validation.request.body.schema.additionalProperties", Level.IGNORE)
                // A pact's response example lists what the consumer reads, not everything the vendor promises.
                .withLevel("validation.response.body.schema.required", Level.IGNORE)
                .build();
        try {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            options.setResolveCombinators(false);
            OpenAPI api = new OpenApiLoader().loadApi(SpecSource.specUrl(file.toAbsolutePath().toUri().toString()), List.of(), options);
            applyRootSecurity(api);
            return OpenApiInteractionValidator.createFor(api).withLevelResolver(levels).build();
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            List<String> messages = e.getParseMessages();
            throw new IllegalArgumentException("spec file " + file + " cannot be parsed as OpenAPI 3 or Swagger 2"
                    + (messages == null || messages.isEmpty() ? "" : " (" + firstLine(String.join("; ", messages)) + ")"), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("spec file " + file + " cannot be parsed as OpenAPI 3 or Swagger 2 ("
                    + firstLine(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    /**
     * OpenAPI's root {@code security} applies to every operation that has none of its own ({@code security: []} on an
     * operation opts out); the validator only reads the operation's, so it is copied down.
     */
    private static void applyRootSecurity(OpenAPI api) {
        if (api.getSecurity() == null || api.getSecurity().isEmpty() || api.getPaths() == null) {
            return;
        }
        for (PathItem item : api.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(new ArrayList<>(api.getSecurity()));
                }
            }
        }
    }

    private static Result check(OpenApiInteractionValidator validator, SynchronousRequestResponse interaction) {
        IRequest request = interaction.getRequest();
        IResponse response = interaction.getResponse();
        ValidationReport report = validator.validate(request(request), response(response));
        List<Mismatch> mismatches = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean unknownOperation = false;
        for (Message message : report.getMessages()) {
            String key = message.getKey();
            Optional<String> placeholder = placeholder(message, request);
            if (placeholder.isPresent()) {
                notes.add("credential placeholder accepted: " + placeholder.get() + " (" + message.getMessage() + ")");
            } else if (message.getLevel() == Level.ERROR) {
                unknownOperation |= key.equals(PATH_MISSING) || key.equals(OPERATION_NOT_ALLOWED);
                mismatches.add(mismatch(message));
            } else if (message.getLevel() == Level.WARN) {
                notes.add(text(message));
            }
        }
        Verdict verdict = unknownOperation ? Verdict.UNKNOWN_OPERATION : mismatches.isEmpty() ? Verdict.OK : Verdict.MISMATCH;
        return new Result(interaction.getDescription(), request.getMethod(), request.getPath(), response.getStatus(), verdict,
                mismatches, notes);
    }

    private static Mismatch mismatch(Message message) {
        String key = message.getKey();
        String location = key.startsWith("validation.response") ? "response" : "request";
        String pointer = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
        return new Mismatch(location, key, text(message), pointer);
    }

    private static String text(Message message) {
        String text = message.getMessage();
        if (!message.getAdditionalInfo().isEmpty()) {
            text += " (" + String.join("; ", message.getAdditionalInfo()) + ")";
        }
        return text;
    }

    /**
     * The placeholder a message is about, when it is about a credential placeholder: a parameter whose value is
     * {@code REDACTED-*} (its format is the real credential's), or an Authorization header that is only a placeholder.
     */
    private static Optional<String> placeholder(Message message, IRequest request) {
        String key = message.getKey();
        if (key.equals(SECURITY_INVALID)) {
            return values(request.getHeaders(), "Authorization").stream().filter(OpenApiValidation::isPlaceholder).findFirst();
        }
        if (!key.startsWith(PARAMETER)) {
            return Optional.empty();
        }
        Optional<Parameter> parameter = message.getContext().flatMap(ValidationReport.MessageContext::getParameter);
        if (parameter.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> source = "header".equals(parameter.get().getIn()) ? request.getHeaders() : request.getQuery();
        List<String> values = values(source, parameter.get().getName());
        return !values.isEmpty() && values.stream().allMatch(OpenApiValidation::isPlaceholder)
                ? Optional.of(parameter.get().getName() + ": " + values.get(0)) : Optional.empty();
    }

    private static boolean isPlaceholder(String value) {
        return value != null && value.strip().startsWith(PLACEHOLDER_PREFIX);
    }

    private static List<String> values(Map<String, List<String>> map, String name) {
        if (map == null || name == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        map.forEach((k, v) -> {
            if (k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) && v != null) {
                values.addAll(v);
            }
        });
        return values;
    }

    private static SimpleRequest request(IRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().toUpperCase(Locale.ROOT), request.getPath());
        request.getQuery().forEach((name, values) -> builder.withQueryParam(name, values));
        request.getHeaders().forEach((name, values) -> builder.withHeader(name, values));
        OptionalBody body = request.getBody();
        if (body.isPresent()) {
            builder.withBody(body.valueAsString());
            if (values(request.getHeaders(), "Content-Type").isEmpty()) {
                builder.withContentType(body.getContentType().toString());
            }
        }
        return builder.build();
    }

    private static SimpleResponse response(IResponse response) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(response.getStatus());
        response.getHeaders().forEach((name, values) -> builder.withHeader(name, values));
        OptionalBody body = response.getBody();
        if (body.isPresent()) {
            builder.withBody(body.valueAsString());
            if (values(response.getHeaders(), "Content-Type").isEmpty()) {
                builder.withContentType(body.getContentType().toString());
            }
        }
        return builder.build();
    }

    private static String firstLine(String text) {
        String stripped = text == null ? "" : text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}
