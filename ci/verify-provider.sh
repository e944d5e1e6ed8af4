#!/usr/bin/env bash
# The provider side: verifies a running provider against the pacts the Pact Broker selects for it, with the official
# Pact CLI verifier, and publishes the results with the provider's version and branch.
#
#   ci/verify-provider.sh <provider> [<pact-url>]       e.g. ci/verify-provider.sh crm-customer-api
#
# Without <pact-url> (the provider's own build): the pacts of
#   - the latest consumer version on each consumer's main branch   {"mainBranch":true}
#   - every consumer version deployed or released anywhere         {"deployedOrReleased":true}
#   - the latest consumer version on the provider's branch         {"matchingBranch":true}
# plus pending pacts (a changed pact not yet verified by this provider branch fails nothing) and work-in-progress pacts
# published since PACT_INCLUDE_WIP_PACTS_SINCE (default 2026-01-01; empty: none). PACT_CONSUMER_VERSION_SELECTORS
# (a JSON array) replaces the three selectors.
# With <pact-url> (a broker webhook "contract requiring verification published": ${pactbroker.pactUrl}): that pact only.
#
# Settings (environment): PROVIDER_BASE_URL (required: the running provider, e.g. http://localhost:8081);
# PROVIDER_STATE_CHANGE_URL (default $PROVIDER_BASE_URL/_pact/state; empty: no state calls); GIT_COMMIT = provider
# version, GIT_BRANCH (or BRANCH_NAME) = provider branch, BUILD_URL (optional); PACT_PUBLISH_VERIFICATION_RESULTS
# (default true; false for a developer's local run); broker and credentials as for ci/publish.sh.
# Reports: target/pact-verifier/<provider>.xml (JUnit XML, one test per interaction) and <provider>.json.
# Exit codes: 0 verified (pending and WIP failures allowed); 1 verification failed; 2 bad usage or missing settings;
# 3 the broker is not reachable or refuses the credentials.
source "$(dirname "$0")/lib/common.sh"

[[ $# -eq 1 || $# -eq 2 ]] || die 2 "usage: ci/verify-provider.sh <provider> [<pact-url>]"
provider=$1
pact_url=${2:-}
[[ -n $provider ]] || die 2 "no provider name given."
[[ -n ${PROVIDER_BASE_URL:-} ]] || die 2 "PROVIDER_BASE_URL is not set (where the provider under test runs, e.g. http://localhost:8081)."
require_commit
branch=$(branch_name)
[[ -n $branch ]] || die 2 "GIT_BRANCH (or BRANCH_NAME) is not set (the provider's branch: pending and WIP pacts depend on it)."
publish=${PACT_PUBLISH_VERIFICATION_RESULTS:-true}
wip_since=${PACT_INCLUDE_WIP_PACTS_SINCE-2026-01-01}
selectors=${PACT_CONSUMER_VERSION_SELECTORS:-'[{"mainBranch":true},{"deployedOrReleased":true},{"matchingBranch":true}]'}
state_change_url=${PROVIDER_STATE_CHANGE_URL-${PROVIDER_BASE_URL%/}/_pact/state}

ensure_pact_cli
require_broker

read -r scheme host port base_path < <(node -e '
  const u = new URL(process.argv[1]);
  const scheme = u.protocol.replace(":", "");
  console.log(scheme, u.hostname, u.port || (scheme === "https" ? "443" : "80"), u.pathname === "/" ? "-" : u.pathname.replace(/\/$/, ""));
' "$PROVIDER_BASE_URL") || die 2 "PROVIDER_BASE_URL is not a URL: $PROVIDER_BASE_URL"

reports="$CI_ROOT/target/pact-verifier"
mkdir -p "$reports"
args=(verifier --provider-name "$provider" --transport "$scheme" --hostname "$host" --port "$port" --no-colour
      --broker-url "$PACT_BROKER_BASE_URL" --provider-version "$GIT_COMMIT" --provider-branch "$branch"
      --junit "$reports/$provider.xml" --json "$reports/$provider.json")
[[ $base_path != "-" ]] && args+=(--base-path "$base_path")
[[ -n $state_change_url ]] && args+=(--state-change-url "$state_change_url" --state-change-teardown)
if [[ -n $pact_url ]]; then
  args+=(--webhook-callback-url "$pact_url")
  say "verifying $provider $GIT_COMMIT (branch $branch) at $PROVIDER_BASE_URL against one pact: $pact_url"
else
  while IFS= read -r selector; do args+=(--consumer-version-selectors "$selector"); done < <(
    node -e 'for (const s of JSON.parse(process.argv[1])) console.log(JSON.stringify(s))' "$selectors") \
    || die 2 "PACT_CONSUMER_VERSION_SELECTORS is not a JSON array."
  args+=(--enable-pending)
  [[ -n $wip_since ]] && args+=(--include-wip-pacts-since "$wip_since")
  say "verifying $provider $GIT_COMMIT (branch $branch) at $PROVIDER_BASE_URL against the broker's pacts: selectors $selectors, pending, WIP since ${wip_since:-never}"
fi
if [[ $publish == true ]]; then
  args+=(--publish)
  [[ -n ${BUILD_URL:-} ]] && args+=(--build-url "$BUILD_URL")
else
  say "PACT_PUBLISH_VERIFICATION_RESULTS=$publish: results are not published"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
"$PACT_CLI" "${args[@]}" 2>&1 | mask | tee "$log"
status=${PIPESTATUS[0]}
set -e
# The verifier reports a failed publication of results but still exits 0; can-i-deploy would then wait in vain.
if [[ $publish == true ]] && grep -q "Publishing of verification results failed" "$log"; then
  die 1 "the verification results of $provider were NOT published (see the verifier's error above)."
fi
if [[ $status -ne 0 ]]; then
  die 1 "verification of $provider FAILED (pact verifier exit $status)$([[ $publish == true ]] && echo '; the failed result is published, so can-i-deploy says no'). Reports: $reports/$provider.xml"
fi
say "verified $provider $GIT_COMMIT$([[ $publish == true ]] && echo ', results published'). Reports: $reports/$provider.xml"
