#!/usr/bin/env bash
# Installs what is missing, then runs every test: format and lints, native model tests,
# browser tests in headless Chromium and Firefox, and the release bundle end to end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
. scripts/versions.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --check

step "lints (native and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

step "fixtures are the shared records"
if [ -d ../shared/samples ]; then
  node scripts/fixtures.mjs --check
else
  echo "../shared is not beside this checkout: fixture freshness not checked"
fi

step "model tests (native)"
cargo test

step "browser tests (headless Chromium)"
wasm-pack test --headless --chrome --chromedriver "$(command -v chromedriver)"

step "browser tests (headless Firefox)"
wasm-pack test --headless --firefox --geckodriver "$(command -v geckodriver)"

step "release bundle (trunk build --release) end to end in Chromium"
trunk build --release
node --test tests/e2e/
