package org.dataactioncontracts.cli.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.recorded.RecordOptions;
import org.dataactioncontracts.recorded.Recorder;
import org.dataactioncontracts.recorded.Recording;
import org.dataactioncontracts.recorded.RecordingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dac record}: replays a pact against a live API and stores the redacted responses. */
@Command(name = "record",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Replay each interaction of a pact against a live API (e.g. a vendor's staging environment) and store each "
                + "response, redacted, under <out>/<UTC timestamp>/, one JSON file per interaction.",
            "Timeouts, connection failures, 429 and 5xx are retried (--attempts, doubling pauses from 200 ms) and then "
                + "recorded as vendor-unavailable: neither a contract break nor a pass."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the run was written (vendor-unavailable interactions included; dac compare reports them)",
                "  2  bad usage, a pact that cannot be read, or a credential the pact needs is missing",
                "%nExample:%n  dac record --pact target/pacts/genesys-crm-read-crm-customer-api.json \\",
                "      --base-url https://staging.vendor.example --credential apiKey=$API_KEY \\",
                "      --redact '$.results[*].phone' --out recordings/crm"})
final class RecordCommand implements Callable<Integer> {
    private final Context context;

    @Option(names = "--pact", paramLabel = "<pact.json>", required = true, description = "The V4 pact whose requests are replayed.")
    String pact;

    @Option(names = "--base-url", paramLabel = "<url>", required = true, description = "The live API: the pact's paths are appended to it.")
    String baseUrl;

    @Option(names = "--state-url", paramLabel = "<url>",
            description = "Pact's state-change endpoint (POST {state, params, action}); without it provider states are skipped with a note.")
    String stateUrl;

    @Option(names = "--credential", paramLabel = "<name=value>",
            description = "Fills the pact's REDACTED-<name> placeholders; repeatable. Never written, never printed.")
    List<String> credentials = new ArrayList<>();

    @Option(names = "--redact", paramLabel = "<json-path>",
            description = "A JSONPath of response fields to replace by \"[REDACTED]\" (PII: names, phone numbers); repeatable.")
    List<String> redact = new ArrayList<>();

    @Option(names = "--out", paramLabel = "<dir>", required = true, description = "Where runs are stored; each run is a new <timestamp>/ directory.")
    String out;

    @Option(names = "--timeout", paramLabel = "<duration>", defaultValue = "10s",
            description = "Per-request timeout, e.g. 10s, 2.5s, 500ms (default: 10s).")
    String timeout;

    @Option(names = "--attempts", paramLabel = "<N>", defaultValue = "3", description = "Attempts per interaction, 1 to 10 (default: 3).")
    int attempts;

    RecordCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RecordOptions options = RecordOptions.of(httpUrl("--base-url", baseUrl));
        for (String credential : credentials) {
            int equals = credential.indexOf('=');
            if (equals < 0) {
                context.addSecret(credential);
                throw new UsageException("--credential needs name=value, e.g. --credential apiKey=...; got an argument without '=' (not shown)");
            }
            String value = credential.substring(equals + 1);
            context.addSecret(value);
            if (credential.substring(0, equals).isBlank()) {
                throw new UsageException("--credential needs a name before '=', e.g. --credential apiKey=...");
            }
            options = options.withCredential(credential.substring(0, equals).strip(), value);
        }
        if (stateUrl != null) {
            options = options.withStateUrl(httpUrl("--state-url", stateUrl));
        }
        for (String path : redact) {
            options = options.withRedact(path);
        }
        if (attempts < 1 || attempts > 10) {
            throw new UsageException("--attempts " + attempts + " is out of range; use 1 to 10");
        }
        options = options.withTimeout(duration(timeout)).withRetries(attempts, RecordOptions.DEFAULT_BACKOFF);

        Path pactFile = context.optionPath("--pact", pact);
        Path outDir = context.optionPath("--out", out);
        RecordingRun run;
        try {
            run = Recorder.create(options).record(pactFile, outDir);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (Recording r : run.recordings()) {
            String what = r.outcome() == Recording.Outcome.RECORDED ? "recorded           " + r.status() : "vendor-unavailable " + r.reason();
            context.out().println(context.scrub(what + "  " + r.description()));
        }
        long unavailable = run.recordings().stream().filter(r -> r.outcome() == Recording.Outcome.VENDOR_UNAVAILABLE).count();
        context.out().println(context.scrub(run.recordings().size() + " interactions recorded in " + Path.of(out).resolve(run.id())
                + " (" + unavailable + " vendor unavailable)"));
        return Dac.EXIT_OK;
    }


    static URI httpUrl(String option, String url) {
        String hint = "; " + option + " must be an absolute http(s) URL such as http://localhost:8080";
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new UsageException(option + " '" + url + "' is not a valid URL (" + e.getReason() + ")" + hint);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new UsageException(option + " '" + url + "' is not an http(s) URL" + hint);
        }
        return uri;
    }

    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            } else {
                String number = t.endsWith("s") ? t.substring(0, t.length() - 1).strip() : t;
                d = Duration.ofMillis(Math.round(Double.parseDouble(number) * 1000));
            }
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("--timeout '" + text + "' is not a duration between 1ms and 10 minutes; write e.g. 10s, 2.5s or 500ms");
        }
    }
}
