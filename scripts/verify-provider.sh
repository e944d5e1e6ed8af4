#!/usr/bin/env bash
# Verifies the pacts of the domain modules against any running provider with the Pact Maven plugin: the documented
# per-domain command `mvn -pl <domain> pact:verify -D...` for every domain at once, plus two pre-checks with plain
# messages.
#
#   scripts/verify-provider.sh [--domain crm-read-contracts]... -Dcrm.api.host=H -Dcrm.api.port=P [-Dcrm.api.protocol=https]
#                              [-Dcrm.api.stateChangeUrl=URL] [-Dloyalty.api.host=... (same keys)]
#
# Without --domain: every domain below. Run after `mvn install`, from anywhere (it changes to the root).
# <name>.api.* of a provider <name>-... default to the crm.api.* values. Exit codes: 0 verified; 1 verification failed
# (mismatch, state change error); 2 no pact file or bad usage; 3 a provider is not reachable. See docs/verification.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true

# Each domain module: its consumer name and the providers it has pacts with. A new domain is one line each.
declare -A CONSUMER=([crm-read-contracts]=genesys-crm-read [crm-write-contracts]=genesys-crm-write)
declare -A PROVIDERS=([crm-read-contracts]="crm-customer-api loyalty-api" [crm-write-contracts]="crm-customer-api")
ALL_DOMAINS="crm-read-contracts crm-write-contracts"

domains=()
ARGS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --domain) [[ $# -ge 2 && -n ${CONSUMER[$2]:-} ]] || { echo "verify-provider: --domain needs one of: $ALL_DOMAINS" >&2; exit 2; }
              domains+=("$2"); shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
[[ ${#domains[@]} -gt 0 ]] || read -r -a domains <<<"$ALL_DOMAINS"

prop() {  # prop NAME DEFAULT: the value of -DNAME=... among the arguments, else DEFAULT
  local name=$1 value=$2 arg
  for arg in "${ARGS[@]+"${ARGS[@]}"}"; do
    case $arg in -D"$name"=*) value=${arg#-D"$name"=} ;; esac
  done
  printf '%s' "$value"
}

providers=()
for domain in "${domains[@]}"; do
  for provider in ${PROVIDERS[$domain]}; do
    pact="$(prop pacts.dir "$domain/target/pacts")/${CONSUMER[$domain]}-$provider.json"
    if [[ ! -s $pact ]]; then
      echo "verify-provider: no pact file $pact for provider '$provider'." >&2
      echo "verify-provider: run 'mvn -B clean install' first (the $domain tests write the pacts)." >&2
      exit 2
    fi
    [[ " ${providers[*]} " == *" $provider "* ]] || providers+=("$provider")
  done
done

reachable() { timeout 5 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
crm_host=$(prop crm.api.host localhost)
crm_port=$(prop crm.api.port 8081)
for provider in "${providers[@]}"; do
  key=${provider%%-*}
  host=$(prop "$key.api.host" "$crm_host")
  port=$(prop "$key.api.port" "$crm_port")
  if ! reachable "$host" "$port"; then
    echo "verify-provider: provider '$provider' is not reachable at $host:$port (connection refused or timed out)." >&2
    echo "verify-provider: start it, or pass the right -D$key.api.host / -D$key.api.port." >&2
    exit 3
  fi
done

pl=$(IFS=,; echo "${domains[*]}")
# -T 1: the Pact Maven plugin is not thread-safe, and .mvn/maven.config builds modules in parallel.
mvn -B -T 1 -fae -pl "$pl" pact:verify "${ARGS[@]+"${ARGS[@]}"}" || exit 1
