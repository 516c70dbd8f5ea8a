#!/usr/bin/env bash
# Releases the web and release images already pushed to registry.heroku.com/$HEROKU_APP_NAME/{web,release}
# through Heroku's Platform API, then checks the site:
#   0. with BACKUP_BEFORE_RELEASE=true, capture a Heroku Postgres backup of DATABASE and wait for it; a backup
#      that fails stops the release before anything changes;
#   1. note the current release (to roll back to);
#   2. PATCH /apps/{app}/formation with both image ids: Heroku runs the release phase (the release image's
#      command, `dotnet Lettings.Web.dll migrate`) and only then starts the new web dynos; if the release phase
#      fails, Heroku keeps the previous release and this script fails;
#   3. poll the app's /health until it answers 200 (HEALTH_TIMEOUT seconds); if it does not, roll back to the
#      release noted in step 1 and fail.
#
# usage: heroku-release.sh WEB_IMAGE_ID RELEASE_IMAGE_ID     (ids as `docker image inspect --format '{{.Id}}'`)
# environment: HEROKU_API_KEY, HEROKU_APP_NAME (required); HEROKU_API_URL (default https://api.heroku.com),
#              RELEASE_TIMEOUT (default 900), HEALTH_TIMEOUT (default 300), POLL_INTERVAL (default 5);
#              BACKUP_BEFORE_RELEASE (default false), BACKUP_TIMEOUT (default 1800), HEROKU_DATA_API_URL (default
#              https://api.data.heroku.com: the Heroku Postgres API that `heroku pg:backups` calls; the Platform API
#              has no backups endpoint).
set -euo pipefail

web_image=${1:?usage: heroku-release.sh WEB_IMAGE_ID RELEASE_IMAGE_ID}
release_image=${2:?usage: heroku-release.sh WEB_IMAGE_ID RELEASE_IMAGE_ID}
app=${HEROKU_APP_NAME:?HEROKU_APP_NAME is not set}
: "${HEROKU_API_KEY:?HEROKU_API_KEY is not set}"
api=${HEROKU_API_URL:-https://api.heroku.com}
release_timeout=${RELEASE_TIMEOUT:-900}
health_timeout=${HEALTH_TIMEOUT:-300}
interval=${POLL_INTERVAL:-5}
data_api=${HEROKU_DATA_API_URL:-https://api.data.heroku.com}
backup_timeout=${BACKUP_TIMEOUT:-1800}

log() { printf 'heroku-release: %s\n' "$*" >&2; }
command -v jq >/dev/null || { log "jq is required"; exit 1; }

# heroku METHOD PATH [BODY] [ACCEPT] [RANGE]: one Platform API call. The key goes in a header read from a
# file descriptor, so it never appears in the process list.
heroku() {
  local method=$1 path=$2 body=${3:-} accept=${4:-application/vnd.heroku+json; version=3} range=${5:-}
  local args=(--fail-with-body --silent --show-error --request "$method"
    --header "Accept: $accept" --header "Content-Type: application/json")
  [ -n "$range" ] && args+=(--header "Range: $range")
  [ -n "$body" ] && args+=(--data "$body")
  # (the process substitution must be on curl's own command line: its descriptor closes after each command)
  curl "${args[@]}" --header @<(printf 'Authorization: Bearer %s\n' "$HEROKU_API_KEY") "${base:-$api}$path"
}

# heroku_data METHOD PATH: one Heroku Postgres API call, with the same key.
heroku_data() { base=$data_api heroku "$@"; }

# Captures a backup of the app's DATABASE (what `heroku pg:backups:capture` does) and waits until it is done.
backup() {
  local addon transfer uuid name deadline status
  addon=$(heroku GET "/apps/$app/addon-attachments" | jq -r '[.[] | select(.name == "DATABASE")][0].addon.id // empty')
  if [ -z "$addon" ]; then
    log "BACKUP_BEFORE_RELEASE is set but the app has no DATABASE attachment to back up"
    exit 1
  fi
  transfer=$(heroku_data POST "/client/v11/databases/$addon/backups")
  uuid=$(jq -r '.uuid // empty' <<<"$transfer")
  name=$(printf 'b%03d' "$(jq -r '.num // 0' <<<"$transfer")")
  if [ -z "$uuid" ]; then
    log "Heroku Postgres did not start a backup"
    exit 1
  fi
  log "backing up the database before releasing ($name)"
  deadline=$((SECONDS + backup_timeout))
  while true; do
    status=$(heroku_data GET "/client/v11/apps/$app/transfers/$uuid")
    if [ "$(jq -r '.finished_at // empty' <<<"$status")" != "" ]; then
      break
    fi
    if ((SECONDS >= deadline)); then
      log "the backup did not finish within ${backup_timeout}s: nothing was released"
      exit 1
    fi
    sleep "$interval"
  done
  if [ "$(jq -r '.succeeded' <<<"$status")" != true ]; then
    log "the backup failed: nothing was released. See: heroku pg:backups:info $name -a $app"
    exit 1
  fi
  log "backup $name captured; restore with: heroku pg:backups:restore $name DATABASE_URL -a $app"
}

if [ "${BACKUP_BEFORE_RELEASE:-false}" = true ]; then
  backup
fi

releases() { heroku GET "/apps/$app/releases" "" "" "version ..; max=${1:-10}, order=desc"; }

current=$(releases | jq -r '[.[] | select(.current == true)][0].id // empty')
latest_before=$(releases 1 | jq -r '.[0].id // empty')
log "current release: ${current:-none}"

log "releasing web $web_image and release $release_image"
updates=$(jq -cn --arg web "$web_image" --arg release "$release_image" \
  '{updates: [{type: "web", docker_image: $web}, {type: "release", docker_image: $release}]}')
heroku PATCH "/apps/$app/formation" "$updates" "application/vnd.heroku+json; version=3.docker-releases" >/dev/null

release=$(releases 1)
release_id=$(jq -r '.[0].id // empty' <<<"$release")
if [ -z "$release_id" ] || [ "$release_id" = "$latest_before" ]; then
  log "Heroku created no new release"
  exit 1
fi
log "release v$(jq -r '.[0].version' <<<"$release") created; waiting for the release phase"
deadline=$((SECONDS + release_timeout))
status=$(jq -r '.[0].status' <<<"$release")
while [ "$status" = pending ]; do
  if ((SECONDS >= deadline)); then
    log "the release phase did not finish within ${release_timeout}s"
    exit 1
  fi
  sleep "$interval"
  status=$(heroku GET "/apps/$app/releases/$release_id" | jq -r .status)
done
if [ "$status" != succeeded ]; then
  log "the release phase failed (status $status): Heroku keeps the previous release. See: heroku releases:output -a $app"
  exit 1
fi
log "release phase succeeded"

health_url="$(heroku GET "/apps/$app" | jq -r .web_url)"
health_url="${health_url%/}/health"
log "waiting for $health_url"
deadline=$((SECONDS + health_timeout))
while true; do
  code=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 "$health_url" || true)
  if [ "$code" = 200 ]; then
    log "healthy"
    exit 0
  fi
  if ((SECONDS >= deadline)); then
    break
  fi
  sleep "$interval"
done

log "not healthy within ${health_timeout}s (last status $code)"
if [ -n "$current" ]; then
  log "rolling back to release $current"
  heroku POST "/apps/$app/releases" "$(jq -cn --arg id "$current" '{release: $id}')" >/dev/null
  log "rolled back"
else
  log "no earlier release to roll back to"
fi
exit 1
