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

# The crates the builds need, fetched now: Trunk runs cargo offline (Trunk.toml), and the
# release build recompiles the standard library (`-Zbuild-std`, scripts/release.sh), whose own
# lockfile names crates for every platform (`moto-rt`, ...) that a fresh registry lacks. Both
# fetches are --locked (nothing is re-resolved) and take a second when everything is cached.
ensure_crates() {
  fetch_locked "news-card" .
  local std
  std="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
  # The same test as release_flags (scripts/versions.sh) makes before it rebuilds std.
  if [ -d "$std" ]; then
    # RUSTC_BOOTSTRAP: std's manifest uses unstable cargo features (profile-rustflags).
    RUSTC_BOOTSTRAP=1 fetch_locked "the standard library (-Zbuild-std)" "$std"
  else
    say "standard library sources missing ($std): the release build will use the prebuilt std"
  fi
}

# fetch_locked NAME DIR: the crates of DIR's lockfile, looked for offline first.
fetch_locked() {
  if (cd "$2" && cargo fetch --locked --offline >/dev/null 2>&1); then
    say "crates for $1: present"
  else
    say "crates for $1: fetching"
    (cd "$2" && cargo fetch --locked)
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
  # package-lock.json pins binaryen (wasm-opt), playwright-core and the test tools; `npm ci`
  # runs again only when it changed since the last install (a stamp of its hash).
  local stamp=node_modules/.news-card-lock-sha256 want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -x node_modules/.bin/wasm-opt ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    say "npm packages: present"
  else
    say "npm packages: installing (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
  fi
}

ensure_rust_target
ensure_crates
ensure_npm
ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
ensure_cargo_tool trunk trunk "$TRUNK_VERSION" --locked
if [ "$mode" = test ]; then
  ensure_apt chromium chromium-driver firefox-esr
  ensure_cargo_tool wasm-pack wasm-pack "$WASM_PACK_VERSION" --locked
  ensure_cargo_tool geckodriver geckodriver "$GECKODRIVER_VERSION" --locked
fi
say "ready ($mode)"
