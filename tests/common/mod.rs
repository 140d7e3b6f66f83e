//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod capture;
pub mod http;
pub mod schema_strategy;
pub mod secrets;
pub mod typed;

use std::path::PathBuf;

use serde_json::Value;

/// The fixtures of an API, `tests/fixtures/<api>/`.
pub fn fixture_dir(api: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(api)
}

/// Every fixture file name (without `.json`) of an API, sorted.
pub fn fixture_names(api: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixture_dir(api))
        .expect("fixture folder")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".json"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    names
}

/// A fixture as JSON.
pub fn fixture(api: &str, name: &str) -> Value {
    let path = fixture_dir(api).join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Card data that appears in the fixtures and requests of the tests, and
/// must never appear in any `Debug`, `Display` or error.
pub const SECRETS: &[&str] = &[
    "4444333322221111",
    "5555555555554444",
    "4917610000000000003",
    "s3cret-pass",
    "merchant-user",
    // Cardholder names and CVCs of the seeds' examples.
    "John Appleseed",
    "\"cvc\": \"123\"",
];

/// Whether `text` holds a digit run of 12 to 19 digits passing the Luhn check.
pub fn contains_luhn_pan(text: &str) -> Option<String> {
    let mut run = String::new();
    let check = |run: &str| -> bool {
        if !(12..=19).contains(&run.len()) {
            return false;
        }
        let mut sum = 0;
        for (i, c) in run.chars().rev().enumerate() {
            let mut d = c.to_digit(10).unwrap();
            if i % 2 == 1 {
                d *= 2;
                if d > 9 {
                    d -= 9;
                }
            }
            sum += d;
        }
        sum % 10 == 0
    };
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            if check(&run) {
                return Some(run);
            }
            run.clear();
        }
    }
    None
}
