#!/usr/bin/env bash
# Installs what is missing, builds the release bundle and writes BENCHMARKS.md (bench/run.mjs).
#
#   bash scripts/bench.sh [--no-build] [bench/run.mjs flags: --quick, --rounds=N, --no-lighthouse,
#                                       --no-convert, --no-twiggy, --out=FILE]
#
# --no-build measures dist/ as it is instead of building the release bundle (scripts/release.sh) first.
# Idempotent and quick when everything is there. Never downloads a browser: Lighthouse and
# Playwright both drive Debian's /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }

build=1
args=()
for arg in "$@"; do
  if [ "$arg" = --no-build ]; then build=0; else args+=("$arg"); fi
done

bash scripts/setup.sh test
. scripts/versions.sh

# Lighthouse, pinned (exact version and lockfile) in bench/package.json, installed into
# bench/node_modules only: the top-level package.json stays as it is. Lighthouse 12.2.x is the
# last line that runs on Node 20. No install scripts: nothing may fetch a browser.
lighthouse_want=$(node -p 'require("./bench/package.json").devDependencies.lighthouse')
lighthouse_have=$(node -p 'try { require("./bench/node_modules/lighthouse/package.json").version } catch { "" }')
if [ "$lighthouse_want" = "$lighthouse_have" ]; then
  say "lighthouse $lighthouse_want: present"
else
  say "lighthouse $lighthouse_want: installing into bench/node_modules (npm ci)"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix bench --ignore-scripts --no-audit --no-fund --loglevel=error
fi

# twiggy, for the wasm's largest items.
TWIGGY_VERSION=0.8.0
if command -v twiggy >/dev/null 2>&1; then
  say "twiggy: present"
else
  say "twiggy $TWIGGY_VERSION: installing from crates.io (takes minutes, once)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi

# The release flags, also for bench/run.mjs's names-kept cargo build of the same code.
release_flags
if [ "$build" = 1 ]; then
  # Also leaves target/wasm32-unknown-unknown/release/news-card-wasm.wasm, the same build with
  # its names, which bench/run.mjs gives to twiggy.
  bash scripts/release.sh
fi
node bench/run.mjs ${args[@]+"${args[@]}"}
