package org.dataactioncontracts.reference.internal;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import org.dataactioncontracts.reference.UsageException;

/** Parses a picocli-annotated options object, turning picocli's errors into one-line {@link UsageException}s. */
final class Picocli {

    private Picocli() {
    }

    /**
     * Fills {@code options} from {@code args}.
     *
     * @throws UsageException naming the offending argument, with {@code usage} appended
     */
    static <T> T parse(T options, String usage, boolean passUnknown, String... args) {
        CommandLine commandLine = new CommandLine(options).setUnmatchedArgumentsAllowed(passUnknown)
                .setUnmatchedOptionsArePositionalParams(passUnknown).setOverwrittenOptionsAllowed(true);
        try {
            commandLine.parseArgs(args);
            return options;
        } catch (CommandLine.MissingParameterException e) {
            ArgSpec missing = e.getMissing().get(0);
            String name = missing instanceof OptionSpec option ? option.longestName() : missing.paramLabel();
            String what = "FILE".equals(missing.paramLabel()) ? "a file" : "a value";
            throw new UsageException(name + " needs " + what + usage);
        } catch (CommandLine.UnmatchedArgumentException e) {
            throw new UsageException("unknown argument '" + e.getUnmatched().get(0) + "'" + usage);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage() + usage);
        }
    }
}
