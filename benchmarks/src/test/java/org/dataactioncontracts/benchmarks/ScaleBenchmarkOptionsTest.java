package org.dataactioncontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScaleBenchmarkOptionsTest {
    private static final String ROOT = Path.of("..").toAbsolutePath().normalize().toString();

    @Test
    void defaultsAreTheIssuesSizesAndThreeRounds() {
        ScaleBenchmark.Options options = ScaleBenchmark.Options.parse("--repo", ROOT);

        assertThat(options.sizes()).containsExactly(10, 50, 200);
        assertThat(options.rounds()).isEqualTo(3);
        assertThat(options.out()).isEqualTo(Path.of(ROOT, "benchmarks/target/benchmark"));
    }

    @Test
    void sizesAreSortedAndDeduplicated() {
        assertThat(ScaleBenchmark.Options.parse("--repo", ROOT, "--sizes", "50, 5,50", "--rounds", "1").sizes()).containsExactly(5, 50);
    }

    @Test
    void badValuesSayWhatIsExpected() {
        assertThatThrownBy(() -> ScaleBenchmark.Options.parse("--repo", ROOT, "--sizes", "10"))
                .hasMessage("--sizes needs at least two different sizes for a slope, e.g. 10,50,200 (got 10)");
        assertThatThrownBy(() -> ScaleBenchmark.Options.parse("--repo", ROOT, "--rounds", "0"))
                .hasMessage("--rounds takes positive whole numbers, not '0'");
        assertThatThrownBy(() -> ScaleBenchmark.Options.parse("--repo", ROOT, "--sizes", "10,x"))
                .hasMessage("--sizes takes positive whole numbers, not 'x'");
        assertThatThrownBy(() -> ScaleBenchmark.Options.parse("--rounds")).hasMessage("--rounds needs a value");
        assertThatThrownBy(() -> ScaleBenchmark.Options.parse("--repo", ROOT, "--size", "10")).hasMessage("unknown option --size");
        assertThatThrownBy(() -> ScaleBenchmark.Options.parse("--repo", "/")).hasMessageContaining("is not the project's root");
    }
}
