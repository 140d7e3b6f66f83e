//! The fix-up stage: general transforms that make any OpenAPI 3.0 document
//! digestible by typify and progenitor, and safe to bind.
//!
//! Real-world specifications, Worldpay's included, break the generators in
//! known ways (see each transform below). Rather than editing generated
//! code, every problem is solved here, on the parsed document, before
//! generation. The transforms are general: none names a Worldpay schema.
//! Fixes for one specification's own bugs are named patches, in
//! `patches.rs`, and run before these.
//!
//! Two documents come out of this stage:
//! - the *validation document*: the published description with the named
//!   patches, media-type repairs and regex rewrites applied, and otherwise
//!   untouched. `worldpay::validate` checks payloads against it, so users
//!   validate against what Worldpay documents, constraints included.
//! - the *generation document*: further reshaped for the generators
//!   (lenient responses, hoisted types, tagged unions, raw error bodies),
//!   plus a [`Plan`] of what the crate's own emitter must add.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use super::json::{
    METHODS, SCHEMA_REF, Side, components, components_mut, direct_refs, for_each_child_mut,
    operation_roots, ref_name, rewrite_refs, schema_ref, walk_mut,
};

/// Property names whose values are card data or secrets. Wherever such a
/// property appears, its schema becomes a named type with a redacting
/// `Debug` (typify derives `Debug` on everything it emits, builders
/// included, which would print card numbers).
pub const SENSITIVE_PROPERTIES: &[&str] = &[
    "cardNumber",
    "cvc",
    "cardHolderName",
    "walletToken",
    "tokenNumber",
    "authenticationValue",
    "cryptogram",
];

/// What the emitter must generate besides typify's and progenitor's output.
#[derive(Debug, Default)]
pub struct Plan {
    /// Every operation, as it goes on the wire.
    pub operations: Vec<Operation>,
    /// Discriminated unions, emitted as internally tagged enums.
    pub unions: Vec<Union>,
    /// Response string enums that keep unknown values.
    pub open_enums: Vec<OpenEnum>,
    /// Strings holding card data or secrets.
    pub sensitive: Vec<Sensitive>,
    /// Request integers with bounds typify does not enforce.
    pub bounded: Vec<Bounded>,
    /// Whether any schema carries HAL `_links`.
    pub hal_links: bool,
    /// For each component whose `_links` the description spells out, the
    /// relations it lists.
    pub links_offered: BTreeMap<String, Vec<String>>,
    /// The error schemas, by component name, that operations answer with.
    pub error_schemas: BTreeSet<String>,
    /// The JSON paths, from the body of any request or answer, of every
    /// value bound to a redacting type (`a.b`, `[]` for array items): what
    /// `worldpay::sensitive::redact_json` redacts.
    pub sensitive_paths: BTreeSet<String>,
}

/// One operation of the API.
#[derive(Debug, Clone)]
pub struct Operation {
    /// Worldpay's `operationId`.
    pub id: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// The path template.
    pub path: String,
    /// `summary` of the operation.
    pub summary: String,
    /// The media type of the request body, as published (repaired).
    pub request_media_type: Option<String>,
    /// Whether the request body is required.
    pub request_body_required: bool,
    /// The media type responses are asked for (`Accept`).
    pub response_media_type: Option<String>,
    /// Success statuses and the component schema each carries.
    pub success: Vec<(String, Option<String>)>,
    /// Error statuses and the component schema each carries.
    pub errors: Vec<(String, Option<String>)>,
}

/// A `oneOf` with a `discriminator`.
#[derive(Debug, Clone)]
pub struct Union {
    /// Component name of the union.
    pub name: String,
    /// The discriminating property.
    pub tag: String,
    /// `(tag value, component name of the variant)`, in document order.
    pub variants: Vec<(String, String)>,
    /// Read from responses: keeps unknown tags instead of failing.
    pub open: bool,
    /// The schema's description.
    pub description: Option<String>,
}

/// A response string enum.
#[derive(Debug, Clone)]
pub struct OpenEnum {
    /// Component name.
    pub name: String,
    /// Known values, in document order.
    pub values: Vec<String>,
    /// The schema's description.
    pub description: Option<String>,
}

/// A string that must never be printed.
#[derive(Debug, Clone)]
pub struct Sensitive {
    /// Component name.
    pub name: String,
    /// `minLength`, enforced when constructed (requests only).
    pub min_length: Option<u64>,
    /// `maxLength`, enforced when constructed (requests only).
    pub max_length: Option<u64>,
    /// `pattern`, enforced when constructed (requests only).
    pub pattern: Option<String>,
    /// The schema's description.
    pub description: Option<String>,
}

/// An integer with `minimum`/`maximum`.
#[derive(Debug, Clone)]
pub struct Bounded {
    /// Component name.
    pub name: String,
    /// Inclusive lower bound.
    pub minimum: Option<i64>,
    /// Inclusive upper bound.
    pub maximum: Option<i64>,
    /// The schema's description.
    pub description: Option<String>,
}

/// The result of the stage.
pub struct Prepared {
    /// The published description with the stage 1 repairs: still OpenAPI
    /// 3.0, for tools that read OpenAPI (schemathesis, the simulator).
    pub openapi: Value,
    /// The document `worldpay::validate` embeds (draft 7 JSON Schema).
    pub validation: Value,
    /// The document given to progenitor.
    pub generation: Value,
    /// What the emitter adds.
    pub plan: Plan,
    /// One line per transform that changed something, for the generated header.
    pub log: Vec<String>,
}

/// Runs the general transforms. `doc` has had its named patches applied.
pub fn prepare(mut doc: Value, extra_sensitive: &[(&str, &str, &str)]) -> Result<Prepared, String> {
    let mut log = Vec::new();
    // Stage 1: repairs that also hold for validation.
    repair_media_types(&mut doc, &mut log);
    rewrite_lookahead_patterns(&mut doc, &mut log);
    discriminator_constants(&mut doc, &mut log);
    check_patterns(&doc)?;
    let openapi = doc.clone();
    let sensitive_paths = sensitive_paths(&doc, extra_sensitive);
    let mut validation = doc.clone();
    to_json_schema_draft7(&mut validation);

    // Stage 2: reshaping for the generators.
    let mut plan = Plan {
        operations: collect_operations(&doc),
        ..Plan::default()
    };
    check_success_schemas(&plan.operations)?;
    drop_reserved_header_parameters(&mut doc, &mut log);
    label_code_fences(&mut doc, &mut log);
    plan.links_offered = links_offered(&doc);
    plan.hal_links = hal_links(&mut doc, &mut log);
    hoist_inline_unions(&mut doc, &mut log);
    split_shared_schemas(&mut doc, &mut log);
    let response_side = response_schemas(&doc);
    plan.unions = tagged_unions(&mut doc, &response_side, &mut log)?;
    relax_responses(&mut doc, &response_side, &mut log);
    plan.open_enums = open_enums(&mut doc, &response_side, &mut log);
    let marked = mark_sensitive(&mut doc, extra_sensitive, &mut log)?;
    plan.sensitive = sensitive_strings(&mut doc, &response_side, &marked, &mut log);
    plan.bounded = bounded_integers(&mut doc, &response_side, &mut log);
    plan.error_schemas = raw_error_bodies(&mut doc, &mut log);
    use_plain_json_media_types(&mut doc);
    drop_unreferenced_schemas(&mut doc, &plan.error_schemas, &mut log);
    plan.sensitive_paths = sensitive_paths;
    Ok(Prepared {
        openapi,
        validation,
        generation: doc,
        plan,
        log,
    })
}

