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
    record SuiteSummary(Suite suite, double[] wallMillis, double[] peakRssMb, double[] inJvmMillis, Fit fit, double[] segmentSlopes) {
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
        }
        double[] segments = new double[k - 1];
        for (int i = 1; i < k; i++) {
            segments[i - 1] = (wall[i] - wall[i - 1]) / (x[i] - x[i - 1]);
        }
        return new SuiteSummary(suite, wall, rss, inJvm, Stats.leastSquares(x, wall), segments);
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
        StringBuilder out = new StringBuilder();
        int label = 46;
        String sizeHeader = sizes.stream().map(n -> String.format(Locale.ROOT, "%9s", "N=" + n)).reduce("", String::concat);
        StringBuilder segmentHeader = new StringBuilder();
        for (int i = 1; i < sizes.size(); i++) {
            segmentHeader.append(String.format(Locale.ROOT, "%9s", sizes.get(i - 1) + "->" + sizes.get(i)));
        }
        out.append("Wall time, ms (median over the rounds; fresh JVM / fresh Maven each run)\n")
                .append(String.format(Locale.ROOT, "%-" + label + "s%s %11s %9s %6s |%s%n", "", sizeHeader, "ms per DA", "fixed ms", "R2",
                        segmentHeader));
        for (SuiteSummary s : summaries) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + label + "s", "(" + s.suite().key() + ") " + s.suite().label()));
            for (double w : s.wallMillis()) {
                row.append(String.format(Locale.ROOT, "%9.0f", w));
            }
            row.append(String.format(Locale.ROOT, " %11.1f %9.0f %6.3f |", s.fit().slope(), s.fit().intercept(), s.fit().r2()));
            for (double segment : s.segmentSlopes()) {
                row.append(String.format(Locale.ROOT, "%9.1f", segment));
            }
            out.append(row).append('\n');
        }
        out.append("\nPeak RSS, MB (median over the rounds)\n");
        for (SuiteSummary s : summaries) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + label + "s", "(" + s.suite().key() + ") " + s.suite().label()));
            for (double mb : s.peakRssMb()) {
                row.append(String.format(Locale.ROOT, "%9.0f", mb));
            }
            out.append(row).append('\n');
        }
        out.append("\nIn-JVM test time, ms (JUnit discovery + tests [+ coverage check]; the rest of the wall time is JVM start and exit)\n");
        for (SuiteSummary s : summaries.subList(0, 2)) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + label + "s", "(" + s.suite().key() + ") " + s.suite().label()));
            for (double ms : s.inJvmMillis()) {
                row.append(String.format(Locale.ROOT, "%9.0f", ms));
            }
            out.append(row).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%nMarginal cost ratio (a)/(b): %.2f (issue target <= %.1f: %s)%n", ratio(), TARGET_RATIO,
                ratio() <= TARGET_RATIO ? "met" : "NOT met"));
        return out.toString();
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
                    row.put("medianInJvmTestMillis", round(s.inJvmMillis()[i]));
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
                    sample.put("inJvmTestMillis", round(x.inJvmMillis()));
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
