#!/usr/bin/env bash
# Runs one benchmark: scripts/bench.sh NAME [ARGS…] (idle, ingest, dispatch, pacing, sla, reports, progress, console, forecast, departments).
# Prints its table and writes benchmarks/results/NAME.json. Not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: scripts/bench.sh NAME [ARGS...]" >&2; exit 2; }
# the database and the test user, as the test command provisions them (without recreating the
# test schemas: every benchmark creates its own); FOLLOWUP_BENCH_DB_READY=1 skips it
[ -n "${FOLLOWUP_BENCH_DB_READY:-}" ] || scripts/ensure-mariadb.sh --user-only
# the console benchmark drives pages in Debian's headless Chromium
[ "$1" != console ] || scripts/ensure-chromium.sh
# the benchmarks jar, and admin-api.jar for benchmarks that drive the real app
mvn -B -q -Pbench -DskipTests -Dspotless.check.skip=true package -pl benchmarks,admin-api -am
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -jar benchmarks/target/benchmarks.jar "$@"
