#!/usr/bin/env bash
# Every test TPM Lens has, in the order a failure is cheapest to find: lint (eslint with the layer
# boundaries, knip, prettier), types, unit, builds, packages, web-ext lint, browsers.
# Ends with one summary line "tests: N passed, N failed"; exits non-zero unless everything passed.
# DIST / DIST_FIREFOX (the store builds, default dist/ and dist-firefox/) and DIST_E2E / DIST_E2E_FIREFOX
# (the same code with test hooks, `npm run build:e2e`, default dist-e2e/ and dist-e2e-firefox/) build into
# and test other folders, so a run beside another build does not clash with it. The e2e suites run on the
# builds with hooks; one e2e check loads the store build and proves a page can read nothing of it.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
export DIST=${DIST:-dist} DIST_FIREFOX=${DIST_FIREFOX:-dist-firefox}
export DIST_E2E=${DIST_E2E:-dist-e2e} DIST_E2E_FIREFOX=${DIST_E2E_FIREFOX:-dist-e2e-firefox}
failed_steps=()
step() {
  local name=$1 started=$SECONDS
  shift
  echo "::: $name"
  if ! "$@"; then failed_steps+=("$name"); fi
  echo "::: $name: $((SECONDS - started)) s"
}
# Runs an e2e runner, keeping its output in .tmp/<name>.log for the count below.
logged() {
  local log=$1
  shift
  "$@" 2>&1 | tee "$log"
  return "${PIPESTATUS[0]}"
}

if ! bash scripts/ensure-test-tools.sh; then
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

step lint npm run --silent lint
step typecheck npx tsc -p .
step unit npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json
step build bash -c 'OUT_DIR="$DIST" npm run --silent build:chrome && OUT_DIR="$DIST_FIREFOX" npm run --silent build:firefox'
step build:e2e bash -c 'export VITE_CONFIG_NATIVE_IGNORE_WARNING=true; OUT_DIR="$DIST_E2E" npx vite build --mode e2e && OUT_DIR="$DIST_E2E_FIREFOX" TARGET=firefox npx vite build --mode e2e'
step lint:firefox npx web-ext lint --source-dir "$DIST_FIREFOX"
step package logged .tmp/packages.log bash -c 'ARTIFACTS_DIR=.tmp/packages bash scripts/package.sh > .tmp/packages.txt && npx tsx scripts/check-packages.ts $(cat .tmp/packages.txt)'
step e2e logged .tmp/e2e.log npm run --silent test:e2e
step e2e:firefox logged .tmp/e2e-firefox.log npm run --silent test:e2e:firefox

# "PREFIX: N passed, N failed" from a runner's log, as "N N" (0 0 when the runner printed none).
counts() {
  local line
  line=$(grep -E "^$1: [0-9]+ passed, [0-9]+ failed" "$2" 2>/dev/null | tail -n 1)
  echo "${line:-$1: 0 passed, 0 failed}" | sed -E 's/^[^:]+: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/'
}
unit_passed=$(node -e 'try{const r=require("./.tmp/vitest.json");console.log(r.numPassedTests)}catch{console.log(0)}')
unit_failed=$(node -e 'try{const r=require("./.tmp/vitest.json");console.log(r.numFailedTests)}catch{console.log(0)}')
read -r e2e_passed e2e_failed < <(counts e2e .tmp/e2e.log)
read -r firefox_passed firefox_failed < <(counts e2e-firefox .tmp/e2e-firefox.log)
read -r packages_passed packages_failed < <(counts packages .tmp/packages.log)

# A failed step that counted no failed test (typecheck, build, lint, a runner that died) counts as one failure.
other_failed=0
for name in "${failed_steps[@]}"; do
  case $name in
    unit) [ "$unit_failed" = 0 ] && other_failed=$((other_failed + 1)) ;;
    e2e) [ "$e2e_failed" = 0 ] && other_failed=$((other_failed + 1)) ;;
    e2e:firefox) [ "$firefox_failed" = 0 ] && other_failed=$((other_failed + 1)) ;;
    package) [ "$packages_failed" = 0 ] && other_failed=$((other_failed + 1)) ;;
    *) other_failed=$((other_failed + 1)) ;;
  esac
done
echo
[ ${#failed_steps[@]} -gt 0 ] && echo "failed steps: ${failed_steps[*]}"
echo "tests: $((unit_passed + e2e_passed + firefox_passed + packages_passed)) passed, $((unit_failed + e2e_failed + firefox_failed + packages_failed + other_failed)) failed"
[ ${#failed_steps[@]} -eq 0 ]
