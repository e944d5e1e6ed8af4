package org.dataactioncontracts.benchmarks.internal;

/**
 * One measured run.
 *
 * @param round       from 1; 0 for the unrecorded warm-up
 * @param sequence    the run's place in the whole benchmark (shows the alternation); 0 for the warm-up
 * @param wallMillis  from starting the process to its exit: what CI pays
 * @param peakRssKb   peak resident set size of the measured JVM, KiB; -1 when unknown
 * @param inJvmMillis the suite's test time inside its JVM (JUnit discovery and execution, and for (a) the coverage
 *                    check); -1 for the verification
 * @param perTestMillis the median duration of one test in the suite JVM; -1 for the verification
 */
public record Sample(Suite suite, int size, int round, int sequence, double wallMillis, long peakRssKb, double inJvmMillis,
        double perTestMillis) {

    /** What is measured. */
    public enum Suite {
        BRIDGE("a", "bridge contract tests + coverage"),
        SCENARIOS("s", "(a) as scenario files, generic test + coverage"),
        PACT_JVM("b", "plain pact-jvm tests"),
        VERIFY("c", "pact:verify (Maven plugin) of (a)'s pact");

        private final String key;
        private final String label;

        Suite(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }
}
