package org.dataactioncontracts.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TEST DOUBLE of the Pact Broker's HAL API, in memory, for running the {@code ci/} scripts (and through them the
 * official Pact CLI) where no real broker can run. It is not a broker: it implements just the resources the CLI's
 * {@code broker publish}, {@code broker can-i-deploy}, {@code broker record-deployment} and {@code verifier} use, with
 * a simplified model (one pact per consumer version and provider, the newest version of a branch is the last one
 * published, the main branch is {@code main}), and records every request it receives so tests can assert on them.
 * Real broker logic (409 on changed content, the full matrix, WIP rules) is only exercised against a real broker.
 *
 * <p>Resources: {@code GET /} (index), {@code POST /contracts/publish}, {@code POST /pacts/provider/{p}/for-verification},
 * {@code GET /pacts/provider/{p}/consumer/{c}/version/{v}}, {@code POST …/verification-results},
 * {@code GET /pacticipants/{p}}, {@code PUT /pacticipants/{p}/branches/{b}/versions/{v}},
 * {@code GET /pacticipants/{p}/versions/{v}}, {@code POST /pacticipants/{p}/versions/{v}/deployed-versions/environment/{uuid}},
 * {@code GET /environments}, {@code GET /matrix}.
 */
final class PactBrokerTestDouble implements AutoCloseable {

