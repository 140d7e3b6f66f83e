//! Conveniences typify's newtypes lack, for writing requests.
//!
//! - A named string schema without constraints (`transactionReference:
//!   {type: string}`) is `pub struct TransactionReference(pub String)`,
//!   which converts from a `String` but not from a `&str`. Every setter
//!   takes `impl TryInto<T>`, so `.transaction_reference("order-1")` would
//!   not compile where `.narrative("order-1")` (a constrained string)
//!   does. Each such newtype gets `From<&str>`.
//! - A schema that defines nothing (the Payments API's settle body, "no
//!   fields are defined") is `pub struct PaymentsSettleRequest(pub
//!   serde_json::Value)`. It gets `Default`, the empty object (which the
//!   executor does not send), so that `PaymentsSettleRequest::default()`
//!   reads as every other request without fields does, instead of
//!   `PaymentsSettleRequest(json!({}))`.

use quote::quote;

/// Adds, right after each type: `impl From<&str>` to every public newtype
/// over `::std::string::String` that converts from a `String` and not yet
/// from a `&str`; `impl Default` (an empty object) to every public newtype
/// over `::serde_json::Value` that has none.
pub fn conveniences(items: Vec<syn::Item>) -> Result<Vec<syn::Item>, String> {
    let from_string: Vec<String> = items
        .iter()
        .filter_map(|i| from_impl_of(i, "String"))
        .collect();
    let from_str: Vec<String> = items
        .iter()
        .filter_map(|i| from_impl_of(i, "str"))
        .collect();
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let added = match &item {
            syn::Item::Struct(s)
                if newtype_over(s) == Some("String")
                    && from_string.contains(&s.ident.to_string())
                    && !from_str.contains(&s.ident.to_string()) =>
            {
                let name = &s.ident;
                Some(quote! {
                    impl ::std::convert::From<&str> for #name {
                        fn from(value: &str) -> Self {
                            Self(value.to_string())
                        }
                    }
                })
            }
            syn::Item::Struct(s) if newtype_over(s) == Some("Value") && !derives_default(s) => {
                let name = &s.ident;
                Some(quote! {
                    /// The empty object.
                    impl ::core::default::Default for #name {
                        fn default() -> Self {
                            Self(::serde_json::Value::Object(::serde_json::Map::new()))
                        }
                    }
                })
            }
            _ => None,
        };
        let name = match &item {
            syn::Item::Struct(s) => s.ident.to_string(),
            _ => String::new(),
        };
        out.push(item);
        if let Some(tokens) = added {
            out.push(
                syn::parse2(tokens)
                    .map_err(|e| format!("an impl for {name} does not parse: {e}"))?,
            );
        }
    }
    Ok(out)
}

/// `String` for `pub struct X(pub ::std::string::String);`, `Value` for
/// `pub struct X(pub ::serde_json::Value);`.
fn newtype_over(s: &syn::ItemStruct) -> Option<&'static str> {
    let syn::Fields::Unnamed(fields) = &s.fields else {
        return None;
    };
    let field = fields.unnamed.first()?;
    if fields.unnamed.len() != 1
        || !s.generics.params.is_empty()
        || !matches!(field.vis, syn::Visibility::Public(_))
    {
        return None;
    }
    last_segment(&field.ty)
}

fn derives_default(s: &syn::ItemStruct) -> bool {
    s.attrs.iter().any(|a| {
        a.path().is_ident("derive")
            && quote::ToTokens::to_token_stream(a)
                .to_string()
                .contains("Default")
    })
}

/// The type an `impl From<T> for X` item converts: `X`, when `T`'s last
/// path segment is `source` (`String`, or `str` behind a reference).
fn from_impl_of(item: &syn::Item, source: &str) -> Option<String> {
    let syn::Item::Impl(imp) = item else {
        return None;
    };
    let (trait_path, _) = imp.trait_.as_ref()?;
    let last = trait_path.segments.last()?;
    if last.ident != "From" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(ty)) = args.args.first() else {
        return None;
    };
    let ty = match ty {
        syn::Type::Reference(r) => &*r.elem,
        other => other,
    };
    if last_segment(ty) != Some(source) {
        return None;
    }
    match &*imp.self_ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn last_segment(ty: &syn::Type) -> Option<&'static str> {
    let syn::Type::Path(p) = ty else { return None };
    match p.path.segments.last()?.ident.to_string().as_str() {
        "String" => Some("String"),
        "str" => Some("str"),
        "Value" => Some("Value"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_with_str(items: &[syn::Item]) -> Vec<String> {
        items
            .iter()
            .filter_map(|i| from_impl_of(i, "str"))
            .collect()
    }

    #[test]
    fn a_plain_string_newtype_takes_a_str_slice_once() {
        let file: syn::File = syn::parse_quote! {
            pub struct Reference(pub ::std::string::String);
            impl ::std::convert::From<::std::string::String> for Reference {
                fn from(value: ::std::string::String) -> Self { Self(value) }
            }
            // Constrained: typify keeps the field private and checks it.
            pub struct Narrative(::std::string::String);
            impl ::std::convert::TryFrom<&str> for Narrative {
                type Error = ();
                fn try_from(value: &str) -> Result<Self, ()> { Ok(Self(value.into())) }
            }
            pub struct Already(pub ::std::string::String);
            impl ::std::convert::From<::std::string::String> for Already {
                fn from(value: ::std::string::String) -> Self { Self(value) }
            }
            impl ::std::convert::From<&str> for Already {
                fn from(value: &str) -> Self { Self(value.into()) }
            }
        };
        let out = conveniences(file.items).unwrap();
        assert_eq!(names_with_str(&out), ["Reference", "Already"]);
        // Placed right after the type.
        assert_eq!(from_impl_of(&out[1], "str").as_deref(), Some("Reference"));
    }

    #[test]
    fn an_untyped_newtype_defaults_to_the_empty_object() {
        let file: syn::File = syn::parse_quote! {
            #[derive(Clone, Debug)]
            pub struct Anything(pub ::serde_json::Value);
            #[derive(Clone, Debug, Default)]
            pub struct Defaulted(pub ::serde_json::Value);
        };
        let out = conveniences(file.items).unwrap();
        let text = quote::quote!(#(#out)*).to_string();
        assert_eq!(out.len(), 3, "{text}");
        assert!(
            text.contains("impl :: core :: default :: Default for Anything"),
            "{text}"
        );
    }
}
