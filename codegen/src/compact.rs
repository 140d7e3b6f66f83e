//! `Deserialize` impls written here instead of serde's derive, for what
//! they cost to compile.
//!
//! serde's derive writes, for every struct, an enum of its fields with a
//! visitor of its own, a `visit_seq` (a struct read from a JSON array, in
//! field order) and a `visit_map`; for every unit enum, the same again for
//! its variants. That is most of each generated `types.rs` once expanded,
//! and every line of it is type- and borrow-checked in the user's build.
//! This pass removes `Deserialize` from the derive of every plain struct
//! (named fields, no generics, serde attributes among `rename`, `default`
//! and `skip_serializing_if`, none on the struct) and of every enum of
//! unit variants, and writes a short impl instead: one `match` on the
//! field's (or variant's) position, the name lookups and the rules written
//! once in `crate::deserialize`. What they accept and the messages they
//! refuse with are the derive's (`crate::deserialize`'s tests compare
//! them), except that a struct is never read from an array. Anything else
//! keeps the derive.
//!
//! [`trim_derives`] removes the `Ord` and `PartialOrd` typify derives on
//! string newtypes and enums: nothing orders Worldpay's codes, and each is
//! two more impls per type to check and compile.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::punctuated::Punctuated;

/// Replaces the derived `Deserialize` of every struct and unit enum the
/// pass handles with a written impl, placed right after the type.
pub fn deserialize_impls(items: Vec<syn::Item>) -> Result<Vec<syn::Item>, String> {
    let mut out = Vec::with_capacity(items.len());
    for mut item in items {
        let written = match &mut item {
            syn::Item::Struct(s) => match struct_fields(s) {
                Some(fields) if take_derive(&mut s.attrs, "Deserialize") => {
                    Some(struct_impl(&s.ident, &fields))
                }
                _ => None,
            },
            syn::Item::Enum(e) => match unit_variants(e) {
                Some(variants) if take_derive(&mut e.attrs, "Deserialize") => {
                    Some(enum_impl(&e.ident, &variants))
                }
                _ => None,
            },
            _ => None,
        };
        out.push(item);
        if let Some(tokens) = written {
            let imp: syn::Item = syn::parse2(tokens)
                .map_err(|e| format!("written Deserialize impl does not parse: {e}"))?;
            out.push(imp);
        }
    }
    Ok(out)
}

/// Removes `Ord` and `PartialOrd` from every derive.
pub fn trim_derives(items: &mut [syn::Item]) {
    for item in items {
        let attrs = match item {
            syn::Item::Struct(s) => &mut s.attrs,
            syn::Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        while take_derive(attrs, "PartialOrd") {}
        while take_derive(attrs, "Ord") {}
    }
}

/// How a field absent from the JSON is filled.
enum Absent {
    /// `Option<T>` or `#[serde(default)]`: `Default::default()`.
    Default,
    /// `#[serde(default = "path")]`.
    Call(syn::ExprPath),
    /// Neither: what the type makes of absence (`missing field`).
    Required,
}

struct Field {
    ident: syn::Ident,
    json: String,
    ty: syn::Type,
    absent: Absent,
}

/// The struct's fields, when the pass can write its impl.
fn struct_fields(s: &syn::ItemStruct) -> Option<Vec<Field>> {
    if !s.generics.params.is_empty() || s.attrs.iter().any(|a| a.path().is_ident("serde")) {
        return None;
    }
    let syn::Fields::Named(named) = &s.fields else {
        return None;
    };
    let mut fields = Vec::new();
    for f in &named.named {
        let ident = f.ident.clone()?;
        let mut json = ident.unraw().to_string();
        let mut absent = if is_option(&f.ty) {
            Absent::Default
        } else {
            Absent::Required
        };
        let mut supported = true;
        for attr in f.attrs.iter().filter(|a| a.path().is_ident("serde")) {
            let parsed = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    json = meta.value()?.parse::<syn::LitStr>()?.value();
                } else if meta.path.is_ident("default") {
                    absent = if meta.input.peek(syn::Token![=]) {
                        Absent::Call(meta.value()?.parse::<syn::LitStr>()?.parse()?)
                    } else {
                        Absent::Default
                    };
                } else if meta.path.is_ident("skip_serializing_if") {
                    meta.value()?.parse::<syn::LitStr>()?;
                } else {
                    supported = false;
                    if meta.input.peek(syn::Token![=]) {
                        meta.value()?.parse::<syn::Expr>()?;
                    }
                }
                Ok(())
            });
            if parsed.is_err() {
                supported = false;
            }
        }
        if !supported {
            return None;
        }
        fields.push(Field {
            ident,
            json,
            ty: f.ty.clone(),
            absent,
        });
    }
    Some(fields)
}

