#!/usr/bin/env bash
# Records a domain's vendor API with the pact's own requests (dac record) and compares the new recording with the pact,
# the Data Actions and the previous recording (dac compare). Used by ci/vendor-recording.Jenkinsfile (weekly) and by
# `mvn -pl billing-contracts -Precord-vendor verify`.
#
#   VENDOR_BASE_URL=https://<vendor staging> BILLING_API_KEY=... ci/record-vendor.sh billing-contracts
#
# The domain's settings are in <domain>/vendor-recording.properties: pact=, credential.<name>=<ENV_VAR>, redact=<json-path>
# (repeatable), middleware.<action file>=<jsonata file>. Environment:
#   VENDOR_BASE_URL        required: the vendor's staging API (the pact's paths are appended to it)
#   VENDOR_STATE_URL       optional: its provider-state endpoint (a vendor rarely has one)
#   VENDOR_RECORDINGS_DIR  optional: the recordings history (default <domain>/target/recordings); each run adds one
#                          <timestamp>/ directory, and the comparison needs the previous one
#   VENDOR_RECORD_TIMEOUT, VENDOR_RECORD_ATTEMPTS  optional: dac record --timeout (10s), --attempts (3)
#   VENDOR_REPORT_DIR      optional: where the reports go (default <domain>/target)
# Credentials: the environment variables named by credential.* lines. They are passed to the CLI in a private
# argument file (`java @file`), so they appear neither in the log nor in the process list.
#
# Writes <report dir>/surefire-reports/TEST-vendor-compare.xml (JUnit, one test per interaction: Jenkins and Maven show
# it with the contract tests) and <report dir>/vendor-compare.json.
# Exit 0 every interaction passed; 1 a contract break; 2 bad usage or a setting missing; 3 warnings (drift, degraded
# outputs: the pact is still satisfied); 4 no warnings, but the vendor was unavailable for some interaction.
source "$(dirname "$0")/lib/common.sh"

