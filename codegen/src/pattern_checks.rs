//! Pattern checks through `worldpay`'s own engine instead of `regress`.
//!
//! typify checks a string's `pattern` with `regress`, a full ECMAScript
//! engine: a dependency that would sit on every user's build critical
//! path. Patterns only need an answer to "does it match", which
//! `worldpay-pattern` (re-exported as `worldpay::pattern`) gives in linear
//! time, with no dependencies. This pass rewrites what typify writes for
//! each pattern,
//!
//! ```text
//! static PATTERN: LazyLock<::regress::Regex> = LazyLock::new(|| ::regress::Regex::new("…").unwrap());
//! if PATTERN.find(value).is_none() { … }
//! ```
//!
//! to `crate::pattern::Pattern` and `!PATTERN.is_match(value)`. The fix-up
//! stage has already compiled every pattern with the same engine
//! (`fixup::patterns::check_patterns`), so the `unwrap` cannot fail. Any
//! other use of `regress` (a typify that writes something new) fails
//! generation, naming it.

use quote::ToTokens;
use syn::visit_mut::VisitMut;

/// Rewrites every pattern check of `items`; fails on a use of `regress`
/// it does not know.
pub fn use_runtime_patterns(items: &mut [syn::Item]) -> Result<(), String> {
    let mut rewrite = Rewrite;
    for item in items.iter_mut() {
        rewrite.visit_item_mut(item);
    }
    for item in items.iter() {
        let text = item.to_token_stream().to_string();
        if text.contains("regress") {
            let name = match item {
                syn::Item::Impl(i) => i.self_ty.to_token_stream().to_string(),
                other => other
                    .to_token_stream()
                    .to_string()
                    .chars()
                    .take(80)
                    .collect(),
            };
            return Err(format!(
                "{name}: a use of `regress` the pattern pass does not know (typify changed?)"
            ));
        }
    }
    Ok(())
}

struct Rewrite;

impl VisitMut for Rewrite {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if path.leading_colon.is_some()
            && names.len() >= 2
            && names[0] == "regress"
            && names[1] == "Regex"
        {
            let rest: Vec<_> = path.segments.iter().skip(2).cloned().collect();
            let mut new: syn::Path = syn::parse_quote!(crate::pattern::Pattern);
            new.segments.extend(rest);
            *path = new;
        }
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        // `X.find(v).is_none()` → `!X.is_match(v)`, `X.find(v).is_some()`
        // → `X.is_match(v)`, where X is a pattern static.
        if let syn::Expr::MethodCall(outer) = expr
            && (outer.method == "is_none" || outer.method == "is_some")
            && outer.args.is_empty()
            && let syn::Expr::MethodCall(find) = &*outer.receiver
            && find.method == "find"
            && find.args.len() == 1
            && let syn::Expr::Path(p) = &*find.receiver
            && p.path.is_ident("PATTERN")
        {
            let value = &find.args[0];
            *expr = if outer.method == "is_none" {
                syn::parse_quote!(!PATTERN.is_match(#value))
            } else {
                syn::parse_quote!(PATTERN.is_match(#value))
            };
            return;
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    #[test]
    fn typify_pattern_checks_use_the_runtime_engine() {
        let mut items: Vec<syn::Item> = vec![syn::parse_quote! {
            impl ::std::str::FromStr for Code {
                type Err = self::error::ConversionError;
                fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
                    static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                        ::std::sync::LazyLock::new(|| { ::regress::Regex::new("^[A-Z]{2}$").unwrap() });
                    if PATTERN.find(value).is_none() {
                        return Err("doesn't match pattern \"^[A-Z]{2}$\"".into());
                    }
                    Ok(Self(value.to_string()))
                }
            }
        }];
        super::use_runtime_patterns(&mut items).unwrap();
        let text = items[0].to_token_stream().to_string();
        assert!(
            text.contains("LazyLock < crate :: pattern :: Pattern >"),
            "{text}"
        );
        assert!(
            text.contains("crate :: pattern :: Pattern :: new (\"^[A-Z]{2}$\")"),
            "{text}"
        );
        assert!(text.contains("if ! PATTERN . is_match (value)"), "{text}");
        assert!(!text.contains("regress"), "{text}");
    }

    #[test]
    fn an_unknown_use_of_regress_fails_naming_it() {
        let mut items: Vec<syn::Item> = vec![syn::parse_quote! {
            impl Code { fn f(v: &str) -> bool { ::regress::find_all(v) } }
        }];
        let err = super::use_runtime_patterns(&mut items).unwrap_err();
        assert!(err.starts_with("Code: a use of `regress`"), "{err}");
    }
}
