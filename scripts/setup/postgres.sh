#!/usr/bin/env bash
# Installs Debian's PostgreSQL when it is missing, starts a cluster on 127.0.0.1, and creates a test role
# with a random password (made once per machine). Prints the admin connection string for the tests on stdout.
set -euo pipefail

# shellcheck source=../lib/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"

log() { printf 'setup/postgres: %s\n' "$*" >&2; }

apt_install postgresql

read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
if [ "$status" != "online" ]; then
  # The server's socket folder as Debian makes it, in case something else took it over (a stale lock file there
  # that the server cannot remove stops it from starting).
  install -d -o postgres -g postgres -m 2775 /var/run/postgresql
  log "starting cluster $version/$cluster on port $port"
  # Debian's default listen_addresses is 'localhost': loopback only, which is all the tests need.
  # pg_ctlcluster can report a failure while the server is still coming up: readiness is checked below.
  pg_ctlcluster "$version" "$cluster" start >&2 || log "pg_ctlcluster reported a problem; waiting for readiness"
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || { log "PostgreSQL did not become ready on 127.0.0.1:$port"; exit 1; }

role=lettings_test
# A random password made on this machine the first time, kept outside the repository (root only), so that
# several test runs at once agree on it.
state_dir=${LETTINGS_CACHE:-/var/cache/lettings-test}
password_file=$state_dir/postgres-password
if [ ! -s "$password_file" ]; then
  mkdir -p "$state_dir"
  (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$password_file")
fi
password=$(cat "$password_file")
# The role may create and drop the throw-away databases each test class uses.
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 >&2 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB;
  END IF;
END
\$\$;
ALTER ROLE $role WITH LOGIN CREATEDB PASSWORD '$password';
SQL

printf 'Host=127.0.0.1;Port=%s;Username=%s;Password=%s;Database=postgres\n' "$port" "$role" "$password"
