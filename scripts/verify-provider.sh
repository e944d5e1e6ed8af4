#!/usr/bin/env bash
# Verifies one domain module's pacts against a running provider at any base URL, with the Pact Maven plugin. Works for
# every domain module ci/domains.sh lists and every provider its pact files name, including providers this repository
# does not ship (no POM change needed: the plugin's configuration is generated in target/verify-provider/<domain>/).
#
#   scripts/verify-provider.sh <domain> --base-url <url> [--state-url <url>] [--provider <name>]... [-- <maven args>]
#   e.g. scripts/verify-provider.sh billing-contracts --base-url https://billing.staging.example.org/v2 \
#          --state-url https://billing.staging.example.org/_pact/state
#
# Pacts: every <consumer>-<provider>.json in <domain>/target/pacts (the pacts of the last complete, green test run),
# or only those of the --provider names given. Every request of the pacts goes to --base-url (its path is a prefix).
# Provider states: each interaction's states are POSTed to --state-url as Pact's state-change body
# ({"state": "...", "params": {...}, "action": "setup"}, then "teardown"); without --state-url no state is set up.
# What a provider must serve: docs/verification.md. Run after the domain's tests (mvn -B -pl <domain> -am verify).
# Exit codes: 0 verified; 1 verification failed (mismatch, state change error); 2 bad usage or no pact; 3 the
# provider is not reachable.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PACT_DO_NOT_TRACK=true

usage="usage: scripts/verify-provider.sh <domain> --base-url <url> [--state-url <url>] [--provider <name>]... [-- <maven args>]"
die() { local code=$1; shift; printf 'verify-provider: %s\n' "$*" >&2; exit "$code"; }
URL='^(https?)://([^/:?#]+)(:([0-9]+))?(/[^?#]*)?$'
xml() { local s=${1//&/&amp;}; s=${s//</&lt;}; printf '%s' "${s//>/&gt;}"; }

[[ $# -ge 1 && $1 != -* ]] || die 2 "$usage"
domain=${1%/}
shift
mapfile -t domains < <(ci/domains.sh)
[[ " ${domains[*]} " == *" $domain "* ]] || die 2 "'$domain' is not a domain module; ci/domains.sh lists: ${domains[*]}."

base_url='' state_url='' wanted=() maven=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --base-url) [[ $# -ge 2 ]] || die 2 "$usage"; base_url=$2; shift 2 ;;
    --state-url) [[ $# -ge 2 ]] || die 2 "$usage"; state_url=$2; shift 2 ;;
    --provider) [[ $# -ge 2 ]] || die 2 "$usage"; wanted+=("$2"); shift 2 ;;
    --) shift; maven=("$@"); break ;;
    *) die 2 "unknown argument '$1'. $usage" ;;
  esac
done
[[ -n $base_url ]] || die 2 "missing --base-url: where the provider runs, e.g. --base-url http://localhost:8081. $usage"
[[ $base_url =~ $URL ]] || die 2 "--base-url '$base_url' is not an http(s) URL such as http://localhost:8081 or https://api.example.org/v2."
scheme=${BASH_REMATCH[1]} host=${BASH_REMATCH[2]} port=${BASH_REMATCH[4]} path=${BASH_REMATCH[5]:-/}
[[ -n $port ]] || { [[ $scheme == https ]] && port=443 || port=80; }
if [[ -n $state_url && ! $state_url =~ $URL ]]; then
  die 2 "--state-url '$state_url' is not an http(s) URL such as http://localhost:8081/_pact/state."
fi

consumer=$(sed -n 's/^[[:space:]]*consumer[[:space:]]*=[[:space:]]*\([^[:space:]]*\).*/\1/p' \
  "$domain/src/test/resources/data-action-contracts.properties" | head -1)
pacts="$root/$domain/target/pacts"
shopt -s nullglob
files=("$pacts/$consumer-"*.json)
if [[ ${#files[@]} -eq 0 ]]; then
  if grep -qs '"status" *: *"FAILED"' "$pacts-runs/last-run.json"; then
    die 2 "the last contract test run of $domain failed, so it left no pact in $domain/target/pacts: fix the tests and run them all (mvn -B -pl $domain -am verify)."
  fi
  die 2 "no pact of consumer '$consumer' in $domain/target/pacts: run the module's tests first (mvn -B -pl $domain -am verify)."
fi
providers=()
for file in "${files[@]}"; do
  name=$(basename "$file" .json)
  providers+=("${name#"$consumer"-}")
done
if [[ ${#wanted[@]} -gt 0 ]]; then
  for provider in "${wanted[@]}"; do
    [[ " ${providers[*]} " == *" $provider "* ]] || die 2 "$domain has no pact with provider '$provider'; its pacts name: ${providers[*]}."
  done
  providers=("${wanted[@]}")
fi

if ! timeout 5 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null; then
  die 3 "the provider is not reachable at $host:$port (connection refused or timed out): start it, or pass the right --base-url."
fi

# The Pact Maven plugin's configuration for exactly these providers, inheriting the root POM's plugin settings.
version=$(sed -n 's#^  <version>\(.*\)</version>.*#\1#p' pom.xml | head -1)
work="$root/target/verify-provider/$domain"
mkdir -p "$work"
{
  printf '<project>\n  <modelVersion>4.0.0</modelVersion>\n'
  printf '  <parent>\n    <groupId>org.dataactioncontracts</groupId>\n    <artifactId>data-action-contracts</artifactId>\n'
  printf '    <version>%s</version>\n    <relativePath>../../../pom.xml</relativePath>\n  </parent>\n' "$version"
  printf '  <artifactId>verify-%s</artifactId>\n  <packaging>pom</packaging>\n' "$domain"
  printf '  <build>\n    <plugins>\n      <plugin>\n        <groupId>au.com.dius.pact.provider</groupId>\n        <artifactId>maven</artifactId>\n'
  printf '        <configuration>\n          <serviceProviders>\n'
  for provider in "${providers[@]}"; do
    printf '            <serviceProvider>\n              <name>%s</name>\n' "$(xml "$provider")"
    printf '              <protocol>%s</protocol>\n              <host>%s</host>\n              <port>%s</port>\n' "$scheme" "$(xml "$host")" "$port"
    printf '              <path>%s</path>\n' "$(xml "$path")"
    # The root POM's Groovy preload of the plugin driver's shutdown-hook classes (docs/verification.md, plugin quirks).
    printf '              <requestFilter>${pact.shutdownHookClasses}</requestFilter>\n'
    if [[ -n $state_url ]]; then
      printf '              <stateChangeUrl>%s</stateChangeUrl>\n              <stateChangeTeardown>true</stateChangeTeardown>\n' "$(xml "$state_url")"
    fi
    printf '              <pactFileDirectory>%s</pactFileDirectory>\n            </serviceProvider>\n' "$(xml "$pacts")"
  done
  printf '          </serviceProviders>\n        </configuration>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n'
} >"$work/pom.xml"

echo "verify-provider: $domain (consumer $consumer) against ${providers[*]} at $base_url${state_url:+, provider states at $state_url}"
mvn -B -f "$work/pom.xml" pact:verify "${maven[@]+"${maven[@]}"}" || exit 1
