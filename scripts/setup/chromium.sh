#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (idempotent). The tests drive it through
# Microsoft.Playwright with its executable path: Playwright's own browser download is never used.
set -euo pipefail

# shellcheck source=../lib/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"

log() { printf 'setup/chromium: %s\n' "$*" >&2; }

chromium=/usr/bin/chromium
if [ -x "$chromium" ]; then
  log "found $("$chromium" --version 2>/dev/null || echo "$chromium")"
  exit 0
fi

apt_install chromium fonts-liberation

[ -x "$chromium" ] || { log "$chromium is still missing after the install"; exit 1; }
log "installed $("$chromium" --version 2>/dev/null || echo "$chromium")"
