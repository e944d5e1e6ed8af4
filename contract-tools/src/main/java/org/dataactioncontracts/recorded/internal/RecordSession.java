package org.dataactioncontracts.recorded.internal;

import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dataactioncontracts.recorded.RecordOptions;
import org.dataactioncontracts.recorded.Recording;
import org.dataactioncontracts.recorded.RecordingRun;
import org.dataactioncontracts.text.internal.Excerpt;
import org.dataactioncontracts.text.internal.UrlText;

/** One {@code dac record} run: replays a pact's interactions and writes the redacted recordings. */
public final class RecordSession {
    /** How the pact bridge writes credentials into pacts. */
    static final Pattern PLACEHOLDER = Pattern.compile("REDACTED-([A-Za-z0-9_.-]+)");
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RecordOptions options;
    private final Clock clock = Clock.systemUTC();

    public RecordSession(RecordOptions options) {
        this.options = options;
    }

    public RecordingRun record(Path pactFile, Path outDirectory) {
        PactFile pact = PactFile.load(pactFile);
        checkCredentials(pact);
        Scrubber scrubber = new Scrubber(options.credentials().values(), options.redactPaths());
        Replayer replayer = new Replayer(options);

        Instant started = clock.instant();
        Path runDirectory = createRunDirectory(outDirectory, started);
        List<Recording> recordings = new ArrayList<>();
        int index = 0;
        for (PactFile.Entry entry : pact.entries()) {
            index++;
            Recording recording = replay(entry, replayer, scrubber);
            recordings.add(recording);
            write(runDirectory.resolve(String.format(Locale.ROOT, "%02d-%s.json", index, slug(entry.description()))),
                    recording.toJson(), scrubber);
        }
        ObjectNode run = JsonNodeFactory.instance.objectNode();
        run.put("pactFile", pactFile.toString());
        run.put("consumer", pact.consumer());
        run.put("provider", pact.provider());
        run.put("baseUrl", scrubber.text(UrlText.withoutUserInfo(options.baseUrl().toString())));
        options.stateUrl().ifPresent(u -> run.put("stateUrl", scrubber.text(UrlText.withoutUserInfo(u.toString()))));
        run.put("started", started.toString());
        run.put("finished", clock.instant().toString());
        run.put("interactions", recordings.size());
        run.put("vendorUnavailable", recordings.stream().filter(r -> r.outcome() == Recording.Outcome.VENDOR_UNAVAILABLE).count());
        write(runDirectory.resolve(RecordingRun.RUN_FILE), run, scrubber);
        return new RecordingRun(runDirectory.getFileName().toString(), runDirectory, run, recordings);
    }

    private void checkCredentials(PactFile pact) {
        Set<String> missing = new LinkedHashSet<>();
        for (PactFile.Entry entry : pact.entries()) {
            HttpRequest request = entry.interaction().getRequest();
            // One value per line: placeholders must not run into the next value.
            StringBuilder all = new StringBuilder(request.getPath()).append('\n');
            request.getQuery().values().forEach(v -> v.forEach(x -> all.append(x).append('\n')));
            request.getHeaders().values().forEach(v -> v.forEach(x -> all.append(x).append('\n')));
            if (request.getBody().isPresent()) {
                all.append(request.getBody().valueAsString());
            }
            Matcher m = PLACEHOLDER.matcher(all);
            while (m.find()) {
                if (!options.credentials().containsKey(m.group(1))) {
                    missing.add(m.group(1));
                }
            }
        }
        if (!missing.isEmpty()) {
            String name = missing.iterator().next();
            throw new IllegalArgumentException("the pact's requests need the credential" + (missing.size() == 1 ? " '" : "s '")
                    + String.join("', '", missing) + "' (placeholder REDACTED-" + name + "); give it with --credential " + name + "=<value>");
        }
    }

