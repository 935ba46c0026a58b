#!/usr/bin/env bash
# The run command: packages the app when the jar is missing or older than the sources, then
# starts it (embedded database under ./data and the telephony simulator unless configured).
#   --demo   start with the demo centre (FOLLOWUP_DEMO=true): on an empty database, dealers,
#            one user per role (passwords printed once), a month of records, calls at any hour.
# Other arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=admin-api/target/admin-api.jar
ARGS=()
for arg in "$@"; do
  if [ "$arg" = "--demo" ]; then
    export FOLLOWUP_DEMO=true
  else
    ARGS+=("$arg")
  fi
done
stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find . -path ./data -prune -o -path '*/target' -prune -o -path ./.git -prune -o \
    -type f -newer "$JAR" \( -path '*/src/*' -o -name pom.xml -o -name openapi.properties \) -print -quit)" ]
}
if stale; then
  echo "[run] building $JAR"
  mvn -B -q -DskipTests package
fi
exec java ${JAVA_OPTS:-} -jar "$JAR" ${ARGS[@]+"${ARGS[@]}"}
