//! Request builders, written here instead of typify's.
//!
//! typify writes a builder for every struct, answers included, whose
//! optional setters want an `Option` (`.city(Some("London".into()))`), which
//! does not take a nested builder where an optional struct or a union is
//! expected, and whose errors are strings chained by field name. This pass
//! replaces them, from typify's own struct definitions:
//!
//! - builders only for the types a request can hold (reachable from a
//!   request body; answers are decoded, never built), which is also most
//!   of each `types.rs`;
//! - every setter takes the value, or anything that converts to it (a
//!   nested builder included): `.cvc("123")`, `.billing_address(
//!   BillingAddress::builder().city("London"))`; an optional field has a
//!   `without_…` setter to unset it;
//! - `Type::new(required…)` starts a builder with the required fields set,
//!   so a missing one does not compile; a required field whose type is an
//!   enum of one value (`mode: [always]`) is set already and not asked for;
//! - building is lazy and every refusal, however deep, is a
//!   `crate::request::Refusal` carrying the full JSON path
//!   (`instruction.paymentInstrument.cvc`) and the rule, never a message
//!   to parse.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// One field of a typify struct.
struct Field {
    ident: syn::Ident,
    json: String,
    ty: syn::Type,
    /// `Some(T)` for an `Option<T>` field.
    optional: Option<syn::Type>,
    /// `#[serde(default)]` on a field that is not an `Option`.
    defaulted: bool,
}

fn fields_of(s: &syn::ItemStruct) -> Option<Vec<Field>> {
    let syn::Fields::Named(named) = &s.fields else {
        return None;
    };
    let mut out = Vec::new();
    for f in &named.named {
        let ident = f.ident.clone()?;
        let mut json = ident.to_string().trim_end_matches('_').to_string();
        let mut defaulted = false;
        for attr in f.attrs.iter().filter(|a| a.path().is_ident("serde")) {
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    let lit: syn::LitStr = meta.value()?.parse()?;
                    json = lit.value();
                } else if meta.path.is_ident("default") {
                    defaulted = true;
                    if meta.input.peek(syn::Token![=]) {
                        let _: syn::LitStr = meta.value()?.parse()?;
                    }
                } else if meta.input.peek(syn::Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
        }
        let optional = option_inner(&f.ty);
        out.push(Field {
            ident,
            json,
            ty: f.ty.clone(),
            optional,
            defaulted,
        });
    }
    Some(out)
}

fn option_inner(ty: &syn::Type) -> Option<syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}

/// Every identifier a type mentions (its path segments and generic
/// arguments, deep).
fn idents_in(ty: &syn::Type, out: &mut BTreeSet<String>) {
    if let syn::Type::Path(p) = ty {
        for seg in &p.path.segments {
            out.insert(seg.ident.to_string());
            if let syn::PathArguments::AngleBracketed(args) = &seg.arguments {
                for a in &args.args {
                    if let syn::GenericArgument::Type(t) = a {
                        idents_in(t, out);
                    }
                }
            }
        }
    }
}

/// The type names reachable from `roots` through struct fields, enum
/// variants and `extra_edges` (the tagged unions' branches, which are
/// emitted as macros typify never sees).
fn reachable(
    items: &[syn::Item],
    roots: &BTreeSet<String>,
    extra_edges: &BTreeMap<String, Vec<String>>,
) -> BTreeSet<String> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in items {
        let (name, tys): (String, Vec<&syn::Type>) = match item {
            syn::Item::Struct(s) => (
                s.ident.to_string(),
                s.fields.iter().map(|f| &f.ty).collect(),
            ),
            syn::Item::Enum(e) => (
                e.ident.to_string(),
                e.variants
                    .iter()
                    .flat_map(|v| v.fields.iter().map(|f| &f.ty))
                    .collect(),
            ),
            _ => continue,
        };
        let entry = edges.entry(name).or_default();
        for ty in tys {
            idents_in(ty, entry);
        }
    }
    for (from, to) in extra_edges {
        edges
            .entry(from.clone())
            .or_default()
            .extend(to.iter().cloned());
    }
    let mut seen = BTreeSet::new();
    let mut stack: Vec<String> = roots.iter().cloned().collect();
    while let Some(n) = stack.pop() {
        if !seen.insert(n.clone()) {
            continue;
        }
        if let Some(next) = edges.get(&n) {
            stack.extend(next.iter().filter(|t| !seen.contains(*t)).cloned());
        }
    }
    seen
}

