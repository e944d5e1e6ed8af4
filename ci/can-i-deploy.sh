#!/usr/bin/env bash
# Asks the Pact Broker whether one domain's consumer, at GIT_COMMIT, can be deployed to an environment: yes only when
# every pact of that consumer version is verified successfully by every provider version currently deployed there.
#
#   ci/can-i-deploy.sh <domain-module> <environment>          e.g. ci/can-i-deploy.sh crm-read-contracts production
#
# While results are unknown (a provider build is still verifying), it asks again: CAN_I_DEPLOY_RETRIES times
# (default 10), CAN_I_DEPLOY_RETRY_INTERVAL seconds apart (default 30), i.e. at most 5 minutes by default. Broker and
# credentials: PACT_BROKER_BASE_URL with PACT_BROKER_TOKEN (or PACT_BROKER_USERNAME / PACT_BROKER_PASSWORD).
#
# Exit codes (one line per pact explains each "no", with the verification result's URL when there is one):
#   0 yes, deployable
#   1 no: a verification FAILED (or the broker says no for another reason, e.g. the version was never published)
#   2 bad usage or missing settings
#   3 the broker is not reachable, refuses the credentials, or answered something that is not a matrix
#   4 no: NOT YET VERIFIED - results still unknown after the retries (no verification yet, or no provider version
#     recorded as deployed in the environment)
source "$(dirname "$0")/lib/common.sh"

[[ $# -eq 2 ]] || die 2 "usage: ci/can-i-deploy.sh <domain-module> <environment>"
require_domain "$1"
environment=$2
[[ -n $environment ]] || die 2 "no environment given."
require_commit
retries=${CAN_I_DEPLOY_RETRIES:-10}
interval=${CAN_I_DEPLOY_RETRY_INTERVAL:-30}
[[ $retries =~ ^[0-9]+$ && $interval =~ ^[0-9]+$ ]] || die 2 "CAN_I_DEPLOY_RETRIES and CAN_I_DEPLOY_RETRY_INTERVAL must be whole numbers."

ensure_pact_cli
require_broker

say "can $CONSUMER ($DOMAIN) version $GIT_COMMIT be deployed to $environment? (asking again up to $retries times, ${interval}s apart, while results are unknown)"
set +e
matrix=$("$PACT_CLI" broker can-i-deploy --pacticipant "$CONSUMER" --version "$GIT_COMMIT" --to-environment "$environment" \
  --retry-while-unknown "$retries" --retry-interval "$interval" --output json 2>&1)
status=$?
set -e

# The CLI's JSON is the broker's matrix; the verdict and the per-pact lines are ours, so that "not yet verified" and
# "verification failed" read (and exit) differently.
set +e
node "$CI_ROOT/ci/lib/can-i-deploy-verdict.js" "$environment" <<<"$matrix" | mask
verdict=${PIPESTATUS[0]}
set -e
if [[ $verdict -eq 3 ]]; then
  printf '%s\n' "$matrix" | head -20 | mask >&2
  die 3 "the broker's answer was not a matrix (pact broker can-i-deploy exit $status); treating it as NO."
fi
exit "$verdict"
