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
# The browsers' WebDriver capabilities for the test runner (a 30 s page-load cap; see test.sh).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/scripts/webdriver.json"
