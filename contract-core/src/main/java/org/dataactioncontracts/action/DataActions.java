package org.dataactioncontracts.action;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads Data Actions from every JSON shape Genesys produces (UI export, Platform API resource, API create body),
 * applying Genesys's defaults for the keys an export may omit.
 *
 * <pre>{@code
 * DataAction action = DataActions.load(Path.of("data-actions/Get-Customer.custom.json"));
 * }</pre>
 */
public final class DataActions {
    /** Real exports are a few kilobytes; anything this large is the wrong file, and parsing it would only waste memory. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DataActions() {
    }

    /**
     * Loads one Data Action file.
     *
     * @throws InvalidDataActionException when the file is missing, unreadable, not JSON or not a Data Action
     */
    public static DataAction load(Path file) {
        String source = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDataActionException(source, "", "no such file", "Check the path");
        } catch (IOException e) {
            throw new InvalidDataActionException(source, "", "cannot be read (" + e.getMessage() + ")", "Check the path and its permissions");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidDataActionException(source, "", "is a directory, not a Data Action file", "Pass a .json file");
        }
        if (size > MAX_FILE_BYTES) {
            throw new InvalidDataActionException(source, "", String.format(Locale.ROOT,
                    "is %.1f MB; Data Action exports are a few kilobytes (limit %d MB)", size / 1048576.0, MAX_FILE_BYTES / 1048576),
                    "Is this the right file? Export the action from Admin > Integrations > Actions");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidDataActionException(source, "", "cannot be read (" + e.getMessage() + ")", "Check the path and its permissions");
        }
        return parse(decode(bytes, source), source);
    }

    /**
     * Loads every {@code *.json} file of a directory, sorted by file name.
     *
     * @throws InvalidDataActionException for the first file that is not a Data Action
     */
    public static List<DataAction> loadDirectory(Path directory) {
        return jsonFiles(directory).stream().map(DataActions::load).toList();
    }

    /** The {@code *.json} files directly inside a directory, sorted by name. */
    public static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InvalidDataActionException(directory.toString(), "", "cannot be listed (" + e + ")", "Check the path");
        }
    }

    /**
     * Parses a Data Action from JSON text.
     *
     * @param json   the document
     * @param source a label for messages, usually the file name
     * @throws InvalidDataActionException when the text is not JSON or not a Data Action
     */
    public static DataAction parse(String json, String source) {
        if (json.isBlank()) {
            throw new InvalidDataActionException(source, "", "is empty", "Export the Data Action again from Genesys Cloud");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonParseException e) {
            var loc = e.getLocation();
            throw new InvalidDataActionException(source, "", "is not valid JSON (line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr() + ": " + e.getOriginalMessage() + ")", "Fix the syntax; a UI export is plain JSON");
        } catch (JsonProcessingException e) {
            throw new InvalidDataActionException(source, "", "is not valid JSON (" + e.getOriginalMessage() + ")",
                    "Fix the syntax; a UI export is plain JSON");
        }
        return fromTree(root, source);
    }

    /**
     * Reads a Data Action from an already parsed document.
     *
     * @throws InvalidDataActionException when the document is not a Data Action
     */
    public static DataAction fromTree(JsonNode root, String source) {
        return new Reader(source).read(root);
    }

    private static String decode(byte[] bytes, String source) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDataActionException(source, "", "is not UTF-8 text (binary file?)",
                    "Pass a Data Action export; Genesys writes UTF-8 JSON");
        }
    }

    /** Walks one document, keeping the source label for every error. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        DataAction read(JsonNode root) {
            if (!root.isObject()) {
                throw fail("", "is not a Data Action: the document is " + article(root.getNodeType()) + ", not an object",
                        "A Data Action file is one JSON object with name, config and contract");
            }
            if (!root.has("config") && !root.has("contract") && !root.has("name")) {
                throw fail("", "is not a Data Action: it has none of name, config, contract",
                        "Pass a Data Action export (Admin > Integrations > Actions > Export)");
            }
            if (!root.has("config") && !root.has("contract") && !root.has("integrationType") && !root.has("actionType")
                    && !root.has("category") && !root.has("integrationId")) {
                // e.g. a response body that happens to have a "name": no field only a Data Action has.
                throw fail("", "is not a Data Action: it has neither config nor contract, and none of integrationType, actionType,"
                        + " category, integrationId (other JSON, e.g. a response body?)", "Pass a Data Action export (Admin > Integrations > Actions > Export)");
            }
            ActionShape shape = shape(root);
            String name = requiredText(root, "/name", "Give the action a name");
            JsonNode config = root.get("config");
            if (config == null && shape == ActionShape.API_RESOURCE) {
                throw fail("/config", "is missing: the action was fetched without its configuration",
                        "Fetch it with GET /api/v2/integrations/actions/{actionId}?includeConfig=true&expand=contract");
            }
            requireObject(root, "/config", "Export the action again; config holds the request and response templates");
            JsonNode contract = root.get("contract");
            if (contract == null && shape == ActionShape.API_RESOURCE) {
                throw fail("/contract", "is missing: the action was fetched without its contract",
                        "Fetch it with GET /api/v2/integrations/actions/{actionId}?includeConfig=true&expand=contract");
            }
            requireObject(root, "/contract", "Export the action again; contract holds the input and output schemas");
            requireObject(root, "/config/request", "Add config.request with requestUrlTemplate and requestType");

            RequestConfig request = new RequestConfig(
                    requiredText(root, "/config/request/requestUrlTemplate", "Set the URL the action calls"),
                    method(root),
                    stringMap(root, "/config/request/headers"),
                    template(root, "/config/request/requestTemplate", "requestTemplateUri", DataAction.DEFAULT_REQUEST_TEMPLATE));
            JsonNode response = root.at("/config/response");
            if (!response.isMissingNode() && !response.isObject()) {
                throw fail("/config/response", "must be an object, found " + response.getNodeType().toString().toLowerCase(Locale.ROOT),
                        "Use {\"translationMap\": {}, \"translationMapDefaults\": {}, \"successTemplate\": \"${rawResult}\"}");
            }
            ResponseConfig responseConfig = new ResponseConfig(
                    stringMap(root, "/config/response/translationMap"),
                    stringMap(root, "/config/response/translationMapDefaults"),
                    template(root, "/config/response/successTemplate", "successTemplateUri", DataAction.DEFAULT_SUCCESS_TEMPLATE));

            return new DataAction(
                    name,
                    source,
                    shape,
                    optionalText(root, "/integrationType"),
                    optionalText(root, "/actionType"),
                    optionalText(root, "/category"),
                    request,
                    responseConfig,
                    timeout(root),
                    schema(root, "/contract/input/inputSchema"),
                    schema(root, "/contract/output/successSchema"),
                    secure(root));
        }

        private ActionShape shape(JsonNode root) {
            if (root.has("integrationType") || root.has("actionType")) {
                return ActionShape.UI_EXPORT;
            }
            if (root.has("id") || root.has("selfUri") || root.has("version")) {
                return ActionShape.API_RESOURCE;
            }
            if (root.has("category") || root.has("integrationId")) {
                return ActionShape.API_CREATE_BODY;
            }
            throw fail("", "has neither integrationType (a UI export) nor category/integrationId (an API body)",
                    "Export the action again from Genesys Cloud, or add \"integrationType\": \"custom-rest-actions\"");
        }

        private HttpMethod method(JsonNode root) {
            String text = requiredText(root, "/config/request/requestType", "Use one of GET, POST, PUT, PATCH, DELETE");
            try {
                return HttpMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail("/config/request/requestType", "is \"" + text + "\", not a request type Genesys supports",
                        "Use one of GET, POST, PUT, PATCH, DELETE");
            }
        }

        private String template(JsonNode root, String pointer, String uriKey, String defaultValue) {
            JsonNode node = root.at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                if (root.at(parent).has(uriKey)) {
                    throw fail(parent + "/" + uriKey, "points at a template stored in Genesys, which cannot be read offline",
                            "Fetch it with GET /api/v2/integrations/actions/{actionId}/templates/{fileName} and inline it as "
                                    + pointer.substring(pointer.lastIndexOf('/') + 1));
                }
                return defaultValue;
            }
            if (!node.isTextual()) {
                throw fail(pointer, "must be a string (a Velocity template), found " + describe(node), "Write the template as a JSON string");
            }
            return node.textValue();
        }

        private Map<String, String> stringMap(JsonNode root, String pointer) {
            JsonNode node = root.at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                return Map.of();
            }
            if (!node.isObject()) {
                throw fail(pointer, "must be an object of strings, found " + describe(node), "Write it as {\"key\": \"value\"}");
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (var field : node.properties()) {
                JsonNode value = field.getValue();
                if (!value.isTextual()) {
                    throw fail(pointer + "/" + escape(field.getKey()), "must be a string, found " + describe(value),
                            "Genesys stores every value here as a string; write it in quotes (a JSON default such as 0 is written \"0\")");
                }
                map.put(field.getKey(), value.textValue());
            }
            return map;
        }

        private JsonNode schema(JsonNode root, String pointer) {
            JsonNode node = root.at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                throw fail(pointer, "is missing", "Every Data Action has a contract; add a JSON Schema (draft-04) with \"type\": \"object\"");
            }
            if (!node.isObject()) {
                throw fail(pointer, "must be a JSON Schema object, found " + describe(node), "Write the schema as a JSON object");
            }
            return node;
        }

        private int timeout(JsonNode root) {
            JsonNode node = root.at("/config/timeoutSeconds");
            if (node.isMissingNode() || node.isNull()) {
                return DataAction.DEFAULT_TIMEOUT_SECONDS;
            }
            if (!node.canConvertToExactIntegral() || node.asInt() < 1 || node.asInt() > 60) {
                throw fail("/config/timeoutSeconds", "is " + node + "; Genesys accepts whole seconds from 1 to 60", "Use a value from 1 to 60, or remove it for the default 60");
            }
            return node.asInt();
        }

        private boolean secure(JsonNode root) {
            JsonNode node = root.get("secure");
            if (node == null || node.isNull()) {
                return false;
            }
            if (!node.isBoolean()) {
                throw fail("/secure", "must be true or false, found " + describe(node), "Write \"secure\": false unless the action is for secure flows");
            }
            return node.booleanValue();
        }

        private String requiredText(JsonNode root, String pointer, String hint) {
            JsonNode node = root.at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                throw fail(pointer, "is missing", hint);
            }
            if (!node.isTextual()) {
                throw fail(pointer, "must be a string, found " + describe(node), hint);
            }
            return node.textValue();
        }

        private Optional<String> optionalText(JsonNode root, String pointer) {
            JsonNode node = root.at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                return Optional.empty();
            }
            if (!node.isTextual()) {
                throw fail(pointer, "must be a string, found " + describe(node), "Export the action again");
            }
            return Optional.of(node.textValue());
        }

        private void requireObject(JsonNode root, String pointer, String hint) {
            JsonNode node = root.at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                throw fail(pointer, "is missing", hint);
            }
            if (!node.isObject()) {
                throw fail(pointer, "must be an object, found " + describe(node), hint);
            }
        }

        private InvalidDataActionException fail(String pointer, String problem, String hint) {
            return new InvalidDataActionException(source, pointer, problem, hint);
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String describe(JsonNode node) {
        String text = node.toString();
        return article(node.getNodeType()) + " (" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + ")";
    }

    private static String article(JsonNodeType type) {
        return switch (type) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
            default -> "a " + type.toString().toLowerCase(Locale.ROOT);
        };
    }

}
