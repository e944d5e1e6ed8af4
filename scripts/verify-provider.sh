#!/usr/bin/env bash
# Verifies the crm-read pacts (consumer genesys-crm-read) against any running provider with the Pact Maven plugin:
# the documented command `mvn -pl crm-read-contracts pact:verify -D...` plus two pre-checks with plain messages.
#
#   scripts/verify-provider.sh -Dcrm.api.host=H -Dcrm.api.port=P [-Dcrm.api.protocol=https]
#                              [-Dcrm.api.stateChangeUrl=URL] [-Dloyalty.api.host=... (same keys)] [-Dpacts.dir=DIR]
#
# Run after `mvn install` from the repository root's parent or anywhere (it changes to the root). loyalty.api.*
# default to the crm.api.* values. Exit codes: 0 verified; 1 verification failed (mismatch, state change error);
# 2 no pact file; 3 a provider is not reachable. See docs/verification.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true

prop() {  # prop NAME DEFAULT: the value of -DNAME=... among the arguments, else DEFAULT
  local name=$1 value=$2 arg
  for arg in "${ARGS[@]}"; do
    case $arg in -D"$name"=*) value=${arg#-D"$name"=} ;; esac
  done
  printf '%s' "$value"
}
ARGS=("$@")
pacts_dir=$(prop pacts.dir crm-read-contracts/target/pacts)
crm_host=$(prop crm.api.host localhost)
crm_port=$(prop crm.api.port 8081)
loyalty_host=$(prop loyalty.api.host "$crm_host")
loyalty_port=$(prop loyalty.api.port "$crm_port")

for provider in crm-customer-api loyalty-api; do
  pact="$pacts_dir/genesys-crm-read-$provider.json"
  if [[ ! -s $pact ]]; then
    echo "verify-provider: no pact file $pact for provider '$provider'." >&2
    echo "verify-provider: run 'mvn -B clean install' first (the crm-read-contracts tests write the pacts)." >&2
    exit 2
  fi
done

reachable() { timeout 5 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
for target in "crm-customer-api $crm_host $crm_port" "loyalty-api $loyalty_host $loyalty_port"; do
  read -r provider host port <<<"$target"
  if ! reachable "$host" "$port"; then
    echo "verify-provider: provider '$provider' is not reachable at $host:$port (connection refused or timed out)." >&2
    echo "verify-provider: start it, or pass the right -D${provider%%-*}.api.host / -D${provider%%-*}.api.port." >&2
    exit 3
  fi
done

mvn -B -pl crm-read-contracts pact:verify "$@" || exit 1
