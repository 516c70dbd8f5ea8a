#!/usr/bin/env bash
# Runs every test of the project on this machine, installing and starting what the tests need first.
# Ends with the line "N passed, N failed" and exits non-zero when anything failed or did not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

step() { printf '\n==> %s\n' "$*"; }

results=TestResults
rm -rf "$results"
mkdir -p "$results"

step "PostgreSQL for the integration tests"
LETTINGS_TEST_POSTGRES=$(bash scripts/test/ensure-postgres.sh)
export LETTINGS_TEST_POSTGRES

step "Docker engine and local stand-in images (AppHost and image tests)"
bash scripts/docker/ensure-all.sh

step "Chromium for the browser tests"
bash scripts/test/ensure-chromium.sh

step "Delivery lints (CircleCI config, Dockerfile)"
if ! bash scripts/test/lint-delivery.sh; then
  echo "The delivery lints failed (see above)."
  echo "0 passed, 1 failed"
  exit 1
fi

step "Build (warnings are errors) and format check"
dotnet tool restore
dotnet restore Lettings.sln
dotnet format Lettings.sln --verify-no-changes --no-restore
dotnet build Lettings.sln --no-restore

step "Tests"
set +e
dotnet test Lettings.sln --no-build \
  --logger "trx;LogFileName=results.trx" \
  --logger "junit;LogFilePath=$PWD/$results/junit/{assembly}.xml" \
  --results-directory "$results"
set -e

shopt -s nullglob
trx_files=("$results"/*.trx)
if [ ${#trx_files[@]} -eq 0 ]; then
  echo "No test results were written."
  echo "0 passed, 1 failed"
  exit 1
fi
bash scripts/test/summarize-trx.sh "${trx_files[@]}"
