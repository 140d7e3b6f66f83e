//! Rust the crate's own emitter writes beside typify's and progenitor's
//! output: the types the fix-up stage bound by name (open enums, redacting
//! strings, bounded integers, tagged unions) and the operation table.
//!
//! Each emitted type is an invocation of a `macro_rules!` macro of the
//! hand-written runtime (`src/`), so the logic lives, and is tested, once.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::fixup::{Bounded, OpenEnum, Operation, Plan, Sensitive, SuccessAnswer, Union};

pub use super::json::type_name;

/// A variant name for an enum or tag value: `card/wallet+applepay` →
/// `CardWalletApplepay`, `Sent for Settlement` → `SentForSettlement`.
fn variant_name(value: &str, taken: &mut Vec<String>) -> String {
    let base = type_name(value);
    let base = if base.is_empty() {
        "Empty".to_string()
    } else {
        base
    };
    let mut name = base.clone();
    let mut n = 2;
    // `Unrecognized` is the open types' own variant.
    while taken.contains(&name) || name == "Unrecognized" {
        name = format!("{base}{n}");
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// Other spellings an open union's tag value is read from. Access Worldpay
/// writes tag values in lowerCamelCase (`sentForSettlement`), yet a few of
/// its descriptions map a display label instead (`Sent for Settlement`,
/// the value Worldpay's own examples send). A value with white space is
/// also read in its lowerCamelCase form, should the service ever send that;
/// the branch keeps the spelling received either way.
fn tag_aliases(value: &str, values: &[&str]) -> Vec<String> {
    use heck::ToLowerCamelCase;
    if !value.contains(char::is_whitespace) {
        return Vec::new();
    }
    let camel = value.to_lower_camel_case();
    if camel.is_empty() || camel == value || values.contains(&camel.as_str()) {
        return Vec::new();
    }
    vec![camel]
}

/// `///` doc lines at `indent`.
fn doc_lines(description: Option<&str>, fallback: &str, indent: &str) -> String {
    let text = match description {
        Some(d) if !d.trim().is_empty() => d.trim().to_string(),
        _ => fallback.to_string(),
    };
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str(&format!("{indent}///\n"));
        } else {
            out.push_str(&format!("{indent}/// {line}\n"));
        }
    }
    out
}

/// A Rust string literal for `s`.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    match v {
        Some(v) => format!("Some({v})"),
        None => "None".to_string(),
    }
}

fn open_enum(e: &OpenEnum) -> String {
    let mut out = String::from("crate::open_enum! {\n");
    out += &doc_lines(e.description.as_deref(), &format!("`{}`", e.name), "    ");
    out += &format!("    pub enum {} {{\n", type_name(&e.name));
    let mut taken = Vec::new();
    for v in &e.values {
        out += &format!("        /// `{v}`\n");
        out += &format!("        {} = {},\n", variant_name(v, &mut taken), lit(v));
    }
    out += "    }\n}\n";
    out
}

fn sensitive(s: &Sensitive) -> String {
    let mut out = String::from("crate::sensitive_string! {\n");
    out += &doc_lines(s.description.as_deref(), &format!("`{}`", s.name), "    ");
    out += &format!("    pub struct {} {{\n", type_name(&s.name));
    out += &format!("        schema: {},\n", lit(&s.name));
    out += &format!("        min_length: {},\n", opt(s.min_length));
    out += &format!("        max_length: {},\n", opt(s.max_length));
    out += &format!("        pattern: {},\n", opt(s.pattern.as_deref().map(lit)));
    out += "    }\n}\n";
    out
}

fn bounded(b: &Bounded) -> String {
    let mut out = String::from("crate::bounded_integer! {\n");
    out += &doc_lines(b.description.as_deref(), &format!("`{}`", b.name), "    ");
    out += &format!("    pub struct {} {{\n", type_name(&b.name));
    out += &format!("        schema: {},\n", lit(&b.name));
    out += &format!("        minimum: {},\n", opt(b.minimum));
    out += &format!("        maximum: {},\n", opt(b.maximum));
    out += "    }\n}\n";
    out
}

