# Pinned tool versions, read by the setup and test scripts.
# WASM_BINDGEN_VERSION must equal the wasm-bindgen crate in Cargo.lock (pinned with "=" in Cargo.toml);
# tests/toolchain.rs checks that the two agree.
WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
