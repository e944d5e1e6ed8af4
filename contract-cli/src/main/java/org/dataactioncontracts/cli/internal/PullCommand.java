package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.cli.Dac;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dac pull}: writes a category's Data Actions from a Genesys org as UI-export files, one per action. */
@Command(name = "pull",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write every Data Action of an org category into a folder, in the shape and with the file names of the UI's "
                + "Export (<Name-With-Dashes>.custom.json), and report what is new, changed or unchanged against the files there.",
            "Built-in actions and function actions are skipped and named. --dry-run shows the differences and writes nothing.",
            "Credentials come from the environment only: GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET "
                + "(and GENESYSCLOUD_REGION unless --region). Needs the permission integrations:action:view."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  pulled (or compared, with --dry-run)",
                "  1  some action could not be written (named on stderr)",
                "  2  bad usage, or a credential or the region missing",
                "  5  the org could not be reached, refused the credentials, or kept answering 429/5xx",
                "%nExample:%n  dac pull --region eu-west-1 --category CRM --out crm-read-contracts/data-actions --dry-run"})
final class PullCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    OrgConnection.Options org = new OrgConnection.Options();

    @Option(names = "--category", required = true, paramLabel = "<name>", description = "The org category whose actions are pulled.")
    String category;

    @Option(names = "--name", paramLabel = "<filter>", description = "Only actions whose name matches this filter (Genesys's name filter).")
    String nameFilter;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "The domain's data-actions folder.")
    String out;

    @Option(names = "--dry-run", description = "Show what would change; write nothing.")
    boolean dryRun;

    PullCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path folder = context.optionPath("--out", out);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--out " + out + " is a file; give the domain's data-actions folder");
        }
        OrgConnection connection;
        List<JsonNode> listed;
        OrgActions actions;
        try {
            connection = OrgConnection.open(context, org);
            actions = new OrgActions(connection);
            listed = actions.list(category, nameFilter);
        } catch (OrgConnection.OrgException e) {
            context.error("dac pull: " + e.getMessage());
            return OrgConnection.EXIT_ORG;
        }
        Map<String, String> claimed = new HashMap<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int builtIn = 0;
        int functions = 0;
        int failed = 0;
        for (JsonNode summary : listed) {
            String name = summary.path("name").asText();
            try {
                if (OrgActions.builtIn(summary)) {
                    builtIn++;
                    print("skipped   " + name + ": built-in action (" + summary.path("id").asText() + "); Genesys manages it");
                    continue;
                }
                String type = actions.integrationType(summary.path("integrationId").asText());
                if (OrgActions.FUNCTION_INTEGRATION_TYPE.equals(type)) {
                    functions++;
                    print("skipped   " + name + ": function action (integration type " + type + "); its code runs in Genesys, not in the engine");
                    continue;
                }
                String file = OrgActions.fileName(name);
                String other = claimed.putIfAbsent(file, name);
                if (other != null) {
                    failed++;
                    context.error("dac pull: '" + name + "' and '" + other + "' both export as " + file + "; rename one of them in the org");
                    continue;
                }
                JsonNode export = OrgActions.toExport(actions.full(summary.path("id").asText()), type);
                // No final newline: the UI writes none either, so a pulled export equals a hand export byte for byte.
                String text = pretty(export);
                checkLoadable(text, file);
                Path target = folder.resolve(file);
                String shown = Path.of(out).resolve(file).toString();
                if (!Files.exists(target)) {
                    created++;
                    print("new       " + shown);
                } else {
                    JsonNode existing = readExisting(target, shown);
                    if (existing != null && existing.equals(export)) {
                        unchanged++;
                        print("unchanged " + shown);
                        continue;
                    }
                    changed++;
                    print("changed   " + shown);
                    if (existing != null) {
                        OrgActions.diff(existing, export).forEach(line -> print("    " + line));
                    }
                }
                if (!dryRun) {
                    write(folder, target, text);
                }
            } catch (OrgConnection.OrgException e) {
                context.error("dac pull: " + name + ": " + e.getMessage());
                return OrgConnection.EXIT_ORG;
            } catch (InvalidDataActionException e) {
                failed++;
                context.error("dac pull: " + name + ": the org's action is not one the toolkit can load: " + e.getMessage());
            }
        }
        int localOnly = 0;
        // With a name filter the other files are simply not asked for.
        if (nameFilter == null && Files.isDirectory(folder)) {
            for (Path file : DataActions.jsonFiles(folder)) {
                if (!claimed.containsKey(file.getFileName().toString())) {
                    localOnly++;
                    print("not in org " + Path.of(out).resolve(file.getFileName()) + ": no action of the category exports to this name (kept)");
                }
            }
        }
        print((dryRun ? "dry run, nothing written: " : "pulled ") + "category '" + category + "' from " + connection.host() + ": "
                + created + " new, " + changed + " changed, " + unchanged + " unchanged, " + (builtIn + functions) + " skipped ("
                + builtIn + " built-in, " + functions + " function)" + (localOnly > 0 ? ", " + localOnly + " only in the folder" : "")
                + (failed > 0 ? ", " + failed + " failed" : ""));
        return failed > 0 ? Dac.EXIT_FAILED : Dac.EXIT_OK;
    }

    private void print(String line) {
        context.out().println(context.scrub(line));
    }

    private static void checkLoadable(String text, String file) {
        DataActions.parse(text, file);
    }

    private JsonNode readExisting(Path target, String shown) {
        try {
            return Json.MAPPER.readTree(Files.readString(target, StandardCharsets.UTF_8));
        } catch (IOException e) {
            context.error("dac pull: " + shown + " is not JSON (" + e.getMessage().lines().findFirst().orElse("") + "); it is replaced");
            return null;
        }
    }

    private static void write(Path folder, Path target, String text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(target + " cannot be written (" + e.getMessage() + ")");
        }
    }

    static String pretty(JsonNode node) {
        try {
            return Json.pretty(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
