//! **Webhooks.** An OpenAPI 3.1 description's `webhooks` are the messages
//! the API's owner sends to the client (Worldpay's Events are one): each
//! webhook's body schema is generated as a received type by the fix-up
//! stage (`fixup/openapi31.rs`); this module adds, for an API whose
//! `api.yaml` says where a body names its webhook (`webhooks:` keys, see
//! [`WebhookKeys`]), the file `generated/<module>/webhooks.rs`:
//!
//! - `WEBHOOKS`: every webhook's name, operation id and media type;
//! - `Event`: one enum that decodes any of them, a variant per webhook
//!   (in name order), keyed by the name the body carries;
//!   open: a name this crate does not know is `Unrecognized`, kept whole,
//!   and never an error;
//! - for a webhook whose body is a `oneOf`, an enum of its branches
//!   (`<Webhook>Body`), the branch chosen being the one that keeps the
//!   most of what was received (`crate::webhook::Fit`): the branches of
//!   one webhook share their name, so no tag can tell them apart;
//! - `KEYS`: where bodies carry their name, identity and time, which
//!   `crate::webhook::Received` reads for deduplication and ordering.
//!
//! Matching a name: a webhook named `<name><Qualifier>` (the qualifier,
//! e.g. a classification, capitalised) is preferred when it exists, then
//! one named `<name>`; so `refused` of class `payout` is `refusedPayout`
//! while `refused` of class `payment` is `refused`.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::api::WebhookKeys;

/// One webhook of a description.
struct Webhook {
    name: String,
    operation_id: Option<String>,
    media_type: Option<String>,
    /// The component schemas of its body (several: a `oneOf`), in order,
    /// repeated references once.
    schemas: Vec<String>,
}

fn read(doc: &Value) -> Result<Vec<Webhook>, String> {
    let Some(hooks) = doc.get("webhooks").and_then(Value::as_object) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (name, item) in hooks {
        let Some(op) = item.get("post") else {
            return Err(format!(
                "webhook `{name}`: only POST webhooks are generated"
            ));
        };
        let content = op
            .pointer("/requestBody/content")
            .and_then(Value::as_object);
        let (media_type, schema) = match content.and_then(|c| c.iter().next()) {
            Some((m, c)) => (Some(m.clone()), c.get("schema").cloned()),
            None => (None, None),
        };
        let reference = |s: &Value| -> Result<String, String> {
            s.get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
                .map(str::to_string)
                .ok_or_else(|| {
                    format!(
                        "webhook `{name}`: its body must be a component schema \
                         or a oneOf of them"
                    )
                })
        };
        let mut schemas = Vec::new();
        match &schema {
            Some(s) if s.get("oneOf").is_some() => {
                for b in s["oneOf"].as_array().into_iter().flatten() {
                    let r = reference(b)?;
                    if !schemas.contains(&r) {
                        schemas.push(r);
                    }
                }
            }
            Some(s) => schemas.push(reference(s)?),
            None => return Err(format!("webhook `{name}`: no body schema")),
        }
        out.push(Webhook {
            name: name.clone(),
            operation_id: op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_string),
            media_type,
            schemas,
        });
    }
    Ok(out)
}

/// The Rust name typify gives a component schema.
fn type_name(schema: &str) -> String {
    schema.to_upper_camel_case()
}

