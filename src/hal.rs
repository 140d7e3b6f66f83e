//! HAL (`application/hal+json`) links, as Worldpay's REST APIs send them,
//! and the rules for following them safely.
//!
//! A response's `_links` maps a relation name (often curie-prefixed, such as
//! `cardPayments:settle`) to one link or a list of links; `curies` is a list
//! of templated links that expand such prefixes into URIs. [`Links`] keeps
//! every relation it receives, known or not, and writes them back
//! unchanged, so a response's links can be stored (they serialize) and
//! followed later, after a restart for example: that is how Worldpay tells
//! integrators to settle.
//!
//! Following a link means sending a request to its `href`, never to a URL
//! rebuilt from parts. Before anything is sent, [`resolve`] checks that:
//! - the link is offered (else [`LinkError::NotOffered`]);
//! - its `href` resolves against the configured base URL to the same origin
//!   (scheme, host, port), so credentials never go elsewhere
//!   ([`LinkError::CrossOrigin`]), and never from `https` down to `http`
//!   ([`LinkError::Downgrade`]);
//! - its path is that of the operation the relation claims to lead to
//!   ([`LinkError::PathMismatch`]): a `settle` link that points at a refund
//!   is refused;
//! - it is not a template with variables left to fill ([`LinkError::Templated`]).
//!
//! Whether a response offers a relation is also known at compile time:
//! the generator implements [`Offers<R>`] for every response type whose
//! description lists relation `R`, so following a link a response cannot
//! have does not compile. [`Links`] itself implements `Offers<R>` for every
//! `R`, checked when followed, for links you stored.

pub use worldpay_core::hal::*;

use crate::operation::Operation;

/// A link relation an API documents. Generated for each API
/// (`worldpay::card_payments::rel`).
pub trait LinkRelation {
    /// The relation name as Worldpay writes it (`cardPayments:settle`).
    const NAME: &'static str;
    /// Other names Worldpay's answers use for the same relation (within
    /// one API: `payments:settle` for `cardPayments:settle`), looked up
    /// after [`NAME`](Self::NAME).
    const ALIASES: &'static [&'static str] = &[];

    /// The link of this relation in `links`, under its name or an alias
    /// (either in curie or expanded form).
    fn find(links: &Links) -> Option<&Link> {
        links
            .get(Self::NAME)
            .or_else(|| Self::ALIASES.iter().find_map(|a| links.get(a)))
    }
}

/// A link relation this crate can follow: the operation it leads to.
pub trait Relation: LinkRelation {
    /// The `operationId` the relation leads to.
    const OPERATION: &'static str;
}

/// "This value offers relation `R`." Implemented by the generator for each
/// response type whose description lists `R`, and by [`Links`] for every
/// relation (checked when followed).
pub trait Offers<R: LinkRelation> {
    /// The links to look `R` up in.
    fn links(&self) -> Option<&Links>;
}

impl<R: LinkRelation> Offers<R> for Links {
    fn links(&self) -> Option<&Links> {
        Some(self)
    }
}

impl<R: LinkRelation, T: Offers<R>> Offers<R> for &T {
    fn links(&self) -> Option<&Links> {
        (*self).links()
    }
}

/// The link of relation `R` that `from` offers, if any: typed access to a
/// link to store (links serialize) or to hand on, for relations this crate
/// does not follow itself (`payments::rel::RecurringAuthorize`, …).
pub fn offered<R: LinkRelation>(from: &impl Offers<R>) -> Option<&Link> {
    from.links().and_then(R::find)
}

/// Reads a response's `_links` field, optional or not. Used by generated
/// code.
#[doc(hidden)]
pub trait AsLinks {
    fn as_links(&self) -> Option<&Links>;
}

impl AsLinks for Links {
    fn as_links(&self) -> Option<&Links> {
        Some(self)
    }
}

impl AsLinks for Option<Links> {
    fn as_links(&self) -> Option<&Links> {
        self.as_ref()
    }
}

/// Matches `path` against an operation's path template: the parameter
/// values, in order, and the number of literal characters matched (how
/// specific the match is), or `None`. A `{parameter}` matches one or more
/// characters, `/` included: Worldpay's `linkData` may hold slashes
/// (`/payments/settlements/full/<data>` is a full-settle link).
///
/// Public only for the fuzz targets; not part of the supported API.
#[doc(hidden)]
pub fn match_template<'p>(template: &str, path: &'p str) -> Option<(Vec<&'p str>, usize)> {
    let mut literals = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        literals.push(&rest[..open]);
        let close = rest[open..].find('}')? + open;
        rest = &rest[close + 1..];
    }
    literals.push(rest);
    let score = literals.iter().map(|l| l.len()).sum();
    let mut remaining = path.strip_prefix(literals[0])?;
    if literals.len() == 1 {
        return remaining.is_empty().then_some((Vec::new(), score));
    }
    let mut params = Vec::new();
    for (i, lit) in literals.iter().enumerate().skip(1) {
        let last = i == literals.len() - 1;
        let pos = if last {
            if lit.is_empty() {
                remaining.len()
            } else {
                remaining.strip_suffix(lit).map(str::len)?
            }
        } else {
            // A parameter holds at least one character, which may be
            // longer than a byte.
            let first = remaining.chars().next()?.len_utf8();
            remaining[first..].find(lit)? + first
        };
        if pos == 0 {
            return None; // a parameter must not be empty
        }
        params.push(&remaining[..pos]);
        remaining = &remaining[pos + lit.len()..];
    }
    remaining.is_empty().then_some((params, score))
}

