package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.cli.internal.OrgConnection.OrgException;
import org.dataactioncontracts.cli.internal.OrgConnection.Retry;
import org.dataactioncontracts.flow.ArchyFlows;
import org.dataactioncontracts.flow.DataActionCall;
import org.dataactioncontracts.flow.FlowSet;
import org.dataactioncontracts.flow.InvalidFlowException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dac deploy}: makes an org category's Data Actions match a domain's exports, one line per action. */
@Command(name = "deploy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Deploy a domain's Data Action exports to an org category, matched by name: an unchanged action is left alone; "
                + "a changed config goes through a draft, its validation and publish; a new action is created.",
            "A changed contract (input or output schema) is refused, since Genesys freezes a published contract, unless "
                + "--create-new: then the old action is deleted and a new one created (a new id, as CX as Code does), and "
                + "the flows that call it must be republished.",
            "Credentials come from the environment only: GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET "
                + "(and GENESYSCLOUD_REGION unless --region). Needs integrations:action:view, :add, :edit and :delete."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every action is deployed or was already up to date",
                "  1  some action was refused (contract change) or failed (validation, conflict); the others were deployed",
                "  2  bad usage, a file that is not a Data Action, or a credential or the region missing (nothing deployed)",
                "  5  the org could not be reached, refused the credentials, or kept answering 429/5xx (the run stopped)",
                "%nExample:%n  dac deploy --region eu-west-1 --category CRM crm-read-contracts/data-actions"})
