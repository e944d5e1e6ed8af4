package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.action.internal.SecretInputRules;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.genesys.ExecutionReport;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.Transport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.dataactioncontracts.genesys.TestResultJson;

/** {@code dac run}: executes one Data Action offline and prints Genesys's test-mode report. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Execute a Data Action as Genesys's test mode does (input validation, Velocity request rendering, the HTTP call, "
                + "translationMap, successTemplate, output validation, optional flattening) and print the test result JSON.",
            "The backend is either a recorded response (--response) or a running server (--base-url)."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the action takes the Success path",
                "  1  it takes the Failure or Timeout path (the reason is on stderr)",
                "  2  bad usage, or a file that cannot be read",
                "%nExample:%n  dac run Get-User-Presence.custom.json --input '{\"userId\":\"abc\"}' \\",
                "      --response user-presence-response.json"})
final class RunCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(index = "0", paramLabel = "<action.json|file.tf|folder>",
            description = "The Data Action file (UI export or Platform API shape), or a .tf file or Terraform root (with --action).")
    String actionFile;

    @Option(names = "--action", paramLabel = "<name|address>",
            description = "With a .tf file or Terraform root: the Data Action to run, by name or resource address "
                    + "(e.g. module.crm.genesyscloud_integration_action.lookup). Not needed when it declares one action.")
    String actionName;

    @Option(names = "--input", paramLabel = "<json|@file>",
            description = "The execute body: a flat JSON object, inline or read from a file with @file. Required.")
    String input;

    @Option(names = "--credential", paramLabel = "<name=value>",
            description = "A field of the integration's credentials ($${credentials.name}); repeatable. Never printed.")
    List<String> credentials = new ArrayList<>();

    @Option(names = "--secret-input", paramLabel = "<name>",
            description = "An input that carries a secret (an API key, a token); repeatable. Sent as given, masked in everything printed."
                    + " Inputs that dac lint reports as secret-input are masked without it.")
    List<String> secretInputs = new ArrayList<>();

    @Option(names = "--response", paramLabel = "<file>",
            description = "Answer the request with this file's content as the response body, without any network.")
    String responseFile;

    @Option(names = "--status", paramLabel = "<N>", description = "HTTP status of the --response (default: 200).")
    Integer status;

    @Option(names = "--header", paramLabel = "<'Name: value'>",
            description = "A header of the --response; repeatable (default: Content-Type: application/json).")
    List<String> headers = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "<url>",
            description = "Send the request over HTTP to this server: Genesys paths are appended to it, absolute URLs re-based onto it.")
    String baseUrl;

    @Option(names = "--max-response-size", paramLabel = "<size>", defaultValue = "5MB",
            description = "With --base-url: the response body cap, e.g. 5MB, 512KB; a longer body takes the Failure path (default: 5MB).")
    String maxResponseSize;

    @Option(names = "--flatten", description = "Flatten the output as Architect does (\"Flatten output\" in the Test tab).")
    boolean flatten;

    RunCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Map<String, String> credentialValues = credentialValues();
        checkBackendOptions();
        Optional<URI> base = Optional.ofNullable(baseUrl).map(this::baseUri);
        Map<String, List<String>> responseHeaders = responseHeaders();
        int responseStatus = responseStatus();

        DataAction action = load();
        JsonNode inputBody = inputBody();
        long maxBytes = OptionValues.bytes("--max-response-size", maxResponseSize);
        Transport transport = base.map(url -> Transport.http(url, maxBytes))
                .orElseGet(() -> Transport.recorded(new HttpResult(responseStatus, responseHeaders, readResponseBody())));

        Map<String, String> secrets = secretInputValues(action, inputBody);
        ExecutionReport report = GenesysEmulator.create().execute(action, run -> {
            run.input(inputBody).credentials(credentialValues).transport(transport);
            secrets.forEach(run::secretInput);
            if (flatten) {
                run.flatten();
            }
        });
        context.out().println(context.scrub(pretty(TestResultJson.of(report))));
        if (!report.success()) {
            context.error(report.describeFailure());
            return Dac.EXIT_FAILED;
        }
        return Dac.EXIT_OK;
    }

    /**
     * The secret inputs and their values: those named by --secret-input, and those the lint rule secret-input suspects.
     * Their values are masked in everything printed from here on.
     */
    private Map<String, String> secretInputValues(DataAction action, JsonNode inputBody) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : secretInputs) {
            JsonNode value = inputBody.path(name);
            if (!value.isValueNode() || value.isNull()) {
                throw new UsageException("--secret-input " + name + ": the --input has no value '" + name + "' to keep secret; give the name of"
                        + " an input field, e.g. --secret-input apikey with --input '{\"apikey\": \"...\"}'");
            }
            values.put(name, value.asText());
        }
        for (String name : SecretInputRules.suspectedInputs(action)) {
            JsonNode value = inputBody.path(name);
            if (value.isValueNode() && !value.isNull() && !values.containsKey(name)) {
                values.put(name, value.asText());
                context.error("masking the input '" + name + "' as a secret (lint rule secret-input); name it with --secret-input to silence this note");
            }
        }
        values.values().forEach(context::addSecret);
        return values;
    }

    /** The value part of a {@code name=value} credential argument, if it has one. */
    static Optional<String> credentialValue(String argument) {
        int equals = argument.indexOf('=');
        return equals < 0 ? Optional.empty() : Optional.of(argument.substring(equals + 1));
    }

    private Map<String, String> credentialValues() {
        return Credentials.parse(context, credentials);
    }

    private void checkBackendOptions() {
        if (input == null) {
            throw new UsageException("missing --input: give the execute body as JSON, e.g. --input '{\"userId\":\"abc\"}' or --input @input.json");
        }
        if (responseFile == null && baseUrl == null) {
            throw new UsageException("give a backend: --response <file> (a recorded response body) or --base-url <url> (a running server)");
        }
        if (responseFile != null && baseUrl != null) {
            throw new UsageException("--response and --base-url exclude each other: give one backend");
        }
        if (baseUrl != null && (status != null || !headers.isEmpty())) {
            throw new UsageException("--status and --header describe a --response; with --base-url the server answers");
        }
    }

    private URI baseUri(String url) {
        URI uri = OptionValues.httpUrl("--base-url", url);
        context.addUserInfo(uri);
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new UsageException("--base-url '" + org.dataactioncontracts.text.internal.UrlText.withoutUserInfo(url)
                    + "' must not carry a query or fragment; --base-url must be an absolute http(s) URL such as http://localhost:8080");
        }
        return uri;
    }

    private Map<String, List<String>> responseHeaders() {
        if (headers.isEmpty()) {
            return Map.of("Content-Type", List.of("application/json"));
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new UsageException("--header needs 'Name: value', e.g. --header 'Content-Type: application/json'; got '" + header + "'");
            }
            result.computeIfAbsent(header.substring(0, colon).strip(), k -> new ArrayList<>()).add(header.substring(colon + 1).strip());
        }
        return result;
    }

    private int responseStatus() {
        int value = status == null ? 200 : status;
        if (value < 100 || value > 599) {
            throw new UsageException("--status " + value + " is not an HTTP status; use 100 to 599");
        }
        return value;
    }

    private DataAction load() {
        try {
            Path path = Context.path(actionFile);
            if (context.isTerraform(path)) {
                return context.terraformAction(path, actionName);
            }
            if (actionName != null) {
                throw new UsageException("--action selects an action of a .tf file or Terraform root; " + actionFile
                        + " is one Data Action export");
            }
            return context.load(path);
        } catch (InvalidDataActionException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private JsonNode inputBody() {
        String text;
        String what;
        if (input.startsWith("@")) {
            what = "--input file " + input.substring(1);
            text = read(input.substring(1), "--input file");
        } else {
            what = "--input";
            text = input;
        }
        if (text.isBlank()) {
            throw new UsageException(what + " is empty; give the execute body as a JSON object, e.g. {\"userId\":\"abc\"}");
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonParseException e) {
            // The input itself is not echoed: it may hold personal data.
            throw new UsageException(what + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
        } catch (JsonProcessingException e) {
            throw new UsageException(what + " is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private String readResponseBody() {
        return read(responseFile, "--response file");
    }

    private String read(String file, String what) {
        Path path;
        try {
            path = context.resolve(file);
        } catch (InvalidDataActionException e) {
            throw new UsageException(what + " " + e.getMessage());
        }
        if (Files.isDirectory(path)) {
            throw new UsageException(what + " " + file + " is a directory; give a file");
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(what + " " + file + " does not exist");
        } catch (IOException e) {
            throw new UsageException(what + " " + file + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String pretty(JsonNode json) {
        try {
            return Json.pretty(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report is not serialisable", e);
        }
    }
}
