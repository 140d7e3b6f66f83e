//! The client methods of a REST API (`generated/<api>/methods.rs`): one
//! method per operation, a line each into the runtime's one executor.
//!
//! progenitor analyses the description (parameters, body and answer types,
//! named exactly as in the generated `types`); its own client is not
//! emitted. Its output is read here for each operation's Rust types, and
//! the methods are written against `crate::transport::Core`:
//!
//! - an operation a HAL link relation leads to (the API's `api.yaml`
//!   `relations`) is followed from a value that offers the relation:
//!   `settle(&authorized, body)`, named after the relation (HAL's `self`
//!   after the operation: `query_events(&answer)`);
//! - any other operation, and a search a relation leads to (a fixed path
//!   with query parameters, whose `next` links page through it), is sent
//!   to its own path:
//!   `authorize(body)`, `get_order(order_code)`, named after its
//!   `operationId`;
//! - each has a `_response` twin that keeps the answer's status and
//!   headers.

use std::collections::BTreeMap;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::fixup::Operation;

/// What progenitor made of one operation.
#[derive(Clone)]
pub struct OpTypes {
    /// Its parameters, as progenitor's builder holds them: Rust field
    /// name and type.
    pub params: Vec<(String, syn::Type)>,
    /// The request body's type, when there is a body.
    pub body: Option<syn::Type>,
    /// The success answer's type (`()` for none).
    pub answer: syn::Type,
}

