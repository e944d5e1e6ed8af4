package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An authenticated connection to one Genesys Cloud org's Platform API: OAuth client credentials read from the
 * environment only, the region's hosts (or {@code --api-url}/{@code --login-url}), bounded retries of 429 and 5xx
 * answers that honour {@code Retry-After}. Every credential and the token are registered with the {@link Context} so
 * that nothing printed can contain them.
 */
final class OrgConnection {
    static final String CLIENT_ID = "GENESYSCLOUD_OAUTHCLIENT_ID";
    static final String CLIENT_SECRET = "GENESYSCLOUD_OAUTHCLIENT_SECRET";
    static final String REGION = "GENESYSCLOUD_REGION";
    /** Exit code of the org commands when the org cannot be reached, refuses the credentials or keeps failing. */
    static final int EXIT_ORG = org.dataactioncontracts.cli.Dac.EXIT_ORG_UNAVAILABLE;
    /** Attempts per request: the first and three retries. */
    static final int ATTEMPTS = 4;
    /** The longest wait between attempts, whatever Retry-After asks for: a CI step should fail rather than hang. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    /** The Genesys Cloud regions and their domain, as the Platform API SDKs name them (api.DOMAIN, login.DOMAIN). */
    static final Map<String, String> REGIONS = regions();

    private static Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("us-east-1", "mypurecloud.com");
        regions.put("us-east-2", "use2.us-gov-pure.cloud");
        regions.put("us-west-2", "usw2.pure.cloud");
        regions.put("ca-central-1", "cac1.pure.cloud");
        regions.put("sa-east-1", "sae1.pure.cloud");
        regions.put("eu-west-1", "mypurecloud.ie");
        regions.put("eu-west-2", "euw2.pure.cloud");
        regions.put("eu-central-1", "mypurecloud.de");
        regions.put("eu-central-2", "euc2.pure.cloud");
        regions.put("me-central-1", "mec1.pure.cloud");
        regions.put("ap-south-1", "aps1.pure.cloud");
        regions.put("ap-southeast-2", "mypurecloud.com.au");
        regions.put("ap-northeast-1", "mypurecloud.jp");
        regions.put("ap-northeast-2", "apne2.pure.cloud");
        regions.put("ap-northeast-3", "apne3.pure.cloud");
        return Map.copyOf(regions);
    }

    /** A failed API call: the HTTP status (0 when there was no answer) and Genesys's error message. */
    static final class OrgException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        OrgException(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** Whether a request may be sent again after a 5xx or a lost connection without doing its work twice. */
    enum Retry { SAFE, ONLY_THROTTLED }

    private final Context context;
    private final HttpClient http;
    private final URI api;
    private final String host;
    private final Sleeper sleeper;
    private String token;

    /** How the connection waits between attempts; tests count the waits instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private OrgConnection(Context context, URI api, String host, Sleeper sleeper) {
        this.context = context;
        this.api = api;
        this.host = host;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The options every org command shares. */
    static final class Options {
        @picocli.CommandLine.Option(names = "--region", paramLabel = "<region>",
                description = "The org's region, e.g. us-east-1, eu-west-1 (default: the GENESYSCLOUD_REGION environment variable).")
        String region;

        @picocli.CommandLine.Option(names = "--api-url", paramLabel = "<url>",
                description = "Override the region's API host (tests, private deployments), e.g. http://localhost:8080.")
        String apiUrl;

        @picocli.CommandLine.Option(names = "--login-url", paramLabel = "<url>",
                description = "Override the region's login host (OAuth token endpoint).")
        String loginUrl;
    }

    /**
     * Signs in with the client credentials from the environment.
     *
     * @throws UsageException when a credential, the region or a URL is missing or invalid
     * @throws OrgException   when the org cannot be reached or refuses the credentials
     */
    static OrgConnection open(Context context, Options options) {
        return open(context, options, d -> Thread.sleep(d.toMillis()));
    }

    static OrgConnection open(Context context, Options options, Sleeper sleeper) {
        String id = credential(context, CLIENT_ID);
        String secret = credential(context, CLIENT_SECRET);
        URI api;
        URI login;
        if (options.apiUrl != null || options.loginUrl != null) {
            if (options.apiUrl == null || options.loginUrl == null) {
                throw new UsageException("--api-url and --login-url go together: give both, or neither and a --region");
            }
            api = url("--api-url", options.apiUrl);
            login = url("--login-url", options.loginUrl);
        } else {
            String region = Optional.ofNullable(options.region).or(() -> context.env(REGION))
                    .orElseThrow(() -> new UsageException("no region: give --region (e.g. us-east-1) or set " + REGION));
            String domain = REGIONS.get(region.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (domain == null) {
                throw new UsageException("unknown region '" + region + "'; use one of " + String.join(", ", REGIONS.keySet().stream().sorted().toList())
                        + ", or --api-url and --login-url");
            }
            api = URI.create("https://api." + domain);
            login = URI.create("https://login." + domain);
        }
        OrgConnection connection = new OrgConnection(context, api, api.getHost() + (api.getPort() < 0 ? "" : ":" + api.getPort()), sleeper);
        connection.signIn(login, id, secret);
        return connection;
    }

    private static String credential(Context context, String name) {
        String value = context.env(name).orElseThrow(() -> new UsageException(name + " is not set: dac reads the org's OAuth client "
                + "from the environment only (" + CLIENT_ID + ", " + CLIENT_SECRET + "), never from arguments or files"));
        context.addSecret(value);
        return value;
    }

    private static URI url(String option, String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new UsageException(option + " '" + text + "' is not an http(s) URL with a host");
            }
            if ("http".equals(uri.getScheme()) && !isLoopback(uri.getHost())) {
                // The client secret and the token travel in headers: plain http only to this machine (tests, a local proxy).
                throw new UsageException(option + " '" + text + "' is plain http to another machine; use https (http only for localhost)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException(option + " '" + text + "' is not a valid URL (" + e.getReason() + ")");
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    /** The API host, for messages (never a credential). */
    String host() {
        return host;
    }

    private void signIn(URI login, String id, String secret) {
        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        context.addSecret(basic);
        HttpRequest request = HttpRequest.newBuilder(URI.create(login + "/oauth/token")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        HttpResponse<String> response = send(request, "POST /oauth/token", Retry.SAFE);
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || !body.path("access_token").isTextual()) {
            String reason = body.path("error").asText(body.path("message").asText("HTTP " + response.statusCode()));
            throw new OrgException(response.statusCode(), "the login host refused the OAuth client from " + CLIENT_ID + "/" + CLIENT_SECRET
                    + " (" + reason + "); check the client, its secret and the region");
        }
        token = body.path("access_token").textValue();
        context.addSecret(token);
    }

    /** {@code GET path}; the path may carry a query. */
    JsonNode get(String path) {
        return call("GET", path, null, Retry.SAFE);
    }

    /**
     * Sends a request and returns the answer's JSON body (an empty object for 204).
     *
     * @throws OrgException for any status outside 2xx, after the retries
     */
    JsonNode call(String method, String path, JsonNode body, Retry retry) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = send(request.build(), method + " " + path, retry);
        if (response.statusCode() / 100 != 2) {
            JsonNode error = parse(response.body());
            String message = error.path("message").asText("").isBlank() ? "no message" : error.path("message").asText();
            throw new OrgException(response.statusCode(), method + " " + path + " answered " + response.statusCode()
                    + (error.path("code").isTextual() ? " " + error.path("code").asText() : "") + ": " + message);
        }
        return response.body() == null || response.body().isBlank() ? Json.MAPPER.createObjectNode() : parse(response.body());
    }

    private HttpResponse<String> send(HttpRequest request, String what, Retry retry) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (retry == Retry.ONLY_THROTTLED || attempt == ATTEMPTS) {
                    throw new OrgException(0, what + " got no answer from " + request.uri().getHost() + " (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
                }
                pause(backoff(attempt), what + " got no answer", attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OrgException(0, what + " was interrupted");
            }
            int status = response.statusCode();
            boolean retryable = status == 429 || (status >= 500 && retry == Retry.SAFE);
            if (!retryable || attempt == ATTEMPTS) {
                if (retryable) {
                    throw new OrgException(status, what + " answered " + status + " " + ATTEMPTS + " times; giving up (the org is busy or unavailable, try again later)");
                }
                return response;
            }
            Duration wait = response.headers().firstValue("Retry-After").flatMap(OrgConnection::seconds).orElse(backoff(attempt));
            pause(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait, what + " answered " + status, attempt);
        }
    }

    private void pause(Duration wait, String why, int attempt) {
        context.error("  retry: " + why + "; waiting " + wait.toSeconds() + " s (attempt " + (attempt + 1) + " of " + ATTEMPTS + ")");
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrgException(0, "interrupted while waiting to retry");
        }
    }

    private static Duration backoff(int attempt) {
        return Duration.ofSeconds(1L << (attempt - 1));
    }

    /** Retry-After as delay-seconds; an HTTP date is not honoured (the back-off applies). */
    private static Optional<Duration> seconds(String value) {
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return Json.MAPPER.createObjectNode().put("message", "a response that is not JSON");
        }
    }

    /** A query parameter value, URL-encoded. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
