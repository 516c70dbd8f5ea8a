# shellcheck shell=bash
# What the stand-in image scripts share: a Debian minbase root file system (debootstrap, cached as a tarball),
# commands and package installs in a chroot of it, and its import as an image labelled as a stand-in.
set -euo pipefail
# shellcheck source=../lib/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"

cache=${LETTINGS_CACHE:-/var/cache/lettings-test}
suite=bookworm
# Every stand-in carries this label, its value the official image it stands in for: how the scripts tell
# their own images from real ones.
standin_label=org.lettings.standin
work="" rootfs=""

log() { printf '%s: %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die() { log "$*"; exit 1; }

cleanup() {
  if [[ -n $rootfs ]]; then umount -l "$rootfs/proc" 2>/dev/null || true; fi
  if [[ -n $work ]]; then rm -rf --one-file-system "$work"; fi
}
trap cleanup EXIT

# This machine's own Debian mirror for the suite (deb822 sources first, then one-line lists).
debian_mirror() {
  local sources=(/etc/apt/sources.list.d/*.sources) lists=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list)
  {
    awk -v suite="$suite" 'BEGIN { RS = "" }
      $0 ~ "(^|\n)Types:[^\n]*deb" && $0 ~ ("(^|\n)Suites:([^\n]*[ \t])?" suite "([ \t]|\n|$)") {
        if (match($0, /URIs:[ \t]*[^ \t\n]+/)) { uri = substr($0, RSTART, RLENGTH); sub(/URIs:[ \t]*/, "", uri); print uri }
      }' "${sources[@]}"
    cat "${lists[@]}" | sed -E 's/\[[^]]*\] //' | awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2 }'
  } 2>/dev/null | sed -n 1p
}

# A fresh minbase root file system in a scratch folder of the cache (hundreds of MB: not /tmp); sets $rootfs.
new_rootfs() {
  [[ $(id -u) == 0 ]] || die "building a stand-in needs root (debootstrap, chroot)"
  local mirror base
  mirror=$(debian_mirror) || true
  [[ -n $mirror ]] || die "no Debian $suite source in /etc/apt/sources.list.d/ or /etc/apt/sources.list"
  mkdir -p "$cache/scratch" "$cache/rootfs"
  work=$(mktemp -d "$cache/scratch/build.XXXXXX")
  rootfs=$work/rootfs
  mkdir "$rootfs"
  base=$cache/rootfs/$suite-minbase-$(printf '%s' "$mirror" | sha256sum | cut -c1-12).tar
  if [[ -s $base ]]; then
    tar --numeric-owner -C "$rootfs" -xf "$base"
    return
  fi
  apt_install debootstrap
  log "debootstrap --variant=minbase $suite from $mirror (once; cached as $base)"
  debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log" >&2; die "debootstrap failed"; }
  # Mirrors may serve a dated snapshot whose Release files have expired, as this machine's apt allows.
  echo 'Acquire::Check-Valid-Until "false";' >"$rootfs/etc/apt/apt.conf.d/90standin"
  tar --numeric-owner -C "$rootfs" -cf "$base.partial" . && mv "$base.partial" "$base"
  find "$cache/rootfs" -maxdepth 1 -name "$suite-minbase-*.tar" ! -path "$base" -delete # other mirrors' bases
}

in_chroot() { DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin chroot "$rootfs" "$@"; }

# Installs Debian packages into the root file system (no service started), leaving no package lists behind.
chroot_install() {
  rm -f "$rootfs/etc/resolv.conf" # a link there would resolve to the host's own file
  cp -L /etc/resolv.conf "$rootfs/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d" && chmod 755 "$rootfs/usr/sbin/policy-rc.d"
  mount -t proc proc "$rootfs/proc"
  { in_chroot apt-get -q update && in_chroot apt-get -q install -y --no-install-recommends "$@"; } >>"$work/apt.log" 2>&1 \
    || { tail -n 30 "$work/apt.log" >&2; die "apt-get install $* failed in the root file system"; }
  umount "$rootfs/proc"
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb \
    "$rootfs/usr/sbin/policy-rc.d"
  : >"$rootfs/etc/resolv.conf"
}

# import_rootfs NAME OFFICIAL INSTRUCTION...: imports the root file system as image NAME, labelled as the
# stand-in for OFFICIAL, with Dockerfile instructions (ENV, ENTRYPOINT, STOPSIGNAL...) on top. A build without
# RUN needs neither a network nor BuildKit.
import_rootfs() {
  local name=$1 official=$2 base
  shift 2
  base=lettings-standin/rootfs:${work##*.}
  base=${base,,}
  tar --numeric-owner -C "$rootfs" --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' --exclude='./tmp/*' -c . \
    | docker import - "$base" >/dev/null
  printf '%s\n' "FROM $base" "LABEL $standin_label=$official" "$@" \
    | DOCKER_BUILDKIT=0 docker build -q -t "$name" - >/dev/null 2>"$work/build.log" \
    || { cat "$work/build.log" >&2; die "docker build of $name failed"; }
  docker rmi "$base" >/dev/null
  log "built $name, standing in for $official ($(docker image inspect -f '{{.Size}}' "$name" | numfmt --to=iec))"
}
