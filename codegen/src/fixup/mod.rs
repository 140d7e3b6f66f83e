//! The fix-up stage: general transforms that make any OpenAPI 3.0 (or 3.1) document
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
//!
//! Each family of passes has its file, each pass documented where it is
//! defined: `openapi31` (3.1 down to 3.0), `references` (inlined
//! component references, responses that name a schema, bodies without a
//! schema), `cycles` (`allOf` cycles), `repairs` (misfit defaults, enums
//! without a type, no-op constraints), `formats` (request dates as checked
//! text), `successes` (several success bodies, an enum keyed by status),
//! `media_types` (misspelt, vendor and variously spelt media types,
//! security scheme names),
//! `discriminators` (tag values as constants), `validation` (OpenAPI 3.0 to
//! draft 7), `operations` (the operation table, reserved headers, code
//! fences), `patterns` (ECMAScript patterns, lookahead, Java patterns),
//! `naming` (short, shared names for inline schemas), `hoisting`
//! (hoisting inline schemas), `hal` (`_links`), `sides` (what requests and answers
//! use), `unions` (discriminated unions), `responses` (lenient answers,
//! open enums), `sensitive` (card data and secrets), `integers` (bounds),
//! `error_bodies`, `cleanup` (unreferenced schemas, names, colliding
//! titles). Each transform for a construct of the published descriptions
//! has a synthetic case in `tests/conformance/` (see `tests/conformance.rs`).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use crate::json::{
    METHODS, SCHEMA_REF, Side, components, components_mut, direct_refs, for_each_child_mut,
    operation_roots, ref_name, rewrite_refs, schema_ref, walk_mut,
};

mod cleanup;
mod cycles;
mod discriminators;
mod error_bodies;
mod formats;
mod hal;
mod hoisting;
mod integers;
mod media_types;
mod naming;
mod openapi31;
mod operations;
mod patterns;
mod references;
mod repairs;
mod responses;
mod sensitive;
mod sides;
mod successes;
mod unions;
mod validation;

use cleanup::*;
use cycles::*;
use discriminators::*;
use error_bodies::*;
use formats::*;
use hal::*;
use hoisting::*;
use integers::*;
use media_types::*;
use naming::*;
use openapi31::*;
use operations::*;
use patterns::*;
use references::*;
use repairs::*;
use responses::*;
use sensitive::*;
use sides::*;
use successes::*;
use unions::*;
use validation::*;

pub use cleanup::rust_field_name;
pub use hal::LINK_MAP_FIELDS;
pub use media_types::is_json;
pub use patterns::rewrite_not_blank;
pub use successes::SuccessAnswer;

