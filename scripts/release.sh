#!/usr/bin/env bash
# Builds the release bundle into dist/: `trunk build --release`, with the standard library
# rebuilt for size (see ARCHITECTURE.md, "Panics abort at once in the release build").
#
# Rust's prebuilt standard library carries the machinery to format a panic's message and
# location (core::fmt, its Unicode tables for `{:?}`), about 12 KB brotli of a 100 KB wasm,
# although a panic here only ever aborts the instance. `-Cpanic=immediate-abort` with the
# standard library rebuilt from source (`-Zbuild-std`, rustup's rust-src component) leaves all
# of it out: a panic is a plain wasm trap, which src/embed/element.js detects and recovers
# from. Both are unstable flags: RUSTC_BOOTSTRAP=1 lets this stable toolchain accept them for
# this one build; tests, `trunk serve` and plain `cargo build` use the ordinary flags, where a
# panic still reports its message and location. Extra arguments go to `trunk build`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/versions.sh
. scripts/versions.sh

sysroot=$(rustc --print sysroot)
flags="-Zunstable-options -Cpanic=immediate-abort --remap-path-prefix=$sysroot=rust"
if [ -d "$sysroot/lib/rustlib/src/rust/library" ] \
   && RUSTC_BOOTSTRAP=1 rustc $flags --target wasm32-unknown-unknown --print cfg >/dev/null 2>&1; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS $flags"
else
  # Still a working bundle, about 12 KB brotli larger: the size test says so.
  echo "release.sh: rust-src missing (rustup component add rust-src) or this rustc ($(rustc --version)) lacks" \
       "-Cpanic=immediate-abort: building with the prebuilt standard library" >&2
fi
exec trunk build --release "$@"
