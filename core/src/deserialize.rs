//! What the generated `Deserialize` impls run on.
//!
//! The generator writes, for every plain struct and every unit enum of a
//! description, a `Deserialize` impl in place of serde's derive (see the
//! generator's `compact` pass). They decode exactly what the derive
//! decodes, with the same error messages (`missing field`, `duplicate
//! field`, `unknown variant … expected one of …`, `expected struct X`),
//! in a fraction of the code: the per-type part is a `match` on the
//! field's position, and the field and variant name lookups, written once
//! here, are shared by every type. The one difference: a struct is read
//! from a map only, never from a sequence of its fields in declaration
//! order (serde's derive accepts `[…]` for a struct; no JSON Worldpay
//! sends is one).
//!
//! Nothing here names an API.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, EnumAccess, MapAccess, VariantAccess, Visitor,
};

/// Reads a map key and gives its position among `names`, or `None` for a
/// key the type does not know (ignored, like the derive does).
#[derive(Clone, Copy)]
pub struct FieldIndex(pub &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldIndex {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldIndex {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<usize>, E> {
        Ok(usize::try_from(v).ok().filter(|i| *i < self.0.len()))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|name| *name == v))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|name| name.as_bytes() == v))
    }
}

/// Reads the value of the field `name` into `slot`; a second value for the
/// same field is refused, as the derive refuses it.
pub fn once<'de, T, A>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
) -> Result<(), A::Error>
where
    T: Deserialize<'de>,
    A: MapAccess<'de>,
{
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a key the type does not know.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(|_| ())
}

/// The value of a field without a default: the one read, or what the type
/// makes of its absence (`None` for an `Option`, `missing field` for the
/// rest), as the derive decides.
pub fn required<'de, T, E>(slot: Option<T>, name: &'static str) -> Result<T, E>
where
    T: Deserialize<'de>,
    E: de::Error,
{
    match slot {
        Some(value) => Ok(value),
        None => T::deserialize(MissingField {
            name,
            error: PhantomData,
        }),
    }
}

/// Stands for a field that is absent: an `Option` reads it as `None`,
/// every other type refuses it as missing.
struct MissingField<E> {
    name: &'static str,
    error: PhantomData<E>,
}

impl<'de, E: de::Error> Deserializer<'de> for MissingField<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(de::Error::missing_field(self.name))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// Reads a unit variant of the enum `name` and gives its position among
/// `variants`; any other name is refused with the list of those expected.
pub fn unit_variant<'de, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
    variants: &'static [&'static str],
) -> Result<usize, D::Error> {
    deserializer.deserialize_enum(name, variants, UnitVariant { name, variants })
}

#[derive(Clone, Copy)]
struct UnitVariant {
    name: &'static str,
    variants: &'static [&'static str],
}

impl<'de> Visitor<'de> for UnitVariant {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", self.name)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (index, variant) = data.variant_seed(VariantIndex(self.variants))?;
        variant.unit_variant()?;
        Ok(index)
    }
}