// ---------------------------------------------------------------------------
// Media types

/// The top-level media types of RFC 6838.
const TOP_LEVEL_TYPES: &[&str] = &[
    "application",
    "audio",
    "font",
    "image",
    "message",
    "model",
    "multipart",
    "text",
    "video",
];

/// Whether a media type is JSON: `application/json` or any `+json` suffix.
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    let Some((_, sub)) = essence.split_once('/') else {
        return false;
    };
    sub == "json" || sub.ends_with("+json")
}

/// Repairs a misspelt top-level type (`aapplication/...`): the nearest
/// registered type within one edit, or `None` when the key is fine or
/// beyond repair.
fn repair_media_type(key: &str) -> Option<String> {
    let (top, rest) = key.split_once('/')?;
    if TOP_LEVEL_TYPES.contains(&top.to_ascii_lowercase().as_str()) || top == "*" {
        return None;
    }
    TOP_LEVEL_TYPES
        .iter()
        .find(|t| edit_distance(&top.to_ascii_lowercase(), t) == 1)
        .map(|t| format!("{t}/{rest}"))
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Every `content` map of every request body and response, with a label.
fn content_maps_mut(doc: &mut Value) -> Vec<(String, &mut Map<String, Value>)> {
    let mut out = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return out;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, op) in item.iter_mut() {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let op_id = op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| format!("{method} {path}"));
            let Some(op) = op.as_object_mut() else {
                continue;
            };
            for (key, v) in op.iter_mut() {
                match key.as_str() {
                    "requestBody" => {
                        if let Some(c) = v.get_mut("content").and_then(Value::as_object_mut) {
                            out.push((format!("{op_id} request"), c));
                        }
                    }
                    "responses" => {
                        let Some(responses) = v.as_object_mut() else {
                            continue;
                        };
                        for (status, r) in responses.iter_mut() {
                            if let Some(c) = r.get_mut("content").and_then(Value::as_object_mut) {
                                out.push((format!("{op_id} {status}"), c));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// **Misspelt media-type keys.** Worldpay's published files contain keys
/// such as `aapplication/vnd.worldpay.payments-v7+json`. A generator that
/// does not recognise the key treats the body as opaque (or fails), and the
/// client would then send the misspelt type. A key whose top-level type is
/// one edit away from a registered one is corrected (and logged).
fn repair_media_types(doc: &mut Value, log: &mut Vec<String>) {
    for (label, content) in content_maps_mut(doc) {
        let keys: Vec<String> = content.keys().cloned().collect();
        for key in keys {
            if let Some(fixed) = repair_media_type(&key) {
                let media = content.remove(&key).expect("key listed");
                log.push(format!(
                    "media type key `{key}` of {label} corrected to `{fixed}`"
                ));
                content.entry(fixed).or_insert(media);
            }
        }
    }
}

/// **Vendor media types.** progenitor only recognises `application/json`:
/// with `application/vnd.worldpay.payments-v7+json` it fails on request
/// bodies ("unexpected content type") and leaves responses untyped. The
/// real media types are recorded in the operation table (the client sets
/// `Content-Type` and `Accept` from it on the wire); here every JSON key
/// becomes `application/json`, keeping one when several are JSON (progenitor
/// panics on more than one request media type).
fn use_plain_json_media_types(doc: &mut Value) {
    for (_, content) in content_maps_mut(doc) {
        let json_key = content.keys().find(|k| is_json(k)).cloned();
        if let Some(key) = json_key {
            let media = content.remove(&key).expect("key listed");
            content.retain(|k, _| !is_json(k));
            content.insert("application/json".into(), media);
        }
    }
}

// ---------------------------------------------------------------------------
// Discriminator values

/// **Discriminator values as constants.** OpenAPI says a discriminator's
/// value selects the branch, but Worldpay's response branches declare the
/// tag as a plain `string` (`outcome: string` in the authorized, sent for
/// settlement and refused shapes alike). A JSON Schema validator, which
/// knows nothing of discriminators, then finds an authorized response valid
/// under all three branches of the `oneOf` and rejects it. Each branch's
/// tag property gets the `enum` its mapping implies (when the branch is
/// used with one value only), so that plain validators (schemathesis, the
/// validation document) agree with the description's intent.
fn discriminator_constants(doc: &mut Value, log: &mut Vec<String>) {
    // branch component -> (tag, values)
    let mut wanted: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    let mut clash = BTreeSet::new();
    let mut d = doc.clone();
    visit_all_schemas_mut(&mut d, &mut |s, _| {
        if !is_union(s) {
            return;
        }
        let Some(tag) = s
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str)
        else {
            return;
        };
        let mapping = s
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for b in s["oneOf"].as_array().into_iter().flatten() {
            let Some(target) = ref_name(b) else { continue };
            let entry = wanted
                .entry(target.to_string())
                .or_insert_with(|| (tag.to_string(), BTreeSet::new()));
            if entry.0 != tag {
                clash.insert(target.to_string());
            }
            entry.1.extend(mapping_values(&mapping, target));
        }
    });
    let mut changed = Vec::new();
    for (branch, (tag, values)) in wanted {
        if values.len() != 1 || clash.contains(&branch) {
            continue;
        }
        let value = values.into_iter().next().expect("one");
        let Some(prop) = components_mut(doc)
            .get_mut(&branch)
            .and_then(|s| s.get_mut("properties"))
            .and_then(|p| p.get_mut(&tag))
        else {
            continue;
        };
        let is_plain_string = prop.get("type").and_then(Value::as_str) == Some("string")
            && prop.get("enum").is_none();
        let is_ref = ref_name(prop).is_some();
        if is_plain_string || is_ref {
            let description = prop.get("description").cloned();
            *prop = json!({"type": "string", "enum": [value]});
            if let Some(d) = description {
                prop["description"] = d;
            }
            changed.push(branch);
        }
    }
    log_names(
        log,
        "discriminator values set as constants on their branches",
        changed.iter().map(String::as_str),
    );
}

/// The discriminator value of branch `target` (OpenAPI 3.0: a mapping value
/// is a reference or a bare schema name; unmapped, the value is the name).
///
/// A branch may carry several values (IPS Cloud's card instrument answers
/// to `card/present`, `card/keyed`, `card/not-present` and `card/token`):
/// all of them are returned, in mapping order.
fn mapping_values(mapping: &Map<String, Value>, target: &str) -> Vec<String> {
    let values: Vec<String> = mapping
        .iter()
        .filter(|(_, v)| {
            v.as_str().map(|v| v.strip_prefix(SCHEMA_REF).unwrap_or(v)) == Some(target)
        })
        .map(|(k, _)| k.clone())
        .collect();
    if values.is_empty() {
        vec![target.to_string()]
    } else {
        values
    }
}

// ---------------------------------------------------------------------------
// The validation document

/// **OpenAPI 3.0 schemas are not quite JSON Schema.** For the validation
/// document (validated as draft 7): `nullable: true` becomes a `null` type;
/// boolean `exclusiveMinimum`/`exclusiveMaximum` become draft 7 numbers; and
/// `oneOf` + `discriminator` becomes a tag check plus one `if`/`then` per
/// tag value. Plain `oneOf` demands that exactly one branch match, which
/// fails when two branches have the same shape (both exemption branches
/// do) and reports only "not valid under any of the schemas" when the
/// payload is wrong inside the branch its tag names; the discriminator is
/// how OpenAPI says a branch is chosen.
fn to_json_schema_draft7(doc: &mut Value) {
    visit_all_schemas_mut(doc, &mut |s, _| {
        let Some(obj) = s.as_object_mut() else { return };
        if obj.remove("nullable") == Some(Value::Bool(true))
            && let Some(Value::String(t)) = obj.get("type").cloned()
        {
            obj.insert("type".into(), json!([t, "null"]));
        }
        for (flag, bound) in [
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ] {
            if let Some(Value::Bool(b)) = obj.get(flag).cloned() {
                obj.remove(flag);
                if b && let Some(v) = obj.remove(bound) {
                    obj.insert(flag.into(), v);
                }
            }
        }
        let (Some(Value::Array(branches)), Some(disc)) =
            (obj.get("oneOf").cloned(), obj.get("discriminator").cloned())
        else {
            return;
        };
        let Some(tag) = disc.get("propertyName").and_then(Value::as_str) else {
            return;
        };
        let mapping = disc
            .get("mapping")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut values = Vec::new();
        let mut rules = Vec::new();
        for b in &branches {
            let Some(target) = ref_name(b) else { return };
            for value in mapping_values(&mapping, target) {
                rules.push(json!({
                    "if": {"properties": {tag: {"const": value}}},
                    "then": b,
                }));
                values.push(Value::String(value));
            }
        }
        obj.remove("oneOf");
        obj.remove("discriminator");
        obj.insert("type".into(), json!("object"));
        obj.insert("required".into(), json!([tag]));
        obj.insert(
            "properties".into(),
            json!({tag: {"type": "string", "enum": values}}),
        );
        obj.insert("allOf".into(), Value::Array(rules));
    });
}

// ---------------------------------------------------------------------------
// Operations

fn collect_operations(doc: &Value) -> Vec<Operation> {
    let mut ops = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return ops;
    };
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let body = op.get("requestBody");
            let request_media_type = body
                .and_then(|b| b.get("content"))
                .and_then(Value::as_object)
                .and_then(|c| c.keys().find(|k| is_json(k)).or_else(|| c.keys().next()))
                .cloned();
            let request_body_required = body
                .and_then(|b| b.get("required"))
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let mut success = Vec::new();
            let mut errors = Vec::new();
            let mut response_media_type = None;
            if let Some(responses) = op.get("responses").and_then(Value::as_object) {
                for (status, r) in responses {
                    let content = r.get("content").and_then(Value::as_object);
                    let schema = content
                        .and_then(|c| c.iter().find(|(k, _)| is_json(k)))
                        .and_then(|(_, m)| m.get("schema"))
                        .and_then(ref_name)
                        .map(str::to_string);
                    let is_success = status.starts_with('2');
                    if is_success && response_media_type.is_none() {
                        response_media_type = content
                            .and_then(|c| c.keys().find(|k| is_json(k)).or_else(|| c.keys().next()))
                            .cloned();
                    }
                    if is_success {
                        success.push((status.clone(), schema));
                    } else {
                        errors.push((status.clone(), schema));
                    }
                }
            }
            ops.push(Operation {
                id,
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                summary: op
                    .get("summary")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                request_media_type,
                request_body_required,
                response_media_type,
                success,
                errors,
            });
        }
    }
    ops
}

/// progenitor gives an operation one success type and asserts so. An
/// operation whose success statuses carry different schemas (201 with one,
/// 202 with another) cannot be bound faithfully by it; rather than let the
/// generator panic, generation stops and names the operation, so a
/// maintainer adds a named patch or extends this stage.
fn check_success_schemas(ops: &[Operation]) -> Result<(), String> {
    for op in ops {
        let mut schemas: Vec<&Option<String>> = op.success.iter().map(|(_, s)| s).collect();
        schemas.sort();
        schemas.dedup();
        if schemas.len() > 1 {
            return Err(format!(
                "operation `{}` answers success statuses with different schemas ({}); \
                 the generated client has one success type per operation",
                op.id,
                op.success
                    .iter()
                    .map(|(st, s)| format!("{st}: {}", s.as_deref().unwrap_or("no body")))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    Ok(())
}

/// **Reserved header parameters.** OpenAPI 3.0 (Parameter Object) says a
/// header parameter named `Accept`, `Content-Type` or `Authorization` "SHALL
/// be ignored"; Worldpay declares `Content-Type` and `Accept` as required
/// parameters anyway, which would make every generated call demand them.
/// They are dropped: media types come from the operation table and
/// authorization from the configured credentials.
fn drop_reserved_header_parameters(doc: &mut Value, log: &mut Vec<String>) {
    let mut dropped = 0;
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (key, op) in item.iter_mut() {
                let params = if key == "parameters" {
                    op.as_array_mut()
                } else if METHODS.contains(&key.as_str()) {
                    op.get_mut("parameters").and_then(Value::as_array_mut)
                } else {
                    None
                };
                let Some(params) = params else { continue };
                let before = params.len();
                params.retain(|p| {
                    let in_header = p.get("in").and_then(Value::as_str) == Some("header");
                    let name = p
                        .get("name")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    !(in_header
                        && matches!(name.as_str(), "accept" | "content-type" | "authorization"))
                });
                dropped += before - params.len();
            }
        }
    }
    if dropped > 0 {
        log.push(format!(
            "{dropped} reserved header parameters (Accept, Content-Type, Authorization) ignored, as OpenAPI 3.0 requires"
        ));
    }
}

/// **Code blocks in descriptions.** Descriptions are Markdown and become
/// doc comments; rustdoc compiles a fence without a language as a Rust
/// doctest, so Worldpay's `Authorization: {your_credentials}` block would
/// fail the crate's tests. Unlabelled fences are labelled `text`.
fn label_code_fences(doc: &mut Value, log: &mut Vec<String>) {
    fn relabel(text: &str) -> Option<String> {
        let mut changed = false;
        let mut inside = false;
        let mut out = Vec::new();
        for line in text.split('\n') {
            let trimmed = line.trim_start();
            if trimmed.starts_with("```") {
                if !inside && trimmed.trim_end() == "```" {
                    out.push(line.replacen("```", "```text", 1));
                    changed = true;
                } else {
                    out.push(line.to_string());
                }
                inside = !inside;
            } else {
                out.push(line.to_string());
            }
        }
        changed.then(|| out.join("\n"))
    }
    fn go(v: &mut Value, count: &mut usize) {
        match v {
            Value::Object(m) => {
                for (k, val) in m.iter_mut() {
                    if k == "description" {
                        if let Value::String(s) = val
                            && let Some(new) = relabel(s)
                        {
                            *s = new;
                            *count += 1;
                        }
                    } else if k != "example" && k != "examples" {
                        go(val, count);
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| go(x, count)),
            _ => {}
        }
    }
    let mut count = 0;
    go(doc, &mut count);
    if count > 0 {
        log.push(format!(
            "{count} descriptions with unlabelled code blocks labelled `text` (not doctests)"
        ));
    }
}

// ---------------------------------------------------------------------------
// Regular expressions

/// **Lookahead patterns.** JSON Schema patterns are ECMAScript regexes, and
/// Worldpay uses lookahead (`^(?!\s*$)[A-Za-z0-9 ]*$`: "not blank"). Engines
/// without lookaround (Rust's `regex`, Go's RE2, several test-data
/// generators) reject those. The common "not blank" idiom
/// `^(?!\s*$)[C]*$` is rewritten to the equivalent `^[C]*?[C′][C]*$`, where
/// `C′` is the class `C` without its whitespace members; other lookaheads
/// are kept (ECMAScript engines accept them) and logged.
fn rewrite_lookahead_patterns(doc: &mut Value, log: &mut Vec<String>) {
    let mut rewritten = BTreeSet::new();
    let mut kept = BTreeSet::new();
    visit_all_schemas_mut(doc, &mut |schema, _| {
        let Some(Value::String(p)) = schema.get_mut("pattern") else {
            return;
        };
        if !p.contains("(?=") && !p.contains("(?!") {
            return;
        }
        if let Some(new) = rewrite_not_blank(p) {
            rewritten.insert(format!("`{p}` → `{new}`"));
            *p = new;
        } else {
            kept.insert(p.clone());
        }
    });
    for r in rewritten {
        log.push(format!("lookahead pattern rewritten: {r}"));
    }
    for k in kept {
        log.push(format!("lookahead pattern kept (ECMAScript only): `{k}`"));
    }
}

/// `^(?!\s*$)[C]*$` → `^[C]*?[C-without-whitespace][C]*$`.
pub fn rewrite_not_blank(pattern: &str) -> Option<String> {
    let body = pattern.strip_prefix(r"^(?!\s*$)[")?.strip_suffix("]*$")?;
    if body.starts_with('^') || body.contains('[') || body.contains(']') {
        return None;
    }
    let without_ws = body.replace(r"\s", "").replace(' ', "");
    if without_ws.is_empty() || without_ws == "-" {
        return None;
    }
    // A `-` left dangling at the start or end of the class stays literal.
    Some(format!("^[{body}]*?[{without_ws}][{body}]*$"))
}

/// Every `pattern` must compile as an ECMAScript regex (the dialect JSON
/// Schema mandates, and the one the generated code checks with `regress`):
/// the generated code compiles patterns lazily and must never fail to.
fn check_patterns(doc: &Value) -> Result<(), String> {
    let mut bad = Vec::new();
    let mut doc = doc.clone();
    visit_all_schemas_mut(&mut doc, &mut |schema, hint| {
        if let Some(Value::String(p)) = schema.get("pattern")
            && let Err(e) = regress::Regex::new(p)
        {
            bad.push(format!(
                "{hint}: pattern `{p}` is not an ECMAScript regex: {e}"
            ));
        }
    });
    if bad.is_empty() {
        Ok(())
    } else {
        Err(bad.join("\n"))
    }
}

/// Visits every schema of the document (components and operations), deep.
fn visit_all_schemas_mut(doc: &mut Value, f: &mut dyn FnMut(&mut Value, &str)) {
    let names: Vec<String> = components(doc)
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    for name in names {
        if let Some(s) = components_mut(doc).get_mut(&name) {
            walk_mut(s, &name, f);
        }
    }
    for (root, _) in operation_roots(doc) {
        if let Some(s) = doc.pointer_mut(&root.pointer) {
            walk_mut(s, &root.hint, f);
        }
    }
}

// ---------------------------------------------------------------------------
// Names and hoisting

/// A schema's `description`, if any.
fn description(schema: &Value) -> Option<String> {
    schema
        .get("description")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Logs `what: a, b, c` when there is anything to list.
fn log_names<'a>(log: &mut Vec<String>, what: &str, names: impl Iterator<Item = &'a str>) {
    let names: Vec<&str> = names.collect();
    if !names.is_empty() {
        log.push(format!("{what}: {}", names.join(", ")));
    }
}

/// Whether a name hint lies inside one of the `side` components.
fn within(side: &BTreeSet<String>, hint: &str) -> bool {
    side.iter()
        .any(|n| hint == n || hint.starts_with(&format!("{n}_")))
}

/// Adds `schema` as a component named after `hint` (or reuses an identical
/// one) and returns the name.
/// Two component names that differ (`Payment_result`, `PaymentResult`)
/// can still be one Rust type name: a hoisted component must not take a
/// name whose Rust type another component already has.
fn rust_name_taken(comps: &Map<String, Value>, name: &str) -> bool {
    let wanted = super::json::type_name(name);
    comps
        .keys()
        .any(|k| k != name && super::json::type_name(k) == wanted)
}

fn hoist(doc: &mut Value, candidates: &[String], schema: Value) -> String {
    let comps = components_mut(doc);
    for c in candidates {
        match comps.get(c) {
            None if !rust_name_taken(comps, c) => {
                comps.insert(c.clone(), schema);
                return c.clone();
            }
            Some(existing) if *existing == schema => return c.clone(),
            _ => {}
        }
    }
    let hint = candidates.last().expect("at least one name");
    let mut name = format!("{hint}Value");
    let mut n = 2;
    loop {
        match comps.get(&name) {
            None if !rust_name_taken(comps, &name) => {
                comps.insert(name.clone(), schema);
                return name;
            }
            Some(existing) if *existing == schema => return name,
            _ => {
                name = format!("{hint}Value{n}");
                n += 1;
            }
        }
    }
}

/// Rewrites inline subschemas matching `pred` into named components,
/// everywhere in the document (components hoisted this way are visited
/// too). Returns the names of the hoisted components, and of existing
/// components that matched.
fn hoist_matching(
    doc: &mut Value,
    pred: &dyn Fn(&Value, &str) -> bool,
    name_for: &dyn Fn(&str) -> Vec<String>,
) -> Vec<String> {
    let mut matched = Vec::new();
    let mut pending: Vec<String> = components(doc)
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    // Components that match themselves need no hoisting.
    for name in &pending {
        if let Some(s) = components(doc).and_then(|c| c.get(name))
            && pred(s, name)
        {
            matched.push(name.clone());
        }
    }
    let mut todo: Vec<(Value, String)> = Vec::new();
    // Operation roots first, then components (hoisting adds components).
    for (root, _) in operation_roots(doc) {
        let Some(mut s) = doc.pointer(&root.pointer).cloned() else {
            continue;
        };
        if pred(&s, &root.hint) && ref_name(&s).is_none() {
            let name = hoist(doc, &name_for(&root.hint), s);
            *doc.pointer_mut(&root.pointer).expect("listed") = schema_ref(&name);
            matched.push(name.clone());
            pending.push(name);
            continue;
        }
        collect_hoists(&mut s, &root.hint, pred, &mut todo);
        *doc.pointer_mut(&root.pointer).expect("listed") = s;
    }
    while let Some(name) = pending.pop() {
        let Some(mut s) = components(doc).and_then(|c| c.get(&name)).cloned() else {
            continue;
        };
        collect_hoists(&mut s, &name, pred, &mut todo);
        components_mut(doc).insert(name.clone(), s);
        for (schema, hint) in todo.drain(..) {
            let new = hoist(doc, &name_for(&hint), schema);
            // The placeholder left by collect_hoists names the hint.
            replace_placeholder(doc, &hint, &new);
            matched.push(new.clone());
            pending.push(new);
        }
    }
    matched.sort();
    matched.dedup();
    matched
}

const PLACEHOLDER: &str = "x-fixup-hoist";

fn collect_hoists(
    schema: &mut Value,
    hint: &str,
    pred: &dyn Fn(&Value, &str) -> bool,
    todo: &mut Vec<(Value, String)>,
) {
    for_each_child_mut(schema, hint, &mut |child, h| {
        if ref_name(child).is_none() && pred(child, h) {
            let taken = std::mem::replace(child, json!({ PLACEHOLDER: h }));
            todo.push((taken, h.to_string()));
        } else {
            collect_hoists(child, h, pred, todo);
        }
    });
}

fn replace_placeholder(doc: &mut Value, hint: &str, name: &str) {
    fn go(v: &mut Value, hint: &str, name: &str) {
        match v {
            Value::Object(m) => {
                if m.get(PLACEHOLDER).and_then(Value::as_str) == Some(hint) && m.len() == 1 {
                    *v = schema_ref(name);
                    return;
                }
                for val in m.values_mut() {
                    go(val, hint, name);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| go(x, hint, name)),
            _ => {}
        }
    }
    go(doc, hint, name);
}

// ---------------------------------------------------------------------------
// HAL

/// **HAL `_links`.** Worldpay's REST APIs are HAL: `_links` maps relations
/// (curie-prefixed, e.g. `cardPayments:settle`) to a link or a list of
/// links, plus `curies`. Published schemas list some relations per response
/// and omit `curies`, so a generated struct would silently drop relations
/// (and the curies needed to expand them). Every `_links` property becomes a
/// reference to one `HalLinks` component, bound to the hand-written
/// `worldpay::hal::Links`, which keeps every relation.
fn hal_links(doc: &mut Value, log: &mut Vec<String>) -> bool {
    let mut count = 0;
    visit_all_schemas_mut(doc, &mut |schema, _| {
        if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut)
            && let Some(links) = props.get_mut("_links")
        {
            *links = schema_ref("HalLinks");
            count += 1;
        }
    });
    if count > 0 {
        components_mut(doc).insert(
            "HalLinks".into(),
            json!({"type": "object", "description": "HAL links: relation name to link(s)."}),
        );
        log.push(format!(
            "{count} `_links` properties bound to the HAL link map (every relation and curie kept)"
        ));
    }
    count > 0
}

/// The relations each component's `_links` schema lists (read before the
/// `_links` are bound to the generic map): the emitter turns them into
/// compile-time "this response offers that link" facts.
fn links_offered(doc: &Value) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    let Some(comps) = components(doc) else {
        return out;
    };
    for (name, schema) in comps {
        let Some(links) = schema.pointer("/properties/_links") else {
            continue;
        };
        let links = match ref_name(links) {
            Some(target) => match comps.get(target) {
                Some(t) => t,
                None => continue,
            },
            None => links,
        };
        if let Some(props) = links.get("properties").and_then(Value::as_object) {
            let rels: Vec<String> = props.keys().filter(|k| *k != "curies").cloned().collect();
            if !rels.is_empty() {
                out.insert(name.clone(), rels);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Request and response sides

/// Component names reachable from response bodies.
fn response_schemas(doc: &Value) -> BTreeSet<String> {
    reachable(doc, Side::Response)
}

fn reachable(doc: &Value, side: Side) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = Vec::new();
    for (root, s) in operation_roots(doc) {
        if s == side
            && let Some(v) = doc.pointer(&root.pointer)
        {
            direct_refs(v, &mut stack);
        }
    }
    let comps = components(doc);
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(s) = comps.and_then(|c| c.get(&name)) {
            direct_refs(s, &mut stack);
        }
    }
    seen
}

/// **Schemas shared by requests and responses.** A request must be checked
/// strictly and a response read leniently; one Rust type cannot do both.
/// A component reachable from both sides is copied for the response side
/// (`<name>Received`) and response-side references are pointed at the copy.
fn split_shared_schemas(doc: &mut Value, log: &mut Vec<String>) {
    let req = reachable(doc, Side::Request);
    let resp = reachable(doc, Side::Response);
    let shared: Vec<String> = req.intersection(&resp).cloned().collect();
    if shared.is_empty() {
        return;
    }
    for name in &shared {
        let copy = components(doc).and_then(|c| c.get(name)).cloned();
        if let Some(copy) = copy {
            components_mut(doc).insert(format!("{name}Received"), copy);
        }
    }
    let response_only: Vec<String> = resp
        .difference(&req)
        .cloned()
        .chain(shared.iter().map(|n| format!("{n}Received")))
        .collect();
    for name in &shared {
        let to = format!("{name}Received");
        for r in &response_only {
            if let Some(s) = components_mut(doc).get_mut(r) {
                rewrite_refs(s, name, &to);
            }
        }
        for (root, side) in operation_roots(doc) {
            if side == Side::Response
                && let Some(s) = doc.pointer_mut(&root.pointer)
            {
                rewrite_refs(s, name, &to);
            }
        }
    }
    log.push(format!(
        "schemas used by both requests and responses split (responses read a lenient copy): {}",
        shared.join(", ")
    ));
}

// ---------------------------------------------------------------------------
// Discriminated unions

fn is_union(schema: &Value) -> bool {
    schema.get("oneOf").is_some() && schema.get("discriminator").is_some()
}

/// Inline `oneOf` + `discriminator` schemas become named components, so
/// that the emitter can bind them.
fn hoist_inline_unions(doc: &mut Value, log: &mut Vec<String>) {
    let before: BTreeSet<String> = components(doc)
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    let names = hoist_matching(doc, &|s, _| is_union(s), &|h| vec![h.to_string()]);
    let new: Vec<&String> = names.iter().filter(|n| !before.contains(*n)).collect();
    if !new.is_empty() {
        log.push(format!(
            "inline discriminated unions named: {}",
            new.iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
}

/// **`oneOf` + `discriminator`.** typify drops the discriminator and, when
/// the branches are `$ref`s, emits `#[serde(untagged)]`: a payload is then
/// matched against each branch in turn and the first that fits wins. For
/// Worldpay's authorization outcome that is dangerous: a refusal also fits
/// the "authorized" shape (every field optional), and a known Rust
/// integration lost refusal codes that way. Each discriminated union is
/// instead bound to an internally tagged enum the emitter writes
/// (`#[serde(tag = "<property>")]` semantics, newtype variants over the
/// branch structs, so every branch keeps its builder). In requests the tag
/// property is removed from the branch schemas: the enum writes it. Unions
/// read from responses are open: an unknown tag value is kept with its raw
/// fields, and every branch keeps its tag as a plain string, so an answer
/// re-serializes with the tag exactly as received (a branch may answer to
/// more than one spelling, see the emitter's `tag_aliases`).
fn tagged_unions(
    doc: &mut Value,
    response_side: &BTreeSet<String>,
    log: &mut Vec<String>,
) -> Result<Vec<Union>, String> {
    let names: Vec<String> = components(doc)
        .map(|c| {
            c.iter()
                .filter(|(_, s)| is_union(s))
                .map(|(n, _)| n.clone())
                .collect()
        })
        .unwrap_or_default();
    let mut unions = Vec::new();
    // branch -> (tag, whether it is a branch of an open union)
    let mut tag_of_variant: BTreeMap<String, (String, bool)> = BTreeMap::new();
    for name in names {
        let schema = components(doc)
            .and_then(|c| c.get(&name))
            .cloned()
            .expect("listed");
        let tag = schema
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{name}: discriminator without propertyName"))?
            .to_string();
        let mapping = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut variants = Vec::new();
        for branch in schema["oneOf"].as_array().expect("is_union") {
            let Some(target) = ref_name(branch) else {
                return Err(format!(
                    "{name}: a discriminated oneOf branch must be a $ref (OpenAPI 3.0 requires it)"
                ));
            };
            for value in mapping_values(&mapping, target) {
                variants.push((value, target.to_string()));
            }
        }
        let open = response_side.contains(&name);
        for branch in schema["oneOf"].as_array().expect("is_union") {
            if let Some(target) = ref_name(branch) {
                let entry = tag_of_variant
                    .entry(target.to_string())
                    .or_insert_with(|| (tag.clone(), open));
                entry.1 &= open;
            }
        }
        unions.push(Union {
            description: schema
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_string),
            name: name.clone(),
            tag,
            variants,
            open,
        });
        // Bound to the emitted enum; typify needs only a placeholder, which
        // still lists the branches so that reachability sees them.
        let branches = schema["oneOf"].clone();
        components_mut(doc).insert(
            name.clone(),
            json!({"type": "object", "x-union-branches": branches}),
        );
    }
    // The enum carries the tag; a branch used outside its unions keeps it.
    let union_names: BTreeSet<String> = unions.iter().map(|u| u.name.clone()).collect();
    for (variant, (tag, open)) in &tag_of_variant {
        let used_elsewhere = components(doc)
            .map(|c| {
                c.iter().any(|(n, s)| {
                    if union_names.contains(n) {
                        return false;
                    }
                    let mut refs = Vec::new();
                    direct_refs(s, &mut refs);
                    refs.contains(variant)
                })
            })
            .unwrap_or(false);
        if used_elsewhere {
            return Err(format!(
                "{variant} is a branch of a discriminated union and also used on its own; \
                 split it in a named patch"
            ));
        }
        if let Some(s) = components_mut(doc).get_mut(variant) {
            if *open {
                keep_tag_as_received(s, tag);
            } else {
                remove_property(s, tag);
            }
        }
    }
    if !unions.is_empty() {
        log.push(format!(
            "discriminated unions bound to internally tagged enums: {}",
            unions
                .iter()
                .map(|u| format!(
                    "{} (on `{}`{})",
                    u.name,
                    u.tag,
                    if u.open { ", open" } else { "" }
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(unions)
}

/// An open union's branch keeps its tag as a required plain string (no
/// constant, no constraint): the union has chosen the branch by then, and
/// the value is kept exactly as received.
fn keep_tag_as_received(schema: &mut Value, prop: &str) {
    let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    let description = props
        .get(prop)
        .and_then(|p| p.get("description"))
        .cloned()
        .unwrap_or_else(|| json!("The tag of this branch, as received."));
    props.insert(
        prop.to_string(),
        json!({"type": "string", "description": description}),
    );
    let required = schema
        .as_object_mut()
        .expect("object")
        .entry("required")
        .or_insert_with(|| json!([]));
    if let Some(req) = required.as_array_mut()
        && !req.iter().any(|v| v.as_str() == Some(prop))
    {
        req.push(json!(prop));
    }
}

fn remove_property(schema: &mut Value, prop: &str) {
    if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        props.remove(prop);
    }
    if let Some(req) = schema.get_mut("required").and_then(Value::as_array_mut) {
        req.retain(|v| v.as_str() != Some(prop));
        if req.is_empty() {
            schema.as_object_mut().expect("object").remove("required");
        }
    }
    if let Some(all) = schema.get_mut("allOf").and_then(Value::as_array_mut) {
        for s in all {
            remove_property(s, prop);
        }
    }
}

// ---------------------------------------------------------------------------
// Lenient responses

/// Keywords that reject data. In a response they only make the client fail
/// on a value Worldpay chose to send.
const REJECTING_KEYWORDS: &[&str] = &[
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "format",
];

/// **Response-only constraints.** typify turns `pattern`/length constraints
/// into checked newtypes (checked on deserialize too), `minimum: 1` into
/// `NonZeroU64` and `additionalProperties: false` into
/// `deny_unknown_fields`. On a response each of these turns a value Worldpay
/// loosened into a failed payment call. They are stripped from every schema
/// read only from responses (and `format`, which typify maps to types such
/// as `chrono` dates that may not parse); requests keep them all.
fn relax_responses(doc: &mut Value, response_side: &BTreeSet<String>, log: &mut Vec<String>) {
    let mut stripped = 0usize;
    let mut relax = |s: &mut Value, _: &str| {
        let Some(obj) = s.as_object_mut() else { return };
        for k in REJECTING_KEYWORDS {
            if obj.remove(*k).is_some() {
                stripped += 1;
            }
        }
        if obj.get("additionalProperties") == Some(&Value::Bool(false)) {
            obj.remove("additionalProperties");
            stripped += 1;
        }
    };
    for name in response_side {
        if let Some(s) = components_mut(doc).get_mut(name) {
            walk_mut(s, name, &mut relax);
        }
    }
    for (root, side) in operation_roots(doc) {
        if side == Side::Response
            && let Some(s) = doc.pointer_mut(&root.pointer)
        {
            walk_mut(s, &root.hint, &mut relax);
        }
    }
    if stripped > 0 {
        log.push(format!(
            "{stripped} rejecting constraints stripped from response-only schemas"
        ));
    }
}

fn is_multi_value_string_enum(s: &Value) -> bool {
    s.get("enum")
        .and_then(Value::as_array)
        .is_some_and(|v| v.len() > 1 && v.iter().all(Value::is_string))
}

/// **Open enums for responses.** A typify enum is closed: one value
/// Worldpay adds tomorrow (a new card brand, a new event) fails the whole
/// response today. Every multi-value string enum read from responses
/// becomes a named component bound to an emitted open enum that keeps
/// unknown values (and writes them back unchanged). Single-value enums are
/// left alone: they are constants.
fn open_enums(
    doc: &mut Value,
    response_side: &BTreeSet<String>,
    log: &mut Vec<String>,
) -> Vec<OpenEnum> {
    // Only hoist inside response-side schemas.
    let side = response_side.clone();
    let all = hoist_matching(
        doc,
        &|s, hint| is_multi_value_string_enum(s) && within(&side, hint),
        &|h| vec![h.to_string()],
    );
    let mut out = Vec::new();
    for name in all {
        let Some(s) = components(doc).and_then(|c| c.get(&name)) else {
            continue;
        };
        if !is_multi_value_string_enum(s) {
            continue;
        }
        out.push(OpenEnum {
            name: name.clone(),
            values: s["enum"]
                .as_array()
                .expect("checked")
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            description: description(s),
        });
    }
    log_names(
        log,
        "response enums made open (unknown values kept)",
        out.iter().map(|e| e.name.as_str()),
    );
    out
}

// ---------------------------------------------------------------------------
// Sensitive strings

/// **Card data and secrets.** typify derives `Debug` on every struct and
/// builder, so a `CardPlain` would print its card number in any log line
/// or error. Every property in [`SENSITIVE_PROPERTIES`] gets a named
/// component, bound to an emitted newtype whose `Debug` is redacted and
/// which enforces the schema's length and pattern itself on the request
/// side (the typify checks it replaces).
fn sensitive_strings(
    doc: &mut Value,
    response_side: &BTreeSet<String>,
    marked: &[String],
    log: &mut Vec<String>,
) -> Vec<Sensitive> {
    let mut targets: BTreeSet<String> = BTreeSet::new();
    // Named schemas referenced by a sensitive property.
    let mut direct = Vec::new();
    let mut doc2 = doc.clone();
    visit_all_schemas_mut(&mut doc2, &mut |s, _| {
        if let Some(props) = s.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                if SENSITIVE_PROPERTIES.contains(&k.as_str())
                    && let Some(n) = ref_name(v)
                {
                    direct.push(n.to_string());
                }
            }
        }
    });
    targets.extend(direct);
    targets.extend(marked.iter().cloned());
    let hoisted = hoist_matching(
        doc,
        &|s, hint| {
            s.get("type").and_then(Value::as_str) == Some("string")
                && SENSITIVE_PROPERTIES
                    .iter()
                    .any(|p| hint.ends_with(&format!("_{p}")))
        },
        &|h| {
            // `walletToken` rather than `card_wallet_applepay_walletToken`
            // when the shape is the same; the full name otherwise.
            vec![h.rsplit('_').next().unwrap_or(h).to_string(), h.to_string()]
        },
    );
    targets.extend(hoisted);
    let mut out = Vec::new();
    for name in targets {
        let Some(s) = components(doc).and_then(|c| c.get(&name)) else {
            continue;
        };
        if s.get("type").and_then(Value::as_str) != Some("string") {
            continue;
        }
        let enforce = !response_side.contains(&name);
        let get_u = |k: &str| {
            if enforce {
                s.get(k).and_then(Value::as_u64)
            } else {
                None
            }
        };
        out.push(Sensitive {
            name: name.clone(),
            min_length: get_u("minLength"),
            max_length: get_u("maxLength"),
            pattern: if enforce {
                s.get("pattern").and_then(Value::as_str).map(str::to_string)
            } else {
                None
            },
            description: description(s),
        });
    }
    log_names(
        log,
        "card data and secrets bound to redacting types",
        out.iter().map(|e| e.name.as_str()),
    );
    out
}

/// Marks properties an API names as sensitive although their names are
/// not in [`SENSITIVE_PROPERTIES`] (Worldpay Online calls the cardholder
/// name `name`; IPS Cloud's licence key is `pointOfSaleLicenseKey`). Each
/// `(schema, property, kind)` is hoisted into a component named
/// `<schema>_<kind>`, which the sensitive-strings transform then binds like
/// any other. Returns the components so marked.
fn mark_sensitive(
    doc: &mut Value,
    extra: &[(&str, &str, &str)],
    log: &mut Vec<String>,
) -> Result<Vec<String>, String> {
    let mut marked = Vec::new();
    for (schema, prop, kind) in extra {
        let pointer = format!("/components/schemas/{schema}/properties/{prop}");
        let Some(value) = doc.pointer(&pointer).cloned() else {
            return Err(format!("sensitive property {schema}.{prop} does not exist"));
        };
        let name = match ref_name(&value) {
            Some(target) => target.to_string(),
            None => {
                let name = hoist(doc, &[format!("{schema}_{kind}")], value);
                *doc.pointer_mut(&pointer).expect("checked") = schema_ref(&name);
                name
            }
        };
        log.push(format!(
            "{schema}.{prop} is sensitive ({kind}): bound as `{name}`"
        ));
        marked.push(name);
    }
    Ok(marked)
}

/// **Where the secrets are, by JSON path.** Walks every request and answer
/// body schema (following `$ref`s, `allOf`/`oneOf`/`anyOf` branches and
/// array items) and records the path of each property the binding above
/// makes redacting: a name of [`SENSITIVE_PROPERTIES`], or an API's extra
/// `(schema, property)`. A property is recorded under every path it can be
/// reached by, so that a payload logged as JSON is redacted exactly where
/// its typed value would be.
fn sensitive_paths(doc: &Value, extra: &[(&str, &str, &str)]) -> BTreeSet<String> {
    fn walk(
        doc: &Value,
        schema: &Value,
        component: Option<&str>,
        path: &str,
        extra: &[(&str, &str, &str)],
        seen: &mut Vec<(String, String)>,
        out: &mut BTreeSet<String>,
    ) {
        if let Some(target) = ref_name(schema) {
            // A component reached again on the same path is a cycle.
            let key = (target.to_string(), path.to_string());
            if seen.contains(&key) || seen.len() > 64 {
                return;
            }
            seen.push(key);
            if let Some(s) = components(doc).and_then(|c| c.get(target)) {
                walk(doc, s, Some(target), path, extra, seen, out);
            }
            seen.pop();
            return;
        }
        for k in ["allOf", "oneOf", "anyOf"] {
            for branch in schema
                .get(k)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                walk(doc, branch, component, path, extra, seen, out);
            }
        }
        if let Some(items) = schema.get("items") {
            walk(doc, items, None, &format!("{path}[]"), extra, seen, out);
        }
        let Some(props) = schema.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (name, p) in props {
            let at = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            let by_schema = component.is_some_and(|c| {
                extra
                    .iter()
                    .any(|(schema, prop, _)| *schema == c && prop == name)
            });
            if SENSITIVE_PROPERTIES.contains(&name.as_str()) || by_schema {
                out.insert(at);
            } else {
                walk(doc, p, None, &at, extra, seen, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    for (root, _) in operation_roots(doc) {
        if let Some(schema) = doc.pointer(&root.pointer) {
            walk(doc, schema, None, "", extra, &mut Vec::new(), &mut out);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Bounded integers

/// **Integer bounds.** typify ignores `maximum` (an expiry month of 13
/// passes) and maps `minimum: 1` to `NonZeroU64`. Request integers with
/// bounds become named components bound to an emitted newtype that checks
/// both bounds when constructed and when deserialized.
fn bounded_integers(
    doc: &mut Value,
    response_side: &BTreeSet<String>,
    log: &mut Vec<String>,
) -> Vec<Bounded> {
    let side = response_side.clone();
    let is_bounded = |s: &Value| {
        s.get("type").and_then(Value::as_str) == Some("integer")
            && (s.get("minimum").is_some() || s.get("maximum").is_some())
    };
    let names = hoist_matching(
        doc,
        &|s, hint| is_bounded(s) && !within(&side, hint),
        &|h| vec![h.to_string()],
    );
    let mut out = Vec::new();
    for name in names {
        let Some(s) = components(doc).and_then(|c| c.get(&name)) else {
            continue;
        };
        if !is_bounded(s) || response_side.contains(&name) {
            continue;
        }
        out.push(Bounded {
            name: name.clone(),
            minimum: s.get("minimum").and_then(Value::as_i64),
            maximum: s.get("maximum").and_then(Value::as_i64),
            description: description(s),
        });
    }
    log_names(
        log,
        "bounded request integers checked",
        out.iter().map(|e| e.name.as_str()),
    );
    out
}

// ---------------------------------------------------------------------------
// Error bodies

/// **Different schemas per status code.** progenitor asserts that all error
/// responses of an operation share one type (Worldpay answers 400 with a
/// `ValidationErrorResponse` and other errors with an `ErrorResponse`), and
/// a proxy's HTML error page would fail to decode as either. Error bodies
/// are therefore read raw by the generated client; the operation table
/// records which schema each status carries, and the hand-written client
/// decodes the body by status, keeping the status either way.
fn raw_error_bodies(doc: &mut Value, log: &mut Vec<String>) -> BTreeSet<String> {
    let mut schemas = BTreeSet::new();
    let mut count = 0;
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            for method in METHODS {
                let Some(responses) = item
                    .get_mut(method)
                    .and_then(|op| op.get_mut("responses"))
                    .and_then(Value::as_object_mut)
                else {
                    continue;
                };
                for (status, r) in responses.iter_mut() {
                    if status.starts_with('2') || status.starts_with('1') {
                        continue;
                    }
                    if let Some(content) = r.get_mut("content").and_then(Value::as_object_mut) {
                        for media in content.values() {
                            if let Some(n) = media.get("schema").and_then(ref_name) {
                                schemas.insert(n.to_string());
                            }
                        }
                        content.clear();
                        content.insert("application/octet-stream".into(), json!({}));
                        count += 1;
                    }
                }
            }
        }
    }
    if count > 0 {
        log.push(format!(
            "{count} error responses read raw and decoded by status ({})",
            schemas.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    schemas
}

// ---------------------------------------------------------------------------
// Clean-up

/// Components nothing refers to any more (union branches' old links lists,
/// for example) are dropped from the generation document, so that no dead
/// types are generated. Error schemas are kept: the client decodes them.
fn drop_unreferenced_schemas(doc: &mut Value, errors: &BTreeSet<String>, log: &mut Vec<String>) {
    let mut keep = reachable(doc, Side::Request);
    keep.extend(reachable(doc, Side::Response));
    keep.extend(errors.iter().cloned());
    // Keep everything reachable from what is kept.
    let mut stack: Vec<String> = keep.iter().cloned().collect();
    while let Some(n) = stack.pop() {
        if let Some(s) = components(doc).and_then(|c| c.get(&n)) {
            let mut refs = Vec::new();
            direct_refs(s, &mut refs);
            for r in refs {
                if keep.insert(r.clone()) {
                    stack.push(r);
                }
            }
        }
    }
    let comps = components_mut(doc);
    let before = comps.len();
    let dropped: Vec<String> = comps
        .keys()
        .filter(|k| !keep.contains(*k))
        .cloned()
        .collect();
    comps.retain(|k, _| keep.contains(k));
    if before != comps.len() {
        log.push(format!(
            "{} schemas no operation reaches any more left out of generation: {}",
            dropped.len(),
            dropped.join(", ")
        ));
    }
}

/// typify's field naming: snake case, with a trailing `_` for keywords.
pub fn rust_field_name(json_name: &str) -> String {
    use heck::ToSnakeCase;
    let s = json_name
        .replace('\'', "")
        .replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-")
        .to_snake_case();
    match s.as_str() {
        "type" | "ref" | "self" | "super" | "crate" | "match" | "fn" | "mod" | "use" | "impl"
        | "loop" | "move" | "static" | "struct" | "trait" | "where" | "enum" | "const" | "let"
        | "in" | "for" | "if" | "else" | "while" | "return" | "async" | "await" | "dyn" | "box"
        | "true" | "false" | "pub" | "mut" | "unsafe" | "extern" | "break" | "continue" | "as"
        | "abstract" | "become" | "do" | "final" | "macro" | "override" | "priv" | "typeof"
        | "unsized" | "virtual" | "yield" | "try" => format!("{s}_"),
        _ => s,
    }
}
