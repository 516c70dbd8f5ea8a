#!/usr/bin/env bash
# The public site against its ceiling: a Release build of the site on SQLite and on PostgreSQL, and bench/Ceiling (bare
# Kestrel, one fixed page the size of the lettings list), loaded in turn by wrk at 32 connections, ceiling and site
# rounds alternating so that noise from the rest of the machine falls on both. Per URL: the medians of req/s, p50 and
# p99 over the rounds, errors, and the ratio to the ceiling; peak RSS of the site; time from process start to the first
# 200. Cached and uncached (OutputCache__Enabled=false), on the original data and on a bulk-seeded catalogue.
# Each URL is loaded for BENCH_WARMUP s, unmeasured, before its rounds: the JIT recompiles hot code with its optimising
# tier only after it has run a while, and the ceiling, a few methods, gets there long before the site.
# Writes bench/results/<date>-<commit>.md. Loopback only; every run bounded (BENCH_DURATION s per round).
#
# Usage: bench/run.sh  (BENCH_DURATION=4 BENCH_ROUNDS=3 BENCH_WARMUP=10 BENCH_BULK=100000 BENCH_PROVIDERS="sqlite postgres")
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

duration=${BENCH_DURATION:-4}
rounds=${BENCH_ROUNDS:-3}
warmup=${BENCH_WARMUP:-10}
bulk=${BENCH_BULK:-100000}
providers=${BENCH_PROVIDERS:-sqlite postgres}
connections=32
site_port=18080
ceiling_port=18081
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
results="$root/bench/results/$(date -u +%Y-%m-%d)-$commit.md"

# shellcheck source=../scripts/lib/apt.sh
source scripts/lib/apt.sh
apt_install wrk curl

work=$(mktemp -d)
site_pid=""
ceiling_pid=""
pg_database=""
cleanup() {
  stop_site
  [[ -n $ceiling_pid ]] && { kill "$ceiling_pid" 2>/dev/null || true; wait "$ceiling_pid" 2>/dev/null || true; }
  [[ -n $pg_database ]] && psql_admin -c "DROP DATABASE IF EXISTS \"$pg_database\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- builds -------------------------------------------------------------------------------------------------------
log "publishing the site and the ceiling (Release)"
dotnet publish Lettings.Web -c Release -o "$work/site" --nologo -v quiet
dotnet publish bench/Ceiling -c Release -o "$work/ceiling" --nologo -v quiet

# --- PostgreSQL: a private database on the local test server --------------------------------------------------------
psql_admin() {
  local cs=$LETTINGS_TEST_POSTGRES
  PGHOST=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$cs") PGPORT=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$cs") \
    PGUSER=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$cs") PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$cs") \
    psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"
}
if [[ " $providers " == *" postgres "* ]]; then
  LETTINGS_TEST_POSTGRES=$(bash scripts/setup/postgres.sh)
  export LETTINGS_TEST_POSTGRES
fi

# The environment that points the site at one provider's benchmark database.
site_env() {
  local provider=$1
  echo "ASPNETCORE_ENVIRONMENT=Production"
  echo "Logging__LogLevel__Default=Warning"
  # wrk is one client address: the per-client limit (600 a minute) would answer nearly every request 429. Raised
  # rather than switched off, so the limiter's own cost stays in the figures.
  echo "RateLimiting__PerClient__PermitLimit=1000000000"
  if [[ $provider == sqlite ]]; then
    echo "Database__SqlitePath=$work/bench-sqlite.db"
  else
    echo "ConnectionStrings__lettings=${LETTINGS_TEST_POSTGRES/Database=postgres/Database=$pg_database}"
  fi
}

run_site_command() {
  local provider=$1; shift
  local -a vars
  mapfile -t vars < <(site_env "$provider")
  (cd "$work/site" && env "${vars[@]}" dotnet Lettings.Web.dll "$@") >>"$work/commands.log" 2>&1
}

