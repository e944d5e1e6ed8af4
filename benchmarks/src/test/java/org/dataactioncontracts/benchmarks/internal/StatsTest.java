package org.dataactioncontracts.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void aStraightLineIsFoundExactly() {
        Stats.Fit fit = Stats.leastSquares(new double[] {10, 50, 200}, new double[] {2_500, 4_500, 12_000});

        assertThat(fit.slope()).isCloseTo(50, within(1e-9));
        assertThat(fit.intercept()).isCloseTo(2_000, within(1e-9));
        assertThat(fit.r2()).isCloseTo(1, within(1e-12));
    }

    @Test
    void aBentLineFitsLessWell() {
        assertThat(Stats.leastSquares(new double[] {10, 50, 200}, new double[] {2_500, 4_500, 30_000}).r2()).isLessThan(0.99);
    }

    @Test
    void oneSizeHasNoSlope() {
        assertThatThrownBy(() -> Stats.leastSquares(new double[] {10, 10}, new double[] {1, 2}))
                .hasMessage("a slope needs at least two different sizes");
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
