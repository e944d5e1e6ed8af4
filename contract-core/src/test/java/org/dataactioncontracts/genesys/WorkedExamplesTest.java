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

/**
 * The worked examples of the reference (§6.7) and the failure catalogue (§7): one row = translation map, defaults,
 * success template, response, and the expected output or the expected failure (step and message).
 */
class WorkedExamplesTest {
    private static final GenesysEmulator EMULATOR = GenesysEmulator.create();

    private static final String PRESENCES = """
            {"entities":[
              {"user":{"id":"u1","presence":{"presenceDefinition":{"systemPresence":"Offline"}}}},
              {"user":{"id":"u2","presence":{"presenceDefinition":{"systemPresence":"Available"}}}}],
             "pageSize":25}""";
    private static final String PRESENCE_PATH = "$.entities[*].user.presence.presenceDefinition.systemPresence";
    private static final String METRICS = """
            {"results":[{"group":{"queueId":"q1"},"data":[
              {"metric":"oOnQueueUsers","qualifier":"IDLE","stats":{"count":2}},
              {"metric":"oOnQueueUsers","qualifier":"INTERACTING","stats":{"count":3}}]}]}""";
    private static final Map<String, String> METRIC_PATHS = Map.of("statuses", "$.results[0].data..qualifier", "counts", "$.results[0].data..stats.count");
    private static final Map<String, String> METRIC_DEFAULTS = Map.of("statuses", "[\"Error\"]", "counts", "[0]");
    private static final String PARTICIPANT_PATH = "$.participants[?(@.purpose ==\"customer\")].id";
    private static final String FIRST_PARTICIPANT = "{\"customerParticipantId\": ${successTemplateUtils.firstFromArray(\"${participantIdArray}\", \"$esc.quote $esc.quote\")}}";

