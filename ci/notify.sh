#!/usr/bin/env bash
# POSTs a short JSON alert to a webhook (Slack/Teams-style incoming webhook or any HTTP endpoint):
#
#   ALERT_WEBHOOK_URL=... ci/notify.sh <status> <message>     # e.g. ci/notify.sh FAILURE "billing-contracts: contract break"
#
# Body: {"text": "<job> #<build> <status>: <message> <build url>", "status", "job", "build", "url", "message"}, from
# JOB_NAME, BUILD_NUMBER and BUILD_URL when Jenkins sets them. The webhook URL usually carries its secret in the path:
# it is read from the environment only (in Jenkins the secret-text credential 'vendor-alert-webhook'), handed to curl
# on its standard input (not on a command line), and never printed, not even in curl's error messages.
# Exit 0 delivered; 1 the webhook refused it or is unreachable; 2 bad usage or ALERT_WEBHOOK_URL not set.
source "$(dirname "$0")/lib/common.sh"

[[ $# -eq 2 && -n $1 ]] || die 2 "usage: ci/notify.sh <status> <message>"
[[ -n ${ALERT_WEBHOOK_URL:-} ]] || die 2 "ALERT_WEBHOOK_URL is not set (in Jenkins: the credential 'vendor-alert-webhook'); no alert sent."
[[ $ALERT_WEBHOOK_URL =~ ^https?://[^/] ]] || die 2 "ALERT_WEBHOOK_URL is not an http(s) URL; no alert sent."
command -v curl >/dev/null 2>&1 || die 2 "curl is not on the PATH; no alert sent."

json_string() {  # json_string TEXT -> "TEXT" with JSON escapes
  local s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      '"') out+='\"' ;;
      '\') out+='\\' ;;
      $'\n') out+='\n' ;;
      $'\r') out+='\r' ;;
      $'\t') out+='\t' ;;
      *)
        if [[ $c < ' ' ]]; then printf -v c '\\u%04x' "'$c"; fi
        out+=$c
        ;;
    esac
  done
  printf '"%s"' "$out"
}

status=$1
message=$2
job=${JOB_NAME:-local}
build=${BUILD_NUMBER:-}
url=${BUILD_URL:-}
text="$job${build:+ #$build} $status: $message${url:+ $url}"
body=$(printf '{"text":%s,"status":%s,"job":%s,"build":%s,"url":%s,"message":%s}' \
  "$(json_string "$text")" "$(json_string "$status")" "$(json_string "$job")" "$(json_string "$build")" \
  "$(json_string "$url")" "$(json_string "$message")")

# The URL goes to curl in a config file on stdin; the body as data. Quote escapes for curl's config syntax.
config_url=${ALERT_WEBHOOK_URL//\\/\\\\}
config_url=${config_url//\"/\\\"}
host=${ALERT_WEBHOOK_URL#*://}; host=${host%%/*}; host=${host##*@}; host=${host%:[0-9]*}
hide() {
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    line=${line//"$ALERT_WEBHOOK_URL"/***}
    [[ -n $host ]] && line=${line//"$host"/***}
    printf '%s\n' "$line"
  done
}

out=$(printf 'url = "%s"\n' "$config_url" | curl --silent --show-error --config - --max-time "${ALERT_TIMEOUT:-20}" \
  --retry "${ALERT_RETRIES:-2}" --retry-delay 2 --request POST --header 'Content-Type: application/json' --data-binary "$body" \
  --output /dev/null --write-out '%{http_code}' 2>&1) || {
  printf '%s\n' "${out%???}" | hide >&2
  die 1 "the webhook is unreachable; alert not delivered."
}
code=${out: -3}
if [[ ! $code =~ ^2[0-9][0-9]$ ]]; then
  die 1 "the webhook answered HTTP $code; alert not delivered."
fi
say "alert sent ($status)."
