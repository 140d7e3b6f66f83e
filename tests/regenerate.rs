//! `generated/` is exactly what the generator produces from `schemas/`:
//! the generator runs here, in-process, and every file must match byte for
//! byte; a second run must give identical bytes. Also checks what the
//! generated headers claim (generator versions) against `Cargo.lock`, and
//! that users' builds compile none of the generators.

use worldpay_codegen as codegen;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn generated_tree_is_what_the_generator_produces() {
    let output = codegen::generate(&root()).expect("generation succeeds");
    assert!(
        output.warnings.is_empty(),
        "stale patches: {:?}",
        output.warnings
    );
    let mut stale = Vec::new();
    for (rel, bytes) in &output.files {
        let on_disk = std::fs::read(root().join(rel)).unwrap_or_default();
        if &on_disk != bytes {
            stale.push(rel.display().to_string());
        }
    }
    // Nothing in generated/ that the generator does not write.
    let mut extra = Vec::new();
    visit(&root().join("generated"), &mut |p| {
        let rel = p.strip_prefix(root()).unwrap().to_path_buf();
        if !output.files.contains_key(&rel) {
            extra.push(rel.display().to_string());
        }
    });
    assert!(
        stale.is_empty() && extra.is_empty(),
        "generated/ is stale: differing {stale:?}, not generated {extra:?}; run `cargo build --features codegen`"
    );
}

#[test]
fn generation_is_deterministic() {
    let a = codegen::generate(&root()).unwrap();
    let b = codegen::generate(&root()).unwrap();
    assert_eq!(a.files, b.files);
}

#[test]
fn every_generated_file_names_its_source_and_generators() {
    let output = codegen::generate(&root()).unwrap();
    for (rel, bytes) in &output.files {
        let text = String::from_utf8(bytes.clone()).unwrap();
        let name = rel.display().to_string();
        if name == "generated/apis.rs" || name == "generated/modules.rs" {
            // The registry of APIs: written from every API folder's file.
            assert!(text.starts_with("// @generated"), "{name}");
            assert!(text.contains("// Source: schemas/") && text.contains("/api.yaml"));
        } else if codegen::types_crate::is_types_crate_file(rel) && !name.ends_with("types.rs") {
            // An API's types crate (Cargo.toml, lib.rs): written from its
            // api.yaml (name, feature, module), not from the description.
            let comment = if name.ends_with(".toml") { "#" } else { "//" };
            assert!(text.starts_with(&format!("{comment} @generated")), "{name}");
            assert!(
                text.contains(&format!("{comment} Source: schemas/")),
                "{name}"
            );
            assert!(text.contains("/api.yaml\n"), "{name}");
        } else if name.ends_with(".rs") {
            assert!(text.starts_with("// @generated"), "{name}");
            assert!(text.contains("// Source: schemas/"), "{name}");
            assert!(text.contains("/api.yaml (sha256 "), "{name}");
            assert!(
                text.contains("typify 0.8.0") && text.contains("progenitor-impl 0.15.1"),
                "{name}"
            );
        } else if name.ends_with(".json") {
            assert!(text.contains("\"x-generated\""), "{name}");
        } else {
            assert!(text.starts_with("# SHA-256"), "{name}");
        }
    }
}

#[test]
fn header_versions_match_the_lock_file() {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).unwrap();
    for (name, version) in codegen::GENERATORS {
        let entry = format!("name = \"{name}\"\nversion = \"{version}\"");
        assert!(lock.contains(&entry), "Cargo.lock has no {name} {version}");
    }
}

#[test]
fn the_manifest_matches_the_schemas() {
    assert_eq!(
        codegen::manifest::stale_schemas(&root()),
        Vec::<String>::new()
    );
}

