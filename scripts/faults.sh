#!/usr/bin/env bash
# The fault suite: scripts/faults.sh [FAULT…] (kill-during-upload, kill-during-dispatch,
# kill-during-dialing, kill-during-deliveries, mariadb-restart, twilio-faults, clock-skew; all by
# default). Real app
# processes (admin-api.jar) on the suite's own MariaDB server (a fresh data directory under
# benchmarks/target, port 3317; FAULTS_JAVA_OPTS="-Xmx1g -Dfaults.db.port=N" for another), which it
# stops and restarts; no other server is touched. Each fault has a time limit (300 s). Prints per
# fault the operations in flight, lost, doubled and the recovery time, writes
# benchmarks/results/faults.json, and exits 1 if anything was lost or doubled. Not part of the test command. Needs the MariaDB server binaries
# (scripts/ensure-mariadb.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || scripts/ensure-mariadb.sh
# the benchmarks jar and admin-api.jar, as scripts/bench.sh builds them
[ -n "${FOLLOWUP_FAULTS_SKIP_BUILD:-}" ] ||
  mvn -B -q -Pbench -DskipTests -Dspotless.check.skip=true package -pl benchmarks,admin-api -am
exec timeout --kill-after=30s 20m java ${FAULTS_JAVA_OPTS:--Xmx1g} -jar benchmarks/target/benchmarks.jar faults "$@"