/// Reads a variant name and gives its position among the variants.
#[derive(Clone, Copy)]
struct VariantIndex(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for VariantIndex {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for VariantIndex {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<usize, E> {
        usize::try_from(v)
            .ok()
            .filter(|i| *i < self.0.len())
            .ok_or_else(|| {
                de::Error::invalid_value(
                    de::Unexpected::Unsigned(v),
                    &format!("variant index 0 <= i < {}", self.0.len()).as_str(),
                )
            })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|name| *name == v)
            .ok_or_else(|| de::Error::unknown_variant(v, self.0))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<usize, E> {
        match self.0.iter().position(|name| name.as_bytes() == v) {
            Some(index) => Ok(index),
            None => Err(de::Error::unknown_variant(
                &String::from_utf8_lossy(v),
                self.0,
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the generator writes for a struct, by hand: the tests below
    /// compare it with serde's derive on the same shape.
    #[derive(Debug, PartialEq)]
    struct Compact {
        amount: u64,
        currency: Option<String>,
        tags: Vec<String>,
    }

    /// The same shapes, with serde's derive (and the same Rust names, which
    /// its messages quote).
    mod derived {
        #[derive(Debug, PartialEq, serde::Deserialize)]
        pub struct Compact {
            pub amount: u64,
            pub currency: Option<String>,
            #[serde(default)]
            pub tags: Vec<String>,
        }

        #[derive(Debug, PartialEq, serde::Deserialize)]
        pub enum Flow {
            #[serde(rename = "challenge")]
            Challenge,
            #[serde(rename = "frictionless")]
            Frictionless,
        }
    }

    impl<'de> Deserialize<'de> for Compact {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            const FIELDS: &[&str] = &["amount", "currency", "tags"];
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Compact;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("struct Compact")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Compact, A::Error> {
                    let mut amount: Option<u64> = None;
                    let mut currency: Option<Option<String>> = None;
                    let mut tags: Option<Vec<String>> = None;
                    while let Some(field) = map.next_key_seed(FieldIndex(FIELDS))? {
                        match field {
                            Some(0) => once(&mut amount, &mut map, FIELDS[0])?,
                            Some(1) => once(&mut currency, &mut map, FIELDS[1])?,
                            Some(2) => once(&mut tags, &mut map, FIELDS[2])?,
                            _ => skip(&mut map)?,
                        }
                    }
                    Ok(Compact {
                        amount: required(amount, FIELDS[0])?,
                        currency: currency.unwrap_or_default(),
                        tags: tags.unwrap_or_default(),
                    })
                }
            }
            deserializer.deserialize_struct("Compact", FIELDS, V)
        }
    }

    #[derive(Debug, PartialEq, Clone, Copy)]
    enum Flow {
        Challenge,
        Frictionless,
    }

    impl<'de> Deserialize<'de> for Flow {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            const VARIANTS: &[&str] = &["challenge", "frictionless"];
            Ok(match unit_variant(deserializer, "Flow", VARIANTS)? {
                0 => Self::Challenge,
                _ => Self::Frictionless,
            })
        }
    }

    fn both(json: &str) -> (Result<Compact, String>, Result<derived::Compact, String>) {
        (
            serde_json::from_str::<Compact>(json).map_err(|e| e.to_string()),
            serde_json::from_str::<derived::Compact>(json).map_err(|e| e.to_string()),
        )
    }

    #[test]
    fn a_struct_decodes_as_the_derive_decodes_it() {
        for json in [
            r#"{"amount": 250, "currency": "GBP", "tags": ["a"]}"#,
            r#"{"amount": 250}"#,
            r#"{"amount": 250, "currency": null, "unknown": {"deep": [1, 2]}}"#,
            r#"{"currency": "GBP", "amount": 1, "tags": []}"#,
        ] {
            let (compact, derived) = both(json);
            let (compact, derived) = (compact.unwrap(), derived.unwrap());
            assert_eq!(
                (compact.amount, compact.currency, compact.tags),
                (derived.amount, derived.currency, derived.tags),
                "{json}"
            );
        }
    }

    #[test]
    fn a_struct_is_refused_with_the_derives_messages() {
        for json in [
            r#"{"currency": "GBP"}"#,
            r#"{"amount": 1, "amount": 2}"#,
            r#"{"amount": "250"}"#,
            r#""text""#,
            r#"{"amount": 1, "tags": "x"}"#,
            "42",
            "null",
        ] {
            let (compact, derived) = both(json);
            assert_eq!(compact.unwrap_err(), derived.unwrap_err(), "{json}");
        }
    }

    #[test]
    fn a_struct_is_not_read_from_a_sequence() {
        let e = serde_json::from_str::<Compact>(r#"[250, "GBP", []]"#).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("invalid type: sequence, expected struct Compact"),
            "{e}"
        );
    }

    #[test]
    fn a_unit_enum_decodes_and_is_refused_as_the_derive_does() {
        for json in [
            r#""challenge""#,
            r#""frictionless""#,
            r#""pos""#,
            "1",
            "null",
            r#"{"challenge": null}"#,
            r#"{"challenge": 1}"#,
        ] {
            let compact = serde_json::from_str::<Flow>(json).map_err(|e| e.to_string());
            let derived = serde_json::from_str::<derived::Flow>(json).map_err(|e| e.to_string());
            match (compact, derived) {
                (Ok(c), Ok(d)) => assert_eq!(format!("{c:?}"), format!("{d:?}"), "{json}"),
                (Err(c), Err(d)) => assert_eq!(c, d, "{json}"),
                (c, d) => panic!("{json}: {c:?} against {d:?}"),
            }
        }
    }

    #[test]
    fn the_refused_field_is_named_by_its_path() {
        let json = r#"{"amount": "250"}"#;
        let de = &mut serde_json::Deserializer::from_str(json);
        let e = serde_path_to_error::deserialize::<_, Compact>(de).unwrap_err();
        assert_eq!(e.path().to_string(), "amount");
    }
}