fn is_option(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.qself.is_none()
        && p.path.segments.last().is_some_and(|s| s.ident == "Option"
            && matches!(s.arguments, syn::PathArguments::AngleBracketed(_))))
}

/// The enum's variants and their JSON names, when every one is a unit
/// variant and serde attributes are only `rename`s on variants.
fn unit_variants(e: &syn::ItemEnum) -> Option<Vec<(syn::Ident, String)>> {
    if !e.generics.params.is_empty()
        || e.variants.is_empty()
        || e.attrs.iter().any(|a| a.path().is_ident("serde"))
    {
        return None;
    }
    let mut out = Vec::new();
    for v in &e.variants {
        if !matches!(v.fields, syn::Fields::Unit) {
            return None;
        }
        let mut json = v.ident.unraw().to_string();
        let mut supported = true;
        for attr in v.attrs.iter().filter(|a| a.path().is_ident("serde")) {
            let parsed = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    json = meta.value()?.parse::<syn::LitStr>()?.value();
                } else {
                    supported = false;
                }
                Ok(())
            });
            if parsed.is_err() {
                supported = false;
            }
        }
        if !supported {
            return None;
        }
        out.push((v.ident.clone(), json));
    }
    Some(out)
}

/// Removes the derive whose path ends in `name` (`::serde::Deserialize`)
/// from the type's `#[derive]`s; false when none had it.
fn take_derive(attrs: &mut [syn::Attribute], name: &str) -> bool {
    for attr in attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let Ok(paths) =
            attr.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        let before = paths.len();
        let kept: Vec<syn::Path> = paths
            .into_iter()
            .filter(|p| p.segments.last().is_none_or(|s| s.ident != name))
            .collect();
        if kept.len() != before {
            *attr = syn::parse_quote! { #[derive(#(#kept),*)] };
            return true;
        }
    }
    false
}

fn struct_impl(ident: &syn::Ident, fields: &[Field]) -> TokenStream {
    let expecting = format!("struct {ident}");
    let name = ident.to_string();
    let names: Vec<&str> = fields.iter().map(|f| f.json.as_str()).collect();
    let slots: Vec<syn::Ident> = (0..fields.len()).map(|i| format_ident!("__f{i}")).collect();
    let declare = fields.iter().zip(&slots).map(|(f, slot)| {
        let ty = &f.ty;
        quote! { let mut #slot: ::core::option::Option<#ty> = ::core::option::Option::None; }
    });
    let arms = slots.iter().enumerate().map(|(i, slot)| {
        quote! { ::core::option::Option::Some(#i) => crate::deserialize::once(&mut #slot, &mut map, FIELDS[#i])?, }
    });
    let build = fields.iter().zip(&slots).enumerate().map(|(i, (f, slot))| {
        let field = &f.ident;
        let value = match &f.absent {
            Absent::Default => quote! { #slot.unwrap_or_default() },
            Absent::Call(path) => quote! { #slot.unwrap_or_else(#path) },
            Absent::Required => quote! { crate::deserialize::required(#slot, FIELDS[#i])? },
        };
        quote! { #field: #value, }
    });
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                const FIELDS: &[&str] = &[#(#names),*];
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = #ident;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<A>(self, mut map: A) -> ::core::result::Result<#ident, A::Error>
                    where
                        A: ::serde::de::MapAccess<'de>,
                    {
                        #(#declare)*
                        while let ::core::option::Option::Some(field) =
                            map.next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                        {
                            match field {
                                #(#arms)*
                                _ => crate::deserialize::skip(&mut map)?,
                            }
                        }
                        ::core::result::Result::Ok(#ident { #(#build)* })
                    }
                }
                deserializer.deserialize_struct(#name, FIELDS, __Visitor)
            }
        }
    }
}

fn enum_impl(ident: &syn::Ident, variants: &[(syn::Ident, String)]) -> TokenStream {
    let name = ident.to_string();
    let names = variants.iter().map(|(_, json)| json);
    let last = variants.len() - 1;
    let arms = variants.iter().enumerate().map(|(i, (v, _))| {
        if i == last {
            quote! { _ => Self::#v, }
        } else {
            quote! { #i => Self::#v, }
        }
    });
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                const VARIANTS: &[&str] = &[#(#names),*];
                ::core::result::Result::Ok(
                    match crate::deserialize::unit_variant(deserializer, #name, VARIANTS)? {
                        #(#arms)*
                    },
                )
            }
        }
    }
}