/// Removes typify's builders (the `builder` module and each
/// `fn builder()`), and writes this crate's for the structs reachable from
/// `roots`. Returns the new items of the `types` module, and the names of
/// the types that have a builder.
pub fn rewrite(
    items: Vec<syn::Item>,
    roots: &BTreeSet<String>,
    union_branches: &BTreeMap<String, Vec<String>>,
) -> Result<(Vec<syn::Item>, BTreeSet<String>), String> {
    let mut kept: Vec<syn::Item> = Vec::new();
    for item in items {
        match &item {
            syn::Item::Mod(m) if m.ident == "builder" => continue,
            syn::Item::Impl(imp)
                if imp.trait_.is_none()
                    && imp.items.len() == 1
                    && matches!(&imp.items[0], syn::ImplItem::Fn(f) if f.sig.ident == "builder") =>
            {
                continue;
            }
            _ => kept.push(item),
        }
    }
    let wanted = reachable(&kept, roots, union_branches);
    let constants = single_values(&kept);
    let mut builders = Vec::new();
    let mut constructors = Vec::new();
    let mut built = BTreeSet::new();
    for item in &kept {
        let syn::Item::Struct(s) = item else { continue };
        if !wanted.contains(&s.ident.to_string()) {
            continue;
        }
        let Some(fields) = fields_of(s) else { continue };
        built.insert(s.ident.to_string());
        let (b, c) = builder_for(&s.ident, &fields, &constants);
        builders.push(b);
        constructors.push(c);
    }
    let module: syn::Item = syn::parse2(quote! {
        /// Builders of the request types: lazy, every refusal a
        /// [`Refusal`](crate::request::Refusal) with the field's full path.
        pub mod builder {
            #(#builders)*
        }
    })
    .map_err(|e| format!("request builders: {e}"))?;
    kept.push(module);
    for c in constructors {
        kept.push(syn::parse2(c).map_err(|e| format!("request constructors: {e}"))?);
    }
    Ok((kept, built))
}

/// The enums of one unit variant (a schema `enum` of one value, such as
/// `type: [card/plain]`), by name, with that variant.
fn single_values(items: &[syn::Item]) -> BTreeMap<String, syn::Ident> {
    items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(e)
                if e.variants.len() == 1
                    && e.generics.params.is_empty()
                    && matches!(e.variants[0].fields, syn::Fields::Unit) =>
            {
                Some((e.ident.to_string(), e.variants[0].ident.clone()))
            }
            _ => None,
        })
        .collect()
}