now_ms() { date +%s%3N; }

# Starts the published site; sets first_ms to the milliseconds from process start to its first 200 on /lettings/.
first_ms=""
start_site() {
  local provider=$1; shift
  local start
  local -a vars
  mapfile -t vars < <(site_env "$provider")
  start=$(now_ms)
  (cd "$work/site" && exec env "${vars[@]}" "$@" dotnet Lettings.Web.dll --urls "http://127.0.0.1:$site_port") \
    >>"$work/site.log" 2>&1 &
  site_pid=$!
  for _ in $(seq 1 1500); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$site_port/lettings/" 2>/dev/null) == 200 ]]; then
      first_ms=$(( $(now_ms) - start ))
      return 0
    fi
    kill -0 "$site_pid" 2>/dev/null || { tail -20 "$work/site.log" >&2; return 1; }
    sleep 0.01
  done
  echo "the site did not answer within 15 s" >&2
  return 1
}

stop_site() {
  if [[ -n $site_pid ]]; then
    kill "$site_pid" 2>/dev/null || true
    wait "$site_pid" 2>/dev/null || true
    site_pid=""
  fi
}

peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$site_pid/status"; }

# One wrk round: prints "req/s p50_ms p99_ms errors".
round() {
  local out
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s --latency "$1")
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx/ { errors += $NF }
    /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors + 0 }' <<<"$out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

