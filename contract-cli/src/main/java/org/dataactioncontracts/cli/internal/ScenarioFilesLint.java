package org.dataactioncontracts.cli.internal;

import java.nio.file.Path;
import java.util.List;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.scenario.ScenarioFile;
import org.dataactioncontracts.scenario.ScenarioFiles;
import org.dataactioncontracts.scenario.ScenarioLint;

/**
 * {@code dac lint} on scenario files: the checks the domain test run applies ({@link ScenarioLint}), so the lint lines
 * and the failed test's message are the same. A malformed file counts as unreadable (exit 2).
 */
final class ScenarioFilesLint {
    private ScenarioFilesLint() {
    }

    static boolean isScenarioFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(ScenarioFile.SUFFIX);
    }

    /** The scenario files directly inside a directory given on the command line, named relative to it as given. */
    static List<Path> scenarioFiles(Context context, Path directory) {
        return ScenarioFiles.list(context.resolve(directory.toString())).stream().map(f -> directory.resolve(f.getFileName())).toList();
    }

    /** Lints one scenario file: findings go with the Data Action findings; a malformed file is reported as unreadable. */
    static void lint(Context context, Path file, List<LintFinding> findings, List<String[]> unreadable) {
        ScenarioLint.Result result = ScenarioLint.lint(context.resolve(file.toString()));
        List<LintFinding> shown = result.findings().stream().map(f -> asGiven(context, file, f)).toList();
        if (result.malformed()) {
            shown.forEach(f -> {
                unreadable.add(new String[] {file.toString(), ScenarioLint.line(f)});
                context.error("dac lint: " + ScenarioLint.line(f));
            });
        } else {
            findings.addAll(shown);
        }
    }

    /** The finding with the file named as the user gave it, not as resolved against the working directory. */
    private static LintFinding asGiven(Context context, Path file, LintFinding f) {
        String resolved = context.resolve(file.toString()).toString();
        String where = f.file().startsWith(resolved) ? file + f.file().substring(resolved.length()) : f.file();
        return new LintFinding(f.severity(), where, f.pointer(), f.rule(), f.message(), f.fix());
    }
}
