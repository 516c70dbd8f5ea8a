#!/usr/bin/env bash
# Soak: the published site (Release, Production environment) on loopback under mixed traffic for a bounded time: the
# public pages (every URL of the sitemap) and a signed-in back office (the dashboard, every list, searches, paging,
# sorting and change pages, links read from the pages themselves), three public requests to one back-office request.
# Reports, per minute, requests, p99 and errors (any answer but 200, and socket errors or timeouts), and the site's
# resident memory after a warm-up (until memory settles) and at the end. Exits 1 if there was any error or memory
# grew by more than 10 %.
# Writes bench/results/soak-<date>-<commit>.md. Loopback only; bounded by SOAK_SECONDS.
#
# Usage: bench/soak.sh            (SOAK_SECONDS=300 SOAK_CONNECTIONS=16 SOAK_PROVIDER=postgres|sqlite)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

seconds=${SOAK_SECONDS:-300}
connections=${SOAK_CONNECTIONS:-16}
provider=${SOAK_PROVIDER:-postgres}
port=${SOAK_PORT:-18090}
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
results="$root/bench/results/soak-$(date -u +%Y-%m-%d)-$commit.md"
base="http://127.0.0.1:$port"

# shellcheck source=../scripts/lib/apt.sh
source scripts/lib/apt.sh
apt_install wrk curl

work=$(mktemp -d)
site_pid=""
pg_database=""
cleanup() {
  if [[ -n $site_pid ]]; then
    kill "$site_pid" 2>/dev/null || true
    wait "$site_pid" 2>/dev/null || true
  fi
  if [[ -n $pg_database ]]; then
    psql_admin -c "DROP DATABASE IF EXISTS \"$pg_database\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

psql_admin() {
  local cs=$LETTINGS_TEST_POSTGRES
  PGHOST=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$cs") PGPORT=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$cs") \
    PGUSER=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$cs") PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$cs") \
    psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"
}

# --- the site and its database ----------------------------------------------------------------------------------
log "publishing the site (Release)"
dotnet publish Lettings.Web -c Release -o "$work/site" --nologo -v quiet

site_env=(ASPNETCORE_ENVIRONMENT=Production "Logging__LogLevel__Default=Warning" ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
  # One client address sends everything here: the per-client limit would answer 429 within seconds. It stays in the
  # pipeline (its cost is part of what is measured), just out of reach.
  RateLimiting__PerClient__PermitLimit=100000000)
if [[ $provider == postgres ]]; then
  LETTINGS_TEST_POSTGRES=$(bash scripts/setup/postgres.sh)
  export LETTINGS_TEST_POSTGRES
  pg_database="lettings_soak_$$"
  psql_admin -c "CREATE DATABASE \"$pg_database\"" >/dev/null
  site_env+=("ConnectionStrings__lettings=${LETTINGS_TEST_POSTGRES/Database=postgres/Database=$pg_database}")
else
  site_env+=("Database__SqlitePath=$work/soak.db")
fi

run_command() { (cd "$work/site" && env "${site_env[@]}" "$@" dotnet Lettings.Web.dll "${command_args[@]}") >>"$work/commands.log" 2>&1; }
command_args=(migrate)
run_command || { cat "$work/commands.log" >&2; exit 1; }
username="soak-staff"
password="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')Aa1!"
command_args=(create-admin --username "$username" --email soak@example.com)
run_command "LETTINGS_ADMIN_PASSWORD=$password" || { cat "$work/commands.log" >&2; exit 1; }

log "starting the site on $base ($provider)"
(cd "$work/site" && exec env "${site_env[@]}" dotnet Lettings.Web.dll --urls "$base") >>"$work/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 1 600); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-Proto: https" "$base/lettings/" 2>/dev/null) == 200 ]] && break
  kill -0 "$site_pid" 2>/dev/null || { tail -20 "$work/site.log" >&2; exit 1; }
  sleep 0.1
done

rss_mb() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$site_pid/status"; }

