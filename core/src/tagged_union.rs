//! Discriminated unions as internally tagged enums.
//!
//! An OpenAPI `oneOf` with a `discriminator` names, in one property, which
//! branch a payload is. typify would make it `#[serde(untagged)]` (first
//! branch that fits wins), which loses refusals: a refused authorization
//! also fits the authorized shape. [`tagged_union!`](crate::tagged_union)
//! reads the tag and decodes exactly that branch, so a refusal's code and
//! description can never be dropped, and an error inside a branch is
//! reported as such.
//!
//! - `closed` unions (requests) are `#[serde(tag = "…")]` enums: an unknown
//!   tag is an error.
//! - `open` unions (responses) keep a tag value unknown when the crate was
//!   generated in `Unrecognized`, with every field as received.

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use std::fmt;

/// A union branch whose tag value was not known when this crate was
/// generated, kept whole. Its `Debug` lists field names only (values may be
/// card data) and the tag with card numbers masked.
#[derive(Clone, PartialEq)]
pub struct Unrecognized {
    tag: String,
    fields: Map<String, Value>,
}

impl Unrecognized {
    #[doc(hidden)]
    pub fn new(tag: String, fields: Map<String, Value>) -> Self {
        Self { tag, fields }
    }

    /// The tag value, as received.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// Every field as received, the tag included.
    pub fn fields(&self) -> &Map<String, Value> {
        &self.fields
    }
}

impl fmt::Debug for Unrecognized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Unrecognized")
            .field("tag", &crate::sensitive::mask_card_numbers(&self.tag))
            .field("fields", &self.fields.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Serialize for Unrecognized {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.fields.serialize(s)
    }
}

/// Serializes `inner` (an object) with `tag: value` added.
#[doc(hidden)]
pub fn serialize_tagged<S: Serializer, T: Serialize>(
    s: S,
    tag: &str,
    value: &str,
    inner: &T,
) -> Result<S::Ok, S::Error> {
    use serde::ser::Error;
    match serde_json::to_value(inner).map_err(S::Error::custom)? {
        Value::Object(mut map) => {
            map.insert(tag.to_string(), Value::String(value.to_string()));
            map.serialize(s)
        }
        _ => Err(S::Error::custom("a tagged union branch must be an object")),
    }
}

/// Reads the tag of a buffered payload.
#[doc(hidden)]
pub fn take_tag<E: serde::de::Error>(
    union: &str,
    tag: &'static str,
    map: &Map<String, Value>,
) -> Result<String, E> {
    match map.get(tag) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(E::custom(format_args!(
            "at `{tag}`: invalid type: not a string, expected a string ({union})"
        ))),
        None => Err(E::missing_field(tag)),
    }
}

