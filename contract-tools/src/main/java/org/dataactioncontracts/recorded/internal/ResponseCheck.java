package org.dataactioncontracts.recorded.internal;

import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.HeaderMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.matchers.StatusMismatch;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.HttpResponse;
import au.com.dius.pact.core.model.OptionalBody;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.pact.internal.PactPaths;
import org.dataactioncontracts.text.internal.Excerpt;
import org.dataactioncontracts.recorded.Recording;

/** Checks a recorded response against the pact's expectations with pact-jvm's own matching engine. */
final class ResponseCheck {
    /** The mismatches worth reporting, and those ignored because they are at redacted paths. */
    record Result(List<String> mismatches, List<String> ignored) {
    }

    private ResponseCheck() {
    }

    static Result check(PactFile pact, PactFile.Entry entry, Recording recording) {
        HttpResponse actual = toPactResponse(recording);
        List<Mismatch> mismatches = ResponseMatching.responseMismatches(pact.pact(), entry.interaction(), actual);
        List<String> reported = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Mismatch mismatch : mismatches) {
            String text = describe(mismatch);
            if (mismatch instanceof BodyMismatch body && PactPaths.enclosedByAny(body.getPath(), recording.redactedPaths())) {
                ignored.add(text);
            } else if (!reported.contains(text)) {
                reported.add(text);
            }
        }
        return new Result(reported, ignored);
    }

    static String describe(Mismatch mismatch) {
        // pact-jvm quotes the actual value: a huge recorded body becomes an excerpt with its size and hash.
        String text = Excerpt.of(mismatch.description().replaceAll("\\R\\s*", " ").strip(), Excerpt.MESSAGE_CHARS * 5);
        if (mismatch instanceof BodyMismatch body) {
            return "body " + body.getPath() + ": " + text;
        }
        if (mismatch instanceof HeaderMismatch header) {
            return "header " + header.getHeaderKey() + ": " + text;
        }
        if (mismatch instanceof StatusMismatch) {
            return "status: " + text;
        }
        return mismatch.type() + ": " + text;
    }

    /** The recording as pact-jvm's response model, so its matchers see what the vendor sent. */
    static HttpResponse toPactResponse(Recording recording) {
        Map<String, List<String>> headers = new LinkedHashMap<>(recording.headers());
        String contentType = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("content-type"))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        OptionalBody body;
        if (recording.body().isMissingNode()) {
            body = OptionalBody.empty();
        } else {
            String text = recording.body().isTextual() && !looksJson(contentType) ? recording.body().asText() : recording.body().toString();
            body = OptionalBody.body(text.getBytes(StandardCharsets.UTF_8),
                    new ContentType(contentType != null ? contentType : recording.body().isContainerNode() ? "application/json" : "text/plain"));
        }
        return new HttpResponse(recording.status(), headers, body);
    }

    private static boolean looksJson(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }
}
