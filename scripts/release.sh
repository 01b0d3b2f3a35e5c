#!/usr/bin/env bash
# Builds the release bundle into dist/: `trunk build --release`, with the standard library
# rebuilt for size (see ARCHITECTURE.md, "Panics abort at once in the release build").
#
# Rust's prebuilt standard library carries the machinery to format a panic's message and
# location (core::fmt, its Unicode tables for `{:?}`), about 12 KB brotli of a 100 KB wasm,
# although a panic here only ever aborts the instance. `-Cpanic=immediate-abort` with the
# standard library rebuilt from source (`-Zbuild-std`, rustup's rust-src component) leaves all
# of it out: a panic is a plain wasm trap, which src/embed/runtime/instance.js detects and recovers
# from. Both are unstable flags: RUSTC_BOOTSTRAP=1 lets this stable toolchain accept them for
# this one build; tests, `trunk serve` and plain `cargo build` use the ordinary flags, where a
# panic still reports its message and location. Extra arguments go to `trunk build`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/versions.sh
. scripts/versions.sh

release_flags
exec trunk build --release "$@"
