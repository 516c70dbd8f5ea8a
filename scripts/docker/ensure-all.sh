#!/usr/bin/env bash
# ensure-all.sh — everything the tests need from Docker, in order:
#   1. ensure-engine.sh      a running engine (installs/starts dockerd if needed)
#   2. standin-postgres.sh   the PostgreSQL image Aspire.Hosting.PostgreSQL uses
#   3. standin-dotnet.sh     mcr.microsoft.com/dotnet/{sdk,aspnet}:10.0 (Dockerfile)
# Each step is a no-op when its result is already there. Prints one summary
# line per step with its duration; exits non-zero on the first failure.
#
# Options / environment:
#   --skip-dotnet or LETTINGS_SKIP_DOTNET_STANDINS=1   only engine + postgres
#   (plus what the individual scripts read: LETTINGS_DOCKER_ROOT, LETTINGS_CACHE, ...)
set -euo pipefail

PROG="$(basename "$0")"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { echo "${PROG}: $*" >&2; }

usage() {
  echo "usage: $PROG [--skip-dotnet]" >&2
  exit 2
}

run_step() {
  local name="$1" script="$2" start rc=0
  start=$SECONDS
  bash "$HERE/$script" || rc=$?
  if ((rc != 0)); then
    log "FAILED: $name ($script exited $rc after $((SECONDS - start))s); see the messages above"
    exit "$rc"
  fi
  log "ok: $name ($((SECONDS - start))s)"
}

main() {
  local skip_dotnet="${LETTINGS_SKIP_DOTNET_STANDINS:-0}" total=$SECONDS
  while (($#)); do
    case "$1" in
      --skip-dotnet) skip_dotnet=1 ;;
      -h | --help) usage ;;
      *) log "unknown argument: $1"; usage ;;
    esac
    shift
  done
  run_step "docker engine" ensure-engine.sh
  run_step "postgres image" standin-postgres.sh
  if [[ $skip_dotnet == 1 ]]; then
    log "skipped: dotnet sdk/aspnet images (LETTINGS_SKIP_DOTNET_STANDINS=1)"
  else
    run_step "dotnet sdk/aspnet images" standin-dotnet.sh
  fi
  log "all done ($((SECONDS - total))s)"
}

main "$@"
