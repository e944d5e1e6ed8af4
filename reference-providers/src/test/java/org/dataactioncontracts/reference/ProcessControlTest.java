package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dataactioncontracts.reference.internal.ProcessControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessControlTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    @Test
    void lifecycleOptionsAreSplitOffTheProviderOptions() {
        ProcessControl control = ProcessControl.parse(List.of("--api", "crm", "--pid-file", "target/p.pid",
                "--port", "0", "--exit-with-parent"));

        assertThat(control.pidFile()).contains(Path.of("target/p.pid"));
        assertThat(control.exitWithParent()).isTrue();
        assertThat(control.stop()).isEmpty();
        assertThat(control.rest()).containsExactly("--api", "crm", "--port", "0");
        assertThat(ProcessControl.parse(List.of("--stop=x.pid")).stop()).contains(Path.of("x.pid"));
        assertThatThrownBy(() -> ProcessControl.parse(List.of("--stop"))).hasMessageStartingWith("--stop needs a file");
    }

    @Test
    void stopWithoutAPidFileIsNotAnError(@TempDir Path dir) {
        assertThat(ProcessControl.stop(dir.resolve("none.pid"), print, print)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no provider running (no pid file ");
    }

    @Test
    void aProviderStopsCleanlyWhenItsPidFileIsRemoved(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("provider.pid");
        Process provider = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReferenceProviders.class.getName(),
                "--api", "crm", "--port", "0", "--pid-file", pidFile.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("provider.log").toFile()).start();
        try {
            for (int i = 0; i < 100 && !Files.exists(pidFile); i++) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(pidFile).trim()).isEqualTo(Long.toString(provider.pid()));

            assertThat(ProcessControl.stop(pidFile, print, print)).isZero();

            assertThat(provider.waitFor(5, TimeUnit.SECONDS)).isTrue();
            assertThat(provider.exitValue()).as("exit code after --stop").isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("stopped provider (pid " + provider.pid() + ")");
        } finally {
            provider.destroyForcibly();
        }
    }

    @Test
    void stopTerminatesAProcessThatIgnoresThePidFile(@TempDir Path dir) throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        Path pidFile = dir.resolve("sleeper.pid");
        Files.writeString(pidFile, sleeper.pid() + "\n");

        assertThat(ProcessControl.stop(pidFile, java.time.Duration.ofMillis(200), print, print)).isZero();

        assertThat(sleeper.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(pidFile).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("stopped provider (pid " + sleeper.pid() + ")");
    }
}
