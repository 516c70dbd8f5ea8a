#!/usr/bin/env bash
# The delivery linters (scripts/test/lint-delivery.sh): yamllint and shellcheck from Debian's packages, the npm tools from
# tools/lint's lockfile. Installs what is missing or out of date.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=../lib/apt.sh
source scripts/lib/apt.sh

apt_install yamllint shellcheck
tools=tools/lint
if [ ! -x "$tools/node_modules/.bin/ajv" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  echo "setup/lint-tools: npm ci in $tools" >&2
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error >&2
fi
