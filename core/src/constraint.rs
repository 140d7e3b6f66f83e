//! Constraint checks for request values, and the error they give.
//!
//! typify enforces `pattern`, `minLength` and `maxLength` itself. The types
//! the fix-up stage binds by name (redacting strings, bounded integers) are
//! checked here, with errors that name the schema and the rule but never
//! the value: the value may be a card number.

use std::fmt;

/// The rule a value broke.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    /// A required field was not given.
    Required,
    /// Shorter than `minLength` (characters).
    MinLength(u64),
    /// Longer than `maxLength` (characters).
    MaxLength(u64),
    /// Does not match `pattern` (an ECMAScript regex).
    Pattern(String),
    /// Below `minimum`.
    Minimum(i64),
    /// Above `maximum`.
    Maximum(i64),
    /// Not one of the values the schema lists.
    Enum,
    /// Not of the type the schema says (what was expected, as serde words
    /// it: `a string`, `u64`…).
    Type(String),
    /// A property the type does not know.
    Unknown,
    /// Not of the string `format` the schema names (`date`, `date-time`):
    /// the format and what is wrong.
    Format(&'static str, &'static str),
    /// Another rule, as the generated code words it.
    Other(String),
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::Required => f.write_str("is required"),
            Rule::MinLength(n) => write!(f, "must be at least {n} characters (minLength)"),
            Rule::MaxLength(n) => write!(f, "must be at most {n} characters (maxLength)"),
            Rule::Pattern(p) => write!(f, "must match the pattern `{p}`"),
            Rule::Minimum(n) => write!(f, "must be at least {n} (minimum)"),
            Rule::Maximum(n) => write!(f, "must be at most {n} (maximum)"),
            Rule::Enum => f.write_str("must be one of the values the schema lists"),
            Rule::Type(t) => write!(f, "must be {t} (type)"),
            Rule::Unknown => f.write_str("is not a property of this object"),
            Rule::Format(format, reason) => {
                write!(f, "must be an RFC 3339 {format} (format): {reason}")
            }
            Rule::Other(s) => f.write_str(s),
        }
    }
}

impl Rule {
    /// Reads the rule out of a message typify's generated code gives
    /// (`doesn't match pattern "…"`, `longer than 64 characters`, …) or one
    /// of this crate's own [`InvalidValue`] messages.
    #[doc(hidden)]
    pub fn parse(message: &str) -> Rule {
        let m = message.trim();
        if let Some(p) = m
            .strip_prefix("doesn't match pattern \"")
            .and_then(|r| r.strip_suffix('"'))
        {
            return Rule::Pattern(p.to_string());
        }
        if m == "invalid value" {
            // typify's enums, converting from a string they do not list.
            return Rule::Enum;
        }
        let number = |s: &str| {
            s.split_whitespace()
                .next()
                .and_then(|n| n.parse::<u64>().ok())
        };
        if let Some(n) = m.strip_prefix("longer than ").and_then(number) {
            return Rule::MaxLength(n);
        }
        if let Some(n) = m.strip_prefix("shorter than ").and_then(number) {
            return Rule::MinLength(n);
        }
        if let Some(rest) = m.split_once(": ").map(|(_, r)| r) {
            // `InvalidValue`'s Display: "<schema>: <rule>".
            for (prefix, ctor) in [("must be at least ", 0), ("must be at most ", 1)] {
                if let Some(r) = rest.strip_prefix(prefix) {
                    let n = r.split_whitespace().next().unwrap_or_default();
                    let is_len = r.contains("characters");
                    if let Ok(n) = n.parse::<i64>() {
                        return match (ctor, is_len) {
                            (0, true) => Rule::MinLength(n as u64),
                            (1, true) => Rule::MaxLength(n as u64),
                            (0, false) => Rule::Minimum(n),
                            _ => Rule::Maximum(n),
                        };
                    }
                }
            }
            if let Some(p) = rest
                .strip_prefix("must match the pattern `")
                .and_then(|r| r.strip_suffix('`'))
            {
                return Rule::Pattern(p.to_string());
            }
        }
        Rule::Other(m.to_string())
    }
}

/// A value that breaks its schema, refused when constructed.
///
/// Occurs when a redacting string (card number, CVC…) or a bounded integer
/// (expiry month…) is built from a value its schema forbids, and when such a
/// value is deserialized. Never holds the value itself.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{schema}: {rule}")]
pub struct InvalidValue {
    /// The schema (component name) the value was checked against.
    pub schema: &'static str,
    /// The rule it broke.
    pub rule: Rule,
}

