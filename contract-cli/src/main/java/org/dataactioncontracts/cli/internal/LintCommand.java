package org.dataactioncontracts.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.action.Linter;
import org.dataactioncontracts.action.Severity;
import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.terraform.TerraformAction;
import org.dataactioncontracts.terraform.TerraformConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dac lint}: static checks of Data Action files, one line per finding. */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check Data Action files for mistakes that make Genesys fail the action, or fail it only for some inputs "
                + "or responses, without running them.",
            "A directory stands for the *.json files directly inside it (not its subdirectories), and for its "
                + "*.scenarios.yaml scenario files, which are checked against the Data Action they describe.",
            "A .tf file, or a directory holding .tf files (a Terraform root, with the local modules it calls), is read as "
                + "CX as Code: every genesyscloud_integration_action is linted; findings point at the .tf file, line and "
                + "attribute, and values Terraform only knows at plan time are INFO findings."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no errors (warnings allowed)",
                "  1  at least one ERROR finding",
                "  2  bad usage, or a file that cannot be read or is not a Data Action, or a malformed scenario file",
                "     (named on stderr; the other files are still linted)"})
final class LintCommand implements Callable<Integer> {
    /** Output layout of {@code --format}. */
    enum Format { text, json }

    private final Context context;

    @Parameters(arity = "1..*", paramLabel = "<file-or-dir>",
            description = "Data Action files, scenario files (*.scenarios.yaml), directories of them, .tf files or Terraform roots.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: one line per finding and a summary (default); json: an object with findings and summary.")
    Format format;

    LintCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Linter linter = Linter.create();
        List<LintFinding> findings = new ArrayList<>();
        List<String[]> unreadable = new ArrayList<>();
        int files = 0;
        for (Path root : terraformArguments()) {
            try {
                TerraformConfig config = context.terraform(root);
                if (config.actions().isEmpty()) {
                    throw new InvalidDataActionException(root.toString(), "", "declares no genesyscloud_integration_action "
                            + "resource (nor a local module that does)", "Pass the .tf file or Terraform root holding the Data Actions");
                }
                for (TerraformAction action : config.actions()) {
                    files++;
                    linter.lint(action.action()).stream().map(action::locate).forEach(findings::add);
                }
                findings.addAll(config.findings());
            } catch (InvalidDataActionException e) {
                unreadable.add(new String[] {root.toString(), e.getMessage()});
                context.error("dac lint: " + e.getMessage());
            }
        }
        for (Path file : expand(unreadable)) {
            if (ScenarioFilesLint.isScenarioFile(file)) {
                files++;
                ScenarioFilesLint.lint(context, file, findings, unreadable);
                continue;
            }
            DataAction action;
            try {
                action = context.load(file);
            } catch (InvalidDataActionException e) {
                unreadable.add(new String[] {file.toString(), e.getMessage()});
                context.error("dac lint: " + e.getMessage());
                continue;
            }
            files++;
            findings.addAll(linter.lint(action));
        }
        Summary summary = new Summary(files, count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                // A malformed scenario file has one line per problem, but it is one unreadable file.
                count(findings, Severity.INFO), (int) unreadable.stream().map(u -> u[0]).distinct().count());
        if (format == Format.json) {
            printJson(findings, unreadable, summary);
        } else {
            findings.forEach(f -> context.out().println(textLine(f)));
            context.out().println(summary.text());
        }
        if (!unreadable.isEmpty()) {
            return Dac.EXIT_USAGE;
        }
        return summary.errors() > 0 ? Dac.EXIT_FAILED : Dac.EXIT_OK;
    }

    /** The arguments that are {@code .tf} files or folders holding them (read as Terraform roots). */
    private List<Path> terraformArguments() {
        List<Path> roots = new ArrayList<>();
        for (String argument : paths) {
            try {
                Path path = Context.path(argument);
                if (context.isTerraform(path)) {
                    roots.add(path);
                }
            } catch (InvalidDataActionException e) {
                // reported by expand()
            }
        }
        return roots;
    }

    /**
     * The export files to lint, in argument order; directories become their {@code *.json} files, sorted by name.
     * {@code .tf} files are linted by {@link #terraformArguments()}.
     */
    private List<Path> expand(List<String[]> unreadable) {
        List<Path> files = new ArrayList<>();
        for (String argument : paths) {
            try {
                Path path = Context.path(argument);
                if (context.isDirectory(path)) {
                    List<Path> inside = new ArrayList<>(context.jsonFiles(path));
                    inside.addAll(ScenarioFilesLint.scenarioFiles(context, path));
                    if (inside.isEmpty() && !context.isTerraform(path)) {
                        throw new InvalidDataActionException(argument, "", "directory contains no *.json, *.scenarios.yaml or *.tf files",
                                "Pass a Data Action file, a directory of exports, or a Terraform root");
                    }
                    files.addAll(inside);
                } else if (!context.isTerraform(path)) {
                    // Missing files are reported by the loader, with its wording.
                    files.add(path);
                }
            } catch (InvalidDataActionException e) {
                unreadable.add(new String[] {argument, e.getMessage()});
                context.error("dac lint: " + e.getMessage());
            }
        }
        return files;
    }

    private static int count(List<LintFinding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    static String textLine(LintFinding f) {
        String pointer = f.pointer().isEmpty() ? "(root)" : f.pointer();
        return f.severity() + " " + f.file() + " " + pointer + " " + f.rule() + ": " + oneLine(f.message())
                + (f.fix().isBlank() ? "" : " (fix: " + oneLine(f.fix()) + ")");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\R\\s*", " ");
    }

    private void printJson(List<LintFinding> findings, List<String[]> unreadable, Summary summary) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        ArrayNode list = root.putArray("findings");
        for (LintFinding f : findings) {
            list.addObject().put("severity", f.severity().name()).put("file", f.file()).put("pointer", f.pointer())
                    .put("rule", f.rule()).put("message", f.message()).put("fix", f.fix());
        }
        ArrayNode failed = root.putArray("unreadable");
        unreadable.forEach(u -> failed.addObject().put("file", u[0]).put("message", u[1]));
        root.putObject("summary").put("files", summary.files()).put("errors", summary.errors())
                .put("warnings", summary.warnings()).put("infos", summary.infos()).put("unreadable", summary.unreadable());
        try {
            context.out().println(Json.pretty(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lint report is not serialisable", e);
        }
    }

    /** Counts for the summary line and the JSON summary. */
    record Summary(int files, int errors, int warnings, int infos, int unreadable) {
        String text() {
            return plural(files, "file") + ", " + plural(errors, "error") + ", " + plural(warnings, "warning")
                    + (unreadable > 0 ? ", " + unreadable + " unreadable" : "");
        }

        private static String plural(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
