#!/usr/bin/env bash
# Self-test of the provider verification: starts each reference provider with backend drift (a renamed response
# field) and runs the documented per-domain command for every domain that provider serves. Exits 0 only when the
# verification of EACH domain FAILS and names the missing field; 1 otherwise (a contract would let the drift through).
#
#   mvn -B clean install          # once: pacts in <domain>/target/pacts, plugins and artifacts installed
#   scripts/check-drift-is-caught.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true

jar=reference-providers/target/reference-providers.jar
work=target/drift-check
[[ -f $jar ]] || { echo "check-drift-is-caught: $jar missing; run 'mvn -B clean install' first" >&2; exit 2; }
mkdir -p "$work"
pids=()
trap 'for p in "${pids[@]}"; do java -jar "$jar" --stop "$p" >/dev/null 2>&1 || true; done' EXIT
missed=()

# check <api> <field> <property prefix> <domain>...: drift <field> -> <field with an underscore> on <api>
check() {
  local api=$1 field=$2 prefix=$3
  shift 3
  local renamed pid_file log port status section
  renamed=$(sed 's/\([a-z]\)\([A-Z]\)/\1_\2/g' <<<"$field" | tr '[:upper:]' '[:lower:]')
  pid_file="$work/$api.pid"
  log="$work/$api-provider.log"
  rm -f "$pid_file"
  java -jar "$jar" --api "$api" --port 0 --rename "$field=$renamed" --pid-file "$pid_file" >"$log" 2>&1 &
  pids+=("$pid_file")
  for _ in $(seq 1 100); do [[ -f $pid_file ]] && break; sleep 0.1; done
  port=$(sed -n "s#^$api API listening on http://[^:/]*:\([0-9]*\).*#\1#p" "$log")
  [[ -n $port ]] || { echo "check-drift-is-caught: the $api provider did not start:" >&2; cat "$log" >&2; exit 1; }
  echo "check-drift-is-caught: drifted $api provider ($field -> $renamed) on port $port"

  # One Maven run for the provider's domains; --fail-at-end so a failing domain does not hide the next one. -T 1: the
  # Pact Maven plugin is not thread-safe, and .mvn/maven.config builds modules in parallel.
  set +e
  mvn -B -T 1 -fae -pl "$(IFS=,; echo "$*")" pact:verify "-D$prefix.host=localhost" "-D$prefix.port=$port" >"$work/$api-verify.log" 2>&1
  status=$?
  set -e
  for domain in "$@"; do
    # The part of the log that belongs to this module: from its "Building <domain>" line to the next module's.
    section=$(awk -v d="$domain" '/^\[INFO\] Building /{on = ($3 == d)} on' "$work/$api-verify.log")
    if [[ $status -ne 0 ]] && grep -q "missing the following keys: $field" <<<"$section"; then
      echo "check-drift-is-caught: OK - $domain verification failed naming $field:"
      grep -E "has a matching body \(FAILED\)|missing the following keys: $field" <<<"$section" | sort | uniq -c | sed 's/^/  /'
    else
      missed+=("$domain ($field, see $work/$api-verify.log)")
    fi
  done
}

check crm customerId crm.api crm-read-contracts crm-write-contracts
check billing amountDue billing.api billing-contracts

if [[ ${#missed[@]} -eq 0 ]]; then
  exit 0
fi
echo "check-drift-is-caught: FAILED - the drift was not caught for: ${missed[*]}" >&2
exit 1
