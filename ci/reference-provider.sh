#!/usr/bin/env bash
# Starts or stops the packaged reference provider (crm-customer-api and loyalty-api in one process) in the background,
# the stand-in for a backend team's service in ci/provider-verification.Jenkinsfile.
#
#   ci/reference-provider.sh start <port>     # after `mvn -pl reference-providers -am package`; returns once listening
#   ci/reference-provider.sh stop
#
# Files: target/reference-provider/provider.pid and provider.log. Exit 0 done; 1 it did not start; 2 bad usage.
source "$(dirname "$0")/lib/common.sh"

jar="$CI_ROOT/reference-providers/target/reference-providers.jar"
dir="$CI_ROOT/target/reference-provider"
pid_file="$dir/provider.pid"

case ${1:-} in
  start)
    [[ $# -eq 2 && $2 =~ ^[0-9]+$ ]] || die 2 "usage: ci/reference-provider.sh start <port> | stop"
    [[ -f $jar ]] || die 2 "$jar is missing: run 'mvn -B -pl reference-providers -am package -DskipTests' first."
    mkdir -p "$dir"
    rm -f "$pid_file"
    # JENKINS_NODE_COOKIE: Jenkins would otherwise kill the background process when this step ends.
    JENKINS_NODE_COOKIE=dontKillMe nohup java "${JAVA_SHORT_LIVED_OPTS[@]}" -jar "$jar" --api crm --port "$2" --pid-file "$pid_file" >"$dir/provider.log" 2>&1 &
    for _ in $(seq 1 300); do
      [[ -s $pid_file ]] && { say "$(head -1 "$dir/provider.log")"; exit 0; }
      sleep 0.1
    done
    cat "$dir/provider.log" >&2
    die 1 "the reference provider did not start within 30 s (log above)."
    ;;
  stop)
    [[ $# -eq 1 ]] || die 2 "usage: ci/reference-provider.sh start <port> | stop"
    if [[ -f $pid_file ]]; then
      java "${JAVA_SHORT_LIVED_OPTS[@]}" -jar "$jar" --stop "$pid_file"
    else
      say "not running"
    fi
    ;;
  *)
    die 2 "usage: ci/reference-provider.sh start <port> | stop"
    ;;
esac
