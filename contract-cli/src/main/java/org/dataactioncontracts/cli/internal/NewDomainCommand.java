package org.dataactioncontracts.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataactioncontracts.cli.Dac;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dac new-domain}: a new domain module, wired into the root POM, ready for exports and scenario files. */
@Command(name = "new-domain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Create a domain module in the repository (run it in the root folder, beside the root pom.xml): a POM with only"
                + " the parent and the module's name, data-actions/ with a README, and the consumer name written once in"
                + " src/test/resources/data-action-contracts.properties. Adds the module to the root POM's <modules>."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the module was created", "  2  bad usage: no root pom.xml here, a bad name, or the module exists"})
final class NewDomainCommand implements Callable<Integer> {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Context context;

    @Parameters(index = "0", paramLabel = "<module>", description = "The module folder and artifactId, e.g. hris-contracts.")
    String module;

    @Option(names = "--consumer", required = true, paramLabel = "<name>",
            description = "The consumer name of every pact this module writes, e.g. genesys-hris.")
    String consumer;

    @Option(names = "--provider", required = true, paramLabel = "<name>",
            description = "The default provider (backend API) of its scenario files, e.g. bamboohr-api.")
    String provider;

    NewDomainCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        for (String[] name : new String[][] {{"<module>", module}, {"--consumer", consumer}, {"--provider", provider}}) {
            if (!NAME.matcher(name[1]).matches()) {
                throw new UsageException(name[0] + " '" + name[1] + "' must be lower-case letters, digits and '-', e.g. hris-contracts");
            }
        }
        Path root = context.resolve(".");
        Path rootPom = root.resolve("pom.xml");
        if (!Files.isRegularFile(rootPom)) {
            throw new UsageException("no pom.xml in " + root.toAbsolutePath().normalize() + ": run it in the repository's root folder");
        }
        String pom = Files.readString(rootPom, StandardCharsets.UTF_8);
        Matcher coordinates = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        int modulesEnd = pom.indexOf("</modules>");
        if (!coordinates.find() || modulesEnd < 0) {
            throw new UsageException(rootPom + " has no <groupId>/<artifactId>/<version> or no <modules>: is this the root POM?");
        }
        Path dir = root.resolve(module);
        if (Files.exists(dir) || pom.contains("<module>" + module + "</module>")) {
            throw new UsageException("'" + module + "' exists already; pick another module name");
        }
        Files.createDirectories(dir.resolve("data-actions"));
        Files.createDirectories(dir.resolve("src/test/resources"));
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>%s</groupId>
                    <artifactId>%s</artifactId>
                    <version>%s</version>
                  </parent>

                  <!-- A domain module (it has data-actions/): the root POM's domain-module profile adds the contract tests,
                       the scenario-file runner and the coverage check. The consumer name is in
                       src/test/resources/data-action-contracts.properties. -->
                  <artifactId>%s</artifactId>
                  <name>%s</name>
                  <description>Consumer contracts of the %s Data Actions with %s.</description>
                </project>
                """.formatted(coordinates.group(1), coordinates.group(2), coordinates.group(3), module, module, consumer, provider),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("src/test/resources/data-action-contracts.properties"), """
                # The one home of this domain's consumer name: the contract tests, the coverage check, ci/ and scripts/ read it.
                consumer=%s
                # The provider of scenario files that name none.
                provider=%s
                dataActions=data-actions
                pactDirectory=target/pacts
                """.formatted(consumer, provider), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("data-actions/README.md"), """
                # %s Data Actions

                Put each Data Action export here (`<Name>.custom.json`, as the Genesys Cloud UI exports it) with its scenario file
                beside it (`<Name>.scenarios.yaml`). Every pact this module writes is `%s` -> `<provider>`; scenario files
                that name no `provider:` use `%s`.

                1. `dac new-scenarios %s/data-actions/<Name>.custom.json` writes a starting scenario file.
                2. Edit it: the values, provider states and outputs marked TODO.
                3. `mvn -pl %s -am test` runs every scenario against a Pact mock server and writes
                   `%s/target/pacts/%s-<provider>.json`; a Data Action without a success and a failure-path scenario
                   fails the build.

                The scenario file keys are in the repository README, "Scenario file reference".
                """.formatted(module, consumer, provider, module, module, module, consumer), StandardCharsets.UTF_8);
        Files.writeString(rootPom, pom.substring(0, insertAt(pom, root)) + "    <module>" + module + "</module>\n"
                + pom.substring(insertAt(pom, root)), StandardCharsets.UTF_8);
        context.out().println("Created " + module + "/ (consumer " + consumer + ", default provider " + provider + ") and added it to"
                + " the root pom.xml <modules>.");
        context.out().println("Next steps:");
        context.out().println("  1. Copy your Data Action exports into " + module + "/data-actions/");
        context.out().println("  2. dac new-scenarios " + module + "/data-actions/<Name>.custom.json   (once per export)");
        context.out().println("  3. Edit the scenario files: replace every TODO");
        context.out().println("  4. dac lint " + module + "/data-actions/");
        context.out().println("  5. mvn -pl " + module + " -am test   -> " + module + "/target/pacts/" + consumer + "-" + provider + ".json");
        return Dac.EXIT_OK;
    }

    /** After the last domain module (a module with data-actions/), so the modules that read the domains' pacts stay after it. */
    private static int insertAt(String pom, Path root) {
        Matcher m = Pattern.compile("[ \\t]*<module>([^<]+)</module>[^\\n]*\\n").matcher(pom);
        int at = -1;
        while (m.find()) {
            if (m.end() > pom.indexOf("</modules>")) {
                break;
            }
            if (Files.isDirectory(root.resolve(m.group(1)).resolve("data-actions"))) {
                at = m.end();
            }
        }
        if (at < 0) {
            at = pom.lastIndexOf('\n', pom.indexOf("</modules>")) + 1;
        }
        return at;
    }
}
