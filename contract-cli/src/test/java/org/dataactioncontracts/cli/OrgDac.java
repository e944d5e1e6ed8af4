package org.dataactioncontracts.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dataactioncontracts.cli.internal.Cli;
import org.dataactioncontracts.cli.internal.Context;
import org.dataactioncontracts.orgdouble.PlatformApiDouble;

/** Runs the org commands against a {@link PlatformApiDouble} with planted credentials in the (fake) environment. */
final class OrgDac {
    static final String CLIENT_ID = "planted-client-id-4f1c9a";
    static final String CLIENT_SECRET = "planted-client-secret-Zq8Xv2";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private OrgDac() {
    }

    static Map<String, String> environment() {
        return Map.of("GENESYSCLOUD_OAUTHCLIENT_ID", CLIENT_ID, "GENESYSCLOUD_OAUTHCLIENT_SECRET", CLIENT_SECRET);
    }

    /** {@code dac <command> --api-url <double> --login-url <double> args...} in {@code dir} with the planted credentials. */
    static DacResult run(Path dir, PlatformApiDouble org, String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--api-url", org.baseUrl(), "--login-url", org.baseUrl()));
        all.addAll(List.of(args));
        return runWith(dir, environment(), all.toArray(String[]::new));
    }

    static DacResult runWith(Path dir, Map<String, String> env, String... args) {
        return DacResult.capture((out, err) -> Cli.execute(new Context(dir, new HashMap<>(env), out, err), args));
    }

    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code dir} with its content, for "the secret is in no file" checks. */
    static Map<Path, String> filesUnder(Path dir) {
        Map<Path, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(file, Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
