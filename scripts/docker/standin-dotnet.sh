#!/usr/bin/env bash
# standin-dotnet.sh — make sure mcr.microsoft.com/dotnet/sdk:10.0 and
# mcr.microsoft.com/dotnet/aspnet:10.0 exist in the local Docker engine.
#
# Images already present (pulled from MCR on a machine that can) are left
# untouched. Otherwise stand-ins are built without a registry: the cached
# Debian bookworm minbase root file system (see standin-postgres.sh) + the
# packages of the official runtime-deps image + user/group "app" (1654) +
# THIS machine's .NET installation (whole folder for sdk; host, fxr and the
# NETCore/AspNetCore shared frameworks for aspnet) at /usr/share/dotnet,
# with the official images' environment variables.
#
# Environment:
#   LETTINGS_CACHE               cache folder (default /var/cache/lettings-test)
#   LETTINGS_DOTNET_SDK_IMAGE    name to ensure instead of mcr.microsoft.com/dotnet/sdk:10.0
#   LETTINGS_DOTNET_ASPNET_IMAGE name to ensure instead of mcr.microsoft.com/dotnet/aspnet:10.0
#                                (both for trying the scripts without touching the real names)
set -euo pipefail
shopt -s inherit_errexit

# Shared helpers: cached base root file system, chroot, packing, locking.
# shellcheck source=standin-postgres.sh
source "$(dirname "${BASH_SOURCE[0]}")/standin-postgres.sh"

DOTNET_CHANNEL=10.0
SDK_IMAGE="${LETTINGS_DOTNET_SDK_IMAGE:-mcr.microsoft.com/dotnet/sdk:${DOTNET_CHANNEL}}"
ASPNET_IMAGE="${LETTINGS_DOTNET_ASPNET_IMAGE:-mcr.microsoft.com/dotnet/aspnet:${DOTNET_CHANNEL}}"
APP_UID=1654
# As the official runtime-deps image (libc6, libgcc-s1, libstdc++6 are
# already in minbase). The sdk image adds what the official one has.
DEPS_PACKAGES=(ca-certificates libicu72 libssl3 tzdata zlib1g)
SDK_EXTRA_PACKAGES=(curl git wget)
# Locally added CAs: outbound TLS here goes through an inspecting proxy, and
# `dotnet restore` inside `docker build` fails (NU1301) without them.
HOST_CA_DIR=/usr/local/share/ca-certificates

# Folder of the .NET installation the `dotnet` on PATH belongs to.
host_dotnet_root() {
  local exe
  exe="$(command -v dotnet)" || die "no dotnet on PATH to copy into the stand-ins"
  dirname "$(readlink -f "$exe")"
}

# Highest version folder under $1 in the channel (e.g. 10.0.12), or empty.
latest_in_channel() {
  [[ -d $1 ]] || return 0
  find "$1" -mindepth 1 -maxdepth 1 -type d -name "${DOTNET_CHANNEL}.*" -printf '%f\n' \
    | sort -V | tail -n1
}

host_ca_files() {
  [[ -d $HOST_CA_DIR ]] || return 0
  find "$HOST_CA_DIR" -type f -name '*.crt' | sort
}

# OS layer of a stand-in (flavor aspnet|sdk), cached as a tarball keyed by
# recipe, packages and the host's CA certificates; sets DEPS_TARBALL.
ensure_deps_tarball() {
  local flavor="$1" packages=("${DEPS_PACKAGES[@]}") key out root ca_sum f
  [[ $flavor == sdk ]] && packages+=("${SDK_EXTRA_PACKAGES[@]}")
  ca_sum="$(host_ca_files | xargs -r cat | sha256sum | cut -c1-12)"
  key="$(lt_recipe_key "dotnet-$flavor" "${packages[@]}" "$ca_sum")"
  out="$CACHE_DIR/rootfs/dotnet-${flavor}-deps-${key}.tar"
  DEPS_TARBALL="$out"
  [[ -s $out ]] && return 0
  require_root
  lt_new_rootfs_from_base
  root="$LT_ROOTFS"
  log "installing ${packages[*]} into the $flavor stand-in root file system"
  lt_chroot_begin "$root"
  lt_chroot_apt_install "$root" "${packages[@]}"
  # Non-root user of the official images (USER $APP_UID in Dockerfiles).
  lt_chroot "$root" sh -ec "
    groupadd --gid=$APP_UID app
    useradd --no-log-init --uid=$APP_UID --gid=$APP_UID --create-home --home-dir=/home/app app"
  while IFS= read -r f; do
    install -D -m 644 "$f" "$root$HOST_CA_DIR/${f#"$HOST_CA_DIR"/}"
  done < <(host_ca_files)
  # (its stderr is a harmless openssl "rehash: warning ... ca-certificates.crt")
  lt_chroot "$root" update-ca-certificates >>"$(dirname "$root")/apt.log" 2>&1 \
    || die "update-ca-certificates failed in the $flavor stand-in"
  [[ -z $(host_ca_files) ]] || log "added the host's CA certificates from $HOST_CA_DIR"
  lt_chroot_end "$root"
  lt_slim_rootfs "$root"
  mkdir -p "$CACHE_DIR/rootfs"
  lt_pack_rootfs "$root" "$out"
  find "$CACHE_DIR/rootfs" -maxdepth 1 -name "dotnet-${flavor}-deps-*.tar" ! -path "$out" -delete
  rm -rf --one-file-system "$(dirname "$root")"
  log "cached $flavor OS layer: $out ($(du -h "$out" | cut -f1))"
}

