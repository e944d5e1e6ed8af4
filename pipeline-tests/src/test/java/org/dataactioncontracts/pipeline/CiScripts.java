package org.dataactioncontracts.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs the {@code ci/} scripts as Jenkins does: from the repository root, settings in the environment only. */
final class CiScripts {

    /** A script's exit code and its output (stdout and stderr interleaved, as in a Jenkins log). */
    record Result(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + ":\n" + output;
        }
    }

    static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    private static volatile String cliProblem;
    private static volatile boolean cliChecked;

    private CiScripts() {
    }

    /**
     * Installs the pinned Pact CLI (ci/install-pact-cli.sh) once per JVM. When it cannot be installed, e.g. without
     * network, the calling test is reported as SKIPPED with the reason, never as passed; in CI ({@code CI=true}) it
     * fails instead, so a pipeline never goes green with its broker script tests not run.
     */
    static synchronized void requirePactCli() {
        if (!cliChecked) {
            Result install = run(ROOT, "ci/install-pact-cli.sh", List.of(), Map.of());
            cliProblem = install.exitCode() == 0 ? null : install.output();
            cliChecked = true;
            if (cliProblem != null) {
                System.err.println("[WARNING] pipeline-tests: the Pact CLI could not be installed; the ci/ script tests cannot run:\n" + cliProblem);
            }
        }
        requireOrSkip(cliProblem, System.getenv());
    }

    /** Skips the calling test when {@code problem} is not null, or fails it when the environment says CI=true. */
    static void requireOrSkip(String problem, Map<String, String> environment) {
        if (problem != null && "true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())) {
            throw new AssertionError("the Pact CLI could not be installed (ci/install-pact-cli.sh), and CI=true: the broker script tests"
                    + " must run in CI. Make npm reach its registry (proxy and CA settings: HTTPS_PROXY, NODE_EXTRA_CA_CERTS) or"
                    + " preinstall the CLI into target/pact-cli.\n" + problem);
        }
        Assumptions.assumeTrue(problem == null, () -> "SKIPPED: the Pact CLI could not be installed (ci/install-pact-cli.sh): " + problem);
    }

    /**
     * What a script inherits from this JVM's environment: the locations of tools (PATH, HOME, JAVA_HOME), proxies and
     * the TLS settings a TLS-inspecting proxy needs (its CA certificate for node, npm, curl, OpenSSL and Java), and npm's
     * own configuration. Never a broker setting or credential: the tests pass those explicitly.
     */
    static Map<String, String> inherited(Map<String, String> environment) {
        Map<String, String> keep = new HashMap<>();
        environment.forEach((name, value) -> {
            if (INHERITED.contains(name) || name.toLowerCase(java.util.Locale.ROOT).startsWith("npm_config_")) {
                keep.put(name, value);
            }
        });
        keep.keySet().removeIf(name -> name.toUpperCase(java.util.Locale.ROOT).contains("PACT_"));
        return keep;
    }

    private static final java.util.Set<String> INHERITED = java.util.Set.of("PATH", "HOME", "JAVA_HOME", "LANG",
            "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "no_proxy",
            "NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "JAVA_TOOL_OPTIONS");

    static Result run(String script, List<String> args, Map<String, String> env) {
        return run(ROOT, script, args, env);
    }

    /** Runs {@code root/script} with a clean environment: {@link #inherited} and {@code env}; no broker setting is inherited. */
    static Result run(Path root, String script, List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve(script).toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(inherited(System.getenv()));
        environment.put("PACT_DO_NOT_TRACK", "true");
        if (!root.equals(ROOT)) {
            environment.put("PACT_CLI_DIR", ROOT.resolve("target/pact-cli").toString());
        }
        environment.putAll(env);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish within 5 minutes");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the ci/ directory and the root POM under {@code dir}, for tests that need a made-up domain module. */
    static Path scratchRepository(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.copy(ROOT.resolve("pom.xml"), dir.resolve("pom.xml"));
        try (var files = Files.walk(ROOT.resolve("ci"))) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(ROOT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return dir;
    }
}
