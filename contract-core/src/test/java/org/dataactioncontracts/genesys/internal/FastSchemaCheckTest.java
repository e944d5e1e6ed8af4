package org.dataactioncontracts.genesys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.genesys.SchemaSamples;
import org.junit.jupiter.api.Test;

/** The shortcut may only ever say "valid" when the real validator agrees; checked on every corpus schema and many instances. */
class FastSchemaCheckTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static Stream<Path> corpus() throws URISyntaxException {
        return DataActions.jsonFiles(Path.of(FastSchemaCheckTest.class.getResource("/corpus/genesys-data-actions").toURI())).stream();
    }

    /**
     * Over every corpus schema: each time the shortcut says "valid", the real validator agrees. Counts how often the
     * shortcut applied and said "valid", so the test cannot pass by never applying it.
     */
    @Test
    void neverCallsValidWhatTheRealValidatorRejects() throws Exception {
        int schemas = 0;
        int shortcuts = 0;
        int validVerdicts = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path file : corpus().toList()) {
            DataAction action = DataActions.load(file);
            for (JsonNode schema : List.of(action.inputSchema(), action.successSchema())) {
                schemas++;
                FastSchemaCheck shortcut = FastSchemaCheck.of(schema);
                if (shortcut == null) {
                    continue;
                }
                shortcuts++;
                var real = JsonSchemaFactory.byDefault().getJsonSchema(schema);
                for (JsonNode instance : instances(schema)) {
                    if (shortcut.certainlyValid(instance)) {
                        validVerdicts++;
                        if (!real.validate(instance).isSuccess()) {
                            disagreements.add(file.getFileName() + ": " + instance);
                        }
                    }
                }
            }
        }
        System.out.printf("FastSchemaCheck over the corpus: %d schemas, %d with a shortcut, %d \"valid\" verdicts checked%n",
                schemas, shortcuts, validVerdicts);
        assertThat(disagreements).isEmpty();
        assertThat(shortcuts).as("schemas the shortcut applies to, of %d", schemas).isGreaterThanOrEqualTo(MIN_SHORTCUTS);
        assertThat(validVerdicts).as("\"valid\" verdicts checked against the real validator").isGreaterThanOrEqualTo(MIN_VALID_VERDICTS);
    }

    /** Lower bounds measured on the 80 corpus exports (157 of 160 and 923 on 2026-12-03): the check must keep exercising the shortcut. */
    private static final int MIN_SHORTCUTS = 150;
    private static final int MIN_VALID_VERDICTS = 800;

    /** A schema-shaped instance and mutations of each of its properties: null, wrong types, removed, extra keys. */
    private static List<JsonNode> instances(JsonNode schema) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode base = SchemaSamples.sample(schema);
        out.add(base);
        out.add(F.arrayNode());
        out.add(F.textNode("x"));
        if (base.isObject()) {
            ObjectNode extra = base.deepCopy();
            extra.put("unexpectedExtraKey", 1);
            out.add(extra);
            base.fieldNames().forEachRemaining(name -> {
                for (JsonNode replacement : List.of(F.nullNode(), F.numberNode(7.0), F.numberNode(7), F.textNode("7"), F.booleanNode(true),
                        F.arrayNode().add(1), F.objectNode())) {
                    ObjectNode mutated = base.deepCopy();
                    mutated.set(name, replacement);
                    out.add(mutated);
                }
                ObjectNode removed = base.deepCopy();
                removed.remove(name);
                out.add(removed);
            });
        }
        return out;
    }

}
