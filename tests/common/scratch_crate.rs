//! A scratch crate that depends on this one, as a user's crate does: for
//! the tests that generate a module with `worldpay-codegen` and build it
//! elsewhere (`external_module.rs`, `conformance.rs`). It builds offline
//! from the registry cache this crate's own build filled, with the same
//! locked versions, in `target/external-module` (kept between runs, its
//! build of this crate shared by every scratch crate).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// This crate's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where every scratch crate lives, and their shared target directory.
pub fn scratch() -> PathBuf {
    root().join("target").join("external-module")
}

/// The version of `name` this crate's lock has.
pub fn locked(name: &str) -> String {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).unwrap();
    let at = lock
        .find(&format!("\nname = \"{name}\"\n"))
        .unwrap_or_else(|| panic!("{name} is not in Cargo.lock"));
    lock[at..]
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .unwrap()
        .trim_end_matches('"')
        .to_string()
}

/// Writes `text` at `path`, making its folders.
pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Makes `crate_dir` a crate named `name` depending on this one and on
/// what generated code names (at this crate's versions), with this
/// crate's lock so that the build stays offline.
pub fn manifest(crate_dir: &Path, name: &str) {
    write(
        &crate_dir.join("Cargo.toml"),
        &format!(
            r#"[package]
name = "{name}"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
worldpay = {{ path = {path:?}, default-features = false }}
progenitor-client = "={progenitor}"
serde = {{ version = "{serde}", features = ["derive"] }}
serde_json = "{serde_json}"
tokio = {{ version = "1", features = ["macros", "rt", "net", "io-util"] }}
"#,
            path = root().display().to_string(),
            progenitor = locked("progenitor-client"),
            serde = locked("serde"),
            serde_json = locked("serde_json"),
        ),
    );
    std::fs::copy(root().join("Cargo.lock"), crate_dir.join("Cargo.lock")).unwrap();
}

/// `cargo run` in `crate_dir`, offline, warnings denied.
pub fn run(crate_dir: &Path) -> Output {
    Command::new(env!("CARGO"))
        .args(["run", "--offline", "--quiet"])
        .current_dir(crate_dir)
        .env("CARGO_TARGET_DIR", scratch().join("target"))
        .env("RUSTFLAGS", "-D warnings")
        .env_remove("RUSTC_WRAPPER")
        .output()
        .expect("cargo runs")
}
