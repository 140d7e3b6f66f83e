//! HAL (`application/hal+json`) links as Worldpay's REST APIs send them:
//! [`Links`] keeps every relation it receives, known or not, and writes
//! them back unchanged, so a response's links can be stored and followed
//! later. Following them, with every check before anything is sent, is
//! `worldpay::hal`'s.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One HAL link.
///
/// Read from a link object (`{"href": …}`) or, as some of Worldpay's
/// published examples write it, from a bare string, which is its `href`.
/// Written back as a link object.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    /// The target: a URI reference, or an RFC 6570 URI template when
    /// `templated` is true.
    pub href: String,
    /// Whether `href` is an RFC 6570 URI template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub templated: Option<bool>,
    /// A secondary key (curies use it for their prefix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A human-readable title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The media type expected at the target.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Every other property, kept as received.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The link object's fields, as HAL defines them.
#[derive(Deserialize)]
struct LinkObject {
    href: String,
    #[serde(default)]
    templated: Option<bool>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default, rename = "type")]
    media_type: Option<String>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

impl<'de> Deserialize<'de> for Link {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct LinkVisitor;

        impl<'de> serde::de::Visitor<'de> for LinkVisitor {
            type Value = Link;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a link object or an href string")
            }

            fn visit_str<E: serde::de::Error>(self, href: &str) -> Result<Link, E> {
                Ok(Link::new(href))
            }

            fn visit_string<E: serde::de::Error>(self, href: String) -> Result<Link, E> {
                Ok(Link::new(href))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Link, A::Error> {
                let o = LinkObject::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Link {
                    href: o.href,
                    templated: o.templated,
                    name: o.name,
                    title: o.title,
                    media_type: o.media_type,
                    extra: o.extra,
                })
            }
        }

        d.deserialize_any(LinkVisitor)
    }
}

impl Link {
    /// A plain (not templated) link to `href`.
    pub fn new(href: impl Into<String>) -> Self {
        Link {
            href: href.into(),
            templated: None,
            name: None,
            title: None,
            media_type: None,
            extra: Map::new(),
        }
    }

    /// Whether `href` is a URI template.
    pub fn is_templated(&self) -> bool {
        self.templated == Some(true)
    }

    /// Expands a templated `href` (RFC 6570, all levels) with `variables`;
    /// a plain `href` is returned as is.
    pub fn expand(&self, variables: &[(&str, &str)]) -> Result<String, LinkError> {
        if !self.is_templated() {
            return Ok(self.href.clone());
        }
        expand_template(&self.href, variables).map_err(|reason| LinkError::InvalidHref {
            relation: String::new(),
            reason,
        })
    }
}

/// Expands an RFC 6570 URI template.
pub fn expand_template(template: &str, variables: &[(&str, &str)]) -> Result<String, String> {
    let vars: HashMap<String, stduritemplate::Value> = variables
        .iter()
        .map(|(k, v)| (k.to_string(), stduritemplate::Value::String(v.to_string())))
        .collect();
    stduritemplate::expand(template, &vars).map_err(|e| e.to_string())
}

/// A relation's value: one link or a list of links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany<T> {
    /// A single object.
    One(T),
    /// An array of objects.
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    /// The items, one or many.
    pub fn as_slice(&self) -> &[T] {
        match self {
            OneOrMany::One(l) => std::slice::from_ref(l),
            OneOrMany::Many(v) => v.as_slice(),
        }
    }
}

/// A HAL `_links` object: every relation, as received.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Links(BTreeMap<String, OneOrMany<Link>>);

impl Links {
    /// An empty set of links.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) relation `rel` with one link.
    pub fn insert(&mut self, rel: impl Into<String>, link: Link) {
        self.0.insert(rel.into(), OneOrMany::One(link));
    }

    /// Sets the curies.
    pub fn set_curies(&mut self, curies: Vec<Link>) {
        self.0.insert("curies".into(), OneOrMany::Many(curies));
    }

