#!/usr/bin/env bash
# Self-test of the provider verification: for every domain module (ci/domains.sh) and every provider its pacts name
# that a reference provider serves, starts that reference provider with backend drift (a renamed response field) and
# runs scripts/verify-provider.sh. Exits 0 only when EACH such verification FAILS naming the missing field; 1 otherwise
# (a contract would let the drift through). Providers without a reference provider are listed and left out. For a
# domain with flows/, the flow variables the drift reaches are printed too (dac impact).
#
#   mvn -B clean install          # once: pacts in <domain>/target/pacts, the reference provider jar, plugins
#   scripts/check-drift-is-caught.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true

jar=reference-providers/target/reference-providers.jar
work=target/drift-check
[[ -f $jar ]] || { echo "check-drift-is-caught: $jar missing; run 'mvn -B clean install' first" >&2; exit 2; }
mkdir -p "$work"
pids=()
trap 'for p in "${pids[@]+"${pids[@]}"}"; do java -jar "$jar" --stop "$p" >/dev/null 2>&1 || true; done' EXIT
missed=()

# The reference provider that serves a provider, and the response field its drift renames.
reference_api() {
  case $1 in
    crm-customer-api | loyalty-api) echo "crm customerId" ;;
    billing-api) echo "billing amountDue" ;;
    *) echo "" ;;
  esac
}

# flows_reached <domain> <field>: the Architect flow variables of the domain's flows/ that the drift would empty, as
# dac impact computes them (the engine run with and without the field); nothing when the domain has no flows/.
flows_reached() {
  local domain=$1 field=$2 export name dac=contract-cli/target/dac.jar
  [[ -d $domain/flows && -f $dac ]] || return 0
  echo "  flows reached (dac impact --field '\$..$field'):"
  for export in "$domain"/data-actions/*.json; do
    grep -q "$field" "$export" || continue
    name=$(grep -o '"name": *"[^"]*"' "$export" | head -1 | sed 's/^"name": *"\(.*\)"$/\1/')
    grep -rqF "$name" "$domain/flows" || continue
    java -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1 -jar "$dac" impact --actions "$domain/data-actions" \
      --flows "$domain/flows" --action "$name" --field "\$..$field" 2>&1 | grep "^flow " | sed 's/^/    /' || true
  done
}

# check <domain> <api> <field> <provider>...: drift <field> -> <field with an underscore> on <api>, verify <domain>
check() {
  local domain=$1 api=$2 field=$3
  shift 3
  local renamed pid_file log port status args=() provider
  renamed=$(sed 's/\([a-z]\)\([A-Z]\)/\1_\2/g' <<<"$field" | tr '[:upper:]' '[:lower:]')
  pid_file="$work/$domain-$api.pid"
  log="$work/$domain-$api-provider.log"
  rm -f "$pid_file"
  java -XX:+ExitOnOutOfMemoryError -jar "$jar" --api "$api" --port 0 --rename "$field=$renamed" --pid-file "$pid_file" >"$log" 2>&1 &
  pids+=("$pid_file")
  for _ in $(seq 1 100); do [[ -f $pid_file ]] && break; sleep 0.1; done
  port=$(sed -n "s#^$api API listening on http://[^:/]*:\([0-9]*\).*#\1#p" "$log")
  [[ -n $port ]] || { echo "check-drift-is-caught: the $api provider did not start:" >&2; cat "$log" >&2; exit 1; }
  echo "check-drift-is-caught: drifted $api provider ($field -> $renamed) on port $port for $domain ($*)"
  for provider in "$@"; do args+=(--provider "$provider"); done
  set +e
  scripts/verify-provider.sh "$domain" --base-url "http://localhost:$port" --state-url "http://localhost:$port/_pact/state" \
    "${args[@]}" >"$work/$domain-$api-verify.log" 2>&1
  status=$?
  set -e
  if [[ $status -eq 1 ]] && grep -q "missing the following keys: $field" "$work/$domain-$api-verify.log"; then
    echo "check-drift-is-caught: OK - $domain verification failed naming $field:"
    grep -E "has a matching body \(FAILED\)|missing the following keys: $field" "$work/$domain-$api-verify.log" | sort | uniq -c | sed 's/^/  /'
    flows_reached "$domain" "$field"
  else
    missed+=("$domain ($field, exit $status, see $work/$domain-$api-verify.log)")
  fi
  java -jar "$jar" --stop "$pid_file" >/dev/null 2>&1 || true
}

shopt -s nullglob
while IFS= read -r domain; do
  consumer=$(sed -n 's/^[[:space:]]*consumer[[:space:]]*=[[:space:]]*\([^[:space:]]*\).*/\1/p' \
    "$domain/src/test/resources/data-action-contracts.properties" | head -1)
  declare -A by_api=()
  for pact in "$domain/target/pacts/$consumer-"*.json; do
    provider=$(basename "$pact" .json)
    provider=${provider#"$consumer"-}
    served=$(reference_api "$provider")
    if [[ -z $served ]]; then
      echo "check-drift-is-caught: no reference provider serves '$provider' ($domain): left out"
      continue
    fi
    by_api[$served]="${by_api[$served]:-} $provider"
  done
  [[ ${#by_api[@]} -gt 0 ]] || missed+=("$domain (no pact with a provider the reference providers serve: run 'mvn -B clean install' first)")
  for served in "${!by_api[@]}"; do
    read -r api field <<<"$served"
    # shellcheck disable=SC2086 # the provider list is a space-separated list of names
    check "$domain" "$api" "$field" ${by_api[$served]}
  done
  unset by_api
done < <(ci/domains.sh)

if [[ ${#missed[@]} -eq 0 ]]; then
  exit 0
fi
echo "check-drift-is-caught: FAILED - the drift was not caught for: ${missed[*]}" >&2
exit 1
