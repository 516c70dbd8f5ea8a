#!/usr/bin/env bash
# CircleCI's test job, on its virtual machine: runs ./test.sh in a Debian 12 container (the README's premise:
# PostgreSQL and Chromium come from Debian's packages), sharing the machine's network and Docker engine so the
# image tests and the Aspire AppHost's containers work as they do on a developer's machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

mkdir -p "$HOME/.nuget/packages"
docker run --rm --network=host \
  --volume /var/run/docker.sock:/var/run/docker.sock \
  --volume "$PWD:$PWD" --workdir "$PWD" \
  --volume "$HOME/.nuget/packages:/root/.nuget/packages" \
  --env CI=true \
  docker.io/library/debian:bookworm \
  bash scripts/ci/debian-test-job.sh
