package org.dataactioncontracts.action.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataactioncontracts.action.internal.VelocityTemplate.Reference;

/** Checks of the request templates: URL encoding, placeholders, undeclared inputs. Not API. */
final class RequestRules implements Rule {
    /** Inputs Genesys adds itself (reference 5.2). */
    static final Set<String> RESERVED_INPUTS = GenesysLimits.RESERVED_INPUTS;
    private static final Set<String> ENCODING_CALLS = Set.of("esc.url", "esc.uriEncode", "esc.urlFormEncode");
    private static final Set<String> SAFE_TYPES = Set.of("integer", "number", "boolean", "null");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "your[-_ ]|enter[-_ ]your|\\[[^\\]]*your[^\\]]*]|<[A-Za-z][^<>]*>|\\bexample\\.(com|org|net)\\b|placeholder|changeme",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ID_NAME = Pattern.compile("(Id|ID|Ids|IDs|_id|_ids)$|^(id|ids)$");
    private static final Pattern AUTHORITY = Pattern.compile("^\\s*https?://[^/?#]*$", Pattern.CASE_INSENSITIVE);

    @Override
    public void check(ParsedAction parsed, Findings findings) {
        String url = parsed.action().request().urlTemplate();
        placeholder(url, findings);
        parsed.part(ParsedAction.Kind.URL).ifPresent(part -> urlEncoding(parsed, part.template(), findings));
        for (ParsedAction.Part part : parsed.templates()) {
            if (part.kind() != ParsedAction.Kind.SUCCESS) {
                undeclaredInputs(parsed, part, findings);
            }
        }
        acceptHeader(parsed, findings);
        getTemplate(parsed, findings);
    }

    /**
     * "If you are setting the Accept header, you must use a JSON media type as the header value" (Request
     * configuration). A value with a Velocity reference is checked by the engine once rendered.
     */
    private static void acceptHeader(ParsedAction parsed, Findings findings) {
        for (Map.Entry<String, String> header : parsed.action().request().headers().entrySet()) {
            String value = header.getValue();
            if (header.getKey().equalsIgnoreCase("Accept") && value.indexOf('$') < 0 && !GenesysLimits.isJsonMediaType(value)) {
                findings.error("/config/request/headers/" + Findings.segment(header.getKey()), "accept-not-json",
                        "the Accept header " + Findings.quote(value) + " is not a JSON media type; Genesys requires one (Request configuration: "
                                + "\"you must use a JSON media type\") and a Data Action can only translate a JSON response",
                        "Use \"Accept\": \"application/json\", or remove the header");
            }
        }
    }

    /** "GET requests do not use request templates" (Request configuration): a body written for a GET is never sent. */
    private static void getTemplate(ParsedAction parsed, Findings findings) {
        String template = parsed.action().request().requestTemplate();
        if (!parsed.action().request().method().sendsBody() && !template.isBlank()
                && !template.strip().equals(org.dataactioncontracts.action.DataAction.DEFAULT_REQUEST_TEMPLATE)) {
            findings.warning(ParsedAction.BODY_POINTER, "get-request-template",
                    "the action is a " + parsed.action().request().method() + " request with the request template " + Findings.quote(template)
                            + "; Genesys does not use request templates on GET requests, so this body is never sent",
                    "Pass the values in the URL (query parameters), or use POST if the endpoint needs a body");
        }
    }

    private static void placeholder(String url, Findings findings) {
        Matcher m = PLACEHOLDER.matcher(url);
        if (m.find()) {
            findings.warning(ParsedAction.URL_POINTER, "placeholder-url",
                    "the URL " + Findings.quote(url) + " contains the placeholder " + Findings.quote(m.group())
                            + "; the action cannot reach a real endpoint as written",
                    "Replace the placeholder with the real URL (or ARN) before importing the action");
        }
    }

