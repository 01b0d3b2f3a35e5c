#!/usr/bin/env bash
# Installs what is missing, then runs `trunk serve` on the demo page (the seed article plus
# one card per sample) at http://127.0.0.1:8080/. Extra arguments go to trunk serve.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh serve
. scripts/versions.sh
exec trunk serve "$@"
