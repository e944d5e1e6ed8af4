package org.dataactioncontracts.cli.internal;

import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * What {@code dac record} and {@code dac compare} share: the pact option, and how the library's refusal of an input
 * ({@code IllegalArgumentException} from {@code Recorder} or {@code Comparison}) becomes a usage error.
 */
final class PactOptions {
    @Option(names = "--pact", paramLabel = "<pact.json>", required = true,
            description = "The V4 pact: record replays its requests, compare checks the recordings made from it.")
    String pact;

    /** Runs {@code work} on the pact file. */
    <T> T apply(Context context, Function<Path, T> work) {
        Path file = context.optionPath("--pact", pact);
        try {
            return work.apply(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
