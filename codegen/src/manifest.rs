//! The schema manifest: `generated/MANIFEST` lists the SHA-256 of every file
//! under `schemas/` that `generated/` was made from.
//!
//! This module has no dependencies on purpose: a normal build (without the
//! `codegen` feature) compiles it into `build.rs` to warn when a schema has
//! changed since `generated/` was last regenerated, and that build must not
//! pull in any crate of the generator.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The file, relative to the crate root, that records the schema hashes.
pub const MANIFEST: &str = "generated/MANIFEST";

/// The command a maintainer runs to regenerate `generated/`.
pub const REGENERATE_COMMAND: &str = "cargo build --features codegen";

/// Every schema file under `schemas/` (YAML or JSON), sorted, relative to `root`.
pub fn schema_files(root: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            ) && let Ok(rel) = path.strip_prefix(root)
            {
                out.push(rel.to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(&root.join("schemas"), root, &mut out);
    out.sort();
    out
}

/// Renders the manifest for the current contents of `schemas/`.
pub fn render(root: &Path) -> std::io::Result<String> {
    let mut out = String::from(
        "# SHA-256 of every schema generated/ was made from. Written by the generator; do not edit.\n",
    );
    for rel in schema_files(root) {
        let bytes = std::fs::read(root.join(&rel))?;
        let _ = writeln!(out, "{}  {}", hex(&sha256(&bytes)), unix_path(&rel));
    }
    Ok(out)
}

/// Compares `schemas/` with the manifest; returns one message per difference.
pub fn stale_schemas(root: &Path) -> Vec<String> {
    let recorded = std::fs::read_to_string(root.join(MANIFEST)).unwrap_or_default();
    let recorded: Vec<(&str, &str)> = recorded
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once("  "))
        .collect();
    let mut problems = Vec::new();
    let files = schema_files(root);
    for rel in &files {
        let name = unix_path(rel);
        let Ok(bytes) = std::fs::read(root.join(rel)) else {
            continue;
        };
        let hash = hex(&sha256(&bytes));
        match recorded.iter().find(|(_, p)| *p == name) {
            Some((h, _)) if *h == hash => {}
            Some(_) => problems.push(format!("{name} changed since generated/ was made")),
            None => problems.push(format!("{name} is new since generated/ was made")),
        }
    }
    for (_, p) in &recorded {
        if !files.iter().any(|f| unix_path(f) == *p) {
            problems.push(format!("{p} was removed since generated/ was made"));
        }
    }
    problems
}

/// A path with `/` separators, whatever the platform.
pub fn unix_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// SHA-256 (FIPS 180-4), small and dependency-free; schema files are a few
/// hundred kilobytes at most, so speed does not matter here.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in chunk.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, word) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}
