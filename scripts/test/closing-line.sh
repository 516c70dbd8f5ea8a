# shellcheck shell=bash
# closing_line RESULTS-FOLDER STATUS: the test script's last words on every way out. The counts from the .trx
# files when tests ran (scripts/test/summarize-trx.sh), else "0 passed, 1 failed"; exits non-zero unless every
# step succeeded and every test ran and passed.
closing_line() {
  local results=$1 status=$2 trx
  trap - EXIT
  shopt -s nullglob
  trx=("$results"/*.trx)
  if ((${#trx[@]})); then
    bash "$(dirname "${BASH_SOURCE[0]}")/summarize-trx.sh" "${trx[@]}" || status=1
  else
    ((status != 0)) && echo "A step failed before any test ran (see above)."
    echo "0 passed, 1 failed"
    status=1
  fi
  exit "$status"
}
