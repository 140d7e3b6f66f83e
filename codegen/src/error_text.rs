//! What an API's error bodies say, read from the structs typify generated
//! for them, emitted beside `ErrorBody` in `operations.rs`:
//!
//! - an accessor for every text field any error body has
//!   (`error_name()`, `message()`, `custom_code()`, …: `Option<&str>`,
//!   `None` for a body whose schema lacks the field or that Worldpay sent
//!   without it), and for every list (`validation_errors()`: a slice,
//!   empty when absent). A field name two bodies give different types is
//!   left to the bodies themselves.
//! - `summary()`, the one line an `ApiError` prints: the body's error name
//!   and message, its other text fields, and the name and path of each
//!   per-field error it lists.
//! - `ExternalErrorBody`, so that a module generated for another crate
//!   hands its bodies to the runtime with their summary.
//!
//! Which field is the name and which the message is read from the JSON
//! names Worldpay's descriptions use ([`NAME_FIELDS`], [`MESSAGE_FIELDS`]);
//! a body with neither still prints its other text fields.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// JSON names of an error body's error name, most specific first.
pub const NAME_FIELDS: &[&str] = &["errorName", "customCode", "code", "error"];
/// JSON names of an error body's message, most specific first.
pub const MESSAGE_FIELDS: &[&str] = &["message", "description", "detail"];
/// JSON names of the path a per-field error names.
const PATH_FIELDS: &[&str] = &["jsonPath", "path", "field"];

/// What a field of a generated struct holds, as far as the text goes.
#[derive(Clone)]
enum Kind {
    /// `String` (`required`) or `Option<String>`.
    Text { required: bool },
    /// `Vec<T>` (`required`) or `Option<Vec<T>>`; `T` as written in
    /// `types.rs`.
    List {
        item: Box<syn::Type>,
        required: bool,
    },
}

#[derive(Clone)]
struct Field {
    ident: syn::Ident,
    json: String,
    kind: Kind,
}

/// The fields of every struct of `types.rs`, by struct name (fields of
/// other types are left out).
fn struct_fields(types: &syn::File) -> BTreeMap<String, Vec<Field>> {
    let mut all = BTreeMap::new();
    for item in &types.items {
        let syn::Item::Struct(s) = item else { continue };
        let syn::Fields::Named(named) = &s.fields else {
            continue;
        };
        let fields = named
            .named
            .iter()
            .filter_map(|f| {
                let ident = f.ident.clone()?;
                let kind = kind_of(&f.ty)?;
                let json = serde_rename(&f.attrs).unwrap_or_else(|| ident.to_string());
                Some(Field { ident, json, kind })
            })
            .collect();
        all.insert(s.ident.to_string(), fields);
    }
    all
}

/// The last segment of a type path and its one generic argument.
fn last_segment(ty: &syn::Type) -> Option<(String, Option<&syn::Type>)> {
    let syn::Type::Path(p) = ty else { return None };
    if p.qself.is_some() {
        return None;
    }
    let last = p.path.segments.last()?;
    let arg = match &last.arguments {
        syn::PathArguments::None => None,
        syn::PathArguments::AngleBracketed(a) if a.args.len() == 1 => match a.args.first() {
            Some(syn::GenericArgument::Type(t)) => Some(t),
            _ => return None,
        },
        _ => return None,
    };
    Some((last.ident.to_string(), arg))
}

fn kind_of(ty: &syn::Type) -> Option<Kind> {
    let (name, arg) = last_segment(ty)?;
    match (name.as_str(), arg) {
        ("String", None) => Some(Kind::Text { required: true }),
        ("Vec", Some(item)) => Some(Kind::List {
            item: Box::new(item.clone()),
            required: true,
        }),
        ("Option", Some(inner)) => match kind_of(inner)? {
            Kind::Text { .. } => Some(Kind::Text { required: false }),
            Kind::List { item, .. } => Some(Kind::List {
                item,
                required: false,
            }),
        },
        _ => None,
    }
}

/// `#[serde(rename = "…")]`, when the field has one.
fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut rename = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                rename = Some(lit.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    rename
}

