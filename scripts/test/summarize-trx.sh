#!/usr/bin/env bash
# Prints "N passed, N failed" from the <Counters> of one or more .trx files (VSTest results),
# and exits non-zero when a test failed, none ran, or one was not executed (skipped).
set -euo pipefail

total=0 passed=0 failed=0 skipped=0
for trx in "$@"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$((total + $(get total)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done

if [ "$skipped" -gt 0 ]; then
  printf '%s tests were not executed\n' "$skipped"
fi
printf '%s passed, %s failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ] && [ "$passed" -gt 0 ]