[[ $# -eq 1 ]] || die 2 "usage: ci/record-vendor.sh <domain module>   (e.g. billing-contracts)"
require_domain "$1"
module="$CI_ROOT/$DOMAIN"
config="$module/vendor-recording.properties"
[[ -f $config ]] || die 2 "'$DOMAIN' has no $config: it does not record a vendor API."

[[ -n ${VENDOR_BASE_URL:-} ]] || die 2 "VENDOR_BASE_URL is not set: the vendor's staging API (with Maven: -D${DOMAIN%-contracts}.staging.url=https://...)."
[[ $VENDOR_BASE_URL =~ ^https?://[^/] ]] || die 2 "VENDOR_BASE_URL is not an http(s) URL (with Maven: set -D${DOMAIN%-contracts}.staging.url=https://...)."
if [[ -n ${VENDOR_STATE_URL:-} && ! $VENDOR_STATE_URL =~ ^https?://[^/] ]]; then
  die 2 "VENDOR_STATE_URL is not an http(s) URL."
fi

dac_jar="$CI_ROOT/contract-cli/target/dac.jar"
[[ -f $dac_jar ]] || die 2 "$dac_jar is missing: run 'mvn -B -pl contract-cli -am package -DskipTests' first."
command -v java >/dev/null 2>&1 || die 2 "java is not on the PATH."

# The domain's settings.
pact=""
secrets=()
credential_args=()
other_args=()
compare_middleware=()
while IFS= read -r line || [[ -n $line ]]; do
  line=${line%$'\r'}
  [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
  [[ $line == *=* ]] || die 2 "$config: not a key=value line: $line"
  key=${line%%=*}; key=${key//[[:space:]]/}
  value=${line#*=}; value=${value#"${value%%[![:space:]]*}"}; value=${value%"${value##*[![:space:]]}"}
  case $key in
    pact) pact="$module/$value" ;;
    redact) other_args+=(--redact "$value") ;;
    credential.*)
      name=${key#credential.}
      [[ $value =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die 2 "$config: $key must name an environment variable."
      [[ -n ${!value:-} ]] || die 2 "$value is not set: the '$name' credential of the $DOMAIN pact (never put it on a command line)."
      secrets+=("${!value}")
      credential_args+=(--credential "$name=${!value}")
      ;;
    middleware.*) compare_middleware+=(--middleware "${key#middleware.}=$module/$value") ;;
    *) die 2 "$config: unknown key '$key'." ;;
  esac
done <"$config"
[[ -n $pact ]] || die 2 "$config: no pact= line."
[[ -f $pact ]] || die 2 "$pact is missing: run the domain's contract tests first ('mvn -B -pl $DOMAIN -am test')."

recordings=${VENDOR_RECORDINGS_DIR:-$module/target/recordings}
report_dir=${VENDOR_REPORT_DIR:-$module/target}
junit="$report_dir/surefire-reports/TEST-vendor-compare.xml"
json="$report_dir/vendor-compare.json"
mkdir -p "$recordings" "$(dirname "$junit")"
rm -f "$junit" "$json"

# Replaces every credential value in stdin with *** (defence in depth: the CLI itself prints none).
mask_secrets() {
  local line s
  while IFS= read -r line || [[ -n $line ]]; do
    for s in "${secrets[@]+"${secrets[@]}"}"; do
      [[ -n $s ]] && line=${line//"$s"/***}
    done
    printf '%s\n' "$line"
  done
}

# Runs `java -jar dac.jar ARGS...` with every argument in a private argument file (mode 600, deleted afterwards).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
dac() {
  local argfile="$work/dac.args" a
  (umask 077 && : >"$argfile")
  for a in "${JAVA_SHORT_LIVED_OPTS[@]}" -jar "$dac_jar" "$@"; do
    a=${a//\\/\\\\}
    a=${a//\"/\\\"}
    printf '"%s"\n' "$a" >>"$argfile"
  done
  local status=0
  java "@$argfile" 2>&1 | mask_secrets || status=$?
  rm -f "$argfile"
  return "$status"
}

record_args=(record --pact "$pact" --base-url "$VENDOR_BASE_URL" --out "$recordings"
  --timeout "${VENDOR_RECORD_TIMEOUT:-10s}" --attempts "${VENDOR_RECORD_ATTEMPTS:-3}")
[[ -n ${VENDOR_STATE_URL:-} ]] && record_args+=(--state-url "$VENDOR_STATE_URL")
record_args+=("${credential_args[@]+"${credential_args[@]}"}" "${other_args[@]+"${other_args[@]}"}")

say "recording $DOMAIN ($(basename "$pact")) into $recordings"
status=0
dac "${record_args[@]}" || status=$?
[[ $status -eq 0 ]] || die 2 "dac record failed (exit $status); nothing was compared."

say "comparing the new recording with the pact, the Data Actions and the previous recording"
status=0
dac compare --pact "$pact" --recordings "$recordings" --actions "$module/data-actions" \
  "${compare_middleware[@]+"${compare_middleware[@]}"}" --junit "$junit" --json "$json" || status=$?
case $status in
  0) ;;
  1) die 1 "CONTRACT BREAK: the vendor's answers break the $DOMAIN pact (details above; JUnit: $junit)." ;;
  *) die 2 "dac compare failed (exit $status)." ;;
esac

# compare exits 0 with warnings and with an unavailable vendor: read them from its JSON summary.
count() { grep -oE "\"$1\"[[:space:]]*:[[:space:]]*[0-9]+" "$json" | head -1 | grep -oE '[0-9]+$' || echo 0; }
[[ -f $json ]] || die 2 "dac compare wrote no $json."
warnings=$(count warning)
# An unreadable recording ("error") could not be judged either.
unavailable=$(( $(count vendorUnavailable) + $(count notRecorded) + $(count error) ))
if (( warnings > 0 )); then
  say "WARNINGS: $warnings interaction(s) with warnings (drift or degraded outputs; the pact is still satisfied)."
  exit 3
fi
if (( unavailable > 0 )); then
  say "VENDOR UNAVAILABLE: $unavailable interaction(s) could not be recorded or read back; no contract break."
  exit 4
fi
say "every interaction passed."
