#!/usr/bin/env bash
# Installs the official Pact CLI (npm package @pact-foundation/pact-cli, pinned in ci/lib/common.sh) into
# target/pact-cli, from whatever npm registry npm is configured with. Idempotent: does nothing when the pinned
# version is already there. Needs node and npm. Exit 0 installed, 2 not installable.
source "$(dirname "$0")/lib/common.sh"

command -v npm >/dev/null 2>&1 || die 2 "npm is not on the PATH."
if [[ -x $PACT_CLI && $(pact_cli_installed_version) == "$PACT_CLI_VERSION" ]]; then
  say "@pact-foundation/pact-cli@$PACT_CLI_VERSION already in $PACT_CLI_DIR"
  exit 0
fi
say "installing @pact-foundation/pact-cli@$PACT_CLI_VERSION into $PACT_CLI_DIR"
mkdir -p "$PACT_CLI_DIR"
# --prefer-offline: a version already in npm's cache installs without asking the registry again. Bounded: a registry
# that does not answer fails the install (and the build reports the pipeline tests as skipped) instead of hanging.
timeout "${PACT_CLI_INSTALL_TIMEOUT:-180}" npm install --prefix "$PACT_CLI_DIR" --no-audit --no-fund --no-save --loglevel=error \
  --prefer-offline --fetch-timeout=60000 --fetch-retries=2 "@pact-foundation/pact-cli@$PACT_CLI_VERSION" >&2 \
  || die 2 "npm install of @pact-foundation/pact-cli@$PACT_CLI_VERSION failed or timed out."
[[ -x $PACT_CLI ]] || die 2 "the installed package has no $PACT_CLI."
say "installed @pact-foundation/pact-cli@$(pact_cli_installed_version)"
