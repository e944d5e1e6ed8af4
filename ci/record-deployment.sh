#!/usr/bin/env bash
# Records in the Pact Broker that one domain's consumer, at GIT_COMMIT, is now deployed to an environment (run it
# right after the deployment succeeded), so that providers verify against it and can-i-deploy checks against it.
#
#   ci/record-deployment.sh <domain-module> <environment>     e.g. ci/record-deployment.sh crm-read-contracts production
#
# APPLICATION_INSTANCE (optional): which instance of the environment, when there are several (e.g. per region).
# Broker and credentials as for ci/publish.sh. The Pact Maven plugin has no record-deployment goal; the official Pact
# CLI does it. Exit codes: 0 recorded; 1 the broker refused (unknown environment, version never published);
# 2 bad usage or missing settings; 3 the broker is not reachable or refuses the credentials.
source "$(dirname "$0")/lib/common.sh"

[[ $# -eq 2 ]] || die 2 "usage: ci/record-deployment.sh <domain-module> <environment>"
require_domain "$1"
environment=$2
[[ -n $environment ]] || die 2 "no environment given."
require_commit

ensure_pact_cli
require_broker

args=(broker record-deployment --pacticipant "$CONSUMER" --version "$GIT_COMMIT" --environment "$environment")
[[ -n ${APPLICATION_INSTANCE:-} ]] && args+=(--application-instance "$APPLICATION_INSTANCE")
set +e
"$PACT_CLI" "${args[@]}" 2>&1 | mask
status=${PIPESTATUS[0]}
set -e
[[ $status -eq 0 ]] || die 1 "the deployment of $CONSUMER version $GIT_COMMIT to $environment was NOT recorded (pact broker record-deployment exit $status; is the environment created in the broker, and was this version published?)."
say "recorded: $CONSUMER version $GIT_COMMIT is deployed to $environment${APPLICATION_INSTANCE:+ (instance $APPLICATION_INSTANCE)}"
