#!/usr/bin/env bash
# Installs what news-card needs to build (`setup.sh serve`) or to build and test (`setup.sh test`).
# Idempotent: every step checks first and skips a tool already installed at the pinned version,
# so a second run takes seconds. Works on a fresh Debian machine with rustup, cargo, node and apt.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/versions.sh
. scripts/versions.sh

mode=${1:-test}
case "$mode" in serve|test) ;; *) echo "usage: setup.sh [serve|test]" >&2; exit 2 ;; esac

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# Root on CI and the team's machines; sudo elsewhere.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_rust_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rust target wasm32-unknown-unknown: present"
  else
    say "rust target wasm32-unknown-unknown: installing"
    rustup target add wasm32-unknown-unknown
  fi
  # The standard library's source, which the release build recompiles (scripts/release.sh).
  if rustup component list --installed | grep -q '^rust-src'; then
    say "rust component rust-src: present"
  else
    say "rust component rust-src: installing"
    rustup component add rust-src
  fi
}

# ensure_cargo_tool BINARY CRATE VERSION [extra cargo install flags...]
ensure_cargo_tool() {
  local bin=$1 crate=$2 version=$3; shift 3
  if command -v "$bin" >/dev/null 2>&1 && "$bin" --version 2>/dev/null | grep -q " $version\b"; then
    say "$crate $version: present"
    return
  fi
  say "$crate $version: installing from crates.io (takes minutes, once)"
  cargo install "$crate" --version "$version" "$@"
}

ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "debian packages $*: present"
    return
  fi
  say "debian packages ${missing[*]}: installing"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_npm() {
  # package-lock.json pins binaryen (wasm-opt) and playwright-core; reinstall only when it changed.
  if [ -f node_modules/.package-lock.json ] && cmp -s <(sed -n '/"packages"/,$p' package-lock.json | grep -v '"": {' ) <(sed -n '/"packages"/,$p' node_modules/.package-lock.json | grep -v '"": {') 2>/dev/null \
     && [ -x node_modules/.bin/wasm-opt ]; then
    say "npm packages: present"
  else
    say "npm packages: installing (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_rust_target
ensure_npm
ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
ensure_cargo_tool trunk trunk "$TRUNK_VERSION" --locked
if [ "$mode" = test ]; then
  ensure_apt chromium chromium-driver firefox-esr
  ensure_cargo_tool wasm-pack wasm-pack "$WASM_PACK_VERSION" --locked
  ensure_cargo_tool geckodriver geckodriver "$GECKODRIVER_VERSION" --locked
fi
say "ready ($mode)"
