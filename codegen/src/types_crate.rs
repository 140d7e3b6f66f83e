//! Each API's generated types as a crate of their own.
//!
//! `generated/<module>/types.rs` needs only the I/O-free part of the
//! runtime (`worldpay-core`), not the network stack. Compiled inside
//! `worldpay`, the types of every API waited for reqwest, hyper and rustls
//! and then compiled one after the other, alone on the critical path of a
//! user's build. As a crate per API (`worldpay-types-<feature>`, this
//! module writes its `Cargo.toml` and `lib.rs` beside `types.rs`), they
//! compile in parallel with each other and with the network stack;
//! `worldpay` depends on each as an optional dependency named as the API's
//! feature (so for a REST API the dependency is the feature) and re-exports
//! it as `worldpay::<module>::types`.
//!
//! The generated code names the runtime as `crate::request`,
//! `crate::hal`, `crate::open_enum!`, ... (the same text compiles inside
//! another crate against `::worldpay`, see `generate_external`): the crate
//! root re-exports `worldpay-core`'s modules and macros under those names,
//! and its own types are at `crate::<module>::types` as well as
//! `crate::types`.

use std::path::{Path, PathBuf};

use crate::api::Api;
use crate::manifest;

/// The package name of `api`'s types crate.
pub fn package(api: &Api) -> String {
    format!("worldpay-types-{}", api.feature)
}

/// The name `worldpay` knows the crate by (`card_payments`): its
/// dependency is named as the API's feature (`card-payments = { package =
/// "worldpay-types-card-payments", … }`), so for a REST API the optional
/// dependency is the feature, one line in `Cargo.toml`. Inside `worldpay`
/// it is always written `::card_payments`, apart from the module of the
/// same name.
pub fn crate_name(api: &Api) -> String {
    api.feature.replace('-', "_")
}

/// The dependency line the root `Cargo.toml` needs for `api`.
fn dependency_line(api: &Api, version: &str) -> String {
    format!(
        "{} = {{ package = \"{}\", path = \"generated/{}\", version = \"{version}\", optional = true }}",
        api.feature,
        package(api),
        api.module
    )
}

/// `Cargo.toml` and `lib.rs` of `api`'s types crate, under `dir`
/// (`generated/<module>`). `version` is `worldpay`'s own.
pub fn files(api: &Api, title: &str, version: &str, dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let source = format!(
        "Source: {} with {}",
        api.schema,
        manifest::unix_path(&crate::api::file_path(api))
    );
    let regenerate = manifest::REGENERATE_COMMAND;
    let cargo = format!(
        "# @generated: do not edit by hand; change the schema or codegen/ and run\n\
         # `{regenerate}`.\n\
         # {source}\n\
         \n\
         [package]\n\
         name = \"{package}\"\n\
         version = \"{version}\"\n\
         edition = \"2024\"\n\
         rust-version = \"1.88\"\n\
         description = \"The generated request and response types of {title}, for the worldpay crate (worldpay::{module}::types)\"\n\
         license = \"MIT OR Apache-2.0\"\n\
         \n\
         [lib]\n\
         path = \"lib.rs\"\n\
         \n\
         [dependencies]\n\
         serde = {{ version = \"1\", features = [\"derive\"] }}\n\
         serde_json = \"1\"\n\
         worldpay-core = {{ path = \"../../core\", version = \"{version}\" }}\n",
        package = package(api),
        module = api.module,
    );
    let lib = format!(
        "// @generated: do not edit by hand; change the schema or codegen/ and run\n\
         // `{regenerate}`.\n\
         // {source}\n\
         \n\
         //! The request and response types of {title}, generated from `{schema}`\n\
         //! (`types.rs`): a crate of their own, on `worldpay-core` only, so that\n\
         //! they compile in parallel with the network stack and with the other\n\
         //! APIs' types. Use them as `worldpay::{module}::types`.\n\
         \n\
         #![allow(missing_docs, unused_imports, clippy::all, rustdoc::bare_urls)]\n\
         \n\
         // The paths the generated code names the runtime by.\n\
         #[doc(hidden)]\n\
         pub use worldpay_core::{{\n    \
             answer, bounded_integer, constraint, deserialize, format, hal, open_enum, pattern, request,\n    \
             sensitive, sensitive_string, success_answer, tagged_union,\n\
         }};\n\
         \n\
         /// Every request and response schema of the description.\n\
         pub mod types {{\n    \
             include!(\"types.rs\");\n\
         }}\n\
         \n\
         /// The path the generated code names its own types by.\n\
         #[doc(hidden)]\n\
         pub mod {module} {{\n    \
             pub use super::types;\n\
         }}\n",
        schema = api.schema,
        module = api.module,
    );
    vec![
        (dir.join("Cargo.toml"), cargo.into_bytes()),
        (dir.join("lib.rs"), lib.into_bytes()),
    ]
}

/// Whether `path` (relative to the root) is compiled by an API's types
/// crate rather than by `worldpay`: `generated/<module>/{types.rs, lib.rs,
/// Cargo.toml}`. The build script regenerates after those crates were
/// compiled, so a change to one needs another build.
pub fn is_types_crate_file(path: &Path) -> bool {
    let mut parts = path.iter().map(|p| p.to_string_lossy());
    parts.next().as_deref() == Some("generated")
        && parts.next().is_some()
        && matches!(
            parts.next().as_deref(),
            Some("types.rs" | "lib.rs" | "Cargo.toml")
        )
        && parts.next().is_none()
}

/// `worldpay`'s version, from the `[package]` table of the root
/// `Cargo.toml`.
pub fn root_version(root: &Path) -> Result<String, String> {
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package
            && let Some(rest) = line.strip_prefix("version")
            && let Some(value) = rest.trim_start().strip_prefix('=')
        {
            return Ok(value.trim().trim_matches('"').to_string());
        }
    }
    Err(format!("{}: no `version` in `[package]`", path.display()))
}

/// What the root `Cargo.toml` must say for `api`'s types crate, if it
/// does not say it yet: the dependency, named as the feature. (A feature
/// of the same name written out, for an API that needs more, must enable
/// it as `dep:<feature>`; cargo itself refuses one that does not.)
pub fn missing_declarations(root_manifest: &str, api: &Api, version: &str) -> Vec<String> {
    let declared = format!(
        "{} = {{ package = \"{}\", path = \"generated/{}\"",
        api.feature,
        package(api),
        api.module
    );
    if root_manifest.contains(&declared) {
        Vec::new()
    } else {
        vec![format!(
            "`{}` under [dependencies]",
            dependency_line(api, version)
        )]
    }
}
