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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shortcut may only ever say "valid" when the real validator agrees; checked on every corpus schema and many instances. */
class FastSchemaCheckTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static Stream<Path> corpus() throws URISyntaxException {
        return DataActions.jsonFiles(Path.of(FastSchemaCheckTest.class.getResource("/corpus/genesys-data-actions").toURI())).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void neverCallsValidWhatTheRealValidatorRejects(Path file) throws Exception {
        DataAction action = DataActions.load(file);
        for (JsonNode schema : List.of(action.inputSchema(), action.successSchema())) {
            FastSchemaCheck shortcut = FastSchemaCheck.of(schema);
            if (shortcut == null) {
                continue;
            }
            var real = JsonSchemaFactory.byDefault().getJsonSchema(schema);
            for (JsonNode instance : instances(schema)) {
                if (shortcut.certainlyValid(instance)) {
                    assertThat(real.validate(instance).isSuccess()).as("%s: %s", file.getFileName(), instance).isTrue();
                }
            }
        }
    }

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
