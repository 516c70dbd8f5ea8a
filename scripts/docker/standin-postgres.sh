#!/usr/bin/env bash
# standin-postgres.sh — make sure the PostgreSQL image that Aspire.Hosting.PostgreSQL
# asks for exists in the local Docker engine.
#
# If the image is already there (a developer machine that pulled the real one,
# or an earlier run) nothing happens. Otherwise a stand-in is built WITHOUT a
# registry: a Debian bookworm minbase root file system (debootstrap, from the
# Debian mirror this machine's apt already uses) + Debian's postgresql-15 +
# an entry point that honours the official image's environment contract,
# imported under the exact name Aspire uses (e.g. docker.io/library/postgres:18.3).
#
# This file also holds the helpers for the shared, cached minbase root file
# system; standin-dotnet.sh sources it (main only runs when executed).
#
# Environment:
#   LETTINGS_CACHE            cache folder (default /var/cache/lettings-test)
#   LETTINGS_POSTGRES_IMAGE   force the image name (skips the NuGet lookup)
#   NUGET_PACKAGES            NuGet global packages folder (default ~/.nuget/packages)
set -euo pipefail
shopt -s inherit_errexit

PROG="$(basename "$0")"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_DIR="${LETTINGS_CACHE:-/var/cache/lettings-test}"
SUITE=bookworm
# Bump when the base recipe changes in a way the cache key would not notice.
BASE_RECIPE=1

# Used when the repository does not (yet) pin Aspire.Hosting.PostgreSQL, or
# the package cannot be read: what Aspire.Hosting.PostgreSQL 13.6.5 asks for.
FALLBACK_ASPIRE_VERSION=13.6.5
FALLBACK_POSTGRES_IMAGE=docker.io/library/postgres:18.3

