package org.dataactioncontracts.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.genesys.TestActions.action;
import static org.dataactioncontracts.genesys.TestActions.json;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The translation-map behaviour table of the reference (§6.2, §6.3): one row = path, value passed to the template. */
class TranslationTableTest {
    private static final GenesysEmulator EMULATOR = GenesysEmulator.create();
    private static final String DOCUMENT = """
            {"a":{"s":"str","n":12.50,"i":7,"big":12345678901234567890,"b":true,"nul":null,"o":{"k":"v"}},
             "arr":[{"id":"1","p":"customer"},{"id":"2","p":"agent"},{"p":"acd"}],
             "empty":[],"tl":[1,2,3]}""";
    private static final String DEFAULT = "\"DEFAULT\"";

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("plain string", "$.a.s", "\"str\""),
                Arguments.of("number loses trailing zero", "$.a.n", "12.5"),
                Arguments.of("big integer", "$.a.big", "12345678901234567890"),
                Arguments.of("null does not take the default", "$.a.nul", "null"),
                Arguments.of("object as JSON text", "$.a.o", "{\"k\":\"v\"}"),
                Arguments.of("boolean", "$.a.b", "true"),
                Arguments.of("missing leaf takes the default", "$.a.missing", DEFAULT),
                Arguments.of("missing parent takes the default", "$.missing.x", DEFAULT),
                Arguments.of("index out of range takes the default", "$.arr[5].id", DEFAULT),
                Arguments.of("wildcard skips elements without the leaf", "$.arr[*].id", "[\"1\",\"2\"]"),
                Arguments.of("wildcard with the leaf absent everywhere is [] not the default", "$.arr[*].missing", "[]"),
                Arguments.of("filter match is an array", "$.arr[?(@.p=='customer')].id", "[\"1\"]"),
                Arguments.of("filter without match is [] not the default", "$.arr[?(@.p=='none')].id", "[]"),
                Arguments.of("filter on a missing array takes the default", "$.missingArr[?(@.p=='x')].id", DEFAULT),
                Arguments.of("wildcard on a missing array takes the default", "$.missingArr[*].id", DEFAULT),
                Arguments.of("deep scan is always an array", "$..id", "[\"1\",\"2\"]"),
                Arguments.of("leading dot is a deep scan", ".a.s", "[\"str\"]"),
                Arguments.of("relative path without dot", "a.s", "\"str\""),
                Arguments.of("wildcard on empty array", "$.empty[*]", "[]"),
                Arguments.of("index into empty array takes the default", "$.empty[0]", DEFAULT),
                Arguments.of("negative index", "$.arr[-1].p", "\"acd\""),
                Arguments.of("slice", "$.arr[0:2].id", "[\"1\",\"2\"]"),
                Arguments.of("length function", "$.arr.length()", "3"),
                Arguments.of("length of a primitive array", "$.tl.length()", "3"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("rows")
    void translationValueReachesTheTemplateAsJsonText(String description, String path, String expected) {
        DataAction action = action(Map.of("v", path), Map.of("v", DEFAULT), "{\"v\": ${v}}");

        ExecutionReport report = EMULATOR.execute(action, run -> run.response(HttpResult.json(200, DOCUMENT)));

        assertThat(report.translation()).containsEntry("v", expected);
        assertThat(report.output()).isEqualTo(json("{\"v\": " + expected + "}"));
    }

    static Stream<Arguments> bareTextDefaults() {
        return Stream.of(
                // default as written, output under VERBATIM (null: Failure at operation 10), output under AS_STRING
                Arguments.of("disconnected", null, "{\"v\": \"disconnected\"}"),
                Arguments.of("Not Found", null, "{\"v\": \"Not Found\"}"),
                Arguments.of("", null, "{\"v\": \"\"}"),
                Arguments.of("a \"quoted\" \\ word", null, "{\"v\": \"a \\\"quoted\\\" \\\\ word\"}"),
                Arguments.of("\"\"", "{\"v\": \"\"}", "{\"v\": \"\"}"),
                Arguments.of("[]", "{\"v\": []}", "{\"v\": []}"),
                Arguments.of("0", "{\"v\": 0}", "{\"v\": 0}"),
                Arguments.of("null", "{\"v\": null}", "{\"v\": null}"),
                Arguments.of("{\"count\": 0}", "{\"v\": {\"count\": 0}}", "{\"v\": {\"count\": 0}}"));
    }

    @ParameterizedTest(name = "default [{0}]")
    @MethodSource("bareTextDefaults")
    void bareTextDefaultIsVerbatimByDefaultAndAStringWhenAsked(String fallback, String verbatim, String asString) {
        DataAction action = action(Map.of("v", "$.missing"), Map.of("v", fallback), "{\"v\": ${v}}");
        GenesysEmulator lenient = GenesysEmulator.create(EmulatorOptions.defaults().withBareTextDefault(EmulatorOptions.BareTextDefault.AS_STRING));

        ExecutionReport strict = EMULATOR.execute(action, run -> run.response(HttpResult.json(200, DOCUMENT)));
        ExecutionReport quoted = lenient.execute(action, run -> run.response(HttpResult.json(200, DOCUMENT)));

        if (verbatim == null) {
            assertThat(strict.failedStep()).contains(Step.APPLY_OUTPUT_TRANSFORMATION);
        } else {
            assertThat(strict.output()).isEqualTo(json(verbatim));
        }
        assertThat(quoted.output()).as(quoted.describeFailure()).isEqualTo(json(asString));
        assertThat(quoted.defaulted()).containsExactly("v");
    }

    /** The official automated-callback blueprint polls this action; its default exists for a callback without state. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("callbackReadings")
    void publishedBareTextDefaultFollowsTheChosenReading(EmulatorOptions.BareTextDefault reading, boolean success) throws Exception {
        DataAction action = DataActions.load(Path.of(getClass().getResource("/corpus/genesys-data-actions/"
                + "GenesysCloudBlueprints__automated-callback-blueprint__files--automated-powershell-script--data-actions--Get-interaction-state.custom.json").toURI()));
        GenesysEmulator emulator = GenesysEmulator.create(EmulatorOptions.defaults().withBareTextDefault(reading));

        ExecutionReport report = emulator.execute(action, run -> run.input("conversationId", "c1")
                .response(HttpResult.json(200, "{\"participants\": [{\"callbacks\": []}]}")));

        assertThat(report.success()).as(report.describeFailure()).isEqualTo(success);
        if (success) {
            assertThat(report.output()).isEqualTo(json("{\"state\": \"disconnected\"}"));
        } else {
            assertThat(report.failedStep()).contains(Step.APPLY_OUTPUT_TRANSFORMATION);
        }
    }

    static Stream<Arguments> callbackReadings() {
        return Stream.of(Arguments.of(EmulatorOptions.BareTextDefault.VERBATIM, false), Arguments.of(EmulatorOptions.BareTextDefault.AS_STRING, true));
    }
}
