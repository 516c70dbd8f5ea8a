#!/usr/bin/env bash
# Measures the public pages (the hot path) of a Release build on the embedded SQLite database.
# Loopback only, bounded: each URL gets DURATION seconds of load from CONNECTIONS connections.
# Usage: bench/public-pages.sh [DURATION] [CONNECTIONS]   (defaults 10 and 4)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration=${1:-10}
connections=${2:-4}
port=${BENCH_PORT:-18000}

command -v wrk >/dev/null || apt-get -o DPkg::Lock::Timeout=600 install -y wrk >/dev/null

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish Lettings.Web -c Release -o "$work/app" --nologo -v quiet
ASPNETCORE_ENVIRONMENT=Production Database__SqlitePath="$work/lettings.db" Logging__LogLevel__Default=Warning \
  dotnet "$work/app/Lettings.Web.dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!

for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.5
done

printf '| page | requests/s | latency avg | latency p99 |\n| --- | --- | --- | --- |\n'
for path in / /lettings/ /lettings/1/ /profiles/ /profiles/DavWin/; do
  curl -fsS -o /dev/null "http://127.0.0.1:$port$path"   # warm up
  out=$(wrk -t1 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  avg=$(awk '/^ +Latency/ {print $2; exit}' <<<"$out")
  p99=$(awk '/^ +99%/ {print $2}' <<<"$out")
  printf '| `%s` | %s | %s | %s |\n' "$path" "$rps" "$avg" "$p99"
done
