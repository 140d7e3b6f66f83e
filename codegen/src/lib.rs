//! The generator: `schemas/` in, `generated/` out.
//!
//! `build.rs` runs it under the `codegen` feature, `tests/regenerate.rs`
//! runs it in-process to prove `generated/` is exactly what it produces,
//! and the `worldpay-codegen` command runs it by hand.
//! Steps, for each API:
//! 1. read the description (YAML or JSON) into a JSON value;
//! 2. apply the API's named patches (`patches.rs`), noting stale ones;
//! 3. run the general transforms (`fixup/`), giving a validation document,
//!    a generation document and a plan of emitted types;
//! 4. generate types and client with progenitor (which drives typify),
//!    binding the planned names to emitted types with `with_replacement`;
//! 5. split, pretty-print (prettyplease) and stamp each file with a header.
//!
//! Output is deterministic: maps are sorted, nothing depends on time or
//! on the machine, so unchanged schemas give identical bytes.

#![allow(dead_code)]

pub mod api;
pub mod asyncapi;
pub mod builders;
pub mod bundle;
pub mod channel_methods;
pub mod compact;
pub mod diagnose;
pub mod emit;
pub mod error_text;
pub mod fixup;
pub mod json;
pub mod links_fields;
pub mod manifest;
pub mod methods;
pub mod newtypes;
pub mod patches;
pub mod pattern_checks;
pub mod types_crate;
pub mod webhooks;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Versions of the generators, written into every generated file's header.
/// `tests/regenerate.rs` checks them against `Cargo.lock`.
pub const GENERATORS: &[(&str, &str)] = &[
    ("typify", "0.8.0"),
    ("progenitor-impl", "0.15.1"),
    ("prettyplease", "0.3.0"),
];

pub use api::Api;

/// What a run produces.
pub struct Output {
    /// File contents by path relative to the crate root.
    pub files: BTreeMap<PathBuf, Vec<u8>>,
    /// Things a maintainer must hear at build time (stale patches).
    pub warnings: Vec<String>,
}

/// Generates every file of `generated/` from the schemas under `root`.
pub fn generate(root: &Path) -> Result<Output, String> {
    let mut files = BTreeMap::new();
    let mut warnings = Vec::new();
    let apis = api::load_all(root)?;
    // A root without a manifest (a scratch tree of schemas) gets the
    // generator's own version, which is worldpay's, and no checks of it.
    let root_manifest = std::fs::read_to_string(root.join("Cargo.toml")).ok();
    let version = match root_manifest {
        Some(_) => types_crate::root_version(root)?,
        None => env!("CARGO_PKG_VERSION").to_string(),
    };
    let mut built = Vec::new();
    for api in &apis {
        let kind = generate_api(root, api, &mut files, &mut warnings)?;
        let dir = PathBuf::from("generated").join(&api.module);
        files.extend(types_crate::files(api, &api.title, &version, &dir));
        let missing = root_manifest
            .as_deref()
            .map(|m| types_crate::missing_declarations(m, api, &version))
            .unwrap_or_default();
        for missing in missing {
            warnings.push(format!(
                "{}: its types are the crate `generated/{}`: Cargo.toml needs {missing}",
                api.schema, api.module
            ));
        }
        built.push((api, kind));
    }
    let registry: syn::File = syn::parse2(emit::registry_file(&built))
        .map_err(|e| format!("the registry of APIs: {e}"))?;
    let sources = apis
        .iter()
        .map(|a| manifest::unix_path(&api::file_path(a)))
        .collect::<Vec<_>>()
        .join(", ");
    files.insert(
        PathBuf::from("generated/apis.rs"),
        format!(
            "// @generated: do not edit by hand; change schemas/*/api.yaml or codegen/ and run\n\
             // `{}`.\n// Source: {sources}\n\n{}",
            manifest::REGENERATE_COMMAND,
            prettyplease::unparse(&registry)
        )
        .into_bytes(),
    );
    let modules: syn::File = syn::parse2(emit::modules_file(root, &built, &mut warnings))
        .map_err(|e| format!("the API modules: {e}"))?;
    files.insert(
        PathBuf::from("generated/modules.rs"),
        format!(
            "// @generated: do not edit by hand; change schemas/*/api.yaml or codegen/ and run\n\
             // `{}`.\n// Source: {sources}, and which of `src/<module>` exist\n\n{}",
            manifest::REGENERATE_COMMAND,
            prettyplease::unparse(&modules)
        )
        .into_bytes(),
    );
    let manifest = manifest::render(root).map_err(|e| format!("hashing schemas: {e}"))?;
    files.insert(PathBuf::from(manifest::MANIFEST), manifest.into_bytes());
    Ok(Output { files, warnings })
}

