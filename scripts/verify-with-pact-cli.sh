#!/usr/bin/env bash
# Verifies pact files with the official Pact CLI verifier (the Rust implementation, independent of pact-jvm), to show
# that the pacts are standard Pact V4. Not part of the Maven build: it downloads a native binary on first use.
#
#   scripts/verify-with-pact-cli.sh <pact-dir> <base-url>
#   e.g. scripts/verify-with-pact-cli.sh crm-read-contracts/target/pacts http://localhost:8081
#
# Every *.json pact in <pact-dir> is verified against <base-url> under its own provider name, with provider states
# POSTed to <base-url>/_pact/state (override with STATE_CHANGE_URL=...; set it empty for none) and teardown calls.
# The CLI (npm package @pact-foundation/pact-cli, pinned below) is installed into target/pact-cli on first use,
# from whatever npm registry npm is configured with; needs node and npm. Reports: target/pact-cli/reports/.
# Exit codes: 0 all verified; 1 a verification failed; 2 bad usage, no pact files, or the CLI could not be installed.
set -euo pipefail

PACT_CLI_VERSION=18.1.2
export PACT_DO_NOT_TRACK=true

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <pact-dir> <base-url>" >&2
  exit 2
fi
pact_dir=$(cd "$1" 2>/dev/null && pwd) || { echo "verify-with-pact-cli: no such directory: $1" >&2; exit 2; }
base_url=${2%/}
root=$(cd "$(dirname "$0")/.." && pwd)
cli_dir="$root/target/pact-cli"
pact="$cli_dir/node_modules/.bin/pact"
reports="$cli_dir/reports"

installed_version() { node -p "require('$cli_dir/node_modules/@pact-foundation/pact-cli/package.json').version" 2>/dev/null || true; }
if [[ ! -x $pact || $(installed_version) != "$PACT_CLI_VERSION" ]]; then
  echo "verify-with-pact-cli: installing @pact-foundation/pact-cli@$PACT_CLI_VERSION into $cli_dir"
  mkdir -p "$cli_dir"
  npm install --prefix "$cli_dir" --no-audit --no-fund --no-save "@pact-foundation/pact-cli@$PACT_CLI_VERSION" >/dev/null \
    || { echo "verify-with-pact-cli: npm install failed" >&2; exit 2; }
fi

# scheme, host, port and path of the base URL
read -r scheme host port base_path < <(node -e '
  const u = new URL(process.argv[1]);
  const scheme = u.protocol.replace(":", "");
  const port = u.port || (scheme === "https" ? "443" : "80");
  console.log(scheme, u.hostname, port, u.pathname === "/" ? "-" : u.pathname.replace(/\/$/, ""));
' "$base_url") || { echo "verify-with-pact-cli: not a URL: $base_url" >&2; exit 2; }
state_change_url=${STATE_CHANGE_URL-$base_url/_pact/state}

shopt -s nullglob
pacts=("$pact_dir"/*.json)
if [[ ${#pacts[@]} -eq 0 ]]; then
  echo "verify-with-pact-cli: no pact files (*.json) in $pact_dir" >&2
  exit 2
fi

mkdir -p "$reports"
echo "verify-with-pact-cli: $("$pact" verifier --version 2>&1 | head -1), ${#pacts[@]} pact file(s), provider at $base_url"
failed=0
for file in "${pacts[@]}"; do
  provider=$(node -p "require(process.argv[1]).provider.name" "$file")
  args=(verifier -f "$file" -n "$provider" --transport "$scheme" --hostname "$host" --port "$port" --no-colour
        -j "$reports/$provider.json")
  [[ $base_path != "-" ]] && args+=(--base-path "$base_path")
  [[ -n $state_change_url ]] && args+=(-s "$state_change_url" --state-change-teardown)
  echo "verify-with-pact-cli: $(basename "$file") (provider $provider)"
  if ! "$pact" "${args[@]}"; then
    failed=1
  fi
done
if [[ $failed -ne 0 ]]; then
  echo "verify-with-pact-cli: verification FAILED; JSON reports in $reports" >&2
  exit 1
fi
echo "verify-with-pact-cli: all pacts verified; JSON reports in $reports"
