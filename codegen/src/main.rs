//! `worldpay-codegen`: the generator, from the command line.
//!
//! ```text
//! worldpay-codegen [--root DIR] [--check]
//! ```
//!
//! Regenerates `DIR/generated/` (default: the current directory) from the
//! descriptions under `DIR/schemas/`, writing only files whose bytes
//! change, and prints each stale named patch. `--check` writes nothing and
//! fails when a file would change (what CI's freshness check does with
//! `git diff`). Exit status: 0 on success, 1 when generation fails or
//! `--check` finds a difference, 2 on bad arguments.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut root = PathBuf::from(".");
    let mut check = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--root" => match args.next() {
                Some(dir) => root = PathBuf::from(dir),
                None => return usage("--root needs a directory"),
            },
            "--check" => check = true,
            "-h" | "--help" => {
                println!("worldpay-codegen [--root DIR] [--check]");
                return ExitCode::SUCCESS;
            }
            other => return usage(&format!("unknown argument `{other}`")),
        }
    }
    let output = match worldpay_codegen::generate(&root) {
        Ok(output) => output,
        Err(e) => {
            eprintln!("code generation failed: {e}");
            return ExitCode::from(1);
        }
    };
    for w in &output.warnings {
        eprintln!("warning: {w}");
    }
    if check {
        let stale = worldpay_codegen::stale_files(&root, &output);
        for p in &stale {
            eprintln!("stale: {}", p.display());
        }
        return if stale.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    match worldpay_codegen::write_changed(&root, &output) {
        Ok(written) => {
            for p in written {
                println!("regenerated {}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("writing generated/: {e}");
            ExitCode::from(1)
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("{problem}\nusage: worldpay-codegen [--root DIR] [--check]");
    ExitCode::from(2)
}
