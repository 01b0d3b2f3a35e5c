#!/usr/bin/env bash
# Installs what is missing, then runs every test: format and lints, native model tests,
# browser tests in headless Chromium and Firefox, and the release bundle end to end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
. scripts/versions.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# wasm-bindgen-test-runner 0.2.130 sometimes never gets its own test page loaded: Chromium
# waits on a module request to the runner's server, DOMContentLoaded never fires, and no test
# starts ("Loading scripts..." / "Failed to detect test as having been run"). It happened in
# about 1 run in 7 on 2 cores (issue 6 note). scripts/webdriver.json caps page loads at 30 s; in
# Firefox the same stall ends the navigation itself ("POST /session/…/url request failed").
# A run that stalled this way, and only such a run, is tried again, at most twice. A test
# that ran and failed is never retried.
browser_tests() {
  local log attempt
  log="$(mktemp)"
  for attempt in 1 2 3; do
    if wasm-pack test --headless "$@" 2>&1 | tee "$log"; then
      rm -f "$log"
      return 0
    fi
    if grep -q "test result: FAILED" "$log" ||
      ! grep -qE "Loading scripts\.\.\.Failed to detect test|POST /session/[^ ]+/url request failed" "$log"; then
      rm -f "$log"
      return 1
    fi
    echo "== the test page never loaded (runner stall, attempt $attempt of 3); running the suite again"
  done
  rm -f "$log"
  return 1
}

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
browser_tests --chrome --chromedriver "$(command -v chromedriver)"

step "browser tests (headless Firefox)"
browser_tests --firefox --geckodriver "$(command -v geckodriver)"

step "release bundle (trunk build --release) end to end in Chromium"
trunk build --release
node --test tests/e2e/
