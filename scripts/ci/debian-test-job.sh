#!/usr/bin/env bash
# Inside the Debian 12 container of CircleCI's test job: the machine's docker client (docker-client.sh), the .NET
# SDK that global.json names, node for the linters, then ./test.sh, which provisions the rest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=../lib/apt.sh
source scripts/lib/apt.sh

apt_install ca-certificates curl git jq libicu72 nodejs npm
bash scripts/ci/docker-client.sh

curl --fail --silent --show-error --location https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir /usr/share/dotnet
ln -sf /usr/share/dotnet/dotnet /usr/bin/dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

git config --global --add safe.directory "$PWD"
exec ./test.sh
