package org.dataactioncontracts.benchmarks.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and the least-squares line the report is made of. */
public final class Stats {
    private Stats() {
    }

    /** A straight line through the points: {@code y = intercept + slope * x}, and how well it fits (R²). */
    public record Fit(double slope, double intercept, double r2) {
    }

    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of nothing");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * The least-squares line through {@code (x[i], y[i])}.
     *
     * @throws IllegalArgumentException with fewer than two distinct x
     */
    public static Fit leastSquares(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        int n = x.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("a slope needs at least two different sizes");
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double residual = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - (intercept + slope * x[i]);
            residual += e * e;
        }
        return new Fit(slope, intercept, syy == 0 ? 1 : 1 - residual / syy);
    }
}
