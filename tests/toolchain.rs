//! The pinned tool versions agree with each other: Trunk and wasm-pack run the wasm-bindgen CLI
//! that scripts/setup.sh installs, and it must equal the wasm-bindgen crate in Cargo.lock.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

fn read(file: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).expect("file exists")
}

/// The value of `KEY=value` in scripts/versions.sh.
fn pinned(key: &str) -> String {
    read("scripts/versions.sh")
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("{key} is pinned in scripts/versions.sh"))
        .trim()
        .to_owned()
}

fn locked(package: &str) -> String {
    let lock = read("Cargo.lock");
    let marker = format!("name = \"{package}\"\nversion = \"");
    let start = lock.find(&marker).expect("package is in Cargo.lock") + marker.len();
    lock[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn wasm_bindgen_cli_matches_the_crate() {
    let cli = pinned("WASM_BINDGEN_VERSION");
    assert_eq!(
        cli,
        locked("wasm-bindgen"),
        "scripts/versions.sh vs Cargo.lock"
    );
    assert!(
        read("Trunk.toml").contains(&format!("wasm_bindgen = \"{cli}\"")),
        "Trunk.toml pins the same wasm-bindgen"
    );
    assert!(read("Cargo.toml").contains(&format!("wasm-bindgen = \"={cli}\"")));
}
