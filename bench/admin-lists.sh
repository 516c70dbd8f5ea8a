#!/usr/bin/env bash
# The back office's lists at size: the site on SQLite and on PostgreSQL with the bulk seed (BENCH_BULK lettings and
# profiles, so as many addresses and accounts), an administrator signed in with curl, then each URL below asked
# BENCH_REPEAT times after one unmeasured request; prints the median total time of each (the whole page: the count,
# the page of rows, the filters' choices, the rendering). Loopback only. Not a test: figures for docs/performance.md.
#
# Usage: bench/admin-lists.sh  (BENCH_BULK=100000 BENCH_REPEAT=5 BENCH_PROVIDERS="sqlite postgres"
#        BENCH_SITE=<folder with a built Lettings.Web.dll>, else a Release publish)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bulk=${BENCH_BULK:-100000}
repeat=${BENCH_REPEAT:-5}
providers=${BENCH_PROVIDERS:-sqlite postgres}
port=18090
last_page=$(( bulk / 25 ))
paths=(
  "/admin/lettings/"
  "/admin/lettings/?o=title&p=$last_page"
  "/admin/lettings/?o=-city&p=2"
  "/admin/lettings/?state=CA"
  "/admin/addresses/?o=zip&p=$last_page"
  "/admin/addresses/?o=-letting"
  "/admin/profiles/?o=favorite"
  "/admin/profiles/?favorite=false&o=-username"
  "/admin/users/?o=-joined&p=2"
  "/admin/users/?o=staff"
  "/admin/users/?active=true&o=name"
)

work=$(mktemp -d)
site_pid=""
pg_database=""
psql_admin() {
  local cs=$LETTINGS_TEST_POSTGRES
  PGHOST=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$cs") PGPORT=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$cs") \
    PGUSER=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$cs") PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$cs") \
    psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"
}
cleanup() {
  if [[ -n $site_pid ]]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
  if [[ -n $pg_database ]]; then psql_admin -c "DROP DATABASE IF EXISTS \"$pg_database\" WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

site=${BENCH_SITE:-}
if [[ -z $site ]]; then
  log "publishing the site (Release)"
  dotnet publish Lettings.Web -c Release -o "$work/site" --nologo -v quiet
  site=$work/site
fi
if [[ " $providers " == *" postgres "* && -z ${LETTINGS_TEST_POSTGRES:-} ]]; then
  LETTINGS_TEST_POSTGRES=$(bash scripts/setup/postgres.sh)
fi

password="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
site_env() {
  echo "ASPNETCORE_ENVIRONMENT=Production"
  echo "Logging__LogLevel__Default=Warning"
  echo "RateLimiting__PerClient__PermitLimit=1000000000"
  echo "LETTINGS_ADMIN_PASSWORD=$password"
  if [[ $1 == sqlite ]]; then
    echo "Database__SqlitePath=$work/lists.db"
  else
    echo "ConnectionStrings__lettings=${LETTINGS_TEST_POSTGRES/Database=postgres/Database=$pg_database}"
  fi
}
run() {
  local provider=$1; shift
  local -a vars
  mapfile -t vars < <(site_env "$provider")
  (cd "$site" && exec env "${vars[@]}" "$@")
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

rows=()
for provider in $providers; do
  log "=== $provider: migrate, seed-bulk $bulk, create-admin"
  if [[ $provider == postgres ]]; then
    pg_database="lettings_lists_$$"
    psql_admin -c "CREATE DATABASE \"$pg_database\"" >/dev/null
  fi
  {
    run "$provider" dotnet Lettings.Web.dll migrate
    run "$provider" dotnet Lettings.Web.dll seed-bulk --lettings "$bulk" --profiles "$bulk"
    run "$provider" dotnet Lettings.Web.dll create-admin --username bench-admin --email bench@example.invalid
  } >>"$work/commands.log" 2>&1
  if [[ $provider == postgres ]]; then
    psql_admin -d "$pg_database" -c "ANALYZE" >/dev/null 2>&1
  fi

  # Started here rather than through run, so that $! is the site itself (the subshell execs env, which execs dotnet).
  mapfile -t vars < <(site_env "$provider")
  (cd "$site" && exec env "${vars[@]}" dotnet Lettings.Web.dll --urls "http://127.0.0.1:$port") >>"$work/site.log" 2>&1 &
  site_pid=$!
  for _ in $(seq 1 600); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/admin/login/" 2>/dev/null) == 200 ]] && break
    kill -0 "$site_pid" 2>/dev/null || { tail -20 "$work/site.log" >&2; exit 1; }
    sleep 0.1
  done

  jar=$work/cookies-$provider
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/admin/login/" \
    | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Form.Username=bench-admin" --data-urlencode "Form.Password=$password" "http://127.0.0.1:$port/admin/login/"

  for path in "${paths[@]}"; do
    url="http://127.0.0.1:$port$path"
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$url")
    [[ $status == 200 ]] || { log "$path answered $status"; tail -20 "$work/site.log" >&2; exit 1; }
    ms=$(for _ in $(seq 1 "$repeat"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$url"; done \
      | awk '{ printf "%.0f\n", $1 * 1000 }' | median)
    log "$provider $path: $ms ms"
    rows+=("| $provider | \`$path\` | $ms |")
  done
  kill "$site_pid" 2>/dev/null || true
  wait "$site_pid" 2>/dev/null || true
  site_pid=""
done

printf '\n%s rows per list, median of %s requests (ms, whole page)\n\n| provider | URL | ms |\n| --- | --- | --- |\n' "$bulk" "$repeat"
printf '%s\n' "${rows[@]}"
