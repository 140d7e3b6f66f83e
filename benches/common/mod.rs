//! Shared by the benchmarks: fixtures as the wire carries them.

#![allow(dead_code)] // each bench uses part of it

use std::path::PathBuf;

/// The fixture `tests/fixtures/<dir>/<name>.json`, parsed.
pub fn fixture(dir: &str, name: &str) -> serde_json::Value {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "fixtures",
        dir,
        &format!("{name}.json"),
    ]
    .iter()
    .collect();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The fixture as compact JSON bytes, as a server sends it.
pub fn wire(dir: &str, name: &str) -> Vec<u8> {
    serde_json::to_vec(&fixture(dir, name)).expect("a Value encodes")
}

/// The names (without `.json`) of every fixture of `dir`.
pub fn fixture_names(dir: &str) -> Vec<String> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", dir]
        .iter()
        .collect();
    let mut names: Vec<String> = std::fs::read_dir(&path)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", path.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    names.sort();
    names
}