#[test]
fn sha256_matches_known_vectors() {
    use codegen::manifest::{hex, sha256};
    assert_eq!(
        hex(&sha256(b"")),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        hex(&sha256(b"abc")),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    let long = vec![b'a'; 1000];
    assert_eq!(
        hex(&sha256(&long)),
        "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
    );
}

#[test]
fn the_fixups_repair_a_lookahead_pattern_equivalently() {
    let rewritten = codegen::fixup::rewrite_not_blank(r"^(?!\s*$)[A-Za-z0-9 ]*$").unwrap();
    let old = worldpay::pattern::Pattern::new(r"^(?!\s*$)[A-Za-z0-9 ]*$").unwrap();
    let new = worldpay::pattern::Pattern::new(&rewritten).unwrap();
    for s in [
        "", " ", "   ", "a", " a ", "abc def", "a-b", "  x", "x  ", "é",
    ] {
        assert_eq!(old.is_match(s), new.is_match(s), "{s:?}");
    }
    assert_eq!(codegen::fixup::rewrite_not_blank(r"^(?=x)[a]*$"), None);
}

#[test]
fn misspelt_media_types_are_repaired() {
    assert!(codegen::fixup::is_json(
        "application/vnd.worldpay.payments-v7+json"
    ));
    assert!(!codegen::fixup::is_json("text/html"));
}

/// Users' builds compile none of the generators: a crate depending on
/// `worldpay` has none of them in its dependency tree. (syn 3 itself is
/// there, through serde_derive and thiserror, which moved to it in 2026;
/// what must not be there is any generator that uses it.)
#[test]
fn a_dependent_crate_compiles_no_generator() {
    let dir = std::env::temp_dir().join(format!("worldpay-dependent-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"dependent\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\nworldpay = {{ path = {:?}, features = [\"validate\"] }}\n\n[workspace]\n",
            root().display().to_string()
        ),
    )
    .unwrap();
    std::fs::write(dir.join("src/main.rs"), "fn main() {}\n").unwrap();
    // Reuse this crate's lock file so that no registry is needed.
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let tree = |extra: &[&str]| {
        let out = std::process::Command::new(&cargo)
            .args([
                "tree",
                "--offline",
                "--prefix",
                "none",
                "--edges",
                "normal,build",
            ])
            .args(extra)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let all = tree(&[]);
    let syn_users = tree(&["--invert", "syn@3", "--depth", "1"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(all.contains("worldpay v"), "{all}");
    for generator in [
        "typify",
        "progenitor-impl",
        "progenitor-macro",
        "openapiv3",
        "schemars",
        "prettyplease",
        "serde_yaml",
    ] {
        assert!(
            !all.lines()
                .chain(syn_users.lines())
                .any(|l| l.starts_with(generator)),
            "{generator} is in a user's build:\n{all}"
        );
    }
}

fn visit(dir: &Path, f: &mut dyn FnMut(&Path)) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            visit(&p, f);
        } else {
            f(&p);
        }
    }
}

/// A normal build warns, naming the regeneration command, when a schema no
/// longer matches the manifest (build.rs prints each of these).
#[test]
fn a_changed_schema_is_reported_as_stale() {
    let dir = std::env::temp_dir().join(format!("worldpay-stale-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("schemas/x")).unwrap();
    std::fs::create_dir_all(dir.join("generated")).unwrap();
    std::fs::write(dir.join("schemas/x/openapi.yaml"), "openapi: 3.0.3\n").unwrap();
    std::fs::write(
        dir.join(codegen::manifest::MANIFEST),
        codegen::manifest::render(&dir).unwrap(),
    )
    .unwrap();
    assert!(codegen::manifest::stale_schemas(&dir).is_empty());
    std::fs::write(dir.join("schemas/x/openapi.yaml"), "openapi: 3.0.4\n").unwrap();
    std::fs::write(dir.join("schemas/x/new.json"), "{}").unwrap();
    let problems = codegen::manifest::stale_schemas(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        problems,
        vec![
            "schemas/x/new.json is new since generated/ was made".to_string(),
            "schemas/x/openapi.yaml changed since generated/ was made".to_string(),
        ]
    );
}

/// A fresh scratch tree `name` under the test directory holding one API
/// folder, `schemas/widgets/` (the small description of
/// `tests/external/widgets`).
fn widgets_tree(name: &str) -> PathBuf {
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&scratch);
    let folder = scratch.join("schemas/widgets");
    std::fs::create_dir_all(&folder).unwrap();
    for file in ["api.yaml", "openapi.yaml"] {
        std::fs::copy(
            root().join("tests/external/widgets").join(file),
            folder.join(file),
        )
        .unwrap();
    }
    scratch
}

/// Adding a REST API needs no Rust: without a hand-written `src/<module>`
/// its module is generated whole (the `rest_api!` of its folder, types
/// crate and error-body variant); with one, it is declared from that file.
#[test]
fn an_api_without_hand_written_code_is_a_generated_module() {
    let scratch = widgets_tree("generated-module");
    let modules = |scratch: &Path| {
        let output = codegen::generate(scratch).expect("the description generates");
        let text =
            String::from_utf8(output.files[Path::new("generated/modules.rs")].clone()).unwrap();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let whole = modules(&scratch);
    assert!(
        whole.contains("#[cfg(feature = \"widgets\")]")
            && whole.contains("pub mod widgets {")
            && whole
                .contains("crate::transport::rest_api!( \"generated/widgets\", widgets, Widgets,"),
        "{whole}"
    );

    std::fs::create_dir_all(scratch.join("src/widgets")).unwrap();
    std::fs::write(scratch.join("src/widgets/mod.rs"), "//! Widgets.\n").unwrap();
    let declared = modules(&scratch);
    assert!(
        declared.contains("#[path = \"../src/widgets/mod.rs\"] pub mod widgets;"),
        "{declared}"
    );
    std::fs::remove_dir_all(&scratch).unwrap();
}

/// The root `Cargo.toml` needs one line for a new API, its types crate as
/// an optional dependency named as the feature (so the dependency is the
/// feature); until it is there the generator says which line.
#[test]
fn a_new_api_is_one_dependency_line_and_the_generator_names_it() {
    let scratch = widgets_tree("dependency-line");
    let line = "widgets = { package = \"worldpay-types-widgets\", path = \"generated/widgets\", \
                version = \"3.1.4\", optional = true }";
    let manifest = "[package]\nname = \"worldpay\"\nversion = \"3.1.4\"\n\n[dependencies]\n";
    std::fs::write(scratch.join("Cargo.toml"), manifest).unwrap();
    let warnings = codegen::generate(&scratch).unwrap().warnings;
    assert_eq!(
        warnings,
        vec![format!(
            "schemas/widgets/openapi.yaml: its types are the crate `generated/widgets`: \
             Cargo.toml needs \
             `{line}` under [dependencies]"
        )],
    );

    std::fs::write(scratch.join("Cargo.toml"), format!("{manifest}{line}\n")).unwrap();
    let output = codegen::generate(&scratch).unwrap();
    assert_eq!(output.warnings, Vec::<String>::new());
    let types_manifest =
        String::from_utf8(output.files[Path::new("generated/widgets/Cargo.toml")].clone()).unwrap();
    assert!(
        types_manifest.contains("name = \"worldpay-types-widgets\"\nversion = \"3.1.4\""),
        "{types_manifest}"
    );
    std::fs::remove_dir_all(&scratch).unwrap();
}

/// An optional parameter named as card data (`cvc`) never prints: the
/// generated options struct's `Debug` shows `<redacted>` for it, and the
/// other options as they are. (Payment Queries with its `last4Digits`
/// query parameter renamed.)
#[test]
fn an_option_named_as_card_data_is_redacted_in_debug() {
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sensitive-option");
    let _ = std::fs::remove_dir_all(&scratch);
    let folder = scratch.join("schemas/payment-queries");
    std::fs::create_dir_all(&folder).unwrap();
    for entry in std::fs::read_dir(root().join("schemas/payment-queries")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            folder.join(path.file_name().unwrap()),
            text.replace("- name: last4Digits", "- name: cvc"),
        )
        .unwrap();
    }
    let output = codegen::generate(&scratch).expect("the description generates");
    let methods =
        String::from_utf8(output.files[Path::new("generated/payment_queries/methods.rs")].clone())
            .unwrap();
    let methods = methods.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        methods.contains(r#".field("cvc", &self.cvc.as_ref().map(|_| "<redacted>"))"#),
        "{methods}"
    );
    assert!(methods.contains(r#".field("currency", &self.currency)"#));
    assert!(
        !methods.contains("derive(Clone, Debug, Default"),
        "{methods}"
    );
    std::fs::remove_dir_all(&scratch).unwrap();
}