/// The operation of `table` whose path template matches `path` most
/// specifically (and whose method is `method`, when given), with the
/// path's parameter values.
pub(crate) fn route<'p>(
    table: &'static [Operation],
    method: Option<&str>,
    path: &'p str,
) -> Option<(&'static Operation, Vec<&'p str>)> {
    table
        .iter()
        .filter(|o| method.is_none_or(|m| o.method.eq_ignore_ascii_case(m)))
        .filter_map(|o| match_template(o.path, path).map(|(p, score)| (score, o, p)))
        .max_by_key(|(score, _, _)| *score)
        .map(|(_, o, p)| (o, p))
}

/// Resolves relation `R` of `from` to the URL to send to, after every
/// check listed in the module docs. `base` is the configured base URL;
/// `table` the API's operation table.
pub fn resolve<R: Relation>(
    from: &impl Offers<R>,
    base: &url::Url,
    table: &'static [Operation],
) -> Result<(url::Url, &'static Operation), LinkError> {
    let relation = R::NAME.to_string();
    let link = from
        .links()
        .and_then(R::find)
        .ok_or_else(|| LinkError::NotOffered {
            relation: relation.clone(),
        })?;
    let operation =
        table
            .iter()
            .find(|o| o.id == R::OPERATION)
            .ok_or_else(|| LinkError::InvalidHref {
                relation: relation.clone(),
                reason: format!("no operation `{}` in this API", R::OPERATION),
            })?;
    let mut url = resolve_link(&relation, link, base)?;
    let path = check_path(&relation, &url, base, operation, table)?;
    // Sent as checked: the normalised path.
    url.set_path(&path);
    Ok((url, operation))
}

/// Resolves a link's `href` against `base`, refusing templates, other
/// origins and downgrades.
pub fn resolve_link(relation: &str, link: &Link, base: &url::Url) -> Result<url::Url, LinkError> {
    if link.is_templated() {
        return Err(LinkError::Templated {
            relation: relation.to_string(),
        });
    }
    let url = base.join(&link.href).map_err(|e| LinkError::InvalidHref {
        relation: relation.to_string(),
        reason: e.to_string(),
    })?;
    if url.scheme() == "http" && base.scheme() == "https" {
        return Err(LinkError::Downgrade {
            relation: relation.to_string(),
        });
    }
    // A user name or password in a link would become credentials.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(LinkError::InvalidHref {
            relation: relation.to_string(),
            reason: "it carries a user name or password".into(),
        });
    }
    if url.origin() != base.origin() {
        return Err(LinkError::CrossOrigin {
            relation: relation.to_string(),
            origin: url.origin().ascii_serialization(),
            expected: base.origin().ascii_serialization(),
        });
    }
    Ok(url)
}

/// Checks that the link's path is that of `operation` and returns it
/// normalised: percent-encoded unreserved characters decoded (as RFC 3986
/// says a server may), so that `/payments/settlements/%72efunds/…` is seen
/// as the refund it is. A path a server could read differently from this
/// client is refused outright.
fn check_path(
    relation: &str,
    url: &url::Url,
    base: &url::Url,
    operation: &'static Operation,
    table: &'static [Operation],
) -> Result<String, LinkError> {
    let shown = || crate::sensitive::mask_card_numbers(url.path());
    let ambiguous = |reason| LinkError::AmbiguousPath {
        relation: relation.to_string(),
        path: shown(),
        reason,
    };
    let normalised = normalise_path(url.path()).map_err(ambiguous)?;
    let mismatch = |matched| LinkError::PathMismatch {
        relation: relation.to_string(),
        // A link's path is Worldpay's text: never print a card number from it.
        path: shown(),
        operation: operation.id,
        matched,
    };
    let prefix = base.path().trim_end_matches('/');
    let path = normalised
        .strip_prefix(prefix)
        .ok_or_else(|| mismatch(None))?;
    let exact = route(table, None, path).map(|(o, _)| o.id);
    // A server that ignores case in literal segments must not find
    // another operation (or one where this client finds none).
    let lower = path.to_ascii_lowercase();
    let folded = table
        .iter()
        .filter_map(|o| {
            match_template(&o.path.to_ascii_lowercase(), &lower).map(|(_, score)| (score, o.id))
        })
        .max_by_key(|(score, _)| *score)
        .map(|(_, id)| id);
    match (exact, folded) {
        (Some(e), Some(f)) if e != f => Err(ambiguous(
            "its literal segments name another operation when case is ignored",
        )),
        (Some(id), _) if id == operation.id => Ok(normalised),
        (Some(id), _) => Err(mismatch(Some(id))),
        (None, Some(_)) => Err(ambiguous(
            "its literal segments match an operation only when case is ignored",
        )),
        (None, None) => Err(mismatch(None)),
    }
}

