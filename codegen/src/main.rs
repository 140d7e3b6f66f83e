//! `worldpay-codegen`: the generator, from the command line.
//!
//! ```text
//! worldpay-codegen [--root DIR] [--check]
//! worldpay-codegen generate --api FOLDER --out DIR [--check]
//! ```
//!
//! The first form regenerates `DIR/generated/` (default: the current
//! directory) from the descriptions under `DIR/schemas/`, writing only
//! files whose bytes change, and prints each stale named patch.
//!
//! `generate` takes any folder holding a description and its `api.yaml`
//! (Worldpay's download, one this crate does not ship) and writes a module
//! for *your* crate into `DIR/<module>/`: include it with
//! `worldpay::rest_api_module!("DIR/<module>")` in your crate's module
//! `<module>` (at the crate root), and it runs on this crate's runtime.
//!
//! `--check` writes nothing and fails when a file would change (what CI's
//! freshness check does with `git diff`). Exit status: 0 on success, 1
//! when generation fails or `--check` finds a difference, 2 on bad
//! arguments.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: worldpay-codegen [--root DIR] [--check]\n       \
                     worldpay-codegen generate --api FOLDER --out DIR [--check]";

fn main() -> ExitCode {
    let mut root = PathBuf::from(".");
    let mut check = false;
    let mut external: Option<(Option<PathBuf>, Option<PathBuf>)> = None;
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("generate") {
        args.next();
        external = Some((None, None));
    }
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--root" => match args.next() {
                Some(dir) => root = PathBuf::from(dir),
                None => return usage("--root needs a directory"),
            },
            "--api" if external.is_some() => match args.next() {
                Some(dir) => external.as_mut().expect("checked").0 = Some(PathBuf::from(dir)),
                None => return usage("--api needs a folder"),
            },
            "--out" if external.is_some() => match args.next() {
                Some(dir) => external.as_mut().expect("checked").1 = Some(PathBuf::from(dir)),
                None => return usage("--out needs a directory"),
            },
            "--check" => check = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => return usage(&format!("unknown argument `{other}`")),
        }
    }
    let output = match external {
        Some((Some(api), Some(out))) => worldpay_codegen::generate_external(&root, &api, &out),
        Some(_) => return usage("generate needs --api FOLDER and --out DIR"),
        None => worldpay_codegen::generate(&root),
    };
    let output = match output {
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
                println!("wrote {}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("writing: {e}");
            ExitCode::from(1)
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("{problem}\n{USAGE}");
    ExitCode::from(2)
}
