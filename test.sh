#!/usr/bin/env bash
# Runs every test of the project on this machine, provisioning what the tests need first (scripts/setup/).
# Whatever happens, its last line is "N passed, N failed" and it exits non-zero when anything failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/test/closing-line.sh

results=TestResults
rm -rf "$results"
mkdir -p "$results"
trap 'closing_line "$results" $?' EXIT
trap 'exit 130' INT TERM
step() { printf '\n==> %s\n' "$*"; }

step "Provisioning: PostgreSQL, Docker engine and base images, Chromium, linters"
source scripts/setup/all.sh

step "Delivery lints (CircleCI config, Dockerfile, scripts)"
bash scripts/test/lint-delivery.sh

step "Format check and build (warnings are errors)"
dotnet tool restore
dotnet restore Lettings.sln
dotnet format Lettings.sln --verify-no-changes --no-restore
dotnet build Lettings.sln --no-restore

step "Tests"
dotnet test Lettings.sln --no-build \
  --logger "trx;LogFileName=results.trx" \
  --logger "junit;LogFilePath=$PWD/$results/junit/{assembly}.xml" \
  --results-directory "$results" || true