    /// The first link of relation `rel`, if offered. `rel` may be given as
    /// received (`cardPayments:settle`) or curie-expanded (the full URI),
    /// whichever form the response used.
    pub fn get(&self, rel: &str) -> Option<&Link> {
        self.all(rel).first()
    }

    /// Every link of relation `rel` (empty when not offered); `rel` in
    /// either form, as for [`get`](Self::get).
    pub fn all(&self, rel: &str) -> &[Link] {
        if let Some(v) = self.0.get(rel) {
            return v.as_slice();
        }
        let other = if rel.contains("://") {
            self.compact_relation(rel)
        } else {
            self.expand_relation(rel)
        };
        other
            .and_then(|o| self.0.get(&o))
            .map(OneOrMany::as_slice)
            .unwrap_or(&[])
    }

    /// Whether relation `rel` is offered (either form).
    pub fn contains(&self, rel: &str) -> bool {
        !self.all(rel).is_empty()
    }

    /// The relation names offered, as received, `curies` excluded.
    pub fn relations(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str).filter(|k| *k != "curies")
    }

    /// The curies, if any.
    pub fn curies(&self) -> &[Link] {
        self.0.get("curies").map(OneOrMany::as_slice).unwrap_or(&[])
    }

    /// Expands a curie-prefixed relation (`cardPayments:settle`) into the
    /// URI its curie names, if a curie with that prefix is present.
    pub fn expand_relation(&self, rel: &str) -> Option<String> {
        let (prefix, reference) = rel.split_once(':')?;
        if reference.starts_with("//") {
            return None; // already a URI
        }
        let curie = self
            .curies()
            .iter()
            .find(|c| c.name.as_deref() == Some(prefix))?;
        expand_template(&curie.href, &[("rel", reference)]).ok()
    }

    /// Compacts a relation URI into its curie form (`prefix:reference`),
    /// if one of the curies produces it.
    pub fn compact_relation(&self, uri: &str) -> Option<String> {
        self.curies().iter().find_map(|c| {
            let name = c.name.as_deref()?;
            let (head, tail) = c.href.split_once("{rel}")?;
            let middle = uri.strip_prefix(head)?.strip_suffix(tail)?;
            (!middle.is_empty()).then(|| format!("{name}:{middle}"))
        })
    }

    /// The number of relations, `curies` included.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no relations at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A HAL `_embedded` object: relation name to embedded resource(s), kept
/// as JSON.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Embedded(BTreeMap<String, OneOrMany<Value>>);

impl Embedded {
    /// The embedded resources of relation `rel`.
    pub fn all(&self, rel: &str) -> &[Value] {
        self.0.get(rel).map(OneOrMany::as_slice).unwrap_or(&[])
    }

