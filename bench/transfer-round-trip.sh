#!/usr/bin/env bash
# Times the portable export and import at scale and checks the round trip: a generated export of RECORDS records
# (default 100000: addresses, lettings, users with password hashes, profiles, recent actions) is imported into a
# fresh SQLite file, exported, imported into a fresh PostgreSQL database, exported again; both exports must be
# byte-identical. Prints seconds and peak memory (resident set) per step: memory that stays flat as RECORDS grows is
# what streaming means. Needs python3 (to write the generated file) and the local test PostgreSQL server
# (scripts/setup/postgres.sh starts it).
# Usage: bench/transfer-round-trip.sh [RECORDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

records=${1:-100000}
command -v python3 >/dev/null || { echo "python3 is needed to generate the export" >&2; exit 1; }
admin=$(bash scripts/setup/postgres.sh)
setting() { tr ';' '\n' <<<"$admin" | sed -n "s/^$1=//Ip" | head -n1; }
export PGHOST PGPORT PGUSER PGPASSWORD
PGHOST=$(setting Host) PGPORT=$(setting Port) PGUSER=$(setting Username) PGPASSWORD=$(setting Password)
database="lettings_bench_$$"

work=$(mktemp -d)
trap 'psql -q -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

dotnet publish Lettings.Web -c Release -o "$work/app" --nologo -v quiet

python3 - "$records" "$work/generated.json" <<'PY'
import json, sys
total, path = int(sys.argv[1]), sys.argv[2]
lettings = users = total * 3 // 10
profiles = users * 2 // 3
actions = total - 2 * lettings - users - profiles
hash_ = "pbkdf2_sha256$600000$benchSalt$UGKpGa+KTCCUuwX9um8buj1bDOC3S4AKejeD/I5l43w="
with open(path, "w", encoding="utf-8") as f:
    counts = dict(addresses=lettings, lettings=lettings, roles=1, users=users, profiles=profiles, adminActions=actions)
    f.write('{"format": "orange-county-lettings", "version": 1, "counts": %s' % json.dumps(counts))
    def section(name, items):
        f.write(', "%s": [' % name)
        for i, item in enumerate(items):
            f.write((',' if i else '') + json.dumps(item, ensure_ascii=False))
        f.write(']')
    section("addresses", ({"id": i, "number": i % 9999 + 1, "street": f"Street {i}", "city": "Brunswick", "state": "GA",
                           "zipCode": i % 99999 + 1, "countryIsoCode": "USA"} for i in range(1, lettings + 1)))
    section("lettings", ({"id": i, "title": f"Letting {i} <b>&</b> é", "addressId": i} for i in range(1, lettings + 1)))
    section("roles", [{"id": 1, "name": "Staff"}])
    section("users", ({"id": i, "userName": f"user{i}", "email": f"user{i}@example.com", "emailConfirmed": False,
                       "firstName": "Zoé", "lastName": f"N{i}", "dateJoined": "2020-06-14T09:41:15.326411Z", "lastSignIn": None,
                       "isActive": True, "passwordHash": hash_, "securityStamp": f"STAMP{i:035d}", "phoneNumber": None,
                       "phoneNumberConfirmed": False, "twoFactorEnabled": False, "lockoutEnabled": True, "lockoutEnd": None,
                       "accessFailedCount": 0, "roles": ["Staff"] if i <= 10 else []} for i in range(1, users + 1)))
    section("profiles", ({"id": i, "userId": i, "favoriteCity": "Kraków"} for i in range(1, profiles + 1)))
    section("adminActions", ({"id": i, "time": "2020-06-14T09:44:05.888484Z", "userId": 1, "userName": "user1", "kind": "Changed",
                              "recordType": "Letting", "recordId": i % lettings + 1, "recordName": f"Letting {i}",
                              "changeMessage": '[{"changed": {"fields": ["Title"]}}]'} for i in range(1, actions + 1)))
    f.write('}')
PY

psql -q -d postgres -c "CREATE DATABASE $database"
# shellcheck disable=SC2034 # read by step through a name reference
sqlite=("Database__SqlitePath=$work/lettings.db" "ConnectionStrings__lettings=" "DATABASE_URL=")
# shellcheck disable=SC2034
postgres=("ConnectionStrings__lettings=$admin;Database=$database")

printf '| step | seconds | peak memory | file |\n| --- | --- | --- | --- |\n'
# step NAME FILE SETTINGS COMMAND...: runs one command of the published site with the settings (an array's name).
step() {
  local name=$1 file=$2
  local -n settings=$3
  shift 3
  /usr/bin/time -o "$work/time" -f '%e %M' env "${settings[@]}" ASPNETCORE_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning dotnet "$work/app/Lettings.Web.dll" "$@" >"$work/step.log" 2>&1 \
    || { cat "$work/step.log" >&2; exit 1; }
  read -r seconds kilobytes <"$work/time"
  printf '| %s | %s | %s MB | %s bytes |\n' "$name" "$seconds" "$((kilobytes / 1024))" "$(stat -c %s "$file")"
}
step "import into SQLite" "$work/generated.json" sqlite import "$work/generated.json"
step "export from SQLite" "$work/first.json" sqlite export "$work/first.json"
step "import into PostgreSQL" "$work/first.json" postgres import "$work/first.json"
step "export from PostgreSQL" "$work/second.json" postgres export "$work/second.json"

cmp -s "$work/first.json" "$work/second.json" || { echo "the two exports differ" >&2; exit 1; }
echo "$records records; the exports from SQLite and from PostgreSQL are identical"
