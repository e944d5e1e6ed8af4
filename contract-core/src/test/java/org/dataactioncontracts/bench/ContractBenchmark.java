package org.dataactioncontracts.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dataactioncontracts.pact.Plans;
import org.dataactioncontracts.pact.internal.ContractSession;
import org.dataactioncontracts.pact.internal.InteractionRunner;
import org.dataactioncontracts.pact.internal.ModuleSettings;

/**
 * Prints what one consumer contract interaction costs through the bridge (render, derive, mock server, engine over
 * HTTP, guards) and what writing the pact costs; a main, not a timed test.
 *
 * <p>Run: {@code mvn -B -q -pl contract-core test-compile exec:exec@bench-contracts}. Writes {@code target/benchmarks/contracts.json}.
 */
public final class ContractBenchmark {
    private ContractBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path actions = Path.of(args.length > 0 ? args[0] : "src/test/resources/contract-actions");
        Path out = Path.of(args.length > 1 ? args[1] : "target/benchmarks/contracts.json");
        int perRound = 50;
        Map<String, Object> results = new LinkedHashMap<>();
        double[] rounds = new double[6];
        double write = 0;
        for (int round = 0; round < rounds.length; round++) {
            ContractSession session = new ContractSession(new ModuleSettings("bench", actions, Files.createTempDirectory("bench-pacts")));
            InteractionRunner runner = new InteractionRunner(session);
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                int id = i;
                runner.run("bench-provider", "Get-Conversation-Customer", Plans.of("scenario " + i,
                        s -> s.input("conversationId", "c-" + id)), "ContractBenchmark");
            }
            rounds[round] = (System.nanoTime() - start) / 1e6 / perRound;
            long writeStart = System.nanoTime();
            session.writePacts();
            write = (System.nanoTime() - writeStart) / 1e6;
        }
        results.put("firstRoundMillisPerInteraction", round(rounds[0]));
        double[] warm = java.util.Arrays.copyOfRange(rounds, 1, rounds.length);
        java.util.Arrays.sort(warm);
        results.put("warmMillisPerInteractionMedian", round(warm[warm.length / 2]));
        results.put("warmMillisPerInteractionMin", round(warm[0]));
        results.put("writePactMillisFor" + perRound + "Interactions", round(write));
        results.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        results.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-45s %s%n", k, v));
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
        System.out.println("written " + out);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
