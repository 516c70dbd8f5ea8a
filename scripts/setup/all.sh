# shellcheck shell=bash
# Provisions everything the tests need on this machine and exports where the tests find it:
#   LETTINGS_TEST_POSTGRES                          the test PostgreSQL server (Debian's, on 127.0.0.1)
#   LETTINGS_{POSTGRES,SDK,RUNTIME}_IMAGE           the base images of the container tests (official or stand-in)
# Sourced by ./test.sh; `source scripts/setup/all.sh` prepares a shell for running `dotnet test` by hand.
setup=$(dirname "${BASH_SOURCE[0]}")

LETTINGS_TEST_POSTGRES=$(bash "$setup/postgres.sh")
export LETTINGS_TEST_POSTGRES
bash "$setup/docker-engine.sh"
images=$(bash "$setup/images.sh")
while IFS= read -r image; do
  export "${image?}"
done <<<"$images"
bash "$setup/chromium.sh"
bash "$setup/lint-tools.sh"