/// Generates one REST API for another crate: the description and
/// `api.yaml` in `dir` (relative to `root`), written as
/// `<out>/<module>/{types,links,operations,methods}.rs` (plus the repaired
/// description and the validation document), to be included with
/// `worldpay::rest_api_module!("<out>/<module>")` in the crate's module
/// `<module>`, at the crate's root. The generated code reaches the runtime
/// as `::worldpay::…` and its own types as `crate::<module>::…`.
pub fn generate_external(root: &Path, dir: &Path, out: &Path) -> Result<Output, String> {
    let api = api::load_dir(root, dir)?;
    let mut files = BTreeMap::new();
    let mut warnings = Vec::new();
    if generate_api(root, &api, &mut files, &mut warnings)? != emit::Kind::Rest {
        return Err(format!(
            "{}: only REST (OpenAPI) descriptions can be generated for another crate",
            api.schema
        ));
    }
    let own = format!("crate::{}::", api.module);
    let mut written = BTreeMap::new();
    for (path, bytes) in files {
        let rel = path
            .strip_prefix("generated")
            .unwrap_or(&path)
            .to_path_buf();
        let bytes = if rel.extension().and_then(|e| e.to_str()) == Some("rs") {
            let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
            // The API's own paths stay; every other path of this crate is
            // the runtime, `::worldpay`.
            text.replace(&own, "\u{0}")
                .replace("crate::", "::worldpay::")
                .replace('\u{0}', &own)
                .into_bytes()
        } else {
            bytes
        };
        written.insert(out.join(rel), bytes);
    }
    Ok(Output {
        files: written,
        warnings,
    })
}

/// The files of `output` whose bytes differ from what is on disk under
/// `root` (or that are missing there).
pub fn stale_files(root: &Path, output: &Output) -> Vec<PathBuf> {
    output
        .files
        .iter()
        .filter(|(rel, bytes)| {
            std::fs::read(root.join(rel)).ok().as_deref() != Some(bytes.as_slice())
        })
        .map(|(rel, _)| rel.clone())
        .collect()
}

/// Writes the files whose bytes differ; returns the paths written.
pub fn write_changed(root: &Path, output: &Output) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (rel, bytes) in &output.files {
        let path = root.join(rel);
        if std::fs::read(&path).ok().as_deref() == Some(bytes.as_slice()) {
            continue;
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, bytes)?;
        written.push(rel.clone());
    }
    Ok(written)
}

/// An API's extra sensitive properties, as the fix-up stage takes them.
fn sensitive(api: &Api) -> Vec<(&str, &str, &str)> {
    api.sensitive
        .iter()
        .map(|(s, p, k)| (s.as_str(), p.as_str(), k.as_str()))
        .collect()
}

/// Reads a YAML or JSON description.
pub fn load(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if path.extension().and_then(|e| e.to_str()) == Some("json") {
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    } else {
        serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }
}

