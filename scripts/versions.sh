# Pinned tool versions, read by the setup and test scripts.
# WASM_BINDGEN_VERSION must equal the wasm-bindgen crate in Cargo.lock (pinned with "=" in Cargo.toml);
# tests/toolchain.rs checks that the two agree.
WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# No build machine paths in the shipped wasm (panic locations name source files): the project
# and the crates it builds are named by relative prefixes instead.
CARGO_HOME_DIR=${CARGO_HOME:-$HOME/.cargo}
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$PWD=news-card --remap-path-prefix=$CARGO_HOME_DIR/registry/src=crates --remap-path-prefix=$CARGO_HOME_DIR/git/checkouts=git"
# Browser tests wait out three 10 s time-outs of a silent server (tests/web.rs).
export WASM_BINDGEN_TEST_TIMEOUT=120
# The browsers' WebDriver capabilities for the test runner (a 30 s page-load cap, and en-US as the
# browsers' language whatever the machine's locale; see test.sh).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/scripts/webdriver.json"

# The release build's flags (scripts/release.sh explains them): exported for `trunk build
# --release` and for the bench's names-kept cargo build of the same code.
release_flags() {
  local sysroot flags
  sysroot=$(rustc --print sysroot)
  flags="-Zunstable-options -Cpanic=immediate-abort --remap-path-prefix=$sysroot=rust"
  if [ -d "$sysroot/lib/rustlib/src/rust/library" ] \
     && RUSTC_BOOTSTRAP=1 rustc $flags --target wasm32-unknown-unknown --print cfg >/dev/null 2>&1; then
    export RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS $flags"
  else
    # Still a working bundle, about 12 KB brotli larger: the size test says so.
    echo "release build: rust-src missing (rustup component add rust-src) or this rustc ($(rustc --version))" \
         "lacks -Cpanic=immediate-abort: building with the prebuilt standard library" >&2
  fi
}
