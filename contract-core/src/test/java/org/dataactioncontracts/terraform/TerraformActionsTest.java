package org.dataactioncontracts.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.action.Linter;
import org.dataactioncontracts.action.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformActionsTest {
    static final Path TREE = TerraformTwinsTest.TREE.resolve("terraform");

    @Test
    void everyTfFileOfTheCorpusLoadsAndLintsWithoutCrashing() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TerraformTwinsTest.CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
        int actions = 0;
        for (Path file : files) {
            for (TerraformAction action : TerraformActions.load(file).actions()) {
                assertThat(Linter.create().lint(action.action())).isNotNull();
                actions++;
            }
        }
        assertThat(files).hasSize(34);
        // 4 single files, the 5 module files read alone, and main.tf reading the same 5 through its modules.
        assertThat(actions).isEqualTo(14);
    }

    @Test
    void aRootFollowsLocalModulesAndNamesActionsFromModuleArguments() {
        TerraformConfig config = TerraformActions.load(TREE);
        assertThat(config.actions()).extracting(a -> a.action().name()).containsExactly("Create Scheduled Callback",
                "Get Sentiment", "Send Agentless SMS", "Send Chat Group Notification", "Update External Tag");
        TerraformAction sentiment = config.find("Get Sentiment").get(0);
        assertThat(sentiment.address()).isEqualTo("module.get_sentiment_data_action.genesyscloud_integration_action.get_sentiment");
        assertThat(config.find("module.get_sentiment_data_action.genesyscloud_integration_action.get_sentiment")).containsExactly(sentiment);
        assertThat(sentiment.file()).isEqualTo(TREE.resolve("modules/actions/get-sentiment/get-sentiment.tf"));
        assertThat(sentiment.line()).isEqualTo(4);
    }

    @Test
    void aRemoteModulesOutputIsANamedPlaceholderWithAnInfoFinding() {
        TerraformConfig config = TerraformActions.load(TREE);
        TerraformAction sentiment = config.find("Get Sentiment").get(0);
        assertThat(sentiment.action().category()).contains("<unresolved module.data_action.integration_name>");
        assertThat(config.findingsFor(sentiment)).extracting(LintFinding::format).contains(
                TREE.resolve("modules/actions/get-sentiment/get-sentiment.tf") + ":6 at "
                        + "module.get_sentiment_data_action.genesyscloud_integration_action.get_sentiment.category: INFO "
                        + "[terraform-unresolved] category is not known statically: module.data_action.integration_name "
                        + "(an output of module data_action, which is not a local folder). Pass the value as a module "
                        + "argument, a variable default or in terraform.tfvars to check it; the placeholder is used meanwhile");
    }

    @Test
    void flowSubstitutionsResolveThroughModuleOutputsAndDataSourcesArePlaceholders() {
        TerraformFlow flow = TerraformActions.load(TREE).flows().get(0);
        assertThat(flow.address()).isEqualTo("module.archy_flow.genesyscloud_flow.workflow");
        assertThat(flow.yaml()).isEqualTo(TREE.resolve("modules/flow/Send_SMS_and_Create_Supervisor_Callback.yaml"));
        assertThat(flow.substitutions()).containsEntry("get_sentiment_name", "Get Sentiment")
                .containsEntry("sms_number", "+11234567890")
                .containsEntry("data_action_category", "<unresolved module.data_action.integration_name>")
                .containsEntry("callback_queue", "<unresolved data.genesyscloud_routing_queue.callback_queue.id>");
    }

    @Test
    void templateEscapesJsonencodeHeredocsDefaultsAndTfvarsAreRead(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("main.tf"), """
                module "lookup" {
                  source = "./modules/lookup"
                  action_name = var.prefix
                }
                """);
        Files.writeString(root.resolve("variables.tf"), "variable \"prefix\" {\n  type = string\n}\n");
        Files.writeString(root.resolve("dev.auto.tfvars"), "prefix = \"Lookup Customer\"\n");
        Path module = Files.createDirectories(root.resolve("modules/lookup"));
        Files.writeString(module.resolve("variables.tf"), """
                variable "action_name" {
                  type = string
                }
                variable "timeout" {
                  default = 20
                }
                """);
        Files.writeString(module.resolve("action.tf"), """
                resource "genesyscloud_integration_action" "lookup" {
                  name           = var.action_name
                  category       = "CRM"
                  integration_id = "abc"
                  config_timeout_seconds = var.timeout
                  contract_input = jsonencode({
                    "type" = "object",
                    "properties" = { "phone": { "type" = "string", "maxLength" = 20 } }
                  })
                  contract_output = jsonencode({ type = "object", properties = { id = { type = "string" } } })
                  config_request {
                    request_url_template = "/customers?phone=$${input.phone}"
                    request_type         = "GET"
                    request_template     = <<EOT
                {"phone": "$${input.phone}", "pct": "%%{x}"}
                EOT
                    headers = { "X-Api" = "v1" }
                  }
                  config_response {
                    translation_map = { id = "$.id" }
                    success_template = "{\\"id\\": $${id}}"
                  }
                }
                """);
        TerraformAction action = TerraformActions.load(root).actions().get(0);
        assertThat(action.address()).isEqualTo("module.lookup.genesyscloud_integration_action.lookup");
        assertThat(action.action().name()).isEqualTo("Lookup Customer");
        assertThat(action.action().timeoutSeconds()).isEqualTo(20);
        assertThat(action.action().request().urlTemplate()).isEqualTo("/customers?phone=${input.phone}");
        assertThat(action.action().request().requestTemplate()).isEqualTo("{\"phone\": \"${input.phone}\", \"pct\": \"%{x}\"}\n");
        assertThat(action.action().request().headers()).containsEntry("X-Api", "v1");
        assertThat(action.action().response().successTemplate()).isEqualTo("{\"id\": ${id}}");
        assertThat(action.action().inputSchema().at("/properties/phone/maxLength").isIntegralNumber()).isTrue();
    }

    @Test
    void aSensitiveVariableIsNeverReadEvenWithATfvarsValue(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("variables.tf"), "variable \"api_token\" {\n  sensitive = true\n}\n");
        Files.writeString(root.resolve("terraform.tfvars"), "api_token = \"tok-CANARY-4d2f\"\n");
        Files.writeString(root.resolve("main.tf"), """
                resource "genesyscloud_integration_action" "a" {
                  name = "A"
                  category = "C"
                  integration_id = "i"
                  contract_input = jsonencode({type = "object"})
                  contract_output = jsonencode({type = "object"})
                  config_request {
                    request_url_template = "/a"
                    request_type = "GET"
                    headers = { Authorization = var.api_token }
                  }
                }
                """);
        TerraformConfig config = TerraformActions.load(root);

        assertThat(config.actions().get(0).action().request().headers()).containsEntry("Authorization", "<unresolved var.api_token>");
        assertThat(config.toString()).doesNotContain("CANARY");
    }

    @Test
    void anIndentedHeredocLosesItsCommonIndentationAsInTerraform(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.tf");
        Files.writeString(file, """
                resource "genesyscloud_integration_action" "a" {
                  name = "A"
                  category = "C"
                  integration_id = "i"
                  contract_input = jsonencode({type = "object"})
                  contract_output = jsonencode({type = "object"})
                  config_request {
                    request_url_template = "/a"
                    request_type = "POST"
                    request_template = <<-EOT
                      {
                        "id": "$${input.id}"
                      }
                    EOT
                  }
                }
                """);

        assertThat(TerraformActions.load(file).actions().get(0).action().request().requestTemplate())
                .isEqualTo("{\n  \"id\": \"${input.id}\"\n}\n");
    }

    @Test
    void lintFindingsPointAtTheTfFileLineAndAttribute() {
        TerraformAction tag = TerraformActions.load(TREE).find("Update External Tag").get(0);
        List<LintFinding> located = Linter.create().lint(tag.action()).stream().map(tag::locate).toList();
        assertThat(located).isNotEmpty();
        assertThat(located).allSatisfy(f -> assertThat(f.file()).startsWith(tag.file() + ":"));
        LintFinding url = located.stream().filter(f -> f.pointer().contains("request_url_template")).findFirst().orElseThrow();
        assertThat(url.file()).isEqualTo(tag.file() + ":26");
        assertThat(url.pointer()).isEqualTo(tag.address() + ".config_request.request_url_template");
    }

    @Test
    void invalidHclNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.tf");
        Files.writeString(file, "resource \"genesyscloud_integration_action\" \"a\" {\n  name = \"abc\n}\n");
        assertThatThrownBy(() -> TerraformActions.load(file)).isInstanceOf(InvalidDataActionException.class)
                .hasMessageStartingWith(file + ":2: is not valid HCL (");
    }

    @Test
    void aBlockWithoutItsClosingBraceIsRefusedNotDropped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unclosed.tf");
        Files.writeString(file, "resource \"genesyscloud_integration_action\" \"a\" {\n  name = \"abc\"\n");
        assertThatThrownBy(() -> TerraformActions.load(file)).isInstanceOf(InvalidDataActionException.class)
                .hasMessage(file + ":1: the resource block [genesyscloud_integration_action, a] could not be read (hcl4j dropped it:"
                        + " is a closing brace missing?). Fix the syntax; terraform validate shows where");
    }

    @Test
    void aResourceWithoutARequestUrlIsAnErrorAtItsTfLocation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.tf");
        Files.writeString(file, """
                resource "genesyscloud_integration_action" "a" {
                  name = "A"
                  category = "C"
                  integration_id = "i"
                  contract_input = jsonencode({type = "object"})
                  contract_output = jsonencode({type = "object"})
                  config_request {
                    request_type = "GET"
                  }
                }
                """);
        assertThatThrownBy(() -> TerraformActions.load(file)).isInstanceOf(InvalidDataActionException.class)
                .hasMessage(file + ":7 at genesyscloud_integration_action.a.config_request.request_url_template: is missing."
                        + " Set the URL the action calls");
    }

    @Test
    void unresolvedSecureIsAnInfoAndLoadsAsFalse() {
        TerraformConfig config = TerraformActions.load(TerraformTwinsTest.SINGLE
                .resolve("GenesysCloudDevOps__public-api-get-campaign-queue-data-action-module__main.tf"));
        TerraformAction action = config.actions().get(0);
        assertThat(action.action().secure()).isFalse();
        assertThat(config.findingsFor(action)).extracting(LintFinding::severity).containsOnly(Severity.INFO);
        assertThat(config.findingsFor(action)).extracting(LintFinding::pointer).contains(
                "genesyscloud_integration_action.action.secure", "genesyscloud_integration_action.action.name");
    }
}
