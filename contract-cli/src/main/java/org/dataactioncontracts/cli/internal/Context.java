package org.dataactioncontracts.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.DataActions;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.terraform.TerraformAction;
import org.dataactioncontracts.terraform.TerraformActions;
import org.dataactioncontracts.terraform.TerraformConfig;
import org.dataactioncontracts.text.internal.Printable;
import org.dataactioncontracts.text.internal.SecretMasker;

/**
 * What every command runs against: the working directory that relative paths resolve against, the output streams,
 * and the secret values that must never be printed.
 */
public final class Context {
    private static final String MASK = "********";

    private final Path workingDirectory;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> secrets = new ArrayList<>();
    private final Map<String, String> environment;
    private SecretMasker masker = SecretMasker.of(List.of(), MASK);

    /** Creates a context writing UTF-8 to the given streams, reading this process's environment variables. */
    public Context(Path workingDirectory, PrintStream out, PrintStream err) {
        this(workingDirectory, System.getenv(), out, err);
    }

    /** Creates a context with the given environment variables (the org commands read their credentials there). */
    public Context(Path workingDirectory, Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.out = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(err, "err"), StandardCharsets.UTF_8), true);
    }

    /** An environment variable, if set and not blank. */
    java.util.Optional<String> env(String name) {
        return java.util.Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /**
     * A path as given on the command line.
     *
     * @throws InvalidDataActionException when the text cannot be a path on this system
     */
    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new InvalidDataActionException(text, "", "is not a valid path (" + e.getReason() + ")", "Check the path");
        }
    }

    /** A path as given on the command line, resolved against the working directory when relative. */
    Path resolve(String text) {
        return workingDirectory.resolve(path(text));
    }

    /**
     * The path an option names.
     *
     * @throws UsageException naming the option when the text is not a path
     */
    Path optionPath(String option, String text) {
        try {
            return resolve(text);
        } catch (RuntimeException e) {
            throw new UsageException(option + " '" + text + "' is not a valid path");
        }
    }

    /**
     * Writes a report file an option names, creating its folder.
     *
     * @throws UsageException naming the option and the file when it cannot be written
     */
    void writeReport(String option, String file, String content) {
        Path target = optionPath(option, file);
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new UsageException(option + " " + file + " cannot be written (" + e.getMessage() + ")");
        }
    }

    /** Writes the {@code --junit} and {@code --json} reports a command was asked for (either may be null). */
    void writeReports(String junit, java.util.function.Supplier<String> junitXml, String json, java.util.function.Supplier<? extends com.fasterxml.jackson.databind.JsonNode> jsonTree) {
        if (junit != null) {
            writeReport("--junit", junit, junitXml.get());
        }
        if (json != null) {
            try {
                writeReport("--json", json, Json.pretty(jsonTree.get()) + "\n");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("the report is not serialisable as JSON", e);
            }
        }
    }

    /**
     * Loads a Data Action from a path as given on the command line; messages and findings name it as given, not as
     * resolved against the working directory.
     *
     * @throws InvalidDataActionException naming {@code path} as given
     */
    DataAction load(Path path) {
        String shown = path.toString();
        try {
            DataAction action = DataActions.load(workingDirectory.resolve(path));
            return shown.equals(action.source()) ? action : new DataAction(action.name(), shown, action.shape(),
                    action.integrationType(), action.actionType(), action.category(), action.request(), action.response(),
                    action.timeoutSeconds(), action.inputSchema(), action.successSchema(), action.secure());
        } catch (InvalidDataActionException e) {
            if (shown.equals(e.source())) {
                throw e;
            }
            throw new InvalidDataActionException(shown, e.pointer(), e.problem(), e.hint());
        }
    }

    /** The {@code *.json} files directly inside a directory given on the command line, named relative to it as given. */
    List<Path> jsonFiles(Path directory) {
        Path resolved = workingDirectory.resolve(directory);
        try {
            return DataActions.jsonFiles(resolved).stream().map(f -> directory.resolve(f.getFileName())).toList();
        } catch (InvalidDataActionException e) {
            throw new InvalidDataActionException(directory.toString(), e.pointer(), e.problem(), e.hint());
        }
    }

    /** Whether a path given on the command line is a {@code .tf} file or a folder holding {@code .tf} files. */
    boolean isTerraform(Path path) {
        return TerraformActions.isTerraform(workingDirectory.resolve(path));
    }

    /**
     * Reads a {@code .tf} file or Terraform root given on the command line.
     *
     * @throws InvalidDataActionException naming the file and line that cannot be read
     */
    TerraformConfig terraform(Path path) {
        return TerraformActions.load(workingDirectory.resolve(path));
    }

    /**
     * The one action of a {@code .tf} file or Terraform root that {@code --action} selects (or the only one).
     *
     * @throws UsageException listing the actions when the selection is missing or ambiguous
     */
    DataAction terraformAction(Path path, String selection) {
        TerraformConfig config = terraform(path);
        List<TerraformAction> candidates = selection == null ? config.actions() : config.find(selection);
        if (candidates.size() == 1) {
            return candidates.get(0).action();
        }
        String listed = config.actions().stream().map(a -> "'" + a.action().name() + "' (" + a.address() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        if (config.actions().isEmpty()) {
            throw new UsageException(path + " declares no genesyscloud_integration_action resource");
        }
        if (selection == null) {
            throw new UsageException(path + " declares " + config.actions().size() + " Data Actions; choose one with --action <name or address>: " + listed);
        }
        throw new UsageException(path + (candidates.isEmpty() ? " has no Data Action named '" : " has several Data Actions named '")
                + selection + "'; give its resource address with --action: " + listed);
    }

    /** Whether a path given on the command line is a directory. */
    boolean isDirectory(Path path) {
        return Files.isDirectory(workingDirectory.resolve(path));
    }

    /** Remembers a secret so that {@link #scrub} masks it in anything printed later. */
    void addSecret(String value) {
        if (value != null && value.length() >= SecretMasker.MIN_SECRET_LENGTH && !secrets.contains(value)) {
            secrets.add(value);
            masker = SecretMasker.of(secrets, MASK);
        }
    }

    /** Remembers the {@code user:password} part of a URL given on the command line as a secret. */
    void addUserInfo(java.net.URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            addSecret(userInfo);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                addSecret(userInfo.substring(colon + 1));
                addSecret(uri.getUserInfo().substring(uri.getUserInfo().indexOf(':') + 1));
            }
        }
    }

    /** The text with every known secret masked. */
    String scrub(String text) {
        return masker.mask(text);
    }

    /** Prints one message line on stderr, secrets masked and line breaks folded so it stays one line. */
    void error(String message) {
        err.println(Printable.line(scrub(message).replaceAll("\\R\\s*", " ")));
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
