#!/usr/bin/env bash
# Every test TPM Lens has, in the order a failure is cheapest to find: types, unit, builds, lint, browser.
# Ends with one summary line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
failed_steps=()
step() {
  local name=$1; shift
  echo "::: $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step typecheck npx tsc -p .
step unit npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json
step build npm run --silent build
step lint:firefox npm run --silent lint:firefox
step e2e bash -c 'npm run --silent test:e2e 2>&1 | tee .tmp/e2e.log; exit ${PIPESTATUS[0]}'

unit_passed=$(node -e 'try{const r=require("./.tmp/vitest.json");console.log(r.numPassedTests)}catch{console.log(0)}')
unit_failed=$(node -e 'try{const r=require("./.tmp/vitest.json");console.log(r.numFailedTests)}catch{console.log(0)}')
e2e_line=$(grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' .tmp/e2e.log 2>/dev/null | tail -n 1)
e2e_passed=$(echo "${e2e_line:-e2e: 0 passed, 0 failed}" | sed -E 's/^e2e: ([0-9]+) passed, ([0-9]+) failed.*/\1/')
e2e_failed=$(echo "${e2e_line:-e2e: 0 passed, 0 failed}" | sed -E 's/^e2e: ([0-9]+) passed, ([0-9]+) failed.*/\2/')
# A failed step that is not a counted test (typecheck, build, lint) counts as one failure.
other_failed=0
for name in "${failed_steps[@]}"; do case $name in unit|e2e) ;; *) other_failed=$((other_failed + 1)) ;; esac; done
for name in "${failed_steps[@]}"; do
  if [ "$name" = unit ] && [ "$unit_failed" = 0 ]; then other_failed=$((other_failed + 1)); fi
  if [ "$name" = e2e ] && [ "$e2e_failed" = 0 ]; then other_failed=$((other_failed + 1)); fi
done
echo
[ ${#failed_steps[@]} -gt 0 ] && echo "failed steps: ${failed_steps[*]}"
echo "tests: $((unit_passed + e2e_passed)) passed, $((unit_failed + e2e_failed + other_failed)) failed"
[ ${#failed_steps[@]} -eq 0 ]
