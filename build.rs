//! Build script.
//!
//! Normal builds (users' builds included) compile only the dependency-free
//! `codegen/src/manifest.rs`: it hashes `schemas/` and warns when a schema no
//! longer matches `generated/MANIFEST`, naming the regeneration command. The
//! checked-in `generated/` tree is what the crate compiles.
//!
//! With the `codegen` feature (maintainers), the generator crate in
//! `codegen/` (`worldpay-codegen`) regenerates `generated/` from
//! `schemas/`, writing only files whose bytes changed. It never writes on
//! docs.rs.

#[cfg(feature = "codegen")]
use worldpay_codegen as codegen;

#[cfg(not(feature = "codegen"))]
#[path = "codegen/src/manifest.rs"]
mod manifest;

#[cfg(feature = "codegen")]
use codegen::manifest;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-changed=schemas");
    println!("cargo:rerun-if-changed={}", manifest::MANIFEST);
    println!("cargo:rerun-if-changed=build.rs");

    #[cfg(feature = "codegen")]
    {
        println!("cargo:rerun-if-changed=codegen");
        if std::env::var_os("DOCS_RS").is_none() {
            match codegen::generate(&root) {
                Ok(output) => {
                    for w in &output.warnings {
                        println!("cargo:warning={w}");
                    }
                    match codegen::write_changed(&root, &output) {
                        Ok(written) => {
                            for p in &written {
                                println!("cargo:warning=regenerated {}", manifest::unix_path(p));
                            }
                            // The API types crates (generated/<module>/) were
                            // compiled before this script ran: what they
                            // compiled is the old text.
                            let stale: Vec<String> = written
                                .iter()
                                .filter(|p| codegen::types_crate::is_types_crate_file(p))
                                .map(|p| manifest::unix_path(p))
                                .collect();
                            if !stale.is_empty() {
                                eprintln!(
                                    "regenerated {}, which this build had already compiled: \
                                     run the build again",
                                    stale.join(", ")
                                );
                                std::process::exit(1);
                            }
                        }
                        Err(e) => panic!("writing generated/: {e}"),
                    }
                }
                // One line naming the API and the schema or operation, not
                // a backtrace (see codegen/src/diagnose.rs).
                Err(e) => {
                    println!("cargo:warning=code generation failed: {e}");
                    eprintln!("code generation failed: {e}");
                    std::process::exit(1);
                }
            }
        }
    }

    for problem in manifest::stale_schemas(&root) {
        println!(
            "cargo:warning={problem}: regenerate with `{}`",
            manifest::REGENERATE_COMMAND
        );
    }
}
