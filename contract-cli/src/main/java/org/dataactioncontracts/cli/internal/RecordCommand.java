package org.dataactioncontracts.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.recorded.RecordOptions;
import org.dataactioncontracts.recorded.Recorder;
import org.dataactioncontracts.recorded.Recording;
import org.dataactioncontracts.recorded.RecordingRun;
import org.dataactioncontracts.text.internal.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dac record}: replays a pact against a live API and stores the redacted responses. */
@Command(name = "record",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Replay each interaction of a pact against a live API (e.g. a vendor's staging environment) and store each "
                + "response, redacted, under <out>/<UTC timestamp>/, one JSON file per interaction.",
            "Timeouts, connection failures, 429 and 5xx are retried (--attempts, doubling pauses from 200 ms, or the server's "
                + "Retry-After up to --max-retry-after) and then recorded as vendor-unavailable: neither a contract break nor a pass. "
                + "POST and PATCH are repeated only when the connection could not be opened."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the run was written (vendor-unavailable interactions included; dac compare reports them)",
                "  2  bad usage, a pact that cannot be read, or a credential the pact needs is missing",
                "%nExample:%n  dac record --pact target/pacts/genesys-crm-read-crm-customer-api.json \\",
                "      --base-url https://staging.vendor.example --credential apiKey=$API_KEY \\",
                "      --redact '$.results[*].phone' --out recordings/crm"})
final class RecordCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    PactOptions pact = new PactOptions();

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
            description = "The deadline of one attempt: connect, headers and the whole body, e.g. 10s, 2.5s, 500ms (default: 10s).")
    String timeout;

    @Option(names = "--attempts", paramLabel = "<N>", defaultValue = "3", description = "Attempts per interaction, 1 to 10 (default: 3).")
    int attempts;

    @Option(names = "--max-response-size", paramLabel = "<size>", defaultValue = "5MB",
            description = "Response body cap, e.g. 5MB, 512KB; reading stops there and the interaction is vendor-unavailable (default: 5MB).")
    String maxResponseSize;

    @Option(names = "--max-retry-after", paramLabel = "<duration>", defaultValue = "30s",
            description = "The longest Retry-After of a 429 or 503 waited for before the next attempt; a longer one ends the retries (default: 30s).")
    String maxRetryAfter;

    @Option(names = "--retry-non-idempotent",
            description = "Also repeat POST and PATCH after a timeout, 429 or 5xx (the vendor may then process them twice). "
                    + "Without it they are repeated only when the connection could not be opened.")
    boolean retryNonIdempotent;

    RecordCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RecordOptions options = RecordOptions.of(OptionValues.httpUrl("--base-url", baseUrl));
        context.addUserInfo(options.baseUrl());
        for (Map.Entry<String, String> credential : Credentials.parse(context, credentials).entrySet()) {
            options = options.withCredential(credential.getKey(), credential.getValue());
        }
        if (stateUrl != null) {
            options = options.withStateUrl(OptionValues.httpUrl("--state-url", stateUrl));
        }
        for (String path : redact) {
            options = options.withRedact(path);
        }
        if (attempts < 1 || attempts > 10) {
            throw new UsageException("--attempts " + attempts + " is out of range; use 1 to 10");
        }
        options = options.withTimeout(OptionValues.duration("--timeout", timeout, Duration.ofMinutes(10)))
                .withRetries(attempts, RecordOptions.DEFAULT_BACKOFF)
                .withMaxResponseBytes(OptionValues.bytes("--max-response-size", maxResponseSize))
                .withMaxRetryAfter(OptionValues.duration("--max-retry-after", maxRetryAfter, Duration.ofMinutes(10)))
                .withRetries(retryNonIdempotent ? RecordOptions.Retries.EVERY_METHOD : RecordOptions.Retries.IDEMPOTENT_ONLY);

        Path outDir = context.optionPath("--out", out);
        Recorder recorder = Recorder.create(options);
        RecordingRun run = pact.apply(context, file -> recorder.record(file, outDir));
        for (Recording r : run.recordings()) {
            String what = r.outcome() == Recording.Outcome.RECORDED ? "recorded           " + r.status() : "vendor-unavailable " + r.reason();
            context.out().println(context.scrub(what + "  " + Printable.line(r.description())));
        }
        long unavailable = run.recordings().stream().filter(r -> r.outcome() == Recording.Outcome.VENDOR_UNAVAILABLE).count();
        context.out().println(context.scrub(run.recordings().size() + " interactions recorded in " + Path.of(out).resolve(run.id())
                + " (" + unavailable + " vendor unavailable)"));
        return Dac.EXIT_OK;
    }
}
