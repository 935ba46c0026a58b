#!/usr/bin/env bash
# Makes sure a MySQL-compatible server answers on $FOLLOWUP_TEST_DB_HOST:$FOLLOWUP_TEST_DB_PORT
# (default 127.0.0.1:3306): starts MariaDB if installed but stopped, installs it on a fresh
# Debian machine, then creates the test user and the empty test schemas (followup_test_*).
set -euo pipefail

HOST=${FOLLOWUP_TEST_DB_HOST:-127.0.0.1}
PORT=${FOLLOWUP_TEST_DB_PORT:-3306}
USER_NAME=${FOLLOWUP_TEST_DB_USER:-followup_test}
USER_PASSWORD=${FOLLOWUP_TEST_DB_PASSWORD:-followup_test}
SCHEMAS=(followup_test_campaign followup_test_dialer followup_test_sla followup_test_admin)

say() { echo "[ensure-mariadb] $*"; }

answers() { mysqladmin --protocol=tcp -h"$HOST" -P"$PORT" --connect-timeout=2 ping >/dev/null 2>&1; }

install_mariadb() {
  say "MariaDB is not installed: installing mariadb-server from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq mariadb-server mariadb-client >/dev/null
}

start_mariadb() {
  local daemon
  daemon=$(command -v mariadbd || command -v mysqld || ls /usr/sbin/mariadbd /usr/sbin/mysqld 2>/dev/null | head -1 || true)
  [ -n "$daemon" ] || { install_mariadb; daemon=$(command -v mariadbd || echo /usr/sbin/mariadbd); }
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  if [ ! -d /var/lib/mysql/mysql ]; then
    say "initialising the data directory"
    local install_db
    install_db=$(command -v mariadb-install-db || command -v mysql_install_db)
    "$install_db" --user=mysql --datadir=/var/lib/mysql >/dev/null
  fi
  say "starting $daemon"
  setsid nohup "$daemon" --user=mysql --bind-address=127.0.0.1 --port="$PORT" >/tmp/followup-mariadbd.log 2>&1 < /dev/null &
  for _ in $(seq 1 60); do
    answers && return 0
    sleep 1
  done
  say "MariaDB did not answer within 60 s; its log:"; tail -20 /tmp/followup-mariadbd.log >&2
  exit 1
}

if ! answers; then
  command -v mysqladmin >/dev/null 2>&1 || install_mariadb
  answers || start_mariadb
fi

# An administrative connection: the unix socket as root (fresh Debian), else root over TCP.
admin_sql() {
  if [ -n "${FOLLOWUP_TEST_DB_ROOT_PASSWORD:-}" ]; then
    mysql --protocol=tcp -h"$HOST" -P"$PORT" -uroot -p"$FOLLOWUP_TEST_DB_ROOT_PASSWORD" "$@"
  elif mysql -uroot -e 'SELECT 1' >/dev/null 2>&1; then
    mysql -uroot "$@"
  else
    mysql --protocol=tcp -h"$HOST" -P"$PORT" -uroot "$@"
  fi
}

sql="SET GLOBAL local_infile = 1;"
for host in localhost 127.0.0.1 '%'; do
  sql+="CREATE USER IF NOT EXISTS '$USER_NAME'@'$host' IDENTIFIED BY '$USER_PASSWORD';"
  sql+="GRANT ALL PRIVILEGES ON \`followup\\_test%\`.* TO '$USER_NAME'@'$host';"
done
# --user-only (the benchmarks): the user and its grants, no test schema recreated
[ "${1:-}" != --user-only ] || SCHEMAS=()
for schema in "${SCHEMAS[@]}"; do
  sql+="DROP DATABASE IF EXISTS $schema; CREATE DATABASE $schema CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
done
admin_sql -e "$sql"
say "ready: $(mysql --protocol=tcp -h"$HOST" -P"$PORT" -u"$USER_NAME" -p"$USER_PASSWORD" -N -e 'SELECT VERSION()') at $HOST:$PORT, schemas ${SCHEMAS[*]}"
