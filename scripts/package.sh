#!/usr/bin/env bash
# Store packages from fresh builds: the Chrome Web Store zip and the Firefox add-on zip (web-ext build),
# both named with package.json's version, in web-ext-artifacts/. Prints the two paths.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p 'require("./package.json").version')
out=${ARTIFACTS_DIR:-web-ext-artifacts}
mkdir -p "$out"
chrome=${DIST:-dist} firefox=${DIST_FIREFOX:-dist-firefox}
OUT_DIR="$chrome" npm run --silent build:chrome >/dev/null
OUT_DIR="$firefox" npm run --silent build:firefox >/dev/null
npx web-ext build --source-dir "$chrome" --artifacts-dir "$out" --filename "tpm-lens-chrome-$version.zip" --overwrite-dest >/dev/null
npx web-ext build --source-dir "$firefox" --artifacts-dir "$out" --filename "tpm-lens-firefox-$version.zip" --overwrite-dest >/dev/null
echo "$out/tpm-lens-chrome-$version.zip"
echo "$out/tpm-lens-firefox-$version.zip"