/// Property names whose values are card data, bank account data or
/// secrets. Wherever such a property appears, its schema becomes a named
/// type with a redacting `Debug` (typify derives `Debug` on everything it
/// emits, builders included, which would print card numbers). The list is
/// the runtime's own (`worldpay_core::sensitive::SENSITIVE_FIELDS`, where
/// the names are explained), so what is bound and what is redacted agree.
pub use worldpay_core::sensitive::SENSITIVE_FIELDS as SENSITIVE_PROPERTIES;

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
    /// `(component, runtime path)`: the checked text types request dates
    /// and date-times are bound to.
    pub formats: Vec<(String, String)>,
    /// Operations answered by an enum keyed by success status.
    pub success_answers: Vec<SuccessAnswer>,
    /// Whether any schema carries HAL `_links`.
    pub hal_links: bool,
    /// For each component whose `_links` (or `_actions`) the description
    /// spells out, the relations it lists, each with the Rust field it is
    /// read from.
    pub links_offered: BTreeMap<String, Vec<(String, String)>>,
    /// The error schemas, by component name, that operations answer with.
    pub error_schemas: BTreeSet<String>,
    /// The JSON paths, from the body of any request or answer, of every
    /// value bound to a redacting type (`a.b`, `[]` for array items): what
    /// `worldpay::sensitive::redact_json` redacts.
    pub sensitive_paths: BTreeSet<String>,
    /// Components requests reach, once the stage is done.
    pub request_side: BTreeSet<String>,
    /// Components answers reach, once the stage is done.
    pub answer_side: BTreeSet<String>,
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
    /// The enum answering the operation, keyed by status, when its
    /// success statuses carry different bodies (see [`SuccessAnswer`]).
    pub answer: Option<String>,
    /// Headers with one allowed value, sent with every request
    /// (`operations::fixed_header_parameters`).
    pub headers: Vec<(String, String)>,
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
    let (webhook_bodies, webhook_schemas) = down_convert_31(&mut doc, &mut log);
    inline_components(&mut doc, &mut log)?;
    break_allof_cycles(&mut doc, &mut log);
    wrap_schema_responses(&mut doc, &mut log);
    drop_schemaless_bodies(&mut doc, &mut log);
    repair_media_types(&mut doc, &mut log);
    normalise_media_type_spellings(&mut doc, &mut log);
    normalise_security_schemes(&mut doc, &mut log);
    rewrite_lookahead_patterns(&mut doc, &mut log);
    rewrite_java_patterns(&mut doc, &mut log)?;
    drop_misfit_defaults(&mut doc, &mut log);
    dedupe_enum_values(&mut doc, &mut log);
    infer_enum_types(&mut doc, &mut log);
    mapping_only_unions(&mut doc, &mut log)?;
    discriminator_constants(&mut doc, &mut log);
    check_patterns(&doc)?;
    let openapi = doc.clone();
    let sensitive_paths = sensitive_paths(&doc, &webhook_bodies, extra_sensitive);
    let mut validation = doc.clone();
    to_json_schema_draft7(&mut validation);
    drop_noop_constraints(&mut doc, &mut log);

    // Stage 2: reshaping for the generators.
    // (Before the operation table is read: it keeps the fixed headers.)
    fixed_header_parameters(&mut doc, &mut log);
    let mut plan = Plan {
        operations: collect_operations(&doc),
        ..Plan::default()
    };
    name_success_bodies(&mut doc, &mut log);
    drop_reserved_header_parameters(&mut doc, &mut log);
    label_code_fences(&mut doc, &mut log);
    plan.links_offered = links_offered(&doc);
    plan.hal_links = hal_links(&mut doc, &mut log);
    name_inline_schemas(&mut doc, extra_sensitive, &mut log);
    hoist_inline_unions(&mut doc, &mut log);
    split_shared_schemas(&mut doc, &mut log);
    let mut response_side = response_schemas(&doc);
    // What webhooks carry is received, as answers are.
    let request_side = reachable(&doc, Side::Request);
    // (With what they reach: inline schemas named since are components.)
    let webhook_side = reaching_from(&doc, &webhook_schemas);
    response_side.extend(
        webhook_side
            .iter()
            .filter(|n| !request_side.contains(*n))
            .cloned(),
    );
    plan.unions = tagged_unions(&mut doc, &response_side, &mut log)?;
    relax_responses(&mut doc, &response_side, &mut log);
    plan.formats = checked_formats(&mut doc, &mut log);
    plan.open_enums = open_enums(&mut doc, &response_side, &mut log);
    let marked = mark_sensitive(&mut doc, extra_sensitive, &mut log)?;
    plan.sensitive = sensitive_strings(&mut doc, &response_side, &marked, &mut log);
    plan.bounded = bounded_integers(&mut doc, &response_side, &mut log);
    plan.success_answers = success_answers(&mut doc, &mut plan.operations, &mut log);
    plan.error_schemas = raw_error_bodies(&mut doc, &mut log);
    use_plain_json_media_types(&mut doc);
    uniquify_inline_titles(&mut doc, &mut log);
    let keep: BTreeSet<String> = plan
        .error_schemas
        .iter()
        .cloned()
        .chain(
            plan.success_answers
                .iter()
                .flat_map(|a| a.variants.iter().filter_map(|(_, s, _)| s.clone())),
        )
        .chain(webhook_side.iter().cloned())
        .collect();
    drop_unreferenced_schemas(&mut doc, &keep, &mut log);
    plan.sensitive_paths = sensitive_paths;
    plan.request_side = reachable(&doc, Side::Request);
    plan.answer_side = reachable(&doc, Side::Response);
    plan.answer_side.extend(reaching_from(&doc, &webhook_side));
    Ok(Prepared {
        openapi,
        validation,
        generation: doc,
        plan,
        log,
    })
}
