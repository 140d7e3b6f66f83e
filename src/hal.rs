//! HAL (`application/hal+json`) links, as Worldpay's REST APIs send them.
//!
//! A response's `_links` maps a relation name (often curie-prefixed, such as
//! `cardPayments:settle`) to one link or a list of links; `curies` is a list
//! of templated links that expand such prefixes. [`Links`] keeps every
//! relation it receives, known or not, and writes them back unchanged, so
//! a response's links can be stored and followed later.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One HAL link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The target: a URI, or a URI template when `templated` is true.
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

/// A relation's value: one link or a list of links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single link object.
    One(Link),
    /// An array of link objects.
    Many(Vec<Link>),
}

impl OneOrMany {
    /// The links, one or many.
    pub fn as_slice(&self) -> &[Link] {
        match self {
            OneOrMany::One(l) => std::slice::from_ref(l),
            OneOrMany::Many(v) => v.as_slice(),
        }
    }
}

/// A HAL `_links` object: every relation, as received.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Links(BTreeMap<String, OneOrMany>);

impl Links {
    /// The first link of relation `rel`, if offered.
    pub fn get(&self, rel: &str) -> Option<&Link> {
        self.0.get(rel).and_then(|v| v.as_slice().first())
    }

    /// Every link of relation `rel` (empty when not offered).
    pub fn all(&self, rel: &str) -> &[Link] {
        self.0.get(rel).map(OneOrMany::as_slice).unwrap_or(&[])
    }

    /// Whether relation `rel` is offered.
    pub fn contains(&self, rel: &str) -> bool {
        self.0.contains_key(rel)
    }

    /// The relation names offered, `curies` excluded.
    pub fn relations(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str).filter(|k| *k != "curies")
    }

    /// The curies, if any.
    pub fn curies(&self) -> &[Link] {
        self.all("curies")
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
}