/// A URL path with percent-encoded unreserved characters (`A-Z a-z 0-9 -
/// . _ ~`) decoded, or why it is refused: an encoded `/` or `\\` (a
/// server may split on it), an empty segment, a `;` (path parameters), or
/// an encoded control character.
fn normalise_path(path: &str) -> Result<String, &'static str> {
    if path.contains(';') {
        return Err("it has a `;` parameter");
    }
    if path.contains('\\') {
        return Err("it has a `\\`");
    }
    let bytes = path.as_bytes();
    let mut out = String::with_capacity(path.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = path
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or("it has a malformed percent-encoding")?;
            match hex {
                b'/' | b'\\' => return Err("it has an encoded `/` or `\\`"),
                b';' => return Err("it has an encoded `;`"),
                0..=0x1f | 0x7f => return Err("it has an encoded control character"),
                b if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') => {
                    out.push(char::from(b));
                }
                _ => out.push_str(&path[i..i + 3]),
            }
            i += 3;
        } else {
            let c = path[i..].chars().next().expect("in bounds");
            out.push(c);
            i += c.len_utf8();
        }
    }
    // Empty segments (`//`) are read differently by different servers; a
    // decoded `.` or `..` segment is a dot segment to some.
    let segments: Vec<&str> = out.split('/').skip(1).collect();
    if segments.iter().rev().skip(1).any(|s| s.is_empty()) {
        return Err("it has an empty segment");
    }
    if segments.iter().any(|s| *s == "." || *s == "..") {
        return Err("it has a dot segment");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relation_is_found_under_its_aliases() {
        struct Settle;
        impl LinkRelation for Settle {
            const NAME: &'static str = "cardPayments:settle";
            const ALIASES: &'static [&'static str] = &["payments:settle"];
        }
        let mut links = Links::new();
        links.insert("payments:settle", Link::new("/s"));
        assert_eq!(offered::<Settle>(&links).unwrap().href, "/s");
        // The published name wins when both are present.
        links.insert("cardPayments:settle", Link::new("/c"));
        assert_eq!(offered::<Settle>(&links).unwrap().href, "/c");
    }

    #[test]
    fn paths_are_normalised_or_refused() {
        assert_eq!(
            normalise_path("/payments/settlements/%72efunds/full/abc%3D").unwrap(),
            "/payments/settlements/refunds/full/abc%3D"
        );
        assert_eq!(normalise_path("/a/%7e%2D%5f").unwrap(), "/a/~-_");
        for bad in [
            "/payments/settlements/a%2Fb",
            "/payments/settlements/a%2fb",
            "/payments/settlements/a%5Cb",
            "/payments//settlements/x",
            "/payments/settlements;x=1/abc",
            "/payments/settlements/%00",
            "/payments/settlements/%2",
            "/payments/settlements/%zz",
            "/payments/%2e%2e/x",
        ] {
            assert!(normalise_path(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn path_templates_match_the_most_specific_operation() {
        let score = |t, p| match_template(t, p).map(|(_, s)| s);
        assert_eq!(score("/payments/events", "/payments/events"), Some(16));
        assert_eq!(score("/payments/events/{x}", "/payments/events"), None);
        assert_eq!(score("/payments/events/{x}", "/payments/events/"), None);
        assert_eq!(
            match_template("/payments/settlements/{x}", "/payments/settlements/full/ab")
                .unwrap()
                .0,
            vec!["full/ab"]
        );
        let a = score(
            "/payments/settlements/{x}",
            "/payments/settlements/partials/ab",
        );
        let b = score(
            "/payments/settlements/partials/{x}",
            "/payments/settlements/partials/ab",
        );
        assert!(b > a);
        assert_eq!(
            match_template("/a/{x}/b/{y}", "/a/1/b/2").unwrap(),
            (vec!["1", "2"], 6)
        );
        assert_eq!(score("/a/{x}/b/{y}", "/a//b/2"), None);
        // A parameter may start with a character longer than a byte.
        assert_eq!(
            match_template("/p/{x}/{y}", "/p/\u{e9}/z").unwrap().0,
            vec!["\u{e9}", "z"]
        );
    }
}
