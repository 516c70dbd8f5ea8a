#!/usr/bin/env bash
# Makes a Docker engine answer on the default socket. Nothing to do when `docker info` already works (Docker
# Desktop, a system service, CI's engine, or a dockerd an earlier run started). Otherwise, on a Debian machine
# without systemd, installs Debian's docker.io and starts dockerd in the background.
#   LETTINGS_DOCKER_ROOT  dockerd's data root (default /var/lib/lettings-docker; its log beside it, .log)
set -euo pipefail

# shellcheck source=../lib/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"

root=${LETTINGS_DOCKER_ROOT:-/var/lib/lettings-docker}
pidfile=/var/run/docker.pid

log() { printf 'setup/docker-engine: %s\n' "$*" >&2; }
engine_answers() { docker info >/dev/null 2>&1; }
report() { log "$(docker version --format 'client {{.Client.Version}} (API {{.Client.APIVersion}}), engine {{.Server.Version}} (API {{.Server.APIVersion}})')"; }

if engine_answers; then report; exit 0; fi

# Two runs starting at once must not both install packages or start a dockerd.
mkdir -p "$(dirname "$root")"
exec {lock}>"$root.lock"
flock -w 900 "$lock" || { log "another run has held $root.lock for 15 minutes"; exit 1; }
if engine_answers; then report; exit 0; fi

command -v dockerd >/dev/null || apt_install docker.io
# A pid file left by a killed dockerd stops a new one from starting.
if [[ -f $pidfile ]] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then rm -f "$pidfile"; fi
if [[ ! -f $pidfile ]]; then
  log "starting dockerd (data root $root, log $root.log)"
  mkdir -p "$root"
  # No default bridge and no iptables: these machines have no usable NAT tables. User-defined networks still
  # work, and so does publishing ports on 127.0.0.1. setsid and closed descriptors: the engine outlives this
  # script and holds no pipe of the caller's open.
  setsid dockerd --data-root="$root" --storage-driver=overlay2 --bridge=none --iptables=false --ip6tables=false \
    </dev/null >>"$root.log" 2>&1 &
fi

for _ in $(seq 1 60); do
  if engine_answers; then report; exit 0; fi
  sleep 0.5
done
tail -n 30 "$root.log" >&2 || true
log "the engine did not answer 'docker info' within 30 s"
exit 1