final class DeployCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    OrgConnection.Options org = new OrgConnection.Options();

    @Option(names = "--category", required = true, paramLabel = "<name>", description = "The org category the actions live in.")
    String category;

    @Option(names = "--integration-id", paramLabel = "<id>",
            description = "The integration new actions are created in (default: the one integration the category's actions use).")
    String integrationId;

    @Option(names = "--create-new", description = "Replace an action whose contract changed by a new action (new id); flows that call it must be republished.")
    boolean createNew;

    @Option(names = "--flows", paramLabel = "<folder|file>",
            description = "Archy YAML flows (or a Terraform root): a refused or replaced action names the flow locations that call it.")
    String flows;

    private FlowSet flowSet;

    @Option(names = "--dry-run", description = "Say what would be done; change nothing.")
    boolean dryRun;

    @Parameters(index = "0", paramLabel = "<data-actions dir>", description = "The domain's folder of UI exports (*.json).")
    String folder;

    /** What happened to one action; the summary counts them. */
    private enum Outcome { UNCHANGED, CREATED, PUBLISHED, REPLACED, REFUSED, FAILED, SKIPPED }

    private final Map<Outcome, Integer> counts = new HashMap<>();

    DeployCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Map<String, JsonNode> local = readFolder();
        OrgConnection connection;
        try {
            connection = OrgConnection.open(context, org);
            OrgActions actions = new OrgActions(connection);
            Map<String, JsonNode> remote = byName(actions.list(category, null));
            // Settled before the first change, so that a usage error never leaves a half-deployed category.
            String integration = local.values().stream().allMatch(a -> remote.containsKey(a.path("name").asText())) ? null : integrationFor(actions, remote);
            for (Map.Entry<String, JsonNode> entry : local.entrySet()) {
                deployOne(connection, actions, entry.getKey(), entry.getValue(), remote, integration);
            }
        } catch (OrgException e) {
            context.error("dac deploy: " + e.getMessage() + "; the run stopped, rerun it (deploy is idempotent)");
            return OrgConnection.EXIT_ORG;
        }
        StringBuilder summary = new StringBuilder(dryRun ? "dry run, nothing changed: " : "deployed ");
        summary.append("category '").append(category).append("' to ").append(connection.host()).append(": ");
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            parts.add(counts.getOrDefault(outcome, 0) + " " + outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
        print(summary.append(String.join(", ", parts)).toString());
        return counts.getOrDefault(Outcome.REFUSED, 0) + counts.getOrDefault(Outcome.FAILED, 0) > 0 ? Dac.EXIT_FAILED : Dac.EXIT_OK;
    }

    /** The folder's exports by file name; every file must load as a Data Action before anything is sent. */
    private Map<String, JsonNode> readFolder() {
        Path path = context.optionPath("<data-actions dir>", folder);
        if (!Files.isDirectory(path)) {
            throw new UsageException(folder + " is not a directory; give the domain's data-actions folder");
        }
        Map<String, JsonNode> files = new java.util.TreeMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (Path file : context.jsonFiles(Context.path(folder))) {
            try {
                context.load(file);
                JsonNode tree = Json.MAPPER.readTree(Files.readString(path.resolve(file.getFileName()), StandardCharsets.UTF_8));
                String name = OrgActions.orgName(tree.path("name").asText());
                if (!names.add(name)) {
                    throw new UsageException(file + ": a second action named '" + name + "' in " + folder + "; Genesys names actions uniquely");
                }
                ((ObjectNode) tree).put("name", name);
                files.put(file.toString(), tree);
            } catch (InvalidDataActionException e) {
                throw new UsageException(e.getMessage() + "; nothing was deployed");
            } catch (IOException e) {
                throw new UsageException(file + " cannot be read (" + e.getMessage() + "); nothing was deployed");
            }
        }
        if (files.isEmpty()) {
            throw new UsageException(folder + " holds no *.json Data Action exports");
        }
        return files;
    }

    private Map<String, JsonNode> byName(List<JsonNode> listed) {
        Map<String, JsonNode> result = new HashMap<>();
        for (JsonNode action : listed) {
            result.putIfAbsent(action.path("name").asText(), action);
        }
        return result;
    }

    private void deployOne(OrgConnection connection, OrgActions actions, String file, JsonNode desired, Map<String, JsonNode> remote,
            String integration) {
        String name = desired.path("name").asText();
        JsonNode summary = remote.get(name);
        try {
            if (summary == null) {
                if (dryRun) {
                    done(Outcome.CREATED, name, "would be created (" + file + ")");
                    return;
                }
                JsonNode created = create(connection, desired, integration);
                done(Outcome.CREATED, name, "new action " + created.path("id").asText() + ", version " + created.path("version").asInt());
                return;
            }
            String id = summary.path("id").asText();
            if (OrgActions.builtIn(summary)) {
                done(Outcome.SKIPPED, name, "built-in action " + id + "; Genesys manages it");
                return;
            }
            JsonNode current = actions.full(id);
            List<String> contractChanges = OrgActions.diff(current.path("contract"), desired.path("contract"));
            if (!contractChanges.isEmpty()) {
                replace(connection, name, id, desired, current, contractChanges);
                return;
            }
            ObjectNode currentConfig = configPart(current);
            ObjectNode desiredConfig = configPart(desired);
            List<String> configChanges = OrgActions.diff(currentConfig, desiredConfig);
            if (configChanges.isEmpty()) {
                done(Outcome.UNCHANGED, name, "version " + current.path("version").asInt());
                return;
            }
            if (dryRun) {
                done(Outcome.PUBLISHED, name, "would publish a new version: " + String.join("; ", configChanges));
                return;
            }
            publish(connection, name, id, desiredConfig, configChanges);
        } catch (OrgException e) {
            if (e.status() == 0 || e.status() == 429 || e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            done(Outcome.FAILED, name, e.getMessage());
        }
    }

    /** The part of an action a draft changes without a new action: config and secure. */
    private static ObjectNode configPart(JsonNode action) {
        ObjectNode part = Json.MAPPER.createObjectNode();
        part.set("config", action.path("config").deepCopy());
        part.put("secure", action.path("secure").asBoolean(false));
        return part;
    }

    private void publish(OrgConnection connection, String name, String id, ObjectNode desiredConfig, List<String> changes) {
        String draftPath = OrgActions.ACTIONS + "/" + OrgConnection.encode(id) + "/draft";
        JsonNode patched;
        try {
            patched = patchDraft(connection, draftPath, desiredConfig);
        } catch (OrgException e) {
            if (e.status() != 409) {
                throw e;
            }
            // Someone changed the draft between our read and our write: read it again, once.
            patched = patchDraft(connection, draftPath, desiredConfig);
        }
        JsonNode validation = connection.get(draftPath + "/validation");
        if (!validation.path("valid").asBoolean(false)) {
            List<String> errors = new ArrayList<>();
            validation.path("errors").forEach(e -> errors.add(e.path("message").asText(e.toString())));
            done(Outcome.FAILED, name, "Genesys rejected the draft (" + String.join("; ", errors) + "); the draft stays in the org, nothing was published");
            return;
        }
        ObjectNode publishBody = Json.MAPPER.createObjectNode().put("version", patched.path("version").asInt());
        JsonNode published = connection.call("POST", draftPath + "/publish", publishBody, Retry.SAFE);
        done(Outcome.PUBLISHED, name, "version " + published.path("version").asInt() + " (" + String.join("; ", changes) + ")");
    }

    private JsonNode patchDraft(OrgConnection connection, String draftPath, ObjectNode desiredConfig) {
        JsonNode draft;
        try {
            draft = connection.get(draftPath);
        } catch (OrgException e) {
            if (e.status() != 404) {
                throw e;
            }
            draft = connection.call("POST", draftPath, null, Retry.SAFE);
        }
        ObjectNode patch = desiredConfig.deepCopy().put("version", draft.path("version").asInt());
        return connection.call("PATCH", draftPath, patch, Retry.SAFE);
    }

    private void replace(OrgConnection connection, String name, String id, JsonNode desired, JsonNode current, List<String> changes) {
        String what = "the contract changed (" + String.join("; ", changes) + ")";
        if (!createNew) {
            done(Outcome.REFUSED, name, what + "; Genesys freezes a published contract. Rerun with --create-new to replace action "
                    + id + " by a new one, then republish the flows that call it" + flowsCalling(name));
            return;
        }
        if (dryRun) {
            done(Outcome.REPLACED, name, "would replace " + id + ": " + what);
            return;
        }
        String integration = current.path("integrationId").asText();
        connection.call("DELETE", OrgActions.ACTIONS + "/" + OrgConnection.encode(id), null, Retry.SAFE);
        JsonNode created = create(connection, desired, integration);
        done(Outcome.REPLACED, name, "new action " + created.path("id").asText() + " replaces " + id + " (" + what
                + "); republish every flow that calls " + id + flowsCalling(name));
    }

    /** With --flows: "; flows calling it: <location>, ..." (or that none in --flows does); without it, nothing. */
    private String flowsCalling(String name) {
        if (flows == null) {
            return "";
        }
        if (flowSet == null) {
            try {
                flowSet = ArchyFlows.readAll(context.optionPath("--flows", flows));
            } catch (InvalidFlowException | InvalidDataActionException e) {
                throw new UsageException(e.getMessage());
            }
        }
        List<String> where = flowSet.callsOf(name).stream().map(DataActionCall::where).distinct().toList();
        return where.isEmpty() ? " (no flow in " + flows + " calls it)" : "; flows calling it: " + String.join(", ", where);
    }

    private JsonNode create(OrgConnection connection, JsonNode desired, String integration) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("name", desired.path("name").asText()).put("category", category).put("integrationId", integration)
                .put("secure", desired.path("secure").asBoolean(false));
        body.set("config", desired.path("config").deepCopy());
        body.set("contract", desired.path("contract").deepCopy());
        // Creating is not idempotent: only a 429 (the request was not processed) is retried.
        return connection.call("POST", OrgActions.ACTIONS, body, Retry.ONLY_THROTTLED);
    }

    private String integrationFor(OrgActions actions, Map<String, JsonNode> remote) {
        if (integrationId != null) {
            return integrationId;
        }
        Set<String> used = new LinkedHashSet<>();
        remote.values().stream().filter(a -> !OrgActions.builtIn(a)).map(a -> a.path("integrationId").asText())
                .filter(i -> !OrgActions.FUNCTION_INTEGRATION_TYPE.equals(actions.integrationType(i))).forEach(used::add);
        if (used.size() != 1) {
            throw new UsageException("a new action needs an integration: category '" + category + "' uses " + (used.isEmpty() ? "none" : used.size())
                    + "; give --integration-id");
        }
        return used.iterator().next();
    }

    private void done(Outcome outcome, String name, String detail) {
        counts.merge(outcome, 1, Integer::sum);
        print(String.format(java.util.Locale.ROOT, "%-9s %s: %s", outcome.name().toLowerCase(java.util.Locale.ROOT), name, detail));
    }

    private void print(String line) {
        context.out().println(context.scrub(line));
    }
}
