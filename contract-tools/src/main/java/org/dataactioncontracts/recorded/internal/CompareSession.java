package org.dataactioncontracts.recorded.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataactioncontracts.recorded.CompareOptions;
import org.dataactioncontracts.recorded.CompareReport;
import org.dataactioncontracts.recorded.CompareReport.Result;
import org.dataactioncontracts.recorded.CompareReport.Verdict;
import org.dataactioncontracts.recorded.Recording;
import org.dataactioncontracts.recorded.RecordingRun;

/** One {@code dac compare}: the newest run of a recordings directory against a pact. */
public final class CompareSession {
    private final CompareOptions options;

    public CompareSession(CompareOptions options) {
        this.options = options;
    }

    public CompareReport compare(Path pactFile, Path recordingsDirectory) {
        PactFile pact = PactFile.load(pactFile);
        options.actions().filter(a -> !Files.isDirectory(a)).ifPresent(a -> {
            throw new IllegalArgumentException("--actions " + a + " is not a directory of Data Action files");
        });
        for (Map.Entry<String, Path> m : options.middleware().entrySet()) {
            if (!Files.isRegularFile(m.getValue())) {
                throw new IllegalArgumentException("middleware " + m.getValue() + " for " + m.getKey() + " does not exist");
            }
        }
        List<RecordingRun> runs = RecordingRun.history(recordingsDirectory);
        RecordingRun current = runs.get(runs.size() - 1);
        String recordedProvider = current.run().path("provider").asText("");
        if (!recordedProvider.isEmpty() && !recordedProvider.equals(pact.provider())) {
            throw new IllegalArgumentException("the recordings in " + current.directory() + " are of provider '" + recordedProvider
                    + "', the pact " + pactFile + " is of '" + pact.provider() + "'; give the pact they were recorded from");
        }
        List<RecordingRun> earlier = runs.subList(0, runs.size() - 1);
        TranslationCheck translation = new TranslationCheck(options.actions(), options.middleware());

        List<Result> results = new ArrayList<>();
        for (PactFile.Entry entry : pact.entries()) {
            results.add(compare(pact, entry, current, earlier, translation));
        }
        return new CompareReport(pactFile.toString(), pact.consumer(), pact.provider(), current.id(),
                earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1).id()), results);
    }

    private static Result compare(PactFile pact, PactFile.Entry entry, RecordingRun current, List<RecordingRun> earlier,
                                  TranslationCheck translation) {
        String file = entry.dataActionFile().orElse("");
        Optional<Recording> found = current.find(entry.description());
        if (found.isEmpty()) {
            String suffix = "-" + RecordSession.slug(entry.description()) + ".json";
            Optional<Map.Entry<String, String>> unreadable = current.unreadable().entrySet().stream()
                    .filter(u -> u.getKey().endsWith(suffix)).findFirst();
            if (unreadable.isPresent()) {
                return new Result(entry.description(), file, Verdict.ERROR, List.of(), List.of(), List.of(), List.of(),
                        List.of("the recording " + unreadable.get().getKey() + " cannot be read: " + unreadable.get().getValue()));
            }
            return new Result(entry.description(), file, Verdict.NOT_RECORDED, List.of(), List.of(), List.of(), List.of(),
                    List.of("run " + current.id() + " has no recording of this interaction (was the pact changed since?)"));
        }
        Recording recording = found.get();
        List<String> notes = new ArrayList<>(recording.notes());
        if (recording.outcome() == Recording.Outcome.VENDOR_UNAVAILABLE) {
            notes.add(0, "vendor unavailable: " + recording.reason());
            return new Result(entry.description(), file, Verdict.VENDOR_UNAVAILABLE, List.of(), List.of(), List.of(), List.of(), notes);
        }
        ResponseCheck.Result response = ResponseCheck.check(pact, entry, recording);
        response.ignored().forEach(m -> notes.add("not checked, the value is redacted: " + m));
        TranslationCheck.Result translated = translation.check(entry, recording);
        notes.addAll(translated.notes());
        List<String> warnings = DriftCheck.check(entry, recording, previous(entry.description(), earlier));

        List<String> outputs = new ArrayList<>(translated.breaks());
        outputs.addAll(translated.findings());
        Verdict verdict;
        if (!response.mismatches().isEmpty() || !translated.breaks().isEmpty()) {
            verdict = Verdict.BREAK;
        } else if (!translated.findings().isEmpty() || !warnings.isEmpty()) {
            verdict = Verdict.WARNING;
        } else {
            verdict = Verdict.PASS;
        }
        return new Result(entry.description(), file, verdict, response.mismatches(), outputs, translated.affectedOutputs(),
                warnings, notes);
    }

    /** The latest earlier recording of the interaction that got an answer. */
    private static Optional<Recording> previous(String description, List<RecordingRun> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Optional<Recording> r = earlier.get(i).find(description).filter(x -> x.outcome() == Recording.Outcome.RECORDED);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }
}
