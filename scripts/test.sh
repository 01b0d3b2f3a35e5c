#!/usr/bin/env bash
# Installs what is missing, then runs every test: format and lints, native model tests,
# browser tests in headless Chromium and Firefox, and the release bundle end to end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
. scripts/versions.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# The browsers reach wasm-bindgen-test-runner's server only through scripts/runner-proxy.mjs, one
# request per connection: its tiny_http server can otherwise leave a connection that arrives in a
# burst unread for as long as the browser keeps its other connections open, and the test page
# never loads (seen in about 1 run in 3 on 2 busy cores). The proxy also refuses every host but
# 127.0.0.1. It writes the WebDriver capabilities (scripts/webdriver.json plus its own address).
start_runner_proxy() {
  # Global, not local: the EXIT trap removes it.
  caps="$(mktemp)"
  node scripts/runner-proxy.mjs "$WASM_BINDGEN_TEST_WEBDRIVER_JSON" "$caps" >"$caps.log" 2>&1 &
  proxy_pid=$!
  trap 'kill "$proxy_pid" 2>/dev/null || true; rm -f "$caps" "$caps.log"' EXIT
  for _ in $(seq 50); do
    grep -q '^ready$' "$caps.log" && break
    kill -0 "$proxy_pid" 2>/dev/null || { cat "$caps.log"; return 1; }
    sleep 0.1
  done
  grep -q '^ready$' "$caps.log" || { echo "runner proxy did not start"; return 1; }
  export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$caps"
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

step "native dates are what this Chromium writes (scripts/date-formats.mjs)"
node scripts/date-formats.mjs --check

step "model tests (native)"
cargo test

step "the element's runtime (JS): the pacer on a fake clock, the rules the loader shares"
node --test tests/js/

step "the demo page's prerendered card is what news-card render writes (scripts/demo-card.mjs)"
node scripts/demo-card.mjs --check

start_runner_proxy

step "browser tests (headless Chromium)"
wasm-pack test --headless --chrome --chromedriver "$(command -v chromedriver)"

step "browser tests (headless Firefox)"
wasm-pack test --headless --firefox --geckodriver "$(command -v geckodriver)"

step "release bundle (scripts/release.sh: trunk build --release) end to end in Chromium"
bash scripts/release.sh
node --test tests/e2e/
