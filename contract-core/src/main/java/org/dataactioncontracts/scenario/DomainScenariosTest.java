package org.dataactioncontracts.scenario;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.LintFinding;
import org.dataactioncontracts.pact.DataActionContractTest;
import org.dataactioncontracts.pact.DataActionContracts;
import org.dataactioncontracts.pact.internal.ModuleSettings;
import org.dataactioncontracts.scenario.internal.ScenarioExecution;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The generic test of a domain module: every {@code data-actions/*.scenarios.yaml} file becomes one JUnit test per
 * scenario, named {@code "<Data Action name>: <scenario name>"}, declared through the same Java DSL and pact session
 * as a hand-written {@link DataActionContractTest} class, so both feed one pact with the same guards.
 *
 * <p>Domain modules do not write or extend it: the root POM's domain profile has Surefire scan contract-core for it.
 * A file that cannot be read, or whose scenarios do not fit their Data Action, fails with the lines
 * {@code dac lint} prints for it.
 */
@DataActionContractTest
public class DomainScenariosTest {

    /** One container per scenario file, one test per scenario; files run side by side, like test classes. */
    @TestFactory
    @Execution(ExecutionMode.CONCURRENT)
    Stream<DynamicNode> scenarioFiles(DataActionContracts contracts) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Path folder = ModuleSettings.load(loader).dataActions();
        Optional<String> defaultProvider = ModuleSettings.defaultProvider(loader);
        return ScenarioFiles.list(folder).stream().map(file -> container(file, contracts, defaultProvider));
    }

    private static DynamicNode container(Path path, DataActionContracts contracts, Optional<String> defaultProvider) {
        URI source = path.toUri();
        ScenarioLint.Result lint = ScenarioLint.lint(path);
        if (lint.file().isEmpty() || lint.action().isEmpty()) {
            return DynamicTest.dynamicTest(path.getFileName().toString(), source, () -> {
                throw new AssertionError(lines(lint.findings()));
            });
        }
        ScenarioFile file = lint.file().get();
        DataAction action = lint.action().get();
        Optional<String> provider = file.provider().or(() -> defaultProvider);
        List<DynamicNode> tests = new ArrayList<>();
        for (Scenario scenario : file.scenarios()) {
            List<LintFinding> findings = lint.findingsOf(scenario.pointer());
            tests.add(DynamicTest.dynamicTest(action.baseName() + ": " + scenario.name(), source, () -> {
                if (!findings.isEmpty()) {
                    throw new AssertionError(lines(findings));
                }
                if (provider.isEmpty()) {
                    throw new AssertionError(file.where("") + " (root) scenario-no-provider: the file names no provider and "
                            + ModuleSettings.FILE + " has no default (fix: add 'provider: <backend API name>' at the top of the file)");
                }
                ScenarioExecution.run(file, scenario, contracts.forProvider(provider.get(), folderRelative(file, scenario.pointer())));
            }));
        }
        return DynamicContainer.dynamicContainer(path.getFileName().toString(), source, tests.stream());
    }

    /** {@code data-actions/X.scenarios.yaml:12}: the same on every machine (the pact's testname comment). */
    private static String folderRelative(ScenarioFile file, String pointer) {
        String where = file.where(pointer);
        return file.file().getParent() == null ? where : file.file().getParent().getFileName() + "/" + where.substring(
                where.lastIndexOf(file.file().getFileName().toString()));
    }

    private static String lines(List<LintFinding> findings) {
        return String.join("\n", findings.stream().map(ScenarioLint::line).toList());
    }
}