    private Recording replay(PactFile.Entry entry, Replayer replayer, Scrubber scrubber) {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        ArrayNode states = JsonNodeFactory.instance.arrayNode();
        for (ProviderState state : entry.states()) {
            ObjectNode s = states.addObject().put("name", state.getName());
            s.set("params", MAPPER.valueToTree(state.getParams()));
        }
        if (!entry.states().isEmpty() && options.stateUrl().isEmpty()) {
            entry.states().forEach(s -> notes.add("provider state '" + s.getName() + "' not set up: no --state-url"));
        }
        options.stateUrl().ifPresent(url -> changeStates(entry, url, "setup", replayer, notes));

        HttpRequest request = entry.interaction().getRequest();
        String body = request.getBody().isPresent() ? fill(request.getBody().valueAsString()) : "";
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name, values.stream().map(this::fill).toList()));
        Replayer.Answer answer = replayer.send(request.getMethod().toUpperCase(Locale.ROOT), uri(request), headers, body);
        notes.addAll(answer.notes());

        options.stateUrl().ifPresent(url -> changeStates(entry, url, "teardown", replayer, notes));
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        Scrubber.Redacted redacted = responseBody(answer, scrubber, notes);
        return new Recording(entry.description(), entry.dataActionFile().orElse(""), states, requestSummary(request, scrubber),
                answer.answered() ? Recording.Outcome.RECORDED : Recording.Outcome.VENDOR_UNAVAILABLE,
                answer.status(), scrubber.headers(answer.headers()), redacted.body(), clock.instant(), answer.attempts(),
                elapsed, scrubber.text(answer.unavailable()), notes.stream().map(scrubber::text).toList(), redacted.paths());
    }

    private void changeStates(PactFile.Entry entry, URI url, String action, Replayer replayer, List<String> notes) {
        for (ProviderState state : entry.states()) {
            ObjectNode change = JsonNodeFactory.instance.objectNode().put("state", state.getName());
            change.set("params", MAPPER.valueToTree(state.getParams()));
            change.put("action", action);
            String problem = replayer.stateChange(url, change.toString());
            if (!problem.isEmpty()) {
                notes.add("provider state '" + state.getName() + "' " + action + " failed: " + problem);
            }
        }
    }

    /**
     * The body as stored: JSON redacted path by path, other text with credentials masked. Fails closed: when redact
     * paths are set and the body does not parse as JSON (a BOM is stripped first), only a placeholder is stored.
     */
    private static Scrubber.Redacted responseBody(Replayer.Answer answer, Scrubber scrubber, List<String> notes) {
        if (answer.body() == null || answer.body().isEmpty()) {
            return new Scrubber.Redacted(MissingNode.getInstance(), List.of());
        }
        String text = answer.body().startsWith("\uFEFF") ? answer.body().substring(1) : answer.body();
        JsonNode parsed;
        String problem = "";
        try {
            parsed = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            parsed = null;
            // Jackson's message may quote the body itself: only where it stopped is reported.
            problem = e.getLocation() == null ? "not JSON" : "not JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        }
        if (parsed == null || parsed.isMissingNode()) {
            if (!scrubber.redactsPaths()) {
                return new Scrubber.Redacted(TextNode.valueOf(scrubber.text(text)), List.of());
            }
            String contentType = answer.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("content-type"))
                    .flatMap(h -> h.getValue().stream()).findFirst().orElse("none");
            notes.add("the body is " + problem + ", so the --redact paths cannot be applied: only a placeholder was stored");
            return new Scrubber.Redacted(TextNode.valueOf("[REDACTED: unparsable body, " + Excerpt.describe(answer.body())
                    + ", content type " + scrubber.text(contentType) + "]"), List.of("$"));
        }
        Scrubber.Redacted redacted = scrubber.redactPaths(parsed);
        return new Scrubber.Redacted(scrubber.json(redacted.body()), redacted.paths());
    }

    /** What was asked, as the pact states it: credentials stay placeholders. */
    private static JsonNode requestSummary(HttpRequest request, Scrubber scrubber) {
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put("method", request.getMethod().toUpperCase(Locale.ROOT));
        summary.put("path", request.getPath());
        if (!request.getQuery().isEmpty()) {
            ObjectNode query = summary.putObject("query");
            new TreeMap<>(request.getQuery()).forEach((k, v) -> v.forEach(query.withArray(k)::add));
        }
        ObjectNode headers = summary.putObject("headers");
        scrubber.headers(new TreeMap<>(request.getHeaders())).forEach((k, v) -> v.forEach(headers.withArray(k)::add));
        if (request.getBody().isPresent()) {
            summary.put("body", request.getBody().valueAsString());
        }
        return scrubber.json(summary);
    }

    private URI uri(HttpRequest request) {
        String base = options.baseUrl().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String path = fill(request.getPath());
        StringBuilder uri = new StringBuilder(base).append(encodePath(path.startsWith("/") ? path : "/" + path));
        String separator = "?";
        for (Map.Entry<String, List<String>> q : request.getQuery().entrySet()) {
            for (String value : q.getValue()) {
                uri.append(separator).append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(fill(value == null ? "" : value), StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        return URI.create(uri.toString());
    }

    /** Replaces the pact's credential placeholders with the real values. */
    private String fill(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(options.credentials().getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Percent-encodes what a URI path may not hold; {@code %} is kept, as pact paths may already be encoded. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static Path createRunDirectory(Path outDirectory, Instant started) {
        String id = RUN_ID.format(started);
        try {
            Files.createDirectories(outDirectory);
            Path dir = outDirectory.resolve(id);
            for (int n = 2; Files.exists(dir); n++) {
                dir = outDirectory.resolve(id + "-" + n);
            }
            return Files.createDirectory(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the recording directory under " + outDirectory + " (" + e + ")", e);
        }
    }

    private static void write(Path file, JsonNode json, Scrubber scrubber) {
        try {
            // Last line of defence: whatever slipped past the field-by-field redaction is masked in the text itself.
            Files.writeString(file, scrubber.text(MAPPER.writeValueAsString(json)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + file + " (" + e.getMessage() + ")", e);
        }
    }

    static String slug(String description) {
        String slug = description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-$", "") : slug;
    }
}
