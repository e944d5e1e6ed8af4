#!/usr/bin/env bash
# Deploys a domain's Data Actions (<domain>/data-actions) to the Genesys Cloud org of an environment with `dac deploy`:
# unchanged actions are left alone, a changed config is published through a draft, a changed contract is refused
# (docs/genesys-org.md). The Jenkinsfile's deploy stage runs it when the org credential of the environment exists.
#
#   GENESYSCLOUD_OAUTHCLIENT_ID=... GENESYSCLOUD_OAUTHCLIENT_SECRET=... ci/deploy-data-actions.sh crm-read-contracts test
#
# The domain's settings are in <domain>/genesys-org.properties: category=<org category> (required),
# region.<environment>=<region> (else GENESYSCLOUD_REGION), integration-id.<environment>=<id> (optional: where new
# actions go when the category has none yet). Environment: GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET
# (required; dac reads them itself, they are on no command line), GENESYSCLOUD_REGION, GENESYS_API_URL and
# GENESYS_LOGIN_URL (optional: override the region's hosts, e.g. a private deployment or a test double).
# Exit codes are dac deploy's: 0 deployed or up to date; 1 an action refused or failed; 2 bad usage or a setting
# missing; 4 the org unreachable, refusing the credentials, or throttling beyond the retries.
source "$(dirname "$0")/lib/common.sh"

[[ $# -eq 2 ]] || die 2 "usage: ci/deploy-data-actions.sh <domain module> <environment>   (e.g. crm-read-contracts test)"
require_domain "$1"
environment=$2
[[ $environment =~ ^[A-Za-z0-9_-]+$ ]] || die 2 "'$environment' is not an environment name."
config="$CI_ROOT/$DOMAIN/genesys-org.properties"
[[ -f $config ]] || die 2 "'$DOMAIN' has no $config: it is not deployed with dac (CX as Code teams run terraform apply instead)."
[[ -n ${GENESYSCLOUD_OAUTHCLIENT_ID:-} && -n ${GENESYSCLOUD_OAUTHCLIENT_SECRET:-} ]] \
  || die 2 "GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET must be set (the $environment org's OAuth client)."

setting() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*$/\1/p" "$config" | head -1; }
category=$(setting category)
[[ -n $category ]] || die 2 "$config: no category= line (the org category of the domain's actions)."
region=$(setting "region\.$environment")
integration=$(setting "integration-id\.$environment")

dac_jar="$CI_ROOT/contract-cli/target/dac.jar"
[[ -f $dac_jar ]] || die 2 "$dac_jar is missing: run 'mvn -B -pl contract-cli -am package -DskipTests' first."
command -v java >/dev/null 2>&1 || die 2 "java is not on the PATH."

args=(deploy --category "$category")
[[ -n $region ]] && args+=(--region "$region")
[[ -n $integration ]] && args+=(--integration-id "$integration")
if [[ -n ${GENESYS_API_URL:-} || -n ${GENESYS_LOGIN_URL:-} ]]; then
  args+=(--api-url "${GENESYS_API_URL:-}" --login-url "${GENESYS_LOGIN_URL:-}")
fi
args+=("$CI_ROOT/$DOMAIN/data-actions")

# Replaces the credentials with *** (defence in depth: dac prints neither).
mask_org() {
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    line=${line//"$GENESYSCLOUD_OAUTHCLIENT_SECRET"/***}
    line=${line//"$GENESYSCLOUD_OAUTHCLIENT_ID"/***}
    printf '%s\n' "$line"
  done
}

say "deploying $DOMAIN/data-actions to category '$category' of the $environment org"
set +e
java "${JAVA_SHORT_LIVED_OPTS[@]}" -jar "$dac_jar" "${args[@]}" 2>&1 | mask_org
status=${PIPESTATUS[0]}
set -e
case $status in
  0) say "$DOMAIN is deployed to $environment." ;;
  1) die 1 "some Data Action of $DOMAIN was refused or failed (lines above); the deployment is NOT recorded." ;;
  5) die 4 "the $environment org could not be reached or refused the credentials; nothing more was deployed." ;;
  *) die 2 "dac deploy failed (exit $status)." ;;
esac