rows=()
# Measures one site URL against the ceiling; appends a result row.
measure() {
  local provider=$1 data=$2 cache=$3 path=$4
  local url="http://127.0.0.1:$site_port$path" size
  size=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  wrk -t2 -c"$connections" -d"${warmup}s" --timeout 5s "$url" >/dev/null
  wrk -t2 -c"$connections" -d"$(( warmup < 3 ? warmup : 3 ))s" --timeout 5s "http://127.0.0.1:$ceiling_port/" >/dev/null
  local site=() ceiling=()
  for _ in $(seq 1 "$rounds"); do
    ceiling+=("$(round "http://127.0.0.1:$ceiling_port/")")
    site+=("$(round "$url")")
  done
  local rps p50 p99 errors ceiling_rps
  rps=$(printf '%s\n' "${site[@]}" | awk '{print $1}' | median)
  p50=$(printf '%s\n' "${site[@]}" | awk '{print $2}' | median)
  p99=$(printf '%s\n' "${site[@]}" | awk '{print $3}' | median)
  errors=$(printf '%s\n' "${site[@]}" | awk '{ s += $4 } END { print s + 0 }')
  ceiling_rps=$(printf '%s\n' "${ceiling[@]}" | awk '{print $1}' | median)
  local ratio
  ratio=$(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
  log "$provider $data $cache $path: $rps req/s (ceiling $ceiling_rps, $ratio), p50 $p50 ms, p99 $p99 ms, $errors errors, $size B"
  rows+=("| $provider | $data | $cache | \`$path\` | $rps | $p50 | $p99 | $errors | $ceiling_rps | $ratio | $size |")
}

# Requests every public page of the catalogue once, as a crawler would (URLs from the sitemap), bounded in time.
crawl() {
  local sitemap="http://127.0.0.1:$site_port/sitemap.xml"
  curl -s "$sitemap" >"$work/sitemap.xml"
  if grep -q '<sitemapindex' "$work/sitemap.xml"; then
    grep -o '<loc>[^<]*</loc>' "$work/sitemap.xml" | sed 's/<[^>]*>//g' | while read -r file; do curl -s "$file"; done >"$work/urls.xml"
  else
    cp "$work/sitemap.xml" "$work/urls.xml"
  fi
  grep -o '<loc>[^<]*</loc>' "$work/urls.xml" | sed 's/<[^>]*>//g; s#^https\?://[^/]*##' >"$work/paths.txt"
  cat >"$work/crawl.lua" <<EOF
local paths, i = {}, 0
for line in io.lines("$work/paths.txt") do paths[#paths + 1] = line end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
EOF
  local count
  count=$(wc -l <"$work/paths.txt")
  log "crawling $count pages"
  wrk -t1 -c8 -d"${BENCH_CRAWL_SECONDS:-90}s" --timeout 5s -s "$work/crawl.lua" "http://127.0.0.1:$site_port" >"$work/crawl.txt" || true
  echo "$count $(awk '/requests in/ {print $1}' "$work/crawl.txt")"
}

facts=()
for provider in $providers; do
  log "=== $provider"
  if [[ $provider == postgres ]]; then
    pg_database="lettings_bench_$$"
    psql_admin -c "CREATE DATABASE \"$pg_database\"" >/dev/null
  else
    rm -f "$work"/bench-sqlite.db*
  fi
  run_site_command "$provider" migrate

  # The ceiling serves a page of the lettings list's size, measured once.
  if [[ -z $ceiling_pid ]]; then
    start_site "$provider"
    size=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$site_port/lettings/")
    stop_site
    (cd "$work/ceiling" && exec env CEILING_BYTES="$size" dotnet Ceiling.dll --urls "http://127.0.0.1:$ceiling_port") >"$work/ceiling.log" 2>&1 &
    ceiling_pid=$!
    for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$ceiling_port/" && break; sleep 0.1; done
  fi

  for cache in cached uncached; do
    flag=()
    [[ $cache == uncached ]] && flag=(OutputCache__Enabled=false)
    start_site "$provider" "${flag[@]}"
    first=$first_ms
    for path in / /lettings/ /lettings/1/ /profiles/ /profiles/HeadlinesGazer/; do
      measure "$provider" original "$cache" "$path"
    done
    facts+=("| $provider | original | $cache | first 200 after start: $first ms | peak RSS under load: $(peak_rss_mb) MB |")
    stop_site
  done

  log "seed-bulk --lettings $bulk --profiles $bulk"
  seed_start=$(now_ms)
  run_site_command "$provider" seed-bulk --lettings "$bulk" --profiles "$bulk"
  seed_ms=$(( $(now_ms) - seed_start ))
  middle_page=$(( (bulk / 50) / 2 ))
  start_site "$provider"
  first=$first_ms
  middle_username=$(curl -s "http://127.0.0.1:$site_port/profiles/?page=$middle_page" | grep -o 'href="/profiles/[^/"?]*/"' | head -1 | sed 's#href="/profiles/##; s#/"##')
  for path in / /lettings/ "/lettings/?page=$middle_page" "/lettings/$(( bulk / 2 ))/" /profiles/ "/profiles/?page=$middle_page" "/profiles/$middle_username/"; do
    measure "$provider" "$bulk" cached "$path"
  done
  under_load=$(peak_rss_mb)
  read -r pages crawled < <(crawl)
  facts+=("| $provider | $bulk | cached | first 200 after start: $first ms | peak RSS under load: $under_load MB; after crawling $crawled requests over $pages pages: $(peak_rss_mb) MB | seed-bulk: $seed_ms ms |")
  stop_site
  if [[ $provider == postgres ]]; then
    psql_admin -c "DROP DATABASE IF EXISTS \"$pg_database\" WITH (FORCE)" >/dev/null
    pg_database=""
  fi
done

mkdir -p "$(dirname "$results")"
{
  echo "# Public pages against the ceiling"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ), commit: $commit, nproc: $(nproc), .NET: $(dotnet --version) (runtime $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}'))"
  echo "- wrk: $connections connections, 2 threads, ${warmup} s of warm-up then $rounds rounds of ${duration} s per URL, ceiling and site rounds alternating; medians"
  echo
  echo "| provider | data | cache | URL | req/s | p50 ms | p99 ms | errors | ceiling req/s | ratio | bytes |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "| provider | data | cache | start | memory | |"
  echo "| --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${facts[@]}"
} >"$results"
log "wrote $results"
cat "$results"
