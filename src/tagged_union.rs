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
                let map = <::serde_json::Map<::std::string::String, ::serde_json::Value> as ::serde::Deserialize>::deserialize(d)?;
                let tag = $crate::tagged_union::take_tag::<D::Error>(stringify!($name), $tag, &map)?;
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
        open pub enum $name:ident tag $tag:literal {
            $( $(#[$vattr:meta])* $variant:ident($ty:ty) = $value:literal, )*
        }
    ) => {
        $(#[$attr])*
        ///
        /// Internally tagged: the tag property names the branch, and only that
        /// branch is decoded. Open: a tag value unknown when this crate was
        /// generated is kept in `Unrecognized` with every field.
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
                    $( Self::$variant(_) => $value, )*
                    Self::Unrecognized(u) => u.tag(),
                }
            }
        }


        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(inner) => $crate::tagged_union::serialize_tagged(s, $tag, $value, inner), )*
                    Self::Unrecognized(u) => ::serde::Serialize::serialize(u, s),
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                let map = <::serde_json::Map<::std::string::String, ::serde_json::Value> as ::serde::Deserialize>::deserialize(d)?;
                let tag = $crate::tagged_union::take_tag::<D::Error>(stringify!($name), $tag, &map)?;
                match tag.as_str() {
                    $( $value => $crate::request::decode_branch::<$ty, D::Error>($tag, $value, map)
                        .map(Self::$variant), )*
                    _ => ::core::result::Result::Ok(Self::Unrecognized(
                        $crate::tagged_union::Unrecognized::new(tag, map),
                    )),
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
        code: Option<String>,
    }
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    pub struct Refused {
        #[serde(rename = "refusalCode")]
        refusal_code: Option<String>,
    }

    crate::tagged_union! {
        /// Outcome.
        open pub enum Outcome tag "outcome" {
            /// a
            Authorized(Ok1) = "authorized",
            /// r
            Refused(Refused) = "refused",
        }
    }

    #[test]
    fn decodes_the_tagged_branch_only() {
        let r: Outcome =
            serde_json::from_str(r#"{"outcome":"refused","refusalCode":"5"}"#).unwrap();
        assert_eq!(
            r,
            Outcome::Refused(Refused {
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
        assert_eq!(Outcome::KNOWN, &["authorized", "refused"]);
        assert!(matches!(r, Outcome::Unrecognized(_)));
        assert_eq!(serde_json::to_value(&r).unwrap(), v);
    }

    #[test]
    fn missing_tag_is_an_error() {
        let e = serde_json::from_str::<Outcome>(r#"{"refusalCode":"5"}"#).unwrap_err();
        assert!(e.to_string().contains("missing field `outcome`"), "{e}");
    }
}