/// A list item's type as `operations.rs` names it: a type of `types.rs`
/// (one plain segment) through `super::types`, any other path as written.
fn item_path(item: &syn::Type) -> TokenStream {
    match item {
        syn::Type::Path(p)
            if p.qself.is_none()
                && p.path.leading_colon.is_none()
                && p.path.segments.len() == 1 =>
        {
            quote! { super::types::#p }
        }
        other => quote! { #other },
    }
}

/// `Option<&str>` of a text field of `e`.
fn text_expr(f: &Field) -> TokenStream {
    let ident = &f.ident;
    match f.kind {
        Kind::Text { required: true } => {
            quote! { ::core::option::Option::Some(e.#ident.as_str()) }
        }
        _ => quote! { e.#ident.as_deref() },
    }
}

/// `&[T]` of a list field of `e`.
fn list_expr(f: &Field) -> TokenStream {
    let ident = &f.ident;
    match f.kind {
        Kind::List { required: true, .. } => quote! { e.#ident.as_slice() },
        _ => quote! { e.#ident.as_deref().unwrap_or(&[]) },
    }
}

/// Whether a text field stays out of the summary: links, and echoes of
/// the request (which may hold card data).
fn kept_out_of_summary(json: &str) -> bool {
    ["Url", "Uri", "Href", "url", "uri", "href"]
        .iter()
        .any(|s| json.ends_with(s))
        || json.starts_with("original")
}

fn first_of<'a>(fields: &'a [Field], names: &[&str]) -> Option<&'a Field> {
    names.iter().find_map(|n| {
        fields
            .iter()
            .find(|f| f.json == *n && matches!(f.kind, Kind::Text { .. }))
    })
}

/// Statements appending the summary of a body `e` with `fields` to `s`;
/// `structs` resolves the items of its lists.
fn summary_of(fields: &[Field], structs: &BTreeMap<String, Vec<Field>>) -> TokenStream {
    let name = first_of(fields, NAME_FIELDS);
    let message = first_of(fields, MESSAGE_FIELDS);
    let mut out = TokenStream::new();
    // `no_field`: what is written when the schema has no such field;
    // `unset`: when it has one and the body leaves it out.
    let head = |f: Option<&Field>, no_field: &str| match f {
        Some(f) => {
            let e = text_expr(f);
            let unset = format!("(no {})", f.json);
            quote! { s.push_str(#e.unwrap_or(#unset)); }
        }
        None => quote! { s.push_str(#no_field); },
    };
    if name.is_some() || message.is_some() {
        out.extend(head(name, "(no error name)"));
        out.extend(quote! { s.push_str(": "); });
        out.extend(head(message, "(no message)"));
    }
    let used: Vec<&str> = [name, message]
        .iter()
        .flatten()
        .map(|f| f.json.as_str())
        .collect();
    for f in fields {
        match &f.kind {
            Kind::Text { .. }
                if !used.contains(&f.json.as_str()) && !kept_out_of_summary(&f.json) =>
            {
                let e = text_expr(f);
                let label = format!(" ({} ", f.json);
                out.extend(quote! {
                    if let ::core::option::Option::Some(v) = #e {
                        s.push_str(#label);
                        s.push_str(v);
                        s.push(')');
                    }
                });
            }
            Kind::List { item, .. } => {
                let Some((item_name, None)) = last_segment(item) else {
                    continue;
                };
                let Some(item_fields) = structs.get(&item_name) else {
                    continue;
                };
                let (Some(n), Some(p)) = (
                    first_of(item_fields, NAME_FIELDS),
                    first_of(item_fields, PATH_FIELDS),
                ) else {
                    continue;
                };
                let list = list_expr(f);
                let (n_missing, p_missing) =
                    (format!("(no {})", n.json), format!("(no {})", p.json));
                let (n, p) = (text_expr(n), text_expr(p));
                out.extend(quote! {
                    for item in #list {
                        let e = item;
                        s.push_str("; ");
                        s.push_str(#n.unwrap_or(#n_missing));
                        s.push_str(" at ");
                        s.push_str(#p.unwrap_or(#p_missing));
                    }
                });
            }
            Kind::Text { .. } => {}
        }
    }
    out
}

/// The accessors, `summary()` and the `ExternalErrorBody` impl of the
/// `ErrorBody` whose variants (and their struct names) are `variants`,
/// read from `types` (the generated `types.rs`).
pub fn error_body_impl(types: &syn::File, variants: &[String]) -> TokenStream {
    let structs = struct_fields(types);
    let none = Vec::new();
    let bodies: Vec<(syn::Ident, &Vec<Field>)> = variants
        .iter()
        .map(|v| (format_ident!("{v}"), structs.get(v).unwrap_or(&none)))
        .collect();

    // Every field name, with the kind all bodies having it agree on.
    let mut accessors: BTreeMap<String, (Field, bool)> = BTreeMap::new();
    for (_, fields) in &bodies {
        for f in fields.iter() {
            let key = f.ident.to_string();
            let agrees = |a: &Kind, b: &Kind| match (a, b) {
                (Kind::Text { .. }, Kind::Text { .. }) => true,
                (Kind::List { item: x, .. }, Kind::List { item: y, .. }) => {
                    quote!(#x).to_string() == quote!(#y).to_string()
                }
                _ => false,
            };
            accessors
                .entry(key)
                .and_modify(|(seen, ok)| *ok &= agrees(&seen.kind, &f.kind))
                .or_insert((f.clone(), true));
        }
    }
    const TAKEN: &[&str] = &["decode", "summary", "as_any"];
    let methods = accessors
        .iter()
        .filter(|(name, (_, ok))| *ok && !TAKEN.contains(&name.as_str()))
        .map(|(_, (field, _))| {
            let ident = &field.ident;
            let every = bodies
                .iter()
                .all(|(_, fs)| fs.iter().any(|f| f.ident == field.ident));
            let arms = bodies.iter().filter_map(|(variant, fs)| {
                let f = fs.iter().find(|f| f.ident == field.ident)?;
                let e = match f.kind {
                    Kind::Text { .. } => text_expr(f),
                    Kind::List { .. } => list_expr(f),
                };
                Some(quote! { Self::#variant(e) => #e, })
            });
            match &field.kind {
                Kind::Text { .. } => {
                    let doc = format!(
                        " The body's `{}`, when its schema has it and Worldpay sent it.",
                        field.json
                    );
                    let rest = (!every).then(|| quote! { _ => ::core::option::Option::None, });
                    quote! {
                        #[doc = #doc]
                        pub fn #ident(&self) -> ::core::option::Option<&str> {
                            match self { #(#arms)* #rest }
                        }
                    }
                }
                Kind::List { item, .. } => {
                    let doc = format!(
                        " The body's `{}` (empty when its schema lacks it or Worldpay sent none).",
                        field.json
                    );
                    let item = item_path(item);
                    let rest = (!every).then(|| quote! { _ => &[], });
                    quote! {
                        #[doc = #doc]
                        pub fn #ident(&self) -> &[#item] {
                            match self { #(#arms)* #rest }
                        }
                    }
                }
            }
        });
    let summary_arms = bodies.iter().map(|(variant, fields)| {
        let body = summary_of(fields, &structs);
        if body.is_empty() {
            quote! { Self::#variant(_) => {} }
        } else {
            quote! { Self::#variant(e) => { #body } }
        }
    });
    let summary_body = if bodies.is_empty() {
        quote! { match *self {} }
    } else {
        quote! {
            let mut s = ::std::string::String::new();
            match self { #(#summary_arms)* }
            s
        }
    };
    quote! {
        impl ErrorBody {
            #(#methods)*

            /// One line: the body's error name and message, its other text
            /// fields, and the name and path of each per-field error it
            /// lists (as Worldpay sent them; the runtime masks card numbers
            /// before printing).
            pub fn summary(&self) -> ::std::string::String {
                #summary_body
            }
        }

        impl crate::error::ExternalErrorBody for ErrorBody {
            fn summary(&self) -> ::std::string::String {
                ErrorBody::summary(self)
            }

            fn as_any(&self) -> &dyn ::core::any::Any {
                self
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types() -> syn::File {
        syn::parse_quote! {
            pub struct Plain {
                #[serde(rename = "errorName", default)]
                pub error_name: ::std::option::Option<::std::string::String>,
                pub message: ::std::string::String,
                #[serde(rename = "headerName")]
                pub header_name: ::std::option::Option<::std::string::String>,
                #[serde(rename = "errorHelpUrl")]
                pub error_help_url: ::std::option::Option<::std::string::String>,
                pub status: i64,
            }
            pub struct Listing {
                #[serde(rename = "validationErrors")]
                pub validation_errors: ::std::vec::Vec<Item>,
                #[serde(rename = "headerName")]
                pub header_name: ::std::vec::Vec<::std::string::String>,
            }
            pub struct Item {
                #[serde(rename = "errorName")]
                pub error_name: ::std::option::Option<::std::string::String>,
                #[serde(rename = "jsonPath")]
                pub json_path: ::std::string::String,
            }
        }
    }

    #[test]
    fn accessors_cover_every_text_field_and_list_bodies_agree_on() {
        let text = error_body_impl(&types(), &["Plain".into(), "Listing".into()]).to_string();
        assert!(text.contains("pub fn error_name"), "{text}");
        assert!(text.contains("Some (e . message . as_str ())"), "{text}");
        assert!(
            text.contains("pub fn validation_errors (& self) -> & [super :: types :: Item]"),
            "{text}"
        );
        // `headerName` is text in one body and a list in the other.
        assert!(!text.contains("pub fn header_name"), "{text}");
        assert!(!text.contains("pub fn status"), "{text}");
    }

    #[test]
    fn the_summary_names_name_message_details_and_per_field_errors() {
        let all = error_body_impl(&types(), &["Plain".into(), "Listing".into()]).to_string();
        let text = &all[all.find("pub fn summary").expect("a summary")..];
        assert!(text.contains("\"(no errorName)\""), "{text}");
        assert!(text.contains("\" (headerName \""), "{text}");
        assert!(!text.contains("errorHelpUrl"), "links stay out: {text}");
        assert!(text.contains("\" at \""), "{text}");
        assert!(text.contains("\"(no jsonPath)\""), "{text}");
    }

    #[test]
    fn no_error_body_is_an_empty_match() {
        let text = error_body_impl(&types(), &[]).to_string();
        assert!(text.contains("match * self { }"), "{text}");
    }
}
