package org.dataactioncontracts.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls a running provider over a real socket. */
final class HttpTestClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    HttpTestClient(RunningProvider provider) {
        this.base = provider.baseUri();
    }

    /** GET {@code pathAndQuery} (already encoded) with header name/value pairs. */
    Reply get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(5)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** POST {@code body} as JSON to {@code pathAndQuery}. */
    Reply post(String pathAndQuery, String body) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** {@code method} (POST, PUT, PATCH) with {@code body} of {@code contentType} to {@code pathAndQuery}. */
    Reply send(String method, String pathAndQuery, String contentType, String body) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST a Pact state change. */
    Reply state(String action, String state, String paramsJson) {
        return post("/_pact/state", "{\"state\": " + quote(state) + ", \"params\": " + paramsJson
                + ", \"action\": \"" + action + "\"}");
    }

    Reply setup(String state, String paramsJson) {
        return state("setup", state, paramsJson);
    }

    Reply teardown(String state) {
        return state("teardown", state, "{}");
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), MAPPER.readTree(response.body()), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status, parsed JSON body, raw body and Content-Type of one response. */
    record Reply(int status, JsonNode json, String raw, String contentType) {
    }
}