fn generate_api(
    root: &Path,
    api: &Api,
    files: &mut BTreeMap<PathBuf, Vec<u8>>,
    warnings: &mut Vec<String>,
) -> Result<emit::Kind, String> {
    let path = root.join(&api.schema);
    let mut raw = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut doc = load(&path)?;
    let bundled = bundle::bundle(&mut doc, &path)?;
    // The hash in headers covers every file the document was made from,
    // the API's own file included.
    let api_file = root.join(api::file_path(api));
    for file in bundled.iter().chain(std::iter::once(&api_file)) {
        raw.extend(std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?);
    }

    let mut log = Vec::new();
    if !bundled.is_empty() {
        log.push(format!(
            "bundled external schema files: {}",
            bundled
                .iter()
                .map(|f| manifest::unix_path(f.strip_prefix(root).unwrap_or(f)))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    for patch in &api.patches {
        match (patch.apply)(&mut doc) {
            Ok(true) => log.push(format!("patch `{}`: {}", patch.name, patch.description)),
            Ok(false) => warnings.push(format!(
                "patch `{}` no longer applies to {}: Worldpay appears to have fixed it; \
                 remove it from {} and codegen/src/patches.rs",
                patch.name,
                api.schema,
                api::file_path(api).display()
            )),
            Err(e) => return Err(format!("patch `{}` on {}: {e}", patch.name, api.schema)),
        }
    }
    if doc.get("asyncapi").is_some() {
        generate_asyncapi(api, doc, &raw, log, files)?;
        return Ok(emit::Kind::Channels);
    }
    if !api.methods.is_empty() {
        return Err(format!(
            "{}: `methods` names the methods of a message (AsyncAPI) description; \
             a REST API's methods are named by its operation ids and `relations`",
            api_file.display()
        ));
    }
    // The fix-up stage removes `webhooks`; the webhook table reads them.
    let described = api.webhooks.as_ref().map(|_| doc.clone());
    let prepared = diagnose::catch(|| fixup::prepare(doc, &sensitive(api)))
        .map_err(|e| diagnose::failure(&api.schema, "the fix-up stage", None, &e))?
        .map_err(|e| format!("{}: {e}", api.schema))?;
    log.extend(prepared.log.iter().cloned());

    let title = prepared
        .validation
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or(&api.title)
        .to_string();
    let header = header(api, &raw, &log);

    // progenitor (and typify through it).
    let spec: openapiv3::OpenAPI =
        serde_json::from_value(prepared.generation.clone()).map_err(|e| {
            format!(
                "{}: not an OpenAPI 3.0 document after fix-ups: {e}",
                api.schema
            )
        })?;
    let mut settings = progenitor_impl::GenerationSettings::new();
    settings
        .with_interface(progenitor_impl::InterfaceStyle::Builder)
        .with_tag(progenitor_impl::TagStyle::Merged)
        .with_inner_type(quote::quote! { crate::transport::Context })
        .with_hooks(progenitor_impl::HooksMode::Expected)
        .with_derive("PartialEq");
    for (name, path) in emit::replacements(&prepared.plan, &api.module) {
        settings.with_replacement(name, path, std::iter::empty());
    }
    let mut generator = progenitor_impl::Generator::new(&settings);
    // A panic or a refusal of progenitor's names the operation or schema
    // that causes it (see `diagnose`).
    let tokens = match diagnose::catch(|| generator.generate_tokens(&spec)) {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => Err(panic),
    }
    .map_err(|e| {
        let culprit = diagnose::culprit(&prepared.generation, &settings);
        diagnose::failure(&api.schema, "progenitor (typify)", culprit.as_deref(), &e)
    })?;
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("{}: generated code: {e}", api.schema))?;

    // progenitor's single file: the `types` module is kept; its client is
    // read for each operation's types and not emitted (the methods below
    // send through the runtime's one executor).
    let progenitor = methods::read_progenitor(&file).map_err(|e| format!("{}: {e}", api.schema))?;
    let mut types_items = Vec::new();
    for item in file.items {
        if let syn::Item::Mod(m) = item
            && m.ident == "types"
            && let Some((_, items)) = m.content
        {
            types_items.extend(items);
        }
    }
    // Builders for what requests hold; none for answers.
    let roots: std::collections::BTreeSet<String> = progenitor
        .values()
        .filter_map(|t| t.body.as_ref())
        .filter_map(methods::type_ident)
        .chain(emit::closed_union_branches(&prepared.plan))
        .collect();
    let (mut types_items, built) =
        builders::rewrite(types_items, &roots, &emit::union_edges(&prepared.plan))
            .map_err(|e| format!("{}: {e}", api.schema))?;
    links_fields::skip_empty_links(&mut types_items);
    compact::trim_derives(&mut types_items);
    let types_items =
        compact::deserialize_impls(types_items).map_err(|e| format!("{}: {e}", api.schema))?;
    let mut types_items =
        newtypes::conveniences(types_items).map_err(|e| format!("{}: {e}", api.schema))?;
    pattern_checks::use_runtime_patterns(&mut types_items)
        .map_err(|e| format!("{}: {e}", api.schema))?;
    let extra = emit::types_items(&prepared.plan, &built);
    // Checked here so that a bad emission fails generation, not the build.
    syn::parse_file(&extra).map_err(|e| format!("{}: emitted types: {e}", api.schema))?;

    let dir = PathBuf::from("generated").join(&api.module);
    let render = |items: Vec<syn::Item>| {
        let mut file: syn::File = syn::parse_quote! {};
        file.items = items;
        prettyplease::unparse(&file)
    };
    let body = format!("{}{extra}", render(types_items));
    let browse = emit::browse_modules(&prepared.plan, &emit::defined_types(&body));
    let browse = syn::parse_file(&browse)
        .map(|f| format!("\n{}", prettyplease::unparse(&f)))
        .map_err(|e| format!("{}: browse modules: {e}", api.schema))?;
    files.insert(
        dir.join("types.rs"),
        format!("{header}{body}{browse}").into_bytes(),
    );
    if let (Some(keys), Some(described)) = (&api.webhooks, &described) {
        let tokens = webhooks::webhooks_file(described, keys, &emit::defined_types(&body))
            .map_err(|e| format!("{}: {e}", api.schema))?;
        if let Some(tokens) = tokens {
            let file: syn::File =
                syn::parse2(tokens).map_err(|e| format!("{}: webhooks: {e}", api.schema))?;
            files.insert(
                dir.join("webhooks.rs"),
                format!("{header}{}", prettyplease::unparse(&file)).into_bytes(),
            );
        }
    }
    let relations: Vec<(&str, Option<&str>)> = api
        .relations
        .iter()
        .map(|(r, o)| (r.as_str(), o.as_deref()))
        .collect();
    let methods: syn::File = syn::parse2(methods::methods_file(
        &prepared.generation,
        &prepared.plan.operations,
        &progenitor,
        &relations,
    )?)
    .map_err(|e| format!("{}: client methods: {e}", api.schema))?;
    files.insert(
        dir.join("methods.rs"),
        format!("{header}{}", prettyplease::unparse(&methods)).into_bytes(),
    );
    let types_file =
        syn::parse_file(&body).map_err(|e| format!("{}: generated types: {e}", api.schema))?;
    let error_names: Vec<String> = prepared
        .plan
        .error_schemas
        .iter()
        .map(|s| json::type_name(s))
        .collect();
    let error_text = error_text::error_body_impl(&types_file, &error_names);
    let ops: syn::File = syn::parse2(emit::operations_file(
        &prepared.plan,
        &title,
        &api.environments,
        error_text,
    ))
    .map_err(|e| format!("{}: operation table: {e}", api.schema))?;
    files.insert(
        dir.join("operations.rs"),
        format!("{header}{}", prettyplease::unparse(&ops)).into_bytes(),
    );

    let aliases: Vec<(&str, &str)> = api
        .relation_aliases
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let links = emit::links_file(&prepared.plan, &relations, &aliases, warnings);
    let links: syn::File =
        syn::parse2(links).map_err(|e| format!("{}: link relations: {e}", api.schema))?;
    files.insert(
        dir.join("links.rs"),
        format!("{header}{}", prettyplease::unparse(&links)).into_bytes(),
    );

    // The repaired OpenAPI document, for OpenAPI tools.
    let mut openapi = prepared.openapi;
    stamp(
        &mut openapi,
        api,
        &raw,
        "The published description with the named patches and \
        the general repairs of codegen/ applied (still OpenAPI 3.0). Generated; do not edit.",
    );
    files.insert(dir.join("openapi.json"), pretty_json(&openapi)?);

    // The validation document, as JSON (keys sorted), stamped in-band.
    let mut validation = prepared.validation;
    stamp(
        &mut validation,
        api,
        &raw,
        "The published description with the named patches and \
        general repairs of codegen/ applied, its schemas as draft 7 JSON Schema. Generated; do \
        not edit.",
    );
    files.insert(dir.join("schema.json"), pretty_json(&validation)?);
    Ok(emit::Kind::Rest)
}

/// An AsyncAPI description: the payload types (typify, directly: there is
/// no HTTP client to generate), the channel table, the client methods
/// (`channel_methods.rs`), and the validation document.
fn generate_asyncapi(
    api: &Api,
    doc: Value,
    raw: &[u8],
    mut log: Vec<String>,
    files: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> Result<(), String> {
    let (openapi, channels) =
        asyncapi::to_openapi(&doc).map_err(|e| format!("{}: {e}", api.schema))?;
    log.push(format!(
        "AsyncAPI channels read as operations: {} published, {} subscribed",
        channels
            .iter()
            .filter(|c| c.direction == asyncapi::Direction::Publish)
            .count(),
        channels
            .iter()
            .filter(|c| c.direction == asyncapi::Direction::Subscribe)
            .count()
    ));
    let prepared = diagnose::catch(|| fixup::prepare(openapi, &sensitive(api)))
        .map_err(|e| diagnose::failure(&api.schema, "the fix-up stage", None, &e))?
        .map_err(|e| format!("{}: {e}", api.schema))?;
    log.extend(prepared.log.iter().cloned());
    let header = header(api, raw, &log);

    let mut settings = typify::TypeSpaceSettings::default();
    settings
        .with_struct_builder(true)
        .with_derive("PartialEq".to_string());
    for (name, path) in emit::replacements(&prepared.plan, &api.module) {
        settings.with_replacement(name, path, std::iter::empty());
    }
    let mut space = typify::TypeSpace::new(&settings);
    let schemas = json::components(&prepared.generation)
        .map(|c| {
            c.iter()
                .map(|(k, v)| {
                    serde_json::from_value::<schemars::schema::Schema>(v.clone())
                        .map(|s| (k.clone(), s))
                        .map_err(|e| format!("{}: schema {k}: {e}", api.schema))
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()?
        .unwrap_or_default();
    let stream = diagnose::catch(|| space.add_ref_types(schemas).map(|()| space.to_stream()))
        .map_err(|e| diagnose::failure(&api.schema, "typify", None, &e))?
        .map_err(|e| diagnose::failure(&api.schema, "typify", None, &e.to_string()))?;
    let mut types: syn::File =
        syn::parse2(stream).map_err(|e| format!("{}: generated types: {e}", api.schema))?;
    // Builders for the messages the client publishes; none for those it
    // receives.
    let roots: std::collections::BTreeSet<String> = channels
        .iter()
        .filter(|c| c.direction == asyncapi::Direction::Publish)
        .map(|c| emit::type_name(&c.payload))
        .chain(emit::closed_union_branches(&prepared.plan))
        .collect();
    let (items, built) = builders::rewrite(
        std::mem::take(&mut types.items),
        &roots,
        &emit::union_edges(&prepared.plan),
    )
    .map_err(|e| format!("{}: {e}", api.schema))?;
    types.items = items;
    links_fields::skip_empty_links(&mut types.items);
    compact::trim_derives(&mut types.items);
    pattern_checks::use_runtime_patterns(&mut types.items)
        .map_err(|e| format!("{}: {e}", api.schema))?;
    types.items = compact::deserialize_impls(std::mem::take(&mut types.items))
        .map_err(|e| format!("{}: {e}", api.schema))?;
    types.items = newtypes::conveniences(std::mem::take(&mut types.items))
        .map_err(|e| format!("{}: {e}", api.schema))?;
    let extra = emit::types_items(&prepared.plan, &built);
    syn::parse_file(&extra).map_err(|e| format!("{}: emitted types: {e}", api.schema))?;
    let dir = PathBuf::from("generated").join(&api.module);
    let body = format!("{}{extra}", prettyplease::unparse(&types));
    let browse = emit::browse_modules(&prepared.plan, &emit::defined_types(&body));
    let browse = syn::parse_file(&browse)
        .map(|f| format!("\n{}", prettyplease::unparse(&f)))
        .map_err(|e| format!("{}: browse modules: {e}", api.schema))?;
    files.insert(
        dir.join("types.rs"),
        format!("{header}{body}{browse}").into_bytes(),
    );
    let table: syn::File = syn::parse2(emit::channels_file(&channels, &prepared.plan, &api.module))
        .map_err(|e| format!("{}: channel table: {e}", api.schema))?;
    files.insert(
        dir.join("channels.rs"),
        format!("{header}{}", prettyplease::unparse(&table)).into_bytes(),
    );
    let methods: syn::File = syn::parse2(
        channel_methods::methods_file(&channels, &api.methods, &api.module)
            .map_err(|e| format!("{}: {e}", api.schema))?,
    )
    .map_err(|e| format!("{}: client methods: {e}", api.schema))?;
    files.insert(
        dir.join("methods.rs"),
        format!("{header}{}", prettyplease::unparse(&methods)).into_bytes(),
    );
    let mut validation = prepared.validation;
    stamp(
        &mut validation,
        api,
        raw,
        "The AsyncAPI description's payloads as draft 7 JSON \
        Schema, each channel operation as an operation (publish: request body; subscribe: 200 \
        answer), with the named patches and general repairs of codegen/ applied. Generated; do \
        not edit.",
    );
    files.insert(dir.join("schema.json"), pretty_json(&validation)?);
    Ok(())
}

/// Marks a JSON output in-band (JSON has no comments).
fn stamp(doc: &mut Value, api: &Api, raw: &[u8], note: &str) {
    if let Some(obj) = doc.as_object_mut() {
        obj.insert(
            "x-generated".into(),
            serde_json::json!({
                "from": api.schema,
                "with": manifest::unix_path(&api::file_path(api)),
                "sha256": manifest::hex(&manifest::sha256(raw)),
                "note": note,
            }),
        );
    }
}

fn pretty_json(doc: &Value) -> Result<Vec<u8>, String> {
    let mut json = serde_json::to_string_pretty(doc).map_err(|e| e.to_string())?;
    json.push('\n');
    Ok(json.into_bytes())
}

fn header(api: &Api, raw: &[u8], log: &[String]) -> String {
    let mut h = String::new();
    h.push_str("// @generated: do not edit by hand; change the schema or codegen/ and run\n");
    h.push_str(&format!("// `{}`.\n", manifest::REGENERATE_COMMAND));
    h.push_str(&format!(
        "// Source: {} with {} (sha256 {})\n",
        api.schema,
        manifest::unix_path(&api::file_path(api)),
        manifest::hex(&manifest::sha256(raw))
    ));
    let gens = GENERATORS
        .iter()
        .map(|(n, v)| format!("{n} {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    h.push_str(&format!("// Generators: {gens}\n"));
    h.push_str("// Fix-ups applied:\n");
    for line in log {
        let mut first = true;
        for chunk in wrap(line, 94) {
            h.push_str(if first { "// - " } else { "//   " });
            h.push_str(&chunk);
            h.push('\n');
            first = false;
        }
    }
    h.push('\n');
    h
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}