/// The `webhooks.rs` of an API, from its description before fix-ups
/// (which remove `webhooks`) and the names of the types generated;
/// `None` when the description has no webhooks.
pub fn webhooks_file(
    doc: &Value,
    keys: &WebhookKeys,
    defined: &std::collections::BTreeSet<String>,
) -> Result<Option<TokenStream>, String> {
    let hooks = read(doc)?;
    if hooks.is_empty() {
        return Ok(None);
    }
    let mut table = Vec::new();
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut name_arms = Vec::new();
    let mut bodies = Vec::new();
    for h in &hooks {
        for s in &h.schemas {
            if !defined.contains(&type_name(s)) {
                return Err(format!(
                    "webhook `{}`: schema `{s}` generated no type `{}`",
                    h.name,
                    type_name(s)
                ));
            }
        }
        let name = &h.name;
        let op = h.operation_id.as_deref().unwrap_or(name);
        let media = match &h.media_type {
            Some(m) => quote! { ::core::option::Option::Some(#m) },
            None => quote! { ::core::option::Option::None },
        };
        table.push(quote! {
            crate::webhook::Webhook { name: #name, operation_id: #op, media_type: #media },
        });
        let variant = format_ident!("{}", name.to_upper_camel_case());
        let doc_line = format!(
            " The `{name}` webhook (operation `{op}`): {}.",
            h.schemas
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        );
        if let [only] = h.schemas.as_slice() {
            let ty = format_ident!("{}", type_name(only));
            variants.push(quote! { #[doc = #doc_line] #variant(types::#ty), });
            arms.push(quote! {
                #name => ::serde_json::from_value(value).map(Self::#variant),
            });
        } else {
            let body = format_ident!("{}Body", name.to_upper_camel_case());
            let body_doc = format!(
                " The body of a `{name}` event: one of its {} shapes, the one that \
                 keeps the most of what was received (the first on a tie).",
                h.schemas.len()
            );
            let branch_variants = h.schemas.iter().map(|s| {
                let ty = format_ident!("{}", type_name(s));
                let d = format!(" `{s}`.");
                quote! { #[doc = #d] #ty(types::#ty), }
            });
            let tries = h.schemas.iter().map(|s| {
                let ty = format_ident!("{}", type_name(s));
                quote! { fit.branch(::serde_json::from_value::<types::#ty>(value.clone()), Self::#ty); }
            });
            bodies.push(quote! {
                #[doc = #body_doc]
                // Shapes differ in size; events are decoded one at a time.
                #[allow(clippy::large_enum_variant)]
                #[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
                #[serde(untagged)]
                pub enum #body { #(#branch_variants)* }
                impl #body {
                    // Inline: compiled only in a crate that decodes events.
                    #[inline]
                    fn from_value(value: ::serde_json::Value) -> ::core::result::Result<Self, ::serde_json::Error> {
                        let mut fit = crate::webhook::Fit::new(&value);
                        #(#tries)*
                        fit.finish()
                    }
                }
            });
            variants.push(quote! { #[doc = #doc_line] #variant(#body), });
            arms.push(quote! {
                #name => #body::from_value(value).map(Self::#variant),
            });
        }
        name_arms.push(quote! { Self::#variant(_) => #name, });
    }
    let names = hooks.iter().map(|h| h.name.as_str());
    let name_ptrs = &keys.name;
    let qualifier = match &keys.qualifier {
        Some(q) => quote! { ::core::option::Option::Some(#q) },
        None => quote! { ::core::option::Option::None },
    };
    let id = &keys.id;
    let timestamp = &keys.timestamp;
    let keys_doc = format!(
        " Where a body names its webhook: the first string at {}{}; its identity at `{id}`, \
         its time at `{timestamp}` (the API's `api.yaml`).",
        name_ptrs
            .iter()
            .map(|p| format!("`{p}`"))
            .collect::<Vec<_>>()
            .join(", "),
        keys.qualifier
            .as_ref()
            .map(|q| format!(", qualified by `{q}`"))
            .unwrap_or_default()
    );
    Ok(Some(quote! {
        /// Every webhook of the description: the messages sent to you.
        pub const WEBHOOKS: &[crate::webhook::Webhook] = &[ #(#table)* ];

        #[doc = #keys_doc]
        pub const KEYS: crate::webhook::Keys = crate::webhook::Keys {
            name: &[ #(#name_ptrs),* ],
            qualifier: #qualifier,
            id: #id,
            timestamp: #timestamp,
            webhooks: &[ #(#names),* ],
        };

        /// Any webhook of the description, decoded by the name its body
        /// carries (see [`KEYS`]). A name this crate does not know is
        /// [`Event::Unrecognized`], kept whole: decoding never fails on one.
        #[allow(clippy::large_enum_variant)]
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum Event {
            #(#variants)*
            /// A webhook this crate does not know (added after it was
            /// generated), kept as received.
            Unrecognized(crate::webhook::UnknownEvent),
        }

        impl Event {
            /// Decodes a body already parsed as JSON.
            // Inline, as every decoding function here: the decoding of every
            // event's body is compiled only in a crate that decodes events,
            // not in every build of worldpay with the events feature.
            #[inline]
            pub fn from_value(value: ::serde_json::Value) -> ::core::result::Result<Self, ::serde_json::Error> {
                match KEYS.webhook_of(&value) {
                    ::core::option::Option::Some(name) => match name {
                        #(#arms)*
                        _ => ::core::result::Result::Ok(Self::Unrecognized(crate::webhook::UnknownEvent::new(value))),
                    },
                    ::core::option::Option::None => ::core::result::Result::Ok(Self::Unrecognized(crate::webhook::UnknownEvent::new(value))),
                }
            }

            /// The webhook's name, as the description names it (for an
            /// unrecognized one, the name its body carries, if any).
            pub fn webhook(&self) -> &str {
                match self {
                    #(#name_arms)*
                    Self::Unrecognized(u) => u.name(&KEYS).unwrap_or(""),
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for Event {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(d)?;
                Self::from_value(value).map_err(<D::Error as ::serde::de::Error>::custom)
            }
        }

        impl crate::webhook::Decode for Event {
            #[inline]
            fn decode(value: ::serde_json::Value) -> ::core::result::Result<Self, ::serde_json::Error> {
                Self::from_value(value)
            }
            fn keys() -> ::core::option::Option<&'static crate::webhook::Keys> {
                ::core::option::Option::Some(&KEYS)
            }
        }

        #(#bodies)*
    }))
}
