package org.dataactioncontracts.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinterCorpusTest {
    private static final List<LintFinding> FINDINGS = new ArrayList<>();
    private static int files;

    @BeforeAll
    static void lintWholeCorpus() throws URISyntaxException {
        Path corpus = Path.of(LinterCorpusTest.class.getResource("/corpus/genesys-data-actions").toURI());
        Linter linter = Linter.create();
        for (Path file : DataActions.jsonFiles(corpus)) {
            DataAction action = DataActions.load(file);
            assertThatCode(() -> FINDINGS.addAll(linter.lint(action))).as(file.getFileName().toString()).doesNotThrowAnyException();
            files++;
        }
        Map<String, Integer> perRule = new TreeMap<>();
        FINDINGS.forEach(f -> perRule.merge(f.severity() + " " + f.rule(), 1, Integer::sum));
        System.out.println("Lint findings over " + files + " corpus files: " + perRule);
        FINDINGS.forEach(f -> System.out.println("  " + f.format()));
    }

    @Test
    void lintsEveryCorpusFileWithoutThrowing() {
        assertThat(files).isEqualTo(80);
    }
}
