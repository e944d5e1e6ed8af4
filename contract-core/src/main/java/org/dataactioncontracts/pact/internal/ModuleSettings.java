package org.dataactioncontracts.pact.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A domain module's contract settings, from {@code data-action-contracts.properties} on the test classpath: one
 * consumer name per module, where its Data Action exports live, where pacts go.
 */
public record ModuleSettings(String consumer, Path dataActions, Path pactDirectory) {
    public static final String FILE = "data-action-contracts.properties";

    /** The module's default provider ({@code provider=}), for scenario files that name none. */
    public static java.util.Optional<String> defaultProvider(ClassLoader loader) {
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(FILE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FILE + ": " + e.getMessage(), e);
        }
        return java.util.Optional.ofNullable(p.getProperty("provider")).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * Reads the settings.
     *
     * @throws IllegalStateException saying what to write when the file or the consumer name is missing
     */
    public static ModuleSettings load(ClassLoader loader) {
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("No " + FILE + " on the test classpath. Create src/test/resources/" + FILE
                        + " with the domain's consumer name, e.g. 'consumer=genesys-crm-read' (optional: dataActions=data-actions,"
                        + " pactDirectory=target/pacts)");
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FILE + ": " + e.getMessage(), e);
        }
        String consumer = p.getProperty("consumer", "").strip();
        if (consumer.isEmpty()) {
            throw new IllegalStateException(FILE + " has no 'consumer': name the domain's consumer once, e.g. 'consumer=genesys-crm-read'");
        }
        return new ModuleSettings(consumer, Path.of(p.getProperty("dataActions", "data-actions").strip()),
                Path.of(System.getProperty("dac.pactDirectory", p.getProperty("pactDirectory", "target/pacts").strip())));
    }
}
