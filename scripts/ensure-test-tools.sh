#!/usr/bin/env bash
# What `npm test` needs beyond Node: the project's packages, Debian's Chromium and Firefox ESR for the
# end-to-end suites, and openssl for their throw-away certificate. Installs what is missing when it can
# (root with apt-get, as on CI and a fresh development machine); otherwise stops at once with the command.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "test: installing the project's packages (npm ci)"
  npm ci --no-audit --no-fund >/dev/null
fi
missing=()
command -v "${CHROMIUM:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v "${FIREFOX:-/usr/bin/firefox-esr}" >/dev/null 2>&1 || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test: installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "test: missing ${missing[*]}; install them first: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
