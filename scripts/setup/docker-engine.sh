#!/usr/bin/env bash
# ensure-engine.sh — make a local Docker engine answer on the default socket.
#
# Idempotent: when `docker info` already works (a developer's Docker Desktop,
# a system service, or a dockerd started by an earlier run) nothing is done.
# Otherwise, on a Debian 12 machine without systemd (the CI/dev sandboxes),
# installs Debian's docker.io (+ debootstrap, which the stand-in image scripts
# need) and starts dockerd in the background.
#
# Environment:
#   LETTINGS_DOCKER_ROOT           dockerd --data-root (default /var/lib/lettings-docker)
#   LETTINGS_DOCKER_LOG            dockerd log file   (default <data root>.log)
#   LETTINGS_DOCKER_START_TIMEOUT  seconds to wait for the engine (default 30)
#
# Client/API note: the first `docker` on PATH here is a newer static client
# (28.x, API 1.50) than Debian's engine (20.10, API 1.41). The client
# negotiates the API version down by itself, so nothing needs exporting;
# check_client_api below fails loudly if DOCKER_API_VERSION pins it too high.
set -euo pipefail

PROG="$(basename "$0")"
DOCKER_ROOT="${LETTINGS_DOCKER_ROOT:-/var/lib/lettings-docker}"
DOCKER_LOG="${LETTINGS_DOCKER_LOG:-${DOCKER_ROOT}.log}"
START_TIMEOUT="${LETTINGS_DOCKER_START_TIMEOUT:-30}"
# dockerd's default pid file; a stale one (left by a killed session) makes a
# new dockerd refuse to start, so it is checked below.
DOCKER_PIDFILE=/var/run/docker.pid
# Serialises concurrent runs (two test runs starting at once must not both
# install packages or start a dockerd).
ENGINE_LOCK="${DOCKER_ROOT}.lock"

log() { echo "${PROG}: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

engine_ok() { docker info >/dev/null 2>&1; }

# apt-get install that tolerates a concurrent apt/dpkg (other sessions may be
# installing packages at the same time) and never starts services: without
# systemd, docker.io's postinst would otherwise try /etc/init.d/docker with
# the default (iptables/bridge) settings, which we do not want here.
apt_install() {
  local created_policy=0
  if ! apt-cache show "$@" >/dev/null 2>&1; then
    log "package index does not know $*; running apt-get update once"
    apt-get -o DPkg::Lock::Timeout=600 update -qq
  fi
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    created_policy=1
  fi
  local rc=0
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y \
    --no-install-recommends "$@" >/dev/null || rc=$?
  if ((created_policy)); then rm -f /usr/sbin/policy-rc.d; fi
  return "$rc"
}

ensure_packages() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  # The client on PATH may be a newer static one (/usr/local/bin/docker);
  # docker.io also ships Debian's matching client at /usr/bin/docker.
  command -v docker >/dev/null 2>&1 || missing+=(docker.io)
  ((${#missing[@]} == 0)) && return 0
  [[ $(id -u) -eq 0 ]] || die "need root to install ${missing[*]}"
  log "installing ${missing[*]} from Debian"
  apt_install "${missing[@]}" || die "apt-get install ${missing[*]} failed"
}

# Remove a pid file whose process is gone, so dockerd can start again.
clear_stale_pidfile() {
  [[ -f $DOCKER_PIDFILE ]] || return 0
  local pid
  pid="$(cat "$DOCKER_PIDFILE" 2>/dev/null || true)"
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    return 0
  fi
  log "removing stale $DOCKER_PIDFILE (pid ${pid:-?} is gone)"
  rm -f "$DOCKER_PIDFILE"
}

dockerd_alive() {
  [[ -f $DOCKER_PIDFILE ]] && kill -0 "$(cat "$DOCKER_PIDFILE" 2>/dev/null)" 2>/dev/null
}

start_dockerd() {
  [[ $(id -u) -eq 0 ]] || die "need root to start dockerd (or start an engine yourself)"
  mkdir -p "$DOCKER_ROOT" "$(dirname "$DOCKER_LOG")"
  log "starting dockerd (data root $DOCKER_ROOT, log $DOCKER_LOG)"
  # --bridge=none / --iptables=false: these sandboxes have no usable NAT
  # tables, so no default bridge; user-defined bridge networks still work and
  # published ports on 127.0.0.1 go through docker-proxy. setsid + closed
  # stdio: the engine must outlive this script and must not hold the caller's
  # pipes open (a CI step capturing our output would otherwise never end).
  setsid dockerd \
    --data-root="$DOCKER_ROOT" \
    --storage-driver=overlay2 \
    --bridge=none \
    --iptables=false \
    --ip6tables=false \
    </dev/null >>"$DOCKER_LOG" 2>&1 &
  disown || true
}

wait_for_engine() {
  local deadline=$((SECONDS + START_TIMEOUT))
  until engine_ok; do
    if ((SECONDS >= deadline)); then
      log "dockerd log (last 30 lines):"
      tail -n 30 "$DOCKER_LOG" >&2 || true
      die "engine did not answer 'docker info' within ${START_TIMEOUT}s"
    fi
    sleep 0.5
  done
}

# The first `docker` on PATH may be newer than Debian's engine (e.g. a 28.x
# client vs the 20.10 engine, API 1.41). Modern clients negotiate the API
# version down on their own; this check catches an environment that pinned
# DOCKER_API_VERSION too high, and says what to do.
check_client_api() {
  local out
  if out="$(docker version --format '{{.Client.Version}} (API {{.Client.APIVersion}}) -> engine {{.Server.Version}} (API {{.Server.APIVersion}})' 2>&1)"; then
    log "client/engine: $out"
  else
    log "docker version failed: $out"
    die "client cannot talk to the engine; unset DOCKER_API_VERSION or set it to the engine's API version"
  fi
}

take_lock() {
  mkdir -p "$(dirname "$ENGINE_LOCK")"
  exec {lock_fd}>"$ENGINE_LOCK"
  flock -w 900 "$lock_fd" || die "another run held $ENGINE_LOCK for 15 min"
}

main() {
  if engine_ok; then
    log "engine already running; nothing to do"
    check_client_api
    return 0
  fi
  take_lock
  if engine_ok; then # started by a concurrent run meanwhile
    log "engine started by a concurrent run; nothing to do"
    check_client_api
    return 0
  fi
  ensure_packages
  clear_stale_pidfile
  if dockerd_alive; then
    log "dockerd (pid $(cat "$DOCKER_PIDFILE")) is running but not answering yet; waiting"
  else
    start_dockerd
  fi
  wait_for_engine
  check_client_api
  log "engine ready"
}

main "$@"
