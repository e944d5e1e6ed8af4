package org.dataactioncontracts.cli.internal;

import org.dataactioncontracts.cli.Dac;
import org.dataactioncontracts.genesys.LimitExceededException;
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
                .addSubcommand("impact", new ImpactCommand(context))
                .addSubcommand("pull", new PullCommand(context))
                .addSubcommand("deploy", new DeployCommand(context))
                .addSubcommand("calibrate", new CalibrateCommand(context))
                // 'dac help' and 'dac help <command>' print what --help prints, exit 0.
                .addSubcommand("new-domain", new NewDomainCommand(context))
                .addSubcommand("new-scenarios", new NewScenariosCommand(context))
                .addSubcommand("help", new CommandLine.HelpCommand());
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
            if (e instanceof LimitExceededException) {
                context.error(command + ": " + e.getMessage());
                return Dac.EXIT_LIMIT;
            }
            context.error(command + ": internal error, please report it: " + e);
            return Dac.EXIT_INTERNAL;
        });
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError e) {
            // The stack is unwound here: one line, and the code of a stopped evaluation (1 would read as a contract break).
            context.error(command(args) + ": stopped: StackOverflowError: an expression recursed too deep (a JSONata recursion,"
                    + " a JSONPath of thousands of segments, a recursive Velocity macro)");
            return Dac.EXIT_LIMIT;
        } catch (OutOfMemoryError e) {
            context.error(command(args) + ": stopped: OutOfMemoryError: an evaluation needed more memory than the JVM has ("
                    + e.getMessage() + "); raise -Xmx or fix the expression");
            return Dac.EXIT_LIMIT;
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

    /** {@code dac <command>} as far as the arguments name one. */
    private static String command(String[] args) {
        return args.length > 0 && args[0].matches("[a-z-]+") ? "dac " + args[0] : "dac";
    }

    private static String firstLine(String message) {
        String text = message == null ? "invalid arguments" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
