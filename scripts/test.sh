#!/usr/bin/env bash
# The test command: a real MariaDB (provisioned if needed), then every module's tests,
# the formatting check, the architecture rules and the packaged jar's smoke tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-mariadb.sh
exec mvn -B verify "$@"
