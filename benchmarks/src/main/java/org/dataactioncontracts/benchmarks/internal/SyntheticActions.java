package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.dataactioncontracts.benchmarks.internal.BodySpec.Obj;
import org.dataactioncontracts.benchmarks.internal.Interaction.Credential;
import org.dataactioncontracts.benchmarks.internal.Interaction.Derived;
import org.dataactioncontracts.benchmarks.internal.Interaction.Given;
import org.dataactioncontracts.benchmarks.internal.Interaction.Request;
import org.dataactioncontracts.benchmarks.internal.SyntheticAction.Kind;

/**
 * The generator of synthetic but realistic Data Actions, deterministic: action {@code i} is the same whatever N is, so the
 * suites for N=50 contain those for N=10. The shapes cycle (GET by id, search, filter, POST) over a dozen resources.
 */
public final class SyntheticActions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String USER_AGENT = "PureCloudIntegrations/1.0";
    private static final String EMPTY_STRING_DEFAULT = "\"\"";
    private static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "CLOSED");
    private static final List<String> CHANNELS = List.of("sms", "email", "voice");
    private static final List<String> NOTE_STATES = List.of("OPEN", "QUEUED");
    private static final List<String> PEOPLE = List.of("Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson",
            "Edsger Dijkstra", "Barbara Liskov", "Margaret Hamilton", "Seán O'Brien");
    private static final List<String> CITIES = List.of("London", "Leuven", "Dublin", "Lyon", "Porto", "Graz");
    private static final List<Resource> RESOURCES = List.of(
            new Resource("Customer", "customers", "CUS"), new Resource("Order", "orders", "ORD"),
            new Resource("Invoice", "invoices", "INV"), new Resource("Ticket", "tickets", "TKT"),
            new Resource("Device", "devices", "DEV"), new Resource("Subscription", "subscriptions", "SUB"),
            new Resource("Shipment", "shipments", "SHP"), new Resource("Account", "accounts", "ACC"),
            new Resource("Claim", "claims", "CLM"), new Resource("Booking", "bookings", "BKG"),
            new Resource("Policy", "policies", "POL"), new Resource("Vehicle", "vehicles", "VEH"));

    /** A backend resource: {@code Order}, {@code /orders}, ids {@code ORD-0005}. */
    private record Resource(String singular, String plural, String idPrefix) {
        String lower() {
            return singular.toLowerCase(Locale.ROOT);
        }

        String idInput() {
            return lower() + "Id";
        }

        String pluralTitle() {
            return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
        }
    }

    /** A translationMap entry; {@code defaultJson} is its translationMapDefaults value, or null. */
    private record Field(String key, String path, String defaultJson) {
    }

    private SyntheticActions() {
    }

    /** Data Actions 1 to {@code count}. */
    public static List<SyntheticAction> generate(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(SyntheticActions::action).toList();
    }

    /** Data Action number {@code index} (from 1). */
    public static SyntheticAction action(int index) {
        Kind kind = Kind.values()[(index - 1) % Kind.values().length];
        Resource resource = RESOURCES.get((index - 1) / Kind.values().length % RESOURCES.size());
        String number = String.format(Locale.ROOT, "%04d", index);
        Credential credential = index % 2 == 1
                ? new Credential("token", "Authorization", "Bearer ", "CANARY-token-" + number)
                : new Credential("apiKey", "x-api-key", "", "CANARY-key-" + number);
        return switch (kind) {
            case GET_BY_ID -> getById(index, number, resource, credential);
            case SEARCH -> search(index, number, resource, credential);
            case FILTER -> contacts(index, number, resource, credential);
            case CREATE -> addNote(index, number, resource, credential);
        };
    }

    private static SyntheticAction getById(int index, String number, Resource r, Credential credential) {
        String id = r.idPrefix() + "-" + number;
        String person = pick(PEOPLE, index);
        String status = pick(STATUSES, index);
        List<Field> all = List.of(
                new Field(r.idInput(), "$.id", null),
                new Field("displayName", "$.name", null),
                new Field("status", "$.status", null),
                new Field("city", "$.address.city", EMPTY_STRING_DEFAULT),
                new Field("createdAt", "$.meta.createdAt", null),
                new Field("itemCount", "$.stats.itemCount", "0"),
                new Field("vip", "$.flags.vip", "false"));
        Map<String, BodySpec> spec = new LinkedHashMap<>();
        spec.put(r.idInput(), BodySpec.string(id));
        spec.put("displayName", BodySpec.string(person));
        spec.put("status", BodySpec.oneOf(status, STATUSES));
        spec.put("city", BodySpec.string(pick(CITIES, index)));
        spec.put("createdAt", BodySpec.string(timestamp(index)));
        spec.put("itemCount", BodySpec.integer(index % 40 + 1));
        spec.put("vip", BodySpec.bool(index % 3 == 0));
        // 4 to 7 fields, varying with the action number.
        List<Field> fields = all.subList(0, 4 + (index - 1) / Kind.values().length % 4);

        ObjectNode properties = NODES.objectNode();
        properties.set(r.idInput(), property("string", "Id of the " + r.lower() + "."));
        properties.set("displayName", property("string", "Name to show the agent."));
        properties.set("status", property("string", "Lifecycle status of the " + r.lower() + ".").set("enum", strings(STATUSES)));
        properties.set("city", property("string", "City of the postal address; empty when unknown."));
        properties.set("createdAt", property("string", "ISO-8601 instant the record was created."));
        properties.set("itemCount", property("integer", "Number of items; 0 when the backend omits it."));
        properties.set("vip", property("boolean", "True for VIP handling; false when the backend omits it."));
        ObjectNode outputProperties = NODES.objectNode();
        Map<String, Object> examples = new LinkedHashMap<>();
        ResponseTree response = new ResponseTree();
        for (Field field : fields) {
            outputProperties.set(field.key(), properties.get(field.key()));
            examples.put(field.key(), plain(spec.get(field.key())));
            response.put(field.path(), spec.get(field.key()));
        }

        String name = "Get " + r.singular() + " By Id " + number;
        ObjectNode export = export(name, url(r, "/" + pathInput(r)), "GET", headers(credential, "Accept"), "${input.rawRequest}", fields,
                successTemplate(fields.stream().map(Field::key).toList(), Map.of()),
                schema(r.singular() + " Id Request", "Reads one " + r.lower() + " for a screen pop.", Map.of(r.idInput(),
                        property("string", "Id of the " + r.lower() + ", e.g. " + id + ".")), r.idInput()),
                schema(r.singular(), "The " + r.lower() + " fields flows and scripts use.", fieldsOf(outputProperties)));

        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("/id", id);
        checks.put("/status", status);
        checks.put("/name", person);
        Interaction known = new Interaction("known" + r.singular(), "a known " + r.lower(), "record {id} exists", Map.of("id", id),
                Map.of(r.idInput(), id), get(r, "/" + id, Map.of(), credential), 200, response.build(), new Derived(examples),
                json(examples), checks);
        return new SyntheticAction(index, Kind.GET_BY_ID, name.replace(' ', '-'), name, export, credential,
                List.of(known, unknown(r, number, credential, "")));
    }

    private static SyntheticAction search(int index, String number, Resource r, Credential credential) {
        String id = r.idPrefix() + "-" + number;
        String person = pick(PEOPLE, index);
        String query = person + " " + index;
        int total = index % 5 + 1;
        boolean active = index % 3 != 0;
        List<Field> fields = List.of(
                new Field("total", "$.total", "0"),
                new Field("firstName", "$.items[0].name", EMPTY_STRING_DEFAULT),
                new Field("ids", "$.items[*].id", "[]"),
                new Field("firstActive", "$.items[0].active", "false"));
        Map<String, BodySpec> item = new LinkedHashMap<>();
        item.put("name", BodySpec.string(person));
        item.put("id", BodySpec.string(id));
        item.put("active", BodySpec.bool(active));
        Map<String, BodySpec> body = new LinkedHashMap<>();
        body.put("total", BodySpec.integer(total));
        body.put("items", new BodySpec.EachLike(new Obj(item)));

        String name = "Search " + r.pluralTitle() + " " + number;
        ObjectNode properties = NODES.objectNode();
        properties.set("total", property("integer", "Number of matching " + r.plural() + "."));
        properties.set("firstName", property("string", "Name on the best match; empty when nothing matched."));
        properties.set("ids", property("array", "Ids of the matches, best first.").set("items", NODES.objectNode().put("type", "string")));
        properties.set("firstActive", property("boolean", "Whether the best match is active; false when nothing matched."));
        ObjectNode export = export(name, url(r, "/search?q=$esc.url(${input.query})&limit=10"), "GET", headers(credential, "Accept"),
                "${input.rawRequest}", fields, successTemplate(fields.stream().map(Field::key).toList(), Map.of()),
                schema(r.singular() + " Search Request", "Searches " + r.plural() + " by a name as said or typed by the caller.",
                        Map.of("query", property("string", "Name or part of it; may contain spaces and apostrophes.")), "query"),
                schema(r.pluralTitle() + " Matches", "Up to 10 matches, best first.", fieldsOf(properties)));

        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("total", total);
        examples.put("firstName", person);
        examples.put("ids", id);
        examples.put("firstActive", active);
        ObjectNode output = NODES.objectNode().put("total", total).put("firstName", person).put("firstActive", active);
        output.putArray("ids").add(id);
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("/total", total);
        checks.put("/items/0/id", id);
        checks.put("/items/0/name", person);
        Interaction matches = new Interaction("matching" + r.pluralTitle(), "the query matches " + r.plural(),
                "records matching {query} exist", Map.of("query", query), Map.of("query", query),
                get(r, "/search", searchQuery(query), credential), 200, new Obj(body), new Derived(examples), output, checks);

        String nobody = "Zebedee " + index;
        Map<String, BodySpec> emptyBody = new LinkedHashMap<>();
        emptyBody.put("items", new BodySpec.EmptyArray());
        emptyBody.put("total", BodySpec.integer(0));
        ObjectNode defaults = NODES.objectNode().put("total", 0).put("firstName", "").put("firstActive", false);
        defaults.putArray("ids");
        Map<String, Object> emptyChecks = new LinkedHashMap<>();
        emptyChecks.put("/total", 0);
        emptyChecks.put("/items", List.of());
        Interaction none = new Interaction("noMatching" + r.pluralTitle(), "nothing matches the query", "no record matches {query}",
                Map.of("query", nobody), Map.of("query", nobody), get(r, "/search", searchQuery(nobody), credential), 200,
                new Obj(emptyBody), new Given("{\"items\": [], \"total\": 0}", "nothing matches: the flow sees the defaults"), defaults,
                emptyChecks);
        return new SyntheticAction(index, Kind.SEARCH, name.replace(' ', '-'), name, export, credential, List.of(matches, none));
    }

    private static SyntheticAction contacts(int index, String number, Resource r, Credential credential) {
        String id = r.idPrefix() + "-" + number;
        String person = pick(PEOPLE, index);
        String phone = "+1555" + String.format(Locale.ROOT, "%07d", 1_230_000 + index);
        String channel = pick(CHANNELS, index);
        List<Field> fields = List.of(
                new Field("ownerName", "$.name", null),
                new Field("mobileNumbers", "$.contacts[?(@.type=='mobile')].number", "[]"),
                new Field("preferredChannel", "$.preferences.channel", "\"voice\""));
        Map<String, BodySpec> contact = new LinkedHashMap<>();
        contact.put("type", BodySpec.literal("mobile"));
        contact.put("number", BodySpec.string(phone));
        Map<String, BodySpec> body = new LinkedHashMap<>();
        body.put("name", BodySpec.string(person));
        body.put("contacts", new BodySpec.Containing(new Obj(contact)));
        body.put("preferences", new Obj(Map.of("channel", BodySpec.oneOf(channel, CHANNELS))));

        String name = "Get " + r.singular() + " Contacts " + number;
        ObjectNode properties = NODES.objectNode();
        properties.set("ownerName", property("string", "Name of the " + r.lower() + "'s owner."));
        properties.set("mobileNumbers", property("array", "Every mobile number on record.").set("items",
                NODES.objectNode().put("type", "string")));
        properties.set("primaryMobile", property("string", "The first mobile number; empty when there is none."));
        properties.set("preferredChannel", property("string", "How the owner wants to be contacted; voice when unknown.")
                .set("enum", strings(CHANNELS)));
        Map<String, String> computed = Map.of("primaryMobile",
                "${successTemplateUtils.firstFromArray(\"${mobileNumbers}\", \"$esc.quote$esc.quote\")}");
        ObjectNode export = export(name, url(r, "/" + pathInput(r) + "/contacts"), "GET", headers(credential, "Accept"),
                "${input.rawRequest}", fields, successTemplate(List.of("ownerName", "mobileNumbers", "primaryMobile", "preferredChannel"),
                        computed),
                schema(r.singular() + " Contacts Request", "Reads how to reach the owner of a " + r.lower() + ".",
                        Map.of(r.idInput(), property("string", "Id of the " + r.lower() + ".")), r.idInput()),
                schema(r.singular() + " Contacts", "Mobile numbers and the preferred channel.", fieldsOf(properties)));

        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("ownerName", person);
        examples.put("mobileNumbers", phone);
        examples.put("preferredChannel", channel);
        ObjectNode output = NODES.objectNode().put("ownerName", person);
        output.putArray("mobileNumbers").add(phone);
        output.put("primaryMobile", phone).put("preferredChannel", channel);
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("/name", person);
        checks.put("/contacts/0/number", phone);
        checks.put("/preferences/channel", channel);
        Interaction known = new Interaction("contactsOf" + r.singular(), "a " + r.lower() + " whose owner has a mobile number",
                "record {id} exists", Map.of("id", id), Map.of(r.idInput(), id), get(r, "/" + id + "/contacts", Map.of(), credential), 200,
                new Obj(body), new Derived(examples), output, checks);
        return new SyntheticAction(index, Kind.FILTER, name.replace(' ', '-'), name, export, credential,
                List.of(known, unknown(r, number, credential, "/contacts")));
    }

    private static SyntheticAction addNote(int index, String number, Resource r, Credential credential) {
        String id = r.idPrefix() + "-" + number;
        String noteId = "N-" + number;
        String person = pick(PEOPLE, index);
        String text = "Caller said \"call me back\" after 5pm (" + r.lower() + " " + id + ")";
        int priority = index % 3 + 1;
        boolean urgent = index % 2 == 0;
        String state = pick(NOTE_STATES, index);
        List<Field> fields = List.of(
                new Field("noteId", "$.id", null),
                new Field("createdAt", "$.createdAt", null),
                new Field("state", "$.status", "\"OPEN\""));
        Map<String, BodySpec> body = new LinkedHashMap<>();
        body.put("id", BodySpec.string(noteId));
        body.put("createdAt", BodySpec.string(timestamp(index)));
        body.put("status", BodySpec.oneOf(state, NOTE_STATES));

        String name = "Add " + r.singular() + " Note " + number;
        String template = "{\n  \"text\": \"$esc.jsonString(${input.text})\",\n  \"author\": \"$esc.jsonString(${input.author})\",\n"
                + "  \"priority\": ${input.priority},\n  \"urgent\": ${input.urgent},\n  \"source\": \"genesys-cloud\"\n}";
        Map<String, ObjectNode> inputs = new LinkedHashMap<>();
        inputs.put(r.idInput(), property("string", "Id of the " + r.lower() + " the note is about."));
        inputs.put("text", property("string", "The note as typed by the agent; may contain quotes."));
        inputs.put("author", property("string", "Display name of the agent."));
        inputs.put("priority", property("integer", "1 (low) to 3 (high)."));
        inputs.put("urgent", property("boolean", "True when the note needs a call-back today."));
        ObjectNode properties = NODES.objectNode();
        properties.set("noteId", property("string", "Id of the stored note."));
        properties.set("createdAt", property("string", "ISO-8601 instant the note was stored."));
        properties.set("state", property("string", "Processing state of the note.").set("enum", strings(NOTE_STATES)));
        ObjectNode export = export(name, url(r, "/" + pathInput(r) + "/notes"), "POST", headers(credential, "Content-Type"), template,
                fields, successTemplate(fields.stream().map(Field::key).toList(), Map.of()),
                schema(r.singular() + " Note Request", "Adds the agent's note to a " + r.lower() + ".", inputs, r.idInput(), "text",
                        "author", "priority", "urgent"),
                schema("Added Note", "The note the backend stored.", fieldsOf(properties)));

        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("noteId", noteId);
        examples.put("createdAt", timestamp(index));
        examples.put("state", state);
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("/id", noteId);
        checks.put("/status", state);
        Interaction created = new Interaction("noteOn" + r.singular(), "a note on a known " + r.lower(), "record {id} exists",
                Map.of("id", id), noteInput(r, id, text, person, priority, urgent),
                post(r, "/" + id + "/notes", noteBody(text, person, priority, urgent), credential), 201, new Obj(body), new Derived(examples),
                json(examples), checks);
        String missing = missingId(r, number);
        Interaction rejected = failure(r, missing, "a note on an unknown " + r.lower(), "noteOnUnknown" + r.singular(),
                noteInput(r, missing, text, person, priority, urgent),
                post(r, "/" + missing + "/notes", noteBody(text, person, priority, urgent), credential));
        return new SyntheticAction(index, Kind.CREATE, name.replace(' ', '-'), name, export, credential, List.of(created, rejected));
    }

    /** The failure path of an id-based action: the record does not exist, the backend answers 404. */
    private static Interaction unknown(Resource r, String number, Credential credential, String suffix) {
        String missing = missingId(r, number);
        return failure(r, missing, "an unknown " + r.lower(), "unknown" + r.singular(), Map.of(r.idInput(), missing),
                get(r, "/" + missing + suffix, Map.of(), credential));
    }

    private static Interaction failure(Resource r, String missing, String scenario, String testName, Map<String, Object> input,
            Request request) {
        String message = "no " + r.lower() + " with id '" + missing + "'";
        return new Interaction(testName, scenario, "record {id} does not exist", Map.of("id", missing), input, request, 404,
                new Obj(Map.of("message", BodySpec.string(message))), new Given("{\"message\": \"" + message + "\"}", null), null,
                Map.of("/message", message));
    }

    private static String missingId(Resource r, String number) {
        return r.idPrefix() + "-X" + number;
    }

    private static Map<String, Object> noteInput(Resource r, String id, String text, String author, int priority, boolean urgent) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put(r.idInput(), id);
        input.put("text", text);
        input.put("author", author);
        input.put("priority", priority);
        input.put("urgent", urgent);
        return input;
    }

    /** The body the Data Action renders: values from inputs matched by type, the constant member literally. */
    private static Obj noteBody(String text, String author, int priority, boolean urgent) {
        Map<String, BodySpec> body = new LinkedHashMap<>();
        body.put("text", BodySpec.string(text));
        body.put("author", BodySpec.string(author));
        body.put("priority", BodySpec.integer(priority));
        body.put("urgent", BodySpec.bool(urgent));
        body.put("source", BodySpec.literal("genesys-cloud"));
        return new Obj(body);
    }

    private static Map<String, String> searchQuery(String query) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("q", query);
        q.put("limit", "10");
        return q;
    }

    private static Request get(Resource r, String path, Map<String, String> query, Credential credential) {
        return new Request("GET", "/api/v1/" + r.plural() + path, query, Map.of("Accept", "application/json", "UserAgent", USER_AGENT),
                credential, null);
    }

    private static Request post(Resource r, String path, Obj body, Credential credential) {
        return new Request("POST", "/api/v1/" + r.plural() + path, Map.of(),
                Map.of("Content-Type", "application/json", "UserAgent", USER_AGENT), credential, body);
    }

    private static String url(Resource r, String rest) {
        return "https://" + r.plural() + ".scratch-api.example/api/v1/" + r.plural() + rest;
    }

    private static String pathInput(Resource r) {
        return "$esc.url(${input." + r.idInput() + "})";
    }

    private static ObjectNode headers(Credential credential, String mediaTypeHeader) {
        ObjectNode headers = NODES.objectNode();
        headers.put(credential.header(), credential.template());
        headers.put(mediaTypeHeader, "application/json");
        headers.put("UserAgent", USER_AGENT);
        return headers;
    }

    private static ObjectNode export(String name, String url, String method, ObjectNode headers, String requestTemplate, List<Field> fields,
            String successTemplate, ObjectNode inputSchema, ObjectNode outputSchema) {
        ObjectNode root = NODES.objectNode().put("name", name).put("integrationType", "custom-rest-actions").put("actionType", "custom");
        ObjectNode request = root.putObject("config").putObject("request");
        request.put("requestUrlTemplate", url).put("requestType", method);
        request.set("headers", headers);
        request.put("requestTemplate", requestTemplate);
        ObjectNode response = ((ObjectNode) root.get("config")).putObject("response");
        ObjectNode translation = response.putObject("translationMap");
        ObjectNode defaults = response.putObject("translationMapDefaults");
        for (Field field : fields) {
            translation.put(field.key(), field.path());
            if (field.defaultJson() != null) {
                defaults.put(field.key(), field.defaultJson());
            }
        }
        response.put("successTemplate", successTemplate);
        ObjectNode contract = root.putObject("contract");
        contract.putObject("input").set("inputSchema", inputSchema);
        contract.putObject("output").set("successSchema", outputSchema);
        root.put("secure", false);
        return root;
    }

    /** {@code {"a": ${a}, ...}}; a computed output gets its Velocity expression instead. */
    private static String successTemplate(List<String> outputs, Map<String, String> computed) {
        List<String> lines = new ArrayList<>();
        for (String output : outputs) {
            lines.add("  \"" + output + "\": " + computed.getOrDefault(output, "${" + output + "}"));
        }
        return "{\n" + String.join(",\n", lines) + "\n}";
    }

    private static ObjectNode schema(String title, String description, Map<String, ? extends JsonNode> properties, String... required) {
        ObjectNode schema = NODES.objectNode().put("$schema", "http://json-schema.org/draft-04/schema#").put("title", title)
                .put("description", description).put("type", "object");
        if (required.length > 0) {
            schema.set("required", strings(List.of(required)));
        }
        ObjectNode props = schema.putObject("properties");
        properties.forEach(props::set);
        schema.put("additionalProperties", true);
        return schema;
    }

    private static Map<String, JsonNode> fieldsOf(ObjectNode properties) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        properties.properties().forEach(p -> out.put(p.getKey(), p.getValue()));
        return out;
    }

    private static ObjectNode property(String type, String description) {
        return NODES.objectNode().put("description", description).put("type", type);
    }

    private static ArrayNode strings(List<String> values) {
        var array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static Object plain(BodySpec value) {
        return ((BodySpec.Value) value).example();
    }

    private static ObjectNode json(Map<String, Object> values) {
        return MAPPER.valueToTree(values);
    }

    private static String timestamp(int index) {
        return String.format(Locale.ROOT, "2025-%02d-%02dT%02d:%02d:00Z", index % 12 + 1, index % 28 + 1, index % 24, index % 60);
    }

    private static <T> T pick(List<T> values, int index) {
        return values.get(index % values.size());
    }

    /**
     * Puts values at simple JSONPaths ({@code $.a.b}) into nested objects: the response the translation reads.
     */
    private static final class ResponseTree {
        private final Map<String, Object> root = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        void put(String path, BodySpec value) {
            String[] names = path.substring(2).split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < names.length - 1; i++) {
                node = (Map<String, Object>) node.computeIfAbsent(names[i], k -> new LinkedHashMap<String, Object>());
            }
            node.put(names[names.length - 1], value);
        }

        Obj build() {
            return build(root);
        }

        @SuppressWarnings("unchecked")
        private static Obj build(Map<String, Object> node) {
            Map<String, BodySpec> fields = new LinkedHashMap<>();
            node.forEach((name, value) -> fields.put(name, value instanceof BodySpec spec ? spec : build((Map<String, Object>) value)));
            return new Obj(fields);
        }
    }
}
