package org.dataactioncontracts.genesys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.genesys.SchemaSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential test of the shortcut against fge, the validator it stands in for: on every corpus schema and on
 * malformed ones, with valid and invalid instances, the shortcut may say "certainly valid" only where fge finds no
 * error. It must also decide a real share of the cases, or it would be dead weight that a test cannot catch.
 */
class FastSchemaCheckTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FGE = JsonSchemaFactory.byDefault();

    /** Counts of one run over a set of schemas. */
    private record Tally(int schemas, int withShortcut, int cases, int decided, int fgeValid, List<String> disagreements) {
    }

    private static Tally compare(Map<String, JsonNode> schemas) throws Exception {
        int withShortcut = 0;
        int cases = 0;
        int decided = 0;
        int fgeValid = 0;
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : schemas.entrySet()) {
            JsonNode schema = entry.getValue();
            FastSchemaCheck shortcut = FastSchemaCheck.of(schema);
            JsonSchema real = FGE.getJsonSchema(schema);
            withShortcut += shortcut == null ? 0 : 1;
            for (JsonNode instance : instances(schema)) {
                boolean valid;
                try {
                    valid = real.validate(instance).isSuccess();
                } catch (ProcessingException e) {
                    valid = false; // "fatal: invalid JSON Schema": SchemaValidator reports it as a failure
                }
                boolean certain = shortcut != null && shortcut.certainlyValid(instance);
                cases++;
                decided += certain ? 1 : 0;
                fgeValid += valid ? 1 : 0;
                if (certain && !valid) {
                    disagreements.add(entry.getKey() + ": " + instance);
                }
            }
        }
        return new Tally(schemas.size(), withShortcut, cases, decided, fgeValid, disagreements);
    }

    private static Map<String, JsonNode> corpusSchemas() throws URISyntaxException {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        for (Path file : DataActions.jsonFiles(Path.of(FastSchemaCheckTest.class.getResource("/corpus/genesys-data-actions").toURI()))) {
            DataAction action = DataActions.load(file);
            schemas.put(file.getFileName() + " input", action.inputSchema());
            schemas.put(file.getFileName() + " output", action.successSchema());
        }
        return schemas;
    }

    @Test
    void onEveryCorpusSchemaTheShortcutNeverAcceptsWhatFgeRejectsAndDecidesMostValidCases() throws Exception {
        Tally tally = compare(corpusSchemas());
        System.out.println("FastSchemaCheck on the corpus: " + tally.schemas() + " schemas, " + tally.withShortcut() + " with the shortcut, "
                + tally.cases() + " instances, " + tally.fgeValid() + " valid for fge, " + tally.decided() + " decided by the shortcut");

        assertThat(tally.disagreements()).isEmpty();
        assertThat(tally.schemas()).isEqualTo(160);
        assertThat(tally.withShortcut()).as("schemas the shortcut understands").isGreaterThan(140);
        assertThat(tally.cases()).isGreaterThan(3_000);
        // Most instances fge accepts never reach fge: the reason the shortcut exists.
        assertThat(tally.decided()).isGreaterThan(tally.fgeValid() * 3 / 4);
    }

    /** Schemas fge reports as malformed on every instance; the shortcut must not apply to them. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\": \"object\", \"required\": [], \"properties\": {\"a\": {\"type\": \"string\"}}}",
            "{\"type\": \"object\", \"required\": [\"a\", \"a\"], \"properties\": {\"a\": {\"type\": \"string\"}}}",
            "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"enum\": [\"x\", \"x\"]}}}",
            "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"title\": 5}}}",
            "{\"type\": \"object\", \"description\": [], \"properties\": {\"a\": {\"type\": \"string\"}}}",
            "{\"type\": [\"string\", \"string\"]}",
            "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"text\"}}}",
            "{\"type\": [], \"properties\": {\"a\": {\"type\": \"string\"}}}",
            "{\"type\": \"array\", \"items\": {\"type\": \"object\", \"required\": []}}",
            "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"id\": 3}}}"
    })
    void malformedSchemasNeverTakeTheShortcut(String schemaText) throws Exception {
        JsonNode schema = MAPPER.readTree(schemaText);
        assertThat(FGE.getSyntaxValidator().schemaIsValid(schema)).as("fge finds it malformed").isFalse();

        Tally tally = compare(Map.of(schemaText, schema));

        assertThat(FastSchemaCheck.of(schema)).isNull();
        assertThat(tally.decided()).isZero();
        assertThat(tally.disagreements()).isEmpty();
        assertThat(tally.cases()).isPositive();
    }

    /** Hand-made schemas at the edges of what the shortcut understands, each with the cases it must decide or leave. */
    @Test
    void edgeSchemasAgreeWithFge() throws Exception {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        for (String text : List.of(
                "{\"type\": \"object\", \"additionalProperties\": false, \"required\": [\"a\"], \"properties\": {\"a\": {\"type\": \"integer\"}}}",
                "{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"number\", \"enum\": [1, 2.5]}, \"s\": {\"type\": [\"string\", \"null\"]}}}",
                "{\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}, \"required\": [\"id\"]}}",
                "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"boolean\"}}}}}",
                "{\"properties\": {\"a\": {\"enum\": [null, 0, \"0\", {\"k\": [1]}]}}}",
                "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"enum\": []}}}")) {
            schemas.put(text, MAPPER.readTree(text));
        }

        Tally tally = compare(schemas);

        assertThat(tally.disagreements()).isEmpty();
        assertThat(tally.withShortcut()).isEqualTo(6);
        assertThat(tally.decided()).isPositive();
    }

    /** A schema-shaped instance and mutations of each of its properties: null, wrong types, removed, extra keys, nested. */
    private static List<JsonNode> instances(JsonNode schema) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode base = SchemaSamples.sample(schema);
        out.add(base);
        out.add(F.arrayNode());
        out.add(F.arrayNode().add(base.deepCopy()).add(F.objectNode()).add(F.nullNode()));
        out.add(F.objectNode());
        out.add(F.textNode("x"));
        out.add(F.numberNode(1));
        out.add(F.nullNode());
        if (base.isObject()) {
            ObjectNode extra = base.deepCopy();
            extra.put("unexpectedExtraKey", 1);
            out.add(extra);
            base.fieldNames().forEachRemaining(name -> {
                for (JsonNode replacement : List.of(F.nullNode(), F.numberNode(7.0), F.numberNode(7), F.numberNode(7L), F.textNode("7"),
                        F.booleanNode(true), F.arrayNode().add(1), F.arrayNode(), F.objectNode(), F.textNode(""))) {
                    ObjectNode mutated = base.deepCopy();
                    mutated.set(name, replacement);
                    out.add(mutated);
                }
                ObjectNode removed = base.deepCopy();
                removed.remove(name);
                out.add(removed);
                JsonNode child = base.get(name);
                if (child.isArray() && !child.isEmpty()) {
                    ObjectNode elementChanged = base.deepCopy();
                    ArrayNode array = (ArrayNode) elementChanged.get(name);
                    array.add(F.textNode("other")).add(F.numberNode(3)).add(F.nullNode());
                    out.add(elementChanged);
                }
                if (child.isObject()) {
                    for (JsonNode nested : instances(schema.path("properties").path(name))) {
                        ObjectNode nestedChanged = base.deepCopy();
                        nestedChanged.set(name, nested);
                        out.add(nestedChanged);
                    }
                }
            });
        }
        return out;
    }
}
