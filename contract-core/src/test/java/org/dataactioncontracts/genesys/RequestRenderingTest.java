package org.dataactioncontracts.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataactioncontracts.genesys.TestActions.action;
import static org.dataactioncontracts.genesys.TestActions.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.stream.Stream;
import java.nio.file.Path;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Steps 5 to 7: Velocity (non-strict) with Genesys's tools; one row = URL template, input, rendered URL. */
class RequestRenderingTest {
    private static final GenesysEmulator EMULATOR = GenesysEmulator.create();

    private static DataAction withUrl(String urlTemplate) {
        return action(a -> ((ObjectNode) a.at("/config/request")).put("requestUrlTemplate", urlTemplate));
    }

    private static DataAction post(String bodyTemplate) {
        return action(a -> ((ObjectNode) a.at("/config/request")).put("requestType", "POST").put("requestTemplate", bodyTemplate));
    }

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("esc.url: form encoding, space as +", "/q?presence=$esc.url(${input.v})", "On Queue", "/q?presence=On+Queue"),
                Arguments.of("esc.url: reserved characters", "/q?x=$esc.url($input.v)", "a b&c=d/é", "/q?x=a+b%26c%3Dd%2F%C3%A9"),
                Arguments.of("esc.urlFormEncode is esc.url", "/q?x=$esc.urlFormEncode($input.v)", "a b", "/q?x=a+b"),
                Arguments.of("esc.uriEncode: space as %20", "/rows/$esc.uriEncode($input.v)", "Main Menu/1", "/rows/Main%20Menu%2F1"),
                Arguments.of("esc.uriEncode keeps unreserved", "/rows/$esc.uriEncode($input.v)", "a-b_c.d~e", "/rows/a-b_c.d~e"),
                Arguments.of("Java string methods", "/rows/${input.v.replace(' ','%20')}", "Queue A", "/rows/Queue%20A"),
                Arguments.of("toUpperCase", "/u/$input.v.toUpperCase()", "abc", "/u/ABC"),
                Arguments.of("esc.dollar for OData", "/accounts?${esc.dollar}select=name&x=$input.v", "1", "/accounts?$select=name&x=1"),
                Arguments.of("math keeps integers integral", "/p?n=$math.mul(2, 3.5)", "x", "/p?n=7"),
                Arguments.of("math add", "/p?n=$math.add(1, 2)", "x", "/p?n=3"),
                Arguments.of("math div keeps fractions", "/p?n=$math.div(7, 2)", "x", "/p?n=3.5"),
                Arguments.of("math round half even as tools 2.0", "/p?n=$math.round(2.5)", "x", "/p?n=2"),
                Arguments.of("math toInteger", "/p?n=$math.toInteger(\"42\")", "x", "/p?n=42"),
                Arguments.of("salesforce escReserved inside esc.url", "/s?q=$esc.url(\"FIND {$salesforce.escReserved(${input.v})}\")", "+1-555",
                        "/s?q=FIND+%7B%5C%2B1%5C-555%7D"),
                Arguments.of("silent notation for an unset input", "/u?x=$!{input.missing}", "x", "/u?x="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void rendersTheUrlVerbatim(String name, String template, String value, String expected) {
        RenderedRequest request = EMULATOR.render(withUrl(template), run -> run.input("v", value));

        assertThat(request.url()).isEqualTo(expected);
    }

    @Test
    void mathFollowsVelocityTools3WhenAskedTo() {
        GenesysEmulator tools3 = GenesysEmulator.create(EmulatorOptions.defaults().withVelocity(EmulatorOptions.VelocityProfile.VELOCITY_2_DEFAULTS));

        assertThat(tools3.render(withUrl("/p?n=$math.mul(2, 3.5)"), run -> run.input("v", "x")).url()).isEqualTo("/p?n=7.0");
    }

    @Test
    void anUnsetInputRendersLiterallyAndTheUrlIsRefused() {
        assertThatThrownBy(() -> EMULATOR.render(withUrl("/users/${input.userId}"), run -> run.input("other", "x")))
                .hasMessage("Data Action 'Test Action' takes the Failure path at operation 5. Resolve request URL template: The request URL"
                        + " '/users/${input.userId}' contains the unresolved reference ${input.userId}: no such input was passed (names are"
                        + " case-sensitive); pass it, or use $!{...} for an optional one");
    }

    @Test
    void anUnencodedSpaceInTheUrlIsRefusedWithTheFix() {
        assertThatThrownBy(() -> EMULATOR.render(withUrl("/rows/${input.key}?showbrief=false"), run -> run.input("key", "Main Menu")))
                .hasMessageEndingWith("operation 5. Resolve request URL template: The request URL '/rows/Main Menu?showbrief=false' contains a"
                        + " space at index 10, which HTTP rejects; Genesys does not encode URLs: wrap the value in $esc.url(...) (query) or"
                        + " $esc.uriEncode(...) (path)");
    }

    static Stream<Arguments> capitalInputs() {
        return Stream.of(
                Arguments.of("/lists/$Input.listId/contacts", "/lists/L1/contacts", "/lists/$Input.listId/contacts"),
                Arguments.of("/lists/${INPUT.listId}/contacts", "/lists/L1/contacts", null), // '{' in a URL fails operation 5
                Arguments.of("/lists/$!{InPut.listId}/contacts", "/lists/L1/contacts", "/lists//contacts"),
                Arguments.of("/lists/${input.listId}/contacts", "/lists/L1/contacts", "/lists/L1/contacts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capitalInputs")
    void capitalInputIsAnAliasByDefaultAndRendersLiterallyWhenAsked(String template, String aliased, String literal) {
        DataAction action = withUrl(template);
        GenesysEmulator literally = GenesysEmulator.create(EmulatorOptions.defaults().withCapitalInput(EmulatorOptions.CapitalInput.RENDER_LITERALLY));

        assertThat(EMULATOR.render(action, run -> run.input("listId", "L1")).url()).isEqualTo(aliased);
        if (literal == null) {
            assertThatThrownBy(() -> literally.render(action, run -> run.input("listId", "L1")))
                    .hasMessageContaining("contains the unresolved reference ${INPUT.listId}");
        } else {
            assertThat(literally.render(action, run -> run.input("listId", "L1")).url()).isEqualTo(literal);
        }
    }

    /** The three official blueprints whose main action writes $Input / ${INPUT}: with the default they call the real URL. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "GenesysCloudBlueprints__automated-callback-blueprint__files--Add-contact-to-contact-list.custom.json, contactListId, /api/v2/outbound/contactlists/L1/contacts",
            "GenesysCloudBlueprints__process-automation-trigger-with-salesforce__exports--get-summary.json, conversationId, /api/v2/conversations/L1/summaries",
            "GenesysCloudBlueprints__negative-sentiment-callback__exports--Update-External-Tag.custom.json, ConversationID, /api/v2/conversations/L1/tags"
    })
    void publishedBlueprintsWithCapitalInputRenderTheirUrl(String file, String input, String url) throws Exception {
        DataAction action = DataActions.load(Path.of(getClass().getResource("/corpus/genesys-data-actions/" + file).toURI()));

        assertThat(EMULATOR.render(action, run -> run.input(input, "L1").input("data", "\"a\": \"b\"").input("externalTag", "t")).url())
                .isEqualTo(url);
    }

    @Test
    void getSendsNoBodyEvenWithARequestTemplate() {
        RenderedRequest request = EMULATOR.render(withUrl("/u"), run -> run.input("a", "b"));

        assertThat(request.body()).isEmpty();
    }

    @Test
    void rawRequestIsTheCompactInputInReceivedOrder() {
        RenderedRequest request = EMULATOR.render(post("${input.rawRequest}"),
                run -> run.input("key", "Queue A").input("Updated", "2023-05-01T10:00:00.000Z").input("AgentsIdle", true));

        assertThat(request.body()).contains("{\"key\":\"Queue A\",\"Updated\":\"2023-05-01T10:00:00.000Z\",\"AgentsIdle\":true}");
    }

    @Test
    void blankRequestTemplateSendsRawRequestByDefaultOrNothingWhenAsked() {
        DataAction action = post("");
        GenesysEmulator literal = GenesysEmulator.create(EmulatorOptions.defaults()
                .withBlankRequestTemplate(EmulatorOptions.BlankRequestTemplate.SEND_EMPTY));

        assertThat(EMULATOR.render(action, run -> run.input("a", 1)).body()).contains("{\"a\":1}");
        assertThat(literal.render(action, run -> run.input("a", 1)).body()).contains("");
    }

    @Test
    void jsonEncodeEscapesQuotesBackslashesAndControlCharacters() {
        RenderedRequest request = EMULATOR.render(post("{\"text\": \"$esc.jsonEncode(${input.text})\", \"old\": \"$esc.jsonString($input.text)\"}"),
                run -> run.input("text", "say \"hi\"\\ now\nbye é/"));

        assertThat(json(request.body().orElseThrow())).isEqualTo(json("{\"text\": \"say \\\"hi\\\"\\\\ now\\nbye é/\", \"old\": \"say \\\"hi\\\"\\\\ now\\nbye é/\"}"));
    }

    @Test
    void jsonDecodeReversesJsonEncode() {
        RenderedRequest request = EMULATOR.render(post("$esc.jsonDecode(${input.text})"), run -> run.input("text", "a\\\"b\\nc\\u0041"));

        assertThat(request.body()).contains("a\"b\ncA");
    }

    @Test
    void unquotedBooleanAndNumberInputsRenderBare() {
        RenderedRequest request = EMULATOR.render(post("{\"full\": ${input.searchFullName}, \"n\": ${input.n}}"),
                run -> run.input("searchFullName", true).input("n", 5));

        assertThat(request.body()).contains("{\"full\": true, \"n\": 5}");
    }

    @Test
    void conditionalMembersFollowVelocity17() {
        DataAction action = post("{\"a\": \"x\"#if(\"$!{input.b}\" != \"\"), \"b\": \"${input.b}\"#end}");

        assertThat(EMULATOR.render(action, run -> run.input("b", "y")).body()).contains("{\"a\": \"x\", \"b\": \"y\"}");
        assertThat(EMULATOR.render(action, run -> run.input("c", "y")).body()).contains("{\"a\": \"x\"}");
    }

    @Test
    void basicAuthHeaderUsesBase64AndCredentialsStayOutOfTheReport() {
        DataAction action = action(a -> ((ObjectNode) a.at("/config/request/headers"))
                .put("Authorization", "Basic $encoding.base64(\"${credentials.client_id}:${credentials.client_secret}\")"));

        RenderedRequest sent = EMULATOR.render(action, run -> run.credential("client_id", "id-1234").credential("client_secret", "s3cret-value"));
        ExecutionReport report = EMULATOR.execute(action, run -> run.credential("client_id", "id-1234").credential("client_secret", "s3cret-value")
                .response(HttpResult.json(200, "{\"echo\":\"s3cret-value\"}")));

        assertThat(sent.headers()).containsEntry("Authorization", "Basic aWQtMTIzNDpzM2NyZXQtdmFsdWU=");
        assertThat(TestResultJson.of(report).toString()).doesNotContain("s3cret-value", "aWQtMTIzNDpzM2NyZXQtdmFsdWU=", "id-1234")
                .contains("\"echo\":\"********\"");
        assertThat(report.request().orElseThrow().headers().get("Authorization")).isEqualTo("Basic "
                + java.util.Base64.getEncoder().encodeToString("<credentials.client_id>:<credentials.client_secret>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void authResponseFeedsHeaders() {
        DataAction action = action(a -> ((ObjectNode) a.at("/config/request/headers"))
                .put("Authorization", "${authResponse.token_type} ${authResponse.access_token}"));

        RenderedRequest sent = EMULATOR.render(action, run -> run.authResponse(Map.of("token_type", "Bearer", "access_token", "tok-123456")));

        assertThat(sent.headers()).containsEntry("Authorization", "Bearer tok-123456");
    }

    @Test
    void aMacroDefinedByOneDataActionIsInvisibleToAnother() {
        // Every action shares the engine's Velocity runtimes: a macro must stay inside the template that defines it.
        DataAction defines = post("#macro(greeting)hello#end{\"g\": \"#greeting()\"}");
        DataAction calls = post("{\"g\": \"#greeting()\"}");

        assertThat(EMULATOR.render(defines, run -> run.input("x", 1)).body()).contains("{\"g\": \"hello\"}");
        assertThat(EMULATOR.render(calls, run -> run.input("x", 1)).body()).contains("{\"g\": \"#greeting()\"}");
    }
}
