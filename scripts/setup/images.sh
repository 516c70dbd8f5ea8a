#!/usr/bin/env bash
# The base images of the container tests: each official image, pulled; only when no registry answers, a local
# stand-in built under a name of its own (scripts/docker/), never under the official name. Prints the choice as
# VARIABLE=IMAGE lines (the variables the tests read) and says on stderr which image each one is.
# A stand-in this project once tagged with an official name is moved to its own name first.
# With --official, only prints the official images, touching nothing.
#   LETTINGS_PULL_TIMEOUT  seconds a registry has to start answering a pull (default 60)
set -euo pipefail
docker_scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")/../docker" && pwd)
label=org.lettings.standin

# variable, official image, stand-in, how to build the stand-in
images=(
  "LETTINGS_POSTGRES_IMAGE docker.io/library/postgres:18.3 lettings-standin/postgres:15 standin-postgres.sh"
  "LETTINGS_SDK_IMAGE mcr.microsoft.com/dotnet/sdk:10.0 lettings-standin/dotnet-sdk:10.0 standin-dotnet.sh sdk"
  "LETTINGS_RUNTIME_IMAGE mcr.microsoft.com/dotnet/aspnet:10.0 lettings-standin/dotnet-aspnet:10.0 standin-dotnet.sh aspnet"
)

if [[ ${1:-} == --official ]]; then
  for entry in "${images[@]}"; do read -r variable official _ <<<"$entry" && echo "$variable=$official"; done
  exit 0
fi

log() { printf 'setup/images: %s\n' "$*" >&2; }
exists() { docker image inspect "$1" >/dev/null 2>&1; }
standin_label() { docker image inspect --format "{{index .Config.Labels \"$label\"}}" "$1" 2>/dev/null; }

# Pulls IMAGE, giving the registry a bounded time to start answering, then as long as the download takes.
pull() {
  local output pid
  output=$(mktemp)
  docker pull "$1" >"$output" 2>&1 &
  pid=$!
  for _ in $(seq 1 "${LETTINGS_PULL_TIMEOUT:-60}"); do
    if ! kill -0 "$pid" 2>/dev/null || grep -qE 'Pulling from|Digest:|Status:' "$output"; then
      break
    fi
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null && ! grep -qE 'Pulling from|Digest:|Status:' "$output"; then
    kill "$pid" 2>/dev/null || true
  fi
  local status=0
  wait "$pid" || status=$?
  ((status == 0)) || log "no registry answered for $1: $(tail -n 1 "$output")"
  rm -f "$output"
  return "$status"
}

# Builds a stand-in under a machine-wide lock (two test runs share the cache and the engine), unless the run
# that held the lock built it meanwhile.
build() {
  local cache=${LETTINGS_CACHE:-/var/cache/lettings-test} lock
  mkdir -p "$cache"
  exec {lock}>"$cache/standin.lock"
  flock -w 1800 "$lock" || { log "another run has held $cache/standin.lock for 30 minutes"; return 1; }
  exists "$2" || bash "$docker_scripts/$1" "${@:2}"
  exec {lock}>&-
}

for entry in "${images[@]}"; do
  read -r variable official standin builder flavor <<<"$entry"
  if exists "$official" && [[ -n $(standin_label "$official") ]]; then
    log "$official is a stand-in, not the official image: moving it to $standin"
    exists "$standin" || docker tag "$official" "$standin"
    docker rmi "$official" >/dev/null || log "could not untag $official (in use?); it will not be used"
  fi

  if pull "$official"; then
    log "$variable: the official $official (pulled)"
    echo "$variable=$official"
  elif exists "$official" && [[ -z $(standin_label "$official") ]]; then
    log "$variable: the official $official (pulled earlier)"
    echo "$variable=$official"
  else
    exists "$standin" || build "$builder" "$standin" "$official" ${flavor:+"$flavor"}
    log "$variable: the local stand-in $standin (for $official, which no registry could give)"
    echo "$variable=$standin"
  fi
done
