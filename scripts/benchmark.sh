#!/usr/bin/env bash
# Scale benchmark (README "Performance"): generates N synthetic Data Actions per size and measures, in fresh JVMs,
# alternating over the rounds,
#   (a) this project's consumer contract tests (@DataActionContractTest + PactCoverage),
#   (b) the same interactions as plain pact-jvm tests (@PactTestFor, DSL, HttpClient),
#   (c) `mvn pact:verify` of (a)'s pact against a synthetic provider with provider states.
# Prints a table and writes benchmarks/target/benchmark/results.json (logs and scratch domains next to it).
#
#   scripts/benchmark.sh [--sizes 10,50,200] [--rounds 3]
#
# Needs only JDK 17+ and Maven 3.8+ on the PATH; builds what it needs first. Exit codes: 0 done; 1 the build, a test,
# or the verification failed (the benchmark never times failing tests); 2 bad usage.
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; }

args=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes|--rounds)
      [[ $# -ge 2 ]] || { echo "benchmark: $1 needs a value" >&2; usage >&2; exit 2; }
      # Checked here too, so that a typo does not wait for the build; the harness says exactly what is wrong.
      [[ $2 =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "benchmark: $1 takes positive whole numbers (comma-separated for --sizes), not '$2'" >&2; exit 2; }
      args+=("$1" "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "benchmark: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v "$java" >/dev/null || { echo "benchmark: no 'java' found (JAVA_HOME or PATH); install JDK 17+" >&2; exit 1; }
command -v mvn >/dev/null || { echo "benchmark: no 'mvn' on the PATH; install Maven 3.8+" >&2; exit 1; }

echo "benchmark: building contract-core and benchmarks (mvn -B -q package -DskipTests -pl benchmarks -am) ..."
if ! mvn -B -q -Dpact_do_not_track=true package -DskipTests -pl benchmarks -am; then
  echo "benchmark: the build failed (output above); fix it, or run 'mvn -B package -DskipTests -pl benchmarks -am' for details" >&2
  exit 1
fi

classpath=benchmarks/target/classpath/harness.txt
[[ -s $classpath ]] || { echo "benchmark: the build did not write $classpath; see benchmarks/pom.xml" >&2; exit 1; }
exec "$java" -Dpact_do_not_track=true -Dsun.net.httpserver.nodelay=true \
  -cp "benchmarks/target/classes:$(<"$classpath")" \
  org.dataactioncontracts.benchmarks.ScaleBenchmark --repo "$PWD" "${args[@]+"${args[@]}"}"
