//! `hal_links`: arbitrary JSON read as HAL `_links`, then every lookup,
//! curie expansion and link resolution run on it.
//!
//! Input: byte 0 picks the base URL, the rest is the JSON.
//!
//! Checked: nothing panics; what decodes re-encodes to the same JSON; a
//! resolved link is on the base URL's origin and never downgrades from
//! https; errors display.

use worldpay::hal::{self, Link, Links, Offers, Relation};
use worldpay::operation::Operation;

/// The base URLs links are resolved against.
pub const BASES: &[&str] = &[
    "https://try.access.worldpay.com",
    "https://try.access.worldpay.com/",
    "http://127.0.0.1:8080",
    "https://example.test/prefix/",
    "http://[::1]:1/a/b?q#f",
];

/// What became of the input.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The JSON error, when the input is not `_links`.
    pub decode_error: Option<String>,
    /// Every resolution error, displayed.
    pub link_errors: Vec<String>,
    /// Every URL resolved.
    pub resolved: Vec<String>,
}

/// Runs every check on one input.
pub fn check(data: &[u8]) -> Outcome {
    let mut outcome = Outcome::default();
    let Some((&pick, json)) = data.split_first() else {
        return outcome;
    };
    let base = url::Url::parse(BASES[usize::from(pick) % BASES.len()]).expect("a valid base");
    let _ = serde_json::from_slice::<hal::Embedded>(json).map(|e| {
        let _ = format!("{e:?}");
        e.relations().map(|r| e.all(r).len()).sum::<usize>()
    });
    let links: Links = match serde_json::from_slice(json) {
        Ok(links) => links,
        Err(e) => {
            outcome.decode_error = Some(e.to_string());
            return outcome;
        }
    };
    let _ = format!("{links:?}");
    let encoded = serde_json::to_value(&links).expect("links encode");
    let again: Links = serde_json::from_value(encoded.clone()).expect("encoded links decode");
    assert_eq!(
        serde_json::to_value(&again).expect("links encode"),
        encoded,
        "re-encoding links is not idempotent"
    );

    let relations: Vec<String> = links.relations().map(str::to_string).collect();
    for rel in &relations {
        let all = links.all(rel);
        assert!(!all.is_empty() || links.get(rel).is_none());
        assert_eq!(links.contains(rel), !all.is_empty());
        for lookup in [links.expand_relation(rel), links.compact_relation(rel)]
            .into_iter()
            .flatten()
        {
            let _ = links.all(&lookup);
        }
        for link in all {
            let _ = link.expand(&[("rel", rel), ("linkData", "a/b c"), ("id", "%")]);
            match hal::resolve_link(rel, link, &base) {
                Ok(url) => {
                    assert_eq!(url.origin(), base.origin(), "a link left the origin");
                    outcome.resolved.push(url.to_string());
                }
                Err(e) => outcome.link_errors.push(format!("{e} {e:?}")),
            }
        }
    }
    for curie in links.curies() {
        let _ = (curie.is_templated(), curie.expand(&[("rel", "settle")]));
    }
    resolve_all(&links, &base, &mut outcome);
    outcome
}

/// Resolves `R` of `links` through [`hal::resolve`], recording the result.
fn resolve<R: Relation>(
    links: &Links,
    base: &url::Url,
    table: &'static [Operation],
    outcome: &mut Outcome,
) where
    Links: Offers<R>,
{
    match hal::resolve::<R>(links, base, table) {
        Ok((url, operation)) => {
            assert_eq!(url.origin(), base.origin(), "a link left the origin");
            assert_eq!(operation.id, R::OPERATION);
            outcome.resolved.push(url.to_string());
        }
        Err(e) => outcome.link_errors.push(format!("{e} {e:?}")),
    }
    let _: Option<&Link> = hal::offered::<R>(links);
}

/// Every relation this crate follows, of every API.
fn resolve_all(links: &Links, base: &url::Url, outcome: &mut Outcome) {
    {
        use worldpay::card_payments::{OPERATIONS as T, rel::*};
        resolve::<Settle>(links, base, T, outcome);
        resolve::<PartialSettle>(links, base, T, outcome);
        resolve::<Refund>(links, base, T, outcome);
        resolve::<PartialRefund>(links, base, T, outcome);
        resolve::<Cancel>(links, base, T, outcome);
        resolve::<PartialCancel>(links, base, T, outcome);
        resolve::<Reverse>(links, base, T, outcome);
        resolve::<IncreaseAuthorizedAmount>(links, base, T, outcome);
        resolve::<Events>(links, base, T, outcome);
    }
    {
        use worldpay::payments::{OPERATIONS as T, rel::*};
        resolve::<Authorize>(links, base, T, outcome);
        resolve::<MigrateRecurringAuthorize>(links, base, T, outcome);
        resolve::<MigrateCardOnFileAuthorize>(links, base, T, outcome);
        resolve::<Settle>(links, base, T, outcome);
        resolve::<PartialSettle>(links, base, T, outcome);
        resolve::<Cancel>(links, base, T, outcome);
        resolve::<Events>(links, base, T, outcome);
    }
    {
        use worldpay::verified_payments::{OPERATIONS as T, rel::*};
        resolve::<VerifiedPayment>(links, base, T, outcome);
    }
}
