package org.dataactioncontracts.pact.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dataactioncontracts.pact.DataActionContractError;
import org.dataactioncontracts.pact.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards of the derived response that used to pass silently or point the wrong way. */
class DerivationGuardsTest {
    /** Presence status: the translation reads {@code $.status.status} and {@code $.status[0].lastChanged}. */
    private static final String PRESENCE = """
            {"name": "Get Presence", "integrationType": "custom-rest-actions", "actionType": "custom",
             "config": {"request": {"requestUrlTemplate": "https://presence.example.org/users/$esc.url(${input.userId})", "requestType": "GET",
                                    "headers": {}, "requestTemplate": "${input.rawRequest}"},
                        "response": {"translationMap": {"status": "%s", "lastChanged": "%s"},
                                     "translationMapDefaults": {"status": "\\"unknown\\"", "lastChanged": "\\"\\""},
                                     "successTemplate": "{\\"status\\": ${status}, \\"lastChanged\\": ${lastChanged}}"}},
             "contract": {"input": {"inputSchema": {"type": "object", "properties": {"userId": {"type": "string"}}}},
                          "output": {"successSchema": {"type": "object", "properties": {"status": {"type": "string"}, "lastChanged": {"type": "string"}}}}},
             "secure": false}
            """;

    @TempDir
    Path dir;
    private InteractionRunner runner;

    @BeforeEach
    void session() {
        runner = new InteractionRunner(new ContractSession(new ModuleSettings("dac-selftest", dir, dir.resolve("pacts"))));
    }

    private void verify(String statusPath, String lastChangedPath, Map<String, Object> examples) throws Exception {
        Files.writeString(dir.resolve("Get-Presence.custom.json"), PRESENCE.formatted(statusPath, lastChangedPath));
        runner.run("presence-api", "Get-Presence", Plans.of("present", s -> {
            s.input("userId", "u-1");
            examples.forEach(s::example);
        }), "T.m");
    }

    @Test
    void anExampleForAFieldTheTranslationDoesNotReadFailsListingWhatItReads() {
        assertThatThrownBy(() -> verify("$.status.status", "$.status.lastChanged", Map.of("requestId", "r-1", "status", "Available")))
                .isInstanceOf(DataActionContractError.class)
                .hasMessage("Data Action 'Get Presence' (Get-Presence.custom.json), interaction 'present': example(\"requestId\", ...) names a"
                        + " field the derived response does not have, so the example would be ignored. The translation reads \"lastChanged\","
                        + " \"status\": name one of those (a translationMap key or output property), or drop the example");
    }

    @Test
    void twoPathsThatNeedDifferentTypesAtTheSameSpotNameBothAndWhy() {
        assertThatThrownBy(() -> verify("$.status.status", "$.status[0].lastChanged", Map.of()))
                .isInstanceOf(DataActionContractError.class)
                .hasMessage("Data Action 'Get Presence' (Get-Presence.custom.json), interaction 'present': Cannot derive a response for Data"
                        + " Action 'Get Presence': translationMap key 'status' ($.status.status) and translationMap key 'lastChanged'"
                        + " ($.status[0].lastChanged) cannot both find a value in one response: $.status must be an object for the first and an"
                        + " array for the second. One of the paths does not fit this backend (check both against a real response); or give the"
                        + " response with respondsWith(status, body), or leave one out with withoutFields(key)");
    }

    @Test
    void aLeafAndAnObjectAtTheSameSpotConflictToo() {
        assertThatThrownBy(() -> verify("$.status", "$.status.lastChanged", Map.of()))
                .isInstanceOf(DataActionContractError.class)
                .hasMessageContaining("translationMap key 'status' ($.status) and translationMap key 'lastChanged' ($.status.lastChanged) cannot"
                        + " both find a value in one response: $.status must be a string value for the first and an object for the second.");
    }
}
