#!/usr/bin/env bash
# Inside the Debian 12 container of CircleCI's test job: the .NET SDK that global.json names, a Docker client
# (the engine is the machine's, through its socket), node for the linters, then ./test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
  ca-certificates curl git jq libicu72 docker.io nodejs npm >/dev/null

curl --fail --silent --show-error --location https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir /usr/share/dotnet
ln -sf /usr/share/dotnet/dotnet /usr/bin/dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

git config --global --add safe.directory "$PWD"
exec ./test.sh
