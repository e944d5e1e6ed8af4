package org.dataactioncontracts.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.genesys.TestActions.action;
import static org.dataactioncontracts.genesys.TestActions.json;

import java.util.Map;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
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
}
