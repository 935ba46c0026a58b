#!/usr/bin/env bash
# The test command: a real MariaDB and Debian's headless Chromium (both provisioned if needed),
# then every module's tests (the browser tests among them),
# the formatting check, the architecture rules and the packaged jar's smoke tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-mariadb.sh
scripts/ensure-chromium.sh
exec mvn -B verify \
  -Dfollowup.test.db.host="${FOLLOWUP_TEST_DB_HOST:-127.0.0.1}" \
  -Dfollowup.test.db.port="${FOLLOWUP_TEST_DB_PORT:-3306}" \
  -Dfollowup.test.db.user="${FOLLOWUP_TEST_DB_USER:-followup_test}" \
  -Dfollowup.test.db.password="${FOLLOWUP_TEST_DB_PASSWORD:-followup_test}" \
  "$@"