    /** Genesys encodes nothing in the URL (reference 5.5): a space, '/', '?' or '#' in a string input breaks it. */
    private static void urlEncoding(ParsedAction parsed, VelocityTemplate template, Findings findings) {
        String text = template.text();
        for (Reference ref : template.references()) {
            Optional<String> name = ref.firstProperty();
            if (!ref.root().equals("input") || name.isEmpty() || RESERVED_INPUTS.contains(name.get())) {
                continue;
            }
            if (ref.offset() >= 0 && text.substring(0, ref.offset()).isBlank() && !ref.inStringLiteral()) {
                findings.info(ParsedAction.URL_POINTER, "url-from-input",
                        "the whole URL comes from the input " + Findings.quote(name.get()) + "; Genesys calls whatever the flow passes",
                        "Make sure the flow passes a complete, encoded URL from a trusted source, or fix the host in the template");
                continue;
            }
            if (ref.callsMethod() // e.g. ${input.key.replace(' ','%20')}: encoded by hand, deliberately
                    || ref.enclosingCalls().stream().anyMatch(c -> ENCODING_CALLS.contains(c) || c.startsWith("urlTool."))
                    || inAuthority(text, ref)
                    || urlSafe(parsed.inputProperties().path(name.get()))) {
                continue;
            }
            if (ID_NAME.matcher(name.get()).find()) {
                // Genesys's own actions put conversation and user ids (UUIDs) into paths unencoded; they cannot break a URL.
                findings.info(ParsedAction.URL_POINTER, "unencoded-url-id",
                        Findings.quote(ref.text()) + " (column " + ref.column() + ") puts the id " + Findings.quote(name.get())
                                + " into the URL unencoded; fine for UUIDs, but Genesys encodes nothing if it can hold other characters",
                        "If the id is not a UUID, write $esc.uriEncode(" + bracedName(ref) + ")");
                continue;
            }
            findings.warning(ParsedAction.URL_POINTER, "unencoded-url-input",
                    Findings.quote(ref.text()) + " (column " + ref.column() + ") puts the string input " + Findings.quote(name.get())
                            + " into the URL unencoded; Genesys encodes nothing, so a space, '/', '?', '&' or '#' in it breaks the URL",
                    "Write $esc.uriEncode(" + bracedName(ref) + ") in a path segment, or $esc.url(" + bracedName(ref) + ") in a query value");
        }
    }

    private static String bracedName(Reference ref) {
        return "${input." + ref.firstProperty().orElse("x") + "}";
    }

    /** A host label such as https://${input.Domain}.service-now.com must not be percent-encoded. */
    private static boolean inAuthority(String text, Reference ref) {
        return ref.offset() >= 0 && !ref.inStringLiteral() && AUTHORITY.matcher(text.substring(0, ref.offset())).matches();
    }

    /** Numbers, booleans, UUIDs and enums of URL-safe words cannot break a URL. */
    private static boolean urlSafe(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isTextual() && SAFE_TYPES.contains(type.textValue())) {
            return true;
        }
        if (type.isArray() && type.size() > 0) {
            boolean allSafe = true;
            for (JsonNode t : type) {
                allSafe &= t.isTextual() && SAFE_TYPES.contains(t.textValue());
            }
            if (allSafe) {
                return true;
            }
        }
        if ("uuid".equals(property.path("format").asText())) {
            return true;
        }
        JsonNode values = property.path("enum");
        if (values.isArray() && values.size() > 0) {
            for (JsonNode value : values) {
                if (!value.asText().matches("[A-Za-z0-9._~-]*")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Architect can only pass declared inputs; an undeclared one stays unset and renders literally (reference 5.3). */
    private static void undeclaredInputs(ParsedAction parsed, ParsedAction.Part part, Findings findings) {
        JsonNode properties = parsed.inputProperties();
        Set<String> reported = new HashSet<>();
        for (Reference ref : part.template().references()) {
            Optional<String> name = ref.firstProperty();
            if (!ref.root().equals("input") || name.isEmpty() || RESERVED_INPUTS.contains(name.get())
                    || properties.has(name.get()) || !reported.add(name.get())) {
                continue;
            }
            String near = null;
            for (var it = properties.fieldNames(); it.hasNext(); ) {
                String declared = it.next();
                if (declared.toLowerCase(Locale.ROOT).equals(name.get().toLowerCase(Locale.ROOT))) {
                    near = declared;
                }
            }
            findings.warning(part.pointer(), "undeclared-input",
                    Findings.quote(ref.text()) + " (line " + ref.line() + ", column " + ref.column() + ") uses the input "
                            + Findings.quote(name.get()) + ", which the input contract does not declare; Architect cannot pass it, "
                            + "so it renders literally",
                    near != null ? "Input names are case-sensitive: write ${input." + near + "}"
                            : "Declare " + Findings.quote(name.get()) + " in contract.input.inputSchema.properties, or fix the name");
        }
    }
}
