//! An answer's `_links` field is a `crate::hal::Links`, empty when the
//! answer has none (the fix-up stage gives it a default, so it is never an
//! `Option`). Written back, an empty map is left out again, so an answer
//! without links re-serializes as received.

/// Adds `skip_serializing_if = "crate::hal::Links::is_empty"` to every
/// struct field of type `crate::hal::Links` that has a serde default.
pub fn skip_empty_links(items: &mut [syn::Item]) {
    for item in items {
        let syn::Item::Struct(s) = item else { continue };
        for field in s.fields.iter_mut() {
            let is_links = matches!(&field.ty, syn::Type::Path(p)
                if p.path.segments.len() >= 2
                    && p.path.segments[p.path.segments.len() - 2].ident == "hal"
                    && p.path.segments.last().is_some_and(|l| l.ident == "Links"));
            if !is_links {
                continue;
            }
            let has_default = field.attrs.iter().any(|a| {
                a.path().is_ident("serde") && a.to_token_stream_string().contains("default")
            });
            if has_default {
                field.attrs.push(syn::parse_quote! {
                    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
                });
            }
        }
    }
}

trait TokenText {
    fn to_token_stream_string(&self) -> String;
}

impl TokenText for syn::Attribute {
    fn to_token_stream_string(&self) -> String {
        quote::ToTokens::to_token_stream(self).to_string()
    }
}
