package org.dataactioncontracts.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged reference provider on a free port: the CRM one (crm-customer-api and loyalty-api), or the billing vendor's. */
final class ReferenceProvider implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("API listening on (http://\\S+)");
    private final Process process;
    private final String baseUrl;

    private ReferenceProvider(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static ReferenceProvider start(String... extraArgs) throws IOException {
        return startApi("crm", extraArgs);
    }

    /** {@code api}: crm or billing. */
    static ReferenceProvider startApi(String api, String... extraArgs) throws IOException {
        Path jar = Path.of(System.getProperty("reference.provider.jar", "../reference-providers/target/reference-providers.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), "--api", api, "--port", "0", "--exit-with-parent"));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (reader.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (IOException ignored) {
                        // process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new ReferenceProvider(process, m.group(1));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the reference provider did not start:\n" + seen);
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