    /** One HTTP request as received, for assertions. */
    record Request(String method, String path, String query, String authorization, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return method + " " + path + (query == null ? "" : "?" + query);
        }
    }

    record Version(String pacticipant, String number, String branch, String buildUrl) { }

    record PublishedPact(String consumer, String consumerVersion, String provider, JsonNode content, Instant publishedAt) { }

    record VerificationResult(int id, String consumer, String consumerVersion, String provider, String providerVersion,
                              boolean success, JsonNode body) { }

    record Deployment(String pacticipant, String version, String environment) { }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MAIN_BRANCH = "main";

    private final HttpServer server;
    private final String expectedAuthorization;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Version> versions = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<PublishedPact> pacts = new CopyOnWriteArrayList<>();
    private final List<VerificationResult> results = new CopyOnWriteArrayList<>();
    private final Map<String, String> environments = Collections.synchronizedMap(new LinkedHashMap<>()); // name -> uuid
    private final List<Deployment> deployments = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** Starts on a free loopback port; every request must carry {@code Authorization: Bearer <token>}. */
    static PactBrokerTestDouble start(String bearerToken) throws IOException {
        return new PactBrokerTestDouble("Bearer " + bearerToken);
    }

    /** Starts on a free loopback port; every request must carry HTTP basic credentials. */
    static PactBrokerTestDouble startWithBasicAuth(String username, String password) throws IOException {
        return new PactBrokerTestDouble("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private PactBrokerTestDouble(String expectedAuthorization) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        environment("test");
        environment("production");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String method, String pathRegex) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().matches(pathRegex)).toList();
    }

    List<PublishedPact> pacts() {
        return List.copyOf(pacts);
    }

    List<VerificationResult> verificationResults() {
        return List.copyOf(results);
    }

    List<Deployment> deployments() {
        return List.copyOf(deployments);
    }

    Optional<Version> version(String pacticipant, String number) {
        return Optional.ofNullable(versions.get(pacticipant + "/" + number));
    }

    /** Seeds an environment (the broker seeds {@code test} and {@code production}). */
    PactBrokerTestDouble environment(String name) {
        environments.putIfAbsent(name, UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
        return this;
    }

    /** Seeds "version {@code version} of {@code pacticipant} is deployed to {@code environment}" (e.g. a provider). */
    PactBrokerTestDouble deployed(String pacticipant, String version, String environment) {
        versions.putIfAbsent(pacticipant + "/" + version, new Version(pacticipant, version, MAIN_BRANCH, null));
        deployments.add(new Deployment(pacticipant, version, environment));
        return this;
    }

    /** Seeds a verification result, as a provider build would publish it. */
    PactBrokerTestDouble verified(String consumer, String consumerVersion, String provider, String providerVersion, boolean success) {
        versions.putIfAbsent(provider + "/" + providerVersion, new Version(provider, providerVersion, MAIN_BRANCH, null));
        results.add(new VerificationResult(ids.incrementAndGet(), consumer, consumerVersion, provider, providerVersion, success,
                MAPPER.createObjectNode().put("success", success)));
        return this;
    }

    /** Seeds a published pact (content: a minimal pact between the two). */
    PactBrokerTestDouble published(String consumer, String consumerVersion, String branch, String provider) {
        versions.putIfAbsent(consumer + "/" + consumerVersion, new Version(consumer, consumerVersion, branch, null));
        ObjectNode pact = MAPPER.createObjectNode();
        pact.putObject("consumer").put("name", consumer);
        pact.putObject("provider").put("name", provider);
        pact.putArray("interactions");
        pact.putObject("metadata").putObject("pactSpecification").put("version", "4.0");
        pacts.add(new PublishedPact(consumer, consumerVersion, provider, pact, Instant.now()));
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    // ------------------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"), body);
        requests.add(request);
        if (Boolean.getBoolean("broker.double.trace")) {   // -DargLine=-Dbroker.double.trace=true: what the CLI sends
            System.err.println("broker double: " + request + " " + request.body().substring(0, Math.min(300, request.body().length())));
        }
        try {
            if (!expectedAuthorization.equals(request.authorization())) {
                send(exchange, 401, MAPPER.createObjectNode().put("error", "Unauthorized"));
                return;
            }
            Response response = route(request);
            send(exchange, response.status(), response.body());
        } catch (RuntimeException e) {
            send(exchange, 500, MAPPER.createObjectNode().put("error", String.valueOf(e)));
        }
    }

    private record Response(int status, JsonNode body) { }

    private static final Pattern FOR_VERIFICATION = Pattern.compile("/pacts/provider/([^/]+)/for-verification");
    private static final Pattern PACT = Pattern.compile("/pacts/provider/([^/]+)/consumer/([^/]+)/version/([^/]+)");
    private static final Pattern RESULTS = Pattern.compile(PACT.pattern() + "/verification-results");
    private static final Pattern PACTICIPANT = Pattern.compile("/pacticipants/([^/]+)");
    private static final Pattern BRANCH_VERSION = Pattern.compile("/pacticipants/([^/]+)/branches/([^/]+)/versions/([^/]+)");
    private static final Pattern VERSION = Pattern.compile("/pacticipants/([^/]+)/versions/([^/]+)");
    private static final Pattern DEPLOY = Pattern.compile(VERSION.pattern() + "/deployed-versions/environment/([^/]+)");

    private Response route(Request r) {
        String path = r.path().replaceAll("/+$", "");
        Matcher m;
        if (r.method().equals("GET") && path.isEmpty()) {
            return ok(index());
        }
        if (r.method().equals("POST") && path.equals("/contracts/publish")) {
            return publish(r.json());
        }
        if (r.method().equals("GET") && (m = FOR_VERIFICATION.matcher(path)).matches()) {
            // The resource describes itself; clients then POST their selectors to its self link.
            ObjectNode resource = MAPPER.createObjectNode();
            ObjectNode links = resource.putObject("_links");
            links.putObject("self").put("href", baseUrl() + path).put("title", "Pacts to be verified");
            return ok(resource);
        }
        if (r.method().equals("POST") && (m = FOR_VERIFICATION.matcher(path)).matches()) {
            return ok(pactsForVerification(decode(m.group(1)), r.json()));
        }
        if (r.method().equals("POST") && (m = RESULTS.matcher(path)).matches()) {
            return publishResult(decode(m.group(1)), decode(m.group(2)), decode(m.group(3)), r.json());
        }
        if (r.method().equals("GET") && (m = PACT.matcher(path)).matches()) {
            return pact(decode(m.group(1)), decode(m.group(2)), decode(m.group(3)));
        }
        if (r.method().equals("PUT") && (m = BRANCH_VERSION.matcher(path)).matches()) {
            String key = decode(m.group(1)) + "/" + decode(m.group(3));
            Version old = versions.get(key);
            versions.put(key, new Version(decode(m.group(1)), decode(m.group(3)), decode(m.group(2)), old == null ? null : old.buildUrl()));
            return ok(MAPPER.createObjectNode().put("name", decode(m.group(2))));
        }
        if (r.method().equals("POST") && (m = DEPLOY.matcher(path)).matches()) {
            return recordDeployment(decode(m.group(1)), decode(m.group(2)), m.group(3));
        }
        if (r.method().equals("GET") && (m = VERSION.matcher(path)).matches()) {
            return pacticipantVersion(decode(m.group(1)), decode(m.group(2)));
        }
        if (r.method().equals("GET") && (m = PACTICIPANT.matcher(path)).matches()) {
            String name = decode(m.group(1));
            boolean known = versions.values().stream().anyMatch(v -> v.pacticipant().equals(name))
                    || pacts.stream().anyMatch(p -> p.provider().equals(name));
            if (!known) {
                return notFound();
            }
            ObjectNode p = MAPPER.createObjectNode().put("name", name).put("mainBranch", MAIN_BRANCH);
            ObjectNode links = p.putObject("_links");
            links.putObject("self").put("href", baseUrl() + "/pacticipants/" + encode(name));
            links.putObject("pb:branch-version").put("templated", true)
                    .put("href", baseUrl() + "/pacticipants/" + encode(name) + "/branches/{branch}/versions/{version}");
            return ok(p);
        }
        if (r.method().equals("GET") && path.equals("/environments")) {
            return ok(environmentsResource());
        }
        if (r.method().equals("GET") && path.equals("/matrix")) {
            return ok(matrix(r.query()));
        }
        return notFound();
    }

    private ObjectNode index() {
        ObjectNode index = MAPPER.createObjectNode();
        ObjectNode links = index.putObject("_links");
        link(links, "self", "", false);
        link(links, "pb:publish-contracts", "/contracts/publish", false);
        link(links, "pb:provider-pacts-for-verification", "/pacts/provider/{provider}/for-verification", true);
        link(links, "pb:pacticipant", "/pacticipants/{pacticipant}", true);
        link(links, "pb:pacticipant-version", "/pacticipants/{pacticipant}/versions/{version}", true);
        link(links, "pb:pacticipant-branch-version", "/pacticipants/{pacticipant}/branches/{branch}/versions/{version}", true);
        link(links, "pb:environments", "/environments", false);
        link(links, "pb:environment", "/environments/{uuid}", true);
        link(links, "pb:latest-provider-pacts", "/pacts/provider/{provider}/latest", true);
        return index;
    }

    private void link(ObjectNode links, String name, String path, boolean templated) {
        ObjectNode link = links.putObject(name).put("href", baseUrl() + path);
        if (templated) {
            link.put("templated", true);
        }
    }

    private Response publish(JsonNode body) {
        String consumer = body.path("pacticipantName").asText();
        String version = body.path("pacticipantVersionNumber").asText();
        if (consumer.isEmpty() || version.isEmpty() || !body.path("contracts").isArray()) {
            ObjectNode errors = MAPPER.createObjectNode();
            errors.putObject("errors").putArray("contracts").add("pacticipantName, pacticipantVersionNumber and contracts are required");
            return new Response(400, errors);
        }
        versions.put(consumer + "/" + version, new Version(consumer, version, textOrNull(body, "branch"), textOrNull(body, "buildUrl")));
        ObjectNode response = MAPPER.createObjectNode();
        ArrayNode notices = response.putArray("notices");
        ObjectNode links = response.putObject("_links");
        ArrayNode pactLinks = links.putArray("pb:pacts");
        for (JsonNode contract : body.path("contracts")) {
            String provider = contract.path("providerName").asText();
            JsonNode content;
            try {
                content = MAPPER.readTree(Base64.getDecoder().decode(contract.path("content").asText()));
            } catch (IOException | IllegalArgumentException e) {
                ObjectNode errors = MAPPER.createObjectNode();
                errors.putObject("errors").putArray("contracts").add("content is not base64-encoded JSON: " + e.getMessage());
                return new Response(400, errors);
            }
            pacts.removeIf(p -> p.consumer().equals(consumer) && p.consumerVersion().equals(version) && p.provider().equals(provider));
            pacts.add(new PublishedPact(consumer, version, provider, content, Instant.now()));
            notices.addObject().put("type", "success")
                    .put("text", "Pact published for " + consumer + " version " + version + " and provider " + provider + ".");
            pactLinks.addObject().put("href", pactUrl(provider, consumer, version)).put("name", "Pact between " + consumer + " and " + provider);
        }
        links.putObject("pb:pacticipant-version").put("href", baseUrl() + "/pacticipants/" + encode(consumer) + "/versions/" + encode(version));
        ObjectNode embedded = response.putObject("_embedded");
        embedded.putObject("pacticipant").put("name", consumer);
        embedded.putObject("version").put("number", version);
        return new Response(200, response);
    }

    private String pactUrl(String provider, String consumer, String version) {
        return baseUrl() + "/pacts/provider/" + encode(provider) + "/consumer/" + encode(consumer) + "/version/" + encode(version);
    }

    private ObjectNode pactsForVerification(String provider, JsonNode request) {
        String providerBranch = textOrNull(request, "providerVersionBranch");
        boolean includePending = request.path("includePendingStatus").asBoolean(false);
        String wipSince = textOrNull(request, "includeWipPactsSince");
        List<PublishedPact> selected = new ArrayList<>();
        Map<PublishedPact, List<String>> reasons = new LinkedHashMap<>();
        for (JsonNode selector : request.path("consumerVersionSelectors")) {
            List<PublishedPact> matches = new ArrayList<>();
            String reason;
            if (selector.path("mainBranch").asBoolean(false)) {
                matches.addAll(latestOnBranch(provider, MAIN_BRANCH));
                reason = "latest from the main branch";
            } else if (selector.path("matchingBranch").asBoolean(false)) {
                if (providerBranch != null) {
                    matches.addAll(latestOnBranch(provider, providerBranch));
                }
                reason = "latest from branch '" + providerBranch + "' (matching the provider branch)";
            } else if (selector.path("deployedOrReleased").asBoolean(false) || selector.path("deployed").asBoolean(false)) {
                for (PublishedPact p : pactsFor(provider)) {
                    if (deployments.stream().anyMatch(d -> d.pacticipant().equals(p.consumer()) && d.version().equals(p.consumerVersion()))) {
                        matches.add(p);
                    }
                }
                reason = "currently deployed or released";
            } else if (selector.hasNonNull("branch")) {
                matches.addAll(latestOnBranch(provider, selector.path("branch").asText()));
                reason = "latest from branch '" + selector.path("branch").asText() + "'";
            } else {
                continue;
            }
            for (PublishedPact p : matches) {
                if (!selected.contains(p)) {
                    selected.add(p);
                }
                reasons.computeIfAbsent(p, k -> new ArrayList<>()).add(reason);
            }
        }
        List<PublishedPact> wip = new ArrayList<>();
        if (wipSince != null && providerBranch != null) {
            Instant since = Instant.parse(wipSince.length() == 10 ? wipSince + "T00:00:00Z" : wipSince);
            for (String branch : consumerBranches(provider)) {
                for (PublishedPact p : latestOnBranch(provider, branch)) {
                    if (!selected.contains(p) && !p.publishedAt().isBefore(since) && !verifiedSuccessfullyByBranch(p, providerBranch)) {
                        wip.add(p);
                    }
                }
            }
        }
        ObjectNode response = MAPPER.createObjectNode();
        ArrayNode list = response.putObject("_embedded").putArray("pacts");
        for (PublishedPact p : selected) {
            boolean pending = includePending && providerBranch != null && !verifiedSuccessfullyByBranch(p, providerBranch);
            addForVerification(list, p, "Pact between " + p.consumer() + " (" + p.consumerVersion() + ") and " + provider
                    + ": " + String.join(", ", reasons.get(p)), includePending ? pending : null, false);
        }
        for (PublishedPact p : wip) {
            addForVerification(list, p, "Work in progress pact between " + p.consumer() + " (" + p.consumerVersion() + ") and " + provider,
                    true, true);
        }
        return response;
    }

    private void addForVerification(ArrayNode list, PublishedPact p, String description, Boolean pending, boolean wip) {
        ObjectNode entry = list.addObject().put("shortDescription", description);
        ObjectNode props = entry.putObject("verificationProperties");
        if (pending != null) {
            props.put("pending", pending);
        }
        if (wip) {
            props.put("wip", true);
        }
        props.putArray("notices").addObject().put("when", "before_verification").put("text", "The pact at "
                + pactUrl(p.provider(), p.consumer(), p.consumerVersion()) + " is being verified because it matches: " + description);
        entry.putObject("_links").putObject("self")
                .put("href", pactUrl(p.provider(), p.consumer(), p.consumerVersion())).put("name", description);
    }

    private List<PublishedPact> pactsFor(String provider) {
        return pacts.stream().filter(p -> p.provider().equals(provider)).toList();
    }

    private List<String> consumerBranches(String provider) {
        return pactsFor(provider).stream().map(p -> branchOf(p.consumer(), p.consumerVersion())).filter(Objects::nonNull).distinct().toList();
    }

    private String branchOf(String pacticipant, String version) {
        Version v = versions.get(pacticipant + "/" + version);
        return v == null ? null : v.branch();
    }

    /** The pact of the newest consumer version on that branch, per consumer. */
    private List<PublishedPact> latestOnBranch(String provider, String branch) {
        Map<String, PublishedPact> latest = new LinkedHashMap<>();
        for (PublishedPact p : pactsFor(provider)) {
            if (branch.equals(branchOf(p.consumer(), p.consumerVersion()))) {
                latest.put(p.consumer(), p);
            }
        }
        return List.copyOf(latest.values());
    }

    /** Pending is about content, as in the broker: the same pact content verified by this provider branch before. */
    private boolean verifiedSuccessfullyByBranch(PublishedPact p, String providerBranch) {
        return results.stream().anyMatch(r -> r.success() && r.consumer().equals(p.consumer()) && r.provider().equals(p.provider())
                && providerBranch.equals(branchOf(r.provider(), r.providerVersion()))
                && pacts.stream().anyMatch(q -> q.consumer().equals(r.consumer()) && q.provider().equals(r.provider())
                        && q.consumerVersion().equals(r.consumerVersion()) && q.content().equals(p.content())));
    }

    private Response pact(String provider, String consumer, String version) {
        Optional<PublishedPact> pact = pacts.stream().filter(p -> p.provider().equals(provider) && p.consumer().equals(consumer)
                && p.consumerVersion().equals(version)).findFirst();
        if (pact.isEmpty()) {
            return notFound();
        }
        ObjectNode body = pact.get().content().deepCopy();
        ObjectNode links = body.putObject("_links");
        String url = pactUrl(provider, consumer, version);
        links.putObject("self").put("href", url);
        links.putObject("pb:consumer-version").put("href", baseUrl() + "/pacticipants/" + encode(consumer) + "/versions/" + encode(version));
        links.putObject("pb:provider").put("href", baseUrl() + "/pacticipants/" + encode(provider));
        links.putObject("pb:publish-verification-results").put("title", "Publish verification results").put("href", url + "/verification-results");
        return ok(body);
    }

    private Response publishResult(String provider, String consumer, String consumerVersion, JsonNode body) {
        String providerVersion = textOrNull(body, "providerApplicationVersion");
        if (providerVersion == null || !body.has("success")) {
            ObjectNode errors = MAPPER.createObjectNode();
            errors.putObject("errors").putArray("providerApplicationVersion").add("providerApplicationVersion and success are required");
            return new Response(400, errors);
        }
        versions.putIfAbsent(provider + "/" + providerVersion, new Version(provider, providerVersion, null, textOrNull(body, "buildUrl")));
        VerificationResult result = new VerificationResult(ids.incrementAndGet(), consumer, consumerVersion, provider, providerVersion,
                body.path("success").asBoolean(), body);
        results.add(result);
        ObjectNode response = MAPPER.createObjectNode().put("success", result.success()).put("providerApplicationVersion", providerVersion);
        response.putObject("_links").putObject("self").put("href", resultUrl(result));
        return new Response(201, response);
    }

    private String resultUrl(VerificationResult r) {
        return pactUrl(r.provider(), r.consumer(), r.consumerVersion()) + "/verification-results/" + r.id();
    }

    private Response pacticipantVersion(String pacticipant, String number) {
        Version version = versions.get(pacticipant + "/" + number);
        if (version == null) {
            return notFound();
        }
        ObjectNode body = MAPPER.createObjectNode().put("number", number);
        if (version.branch() != null) {
            body.put("branch", version.branch());
        }
        ObjectNode links = body.putObject("_links");
        String self = baseUrl() + "/pacticipants/" + encode(pacticipant) + "/versions/" + encode(number);
        links.putObject("self").put("href", self);
        ArrayNode record = links.putArray("pb:record-deployment");
        environments.forEach((name, uuid) -> record.addObject().put("title", "Record deployment to " + name).put("name", name)
                .put("href", self + "/deployed-versions/environment/" + uuid));
        return ok(body);
    }

    private Response recordDeployment(String pacticipant, String version, String environmentUuid) {
        Optional<String> environment = environments.entrySet().stream().filter(e -> e.getValue().equals(environmentUuid))
                .map(Map.Entry::getKey).findFirst();
        if (environment.isEmpty() || !versions.containsKey(pacticipant + "/" + version)) {
            return notFound();
        }
        deployments.removeIf(d -> d.pacticipant().equals(pacticipant) && d.environment().equals(environment.get()));
        deployments.add(new Deployment(pacticipant, version, environment.get()));
        ObjectNode body = MAPPER.createObjectNode().put("uuid", UUID.randomUUID().toString()).put("currentlyDeployed", true);
        body.putObject("_embedded").putObject("environment").put("name", environment.get()).put("uuid", environmentUuid);
        return new Response(201, body);
    }

    private ObjectNode environmentsResource() {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode list = body.putObject("_embedded").putArray("environments");
        environments.forEach((name, uuid) -> list.addObject().put("uuid", uuid).put("name", name).put("displayName", name)
                .put("production", name.equals("production")).putObject("_links").putObject("self")
                .put("href", baseUrl() + "/environments/" + uuid));
        return body;
    }

    /**
     * The matrix for "can version V of consumer C be deployed to environment E": one row per pact that C version V has,
     * against each version of its provider currently deployed to E (a row without provider version when none is).
     * The summary follows the broker's rule: deployable is false when the version does not exist, null (unknown) when a
     * row has no verification result, else true when every row is verified successfully.
     */
    private ObjectNode matrix(String rawQuery) {
        Map<String, List<String>> query = parseQuery(rawQuery);
        String consumer = first(query, "q[][pacticipant]");
        String version = first(query, "q[][version]");
        String environment = first(query, "environment");
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode summary = body.putObject("summary");
        ArrayNode rows = body.putArray("matrix");
        ArrayNode notices = body.putArray("notices");
        if (consumer == null || version == null || !versions.containsKey(consumer + "/" + version)) {
            String reason = "No pacts or verifications have been published for version " + version + " of " + consumer;
            summary.put("deployable", false).put("reason", reason).put("success", 0).put("failed", 0).put("unknown", 0);
            notices.addObject().put("type", "error").put("text", reason);
            return body;
        }
        int success = 0;
        int failed = 0;
        int unknown = 0;
        List<String> texts = new ArrayList<>();
        for (PublishedPact pact : pacts.stream().filter(p -> p.consumer().equals(consumer) && p.consumerVersion().equals(version)).toList()) {
            List<String> providerVersions = deployments.stream()
                    .filter(d -> d.pacticipant().equals(pact.provider()) && d.environment().equals(environment))
                    .map(Deployment::version).toList();
            if (providerVersions.isEmpty()) {
                rows.add(row(pact, null, null));
                unknown++;
                texts.add("There is no verified pact between version " + version + " of " + consumer + " and a version of "
                        + pact.provider() + " currently in " + environment + " (no version of " + pact.provider() + " is recorded as deployed there)");
                continue;
            }
            for (String providerVersion : providerVersions) {
                Optional<VerificationResult> result = results.stream().filter(r -> r.consumer().equals(consumer)
                        && r.consumerVersion().equals(version) && r.provider().equals(pact.provider())
                        && r.providerVersion().equals(providerVersion)).reduce((a, b) -> b);
                rows.add(row(pact, providerVersion, result.orElse(null)));
                if (result.isEmpty()) {
                    unknown++;
                    texts.add("There is no verified pact between version " + version + " of " + consumer + " and version "
                            + providerVersion + " of " + pact.provider());
                } else if (result.get().success()) {
                    success++;
                } else {
                    failed++;
                    texts.add("The verification for the pact between version " + version + " of " + consumer + " and version "
                            + providerVersion + " of " + pact.provider() + " failed");
                }
            }
        }
        if (unknown > 0) {
            summary.putNull("deployable");
        } else {
            summary.put("deployable", failed == 0);
        }
        String reason = texts.isEmpty() ? "All required verification results are published and successful" : String.join("; ", texts);
        summary.put("reason", reason).put("success", success).put("failed", failed).put("unknown", unknown);
        notices.addObject().put("type", texts.isEmpty() ? "success" : "error").put("text", reason);
        return body;
    }

    private ObjectNode row(PublishedPact pact, String providerVersion, VerificationResult result) {
        ObjectNode row = MAPPER.createObjectNode();
        ObjectNode consumer = row.putObject("consumer").put("name", pact.consumer());
        consumer.putObject("version").put("number", pact.consumerVersion()).put("branch", branchOf(pact.consumer(), pact.consumerVersion()));
        ObjectNode provider = row.putObject("provider").put("name", pact.provider());
        if (providerVersion == null) {
            provider.putNull("version");
        } else {
            provider.putObject("version").put("number", providerVersion);
        }
        row.putObject("pact").put("createdAt", pact.publishedAt().toString()).putObject("_links").putObject("self")
                .put("href", pactUrl(pact.provider(), pact.consumer(), pact.consumerVersion()));
        if (result == null) {
            row.putNull("verificationResult");
        } else {
            ObjectNode vr = row.putObject("verificationResult").put("success", result.success());
            vr.putObject("_links").putObject("self").put("href", resultUrl(result));
        }
        return row;
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Response ok(JsonNode body) {
        return new Response(200, body);
    }

    private static Response notFound() {
        return new Response(404, MAPPER.createObjectNode().put("error", "The requested document was not found on this server."));
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/hal+json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
