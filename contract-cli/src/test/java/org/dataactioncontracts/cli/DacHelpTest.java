package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataactioncontracts.cli.DacResult.dac;

import org.junit.jupiter.api.Test;

class DacHelpTest {

    @Test
    void versionPrintsTheProjectVersion() {
        DacResult r = dac("--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("dac 0.1.0-SNAPSHOT\n");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        DacResult r = dac("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: dac", "lint", "run", "Exit codes:", "2  bad usage");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void runHelpDescribesEveryOption() {
        DacResult r = dac("run", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("<action.json|file.tf|folder>", "--action=<name|address>", "--input=<json|@file>", "--credential=<name=value>", "${credentials.name}",
                "--response=<file>", "--status=<N>", "--header=<'Name: value'>", "--base-url=<url>", "--flatten");
    }

    @Test
    void lintHelpDescribesFormatAndDirectories() {
        DacResult r = dac("lint", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("<file-or-dir>", "--format=text|json", "not its", "1  at least one ERROR finding");
    }

    @Test
    void impactHelpDescribesEveryOption() {
        DacResult r = dac("impact", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--actions=<folder|file>", "--flows=<folder|file>", "--action=<name|address>",
                "--field=<JSONPath>", "--response=<file>", "--format=text|json", "Failure path");
    }

    @Test
    void helpCommandPrintsWhatHelpOptionPrints() {
        DacResult help = dac("help");
        DacResult option = dac("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).isEqualTo(option.out()).contains("help");
        assertThat(dac("help", "run").out()).isEqualTo(dac("run", "--help").out());
        assertThat(dac("help", "run").exit()).isZero();
    }
}
