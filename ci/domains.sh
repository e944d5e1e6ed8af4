#!/usr/bin/env bash
# Lists the domain modules of the reactor, one per line, in the root POM's order: every <module> whose directory holds
# src/test/resources/data-action-contracts.properties (the module's consumer name). The Jenkinsfile runs one
# parallel branch per line, so a new domain module needs no pipeline change.
source "$(dirname "$0")/lib/common.sh"

sed -n 's#^[[:space:]]*<module>\([^<]*\)</module>.*#\1#p' "$CI_ROOT/pom.xml" | while IFS= read -r module; do
  if [[ -f $(domain_properties "$module") ]]; then printf '%s\n' "$module"; fi
done