fn union(u: &Union, built: &std::collections::BTreeSet<String>) -> String {
    let mut out = String::from("crate::tagged_union! {\n");
    out += &doc_lines(
        u.description.as_deref(),
        &format!("`{}`, tagged on `{}`", u.name, u.tag),
        "    ",
    );
    let kind = if u.open { "open" } else { "closed" };
    let union_name = type_name(&u.name);
    // An open union's branches keep their tag, in this field.
    let field = if u.open {
        format!(" field {}", super::fixup::rust_field_name(&u.tag))
    } else {
        String::new()
    };
    out += &format!(
        "    {kind} pub enum {} tag {}{field} {{\n",
        type_name(&u.name),
        lit(&u.tag)
    );
    let mut taken = Vec::new();
    let values: Vec<&str> = u.variants.iter().map(|(v, _)| v.as_str()).collect();
    for (value, schema) in &u.variants {
        let aliases = if u.open {
            tag_aliases(value, &values)
        } else {
            Vec::new()
        };
        out += &format!("        /// `{}`: `{value}`", u.tag);
        if !aliases.is_empty() {
            out += &format!(
                " (also read as {})",
                aliases
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        out += "\n";
        out += &format!(
            "        {}({}) = {}",
            variant_name(value, &mut taken),
            type_name(schema),
            lit(value)
        );
        for a in &aliases {
            out += &format!(" | {}", lit(a));
        }
        out += ",\n";
    }
    out += "    }\n}\n";
    // `From` for every branch type that answers to a single tag value.
    let mut variants_taken = Vec::new();
    let named: Vec<(String, String)> = u
        .variants
        .iter()
        .map(|(value, schema)| (variant_name(value, &mut variants_taken), schema.clone()))
        .collect();
    for (variant, schema) in &named {
        if named.iter().filter(|(_, s)| s == schema).count() == 1 {
            let ty = type_name(schema);
            out += &format!(
                "\nimpl ::core::convert::From<{ty}> for {union_name} {{\n    \
                 fn from(value: {ty}) -> Self {{\n        Self::{variant}(value)\n    }}\n}}\n"
            );
            // A request union takes its branch's builder too: built lazily,
            // refused with the branch's field path.
            if !u.open && built.contains(&ty) {
                out += &format!(
                    "\nimpl ::core::convert::TryFrom<builder::{ty}> for {union_name} {{\n    \
                     type Error = crate::request::Refusal;\n    \
                     fn try_from(value: builder::{ty}) -> ::core::result::Result<Self, crate::request::Refusal> {{\n        \
                     {ty}::try_from(value).map(Self::{variant})\n    }}\n}}\n"
                );
            }
        }
    }
    out
}

/// The variant of a success status: its reason phrase (RFC 9110),
/// `Status<code>` for one without.
fn status_variant(status: &str) -> String {
    match status {
        "200" => "Ok".into(),
        "201" => "Created".into(),
        "202" => "Accepted".into(),
        "203" => "NonAuthoritativeInformation".into(),
        "204" => "NoContent".into(),
        "205" => "ResetContent".into(),
        "206" => "PartialContent".into(),
        "207" => "MultiStatus".into(),
        "208" => "AlreadyReported".into(),
        other => format!("Status{}", type_name(other)),
    }
}

fn success_answer(a: &SuccessAnswer) -> String {
    let mut out = String::from("crate::success_answer! {\n");
    out += &doc_lines(
        None,
        &format!(
            "The answer of `{}`, by success status (each status has its own body).",
            a.operation
        ),
        "    ",
    );
    out += &format!("    pub enum {} {{\n", type_name(&a.name));
    for (status, schema, description) in &a.variants {
        let what = if description.trim().is_empty() {
            String::new()
        } else {
            format!(
                ": {}",
                description.trim().lines().next().unwrap_or_default()
            )
        };
        let body = match schema {
            Some(s) => format!("({})", type_name(s)),
            None => String::new(),
        };
        let none = if schema.is_none() { " (no body)" } else { "" };
        out += &format!("        /// `{status}`{what}{none}\n");
        out += &format!(
            "        {}{body} = {},\n",
            status_variant(status),
            lit(status)
        );
    }
    out += "    }\n}\n";
    out
}

/// The branch types of every closed (request) union: builders are
/// written for them.
pub fn closed_union_branches(plan: &Plan) -> Vec<String> {
    plan.unions
        .iter()
        .filter(|u| !u.open)
        .flat_map(|u| u.variants.iter().map(|(_, s)| type_name(s)))
        .collect()
}

/// Union type → branch types, for reachability (typify never sees the
/// unions, which the runtime's macro makes).
pub fn union_edges(plan: &Plan) -> std::collections::BTreeMap<String, Vec<String>> {
    plan.unions
        .iter()
        .map(|u| {
            (
                type_name(&u.name),
                u.variants.iter().map(|(_, s)| type_name(s)).collect(),
            )
        })
        .collect()
}

/// The items added to the generated `types` module, as source text (the
/// macro invocations are laid out by hand: prettyplease prints macro
/// bodies as one run of tokens).
/// The types grouped to browse: `requests` (what requests carry) and
/// `answers` (what answers carry), each re-exporting those of `defined`
/// (the names the types file defines) on its side. A type on both sides is
/// in both.
pub fn browse_modules(plan: &Plan, defined: &std::collections::BTreeSet<String>) -> String {
    let list = |side: &std::collections::BTreeSet<String>| -> String {
        let names: std::collections::BTreeSet<String> = side
            .iter()
            .map(|c| crate::json::type_name(c))
            .filter(|n| defined.contains(n))
            .collect();
        names.into_iter().collect::<Vec<_>>().join(",\n        ")
    };
    let mut out = String::from(
        "\n/// The types grouped to browse, by the side of the wire that carries them\n\
         /// (a type both sides carry is in both).\npub mod by_side {\n",
    );
    for (module, doc, side) in [
        (
            "requests",
            "What requests carry: strict, each built with its builder in [`super::builder`].",
            &plan.request_side,
        ),
        (
            "answers",
            "What answers carry: lenient, open to values Worldpay adds.",
            &plan.answer_side,
        ),
    ] {
        let names = list(side);
        if names.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "    /// {doc}\n    pub mod {module} {{\n        pub use super::super::{{\n        {names},\n        }};\n    }}\n"
        ));
    }
    out.push_str("}\n");
    out
}