    /// The relation names present.
    pub fn relations(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

/// Why a link was not followed. Nothing was sent.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LinkError {
    /// The response does not offer the relation: the action is not
    /// available in the payment's current state.
    #[error("`{relation}` is not offered by this response")]
    NotOffered {
        /// The relation asked for.
        relation: String,
    },
    /// The link is a URI template with variables to fill first.
    #[error("`{relation}` is a URI template; expand it first")]
    Templated {
        /// The relation.
        relation: String,
    },
    /// The `href` is not a URI reference.
    #[error("`{relation}` has an unusable href: {reason}")]
    InvalidHref {
        /// The relation.
        relation: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The link points at another origin than the configured one: the
    /// credentials would go there.
    #[error("`{relation}` points at {origin}, not the configured origin {expected}")]
    CrossOrigin {
        /// The relation.
        relation: String,
        /// Where the link points.
        origin: String,
        /// The configured origin.
        expected: String,
    },
    /// The link would go from `https` down to plain `http`.
    #[error("`{relation}` would downgrade from https to http")]
    Downgrade {
        /// The relation.
        relation: String,
    },
    /// The link's path is not that of the operation the relation leads to.
    #[error(
        "`{relation}` points at `{path}`, which is not the path of `{operation}`{}",
        matched.map(|m| format!(" (it is `{m}`'s)")).unwrap_or_default()
    )]
    PathMismatch {
        /// The relation.
        relation: String,
        /// The link's path (card-number-like digit runs masked).
        path: String,
        /// The operation the relation leads to.
        operation: &'static str,
        /// The operation the path does belong to, if any.
        matched: Option<&'static str>,
    },
    /// The link's path could be read differently by a server than by this
    /// client (an encoded `/` or `\\`, an empty segment, a `;` parameter,
    /// literal segments that match another operation when case is
    /// ignored): it is not followed.
    #[error("`{relation}` points at `{path}`, which a server may read otherwise: {reason}")]
    AmbiguousPath {
        /// The relation.
        relation: String,
        /// The link's path (card-number-like digit runs masked).
        path: String,
        /// What makes it ambiguous.
        reason: &'static str,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_every_relation_and_curies() {
        let v = serde_json::json!({
            "cardPayments:settle": {"href": "https://try.access.worldpay.com/payments/settlements/x"},
            "cardPayments:events": [{"href": "/a"}, {"href": "/b", "deprecation": "soon"}],
            "curies": [{"name": "cardPayments", "href": "https://x/rels/cardPayments/{rel}", "templated": true}]
        });
        let links: Links = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(serde_json::to_value(&links).unwrap(), v);
        assert_eq!(links.all("cardPayments:events").len(), 2);
        assert_eq!(links.curies()[0].name.as_deref(), Some("cardPayments"));
        assert_eq!(links.relations().count(), 2);
    }

    #[test]
    fn a_bare_string_link_is_its_href() {
        let links: Links = serde_json::from_value(serde_json::json!({
            "cardPayments:settle": "/payments/settlements/full/abc",
            "cardPayments:events": ["/a", {"href": "/b"}],
        }))
        .unwrap();
        assert_eq!(
            links.get("cardPayments:settle").unwrap(),
            &Link::new("/payments/settlements/full/abc")
        );
        assert_eq!(links.all("cardPayments:events")[0].href, "/a");
        assert_eq!(links.all("cardPayments:events")[1].href, "/b");
        // Anything else is refused with what was expected.
        let e = serde_json::from_value::<Links>(serde_json::json!({"x": 5})).unwrap_err();
        assert!(e.to_string().contains("did not match"), "{e}");
        let e = serde_json::from_value::<Link>(serde_json::json!(5)).unwrap_err();
        assert!(
            e.to_string().contains("a link object or an href string"),
            "{e}"
        );
        let e = serde_json::from_value::<Link>(serde_json::json!({"title": "t"})).unwrap_err();
        assert!(e.to_string().contains("missing field `href`"), "{e}");
    }

    #[test]
    fn curies_expand_both_ways() {
        let mut links = Links::new();
        links.set_curies(vec![Link {
            name: Some("cardPayments".into()),
            templated: Some(true),
            ..Link::new("https://x/rels/cardPayments/{rel}")
        }]);
        links.insert("cardPayments:settle", Link::new("/s"));
        links.insert("https://x/rels/cardPayments/refund", Link::new("/r"));
        assert_eq!(
            links.expand_relation("cardPayments:settle").as_deref(),
            Some("https://x/rels/cardPayments/settle")
        );
        assert_eq!(
            links
                .compact_relation("https://x/rels/cardPayments/refund")
                .as_deref(),
            Some("cardPayments:refund")
        );
        // Looked up in either form.
        assert_eq!(
            links
                .get("https://x/rels/cardPayments/settle")
                .unwrap()
                .href,
            "/s"
        );
        assert_eq!(links.get("cardPayments:refund").unwrap().href, "/r");
        assert!(links.get("cardPayments:cancel").is_none());
    }

    #[test]
    fn templates_expand_per_rfc_6570() {
        let link = Link {
            templated: Some(true),
            ..Link::new("/payments/{id}/events{?from,to}")
        };
        assert_eq!(
            link.expand(&[("id", "a b"), ("from", "2026-01-01")])
                .unwrap(),
            "/payments/a%20b/events?from=2026-01-01"
        );
    }
}
