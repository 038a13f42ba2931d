//! The scoring core must build and test natively, with no web crate anywhere in
//! its dependency tree. This test reads the resolved tree from Cargo itself.

use std::process::Command;

/// Crates that would tie the core to a browser.
const WEB_CRATES: [&str; 7] = [
    "yew",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "gloo",
    "serde-wasm-bindgen",
    "wasm-bindgen-futures",
];

#[test]
fn the_core_depends_on_no_web_crate() {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--package",
            "weekboard-core",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8_lossy(&output.stdout);
    let names: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert!(
        names.contains(&"weekboard-core"),
        "unexpected tree:\n{tree}"
    );
    let forbidden: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| WEB_CRATES.contains(n) || n.starts_with("gloo-"))
        .collect();
    assert!(
        forbidden.is_empty(),
        "weekboard-core must not depend on {forbidden:?}:\n{tree}"
    );
}
