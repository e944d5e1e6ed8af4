package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dataactioncontracts.benchmarks.internal.Sample.Suite;
import org.dataactioncontracts.benchmarks.internal.Stats.Fit;

/**
 * The results: per suite and size the median wall time and peak RSS over the rounds; per suite the marginal cost per
 * Data Action (least-squares slope of the medians over N), the fixed cost (intercept), R² and the slope of each
 * segment between two sizes (the linearity check); the ratio of marginal costs (a)/(b). As a table and as JSON.
 */
public final class BenchmarkReport {
    /** The target for the ratio of marginal costs (a)/(b). */
    public static final double TARGET_RATIO = 1.2;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<Integer> sizes;
    private final List<Sample> samples;
    private final List<SuiteSummary> summaries = new ArrayList<>();

    /** One suite's medians per size and its fit. */
    record SuiteSummary(Suite suite, double[] wallMillis, double[] peakRssMb, double[] inJvmMillis, double[] perTestMillis, Fit fit,
            double[] segmentSlopes) {
    }

    public BenchmarkReport(List<Integer> sizes, List<Sample> samples) {
        this.sizes = List.copyOf(sizes);
        this.samples = List.copyOf(samples);
        for (Suite suite : Suite.values()) {
            summaries.add(summarise(suite));
        }
    }

    private SuiteSummary summarise(Suite suite) {
        int k = sizes.size();
        double[] x = new double[k];
        double[] wall = new double[k];
        double[] rss = new double[k];
        double[] inJvm = new double[k];
        double[] perTest = new double[k];
        for (int i = 0; i < k; i++) {
            int size = sizes.get(i);
            List<Sample> of = samples.stream().filter(s -> s.suite() == suite && s.size() == size).toList();
            if (of.isEmpty()) {
                throw new IllegalStateException("no sample of " + suite + " at N=" + size);
            }
            x[i] = size;
            wall[i] = Stats.median(of.stream().map(Sample::wallMillis).toList());
            rss[i] = Stats.median(of.stream().map(s -> s.peakRssKb() / 1024.0).toList());
            inJvm[i] = Stats.median(of.stream().map(Sample::inJvmMillis).toList());
            perTest[i] = Stats.median(of.stream().map(Sample::perTestMillis).toList());
        }
        double[] segments = new double[k - 1];
        for (int i = 1; i < k; i++) {
            segments[i - 1] = (wall[i] - wall[i - 1]) / (x[i] - x[i - 1]);
        }
        return new SuiteSummary(suite, wall, rss, inJvm, perTest, Stats.leastSquares(x, wall), segments);
    }

    private SuiteSummary summary(Suite suite) {
        return summaries.get(suite.ordinal());
    }

    /** Marginal cost per Data Action of (a) over that of (b). */
    public double ratio() {
        return summary(Suite.BRIDGE).fit().slope() / summary(Suite.PACT_JVM).fit().slope();
    }