/// Reads the tag of a payload kept as JSON text, skipping every other
/// field without building it (the fast path of open unions: the chosen
/// branch then decodes straight from the text, never through a
/// `serde_json::Value`).
#[doc(hidden)]
pub fn scan_tag<E: serde::de::Error>(
    union: &str,
    tag: &'static str,
    raw: &serde_json::value::RawValue,
) -> Result<String, E> {
    struct TagOf(&'static str);

    impl<'de> serde::de::Visitor<'de> for TagOf {
        type Value = Option<Result<String, ()>>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            use serde::de::Error as _;
            let mut found = None;
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                if key == self.0 {
                    // Twice, the branch is ambiguous: refused, as a
                    // branch's own fields are.
                    if found.is_some() {
                        return Err(A::Error::duplicate_field(self.0));
                    }
                    found = Some(match map.next_value::<Value>()? {
                        Value::String(s) => Ok(s),
                        _ => Err(()),
                    });
                } else {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
            Ok(found)
        }
    }

    struct Scan(&'static str);

    impl<'de> serde::de::DeserializeSeed<'de> for Scan {
        type Value = Option<Result<String, ()>>;

        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_map(TagOf(self.0))
        }
    }

    let mut de = serde_json::Deserializer::from_str(raw.get());
    match serde::de::DeserializeSeed::deserialize(Scan(tag), &mut de).map_err(E::custom)? {
        Some(Ok(value)) => Ok(value),
        Some(Err(())) => Err(E::custom(format_args!(
            "at `{tag}`: invalid type: not a string, expected a string ({union})"
        ))),
        None => Err(E::missing_field(tag)),
    }
}

/// Defines a tagged union over generated branch structs. Used by generated
/// code.
#[doc(hidden)]
#[macro_export]
macro_rules! tagged_union {
    (
        $(#[$attr:meta])*
        closed pub enum $name:ident tag $tag:literal {
            $( $(#[$vattr:meta])* $variant:ident($ty:ty) = $value:literal, )*
        }
    ) => {
        $(#[$attr])*
        ///
        /// Internally tagged: the tag property names the branch.
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
        #[serde(tag = $tag)]
        pub enum $name {
            $( $(#[$vattr])* #[serde(rename = $value)] $variant($ty), )*
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                use ::serde::de::Error as _;
                let mut map = <::serde_json::Map<::std::string::String, ::serde_json::Value> as ::serde::Deserialize>::deserialize(d)?;
                let tag = $crate::tagged_union::take_tag::<D::Error>(stringify!($name), $tag, &map)?;
                // The branch has no tag field (the enum writes it): it
                // reads the other fields, and a branch with none (an empty
                // object) refuses any it is given.
                map.remove($tag);
                match tag.as_str() {
                    $( $value => $crate::request::decode_branch::<$ty, D::Error>($tag, $value, map)
                        .map(Self::$variant), )*
                    // "at": the path names the tag, not the union.
                    other => ::core::result::Result::Err(D::Error::custom(format_args!(
                        concat!("at `", $tag, "`: {}"),
                        <::serde_json::Error as ::serde::de::Error>::unknown_variant(other, &[$($value),*]),
                    ))),
                }
            }
        }

        impl $name {
            /// The name of the tag property.
            pub const TAG: &'static str = $tag;

            /// The tag value of this branch.
            pub fn tag(&self) -> &str {
                match self {
                    $( Self::$variant(_) => $value, )*
                }
            }
        }

    };
    (
        $(#[$attr:meta])*
        open pub enum $name:ident tag $tag:literal field $field:ident {
            $( $(#[$vattr:meta])* $variant:ident($ty:ty) = $value:literal $(| $alias:literal)*, )*
        }
    ) => {
        $(#[$attr])*
        ///
        /// Internally tagged: the tag property names the branch, and only that
        /// branch is decoded. Open: a tag value unknown when this crate was
        /// generated is kept in `Unrecognized` with every field. Each branch
        /// keeps the tag as received, so the answer re-serializes unchanged.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vattr])* $variant($ty), )*
            /// A tag value unknown when this crate was generated.
            Unrecognized($crate::tagged_union::Unrecognized),
        }

        impl $name {
            /// The name of the tag property.
            pub const TAG: &'static str = $tag;
            /// The tag values known when this crate was generated.
            pub const KNOWN: &'static [&'static str] = &[$($value),*];

            /// The tag value of this branch, as received.
            pub fn tag(&self) -> &str {
                match self {
                    $( Self::$variant(inner) => inner.$field.as_str(), )*
                    Self::Unrecognized(u) => u.tag(),
                }
            }
        }

        // The branch holds its tag: serialized as it is.
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(inner) => ::serde::Serialize::serialize(inner, s), )*
                    Self::Unrecognized(u) => ::serde::Serialize::serialize(u, s),
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                use ::serde::de::Error as _;
                // Kept as text, not as a `Value`: the tag is read by a scan
                // that skips the other fields, then only the chosen branch
                // is decoded.
                let raw = <::std::boxed::Box<::serde_json::value::RawValue> as ::serde::Deserialize>::deserialize(d)?;
                let tag = $crate::tagged_union::scan_tag::<D::Error>(stringify!($name), $tag, &raw)?;
                match tag.as_str() {
                    // Decoded straight from the text; only when that fails is
                    // it decoded again, tracking the path for the error.
                    $( $value $(| $alias)* => ::serde_json::from_str::<$ty>(raw.get())
                        .map(Self::$variant)
                        .or_else(|_| $crate::request::decode_branch_text::<$ty, D::Error>($tag, &tag, raw.get())
                            .map(Self::$variant)), )*
                    _ => ::serde_json::from_str::<::serde_json::Map<::std::string::String, ::serde_json::Value>>(raw.get())
                        .map(|map| Self::Unrecognized($crate::tagged_union::Unrecognized::new(tag, map)))
                        .map_err(D::Error::custom),
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    pub struct Ok1 {
        outcome: String,
        code: Option<String>,
    }
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    pub struct Refused {
        outcome: String,
        #[serde(rename = "refusalCode")]
        refusal_code: Option<String>,
    }
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    pub struct Settling {
        outcome: String,
    }

    crate::tagged_union! {
        /// Outcome.
        open pub enum Outcome tag "outcome" field outcome {
            /// a
            Authorized(Ok1) = "authorized",
            /// r
            Refused(Refused) = "refused",
            /// s
            SentForSettlement(Settling) = "Sent for Settlement" | "sentForSettlement",
        }
    }

    #[test]
    fn a_tag_is_read_in_every_spelling_and_kept_as_received() {
        for spelling in ["Sent for Settlement", "sentForSettlement"] {
            let v = serde_json::json!({ "outcome": spelling });
            let r: Outcome = serde_json::from_value(v.clone()).unwrap();
            assert!(matches!(r, Outcome::SentForSettlement(_)), "{spelling}");
            assert_eq!(r.tag(), spelling);
            assert_eq!(serde_json::to_value(&r).unwrap(), v);
        }
        // Not a spelling of the variant: kept whole, never guessed.
        let v = serde_json::json!({ "outcome": "sent for settlement" });
        let r: Outcome = serde_json::from_value(v).unwrap();
        assert!(matches!(r, Outcome::Unrecognized(_)));
    }

    #[test]
    fn a_tag_given_twice_is_refused_whatever_its_values() {
        for body in [
            r#"{"outcome":"refused","outcome":"authorized"}"#,
            r#"{"outcome":"not-known","code":"1","outcome":{"a":1}}"#,
        ] {
            let e = serde_json::from_str::<Outcome>(body).unwrap_err();
            assert!(
                e.to_string().contains("duplicate field `outcome`"),
                "{body}: {e}"
            );
        }
    }

    #[test]
    fn decodes_the_tagged_branch_only() {
        let r: Outcome =
            serde_json::from_str(r#"{"outcome":"refused","refusalCode":"5"}"#).unwrap();
        assert_eq!(
            r,
            Outcome::Refused(Refused {
                outcome: "refused".into(),
                refusal_code: Some("5".into())
            })
        );
        let back = serde_json::to_value(&r).unwrap();
        assert_eq!(
            back,
            serde_json::json!({"outcome":"refused","refusalCode":"5"})
        );
    }

    #[test]
    fn keeps_unknown_tags_whole() {
        let v = serde_json::json!({"outcome":"fraudHold","x":{"y":1}});
        let r: Outcome = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(r.tag(), "fraudHold");
        assert_eq!(Outcome::TAG, "outcome");
        assert_eq!(
            Outcome::KNOWN,
            &["authorized", "refused", "Sent for Settlement"]
        );
        assert!(matches!(r, Outcome::Unrecognized(_)));
        assert_eq!(serde_json::to_value(&r).unwrap(), v);
    }

    #[test]
    fn missing_tag_is_an_error() {
        let e = serde_json::from_str::<Outcome>(r#"{"refusalCode":"5"}"#).unwrap_err();
        assert!(e.to_string().contains("missing field `outcome`"), "{e}");
    }

    #[test]
    fn decodes_from_text_values_and_readers_alike() {
        let text = r#"{"code":"ok","nested":{"outcome":"x"},"outcome":"authorized"}"#;
        let expected = Outcome::Authorized(Ok1 {
            outcome: "authorized".into(),
            code: Some("ok".into()),
        });
        // The tag is found after other fields, nested ones included.
        assert_eq!(serde_json::from_str::<Outcome>(text).unwrap(), expected);
        assert_eq!(
            serde_json::from_slice::<Outcome>(text.as_bytes()).unwrap(),
            expected
        );
        assert_eq!(
            serde_json::from_reader::<_, Outcome>(text.as_bytes()).unwrap(),
            expected
        );
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::from_value::<Outcome>(value).unwrap(), expected);
        // In a field of a derived struct, as generated types nest them.
        #[derive(Debug, Deserialize)]
        struct Holder {
            inner: Outcome,
        }
        let holder: Holder = serde_json::from_str(&format!(r#"{{"inner":{text}}}"#)).unwrap();
        assert_eq!(holder.inner, expected);
    }

    #[test]
    fn a_bad_tag_or_branch_is_a_typed_error() {
        let e = serde_json::from_str::<Outcome>(r#"{"outcome":5}"#).unwrap_err();
        assert!(e.to_string().contains("at `outcome`: invalid type"), "{e}");
        let e = serde_json::from_str::<Outcome>(r#"{"outcome":"refused","refusalCode":5}"#)
            .unwrap_err();
        assert!(e.to_string().contains("`outcome` is `refused`"), "{e}");
        let e = serde_json::from_str::<Outcome>(r#"["outcome"]"#).unwrap_err();
        assert!(e.to_string().contains("expected an object"), "{e}");
    }
}