# --- signing in, as a browser does: the form's antiforgery token and cookie, then the post ------------------------
# Every request says it came through the TLS-terminating router, as on Heroku: the cookies are Secure, and a plain
# HTTP request would be redirected to https.
get() { curl -s -H "X-Forwarded-Proto: https" "$@"; }
set_cookies() { tr -d '\r' | grep -i '^set-cookie:' | sed 's/^[^:]*: *//; s/;.*//' | grep -v '=$' | paste -sd';' | sed 's/;/; /g'; }
antiforgery=$(get -D - -o "$work/login.html" "$base/admin/login/" | set_cookies)
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/login.html" | sed 's/.*value="//; s/"$//')
[[ -n $token && -n $antiforgery ]] || { echo "no antiforgery token or cookie on the sign-in page" >&2; exit 1; }
get -D "$work/signin.txt" -o /dev/null -H "Cookie: $antiforgery" "$base/admin/login/" \
  --data-urlencode "Form.Username=$username" --data-urlencode "Form.Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token"
status=$(head -1 "$work/signin.txt" | awk '{print $2}')
[[ $status == 302 ]] || { echo "signing in answered $status" >&2; exit 1; }
cookie=$(set_cookies <"$work/signin.txt")
admin_get() { get -H "Cookie: $cookie" "$base$1"; }
status=$(get -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/admin/")
[[ $status == 200 ]] || { echo "the back office answered $status to the signed-in session" >&2; exit 1; }

# --- the URLs: the sitemap's, and the back office's links (no delete or log-out links: they only confirm or post) -
get "$base/sitemap.xml" >"$work/sitemap.xml"
if grep -q '<sitemapindex' "$work/sitemap.xml"; then
  grep -o '<loc>[^<]*</loc>' "$work/sitemap.xml" | sed 's/<[^>]*>//g; s#^https\?://[^/]*##' | while read -r file; do get "$base$file"; done >"$work/urls.xml"
else
  cp "$work/sitemap.xml" "$work/urls.xml"
fi
grep -o '<loc>[^<]*</loc>' "$work/urls.xml" | sed 's/<[^>]*>//g; s#^https\?://[^/]*##' | sort -u >"$work/public.txt"

admin_links() { grep -o 'href="/admin/[^"]*"' | sed 's/^href="//; s/"$//; s/&amp;/\&/g' | grep -v -e '/delete/' -e '/logout/' -e '/login/'; }
admin_get /admin/ | admin_links | sort -u >"$work/lists.txt"
while read -r list; do admin_get "$list" | admin_links; done <"$work/lists.txt" >"$work/links.txt"
{
  cat "$work/lists.txt"
  # Searches and deep pages on every list, beside the links (sorting, paging, filters, change pages) the pages give.
  grep -v '?' "$work/lists.txt" | grep -v '^/admin/$' | while read -r list; do
    echo "${list}?q=a"; echo "${list}?q=%3Cscript%3E"; echo "${list}?p=2"
  done
  sort -u "$work/links.txt" | head -200
} | sort -u >"$work/admin.txt"
for path in $(head -5 "$work/public.txt") $(head -5 "$work/admin.txt"); do
  status=$(get -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
  [[ $status == 200 ]] || { echo "$path answered $status before the soak" >&2; exit 1; }
done
log "$(wc -l <"$work/public.txt") public URLs, $(wc -l <"$work/admin.txt") back-office URLs"

cat >"$work/mixed.lua" <<EOF
local public, admin, i = {}, {}, 0
for line in io.lines("$work/public.txt") do public[#public + 1] = line end
for line in io.lines("$work/admin.txt") do admin[#admin + 1] = line end
local public_headers = { ["X-Forwarded-Proto"] = "https" }
local admin_headers = { ["X-Forwarded-Proto"] = "https", Cookie = "$cookie" }
-- Globals, not locals: done() reads them from each thread with thread:get().
failures, statuses = 0, {}
request = function()
  i = i + 1
  if i % 4 == 0 then
    return wrk.format("GET", admin[(i / 4) % #admin + 1], admin_headers)
  end
  return wrk.format("GET", public[i % #public + 1], public_headers)
end
response = function(status)
  if status ~= 200 then
    failures = failures + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end
done = function(summary, latency, requests)
  local total, seen = 0, {}
  for _, t in ipairs(threads) do
    total = total + t:get("failures")
    for status, count in pairs(t:get("statuses")) do seen[status] = (seen[status] or 0) + count end
  end
  local errors = summary.errors
  local text = ""
  for status, count in pairs(seen) do text = text .. status .. "x" .. count .. " " end
  io.write(string.format("SOAK %d %.2f %d %s\n", summary.requests, latency:percentile(99) / 1000,
    total + errors.connect + errors.read + errors.write + errors.timeout, text))
end
setup = function(thread) table.insert(threads, thread) end
threads = {}
EOF

# --- warm-up, then the soak minute by minute ----------------------------------------------------------------------
# The warm-up lasts until the runtime has settled: tiered compilation goes on re-compiling hot methods (ReadyToRun code,
# then instrumented for profile-guided optimisation, then optimised) for minutes under this traffic, some 10 000
# methods and 15 to 25 MB of code and profile data, and the garbage collector sizes its heap; that is start-up, not
# growth. Rounds of 20 s go on until the resident memory grew by less than 1 % over the last three (a minute), at most
# SOAK_WARMUP_ROUNDS (default 15, five minutes); a leak would still show, in the soak after it.
warmup_rounds=${SOAK_WARMUP_ROUNDS:-15}
warmup_rss=("$(rss_mb)")
for round in $(seq 1 "$warmup_rounds"); do
  wrk -t2 -c"$connections" -d20s --timeout 5s -s "$work/mixed.lua" "$base" >"$work/warmup.txt"
  warmup_rss+=("$(rss_mb)")
  log "warm-up round $round (20 s): RSS ${warmup_rss[-1]} MB"
  (( round >= 3 )) || continue
  settled=$(awk -v a="${warmup_rss[-4]}" -v b="${warmup_rss[-1]}" 'BEGIN { print ((b - a) * 100 < a) ? 1 : 0 }')
  (( settled )) && break
done
warmup_seconds=$((round * 20))
rss_start=$(rss_mb)
log "soaking for $seconds s at $connections connections; RSS after the warm-up $rss_start MB"
rows=()
total_requests=0
total_errors=0
left=$seconds
minute=0
while (( left > 0 )); do
  minute=$((minute + 1))
  span=$(( left < 60 ? left : 60 ))
  read -r _ requests p99 errors statuses < <(wrk -t2 -c"$connections" -d"${span}s" --timeout 5s -s "$work/mixed.lua" "$base" | grep '^SOAK') || true
  rss=$(rss_mb)
  log "minute $minute: $requests requests, p99 $p99 ms, $errors errors ${statuses:-}, RSS $rss MB"
  rows+=("| $minute | $span | $requests | $p99 | $errors ${statuses:+($statuses)} | $rss |")
  total_requests=$((total_requests + requests))
  total_errors=$((total_errors + errors))
  left=$((left - span))
done
rss_end=$(rss_mb)
growth=$(awk -v a="$rss_start" -v b="$rss_end" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
kill -0 "$site_pid" 2>/dev/null || { echo "the site stopped during the soak" >&2; total_errors=$((total_errors + 1)); }
errors_logged=$(grep -c -E '^\S+ (fail|crit):' "$work/site.log" || true)

mkdir -p "$(dirname "$results")"
{
  echo "# Soak: mixed public and back-office traffic"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ), commit: $commit, nproc: $(nproc), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- $provider, Release, Production environment; wrk, $connections connections, 2 threads, 3 public requests to 1 signed-in back-office request"
  echo "- URLs: $(wc -l <"$work/public.txt") public (the sitemap), $(wc -l <"$work/admin.txt") back office (lists, searches, paging, sorting, change pages)"
  echo
  echo "| minute | seconds | requests | p99 ms | errors | RSS MB |"
  echo "| --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "- requests: $total_requests, errors: $total_errors, error lines in the site's log: $errors_logged"
  echo "- RSS after the warm-up ($warmup_seconds s: until it grew by less than 1 % in a minute, at most $((warmup_rounds * 20)) s): $rss_start MB, at the end: $rss_end MB, growth: $growth %"
} >"$results"
log "wrote $results"
cat "$results"

if (( total_errors > 0 )) || awk -v g="$growth" 'BEGIN { exit !(g > 10) }'; then
  echo "soak failed: $total_errors errors, RSS growth $growth %" >&2
  exit 1
fi
