#!/usr/bin/env bash
# CircleCI's test job, on its virtual machine: runs ./test.sh in a Debian 12 container (the README's premise:
# PostgreSQL and Chromium come from Debian's packages), sharing the machine's network and Docker engine so the
# image tests and the Aspire AppHost's containers work as they do on a developer's machine. The machine's own
# docker client goes in with the engine's socket: Debian 12's docker.io speaks API 1.41, which the machine's
# engine (Docker 29: 1.44 at least) refuses.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

client=$(readlink -f "$(command -v docker)")
mounts=(--volume "$client:/opt/machine-docker/docker:ro")
# CLI plugins (buildx) where Docker's packages install them.
for plugins in /usr/libexec/docker/cli-plugins /usr/local/lib/docker/cli-plugins; do
  [[ -d $plugins ]] && mounts+=(--volume "$plugins:$plugins:ro")
done

mkdir -p "$HOME/.nuget/packages"
docker run --rm --network=host \
  --volume /var/run/docker.sock:/var/run/docker.sock \
  "${mounts[@]}" \
  --env LETTINGS_DOCKER_CLIENT=/opt/machine-docker/docker \
  --volume "$PWD:$PWD" --workdir "$PWD" \
  --volume "$HOME/.nuget/packages:/root/.nuget/packages" \
  --env CI=true \
  docker.io/library/debian:bookworm \
  bash scripts/ci/debian-test-job.sh
