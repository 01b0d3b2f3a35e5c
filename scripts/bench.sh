#!/usr/bin/env bash
# Installs what is missing, builds the release bundle and writes BENCHMARKS.md (bench/run.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
. scripts/versions.sh
trunk build --release
node bench/run.mjs
