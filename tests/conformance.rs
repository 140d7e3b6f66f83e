//! The generator's conformance corpus: `tests/conformance/<case>/` holds a
//! small synthetic description (`openapi.yaml` + `api.yaml`, not
//! Worldpay's text) exercising one construct found in real Access
//! Worldpay descriptions, the fix-up lines its generated header must list
//! (`fixups.txt`, one substring a line), and a round trip (`check.rs`: an
//! instance decoded through the generated type and re-encoded equal).
//!
//! Every case is generated with `worldpay_codegen::generate_external` into
//! ONE scratch crate (each case its own module), compiled once with
//! warnings denied and run: one build for the whole corpus. Like
//! `tests/external_module.rs`, the scratch crate builds offline from the
//! registry cache, in `target/external-module` (its build of this crate is
//! shared with that test's).

#[path = "common/scratch_crate.rs"]
mod scratch_crate;

use std::path::{Path, PathBuf};

use scratch_crate::{manifest, root, run, scratch, write};

fn cases() -> Vec<String> {
    let mut cases: Vec<String> = std::fs::read_dir(root().join("tests/conformance"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("api.yaml").is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    cases.sort();
    cases
}

/// The round-trip helpers every case's `check.rs` uses.
const HELPERS: &str = r#"
/// Decodes `json` as `T`, re-encodes it, and demands the same JSON.
pub fn round_trip<T>(json: &str) -> T
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let value: T = serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    let again = serde_json::to_value(&value).unwrap();
    let want: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(again, want, "{json} did not round-trip");
    value
}

/// A loopback server answering each connection with the next canned
/// answer; joins to the request lines it saw.
pub fn server(answers: Vec<String>) -> (String, std::thread::JoinHandle<Vec<String>>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for answer in answers {
            let (mut sock, _) = listener.accept().unwrap();
            let mut buf = [0u8; 65536];
            let n = sock.read(&mut buf).unwrap();
            let text = String::from_utf8_lossy(&buf[..n]).to_string();
            seen.push(text.lines().next().unwrap_or_default().to_string());
            sock.write_all(answer.as_bytes()).unwrap();
        }
        seen
    });
    (url, handle)
}

/// An HTTP answer with a JSON body (none when `body` is empty).
pub fn answer(status: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// Demands that `json` does not decode as `T`.
pub fn refused<T: serde::de::DeserializeOwned>(json: &str) {
    assert!(serde_json::from_str::<T>(json).is_err(), "{json} was accepted");
}
"#;

#[test]
fn every_conformance_case_generates_compiles_without_warnings_and_round_trips() {
    let scratch = scratch();
    let crate_dir = scratch.join("conformance-corpus");
    let _ = std::fs::remove_dir_all(crate_dir.join("generated"));
    let _ = std::fs::remove_dir_all(crate_dir.join("src"));
    let cases = cases();
    assert!(!cases.is_empty());
    let mut main = String::from(
        "//! The conformance corpus, one module per case.\n#![deny(warnings)]\n\nmod helpers {\n",
    );
    main.push_str(HELPERS);
    main.push_str("}\n\n");
    let mut calls = String::new();
    for case in &cases {
        let dir = PathBuf::from("tests/conformance").join(case);
        let output =
            worldpay_codegen::generate_external(&root(), &dir, &crate_dir.join("generated"))
                .unwrap_or_else(|e| panic!("case {case} does not generate: {e}"));
        assert!(output.warnings.is_empty(), "{case}: {:?}", output.warnings);
        let mut module = None;
        for (path, bytes) in &output.files {
            write(path, std::str::from_utf8(bytes).unwrap_or_default());
            if path.file_name().and_then(|f| f.to_str()) == Some("types.rs") {
                module = path
                    .parent()
                    .and_then(|p| p.file_name())
                    .and_then(|f| f.to_str())
                    .map(str::to_string);
                let text = String::from_utf8_lossy(bytes);
                let expected = std::fs::read_to_string(root().join(&dir).join("fixups.txt"))
                    .unwrap_or_default();
                for line in expected.lines().filter(|l| !l.trim().is_empty()) {
                    // The header wraps lines: compare without the breaks.
                    let header: String = text
                        .lines()
                        .take_while(|l| l.starts_with("//"))
                        .map(|l| l.trim_start_matches("// - ").trim_start_matches("//  "))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let header = header.split_whitespace().collect::<Vec<_>>().join(" ");
                    assert!(
                        header.contains(line.trim()),
                        "{case}: the header does not list `{line}`:\n{header}"
                    );
                }
            }
        }
        let module = module.unwrap_or_else(|| panic!("{case}: no types.rs"));
        let check = std::fs::read_to_string(root().join(&dir).join("check.rs"))
            .unwrap_or_else(|e| panic!("{case}: check.rs: {e}"));
        write(&crate_dir.join(format!("src/{module}/check.rs")), &check);
        main.push_str(&format!(
            "/// Case `{case}`.\npub mod {module} {{\n    \
             worldpay::rest_api_module!(\"generated/{module}\");\n    \
             pub mod check;\n}}\n\n"
        ));
        calls.push_str(&format!(
            "    {module}::check::run();\n    println!(\"conformance {case}: ok\");\n"
        ));
    }
    main.push_str(&format!("fn main() {{\n{calls}}}\n"));
    write(&crate_dir.join("src/main.rs"), &main);
    manifest(&crate_dir, "conformance-corpus");
    let status = run(&crate_dir);
    let stdout = String::from_utf8_lossy(&status.stdout);
    assert!(
        status.status.success(),
        "the conformance corpus does not build and run:\n{stdout}\n{}",
        String::from_utf8_lossy(&status.stderr)
    );
    for case in &cases {
        assert!(
            stdout.contains(&format!("conformance {case}: ok")),
            "{case} did not run:\n{stdout}"
        );
    }
}

/// A description the generator cannot take fails in one line that names
/// the API, the schema and what a maintainer can do: no backtrace, no
/// panic escaping the generator.
#[test]
fn a_construct_the_generators_cannot_take_fails_in_one_line_naming_its_cause() {
    let e = match worldpay_codegen::generate_external(
        &root(),
        Path::new("tests/generation-failures/missing-schema"),
        &root().join("target/generation-failures"),
    ) {
        Ok(_) => panic!("the description generated"),
        Err(e) => e,
    };
    assert!(!e.contains('\n'), "{e}");
    for part in [
        "tests/generation-failures/missing-schema/openapi.yaml",
        "schema `#/components/schemas/thing`",
        "#/components/schemas/part is missing",
        "named patch",
        "issue",
    ] {
        assert!(e.contains(part), "`{part}` not in: {e}");
    }
}