    static Stream<Arguments> successes() {
        return Stream.of(
                Arguments.of("C1 presence array", Map.of("Presence", PRESENCE_PATH), Map.of("Presence", "null"),
                        "{\"PresenceArray\" : $Presence}", PRESENCES, "{\"PresenceArray\":[\"Offline\",\"Available\"]}"),
                Arguments.of("C3a no entities: [] and no default", Map.of("Presence", PRESENCE_PATH), Map.of("Presence", "null"),
                        "{\"PresenceArray\" : $Presence}", "{\"entities\":[],\"total\":0}", "{\"PresenceArray\":[]}"),
                Arguments.of("C3b no entities key: default null used", Map.of("Presence", PRESENCE_PATH), Map.of("Presence", "null"),
                        "{\"PresenceArray\" : $Presence}", "{\"pageSize\":25}", "{\"PresenceArray\":null}"),
                Arguments.of("C4 deep scans", METRIC_PATHS, METRIC_DEFAULTS, "{\"counts\": ${counts}, \"statuses\": ${statuses}}", METRICS,
                        "{\"counts\":[2,3],\"statuses\":[\"IDLE\",\"INTERACTING\"]}"),
                Arguments.of("C5 data missing: defaults", METRIC_PATHS, METRIC_DEFAULTS, "{\"counts\": ${counts}, \"statuses\": ${statuses}}",
                        "{\"results\":[{\"group\":{}}]}", "{\"counts\":[0],\"statuses\":[\"Error\"]}"),
                Arguments.of("C5b data empty: [] not defaults", METRIC_PATHS, METRIC_DEFAULTS, "{\"counts\": ${counts}, \"statuses\": ${statuses}}",
                        "{\"results\":[{\"data\":[]}]}", "{\"counts\":[],\"statuses\":[]}"),
                Arguments.of("C6 customer participant found", Map.of("participantIdArray", PARTICIPANT_PATH), Map.of("participantIdArray", "[\"\"]"),
                        FIRST_PARTICIPANT, "{\"participants\":[{\"id\":\"p-agent\",\"purpose\":\"agent\"},{\"id\":\"p-cust\",\"purpose\":\"customer\"}]}",
                        "{\"customerParticipantId\":\"p-cust\"}"),
                Arguments.of("C7 no customer participant: a single space", Map.of("participantIdArray", PARTICIPANT_PATH),
                        Map.of("participantIdArray", "[\"\"]"), FIRST_PARTICIPANT, "{\"participants\":[{\"id\":\"p-agent\",\"purpose\":\"agent\"}]}",
                        "{\"customerParticipantId\":\" \"}"),
                Arguments.of("C8 no participants: default [\"\"]", Map.of("participantIdArray", PARTICIPANT_PATH), Map.of("participantIdArray", "[\"\"]"),
                        FIRST_PARTICIPANT, "{\"id\":\"conv\"}", "{\"customerParticipantId\":\"\"}"),
                Arguments.of("C10 quoted string value", Map.of("AttributeValue", "$.AttributeValue"), Map.of(),
                        "{\"AttributeValue\": ${AttributeValue}}", "{\"AttributeValue\":\"Welcome to \\\"Acme\\\"\"}",
                        "{\"AttributeValue\":\"Welcome to \\\"Acme\\\"\"}"),
                Arguments.of("C10c null value", Map.of("AttributeValue", "$.AttributeValue"), Map.of(), "{\"AttributeValue\": ${AttributeValue}}",
                        "{\"AttributeValue\":null}", "{\"AttributeValue\":null}"),
                Arguments.of("C10d number value", Map.of("AttributeValue", "$.AttributeValue"), Map.of(), "{\"AttributeValue\": ${AttributeValue}}",
                        "{\"AttributeValue\":42}", "{\"AttributeValue\":42}"),
                Arguments.of("C11 wrapped Salesforce array", Map.of("account", "$.searchRecords"), Map.of(), "{\"contacts\": ${account}}",
                        "{\"searchRecords\":[{\"Id\":\"001\"}]}", "{\"contacts\":[{\"Id\":\"001\"}]}"),
                Arguments.of("C13 deep scan without $ and firstFromArray without default", Map.of("total_agents_on_queue", ".total"), Map.of(),
                        "{\"total_agents_on_queue\": ${successTemplateUtils.firstFromArray(\"${total_agents_on_queue}\")}}",
                        "{\"total\":3,\"entities\":[]}", "{\"total_agents_on_queue\":3}"),
                Arguments.of("firstFromArray with a default on []", Map.of("ids", "$.items[*].id"), Map.of(),
                        "{\"id\": ${successTemplateUtils.firstFromArray(\"${ids}\", \"$esc.quote$esc.quote\")}}", "{\"items\":[]}", "{\"id\":\"\"}"),
                Arguments.of("firstFromArray keeps string quotes", Map.of("ids", "$.items[*].id"), Map.of(),
                        "{\"id\": ${successTemplateUtils.firstFromArray(\"${ids}\", \"0\")}}", "{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}]}",
                        "{\"id\":\"a\"}"),
                Arguments.of("rawResult wrapped in an object", Map.of(), Map.of(), "{\"values\": ${rawResult}}", "[1,2]", "{\"values\":[1,2]}"),
                Arguments.of("$.NULL trick injects a constant default", Map.of("c", "$.NULL"), Map.of("c", "{\"count\": 0}"), "{\"c\": ${c}}",
                        "{\"x\":1}", "{\"c\":{\"count\":0}}"),
                Arguments.of("silent reference to a null value renders empty", Map.of("v", "$.v"), Map.of(), "{\"v\": \"$!{input.missing}\"}",
                        "{\"v\":1}", "{\"v\":\"\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("successes")
    void producesTheOutputArchitectSees(String name, Map<String, String> paths, Map<String, String> defaults, String template, String response,
            String expectedOutput) {
        DataAction action = action(paths, defaults, template);

        ExecutionReport report = EMULATOR.execute(action, run -> run.response(HttpResult.json(200, response)));

        assertThat(report.success()).as(report.describeFailure()).isTrue();
        assertThat(report.output()).isEqualTo(json(expectedOutput));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("C2 typo between translation key and template variable", Map.of("Presence", PRESENCE_PATH), Map.of("Presence", "null"),
                        "{\"PresenceArray\" : $Presences}", PRESENCES, Step.APPLY_OUTPUT_TRANSFORMATION,
                        "Transform failed to process result using 'successTemplate' template due to error:'Variable $Presences has not been set at"
                                + " successTemplate[line 1, column 20]'\n Template:'{\"PresenceArray\" : $Presences}'."),
                Arguments.of("C3c invalid default NOT_SET used", Map.of("Presence", PRESENCE_PATH), Map.of("Presence", "NOT_SET"),
                        "{\"Presences\" : $Presence}", "{\"pageSize\":25}", Step.APPLY_OUTPUT_TRANSFORMATION,
                        "Transform failed to process result using 'successTemplate' template due to error:'Unrecognized token 'NOT_SET': was expecting"
                                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')'\n Template:'{\"Presences\" : $Presence}'."),
                Arguments.of("C9c missing path without default fails translation", Map.of("participantIdArray", PARTICIPANT_PATH), Map.of(),
                        FIRST_PARTICIPANT, "{\"id\":\"conv\"}", Step.RESOLVE_TRANSLATION_MAP,
                        "Failed to resolve translation map: no value for key 'participantIdArray' at JSONPath '" + PARTICIPANT_PATH
                                + "' and no translationMapDefaults entry for it (Missing property in path $['participants'])"),
                Arguments.of("C10b missing leaf without default", Map.of("AttributeValue", "$.AttributeValue"), Map.of(),
                        "{\"AttributeValue\": ${AttributeValue}}", "{\"other\":1}", Step.RESOLVE_TRANSLATION_MAP,
                        "Failed to resolve translation map: no value for key 'AttributeValue' at JSONPath '$.AttributeValue' and no"
                                + " translationMapDefaults entry for it (No results for path: $['AttributeValue'])"),
                Arguments.of("C14 quoted translation variable", Map.of("name", "$.name"), Map.of(), "{\"name\": \"${name}\"}", "{\"name\":\"x\"}",
                        Step.APPLY_OUTPUT_TRANSFORMATION,
                        "Transform failed to process result using 'successTemplate' template due to error:'Unexpected character ('x' (code 120)):"
                                + " was expecting comma to separate Object entries'\n Template:'{\"name\": \"${name}\"}'."),
                Arguments.of("strict mode: missing input reference fails", Map.of("v", "$.v"), Map.of(), "{\"v\": \"${input.missing}\"}", "{\"v\":1}",
                        Step.APPLY_OUTPUT_TRANSFORMATION,
                        "Transform failed to process result using 'successTemplate' template due to error:'Reference ${input.missing} evaluated to"
                                + " null when attempting to render at successTemplate[line 1, column 8]'\n Template:'{\"v\": \"${input.missing}\"}'."),
                Arguments.of("strict mode: silent notation does not save an unknown top-level name", Map.of(), Map.of(), "{\"v\": \"$!{undefinedVar}\"}",
                        "{}", Step.APPLY_OUTPUT_TRANSFORMATION,
                        "Transform failed to process result using 'successTemplate' template due to error:'Variable $undefinedVar has not been"
                                + " set at successTemplate[line 1, column 8]'\n Template:'{\"v\": \"$!{undefinedVar}\"}'."),
                Arguments.of("firstFromArray without default on [] gives invalid JSON", Map.of("ids", "$.items[*].id"), Map.of(),
                        "{\"id\": ${successTemplateUtils.firstFromArray(\"${ids}\")}}", "{\"items\":[]}", Step.APPLY_OUTPUT_TRANSFORMATION,
                        "Transform failed to process result using 'successTemplate' template due to error:'Unexpected character ('}' (code 125)):"
                                + " expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')'\n Template:'{\"id\": ${successTemplateUtils.firstFromArray(\"${ids}\")}}'."),
                Arguments.of("C15 stock EscapeTool has no jsonString, ours has: unknown method still fails", Map.of("name", "$.name"), Map.of(),
                        "{\"name\": \"$esc.noSuchMethod(${name})\"}", "{\"name\":\"x\"}", Step.APPLY_OUTPUT_TRANSFORMATION,
                        "Transform failed to process result using 'successTemplate' template due to error:'Object"
                                + " 'org.dataactioncontracts.genesys.internal.GenesysEscapeTool' does not contain method noSuchMethod(java.lang.String) at"
                                + " successTemplate[line 1, column 16]'\n Template:'{\"name\": \"$esc.noSuchMethod(${name})\"}'."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void takesTheFailurePathWithGenesysMessage(String name, Map<String, String> paths, Map<String, String> defaults, String template, String response,
            Step failedStep, String message) {
        DataAction action = action(paths, defaults, template);

        ExecutionReport report = EMULATOR.execute(action, run -> run.response(HttpResult.json(200, response)));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.failedStep()).contains(failedStep);
        assertThat(report.error()).get().extracting(ErrorBody::message).isEqualTo(message);
        assertThat(report.finalResult()).isEmpty();
    }
}