    /** The readable table. */
    public String table() {
        int width = summaries.stream().mapToInt(s -> name(s).length()).max().orElse(0) + 2;
        StringBuilder header = new StringBuilder(" ".repeat(width));
        sizes.forEach(n -> header.append(String.format(Locale.ROOT, "%9s", "N=" + n)));
        header.append(String.format(Locale.ROOT, " %10s %9s %6s |", "ms per DA", "fixed ms", "R2"));
        for (int i = 1; i < sizes.size(); i++) {
            header.append(String.format(Locale.ROOT, "%9s", sizes.get(i - 1) + "->" + sizes.get(i)));
        }
        StringBuilder out = new StringBuilder("Wall time, ms (median of the rounds; a fresh JVM or Maven per run), marginal cost per Data"
                + " Action (slope), fixed cost (intercept), R2, slope per segment\n").append(header).append('\n');
        for (SuiteSummary s : summaries) {
            out.append(row(name(s), width, s.wallMillis()))
                    .append(String.format(Locale.ROOT, " %10.1f %9.0f %6.3f |", s.fit().slope(), s.fit().intercept(), s.fit().r2()));
            for (double segment : s.segmentSlopes()) {
                out.append(String.format(Locale.ROOT, "%9.1f", segment));
            }
            out.append('\n');
        }
        out.append("\nPeak RSS, MB (median of the rounds)\n");
        summaries.forEach(s -> out.append(row(name(s), width, s.peakRssMb())).append('\n'));
        out.append("\nInside the suite JVM, ms: JUnit discovery + tests (+ the coverage check for (a)); the rest of the wall time is JVM"
                + " start-up and exit\n");
        summaries.subList(0, 2).forEach(s -> out.append(row(name(s), width, s.inJvmMillis())).append('\n'));
        out.append("\nOne test, ms (median over the tests of a run, then of the rounds; 2 tests per Data Action)\n");
        summaries.subList(0, 2).forEach(s -> out.append(row(name(s), width, s.perTestMillis())).append('\n'));
        out.append(String.format(Locale.ROOT, "%nMarginal cost ratio (a)/(b): %.2f (issue target <= %.1f: %s)%n", ratio(), TARGET_RATIO,
                ratio() <= TARGET_RATIO ? "met" : "NOT met"));
        return out.toString();
    }

    private static String name(SuiteSummary s) {
        return "(" + s.suite().key() + ") " + s.suite().label();
    }

    private static String row(String name, int width, double[] values) {
        StringBuilder row = new StringBuilder(name).append(" ".repeat(width - name.length()));
        for (double value : values) {
            row.append(String.format(Locale.ROOT, "%9.0f", value));
        }
        return row.toString();
    }

    /** Everything, raw samples included, for {@code results.json}; the caller adds environment and settings. */
    public ObjectNode json() {
        ObjectNode root = NODES.objectNode();
        ObjectNode suites = root.putObject("suites");
        for (SuiteSummary s : summaries) {
            ObjectNode suite = suites.putObject(s.suite().key());
            suite.put("description", s.suite().label());
            ArrayNode perSize = suite.putArray("perSize");
            for (int i = 0; i < sizes.size(); i++) {
                ObjectNode row = perSize.addObject().put("dataActions", sizes.get(i)).put("interactions", 2 * sizes.get(i))
                        .put("medianWallMillis", round(s.wallMillis()[i])).put("medianPeakRssMb", round(s.peakRssMb()[i]));
                if (s.suite() != Suite.VERIFY) {
                    row.put("medianInJvmTestMillis", round(s.inJvmMillis()[i])).put("medianPerTestMillis", round(s.perTestMillis()[i]));
                }
            }
            ObjectNode fit = suite.putObject("fit").put("marginalMillisPerDataAction", round(s.fit().slope()))
                    .put("fixedMillis", round(s.fit().intercept())).put("r2", Math.round(s.fit().r2() * 10_000) / 10_000.0);
            ArrayNode segments = fit.putArray("segments");
            for (int i = 1; i < sizes.size(); i++) {
                segments.addObject().put("from", sizes.get(i - 1)).put("to", sizes.get(i))
                        .put("marginalMillisPerDataAction", round(s.segmentSlopes()[i - 1]));
            }
            ArrayNode raw = suite.putArray("samples");
            samples.stream().filter(x -> x.suite() == s.suite()).forEach(x -> {
                ObjectNode sample = raw.addObject().put("dataActions", x.size()).put("round", x.round()).put("sequence", x.sequence())
                        .put("wallMillis", round(x.wallMillis()))
                        .put("peakRssKb", x.peakRssKb());
                if (x.inJvmMillis() >= 0) {
                    sample.put("inJvmTestMillis", round(x.inJvmMillis())).put("medianPerTestMillis", round(x.perTestMillis()));
                }
            });
        }
        root.putObject("ratio").put("marginalCostBridgeOverPactJvm", Math.round(ratio() * 1000) / 1000.0).put("target", TARGET_RATIO)
                .put("met", ratio() <= TARGET_RATIO);
        return root;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
