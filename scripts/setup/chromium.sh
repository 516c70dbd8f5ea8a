#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (idempotent). The tests drive it through
# Microsoft.Playwright with its executable path: Playwright's own browser download is never used.
set -euo pipefail

log() { printf 'ensure-chromium: %s\n' "$*" >&2; }

chromium=/usr/bin/chromium
if [ -x "$chromium" ]; then
  log "found $("$chromium" --version 2>/dev/null || echo "$chromium")"
  exit 0
fi

log "installing chromium from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium fonts-liberation >&2; then
  apt-get -o DPkg::Lock::Timeout=600 update >&2
  apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium fonts-liberation >&2
fi

[ -x "$chromium" ] || { log "$chromium is still missing after the install"; exit 1; }
log "installed $("$chromium" --version 2>/dev/null || echo "$chromium")"
