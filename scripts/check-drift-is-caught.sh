#!/usr/bin/env bash
# Self-test of the provider verification: starts the reference provider with backend drift
# (--rename customerId=customer_id) and runs the documented per-domain command for every CRM domain against it.
# Exits 0 only when the verification of EACH domain FAILS and names the missing field customerId; 1 otherwise (a
# contract would let the drift through).
#
#   mvn -B clean install          # once: pacts in <domain>/target/pacts, plugins and artifacts installed
#   scripts/check-drift-is-caught.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true

# The domains whose pacts the CRM reference provider serves; each must catch the drift.
DOMAINS=(crm-read-contracts crm-write-contracts)
jar=reference-providers/target/reference-providers.jar
work=target/drift-check
[[ -f $jar ]] || { echo "check-drift-is-caught: $jar missing; run 'mvn -B clean install' first" >&2; exit 2; }
mkdir -p "$work"
pid_file="$work/provider.pid"
rm -f "$pid_file"

java -jar "$jar" --api crm --port 0 --rename customerId=customer_id --pid-file "$pid_file" >"$work/provider.log" 2>&1 &
trap 'java -jar "$jar" --stop "$pid_file" >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 100); do [[ -f $pid_file ]] && break; sleep 0.1; done
port=$(sed -n 's#^crm API listening on http://localhost:\([0-9]*\).*#\1#p' "$work/provider.log")
[[ -n $port ]] || { echo "check-drift-is-caught: the provider did not start:" >&2; cat "$work/provider.log" >&2; exit 1; }
echo "check-drift-is-caught: drifted provider (customerId -> customer_id) on port $port"

# One Maven run for all domains; --fail-at-end so a failing domain does not hide the next one.
set +e
mvn -B -fae -pl "$(IFS=,; echo "${DOMAINS[*]}")" pact:verify -Dcrm.api.host=localhost -Dcrm.api.port="$port" "$@" >"$work/verify.log" 2>&1
status=$?
set -e

missed=()
for domain in "${DOMAINS[@]}"; do
  # The part of the log that belongs to this module: from its "Building <domain>" line to the next module's.
  section=$(awk -v d="$domain" '/^\[INFO\] Building /{on = ($3 == d)} on' "$work/verify.log")
  if grep -q "missing the following keys: customerId" <<<"$section"; then
    echo "check-drift-is-caught: OK - $domain verification failed naming customerId:"
    grep -E "has a matching body \(FAILED\)|missing the following keys: customerId" <<<"$section" | sort | uniq -c | sed 's/^/  /'
  else
    missed+=("$domain")
  fi
done
if [[ $status -ne 0 && ${#missed[@]} -eq 0 ]]; then
  exit 0
fi
echo "check-drift-is-caught: FAILED - the drift was not caught for: ${missed[*]:-?} (pact:verify exit $status); see $work/verify.log" >&2
tail -20 "$work/verify.log" >&2
exit 1
