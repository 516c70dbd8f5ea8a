#!/bin/bash
# Entry point of the PostgreSQL stand-in: the part of the official image's contract that Aspire's PostgreSQL
# resource uses. On first start: initdb as POSTGRES_USER (postgres) with POSTGRES_PASSWORD, logins from other
# hosts by POSTGRES_HOST_AUTH_METHOD (scram-sha-256), POSTGRES_DB created unless it is the default database,
# listening on every address. Then the server runs as PID 1 under the postgres user.
set -euo pipefail

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [ "$1" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  user=${POSTGRES_USER:-postgres}
  auth=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}
  initdb=(initdb --username="$user" --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host="$auth")
  if [ -n "${POSTGRES_PASSWORD:-}" ]; then
    "${initdb[@]}" --pwfile=/dev/stdin <<<"$POSTGRES_PASSWORD" >/dev/null
  elif [ "$auth" = trust ]; then
    "${initdb[@]}" >/dev/null
  else
    echo "POSTGRES_PASSWORD must be set (or POSTGRES_HOST_AUTH_METHOD=trust)" >&2
    exit 1
  fi
  echo "host all all all $auth" >>"$PGDATA/pg_hba.conf"
  echo "listen_addresses = '*'" >>"$PGDATA/postgresql.conf"
  database=${POSTGRES_DB:-$user}
  if [ "$database" != postgres ]; then
    echo "CREATE DATABASE \"$database\"" | postgres --single -D "$PGDATA" postgres >/dev/null
  fi
  echo "PostgreSQL init process complete; ready for start up."
fi

exec "$@"