log() { echo "${PROG}: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------
# Shared helpers (also used by standin-dotnet.sh)
# ---------------------------------------------------------------------------

declare -a LT_MOUNTS=()   # mount points to undo on exit, in order of mounting
declare -a LT_WORKDIRS=() # scratch folders to delete on exit

lt_cleanup() {
  local i
  for ((i = ${#LT_MOUNTS[@]} - 1; i >= 0; i--)); do
    umount "${LT_MOUNTS[i]}" 2>/dev/null || umount -l "${LT_MOUNTS[i]}" 2>/dev/null || true
  done
  LT_MOUNTS=()
  # --one-file-system: never descend into something still mounted (the
  # bind-mounted apt cache must survive a failed build).
  for i in "${LT_WORKDIRS[@]}"; do
    rm -rf --one-file-system "$i" 2>/dev/null || true
  done
  LT_WORKDIRS=()
}
trap lt_cleanup EXIT
trap 'exit 130' INT TERM

require_root() { [[ $(id -u) -eq 0 ]] || die "building stand-in images needs root (debootstrap/chroot)"; }

require_engine() {
  docker info >/dev/null 2>&1 || die "no Docker engine answers; run ensure-engine.sh first"
}

image_exists() { docker image inspect "$1" >/dev/null 2>&1; }

# A scratch folder on the cache's file system (not /tmp: root file systems of
# several hundred MB, and tar/mv stay on one device). Sets LT_WORKDIR (a
# global, not stdout: a $(...) subshell could not register it for cleanup).
lt_workdir() {
  mkdir -p "$CACHE_DIR/scratch"
  LT_WORKDIR="$(mktemp -d "$CACHE_DIR/scratch/build.XXXXXX")"
  LT_WORKDIRS+=("$LT_WORKDIR")
}

# Serialise builds: the stand-in scripts share the base tarball and the .deb
# cache, and two test runs may start at once. Bounded wait.
lt_lock() {
  [[ -n ${LT_LOCK_FD:-} ]] && return 0 # already held by this process
  mkdir -p "$CACHE_DIR"
  exec {LT_LOCK_FD}>"$CACHE_DIR/build.lock"
  if ! flock -w 1800 "$LT_LOCK_FD"; then
    die "another stand-in build held $CACHE_DIR/build.lock for 30 min"
  fi
}

lt_apt_install_host() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  log "installing ${missing[*]} on the host"
  apt-cache show "${missing[@]}" >/dev/null 2>&1 || apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y \
    --no-install-recommends "${missing[@]}" >/dev/null
}

# Print the first URI of an enabled "deb" source whose suites include $1,
# from this machine's own apt configuration (deb822 *.sources or one-line
# *.list), so no mirror host is hard-coded here.
lt_apt_uri_for_suite() {
  local suite="$1" f
  shopt -s nullglob
  for f in /etc/apt/sources.list.d/*.sources; do
    awk -v suite="$suite" '
      function flush() {
        if (types ~ /(^| )deb( |$)/ && enabled !~ /^[Nn][Oo]/ && (" " suites " ") ~ (" " suite " ") && uris != "") {
          split(uris, u, " "); print u[1]; found = 1; exit
        }
        types = ""; suites = ""; uris = ""; enabled = ""
      }
      /^#/ { next }
      /^[ \t]*$/ { flush(); next }
      { key = tolower($1); sub(/:$/, "", key); $1 = ""; sub(/^ +/, "")
        if (key == "types") types = $0; else if (key == "suites") suites = $0
        else if (key == "uris") uris = $0; else if (key == "enabled") enabled = $0 }
      END { if (!found) flush() }
    ' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -r $f ]] || continue
    awk -v suite="$suite" '
      $1 == "deb" { i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                    if ($(i + 1) == suite) { print $i; exit } }
    ' "$f"
  done
  shopt -u nullglob
}

lt_debian_mirror() {
  local uri
  uri="$(lt_apt_uri_for_suite "$SUITE" | head -n1)"
  [[ -n $uri ]] || die "no enabled Debian '$SUITE' source found in /etc/apt/sources.list.d/ (or sources.list)"
  echo "$uri"
}

lt_security_mirror() { lt_apt_uri_for_suite "${SUITE}-security" | head -n1; }

# Bind-mount what a chroot'ed apt/dpkg needs; undone by lt_chroot_end/lt_cleanup.
lt_chroot_begin() {
  local root="$1"
  mount -t proc proc "$root/proc"
  LT_MOUNTS+=("$root/proc")
  mkdir -p "$CACHE_DIR/apt-archives/partial" "$root/var/cache/apt/archives"
  # Keep downloaded .debs between builds: a rebuild does not download again.
  mount --bind "$CACHE_DIR/apt-archives" "$root/var/cache/apt/archives"
  LT_MOUNTS+=("$root/var/cache/apt/archives")
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
}

lt_chroot_end() {
  local root="$1"
  lt_cleanup_mounts_under "$root"
  : >"$root/etc/resolv.conf" # docker provides its own at run time
}

lt_cleanup_mounts_under() {
  local root="$1" i keep=()
  for ((i = ${#LT_MOUNTS[@]} - 1; i >= 0; i--)); do
    if [[ ${LT_MOUNTS[i]} == "$root"/* ]]; then
      umount "${LT_MOUNTS[i]}" 2>/dev/null || umount -l "${LT_MOUNTS[i]}"
    else
      keep=("${LT_MOUNTS[i]}" "${keep[@]}")
    fi
  done
  LT_MOUNTS=("${keep[@]}")
}

lt_chroot() {
  local root="$1"
  shift
  DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    chroot "$root" "$@"
}

# apt-get install inside the chroot; its (noisy) output goes to a log beside
# the root file system and is shown only on failure.
lt_chroot_apt_install() {
  local root="$1" aptlog
  shift
  aptlog="$(dirname "$root")/apt.log"
  if ! { lt_chroot "$root" apt-get -q update &&
    lt_chroot "$root" apt-get -q install -y --no-install-recommends "$@"; } >>"$aptlog" 2>&1; then
    tail -n 30 "$aptlog" >&2
    die "apt-get install $* failed inside the chroot (log: $aptlog)"
  fi
}

# Remove what an image does not need: apt lists, docs, logs, machine identity.
lt_slim_rootfs() {
  local root="$1"
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/debconf/*-old \
    "$root"/var/log/apt/* "$root"/var/log/dpkg.log "$root"/var/log/alternatives.log \
    "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/tmp/* "$root"/root/.cache \
    "$root"/var/cache/apt/*.bin
  find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete 2>/dev/null || true
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} + 2>/dev/null || true
  : >"$root/etc/hostname"
  [[ -e $root/etc/machine-id ]] && : >"$root/etc/machine-id"
  return 0
}

# tar of a root file system as an image wants it: numeric owners (the host's
# user names must not remap IDs), no device nodes/proc/sys contents.
lt_pack_rootfs() {
  local root="$1" out="$2"
  tar --numeric-owner -C "$root" \
    --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' --exclude='./tmp/*' \
    -cf "$out.partial" .
  mv -f "$out.partial" "$out"
}

lt_base_tarball_path() {
  local key
  key="$(printf '%s\n' "$SUITE" "$BASE_RECIPE" "$(lt_debian_mirror)" "$(lt_security_mirror)" \
    | sha256sum | cut -c1-12)"
  echo "$CACHE_DIR/rootfs/${SUITE}-minbase-${key}.tar"
}

# The Debian minbase root file system shared by all stand-ins, cached as a
# tarball (debootstrap takes minutes; extracting takes seconds). Sets
# LT_BASE_TARBALL.
lt_ensure_base_tarball() {
  local out mirror security work root
  out="$(lt_base_tarball_path)"
  LT_BASE_TARBALL="$out"
  [[ -s $out ]] && return 0
  require_root
  lt_apt_install_host debootstrap
  mirror="$(lt_debian_mirror)"
  security="$(lt_security_mirror)"
  lt_workdir
  work="$LT_WORKDIR"
  root="$work/rootfs"
  log "debootstrap --variant=minbase $SUITE from $mirror (cached afterwards as $out)"
  debootstrap --variant=minbase "$SUITE" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
    tail -n 20 "$work/debootstrap.log" >&2
    die "debootstrap failed"
  }

  # apt sources inside the images: the same mirror as this machine.
  rm -f "$root/etc/apt/sources.list"
  {
    printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$mirror" "$SUITE" "$SUITE"
    if [[ -n $security ]]; then
      printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$security" "$SUITE"
    fi
  } >"$root/etc/apt/sources.list.d/debian.sources"
  # Mirrors here may serve a dated snapshot whose Release files have expired.
  cat >"$root/etc/apt/apt.conf.d/90lettings" <<'EOF'
Acquire::Check-Valid-Until "false";
Acquire::Languages "none";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
EOF
  # Same slimming as the official Debian images: no docs/man/translations.
  cat >"$root/etc/dpkg/dpkg.cfg.d/90lettings-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
EOF
  # Services must never start inside a chroot/image build.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  lt_slim_rootfs "$root"
  rm -rf "$root"/var/cache/apt/archives/*.deb

  mkdir -p "$(dirname "$out")"
  # The base keeps /dev nodes (a chroot'ed apt needs /dev/null); the image
  # tarballs drop them.
  tar --numeric-owner -C "$root" -cf "$out.partial" .
  mv -f "$out.partial" "$out"
  # Drop base tarballs of older recipes/mirrors.
  find "$(dirname "$out")" -maxdepth 1 -name "${SUITE}-minbase-*.tar" ! -path "$out" -delete
  rm -rf --one-file-system "$work"
  log "cached base root file system: $out ($(du -h "$out" | cut -f1))"
}

# Extract the cached base into a fresh scratch folder; sets LT_ROOTFS.
lt_new_rootfs_from_base() {
  lt_ensure_base_tarball
  lt_workdir
  LT_ROOTFS="$LT_WORKDIR/rootfs"
  mkdir -p "$LT_ROOTFS"
  tar --numeric-owner -C "$LT_ROOTFS" -xf "$LT_BASE_TARBALL"
}

# Cache key: the recipe (this script and the caller), the base and extra inputs.
lt_recipe_key() {
  {
    cat "${BASH_SOURCE[0]}" "$0"
    lt_base_tarball_path
    printf '%s\n' "$@"
  } | sha256sum | cut -c1-12
}

# ---------------------------------------------------------------------------
# PostgreSQL stand-in
# ---------------------------------------------------------------------------

repo_root() {
  git -C "$SCRIPT_DIR" rev-parse --show-toplevel 2>/dev/null || (cd "$SCRIPT_DIR/../.." && pwd)
}

# Version of Aspire.Hosting.PostgreSQL pinned by the repository (central
# package management first, then any project file); empty when none.
aspire_pg_version() {
  local root files=() f v prop
  root="$(repo_root)"
  [[ -f $root/Directory.Packages.props ]] && files+=("$root/Directory.Packages.props")
  while IFS= read -r f; do files+=("$f"); done < <(
    find "$root" -maxdepth 5 \( -name bin -o -name obj -o -name node_modules -o -name .git \) -prune \
      -o -name '*.csproj' -print 2>/dev/null | sort)
  for f in "${files[@]}"; do
    # Whole file on one line: the element may span lines, attributes in any order.
    v="$(tr '\n\r' '  ' <"$f" \
      | grep -oiE '<Package(Version|Reference)[^>]*Include="Aspire\.Hosting\.PostgreSQL"[^>]*>' \
      | grep -oiE '\bVersion="[^"]+"' | head -n1 | cut -d'"' -f2 || true)"
    [[ -n $v ]] || continue
    if [[ $v =~ ^\$\(([A-Za-z0-9_]+)\)$ ]]; then # Version="$(AspireVersion)"
      prop="${BASH_REMATCH[1]}"
      v="$(tr '\n\r' '  ' <"$f" | grep -oE "<${prop}>[^<]+</${prop}>" | head -n1 \
        | sed -E 's/<[^>]+>//g' || true)"
    fi
    [[ $v =~ ^[0-9][0-9A-Za-z.+-]*$ ]] && { echo "$v"; return 0; }
  done
  return 0
}

nuget_packages_dir() { echo "${NUGET_PACKAGES:-$HOME/.nuget/packages}"; }

# Restore just that package into the global packages folder (what the
# project's own restore would do anyway), in a throwaway project.
restore_aspire_pg() {
  local version="$1" tmp
  command -v dotnet >/dev/null 2>&1 || return 1
  lt_workdir
  tmp="$LT_WORKDIR"
  cat >"$tmp/probe.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageReference Include="Aspire.Hosting.PostgreSQL" Version="$version" /></ItemGroup>
</Project>
EOF
  log "restoring Aspire.Hosting.PostgreSQL $version to read its image tag"
  (cd "$tmp" && timeout 300 dotnet restore probe.csproj >"$tmp/restore.log" 2>&1) || {
    tail -n 5 "$tmp/restore.log" >&2
    return 1
  }
}

# docker.io/library/postgres:18.3 from the package's XML docs (the
# PostgresContainerImageTags constants carry their values as <remarks>), or
# failing that from the UTF-16 string literals of the assembly.
xml_tag_remark() {
  grep -A1 -F "\"F:Aspire.Hosting.Postgres.PostgresContainerImageTags.$2\"" "$1" \
    | sed -nE 's:.*<remarks>([^<]+)</remarks>.*:\1:p' | head -n1
}

image_from_package() {
  local dir="$1" xml dll registry image tag
  xml="$(find "$dir/lib" -name Aspire.Hosting.PostgreSQL.xml 2>/dev/null | sort | tail -n1)"
  dll="$(find "$dir/lib" -name Aspire.Hosting.PostgreSQL.dll 2>/dev/null | sort | tail -n1)"
  if [[ -n $xml ]]; then
    registry="$(xml_tag_remark "$xml" Registry)"
    image="$(xml_tag_remark "$xml" Image)"
    tag="$(xml_tag_remark "$xml" Tag)"
  fi
  if [[ -z ${image:-} || -z ${tag:-} ]] && [[ -n $dll ]] && command -v strings >/dev/null 2>&1; then
    # ldstr literals: "library/postgres" is followed by its tag.
    image="$(strings -el "$dll" | grep -m1 -xE '[a-z0-9._-]+/postgres' || true)"
    [[ -n $image ]] && tag="$(strings -el "$dll" | grep -A1 -m1 -xF "$image" | sed -n 2p || true)"
    registry="docker.io"
  fi
  [[ -n ${image:-} && ${tag:-} =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]*$ ]] || return 1
  echo "${registry:-docker.io}/${image}:${tag}"
}

# Sets POSTGRES_IMAGE.
resolve_postgres_image() {
  POSTGRES_IMAGE="${LETTINGS_POSTGRES_IMAGE:-}"
  [[ -n $POSTGRES_IMAGE ]] && return 0
  local version dir img
  version="$(aspire_pg_version)"
  if [[ -z $version ]]; then
    log "Aspire.Hosting.PostgreSQL is not pinned in the repository; assuming $FALLBACK_ASPIRE_VERSION"
    version="$FALLBACK_ASPIRE_VERSION"
  fi
  dir="$(nuget_packages_dir)/aspire.hosting.postgresql/${version,,}"
  if [[ ! -d $dir ]]; then
    restore_aspire_pg "$version" || true
  fi
  if [[ -d $dir ]] && img="$(image_from_package "$dir")"; then
    log "Aspire.Hosting.PostgreSQL $version asks for $img"
    POSTGRES_IMAGE="$img"
    return 0
  fi
  log "WARNING: could not read the image from Aspire.Hosting.PostgreSQL $version; using $FALLBACK_POSTGRES_IMAGE"
  POSTGRES_IMAGE="$FALLBACK_POSTGRES_IMAGE"
}

# The entry point: the official image's docker-entrypoint.sh contract
# (POSTGRES_USER/PASSWORD/DB/INITDB_ARGS/HOST_AUTH_METHOD, *_FILE variants,
# PGDATA, /docker-entrypoint-initdb.d, "-c k=v" args) on Debian's postgresql.
write_entrypoint() {
  cat >"$1" <<'ENTRYPOINT'
#!/usr/bin/env bash
# Stand-in for the official postgres image's docker-entrypoint.sh (same
# environment contract), built by scripts/docker/standin-postgres.sh.
set -Eeo pipefail

: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA

# file_env VAR [DEFAULT]: VAR or the content of the file named by VAR_FILE.
file_env() {
	local var="$1" fileVar="${1}_FILE" def="${2:-}" val
	if [ -n "${!var:-}" ] && [ -n "${!fileVar:-}" ]; then
		echo >&2 "error: both $var and $fileVar are set (but are exclusive)"
		exit 1
	fi
	val="$def"
	if [ -n "${!var:-}" ]; then
		val="${!var}"
	elif [ -n "${!fileVar:-}" ]; then
		val="$(<"${!fileVar}")"
	fi
	export "$var"="$val"
	unset "$fileVar"
}

docker_setup_env() {
	file_env POSTGRES_PASSWORD
	file_env POSTGRES_USER postgres
	file_env POSTGRES_DB "$POSTGRES_USER"
	file_env POSTGRES_INITDB_ARGS
	: "${POSTGRES_HOST_AUTH_METHOD:=}"
	DATABASE_ALREADY_EXISTS=
	if [ -s "$PGDATA/PG_VERSION" ]; then DATABASE_ALREADY_EXISTS=true; fi
}

# As root: create PGDATA/socket folder and hand them (e.g. a root-owned
# mounted volume) to postgres.
docker_create_db_directories() {
	mkdir -p "$PGDATA"
	chmod 00700 "$PGDATA" || :
	mkdir -p /var/run/postgresql || :
	chmod 03775 /var/run/postgresql || :
	if [ -n "${POSTGRES_INITDB_WALDIR:-}" ]; then
		mkdir -p "$POSTGRES_INITDB_WALDIR"
		if [ "$(id -u)" = 0 ]; then find "$POSTGRES_INITDB_WALDIR" \! -user postgres -exec chown postgres: '{}' +; fi
		chmod 700 "$POSTGRES_INITDB_WALDIR"
	fi
	if [ "$(id -u)" = 0 ]; then
		find "$PGDATA" \! -user postgres -exec chown postgres: '{}' +
		find /var/run/postgresql \! -user postgres -exec chown postgres: '{}' +
	fi
}

docker_verify_minimum_env() {
	if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != trust ]; then
		cat >&2 <<-'EOE'
			Error: Database is uninitialized and superuser password is not specified.
			       You must specify POSTGRES_PASSWORD to a non-empty value for the
			       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".
			       (or POSTGRES_HOST_AUTH_METHOD=trust to allow all connections without a password)
		EOE
		exit 1
	fi
}

docker_init_database_dir() {
	if [ -n "${POSTGRES_INITDB_WALDIR:-}" ]; then
		set -- --waldir "$POSTGRES_INITDB_WALDIR" "$@"
	fi
	# eval: POSTGRES_INITDB_ARGS is a shell-quoted argument string.
	eval 'initdb --username="$POSTGRES_USER" --pwfile=<(printf "%s\n" "$POSTGRES_PASSWORD") '"$POSTGRES_INITDB_ARGS"' "$@"'
}

# Remote access for everyone with the chosen method (default: the server's
# password_encryption, i.e. scram-sha-256, when a password is set).
pg_setup_hba_conf() {
	if [ "$1" = postgres ]; then shift; fi
	local auth
	auth="$(postgres -C password_encryption "$@")"
	: "${POSTGRES_HOST_AUTH_METHOD:=$auth}"
	{
		printf '\n'
		if [ trust = "$POSTGRES_HOST_AUTH_METHOD" ]; then
			printf '# warning trust is enabled for all connections\n'
		fi
		printf 'host all all all %s\n' "$POSTGRES_HOST_AUTH_METHOD"
	} >>"$PGDATA/pg_hba.conf"
}

docker_process_sql() {
	local query_runner=(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc)
	if [ -n "$POSTGRES_DB" ]; then query_runner+=(--dbname "$POSTGRES_DB"); fi
	PGHOST= PGHOSTADDR= "${query_runner[@]}" "$@"
}

docker_setup_db() {
	local exists
	exists="$(POSTGRES_DB= docker_process_sql --dbname postgres --set db="$POSTGRES_DB" --tuples-only <<-'EOSQL'
		SELECT 1 FROM pg_database WHERE datname = :'db' ;
	EOSQL
	)"
	if [ -z "$exists" ]; then
		POSTGRES_DB= docker_process_sql --dbname postgres --set db="$POSTGRES_DB" <<-'EOSQL'
			CREATE DATABASE :"db" ;
		EOSQL
		printf '\n'
	fi
}

docker_process_init_files() {
	printf '\n'
	local f
	for f; do
		case "$f" in
			*.sh)
				if [ -x "$f" ]; then printf '%s: running %s\n' "$0" "$f"; "$f"
				else printf '%s: sourcing %s\n' "$0" "$f"; . "$f"; fi ;;
			*.sql) printf '%s: running %s\n' "$0" "$f"; docker_process_sql -f "$f"; printf '\n' ;;
			*.sql.gz) printf '%s: running %s\n' "$0" "$f"; gunzip -c "$f" | docker_process_sql; printf '\n' ;;
			*.sql.xz) printf '%s: running %s\n' "$0" "$f"; xzcat "$f" | docker_process_sql; printf '\n' ;;
			*.sql.zst) printf '%s: running %s\n' "$0" "$f"; zstd -dc "$f" | docker_process_sql; printf '\n' ;;
			*) printf '%s: ignoring %s\n' "$0" "$f" ;;
		esac
		printf '\n'
	done
}

# Temporary server on the Unix socket only, for the init scripts.
docker_temp_server_start() {
	if [ "$1" = postgres ]; then shift; fi
	set -- "$@" -c listen_addresses='' -p "${PGPORT:-5432}"
	PGUSER="${PGUSER:-$POSTGRES_USER}" pg_ctl -D "$PGDATA" -o "$(printf '%q ' "$@")" -w start
}

docker_temp_server_stop() {
	PGUSER="${PGUSER:-postgres}" pg_ctl -D "$PGDATA" -m fast -w stop
}

_pg_want_help() {
	local arg
	for arg; do
		case "$arg" in -'?' | --help | --describe-config | -V | --version) return 0 ;; esac
	done
	return 1
}

_main() {
	# "docker run postgres:tag -c key=value": arguments go to postgres.
	if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi

	if [ "$1" = postgres ] && ! _pg_want_help "$@"; then
		docker_setup_env
		docker_create_db_directories
		if [ "$(id -u)" = 0 ]; then
			# Re-run as postgres; exec keeps postgres as PID 1 so docker
			# stop's signal reaches the server itself.
			export HOME=/var/lib/postgresql
			exec setpriv --reuid=postgres --regid=postgres --init-groups "${BASH_SOURCE[0]}" "$@"
		fi

		if [ -z "$DATABASE_ALREADY_EXISTS" ]; then
			docker_verify_minimum_env
			ls /docker-entrypoint-initdb.d/ >/dev/null
			docker_init_database_dir
			pg_setup_hba_conf "$@"
			export PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}"
			docker_temp_server_start "$@"
			docker_setup_db
			docker_process_init_files /docker-entrypoint-initdb.d/*
			docker_temp_server_stop
			unset PGPASSWORD
			printf '\nPostgreSQL init process complete; ready for start up.\n\n'
		else
			printf '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n'
		fi
	fi
	exec "$@"
}

_main "$@"
ENTRYPOINT
  chmod 755 "$1"
}

# Cached stand-in root file system (tarball), keyed by recipe + base; sets
# PG_TARBALL. The Debian package version is kept beside it (PG_TARBALL.version).
ensure_postgres_tarball() {
  local key out root pg_version
  key="$(lt_recipe_key postgres)"
  out="$CACHE_DIR/rootfs/postgres-standin-${key}.tar"
  PG_TARBALL="$out"
  [[ -s $out && -s $out.version ]] && return 0
  require_root
  lt_new_rootfs_from_base
  root="$LT_ROOTFS"
  log "installing postgresql-15 into the stand-in root file system"
  lt_chroot_begin "$root"
  # Same fixed IDs as the official image (999), so volume ownership matches.
  lt_chroot "$root" sh -ec '
    groupadd -r --gid=999 postgres
    useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres
    install -d -o postgres -g postgres -m 755 /var/lib/postgresql'
  lt_chroot_apt_install "$root" postgresql-common locales ca-certificates
  # No cluster of its own: the entry point runs initdb on first start.
  sed -ri 's/^#?\s*create_main_cluster\s*=.*/create_main_cluster = false/' \
    "$root/etc/postgresql-common/createcluster.conf"
  lt_chroot_apt_install "$root" postgresql-15
  lt_chroot "$root" localedef -i en_US -c -f UTF-8 -A /usr/share/locale/locale.alias en_US.UTF-8 >&2
  # listen on all addresses, as the official image's postgresql.conf.sample.
  sed -ri "s!^#?(listen_addresses)\s*=\s*\S+.*!\1 = '*'!" \
    "$root/usr/share/postgresql/15/postgresql.conf.sample"
  grep -q "^listen_addresses = '\*'" "$root/usr/share/postgresql/15/postgresql.conf.sample" \
    || die "could not set listen_addresses in postgresql.conf.sample"
  [[ ! -d $root/etc/postgresql/15/main ]] || die "postgresql-15 created a cluster despite create_main_cluster=false"
  # shellcheck disable=SC2016 # dpkg-query's own ${Version} field syntax
  pg_version="$(lt_chroot "$root" dpkg-query -W -f='${Version}' postgresql-15)"
  install -d -m 755 "$root/docker-entrypoint-initdb.d"
  install -d -o 999 -g 999 -m 3777 "$root/var/run/postgresql"
  install -d -o 999 -g 999 -m 1777 "$root/var/lib/postgresql/data"
  write_entrypoint "$root/usr/local/bin/docker-entrypoint.sh"
  ln -sf usr/local/bin/docker-entrypoint.sh "$root/docker-entrypoint.sh" # as upstream
  lt_chroot_end "$root"
  lt_slim_rootfs "$root"
  mkdir -p "$CACHE_DIR/rootfs"
  lt_pack_rootfs "$root" "$out"
  echo "$pg_version" >"$out.version"
  find "$CACHE_DIR/rootfs" -maxdepth 1 -name 'postgres-standin-*' ! -name "$(basename "$out")*" -delete
  log "cached postgres stand-in root file system: $out ($(du -h "$out" | cut -f1))"
}

import_postgres() {
  local tarball="$1" image="$2" pg_version
  pg_version="$(cat "$tarball.version")"
  docker import \
    -c 'ENTRYPOINT ["docker-entrypoint.sh"]' \
    -c 'CMD ["postgres"]' \
    -c 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'ENV PGDATA=/var/lib/postgresql/data' \
    -c 'ENV LANG=en_US.utf8' \
    -c 'ENV PG_MAJOR=15' \
    -c "ENV PG_VERSION=$pg_version" \
    -c 'EXPOSE 5432' \
    -c 'LABEL org.lettings.standin=postgres' \
    -m "lettings stand-in (Debian postgresql-15) built by scripts/docker/$PROG" \
    "$tarball" "$image" >/dev/null
  # `docker import -c` of the 20.10 engine rejects STOPSIGNAL; a one-line
  # build on top adds it (no RUN, so no network or BuildKit needed). SIGINT
  # = PostgreSQL's "fast" shutdown, as the official image: `docker stop`
  # does not wait for pooled client connections to go away.
  lt_workdir
  printf 'FROM %s\nSTOPSIGNAL SIGINT\n' "$image" \
    | DOCKER_BUILDKIT=0 docker build -q -t "$image" - >/dev/null 2>"$LT_WORKDIR/stopsignal.log" || {
    cat "$LT_WORKDIR/stopsignal.log" >&2
    die "could not set STOPSIGNAL on $image"
  }
}

main() {
  local image
  resolve_postgres_image
  image="$POSTGRES_IMAGE"
  if image_exists "$image"; then
    log "$image is present; nothing to do"
    return 0
  fi
  require_engine
  lt_lock
  if image_exists "$image"; then # built by a concurrent run meanwhile
    log "$image is present; nothing to do"
    return 0
  fi
  ensure_postgres_tarball
  import_postgres "$PG_TARBALL" "$image"
  log "imported stand-in $image ($(docker image inspect -f '{{.Size}}' "$image" | numfmt --to=iec))"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
