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
        JsonNode base = sample(schema);
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

    private static JsonNode sample(JsonNode schema) {
        JsonNode typeNode = schema.path("type");
        String type = typeNode.isArray() ? typeNode.path(0).asText() : typeNode.asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode o = F.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> o.set(p.getKey(), sample(p.getValue())));
                yield o;
            }
            case "array" -> F.arrayNode().add(sample(schema.path("items").isArray() ? schema.path("items").path(0) : schema.path("items")));
            case "integer" -> F.numberNode(1);
            case "number" -> F.numberNode(1.5);
            case "boolean" -> F.booleanNode(true);
            case "null" -> F.nullNode();
            default -> schema.has("enum") ? schema.get("enum").get(0) : F.textNode("text");
        };
    }
}