/// Every `pub struct`/`pub enum` name a rendered types file defines.
pub fn defined_types(text: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for line in text.lines() {
        for kw in ["pub struct ", "pub enum "] {
            if let Some(at) = line.find(kw) {
                let name: String = line[at + kw.len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
    }
    out
}

pub fn types_items(plan: &Plan, built: &std::collections::BTreeSet<String>) -> String {
    let mut out = String::from(
        "\n// Types the fix-up stage bound by name, made by the runtime's macros\n\
         // (src/open_enum.rs, src/sensitive.rs, src/constraint.rs, src/tagged_union.rs).\n",
    );
    // typify's conversion errors (constrained strings, enums) as refusals.
    out.push_str(
        "\nimpl crate::request::IntoRefusal for error::ConversionError {\n    \
         fn into_refusal(self) -> crate::request::Refusal {\n        \
         crate::request::Refusal::new(crate::constraint::Rule::parse(&self.to_string()))\n    }\n}\n",
    );
    let items = plan
        .open_enums
        .iter()
        .map(open_enum)
        .chain(plan.sensitive.iter().map(sensitive))
        .chain(plan.bounded.iter().map(bounded))
        .chain(plan.unions.iter().map(|u| union(u, built)))
        .chain(plan.success_answers.iter().map(success_answer));
    for item in items {
        out.push('\n');
        out += &item;
    }
    out
}

/// `(Rust type name, path of the replacement)` for every emitted type.
pub fn replacements(plan: &Plan, module: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let names = plan
        .open_enums
        .iter()
        .map(|e| &e.name)
        .chain(plan.sensitive.iter().map(|e| &e.name))
        .chain(plan.bounded.iter().map(|e| &e.name))
        .chain(plan.unions.iter().map(|e| &e.name));
    for n in names {
        let t = type_name(n);
        out.push((t.clone(), format!("crate::{module}::types::{t}")));
    }
    for (name, path) in &plan.formats {
        out.push((type_name(name), path.clone()));
    }
    if plan.hal_links {
        out.push(("HalLinks".into(), "crate::hal::Links".into()));
    }
    out
}

fn operation(op: &Operation) -> TokenStream {
    use heck::ToSnakeCase;
    let id = &op.id;
    // progenitor reports operations to hooks in snake case.
    let client_id = op.id.to_snake_case();
    let method = &op.method;
    let path = &op.path;
    let summary = &op.summary;
    let opt = |v: &Option<String>| match v {
        Some(s) => quote! { ::core::option::Option::Some(#s) },
        None => quote! { ::core::option::Option::None },
    };
    let req = opt(&op.request_media_type);
    let resp = opt(&op.response_media_type);
    let required = op.request_body_required;
    let statuses = |list: &[(String, Option<String>)]| {
        let items = list.iter().map(|(status, schema)| {
            let schema = opt(&schema.as_ref().map(|s| type_name(s)));
            quote! { (#status, #schema) }
        });
        quote! { &[ #(#items),* ] }
    };
    let success = statuses(&op.success);
    let errors = statuses(&op.errors);
    let headers = op
        .headers
        .iter()
        .map(|(name, value)| quote! { (#name, #value) });
    quote! {
        crate::operation::Operation {
            id: #id,
            client_id: #client_id,
            method: #method,
            path: #path,
            summary: #summary,
            request_media_type: #req,
            request_body_required: #required,
            response_media_type: #resp,
            success: #success,
            errors: #errors,
            headers: &[ #(#headers),* ],
        }
    }
}

/// `operations.rs`: the operation table, the error bodies (with what they
/// say, `error_text`), field names.
pub fn operations_file(
    plan: &Plan,
    api_title: &str,
    environments: &[(String, String)],
    error_text: TokenStream,
) -> TokenStream {
    use heck::ToShoutySnakeCase;
    let env_consts = environments.iter().map(|(name, url)| {
        let ident = format_ident!("{}", name.to_shouty_snake_case());
        let doc = format!(" `{name}`: `{url}`.");
        quote! {
            #[doc = #doc]
            pub const #ident: crate::transport::Environment =
                crate::transport::Environment::Named { name: #name, url: #url };
        }
    });
    let ops = plan.operations.iter().map(operation);
    let ops_doc = format!(
        " Every operation of {api_title}, as it goes on the wire (media types as published)."
    );
    let error_variants: Vec<_> = plan
        .error_schemas
        .iter()
        .map(|s| format_ident!("{}", type_name(s)))
        .collect();
    let error_names: Vec<String> = plan.error_schemas.iter().map(|s| type_name(s)).collect();
    let error_docs: Vec<String> = plan
        .error_schemas
        .iter()
        .map(|s| format!(" A `{s}` body."))
        .collect();
    let sensitive_paths = plan.sensitive_paths.iter();
    // No documented error body: nothing is decoded (and nothing unused).
    let unused = if error_names.is_empty() {
        quote! { let _ = bytes; }
    } else {
        quote! {}
    };
    quote! {
        /// Where Worldpay runs this API (its `api.yaml` `environments`), for
        /// `ClientConfig::new`.
        pub mod environments {
            #(#env_consts)*
        }

        #[doc = #ops_doc]
        pub const OPERATIONS: &[crate::operation::Operation] = &[ #(#ops),* ];

        /// An error body this API documents, decoded by the status it came with.
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum ErrorBody {
            #( #[doc = #error_docs] #error_variants(super::types::#error_variants), )*
        }

        impl ErrorBody {
            /// Decodes `bytes` as the error schema named `schema` (a Rust type name
            /// from [`OPERATIONS`]); `None` when the schema is not an error schema.
            pub(crate) fn decode(
                schema: &str,
                bytes: &[u8],
            ) -> ::core::option::Option<::core::result::Result<Self, ::serde_json::Error>> {
                #unused
                match schema {
                    #( #error_names => ::core::option::Option::Some(
                        ::serde_json::from_slice(bytes).map(Self::#error_variants)
                    ), )*
                    _ => ::core::option::Option::None,
                }
            }
        }

        #error_text

        /// The JSON path (`a.b`, `[]` for array items) of every value of a
        /// request or answer that is card data or a secret: what
        /// `worldpay::sensitive::redact_json` redacts, from the same
        /// knowledge that binds the redacting types.
        pub const SENSITIVE_PATHS: &[&str] = &[ #(#sensitive_paths),* ];
    }
}

/// The marker type name of a relation: `cardPayments:partialSettle` →
/// `PartialSettle`, `verifiedPayments:3dsDeviceData` → `ThreeDsDeviceData`
/// (a leading digit is spelt out: an identifier cannot start with one).
/// When another relation of the API's table has the same name under
/// another prefix, the prefix is kept: `cardPayments:settle` →
/// `CardPaymentsSettle` beside `payments:settle` → `PaymentsSettle`.
pub(crate) fn marker_name(rel: &str, relations: &[(&str, Option<&str>)]) -> String {
    let short = |r: &str| r.rsplit(':').next().unwrap_or(r).to_string();
    let shared = relations
        .iter()
        .any(|(other, _)| *other != rel && short(other) == short(rel));
    match rel.split_once(':') {
        Some((prefix, _)) if shared => format!("{}{}", type_name(prefix), short_marker_name(rel)),
        _ => short_marker_name(rel),
    }
}

fn short_marker_name(rel: &str) -> String {
    const DIGITS: [&str; 10] = [
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
    ];
    let reference = rel.rsplit(':').next().unwrap_or(rel);
    let mut chars = reference.chars();
    match chars.next().and_then(|c| c.to_digit(10)) {
        Some(d) => {
            let rest = chars.as_str();
            let mut rest_chars = rest.chars();
            let capitalized: String = rest_chars
                .next()
                .map(|c| c.to_uppercase().chain(rest_chars).collect())
                .unwrap_or_default();
            type_name(&format!("{}{capitalized}", DIGITS[d as usize]))
        }
        // `self` (HAL's own relation) would be the keyword `Self`.
        None if type_name(reference) == "Self" => "SelfLink".to_string(),
        None => type_name(reference),
    }
}

/// `links.rs`: a marker type per link relation, and the compile-time fact
/// "this response type offers that relation" for every response whose
/// `_links` the description spells out.
pub fn links_file(
    plan: &Plan,
    relations: &[(&str, Option<&str>)],
    aliases: &[(&str, &str)],
    warnings: &mut Vec<String>,
) -> TokenStream {
    use std::collections::BTreeSet;
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for rels in plan.links_offered.values() {
        for (_, r) in rels {
            used.insert(r.as_str());
        }
    }
    let marker = |rel: &str| format_ident!("{}", marker_name(rel, relations));
    let mut markers = Vec::new();
    for (rel, op) in relations {
        let ident = marker(rel);
        let doc = match op {
            Some(op) => format!(" `{rel}`: leads to the `{op}` operation."),
            None => format!(
                " `{rel}`: a link the API documents but this description has no operation for; \
                 read it with `crate::hal::offered`."
            ),
        };
        let follow = op.map(|op| {
            quote! {
                impl crate::hal::Relation for #ident {
                    const OPERATION: &'static str = #op;
                }
            }
        });
        // `prefix: other` renames a relation's prefix; `relation: name`
        // (the key a relation of the table) gives it one more whole name.
        let mut also: Vec<String> = rel
            .split_once(':')
            .map(|(prefix, name)| {
                aliases
                    .iter()
                    .filter(|(p, _)| *p == prefix)
                    .map(|(_, other)| format!("{other}:{name}"))
                    .collect()
            })
            .unwrap_or_default();
        also.extend(
            aliases
                .iter()
                .filter(|(key, _)| key == rel)
                .map(|(_, other)| other.to_string()),
        );
        let doc = if also.is_empty() {
            doc
        } else {
            format!(
                "{doc} Also found as {}.",
                also.iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let aliases_const = (!also.is_empty()).then(|| {
            quote! { const ALIASES: &'static [&'static str] = &[#(#also),*]; }
        });
        markers.push(quote! {
            #[doc = #doc]
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub struct #ident;
            impl crate::hal::LinkRelation for #ident {
                const NAME: &'static str = #rel;
                #aliases_const
            }
            #follow
        });
    }
    for rel in &used {
        if !relations.iter().any(|(r, _)| r == rel) {
            warnings.push(format!(
                "link relation `{rel}` has no operation in its API's api.yaml relations: \
                 responses offering it get no typed follow"
            ));
        }
    }
    let mut offers = Vec::new();
    for (schema, rels) in &plan.links_offered {
        let ty = format_ident!("{}", type_name(schema));
        for (field, rel) in rels {
            if !relations.iter().any(|(r, _)| r == rel) {
                continue;
            }
            let m = marker(rel);
            let field = format_ident!("{field}");
            offers.push(quote! {
                impl crate::hal::Offers<rel::#m> for types::#ty {
                    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
                        crate::hal::AsLinks::as_links(&self.#field)
                    }
                }
            });
        }
    }
    // What each answer schema lists, relations of the table or not, by
    // the JSON property listing them.
    let offered = plan.links_offered.iter().map(|(schema, rels)| {
        let ty = type_name(schema);
        let mut listed: Vec<(&str, &str)> = rels
            .iter()
            .map(|(field, r)| {
                let property = crate::fixup::LINK_MAP_FIELDS
                    .iter()
                    .find(|(_, f)| f == field)
                    .map_or(field.as_str(), |(p, _)| *p);
                (property, r.as_str())
            })
            .collect();
        listed.sort_unstable();
        listed.dedup();
        let (properties, names): (Vec<&str>, Vec<&str>) = listed.into_iter().unzip();
        quote! { (#ty, &[#((#properties, #names)),*]) }
    });
    let rel_names: Vec<&str> = relations.iter().map(|(r, _)| *r).collect();
    let rel_ops: Vec<TokenStream> = relations
        .iter()
        .map(|(_, o)| match o {
            Some(op) => quote! { ::core::option::Option::Some(#op) },
            None => quote! { ::core::option::Option::None },
        })
        .collect();
    quote! {
        /// The link relations of this API, each naming the operation it leads to.
        pub mod rel {
            #(#markers)*
        }

        /// Every relation of the API and the operation it leads to (as its
        /// `api.yaml` says), for what builds links (the simulator).
        pub const RELATIONS: &[(&str, ::core::option::Option<&str>)] = &[ #( (#rel_names, #rel_ops) ),* ];

        /// Every answer type whose schema spells out its `_links` or
        /// `_actions`, and the relations it lists there (`("_actions",
        /// "refundPayment")`, sorted), for what builds answers (the
        /// simulator).
        pub const OFFERED: &[(&str, &[(&str, &str)])] = &[ #(#offered),* ];

        #(#offers)*
    }
}

/// `channels.rs` of an AsyncAPI description: destination constants, the
/// channel table (reply destinations and terminal messages of each
/// operation), one enum of the messages the server sends and one of those
/// the client sends, each keyed by destination.
pub fn channels_file(
    channels: &[super::asyncapi::Channel],
    plan: &Plan,
    module: &str,
) -> TokenStream {
    use super::asyncapi::Direction;
    use heck::ToShoutySnakeCase;
    let root = format_ident!("{module}");
    let constants = channels.iter().map(|c| {
        let name = format_ident!("{}", c.operation_id.to_shouty_snake_case());
        let dest = &c.destination;
        let doc = format!(" `{dest}`: {}", c.summary);
        quote! { #[doc = #doc] pub const #name: &str = #dest; }
    });
    let table = channels.iter().map(|c| {
        let dest = &c.destination;
        let op = &c.operation_id;
        let message = &c.message;
        let summary = &c.summary;
        let direction = match c.direction {
            Direction::Publish => quote! { crate::#root::Direction::Publish },
            Direction::Subscribe => quote! { crate::#root::Direction::Subscribe },
        };
        let replies = &c.replies;
        let terminal = &c.terminal;
        let authenticated = c.authenticated;
        quote! {
            crate::#root::Channel {
                destination: #dest,
                direction: #direction,
                operation_id: #op,
                message: #message,
                summary: #summary,
                replies: &[#(#replies),*],
                terminal: &[#(#terminal),*],
                authenticated: #authenticated,
            }
        }
    });
    let server = message_enum(
        channels,
        Direction::Subscribe,
        "ServerMessage",
        "A message the server sends, decoded by the destination it came on.",
    );
    let client = message_enum(
        channels,
        Direction::Publish,
        "ClientMessage",
        "A message the client sends, decoded by the destination it goes to (what a \
         server, the simulator included, receives).",
    );
    let sensitive_paths = plan.sensitive_paths.iter();
    quote! {
        /// Every destination, named after its operation.
        pub mod destination {
            #(#constants)*
        }

        /// Every channel operation: direction, message, and for requests the
        /// destinations to subscribe to first and those that end the
        /// operation.
        pub const CHANNELS: &[crate::#root::Channel] = &[ #(#table),* ];

        #server

        #client

        /// The JSON path (`a.b`, `[]` for array items) of every value of a
        /// request or answer that is card data or a secret: what
        /// `worldpay::sensitive::redact_json` redacts, from the same
        /// knowledge that binds the redacting types.
        pub const SENSITIVE_PATHS: &[&str] = &[ #(#sensitive_paths),* ];
    }
}

/// One variant of `ServerMessage` or `ClientMessage`: the message on one
/// destination.
#[derive(Clone, Debug)]
pub struct MessageVariant {
    /// The destination it travels on.
    pub destination: String,
    /// The variant's name (the message's name without `-message`).
    pub variant: String,
    /// The Rust name of its payload type (in `types`).
    pub payload_type: String,
    /// The message's name in the description.
    pub message: String,
}

/// The variants of the message enum of one direction, in channel order
/// (what `channels.rs` emits and `methods.rs` matches on).
pub fn message_variants(
    channels: &[super::asyncapi::Channel],
    direction: super::asyncapi::Direction,
) -> Vec<MessageVariant> {
    let mut taken = Vec::new();
    channels
        .iter()
        .filter(|c| c.direction == direction)
        .map(|c| {
            let base = c.message.trim_end_matches("-message");
            MessageVariant {
                destination: c.destination.clone(),
                variant: variant_name(base, &mut taken),
                payload_type: type_name(&c.payload),
                message: c.message.clone(),
            }
        })
        .collect()
}

/// An enum of the messages of one direction, decoded by destination, with
/// a variant keeping what arrives on a destination unknown when generated.
fn message_enum(
    channels: &[super::asyncapi::Channel],
    direction: super::asyncapi::Direction,
    name: &str,
    doc: &str,
) -> TokenStream {
    let name = format_ident!("{name}");
    let doc = format!(" {doc}");
    let messages: Vec<_> = message_variants(channels, direction)
        .into_iter()
        .map(|m| {
            (
                m.destination,
                format_ident!("{}", m.variant),
                format_ident!("{}", m.payload_type),
                m.message,
            )
        })
        .collect();
    let variants = messages.iter().map(|(dest, v, ty, message)| {
        let doc = format!(" `{message}`, on `{dest}`.");
        quote! { #[doc = #doc] #v(super::types::#ty), }
    });
    let decode_arms = messages.iter().map(|(dest, v, _, _)| {
        quote! { #dest => ::serde_json::from_slice(body).map(Self::#v), }
    });
    let dest_arms = messages
        .iter()
        .map(|(dest, v, _, _)| quote! { Self::#v(_) => #dest, });
    let message_arms = messages
        .iter()
        .map(|(_, v, _, message)| quote! { Self::#v(_) => #message, });
    let ser_arms = messages.iter().map(|(_, v, _, _)| {
        quote! { Self::#v(inner) => ::serde::Serialize::serialize(inner, s), }
    });
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A destination unknown when this crate was generated: the body is
            /// kept as received.
            Unrecognized {
                /// The destination.
                destination: ::std::string::String,
                /// The body, as JSON.
                body: crate::tagged_union::Unrecognized,
            },
        }

        impl #name {
            /// Decodes `body`, on `destination`.
            pub fn decode(destination: &str, body: &[u8]) -> ::core::result::Result<Self, ::serde_json::Error> {
                match destination {
                    #(#decode_arms)*
                    other => {
                        let fields: ::serde_json::Map<::std::string::String, ::serde_json::Value> =
                            if body.iter().all(u8::is_ascii_whitespace) {
                                ::serde_json::Map::new()
                            } else {
                                ::serde_json::from_slice(body)?
                            };
                        ::core::result::Result::Ok(Self::Unrecognized {
                            destination: other.to_string(),
                            body: crate::tagged_union::Unrecognized::new(other.to_string(), fields),
                        })
                    }
                }
            }

            /// The destination of the message.
            pub fn destination(&self) -> &str {
                match self {
                    #(#dest_arms)*
                    Self::Unrecognized { destination, .. } => destination,
                }
            }

            /// The message's name in the description (`payment-result-message`),
            /// or `"unrecognized"`.
            pub fn message_name(&self) -> &'static str {
                match self {
                    #(#message_arms)*
                    Self::Unrecognized { .. } => "unrecognized",
                }
            }
        }

        /// The payload alone, as it goes on the wire.
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    #(#ser_arms)*
                    Self::Unrecognized { body, .. } => ::serde::Serialize::serialize(body, s),
                }
            }
        }
    }
}

/// What kind of API a description gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// HTTP operations (OpenAPI): an operation table, an error body, a
    /// client.
    Rest,
    /// Message channels (AsyncAPI): a channel table.
    Channels,
}

/// `generated/apis.rs`: what the runtime needs to know of every API built,
/// each entry under its API's feature, so that the runtime names none: the
/// documented error bodies, the operation tables,
/// the sensitive paths and the validation documents.
pub fn registry_file(apis: &[(&crate::api::Api, Kind)]) -> TokenStream {
    use heck::ToUpperCamelCase;
    let feature = |a: &crate::api::Api| a.feature.clone();
    let module = |a: &crate::api::Api| {
        let m = format_ident!("{}", a.module);
        quote! { crate::#m }
    };
    let variant = |a: &crate::api::Api| format_ident!("{}", a.module.to_upper_camel_case());
    let rest: Vec<&crate::api::Api> = apis
        .iter()
        .filter(|(_, k)| *k == Kind::Rest)
        .map(|(a, _)| *a)
        .collect();
    let all: Vec<&crate::api::Api> = apis.iter().map(|(a, _)| *a).collect();

    let rest_features: Vec<String> = rest.iter().map(|a| feature(a)).collect();
    let rest_modules: Vec<TokenStream> = rest.iter().map(|a| module(a)).collect();
    let rest_variants: Vec<syn::Ident> = rest.iter().map(|a| variant(a)).collect();
    let rest_titles: Vec<String> = rest
        .iter()
        .map(|a| format!(" A {} error body.", a.title))
        .collect();
    let rest_names: Vec<String> = rest_variants.iter().map(|v| v.to_string()).collect();

    let all_features: Vec<String> = all.iter().map(|a| feature(a)).collect();
    let all_variants: Vec<syn::Ident> = all.iter().map(|a| variant(a)).collect();
    let all_titles: Vec<String> = all.iter().map(|a| format!(" {}.", a.title)).collect();
    let all_dirs: Vec<String> = all
        .iter()
        .map(|a| format!("/generated/{}/schema.json", a.module))
        .collect();
    let all_modules: Vec<TokenStream> = all.iter().map(|a| module(a)).collect();
    let simulated: Vec<&crate::api::Api> = rest.iter().copied().filter(|a| a.simulated).collect();
    let sim_features: Vec<String> = simulated.iter().map(|a| feature(a)).collect();
    let sim_variants: Vec<syn::Ident> = simulated.iter().map(|a| variant(a)).collect();
    let sim_modules: Vec<TokenStream> = simulated.iter().map(|a| module(a)).collect();
    let sim_behaviours: Vec<TokenStream> = simulated
        .iter()
        .map(|a| {
            let m = format_ident!("{}", a.module);
            quote! { crate::sim::#m::BEHAVIOUR }
        })
        .collect();
    let sim_auth: Vec<TokenStream> = simulated
        .iter()
        .map(|a| {
            let scheme = format_ident!(
                "{}",
                match a.auth {
                    crate::api::Auth::Basic => "Basic",
                    crate::api::Auth::Bearer => "Bearer",
                    crate::api::Auth::ServiceKey => "ServiceKey",
                    crate::api::Auth::LicenceKey => "LicenceKey",
                }
            );
            quote! { crate::auth::Scheme::#scheme }
        })
        .collect();

    quote! {
        /// Every REST API's operation table.
        pub(crate) const OPERATION_TABLES: &[&[crate::operation::Operation]] = &[
            #( #[cfg(feature = #rest_features)] #rest_modules::OPERATIONS, )*
        ];

        /// The JSON paths of card data and secrets in each API built (see
        /// `crate::sensitive::redact_json`).
        pub(crate) const SENSITIVE_PATHS: &[&[&str]] = &[
            #( #[cfg(feature = #all_features)] #all_modules::SENSITIVE_PATHS, )*
        ];

        /// The body of a documented error answer, by API. Its `Debug` masks
        /// card numbers: a server's messages may quote the request.
        #[non_exhaustive]
        pub enum ApiErrorBody {
            #(
                #[doc = #rest_titles]
                #[cfg(feature = #rest_features)]
                #rest_variants(#rest_modules::ErrorBody),
            )*
            /// The documented error body of an API generated outside this
            /// crate (`worldpay::rest_api_module!`).
            External(::std::boxed::Box<dyn crate::error::ExternalErrorBody>),
            /// A body that is not the documented schema (an HTML page from a
            /// proxy, an empty body, broken JSON), kept raw (scrubbed).
            Undocumented(crate::error::RawBody),
        }

        impl ::core::fmt::Debug for ApiErrorBody {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #( #[cfg(feature = #rest_features)] Self::#rest_variants(b) => crate::error::debug_body(f, #rest_names, b), )*
                    Self::External(b) => crate::error::debug_body(f, "External", b),
                    Self::Undocumented(raw) => crate::error::debug_body(f, "Undocumented", raw),
                }
            }
        }

        impl ApiErrorBody {
            /// One line for `Display`: the error's name and message, masked.
            pub(crate) fn summary(&self) -> ::std::string::String {
                match self {
                    #( #[cfg(feature = #rest_features)] Self::#rest_variants(b) => crate::sensitive::mask_server_text(&b.summary()), )*
                    Self::External(b) => crate::sensitive::mask_server_text(&b.summary()),
                    Self::Undocumented(raw) => ::std::format!("undocumented body ({raw:?})"),
                }
            }
        }

        /// The REST APIs the simulator serves, in folder order.
        #[cfg(feature = "simulator")]
        pub(crate) static SIMULATED: &[crate::sim::Served] = &[
            #(
                #[cfg(feature = #sim_features)]
                crate::sim::Served {
                    api: Api::#sim_variants,
                    operations: #sim_modules::OPERATIONS,
                    auth: #sim_auth,
                    behaviour: &#sim_behaviours,
                },
            )*
        ];

        /// An API whose payloads can be validated against its published
        /// schemas.
        #[cfg(feature = "validate")]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Api {
            #( #[doc = #all_titles] #[cfg(feature = #all_features)] #all_variants, )*
        }

        #[cfg(feature = "validate")]
        impl Api {
            /// The validation document, parsed once.
            pub(crate) fn document(self) -> &'static ::serde_json::Value {
                match self {
                    #(
                        #[cfg(feature = #all_features)]
                        Self::#all_variants => {
                            static DOC: ::std::sync::OnceLock<::serde_json::Value> = ::std::sync::OnceLock::new();
                            DOC.get_or_init(|| {
                                ::serde_json::from_str(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), #all_dirs)))
                                    .expect("the generator writes valid JSON")
                            })
                        }
                    )*
                }
            }

            /// The JSON paths of card data and secrets in its payloads.
            pub(crate) fn sensitive_paths(self) -> &'static [&'static str] {
                match self {
                    #( #[cfg(feature = #all_features)] Self::#all_variants => #all_modules::SENSITIVE_PATHS, )*
                }
            }
        }
    }
}

/// Where an API's module is declared from: its hand-written file, when
/// `src/` has one (relative to `generated/`, where `modules.rs` is), or
/// nothing, when the whole module is generated.
pub fn hand_written_module(root: &std::path::Path, module: &str) -> Option<String> {
    [format!("src/{module}/mod.rs"), format!("src/{module}.rs")]
        .into_iter()
        .find(|rel| root.join(rel).is_file())
        .map(|rel| format!("../{rel}"))
}

/// `generated/modules.rs`, included at the crate root: every API's module,
/// under its feature. An API with a hand-written module (`src/<module>`,
/// for what no description says) is declared from it, and that module
/// mounts its generated parts itself; a REST API without one is the
/// generated module whole, so that adding an API needs no Rust at all.
/// A channel API without its module (its client is hand-written) is left
/// out, with a warning.
pub fn modules_file(
    root: &std::path::Path,
    apis: &[(&crate::api::Api, Kind)],
    warnings: &mut Vec<String>,
) -> TokenStream {
    use heck::ToUpperCamelCase;
    let mut sorted: Vec<&(&crate::api::Api, Kind)> = apis.iter().collect();
    sorted.sort_by(|a, b| a.0.module.cmp(&b.0.module));
    let mut items = Vec::new();
    for (api, kind) in sorted {
        let feature = &api.feature;
        let ident = format_ident!("{}", api.module);
        match hand_written_module(root, &api.module) {
            Some(path) => items.push(quote! {
                #[cfg(feature = #feature)]
                #[path = #path]
                pub mod #ident;
            }),
            None if *kind == Kind::Rest => {
                let dir = format!("generated/{}", api.module);
                let types = format_ident!("{}", crate::types_crate::crate_name(api));
                let variant = format_ident!("{}", api.module.to_upper_camel_case());
                let doc = format!(
                    " {} (feature `{feature}`), generated whole from `{}`: every \
                     operation is a method of [`Client`](crate::{m}::Client), the types \
                     are in [`types`](crate::{m}::types).",
                    api.title,
                    api.schema,
                    m = api.module
                );
                let client_doc = format!(" A {} client.", api.title);
                items.push(quote! {
                    #[cfg(feature = #feature)]
                    #[doc = #doc]
                    pub mod #ident {
                        crate::transport::rest_api!(
                            #dir,
                            #types,
                            #variant,
                            #[doc = #client_doc]
                        );
                    }
                });
            }
            None => warnings.push(format!(
                "{}: a channel (AsyncAPI) API needs its module, `src/{}/mod.rs` (its \
                 client is not generated whole); until it has one the crate has no `{}`",
                api.schema, api.module, api.module
            )),
        }
    }
    quote! { #(#items)* }
}
