#!/usr/bin/env bash
# Usage: standin-dotnet.sh NAME OFFICIAL sdk|aspnet
# Builds image NAME standing in for the official .NET image OFFICIAL from this machine's own .NET: the whole
# installation for sdk; the host and the two shared runtimes for aspnet. Like the official images: the
# runtime-deps packages, user app (UID 1654, $APP_UID), port 8080, and for sdk the SDK's settings.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
name=$1 official=$2 flavor=$3
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
latest() { find "$1" -mindepth 1 -maxdepth 1 -type d -name "${2:-*}" -printf '%f\n' | sort -V | tail -n 1; }
runtime=$(latest "$dotnet_root/shared/Microsoft.NETCore.App" '10.0.*')
aspnet=$(latest "$dotnet_root/shared/Microsoft.AspNetCore.App" '10.0.*')
[[ -n $runtime && -n $aspnet ]] || die "the .NET at $dotnet_root has no 10.0 runtimes to copy"

packages=(ca-certificates libicu72 libssl3 tzdata zlib1g)
[[ $flavor == sdk ]] && packages+=(curl git wget)
new_rootfs
chroot_install "${packages[@]}"
in_chroot sh -ec 'groupadd -g 1654 app; useradd -l -u 1654 -g app -m -d /home/app app'
# Outbound TLS here may go through an inspecting proxy whose CA this machine added: restore needs it too.
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
  in_chroot update-ca-certificates >/dev/null 2>&1
fi

target=$rootfs/usr/share/dotnet
mkdir -p "$target/host/fxr" "$target/shared/Microsoft.NETCore.App" "$target/shared/Microsoft.AspNetCore.App"
if [[ $flavor == sdk ]]; then
  cp -a "$dotnet_root/." "$target/"
else
  cp -a "$dotnet_root/dotnet" "$target/"
  cp -a "$dotnet_root/host/fxr/$(latest "$dotnet_root/host/fxr")" "$target/host/fxr/"
  cp -a "$dotnet_root/shared/Microsoft.NETCore.App/$runtime" "$target/shared/Microsoft.NETCore.App/"
  cp -a "$dotnet_root/shared/Microsoft.AspNetCore.App/$aspnet" "$target/shared/Microsoft.AspNetCore.App/"
fi
ln -s /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
mount -t proc proc "$rootfs/proc"
in_chroot dotnet --list-runtimes >/dev/null || die "dotnet does not start in the $flavor root file system"
umount "$rootfs/proc"

settings=(APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true DOTNET_VERSION="$runtime" ASPNET_VERSION="$aspnet")
if [[ $flavor == sdk ]]; then
  settings+=(DOTNET_GENERATE_ASPNET_CERTIFICATE=false DOTNET_NOLOGO=true NUGET_XMLDOC_MODE=skip)
  # The proxy's CA has no reachable revocation list: restore needs this machine's setting.
  [[ -z ${NUGET_CERT_REVOCATION_MODE:-} ]] || settings+=(NUGET_CERT_REVOCATION_MODE="$NUGET_CERT_REVOCATION_MODE")
fi
import_rootfs "$name" "$official" "ENV ${settings[*]}" 'CMD ["bash"]'
