package org.dataactioncontracts.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.action.Linter;
import org.dataactioncontracts.genesys.GenesysEmulator;
import org.dataactioncontracts.pact.internal.ResponseDeriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each CX as Code action of the corpus against its UI-export twin: same model, same lint findings. */
class TerraformTwinsTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final Path SINGLE = CORPUS.resolve("cx-as-code");
    static final Path TREE = CORPUS.resolve("cx-as-code-trees/negative-sentiment-callback");

    /** The 9 pairs of {@code corpus/terraform-twins.tsv}: .tf (file or root), the action's name or address, its UI export. */
    static Stream<Arguments> twins() throws IOException {
        List<Arguments> pairs = Files.readAllLines(CORPUS.resolve("terraform-twins.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                .map(f -> Arguments.of(CORPUS.resolve(f[0]), f[1].equals("-") ? null : f[1], CORPUS.resolve(f[2]))).toList();
        assertThat(pairs).hasSize(9);
        return pairs.stream();
    }

    static TerraformAction only(Path tf, String nameOrAddress) {
        TerraformConfig config = TerraformActions.load(tf);
        List<TerraformAction> found = nameOrAddress == null ? config.actions() : config.find(nameOrAddress);
        assertThat(found).as("actions named %s in %s", nameOrAddress, tf).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("twins")
    void terraformActionLoadsTheSameRequestResponseAndContractAsItsExport(Path tf, String nameOrAddress, Path export) {
        DataAction fromTf = only(tf, nameOrAddress).action();
        DataAction fromExport = DataActions.load(export);
        assertThat(fromTf.request()).isEqualTo(fromExport.request());
        assertThat(fromTf.response()).isEqualTo(fromExport.response());
        assertThat(fromTf.timeoutSeconds()).isEqualTo(fromExport.timeoutSeconds());
        // The exports of the tree carry "additionalProperties": true (and one a title) the .tf files leave out: in
        // draft-04 an absent additionalProperties is true, and a title is an annotation, so the schemas validate alike.
        assertThat(annotationsOff(fromTf.inputSchema())).isEqualTo(annotationsOff(fromExport.inputSchema()));
        assertThat(annotationsOff(fromTf.successSchema())).isEqualTo(annotationsOff(fromExport.successSchema()));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("twins")
    void terraformActionHasTheSameLintFindingsAsItsExportModuloPointers(Path tf, String nameOrAddress, Path export) {
        TerraformAction fromTf = only(tf, nameOrAddress);
        Linter linter = Linter.create();
        assertThat(linter.lint(fromTf.action()).stream().map(TerraformTwinsTest::withoutLocation).toList())
                .isEqualTo(linter.lint(DataActions.load(export)).stream().map(TerraformTwinsTest::withoutLocation).toList());
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("twins")
    void terraformActionContractsTheSamePactRequestAndDerivedResponseAsItsExport(Path tf, String nameOrAddress, Path export) {
        DataAction fromTf = only(tf, nameOrAddress).action();
        DataAction fromExport = DataActions.load(export);
        GenesysEmulator emulator = GenesysEmulator.create();
        JsonNode input = exampleInput(fromExport.inputSchema());
        assertThat(rendered(fromTf, emulator, input)).isEqualTo(rendered(fromExport, emulator, input));
        assertThat(derived(fromTf, emulator)).isEqualTo(derived(fromExport, emulator));
    }

    /** The request the pact contracts, or the reason it cannot be rendered (names masked: single .tf files have none). */
    static String rendered(DataAction action, GenesysEmulator emulator, JsonNode input) {
        try {
            return emulator.render(action, run -> run.input(input)).toString();
        } catch (IllegalArgumentException e) {
            return e.getMessage().replace("'" + action.name() + "'", "<name>");
        }
    }

    /** The response the pact bridge derives, or the reason it cannot (names masked: single .tf files have none). */
    static String derived(DataAction action, GenesysEmulator emulator) {
        try {
            return new ResponseDeriver(action, emulator).exampleBody().toString();
        } catch (IllegalArgumentException e) {
            return e.getMessage().replace("'" + action.name() + "'", "<name>");
        }
    }

    /** An input satisfying the schema's properties: strings, numbers and booleans with recognisable values. */
    static JsonNode exampleInput(JsonNode schema) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        schema.path("properties").properties().forEach(p -> {
            switch (p.getValue().path("type").asText("string")) {
                case "integer", "number" -> input.put(p.getKey(), 7);
                case "boolean" -> input.put(p.getKey(), true);
                default -> input.put(p.getKey(), p.getKey() + "-1");
            }
        });
        return input;
    }

    static JsonNode annotationsOff(JsonNode schema) {
        ObjectNode copy = schema.deepCopy();
        if (copy.path("additionalProperties").asBoolean(false)) {
            copy.remove("additionalProperties");
        }
        copy.remove("title");
        return copy;
    }

    static String withoutLocation(LintFinding f) {
        return f.severity() + " [" + f.rule() + "] " + f.message() + ". " + f.fix();
    }
}
