#!/usr/bin/env bash
# Publishes one domain module's pacts to the Pact Broker with the official Pact CLI.
#
#   ci/publish.sh <domain-module>            e.g. ci/publish.sh crm-read-contracts
#
# Consumer: the module's consumer name (src/test/resources/data-action-contracts.properties); pacts: every file in
# <module>/target/pacts. Consumer version = GIT_COMMIT, branch = GIT_BRANCH (or BRANCH_NAME; an "origin/" prefix is
# dropped), build URL = BUILD_URL when set. Broker: PACT_BROKER_BASE_URL with PACT_BROKER_TOKEN (or
# PACT_BROKER_USERNAME / PACT_BROKER_PASSWORD), from the environment only.
#
# Publishes only the output of a green test run: it refuses when the module has no surefire reports, when any of them
# records a failure or an error, or when a pact names another consumer. (In Jenkins the stage runs only after the
# module's test stage passed; this guard covers running it by hand after a red build.)
# Exit codes: 0 published; 1 the broker rejected the publication; 2 bad usage, missing settings or no publishable
# pacts; 3 the broker is not reachable or refuses the credentials.
source "$(dirname "$0")/lib/common.sh"

[[ $# -eq 1 ]] || die 2 "usage: ci/publish.sh <domain-module>"
require_domain "$1"
require_commit
branch=$(branch_name)
[[ -n $branch ]] || die 2 "GIT_BRANCH (or BRANCH_NAME) is not set (the branch of the commit being built)."

shopt -s nullglob
pacts=("$PACTS_DIR"/*.json)
if [[ ${#pacts[@]} -eq 0 && -f ${PACTS_DIR}-runs/last-run.json ]]; then
  # The bridge removes a module's pacts when a complete test run had failures (docs/design-notes.md, "Pact lifecycle").
  status=$(node -p 'require(process.argv[1]).status' "${PACTS_DIR}-runs/last-run.json" 2>/dev/null || true)
  [[ $status != FAILED ]] || die 2 "the last contract test run of $DOMAIN failed, so it left no pact in $DOMAIN/target/pacts: fix the tests and run them all (mvn -pl $DOMAIN verify)."
fi
[[ ${#pacts[@]} -gt 0 ]] || die 2 "no pact files in $DOMAIN/target/pacts: run the module's contract tests first (mvn -pl $DOMAIN verify)."

reports=("$CI_ROOT/$DOMAIN"/target/surefire-reports/TEST-*.xml)
[[ ${#reports[@]} -gt 0 ]] || die 2 "no test reports in $DOMAIN/target/surefire-reports: pacts are published only after a green test run."
if grep -lE '<testsuite[^>]* (failures|errors)="[1-9]' "${reports[@]}" >/dev/null; then
  die 2 "the last test run of $DOMAIN has failures or errors; its pacts may be partial and are not published."
fi
for pact in "${pacts[@]}"; do
  name=$(node -p 'const p = require(process.argv[1]); (p.consumer && p.consumer.name) + " " + (p.provider && p.provider.name)' "$pact") \
    || die 2 "$pact is not a pact file (not JSON)."
  [[ ${name%% *} == "$CONSUMER" ]] || die 2 "$(basename "$pact") names consumer '${name%% *}', but $DOMAIN is consumer '$CONSUMER'."
done

ensure_pact_cli
require_broker

args=(broker publish "$PACTS_DIR" --consumer-app-version "$GIT_COMMIT" --branch "$branch")
[[ -n ${BUILD_URL:-} ]] && args+=(--build-url "$BUILD_URL")
say "publishing ${#pacts[@]} pact(s) of $CONSUMER ($DOMAIN) version $GIT_COMMIT, branch $branch"
set +e
"$PACT_CLI" "${args[@]}" 2>&1 | mask
status=${PIPESTATUS[0]}
set -e
[[ $status -eq 0 ]] || die 1 "the broker did not accept the pacts of $CONSUMER version $GIT_COMMIT (pact broker publish exit $status)."
say "published $CONSUMER version $GIT_COMMIT (branch $branch): $(for p in "${pacts[@]}"; do basename "$p" .json; done | sed "s/^$CONSUMER-//" | paste -sd, -)"
