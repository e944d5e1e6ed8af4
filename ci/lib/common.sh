# Shared by the ci/*.sh scripts; sourced, never run. No `set -x` anywhere in ci/: it would print the broker token.
# Credentials are read from the environment only and never written to the log; the Pact CLI reads them from the
# environment too (PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME / PACT_BROKER_PASSWORD), never from its command line.
set -euo pipefail
set +x

CI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export PACT_DO_NOT_TRACK=true
# The CLI retries 5xx answers with exponential back-off (8 times by default, over 2 minutes); a broken broker should
# fail the stage quickly instead.
export PACT_BROKER_HTTP_RETRIES=${PACT_BROKER_HTTP_RETRIES:-2}

# The official Pact CLI (the Rust implementation), pinned, installed into the project (ci/install-pact-cli.sh).
PACT_CLI_VERSION=18.1.2
PACT_CLI_DIR=${PACT_CLI_DIR:-$CI_ROOT/target/pact-cli}
PACT_CLI="$PACT_CLI_DIR/node_modules/.bin/pact"

# JVM options for the short-lived Java processes the scripts start (dac.jar, the reference provider): the JIT's
# first tier only and one GC thread. `dac record` + `dac compare` of the billing pact: 4.6 s of CPU with the defaults,
# 2.9 s with these. A full heap ends the JVM at once (exit 3, one line from the JVM) instead of leaving it wedged with
# dead HTTP client threads, ignoring SIGTERM.
JAVA_SHORT_LIVED_OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError)

SCRIPT_NAME=$(basename "$0" .sh)

die() {  # die EXIT_CODE MESSAGE...
  local code=$1; shift
  printf '%s: %s\n' "$SCRIPT_NAME" "$*" >&2
  exit "$code"
}

say() { printf '%s: %s\n' "$SCRIPT_NAME" "$*"; }

# Replaces any credential value in stdin with ***, like Jenkins' masking (defence in depth: the CLI prints none).
mask() {
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    [[ -n ${PACT_BROKER_TOKEN:-} ]] && line=${line//"$PACT_BROKER_TOKEN"/***}
    [[ -n ${PACT_BROKER_PASSWORD:-} ]] && line=${line//"$PACT_BROKER_PASSWORD"/***}
    printf '%s\n' "$line"
  done
}

pact_cli_installed_version() {
  node -p "require(process.argv[1]).version" "$PACT_CLI_DIR/node_modules/@pact-foundation/pact-cli/package.json" 2>/dev/null || true
}

ensure_pact_cli() {
  command -v node >/dev/null 2>&1 || die 2 "node is not on the PATH (the Pact CLI is installed with npm)."
  if [[ ! -x $PACT_CLI || $(pact_cli_installed_version) != "$PACT_CLI_VERSION" ]]; then
    "$CI_ROOT/ci/install-pact-cli.sh" >&2 || die 2 "the Pact CLI could not be installed."
  fi
}

# The broker location and credentials, from the environment only.
require_broker() {
  [[ -n ${PACT_BROKER_BASE_URL:-} ]] || die 2 "PACT_BROKER_BASE_URL is not set (the Pact Broker's base URL)."
  if [[ -z ${PACT_BROKER_TOKEN:-} ]]; then
    if [[ -z ${PACT_BROKER_USERNAME:-} || -z ${PACT_BROKER_PASSWORD:-} ]]; then
      die 2 "no broker credentials: set PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD."
    fi
    unset PACT_BROKER_TOKEN
  fi
  export PACT_BROKER_BASE_URL
  check_broker
}

# Fails with exit 3 and a plain message when the broker cannot be reached or refuses the credentials.
check_broker() {
  local out
  if ! out=$(node "$CI_ROOT/ci/lib/check-broker.js" 2>&1); then
    printf '%s\n' "$out" | mask >&2
    die 3 "the Pact Broker is not usable; nothing was done."
  fi
}

# A domain module: a reactor module with src/test/resources/data-action-contracts.properties (its consumer name).
domain_properties() { printf '%s/%s/src/test/resources/data-action-contracts.properties' "$CI_ROOT" "$1"; }

require_domain() {  # require_domain MODULE -> sets DOMAIN, CONSUMER, PACTS_DIR
  DOMAIN=${1%/}
  [[ -n $DOMAIN && $DOMAIN != */* && -d $CI_ROOT/$DOMAIN ]] || die 2 "no such module: '$1' (expected a domain module directory, e.g. crm-read-contracts)."
  local props
  props=$(domain_properties "$DOMAIN")
  [[ -f $props ]] || die 2 "'$DOMAIN' is not a domain module: $props is missing."
  CONSUMER=$(sed -n 's/^[[:space:]]*consumer[[:space:]]*=[[:space:]]*\([^[:space:]]*\).*/\1/p' "$props" | head -1)
  [[ -n $CONSUMER ]] || die 2 "no 'consumer=' line in $props."
  PACTS_DIR="$CI_ROOT/$DOMAIN/target/pacts"
}

require_commit() {
  [[ -n ${GIT_COMMIT:-} ]] || die 2 "GIT_COMMIT is not set (the application version: the commit being built)."
}

# Jenkins sets GIT_BRANCH to e.g. origin/main in plain pipelines, BRANCH_NAME in multibranch pipelines.
branch_name() {
  local b=${GIT_BRANCH:-${BRANCH_NAME:-}}
  b=${b#refs/heads/}
  printf '%s' "${b#origin/}"
}