/// Reads progenitor's client: for each client method (the snake-case
/// operation id), the types of its builder and answer.
pub fn read_progenitor(file: &syn::File) -> Result<BTreeMap<String, OpTypes>, String> {
    // Client method -> builder struct.
    let mut builders: BTreeMap<String, String> = BTreeMap::new();
    let mut structs: BTreeMap<String, Vec<(String, syn::Type)>> = BTreeMap::new();
    let mut answers: BTreeMap<String, syn::Type> = BTreeMap::new();
    for item in &file.items {
        match item {
            syn::Item::Impl(imp) if is_named(&imp.self_ty, "Client") && imp.trait_.is_none() => {
                for it in &imp.items {
                    if let syn::ImplItem::Fn(f) = it
                        && let syn::ReturnType::Type(_, ty) = &f.sig.output
                        && let Some(name) = last_segment(ty)
                    {
                        builders.insert(f.sig.ident.to_string(), name);
                    }
                }
            }
            syn::Item::Mod(m) if m.ident == "builder" => {
                for it in m.content.iter().flat_map(|(_, items)| items) {
                    match it {
                        syn::Item::Struct(s) => {
                            let fields = s
                                .fields
                                .iter()
                                .filter_map(|f| {
                                    let name =
                                        f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                                    (name != "client").then(|| result_ok(&f.ty).map(|t| (name, t)))
                                })
                                .collect::<Option<Vec<_>>>()
                                .ok_or_else(|| {
                                    format!(
                                        "progenitor builder {}: a field is not a Result",
                                        s.ident
                                    )
                                })?;
                            structs.insert(s.ident.to_string(), fields);
                        }
                        syn::Item::Impl(imp) => {
                            let Some(name) = last_segment(&imp.self_ty) else {
                                continue;
                            };
                            for it in &imp.items {
                                if let syn::ImplItem::Fn(f) = it
                                    && f.sig.ident == "send"
                                    && let syn::ReturnType::Type(_, ty) = &f.sig.output
                                {
                                    let answer = generic_arg(ty, "Result", 0)
                                        .and_then(|rv| generic_arg(&rv, "ResponseValue", 0))
                                        .ok_or_else(|| {
                                            format!("progenitor builder {name}: send's answer type")
                                        })?;
                                    answers.insert(name.clone(), answer);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    for (method, builder) in builders {
        let (Some(fields), Some(answer)) = (structs.get(&builder), answers.get(&builder)) else {
            continue;
        };
        let mut params = Vec::new();
        let mut body = None;
        for (name, ty) in fields {
            if name == "body" {
                body = Some(unbuilder(ty));
            } else {
                params.push((name.clone(), ty.clone()));
            }
        }
        out.insert(
            method,
            OpTypes {
                params,
                body,
                answer: answer.clone(),
            },
        );
    }
    Ok(out)
}

fn is_named(ty: &syn::Type, name: &str) -> bool {
    last_segment(ty).as_deref() == Some(name)
}

fn last_segment(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The `i`-th generic argument of a path type whose last segment is `outer`.
fn generic_arg(ty: &syn::Type, outer: &str, i: usize) -> Option<syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != outer {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    args.args
        .iter()
        .filter_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        })
        .nth(i)
}

/// `T` of `Result<T, String>`.
fn result_ok(ty: &syn::Type) -> Option<syn::Type> {
    generic_arg(ty, "Result", 0)
}

/// `types::builder::X` → `types::X`: a body is converted to its type.
fn unbuilder(ty: &syn::Type) -> syn::Type {
    let mut ty = ty.clone();
    if let syn::Type::Path(p) = &mut ty {
        let segs: Vec<syn::PathSegment> = p
            .path
            .segments
            .iter()
            .filter(|s| s.ident != "builder")
            .cloned()
            .collect();
        p.path.segments = segs.into_iter().collect();
    }
    ty
}

/// `Option<T>`'s `T`, when it is one.
fn option_inner(ty: &syn::Type) -> Option<syn::Type> {
    generic_arg(ty, "Option", 0)
}

/// The last identifier of a path type (`types::X` → `X`).
pub fn type_ident(ty: &syn::Type) -> Option<String> {
    last_segment(ty)
}

/// Whether a type is `String`.
/// A Rust primitive a parameter can be (integers, floats, `bool`).
fn is_primitive(ty: &syn::Type) -> bool {
    const PRIMITIVES: &[&str] = &[
        "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64", "bool",
    ];
    let text = quote! { #ty }.to_string().replace(' ', "");
    PRIMITIVES.contains(&text.trim_start_matches("::std::primitive::"))
}

fn is_string(ty: &syn::Type) -> bool {
    is_named(ty, "String")
}

/// The JSON name of each parameter of an operation, by progenitor's Rust
/// name, and where it goes.
fn parameters(doc: &Value, op: &Operation) -> BTreeMap<String, (usize, String, String, String)> {
    let mut out = BTreeMap::new();
    let Some(path_item) = doc.pointer(&format!(
        "/paths/{}",
        op.path.replace('~', "~0").replace('/', "~1")
    )) else {
        return out;
    };
    let Some(item) = path_item.get(op.method.to_ascii_lowercase()) else {
        return out;
    };
    // The path item's parameters (shared by its operations) come first,
    // unless the operation declares one of the same name and place.
    let own: Vec<&Value> = item
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .collect();
    let key = |p: &Value| (p.get("name").cloned(), p.get("in").cloned());
    let shared = path_item
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|p| !own.iter().any(|o| key(o) == key(p)));
    for (i, p) in shared.chain(own.iter().copied()).enumerate() {
        let (Some(name), Some(place)) = (
            p.get("name").and_then(Value::as_str),
            p.get("in").and_then(Value::as_str),
        ) else {
            continue;
        };
        let description = p
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim()
            .to_string();
        out.insert(
            crate::fixup::rust_field_name(name),
            (i, name.to_string(), place.to_string(), description),
        );
    }
    out
}

/// The marker type name of a relation (as `links.rs` names it).
fn marker(rel: &str, relations: &[(&str, Option<&str>)]) -> syn::Ident {
    format_ident!("{}", crate::emit::marker_name(rel, relations))
}

/// `methods.rs` of one REST API: an `impl Client` with every operation.
pub fn methods_file(
    doc: &Value,
    operations: &[Operation],
    progenitor: &BTreeMap<String, OpTypes>,
    relations: &[(&str, Option<&str>)],
) -> Result<TokenStream, String> {
    let mut methods = Vec::new();
    let mut option_structs = Vec::new();
    for op in operations {
        let client_id = op.id.to_snake_case();
        let Some(types) = progenitor.get(&client_id) else {
            return Err(format!(
                "operation `{}`: progenitor made no client method `{client_id}`",
                op.id
            ));
        };
        let id = &op.id;
        // Different bodies by status: the enum the fix-up stage planned
        // (progenitor saw one status without a body).
        let keyed: Option<syn::Type> = match &op.answer {
            Some(name) => Some(
                syn::parse_str(&format!("types::{}", crate::emit::type_name(name)))
                    .map_err(|e| format!("operation `{}`: answer type: {e}", op.id))?,
            ),
            None => None,
        };
        let answer = keyed.as_ref().unwrap_or(&types.answer);
        let wire = format!(" `{} {}` (`{}`).", op.method, op.path, op.id);
        let summary = if op.summary.is_empty() {
            format!(" The `{}` operation.", op.id)
        } else {
            format!(" {}.", op.summary.trim_end_matches('.'))
        };
        let reached_by: Vec<&str> = relations
            .iter()
            .filter(|(_, o)| *o == Some(op.id.as_str()))
            .map(|(r, _)| *r)
            .collect();
        let (body_generics, body_arg, body_where, body_value) = match &types.body {
            Some(ty) => (
                quote! { <B> },
                quote! { , body: B },
                quote! { where B: ::core::convert::TryInto<#ty>, B::Error: crate::request::IntoRefusal },
                quote! { ::core::option::Option::Some(self.core.encode::<B, #ty>(#id, body)?) },
            ),
            None => (
                quote! {},
                quote! {},
                quote! {},
                quote! { ::core::option::Option::None },
            ),
        };
        let body_doc = match &types.body {
            Some(_) => {
                " `body` is the request or its builder, checked before anything is sent \
                 (an empty object is not sent)."
            }
            None => "",
        };
        for rel in &reached_by {
            // Named after the relation; HAL's own `self` (which would read
            // `self_`) after the operation it leads to.
            let short = match rel.rsplit(':').next().unwrap_or(rel) {
                "self" => op.id.as_str(),
                short => short,
            };
            let name = format_ident!("{}", crate::fixup::rust_field_name(short));
            let name_response = format_ident!(
                "{}_response",
                crate::fixup::rust_field_name(short).trim_end_matches('_')
            );
            let m = marker(rel, relations);
            let doc = format!(
                "{summary} Follows `{rel}` of `from` (the answer or stored links that \
                 offer it).{body_doc}\n\n{wire}"
            );
            let doc_response =
                format!(" [`{name}`](Self::{name}), with the answer's status and headers.");
            let pass_body = if types.body.is_some() {
                quote! { , body }
            } else {
                quote! {}
            };
            methods.push(quote! {
                #[doc = #doc]
                pub async fn #name #body_generics (
                    &self,
                    from: &impl crate::hal::Offers<rel::#m> #body_arg
                ) -> ::core::result::Result<#answer, crate::Error> #body_where {
                    self.#name_response(from #pass_body).await
                        .map(::progenitor_client::ResponseValue::into_inner)
                }

                #[doc = #doc_response]
                pub async fn #name_response #body_generics (
                    &self,
                    from: &impl crate::hal::Offers<rel::#m> #body_arg
                ) -> ::core::result::Result<::progenitor_client::ResponseValue<#answer>, crate::Error> #body_where {
                    let body = #body_value;
                    self.core.follow::<rel::#m, _>(from, body).await
                }
            });
        }
        // An operation a relation leads to is reached by its links only
        // (what it needs is in the link), unless it is a search: one at a
        // fixed path with query parameters, whose `next` links page
        // through it, is also sent to its own path.
        let is_search = !op.path.contains('{')
            && parameters(doc, op)
                .values()
                .any(|(_, _, place, _)| place == "query");
        if !reached_by.is_empty() && !is_search {
            continue;
        }
        // Sent to its own path.
        let json_names = parameters(doc, op);
        let mut args = Vec::new();
        let mut checks = Vec::new();
        let mut path_pairs = Vec::new();
        let mut query_pairs = Vec::new();
        let mut arg_names = Vec::new();
        let mut param_docs = String::new();
        // In the description's order (progenitor sorts them by name).
        let mut params = Vec::new();
        for (rust, ty) in &types.params {
            let (i, json, place, description) = json_names.get(rust).cloned().ok_or_else(|| {
                format!(
                    "operation `{}`: parameter `{rust}` is not in the description",
                    op.id
                )
            })?;
            params.push((i, rust, ty, json, place, description));
        }
        params.sort_by_key(|p| p.0);
        // The optional parameters are one value, `options::<Operation>`,
        // set by its setters (`Default`: none), not a positional `Option`
        // each.
        let options_name = format_ident!("{}", op.id.to_upper_camel_case());
        let mut option_fields = Vec::new();
        let mut option_names: Vec<(syn::Ident, String)> = Vec::new();
        let mut option_setters = Vec::new();
        for (_, rust, ty, json, place, description) in params {
            let ident = format_ident!("{}", rust);
            let optional = option_inner(ty);
            let inner = optional.clone().unwrap_or_else(|| ty.clone());
            let text = format_ident!("{}_text", rust);
            let where_ = if description.is_empty() {
                format!(" `{json}` ({place}).")
            } else {
                format!(" `{json}` ({place}): {description}")
            };
            // Every parameter is given as text and checked as its schema's
            // type before anything is sent.
            if optional.is_some() {
                // A number or boolean is kept as itself (its type is the
                // check), anything else as text, checked when sent.
                let (stored, setter) = if is_primitive(&inner) {
                    (
                        quote! { #inner },
                        quote! {
                            #[doc = #where_]
                            pub fn #ident(mut self, value: #inner) -> Self {
                                self.#ident = ::core::option::Option::Some(value);
                                self
                            }
                        },
                    )
                } else {
                    (
                        quote! { ::std::string::String },
                        quote! {
                            #[doc = #where_]
                            pub fn #ident(mut self, value: impl ::core::convert::Into<::std::string::String>) -> Self {
                                self.#ident = ::core::option::Option::Some(value.into());
                                self
                            }
                        },
                    )
                };
                option_fields.push(quote! { pub(super) #ident: ::core::option::Option<#stored> });
                option_names.push((ident.clone(), json.clone()));
                let unset = format_ident!("without_{}", rust);
                let unset_doc = format!(" Leaves `{json}` out.");
                option_setters.push(setter);
                option_setters.push(quote! {
                    #[doc = #unset_doc]
                    pub fn #unset(mut self) -> Self {
                        self.#ident = ::core::option::Option::None;
                        self
                    }
                });
                checks.push(if is_primitive(&inner) {
                    quote! {
                        let #text: ::core::option::Option<::std::string::String> =
                            options.#ident.map(|v| ::std::string::ToString::to_string(&v));
                    }
                } else if is_string(&inner) {
                    quote! { let #text: ::core::option::Option<::std::string::String> = options.#ident.take(); }
                } else {
                    quote! {
                        let #text: ::core::option::Option<::std::string::String> = match options.#ident.take() {
                            ::core::option::Option::Some(v) => ::core::option::Option::Some(
                                crate::request::parameter_text::<#inner>(#id, #json, &v)?),
                            ::core::option::Option::None => ::core::option::Option::None,
                        };
                    }
                });
            } else {
                arg_names.push(ident.clone());
                if is_primitive(&inner) {
                    // A number or boolean is given as itself: its type is the check.
                    args.push(quote! { #ident: #inner });
                    checks.push(quote! {
                        let #text: ::std::string::String = ::std::string::ToString::to_string(&#ident);
                    });
                } else {
                    args.push(quote! { #ident: &str });
                    checks.push(if is_string(&inner) {
                        quote! { let #text: ::std::string::String = crate::request::parameter::<::std::string::String>(#id, #json, #ident)?; }
                    } else {
                        quote! { let #text: ::std::string::String = crate::request::parameter_text::<#inner>(#id, #json, #ident)?; }
                    });
                }
            }
            let pair = if optional.is_some() {
                quote! { #text.as_deref().map(|v| (#json, v)) }
            } else {
                quote! { ::core::option::Option::Some((#json, #text.as_str())) }
            };
            match place.as_str() {
                "path" => path_pairs.push(pair),
                "query" => query_pairs.push(pair),
                other => {
                    return Err(format!(
                        "operation `{}`: parameter `{json}` in {other} is not supported",
                        op.id
                    ));
                }
            }
            let shown = if optional.is_some() {
                format!("`options.{rust}()`")
            } else {
                format!("`{rust}`")
            };
            param_docs.push_str(&format!("\n- {shown}: `{json}` ({place})"));
        }
        if !option_fields.is_empty() {
            args.push(quote! { options: options::#options_name });
            arg_names.push(format_ident!("options"));
            // `mut`: text options are taken out of it as they are checked.
            checks.insert(
                0,
                quote! { #[allow(unused_mut)] let mut options = options; },
            );
            let doc = format!(
                " The optional parameters of [`{client_id}`](super::Client::{client_id}) \
                 (`{}`): each set by its setter, left out by its `without_` twin; \
                 `default()` sets none.",
                op.id
            );
            // A parameter named as card data or a secret (`cvc`,
            // `cardNumber`, …) never prints: the struct's `Debug` then
            // shows `<redacted>` for it.
            let shown: Vec<TokenStream> = option_names
                .iter()
                .map(|(ident, json)| {
                    if crate::fixup::SENSITIVE_PROPERTIES.contains(&json.as_str()) {
                        quote! { .field(#json, &self.#ident.as_ref().map(|_| "<redacted>")) }
                    } else {
                        quote! { .field(#json, &self.#ident) }
                    }
                })
                .collect();
            let struct_name = options_name.to_string();
            option_structs.push(quote! {
                impl ::core::fmt::Debug for #options_name {
                    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.debug_struct(#struct_name) #(#shown)* .finish()
                    }
                }
            });
            option_structs.push(quote! {
                #[doc = #doc]
                #[derive(Clone, Default, PartialEq)]
                pub struct #options_name {
                    #(#option_fields,)*
                }

                impl #options_name {
                    /// None set.
                    pub fn new() -> Self {
                        ::core::default::Default::default()
                    }
                    #(#option_setters)*
                }
            });
        }
        let list = |pairs: &[TokenStream]| {
            if pairs.is_empty() {
                quote! { ::std::vec::Vec::new() }
            } else {
                quote! { [#(#pairs),*].into_iter().flatten().collect() }
            }
        };
        let path_list = list(&path_pairs);
        let query_list = list(&query_pairs);
        let name = format_ident!("{}", client_id);
        let name_response = format_ident!("{}_response", client_id);
        let doc = format!(
            "{summary}{body_doc}{}{param_docs}\n\n{wire}",
            if param_docs.is_empty() {
                ""
            } else {
                "\n\nParameters, checked as their schemas say before anything is sent:"
            }
        );
        let doc_response =
            format!(" [`{name}`](Self::{name}), with the answer's status and headers.");
        let mut call_args: Vec<TokenStream> = arg_names.iter().map(|a| quote! { #a }).collect();
        if types.body.is_some() {
            call_args.push(quote! { body });
        }
        methods.push(quote! {
            #[doc = #doc]
            pub async fn #name #body_generics (&self #(, #args)* #body_arg)
                -> ::core::result::Result<#answer, crate::Error> #body_where {
                self.#name_response(#(#call_args),*).await
                    .map(::progenitor_client::ResponseValue::into_inner)
            }

            #[doc = #doc_response]
            pub async fn #name_response #body_generics (&self #(, #args)* #body_arg)
                -> ::core::result::Result<::progenitor_client::ResponseValue<#answer>, crate::Error> #body_where {
                #(#checks)*
                let path: ::std::vec::Vec<(&str, &str)> = #path_list;
                let query: ::std::vec::Vec<(&str, &str)> = #query_list;
                let body = #body_value;
                self.core.call(#id, &path, &query, body).await
            }
        });
    }
    Ok(quote! {
        #[allow(unused_imports)]
        use super::{rel, types, Client};

        impl Client {
            #(#methods)*
        }

        /// The optional parameters of the operations that have any, a
        /// value each (`worldpay::<api>::options`).
        pub mod options {
            #(#option_structs)*
        }
    })
}
