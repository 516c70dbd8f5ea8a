#!/usr/bin/env bash
# Inside CircleCI's Debian container: puts the docker client that the machine handed in ($LETTINGS_DOCKER_CLIENT,
# see test-in-debian.sh) first on PATH as `docker`, and checks that it and the machine's engine understand each
# other, saying which versions met. Fails, naming the cause, when the client is missing or refused.
#   LETTINGS_DOCKER_BIN  where the `docker` link goes (default /usr/local/bin, first on Debian's PATH)
set -euo pipefail

log() { printf 'docker-client: %s\n' "$*" >&2; }

client=${LETTINGS_DOCKER_CLIENT:-}
bin=${LETTINGS_DOCKER_BIN:-/usr/local/bin}
if [[ -z $client || ! -x $client ]]; then
  log "no docker client was handed in (LETTINGS_DOCKER_CLIENT='$client'); run the job through scripts/ci/test-in-debian.sh"
  exit 1
fi

mkdir -p "$bin"
ln -sfn "$client" "$bin/docker"
if [[ $(command -v docker) != "$bin/docker" ]]; then
  log "$(command -v docker) comes before $bin/docker on PATH"
  exit 1
fi

if ! versions=$(docker version --format 'client {{.Client.Version}} (API {{.Client.APIVersion}}), engine {{.Server.Version}} (API {{.Server.APIVersion}}, oldest {{.Server.MinAPIVersion}})' 2>&1); then
  log "the client cannot talk to the engine: $versions"
  exit 1
fi
log "$versions"