# Copy the host's .NET into the root file system at /usr/share/dotnet.
copy_dotnet() {
  local flavor="$1" src="$2" root="$3" rt aspnet fxr dst="$3/usr/share/dotnet"
  mkdir -p "$dst"
  if [[ $flavor == sdk ]]; then
    cp -a "$src/." "$dst/"
  else
    rt="$(latest_in_channel "$src/shared/Microsoft.NETCore.App")"
    aspnet="$(latest_in_channel "$src/shared/Microsoft.AspNetCore.App")"
    fxr="$(find "$src/host/fxr" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tail -n1)"
    mkdir -p "$dst/host/fxr" "$dst/shared/Microsoft.NETCore.App" "$dst/shared/Microsoft.AspNetCore.App"
    cp -a "$src/dotnet" "$dst/"
    cp -a "$src"/LICENSE.txt "$src"/ThirdPartyNotices.txt "$dst/" 2>/dev/null || true
    cp -a "$src/host/fxr/$fxr" "$dst/host/fxr/"
    cp -a "$src/shared/Microsoft.NETCore.App/$rt" "$dst/shared/Microsoft.NETCore.App/"
    cp -a "$src/shared/Microsoft.AspNetCore.App/$aspnet" "$dst/shared/Microsoft.AspNetCore.App/"
  fi
  ln -sfn /usr/share/dotnet/dotnet "$root/usr/bin/dotnet"
}

build_image() {
  local flavor="$1" image="$2" src rt aspnet sdk root changes=()
  src="$(host_dotnet_root)"
  rt="$(latest_in_channel "$src/shared/Microsoft.NETCore.App")"
  aspnet="$(latest_in_channel "$src/shared/Microsoft.AspNetCore.App")"
  [[ -n $rt && -n $aspnet ]] \
    || die "host .NET at $src has no ${DOTNET_CHANNEL}.x Microsoft.NETCore.App + Microsoft.AspNetCore.App runtime"
  ensure_deps_tarball "$flavor"
  lt_workdir
  root="$LT_WORKDIR/rootfs"
  mkdir -p "$root"
  tar --numeric-owner -C "$root" -xf "$DEPS_TARBALL"
  copy_dotnet "$flavor" "$src" "$root"

  changes+=(
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    -c "ENV APP_UID=$APP_UID"
    -c 'ENV ASPNETCORE_HTTP_PORTS=8080'
    -c 'ENV DOTNET_RUNNING_IN_CONTAINER=true'
    -c "ENV DOTNET_VERSION=$rt"
    -c "ENV ASPNET_VERSION=$aspnet"
  )
  if [[ $flavor == sdk ]]; then
    sdk="$(latest_in_channel "$src/sdk")"
    [[ -n $sdk ]] || die "host .NET at $src has no ${DOTNET_CHANNEL}.x SDK"
    changes+=(
      -c 'ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false'
      -c 'ENV DOTNET_NOLOGO=true'
      -c 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=true'
      -c "ENV DOTNET_SDK_VERSION=$sdk"
      -c 'ENV DOTNET_USE_POLLING_FILE_WATCHER=true'
      -c 'ENV NUGET_XMLDOC_MODE=skip'
    )
    # The host's revocation setting (e.g. "offline" behind the inspecting
    # proxy, whose CA has no reachable CRL/OCSP): restore needs it too.
    if [[ -n ${NUGET_CERT_REVOCATION_MODE:-} ]]; then
      changes+=(-c "ENV NUGET_CERT_REVOCATION_MODE=$NUGET_CERT_REVOCATION_MODE")
    fi
  fi
  # The official images set no WORKDIR (it stays /) and keep the base
  # image's CMD.
  changes+=(-c 'CMD ["bash"]' -c "LABEL org.lettings.standin=dotnet-$flavor")

  # Sanity check before importing: the host (and for sdk, the SDK) resolve.
  lt_chroot_begin "$root"
  lt_chroot "$root" /usr/bin/dotnet --list-runtimes >/dev/null \
    || die "dotnet does not start inside the $flavor stand-in root file system"
  lt_chroot_end "$root"

  log "importing $image (.NET runtime $rt, ASP.NET Core $aspnet${sdk:+, SDK $sdk})"
  tar --numeric-owner -C "$root" \
    --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' --exclude='./tmp/*' \
    -c . \
    | docker import "${changes[@]}" \
      -m "lettings stand-in ($flavor from the host's .NET) built by scripts/docker/$PROG" \
      - "$image" >/dev/null
  rm -rf --one-file-system "$LT_WORKDIR"
  log "imported stand-in $image ($(docker image inspect -f '{{.Size}}' "$image" | numfmt --to=iec))"
}

ensure_image() {
  local flavor="$1" image="$2"
  if image_exists "$image"; then
    log "$image is present; nothing to do"
    return 0
  fi
  lt_lock
  if image_exists "$image"; then # built by a concurrent run meanwhile
    log "$image is present; nothing to do"
    return 0
  fi
  build_image "$flavor" "$image"
}

main() {
  if image_exists "$SDK_IMAGE" && image_exists "$ASPNET_IMAGE"; then
    log "$SDK_IMAGE and $ASPNET_IMAGE are present; nothing to do"
    return 0
  fi
  require_engine
  ensure_image aspnet "$ASPNET_IMAGE"
  ensure_image sdk "$SDK_IMAGE"
}

main "$@"
