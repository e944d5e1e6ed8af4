package org.dataactioncontracts.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository's real files, and small Data Actions written to temp directories. */
final class TestFiles {
    /** The repository root, seen from the module directory Maven runs tests in. */
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path EXAMPLE_ACTION = REPO.resolve("examples/Get-User-Presence.custom.json");
    static final Path EXAMPLE_RESPONSE = REPO.resolve("examples/user-presence-response.json");
    static final Path CORPUS = Path.of("../contract-core/src/test/resources/corpus/genesys-data-actions");

    private TestFiles() {
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A GET Data Action on {@code urlTemplate} with the given header templates, translation map, defaults and success
     * template (all as JSON object / string literals), and a permissive output schema.
     */
    static String action(String urlTemplate, String headers, String translationMap, String defaults, String successTemplate) {
        return """
                {
                  "name": "CLI Test Action",
                  "integrationType": "purecloud-data-actions",
                  "actionType": "custom",
                  "config": {
                    "request": {"requestUrlTemplate": "%s", "requestType": "GET", "headers": %s, "requestTemplate": "${input.rawRequest}"},
                    "response": {"translationMap": %s, "translationMapDefaults": %s, "successTemplate": %s}
                  },
                  "contract": {
                    "input": {"inputSchema": {"type": "object", "properties": {"userId": {"type": "string"}}, "additionalProperties": true}},
                    "output": {"successSchema": {"type": "object", "properties": {}, "additionalProperties": true}}
                  },
                  "secure": false
                }
                """.formatted(urlTemplate, headers, translationMap, defaults, successTemplate);
    }
}