/// The only value of a required field whose type is an enum of one value
/// (`super::PaymentInstrumentType::CardPlain`): the builder starts with it
/// set, and the constructor does not ask for it.
fn only_value(f: &Field, constants: &BTreeMap<String, syn::Ident>) -> Option<TokenStream> {
    if f.optional.is_some() || f.defaulted {
        return None;
    }
    let syn::Type::Path(p) = &f.ty else {
        return None;
    };
    let last = p.path.segments.last()?;
    let variant = constants.get(&last.ident.to_string())?;
    let ty = qualify(&f.ty);
    Some(quote! { #ty::#variant })
}

fn builder_for(
    name: &syn::Ident,
    fields: &[Field],
    constants: &BTreeMap<String, syn::Ident>,
) -> (TokenStream, TokenStream) {
    let idents: Vec<&syn::Ident> = fields.iter().map(|f| &f.ident).collect();
    let tys: Vec<TokenStream> = fields.iter().map(|f| qualify(&f.ty)).collect();
    let inits: Vec<TokenStream> = fields
        .iter()
        .map(|f| {
            let json = &f.json;
            if let Some(value) = only_value(f, constants) {
                quote! { ::core::result::Result::Ok(#value) }
            } else if f.optional.is_some() || f.defaulted {
                quote! { ::core::result::Result::Ok(::core::default::Default::default()) }
            } else {
                quote! { ::core::result::Result::Err(crate::request::Refusal::missing(#json)) }
            }
        })
        .collect();
    let mut setters = Vec::new();
    for f in fields {
        let ident = &f.ident;
        let json = &f.json;
        let doc = format!(" Sets `{json}`.");
        match &f.optional {
            Some(inner) => {
                let inner = qualify(inner);
                let without =
                    format_ident!("without_{}", f.ident.to_string().trim_end_matches('_'));
                let doc_without = format!(" Leaves `{json}` out.");
                setters.push(quote! {
                    #[doc = #doc]
                    pub fn #ident<V>(mut self, value: V) -> Self
                    where
                        V: ::core::convert::TryInto<#inner>,
                        V::Error: crate::request::IntoRefusal,
                    {
                        self.#ident = crate::request::set_some(value, #json);
                        self
                    }

                    #[doc = #doc_without]
                    pub fn #without(mut self) -> Self {
                        self.#ident = ::core::result::Result::Ok(::core::option::Option::None);
                        self
                    }
                });
            }
            None => {
                let ty = qualify(&f.ty);
                setters.push(quote! {
                    #[doc = #doc]
                    pub fn #ident<V>(mut self, value: V) -> Self
                    where
                        V: ::core::convert::TryInto<#ty>,
                        V::Error: crate::request::IntoRefusal,
                    {
                        self.#ident = crate::request::set(value, #json);
                        self
                    }
                });
            }
        }
    }
    let doc = format!(" A [`{name}`](super::{name}) under construction.");
    // A struct without fields (an empty object) reads nothing from it.
    let value = if fields.is_empty() {
        format_ident!("_value")
    } else {
        format_ident!("value")
    };
    let builder = quote! {
        #[doc = #doc]
        #[derive(Clone, Debug)]
        pub struct #name {
            #( #idents: ::core::result::Result<#tys, crate::request::Refusal>, )*
        }

        impl ::core::default::Default for #name {
            fn default() -> Self {
                Self { #( #idents: #inits, )* }
            }
        }

        impl #name {
            #(#setters)*
        }

        impl ::core::convert::TryFrom<#name> for super::#name {
            type Error = crate::request::Refusal;
            fn try_from(#value: #name) -> ::core::result::Result<Self, crate::request::Refusal> {
                ::core::result::Result::Ok(Self { #( #idents: #value.#idents?, )* })
            }
        }

        impl ::core::convert::From<super::#name> for #name {
            fn from(#value: super::#name) -> Self {
                Self { #( #idents: ::core::result::Result::Ok(#value.#idents), )* }
            }
        }
    };
    // The constructor takes the required fields (neither optional nor
    // defaulted), in the struct's order; one with a single possible value
    // is set already.
    let required: Vec<&Field> = fields
        .iter()
        .filter(|f| f.optional.is_none() && !f.defaulted && only_value(f, constants).is_none())
        .collect();
    let preset: Vec<String> = fields
        .iter()
        .filter(|f| only_value(f, constants).is_some())
        .map(|f| format!("`{}`", f.json))
        .collect();
    let params: Vec<syn::Ident> = (0..required.len())
        .map(|i| format_ident!("V{}", i))
        .collect();
    let args: Vec<&syn::Ident> = required.iter().map(|f| &f.ident).collect();
    let arg_tys: Vec<TokenStream> = required.iter().map(|f| plain(&f.ty)).collect();
    let mut new_doc = if required.is_empty() {
        " A builder (no field is required).".to_string()
    } else {
        format!(
            " A builder with the required fields set: {}.",
            required
                .iter()
                .map(|f| format!("`{}`", f.json))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    if !preset.is_empty() {
        new_doc.push_str(&format!(
            " Set already, having one possible value each: {}.",
            preset.join(", ")
        ));
    }
    let constructor = quote! {
        impl #name {
            /// A builder, every field unset.
            pub fn builder() -> builder::#name {
                ::core::default::Default::default()
            }

            #[doc = #new_doc]
            #[allow(clippy::too_many_arguments)]
            pub fn new<#(#params),*>(#( #args: #params ),*) -> builder::#name
            where
                #( #params: ::core::convert::TryInto<#arg_tys>, #params::Error: crate::request::IntoRefusal, )*
            {
                Self::builder() #( .#args(#args) )*
            }
        }
    };
    (builder, constructor)
}

/// A field type as the builder module sees it (`super::` for the types
/// module's own names; paths and primitives unchanged).
fn qualify(ty: &syn::Type) -> TokenStream {
    let mut ty = ty.clone();
    super_qualify(&mut ty);
    quote! { #ty }
}

/// A field type as the types module itself sees it.
fn plain(ty: &syn::Type) -> TokenStream {
    quote! { #ty }
}

fn super_qualify(ty: &mut syn::Type) {
    if let syn::Type::Path(p) = ty {
        let single =
            p.qself.is_none() && p.path.leading_colon.is_none() && p.path.segments.len() == 1;
        for seg in p.path.segments.iter_mut() {
            if let syn::PathArguments::AngleBracketed(args) = &mut seg.arguments {
                for a in args.args.iter_mut() {
                    if let syn::GenericArgument::Type(t) = a {
                        super_qualify(t);
                    }
                }
            }
        }
        if single {
            let name = p.path.segments[0].ident.to_string();
            let builtin = matches!(
                name.as_str(),
                "bool"
                    | "i8"
                    | "i16"
                    | "i32"
                    | "i64"
                    | "i128"
                    | "u8"
                    | "u16"
                    | "u32"
                    | "u64"
                    | "u128"
                    | "f32"
                    | "f64"
                    | "String"
                    | "Vec"
                    | "Option"
                    | "Box"
            );
            if !builtin {
                let seg = p.path.segments[0].clone();
                p.path = syn::parse_quote! { super::#seg };
            }
        }
    }
}
