package org.dataactioncontracts.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FILE = "Test-Action.custom.json";
    private final Linter linter = Linter.create();

    /** A correct GET action (the Get-Campaign-Queue shape); each test changes one value. */
    private static final String BASE = """
            {"name": "Get Queue", "integrationType": "purecloud-data-actions", "actionType": "custom",
             "config": {
               "request": {"requestUrlTemplate": "/api/v2/outbound/campaigns/$esc.uriEncode(${input.campaign})", "requestType": "GET",
                           "headers": {}, "requestTemplate": "${input.rawRequest}"},
               "response": {"translationMap": {"queueId": "$.queue.id", "names": "$.entities[*].name"},
                            "translationMapDefaults": {"queueId": "\\"\\"", "names": "[]"},
                            "successTemplate": "{\\"queueId\\": ${queueId}, \\"name\\": ${successTemplateUtils.firstFromArray(\\"${names}\\", \\"$esc.quote$esc.quote\\")}}"}},
             "contract": {
               "input": {"inputSchema": {"type": "object", "properties": {"campaign": {"type": "string"}, "page": {"type": "integer"}}}},
               "output": {"successSchema": {"type": "object", "properties": {"queueId": {"type": "string"}, "name": {"type": "string"}}}}},
             "secure": false}
            """;

    private static ObjectNode base() {
        try {
            return (ObjectNode) MAPPER.readTree(BASE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the value at a JSON pointer whose parent exists; text values that look like JSON are set as JSON. */
    private static ObjectNode with(ObjectNode root, String pointer, String value) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
        parent.put(pointer.substring(slash + 1), value);
        return root;
    }

    private static ObjectNode withJson(ObjectNode root, String pointer, String json) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
        try {
            parent.set(pointer.substring(slash + 1), MAPPER.readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return root;
    }

    private List<LintFinding> lint(JsonNode root) {
        return linter.lint(DataActions.fromTree(root, FILE));
    }

    private List<LintFinding> lint(JsonNode root, String rule) {
        return lint(root).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void correctActionHasNoFindings() {
        assertThat(lint(base())).isEmpty();
    }

    @Test
    void findingsAreSortedByPointerThenRuleAndNameTheFile() {
        ObjectNode root = with(base(), "/config/response/translationMapDefaults/queueId", "Not Found");
        with(root, "/config/request/requestUrlTemplate", "/api/v2/x/$Input.campaign/${input.campaign}");
        List<LintFinding> findings = lint(root);
        assertThat(findings).extracting(LintFinding::pointer).isSorted();
        assertThat(findings).extracting(LintFinding::file).containsOnly(FILE);
        assertThat(findings).extracting(LintFinding::rule)
                .containsExactly("input-case", "unencoded-url-input", "default-not-json");
    }

    @Test
    void defaultThatIsNotJsonIsAWarningNamingBothReadings() {
        ObjectNode root = with(base(), "/config/response/translationMapDefaults/queueId", "Not Found");
        assertThat(lint(root, "default-not-json")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/config/response/translationMapDefaults/queueId");
            assertThat(f.message()).startsWith("default \"Not Found\" for \"queueId\" is not a JSON literal")
                    .contains("inserts it verbatim into the success template and the output is not JSON",
                            "inserts it as the string \"Not Found\" (EmulatorOptions.BareTextDefault.AS_STRING)",
                            "Genesys does not document which");
            assertThat(f.fix()).contains("\"\\\"Not Found\\\"\"");
        });
    }

    @Test
    void emptyAndBareWordDefaultsAreReportedButJsonLiteralsAreNot() {
        ObjectNode root = with(base(), "/config/response/translationMapDefaults/queueId", "");
        with(root, "/config/response/translationMapDefaults/names", "NOT_SET");
        assertThat(lint(root, "default-not-json")).extracting(LintFinding::message)
                .anySatisfy(m -> assertThat(m).startsWith("default \"NOT_SET\""))
                .anySatisfy(m -> assertThat(m).startsWith("default \"\" for \"queueId\" is not a JSON literal (it is empty)"));
        for (String literal : List.of("null", "0", "true", "[ \"\" ]", "{\"count\": 0}", "\"x\"")) {
            assertThat(lint(with(base(), "/config/response/translationMapDefaults/queueId", literal), "default-not-json"))
                    .as(literal).isEmpty();
        }
    }

    /** Jayway throws PathNotFoundException (the only case a default is used) only where a definite step finds nothing. */
    @Test
    void defaultOfAPathThatCannotMissIsNeverUsed() {
        for (String path : List.of("$..conversationId", "$..participants[?(@.purpose == 'acd')].participantId", "$[*].id", "$.length()")) {
            ObjectNode root = with(base(), "/config/response/translationMap/queueId", path);
            with(root, "/config/response/translationMapDefaults/queueId", "");
            assertThat(lint(root, "default-not-json")).as(path).isEmpty();
            assertThat(lint(root, "default-never-used")).as(path).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).contains("never fails to resolve");
            });
        }
        for (String path : List.of("$.queue.id", "$.entities[*].name", "$.a[0]", "$.a[?(@.b)].c", "$['urn:x']['ids'][?(@.a=='b')].value")) {
            ObjectNode root = with(base(), "/config/response/translationMap/queueId", path);
            assertThat(lint(root, "default-never-used")).as(path).isEmpty();
        }
    }

    @Test
    void quotedTranslationVariableIsAnError() {
        ObjectNode root = with(base(), "/config/response/successTemplate", "{\"queueId\": \"${queueId}\", \"name\": \"$names\"}");
        assertThat(lint(root, "quoted-translation-variable")).hasSize(2).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/config/response/successTemplate");
            assertThat(f.message()).startsWith("\"${queueId}\" (line 1, column 14) quotes a translation value");
            assertThat(f.fix()).startsWith("Drop the quotes: write ${queueId}");
        });
    }

    @Test
    void quotedMacroArgumentsAndEscapeCallsAreNotQuotedTranslationVariables() {
        ObjectNode root = with(base(), "/config/response/successTemplate",
                "{\"a\": ${successTemplateUtils.firstFromArray(\"${names}\", \"$esc.quote$esc.quote\")}, "
                        + "\"b\": \"$esc.jsonEncode(${queueId})\", \"c\": \"${successTemplateUtils.firstFromArray(\"${names}\")}\", \"d\": \"${input.campaign}\"}");
        assertThat(lint(root, "quoted-translation-variable")).isEmpty();
    }

    @Test
    void successTemplateReferenceToUnknownVariableIsAnError() {
        ObjectNode root = with(base(), "/config/response/successTemplate", "{\"PresenceArray\" : $Names, \"q\": ${queueId}}");
        assertThat(lint(root, "undefined-variable")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/config/response/successTemplate");
            assertThat(f.message()).startsWith("$Names (line 1, column 20) is neither a translationMap key nor a Genesys variable")
                    .contains("Variable $Names has not been set");
            assertThat(f.fix()).startsWith("Did you mean $names?");
        });
    }

    @Test
    void contextNamesAndSetOrForeachVariablesAreDefined() {
        ObjectNode root = with(base(), "/config/response/successTemplate",
                "#set($first = $queueId)#foreach($n in [1, 2])$n $foreach.count#end #if($maybe)x#end"
                        + "{\"q\": $first, \"raw\": ${rawResult}, \"m\": $math.add(1, 2), \"i\": \"$!{input.campaign}\", \"e\": \"$encoding.base64('a')\"}");
        assertThat(lint(root, "undefined-variable")).isEmpty();
    }

    @Test
    void templateThatDoesNotParseIsAnErrorWithVelocityPosition() {
        ObjectNode root = with(base(), "/config/response/successTemplate", "{\"a\": ${queueId");
        assertThat(lint(root, "template-syntax")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/config/response/successTemplate");
            assertThat(f.message()).startsWith("the template does not parse as Velocity: Encountered the end of the template at successTemplate[line 1, column");
            assertThat(f.fix()).startsWith("Fix the template syntax at line 1, column");
        });
        assertThat(lint(with(base(), "/config/request/requestUrlTemplate", "/api/#if($input.x)a"), "template-syntax"))
                .singleElement().extracting(LintFinding::pointer).isEqualTo("/config/request/requestUrlTemplate");
    }

    @Test
    void stringInputInUrlWithoutEncodingIsAWarning() {
        ObjectNode root = with(base(), "/config/request/requestUrlTemplate", "/api/v2/search?q=${input.campaign}&page=${input.page}");
        assertThat(lint(root, "unencoded-url-input")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/config/request/requestUrlTemplate");
            assertThat(f.message()).startsWith("\"${input.campaign}\" (column 18) puts the string input \"campaign\" into the URL unencoded");
            assertThat(f.fix()).contains("$esc.uriEncode(${input.campaign})").contains("$esc.url(${input.campaign})");
        });
    }

    @Test
    void encodedNumericHostAndWholeUrlInputsAreNotUnencodedWarnings() {
        for (String url : List.of("/api/x/$esc.url(${input.campaign})", "/api/x/$esc.uriEncode($input.campaign)",
                "/api/x?q=$esc.urlFormEncode($!{input.campaign})", "/api/x/${input.page}",
                "https://${input.campaign}.service-now.com/api", "/q=$esc.url(\"FIND {$salesforce.escReserved(${input.campaign})}\")",
                "/rows/${input.campaign.replace(' ','%20')}")) {
            assertThat(lint(with(base(), "/config/request/requestUrlTemplate", url), "unencoded-url-input")).as(url).isEmpty();
        }
        assertThat(lint(with(base(), "/config/request/requestUrlTemplate", "${input.campaign}"), "url-from-input"))
                .singleElement().extracting(LintFinding::severity).isEqualTo(Severity.INFO);
    }

    @Test
    void idInputInUrlIsOnlyInformation() {
        ObjectNode root = withJson(base(), "/contract/input/inputSchema/properties", "{\"conversationId\": {\"type\": \"string\"}}");
        with(root, "/config/request/requestUrlTemplate", "/api/v2/conversations/${input.conversationId}");
        assertThat(lint(root, "unencoded-url-input")).isEmpty();
        assertThat(lint(root, "unencoded-url-id")).singleElement().extracting(LintFinding::severity).isEqualTo(Severity.INFO);
    }

    @Test
    void reservedInputNameIsAnError() {
        ObjectNode root = withJson(base(), "/contract/input/inputSchema/properties/orgId", "{\"type\": \"string\"}");
        assertThat(lint(root, "reserved-input-name")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/contract/input/inputSchema/properties/orgId");
            assertThat(f.message()).startsWith("input \"orgId\" uses a name Genesys reserves");
        });
    }

    @Test
    void badInputNamesAndNonFlatInputsAreErrors() {
        ObjectNode root = withJson(base(), "/contract/input/inputSchema/properties",
                "{\"1st name\": {\"type\": \"string\"}, \"tags\": {\"type\": \"array\"}, \"any\": {\"description\": \"x\"},"
                        + " \"ok-name_2\": {\"type\": [\"string\", \"null\"]}}");
        assertThat(lint(root, "invalid-input-name")).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/contract/input/inputSchema/properties/1st name");
            assertThat(f.message()).startsWith("input name \"1st name\" is not allowed");
        });
        assertThat(lint(root, "non-flat-input")).extracting(LintFinding::pointer, LintFinding::severity).containsExactly(
                tuple("/contract/input/inputSchema/properties/any", Severity.ERROR),
                tuple("/contract/input/inputSchema/properties/tags/type", Severity.ERROR));
        assertThat(lint(root, "non-flat-input")).last().extracting(LintFinding::message).asString()
                .startsWith("input \"tags\" has type \"array\"");
    }

    @Test
    void refsNestedArraysAndRootArraysInContracts() {
        ObjectNode root = withJson(base(), "/contract/output/successSchema",
                "{\"type\": \"object\", \"properties\": {\"rows\": {\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}},"
                        + " \"who\": {\"$ref\": \"#/definitions/who\"}}}");
        assertThat(lint(root, "schema-ref")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/contract/output/successSchema/properties/who/$ref");
        });
        assertThat(lint(root, "nested-array-output")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/contract/output/successSchema/properties/rows/items");
            assertThat(f.message()).contains("the output contract does not support nested arrays");
        });
        ObjectNode rootArray = withJson(base(), "/contract/output/successSchema",
                "{\"type\": \"array\", \"properties\": {}, \"items\": [{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"string\"}}}]}");
        assertThat(lint(rootArray, "root-array-output")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/contract/output/successSchema/type");
        });
        assertThat(lint(rootArray, "nested-array-output")).isEmpty();
        assertThat(lint(base(), "root-array-output")).isEmpty();
    }

    @Test
    void capitalInputIsAWarningInAnyTemplate() {
        ObjectNode root = with(base(), "/config/request/requestUrlTemplate", "/api/v2/x/$Input.campaign");
        withJson(root, "/config/request/headers", "{\"X-Campaign\": \"${INPUT.campaign}\"}");
        List<LintFinding> findings = lint(root, "input-case");
        assertThat(findings).extracting(LintFinding::pointer)
                .containsExactly("/config/request/headers/X-Campaign", "/config/request/requestUrlTemplate");
        assertThat(findings).extracting(LintFinding::severity).containsOnly(Severity.WARNING);
        assertThat(findings.get(1).message()).startsWith("\"$Input.campaign\" (line 1, column 11) spells the input $Input; "
                + "Genesys documents only $input").contains("the request carries the text \"$Input.campaign\"");
        assertThat(findings.get(1).fix()).isEqualTo("Write \"$input.campaign\"");
        assertThat(lint(base(), "input-case")).isEmpty();
    }

    @Test
    void placeholderUrlsAreWarnings() {
        for (String url : List.of("your-lambda-function-arn", "ENTER_YOUR_WEBHOOK_URL", "https://[YOUR SMTP SERVER]/send",
                "https://<tenant>.example.net/api", "https://api.example.com/x")) {
            assertThat(lint(with(base(), "/config/request/requestUrlTemplate", url), "placeholder-url")).as(url)
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.pointer()).isEqualTo("/config/request/requestUrlTemplate");
                        assertThat(f.message()).startsWith("the URL \"" + url + "\" contains the placeholder");
                    });
        }
        assertThat(lint(base(), "placeholder-url")).isEmpty();
    }

    @Test
    void firstFromArrayWithoutDefaultIsAWarning() {
        ObjectNode root = with(base(), "/config/response/successTemplate", "{\"count\":${successTemplateUtils.firstFromArray(\"${names}\")}}");
        assertThat(lint(root, "first-from-array-no-default")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/config/response/successTemplate");
            assertThat(f.message()).startsWith("\"${successTemplateUtils.firstFromArray(\"${names}\")}\" (line 1, column 10) has no default");
            assertThat(f.fix()).contains("$esc.quote$esc.quote");
        });
        ObjectNode insideJsonString = with(base(), "/config/response/successTemplate",
                "{\"j\": \"$esc.jsonEncode(${successTemplateUtils.firstFromArray(\"${names}\")})\"}");
        assertThat(lint(insideJsonString, "first-from-array-no-default")).isEmpty();
    }

    @Test
    void defaultWithoutTranslationMapEntryIsAWarning() {
        ObjectNode root = with(base(), "/config/response/translationMapDefaults/queueID", "\"\"");
        assertThat(lint(root, "default-without-path")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/config/response/translationMapDefaults/queueID");
            assertThat(f.message()).startsWith("default for \"queueID\" has no translationMap entry of that name");
        });
    }

    @Test
    void alwaysFailingPathWithDefaultIsAnIntentionalConstant() {
        ObjectNode root = with(base(), "/config/response/translationMap/default", "$.NULL");
        with(root, "/config/response/translationMapDefaults/default", "{\"count\": 0}");
        assertThat(lint(root)).isEmpty();
    }

    @Test
    void translationPathThatDoesNotCompileIsAnError() {
        ObjectNode root = with(base(), "/config/response/translationMap/queueId", "$.queue[?(@.id == 'x'");
        assertThat(lint(root, "translation-path-syntax")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/config/response/translationMap/queueId");
            assertThat(f.message()).startsWith("path \"$.queue[?(@.id == 'x'\" for \"queueId\" is not a valid JSONPath");
        });
        for (String path : List.of("$..id", ".total", "['participants'][?(@.purpose=='user')].id", "$.entities.length()", "$.size()")) {
            assertThat(lint(with(base(), "/config/response/translationMap/queueId", path), "translation-path-syntax")).as(path).isEmpty();
        }
    }

    @Test
    void escJavascriptInJsonBodyIsAWarning() {
        ObjectNode root = with(base(), "/config/request/requestType", "POST");
        with(root, "/config/request/requestTemplate", "{\"text\": \"$esc.javascript(${input.campaign})\"}");
        assertThat(lint(root, "esc-javascript-in-json")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/config/request/requestTemplate");
            assertThat(f.message()).contains("\\' is not a JSON escape");
        });
        with(root, "/config/request/requestTemplate", "{\"text\": \"$esc.jsonEncode(${input.campaign})\"}");
        assertThat(lint(root, "esc-javascript-in-json")).isEmpty();
    }

    @Test
    void aSecretPassedAsAPlainInputIsAWarningWithTheFix() {
        // The shape of a published export (corpus: Limitless "Peek Full Event from SmartCrowd"): x-api-key from an input.
        ObjectNode header = withJson(base(), "/config/request/headers", "{\"x-api-key\": \"${input.campaign}\"}");
        assertThat(lint(header, "secret-input")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/config/request/headers/x-api-key");
            assertThat(f.message()).isEqualTo("the input \"campaign\" goes into the header \"x-api-key\": a secret passed as a plain input"
                    + " travels through the flow and is shown and written like any other input (test reports, pacts, logs)");
            assertThat(f.fix()).isEqualTo("Keep it in the integration's credentials and write ${credentials.campaign}. If the flow must pass"
                    + " it, declare it secret where it is tested: secrets: {campaign: <test value>} in a scenario file,"
                    + " secretInput(\"campaign\", testValue) in a Java contract test, and"
                    + " dac run --secret-input campaign");
        });

        ObjectNode query = with(base(), "/config/request/requestUrlTemplate", "/api/v2/x?page=${input.page}&access_token=${input.campaign}");
        assertThat(lint(query, "secret-input")).extracting(LintFinding::message)
                .containsExactly("the input \"campaign\" goes into the query parameter \"access_token\": a secret passed as a plain input"
                        + " travels through the flow and is shown and written like any other input (test reports, pacts, logs)");

        ObjectNode named = withJson(base(), "/contract/input/inputSchema/properties", "{\"campaign\": {\"type\": \"string\"}, \"apiKey\": {\"type\": \"string\"}}");
        with(named, "/config/request/requestUrlTemplate", "/api/v2/x/$esc.uriEncode(${input.campaign})/$esc.uriEncode(${input.apiKey})");
        assertThat(lint(named, "secret-input")).extracting(LintFinding::message).singleElement().asString()
                .startsWith("the input \"apiKey\" is named like a secret:");
    }

    @Test
    void credentialsInHeadersAndOrdinaryQueryInputsAreNotSecretInputs() {
        ObjectNode root = withJson(base(), "/config/request/headers", "{\"Authorization\": \"Bearer ${credentials.token}\"}");
        with(root, "/config/request/requestUrlTemplate", "/api/v2/x?page=${input.page}&sortKey=$esc.url(${input.campaign})");
        assertThat(lint(root, "secret-input")).isEmpty();
    }

    @Test
    void undeclaredInputIsAWarningWithCaseHint() {
        ObjectNode root = with(base(), "/config/request/requestUrlTemplate", "/api/v2/x/$esc.uriEncode(${input.Campaign})");
        assertThat(lint(root, "undeclared-input")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("\"${input.Campaign}\" (line 1, column 26) uses the input \"Campaign\", which the input contract does not declare");
            assertThat(f.fix()).isEqualTo("Input names are case-sensitive: write ${input.campaign}");
        });
    }

    @Test
    void getRequestTemplateIsOnlyReportedAsUnusedBecauseGetSendsNoBody() {
        ObjectNode root = with(base(), "/config/request/requestTemplate", "{\"a\": $Input.x ${input.nope} #if(");
        assertThat(lint(root)).extracting(LintFinding::rule).containsExactly("get-request-template");
        assertThat(lint(with(base(), "/config/request/requestTemplate", ""))).isEmpty();
    }

    /** Nested objects 'levels' deep, as a property schema. */
    private static String nestedObjects(int levels) {
        String schema = "{\"type\": \"string\"}";
        for (int i = 0; i < levels; i++) {
            schema = "{\"type\": \"object\", \"properties\": {\"n\": " + schema + "}}";
        }
        return schema;
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> documentedRules() {
        String in = "/contract/input/inputSchema/properties/";
        String out = "/contract/output/successSchema/properties/";
        return java.util.stream.Stream.of(
                // pointer to set, JSON value, rule, severity, text the message contains (null: no finding of that rule)
                org.junit.jupiter.params.provider.Arguments.of(in + "campaign", "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}",
                        "non-flat-input", Severity.ERROR, "accept only string, integer, number, boolean and null"),
                org.junit.jupiter.params.provider.Arguments.of(in + "campaign", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}",
                        "non-flat-input", Severity.ERROR, "has type \"array\""),
                org.junit.jupiter.params.provider.Arguments.of(in + "campaign", "{\"type\": [\"string\", \"null\"]}", "non-flat-input", null, null),
                org.junit.jupiter.params.provider.Arguments.of(in + "1st", "{\"type\": \"string\"}", "invalid-input-name", Severity.ERROR, "start with a letter"),
                org.junit.jupiter.params.provider.Arguments.of(in + "first name", "{\"type\": \"string\"}", "invalid-input-name", Severity.ERROR, "\"first name\""),
                org.junit.jupiter.params.provider.Arguments.of(in + "a.b", "{\"type\": \"string\"}", "invalid-input-name", Severity.ERROR, "\"a.b\""),
                org.junit.jupiter.params.provider.Arguments.of(in + "_x", "{\"type\": \"string\"}", "invalid-input-name", Severity.ERROR, "\"_x\""),
                org.junit.jupiter.params.provider.Arguments.of(in + "a-B_9", "{\"type\": \"string\"}", "invalid-input-name", null, null),
                org.junit.jupiter.params.provider.Arguments.of(in + "orgId", "{\"type\": \"string\"}", "reserved-input-name", Severity.ERROR, "reserves"),
                org.junit.jupiter.params.provider.Arguments.of(in + "integrationId", "{\"type\": \"string\"}", "reserved-input-name", Severity.ERROR, "reserves"),
                org.junit.jupiter.params.provider.Arguments.of(in + "rawRequest", "{\"type\": \"string\"}", "reserved-input-name", Severity.ERROR, "reserves"),
                org.junit.jupiter.params.provider.Arguments.of(in + "OrgId", "{\"type\": \"string\"}", "reserved-input-name", null, null),
                org.junit.jupiter.params.provider.Arguments.of(in + "campaign", "{\"$ref\": \"#/definitions/c\"}", "schema-ref", Severity.ERROR, "do not support"),
                org.junit.jupiter.params.provider.Arguments.of(out + "name", "{\"$ref\": \"#/definitions/c\"}", "schema-ref", Severity.ERROR, "do not support"),
                org.junit.jupiter.params.provider.Arguments.of(out + "name", "{\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}}",
                        "nested-array-output", Severity.ERROR, "does not support nested arrays"),
                org.junit.jupiter.params.provider.Arguments.of(out + "name", "{\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}}",
                        "nested-array-output", null, null),
                org.junit.jupiter.params.provider.Arguments.of(out + "name", nestedObjects(50), "json-depth", Severity.ERROR, "nested 51 levels deep"),
                org.junit.jupiter.params.provider.Arguments.of(out + "name", nestedObjects(49), "json-depth", null, null),
                org.junit.jupiter.params.provider.Arguments.of("/config/request/headers", "{\"Accept\": \"text/xml\"}", "accept-not-json", Severity.ERROR,
                        "\"text/xml\" is not a JSON media type"),
                org.junit.jupiter.params.provider.Arguments.of("/config/request/headers", "{\"accept\": \"application/json, text/plain\"}", "accept-not-json",
                        Severity.ERROR, "not a JSON media type"),
                org.junit.jupiter.params.provider.Arguments.of("/config/request/headers", "{\"Accept\": \"*/*\"}", "accept-not-json", Severity.ERROR, "\"*/*\""),
                org.junit.jupiter.params.provider.Arguments.of("/config/request/headers", "{\"Accept\": \"application/json; charset=UTF-8\"}", "accept-not-json", null, null),
                org.junit.jupiter.params.provider.Arguments.of("/config/request/headers", "{\"Accept\": \"application/vnd.api+json\"}", "accept-not-json", null, null),
                org.junit.jupiter.params.provider.Arguments.of("/config/request/headers", "{\"Accept\": \"${input.campaign}\"}", "accept-not-json", null, null),
                org.junit.jupiter.params.provider.Arguments.of("/config/request/requestTemplate", "\"{\\\"q\\\": 1}\"", "get-request-template", Severity.WARNING,
                        "does not use request templates on GET requests"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{2} {3}: {0} = {1}")
    @org.junit.jupiter.params.provider.MethodSource("documentedRules")
    void genesysDocumentedRules(String pointer, String json, String rule, Severity severity, String message) {
        List<LintFinding> findings = lint(withJson(base(), pointer, json), rule);
        if (severity == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(severity);
                assertThat(f.message()).contains(message);
                assertThat(f.fix()).isNotBlank();
            });
        }
    }

    @Test
    void velocityTreatsLoneDollarsAsText() {
        for (String text : List.of("${", "#{", "$a.b(", "$", "price: $5")) {
            assertThat(lint(with(base(), "/config/request/requestUrlTemplate", "/x/" + text), "template-syntax")).as(text).isEmpty();
        }
    }

    @Test
    void brokenTemplatesAreFindingsNeverExceptions() {
        for (String broken : List.of("$!{x", "#set(", "#end", "#if(true)", "#macro(", "#[[never closed", "${a.b(\"x\"}",
                "#foreach($i in)", "{\"a\": ${successTemplateUtils.firstFromArray(\"${arr\", \"x\")}}", "#if($a == )x#end")) {
            ObjectNode root = with(base(), "/config/response/successTemplate", broken);
            with(root, "/config/request/requestUrlTemplate", broken);
            assertThat(lint(root, "template-syntax")).as(broken).extracting(LintFinding::pointer)
                    .containsExactly("/config/request/requestUrlTemplate", "/config/response/successTemplate");
        }
    }
}
