#!/usr/bin/env bash
# Self-test of the provider verification: starts the reference provider with backend drift
# (--rename customerId=customer_id) and runs the documented command against it. Exits 0 only when the verification
# FAILS and names the missing field customerId; 1 otherwise (the contract would let the drift through).
#
#   mvn -B clean install          # once: pacts in crm-read-contracts/target/pacts, plugins and artifacts installed
#   scripts/check-drift-is-caught.sh [-Dpacts.dir=DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true

jar=reference-providers/target/reference-providers.jar
work=crm-read-contracts/target/drift-check
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

set +e
mvn -B -pl crm-read-contracts pact:verify -Dcrm.api.host=localhost -Dcrm.api.port="$port" "$@" >"$work/verify.log" 2>&1
status=$?
set -e

if [[ $status -ne 0 ]] && grep -q "missing the following keys: customerId" "$work/verify.log"; then
  echo "check-drift-is-caught: OK - verification failed (exit $status) naming customerId:"
  grep -E "has a matching body \(FAILED\)|missing the following keys: customerId" "$work/verify.log" | sed 's/^/  /'
  exit 0
fi
echo "check-drift-is-caught: FAILED - the drift was not caught (pact:verify exit $status); see $work/verify.log" >&2
tail -20 "$work/verify.log" >&2
exit 1