/// Checks a string against optional length bounds and pattern.
#[doc(hidden)]
pub fn check_string(
    schema: &'static str,
    value: &str,
    min_length: Option<u64>,
    max_length: Option<u64>,
    pattern: Option<&crate::pattern::Pattern>,
    pattern_source: Option<&'static str>,
) -> Result<(), InvalidValue> {
    let len = value.chars().count() as u64;
    if let Some(min) = min_length
        && len < min
    {
        return Err(InvalidValue {
            schema,
            rule: Rule::MinLength(min),
        });
    }
    if let Some(max) = max_length
        && len > max
    {
        return Err(InvalidValue {
            schema,
            rule: Rule::MaxLength(max),
        });
    }
    if let (Some(re), Some(src)) = (pattern, pattern_source)
        && !re.is_match(value)
    {
        return Err(InvalidValue {
            schema,
            rule: Rule::Pattern(src.to_string()),
        });
    }
    Ok(())
}

// Used by the generated code of APIs with bounded integers only.
#[allow(dead_code)]
/// Checks an integer against optional inclusive bounds.
#[doc(hidden)]
pub fn check_integer(
    schema: &'static str,
    value: i64,
    minimum: Option<i64>,
    maximum: Option<i64>,
) -> Result<i64, InvalidValue> {
    if let Some(min) = minimum
        && value < min
    {
        return Err(InvalidValue {
            schema,
            rule: Rule::Minimum(min),
        });
    }
    if let Some(max) = maximum
        && value > max
    {
        return Err(InvalidValue {
            schema,
            rule: Rule::Maximum(max),
        });
    }
    Ok(value)
}

/// Defines an integer newtype that enforces `minimum`/`maximum` (typify
/// enforces neither). Used by generated code.
#[doc(hidden)]
#[macro_export]
macro_rules! bounded_integer {
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            schema: $schema:literal,
            minimum: $min:expr,
            maximum: $max:expr,
        }
    ) => {
        $(#[$attr])*
        ///
        /// Checked when constructed and when deserialized.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(i64);

        impl $name {
            /// The inclusive lower bound, if any.
            pub const MINIMUM: ::core::option::Option<i64> = $min;
            /// The inclusive upper bound, if any.
            pub const MAXIMUM: ::core::option::Option<i64> = $max;

            /// Checks `value` against the bounds.
            pub fn new(value: i64) -> ::core::result::Result<Self, $crate::constraint::InvalidValue> {
                $crate::constraint::check_integer($schema, value, Self::MINIMUM, Self::MAXIMUM).map(Self)
            }

            /// The value.
            pub fn get(self) -> i64 {
                self.0
            }
        }

        $crate::bounded_integer!(@from $name: i8 i16 i32 i64 u8 u16 u32);

        impl ::core::convert::TryFrom<u64> for $name {
            type Error = $crate::constraint::InvalidValue;
            fn try_from(value: u64) -> ::core::result::Result<Self, Self::Error> {
                let v = i64::try_from(value).unwrap_or(i64::MAX);
                Self::new(v)
            }
        }

        impl ::core::convert::From<$name> for i64 {
            fn from(value: $name) -> i64 {
                value.0
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                s.serialize_i64(self.0)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                let v = <i64 as ::serde::Deserialize>::deserialize(d)?;
                Self::new(v).map_err(<D::Error as ::serde::de::Error>::custom)
            }
        }
    };
    (@from $name:ident: $($t:ty)*) => {
        $(
            impl ::core::convert::TryFrom<$t> for $name {
                type Error = $crate::constraint::InvalidValue;
                fn try_from(value: $t) -> ::core::result::Result<Self, Self::Error> {
                    Self::new(i64::from(value))
                }
            }
        )*
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_typify_messages() {
        assert_eq!(
            Rule::parse("doesn't match pattern \"^[A-Z]{3}$\""),
            Rule::Pattern("^[A-Z]{3}$".into())
        );
        assert_eq!(
            Rule::parse("longer than 64 characters"),
            Rule::MaxLength(64)
        );
        assert_eq!(Rule::parse("shorter than 1 character"), Rule::MinLength(1));
    }

    #[test]
    fn parses_own_messages() {
        let e = InvalidValue {
            schema: "cardNumber",
            rule: Rule::MinLength(12),
        };
        assert_eq!(Rule::parse(&e.to_string()), Rule::MinLength(12));
        let e = InvalidValue {
            schema: "month",
            rule: Rule::Maximum(12),
        };
        assert_eq!(Rule::parse(&e.to_string()), Rule::Maximum(12));
        let e = InvalidValue {
            schema: "cvc",
            rule: Rule::Pattern("^[0-9]+$".into()),
        };
        assert_eq!(
            Rule::parse(&e.to_string()),
            Rule::Pattern("^[0-9]+$".into())
        );
    }
}
