package org.dataactioncontracts.cli.internal;

import org.dataactioncontracts.cli.Dac;
import picocli.CommandLine;

/** Wires the picocli commands to a {@link Context} and turns every error into one line and an exit code. */
public final class Cli {
    private Cli() {
    }

    /** Parses and runs one command line; returns the exit code. */
    public static int execute(Context context, String... args) {
        CommandLine commandLine = new CommandLine(new DacCommand())
                .addSubcommand("lint", new LintCommand(context))
                .addSubcommand("run", new RunCommand(context))
                .addSubcommand("record", new RecordCommand(context))
                .addSubcommand("compare", new CompareCommand(context))
                .addSubcommand("openapi", new OpenApiCommand(context))
                .addSubcommand("new-domain", new NewDomainCommand(context))
                .addSubcommand("new-scenarios", new NewScenariosCommand(context));
        // '--input @file' is ours; picocli would otherwise splice the file's content in as arguments.
        commandLine.setExpandAtFiles(false);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            rememberCredentialValues(context, arguments);
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            context.error(command + ": " + firstLine(e.getMessage()) + " (see '" + command + " --help')");
            return Dac.EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            String command = cmd.getCommandSpec().qualifiedName();
            if (e instanceof UsageException) {
                context.error(command + ": " + e.getMessage());
                return Dac.EXIT_USAGE;
            }
            context.error(command + ": internal error, please report it: " + e);
            return Dac.EXIT_INTERNAL;
        });
        try {
            return commandLine.execute(args);
        } catch (LinkageError | RuntimeException e) {
            // picocli hands Errors (a broken classpath, e.g. a stale jar) straight through: still one line, never a trace.
            context.error("dac: internal error, please report it: " + e);
            return Dac.EXIT_INTERNAL;
        } finally {
            context.flush();
        }
    }

    /** Picocli echoes arguments in some messages; a credential value must not come back that way. */
    private static void rememberCredentialValues(Context context, String[] arguments) {
        for (int i = 0; i < arguments.length; i++) {
            String arg = arguments[i];
            if (arg.startsWith("--credential=")) {
                RunCommand.credentialValue(arg.substring("--credential=".length())).ifPresent(context::addSecret);
            } else if (arg.equals("--credential") && i + 1 < arguments.length) {
                RunCommand.credentialValue(arguments[i + 1]).ifPresent(context::addSecret);
                // Without '=' the whole argument may be the secret.
                context.addSecret(arguments[i + 1]);
            }
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "invalid arguments" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
