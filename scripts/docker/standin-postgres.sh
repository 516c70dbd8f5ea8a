#!/usr/bin/env bash
# Usage: standin-postgres.sh NAME OFFICIAL
# Builds image NAME standing in for the official PostgreSQL image OFFICIAL: Debian's PostgreSQL 15 with an entry
# point that does what Aspire's PostgreSQL resource needs of the official one (postgres-entrypoint.sh).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
name=$1 official=$2

new_rootfs
# The official image's ids, so that a volume's ownership means the same in both.
in_chroot sh -ec 'groupadd -r -g 999 postgres; useradd -r -g postgres -u 999 -d /var/lib/postgresql -s /bin/bash postgres'
chroot_install postgresql-15
# The entry point makes the cluster on first start, in the container's data folder.
[[ ! -d $rootfs/etc/postgresql/15/main ]] || in_chroot pg_dropcluster 15 main
install -m 755 "$(dirname "${BASH_SOURCE[0]}")/postgres-entrypoint.sh" "$rootfs/usr/local/bin/docker-entrypoint.sh"
install -d -o 999 -g 999 -m 700 "$rootfs/var/lib/postgresql/data"
# /run, not /var/run: in the root file system /var/run is a link to /run, which the host would resolve to its own.
install -d -o 999 -g 999 -m 3775 "$rootfs/run/postgresql"

# SIGINT is PostgreSQL's fast shutdown, as in the official image: `docker stop` does not wait for clients to leave.
import_rootfs "$name" "$official" \
  'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin PGDATA=/var/lib/postgresql/data' \
  'STOPSIGNAL SIGINT' 'EXPOSE 5432' 'ENTRYPOINT ["docker-entrypoint.sh"]' 'CMD ["postgres"]'
