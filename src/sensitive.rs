//! Card data and secrets that never print.
//!
//! The fix-up stage binds every card number, CVC, cardholder name, wallet
//! token, network token and cryptogram to a newtype made by
//! [`sensitive_string!`](crate::sensitive_string): its `Debug` prints
//! `<redacted>`, it has no `Display`, its errors never quote it, and the
//! only way to read it is the explicit [`expose_secret`] method. The value
//! is wiped from memory when dropped.
//!
//! [`expose_secret`]: crate::card_payments::types::CardNumber::expose_secret

use std::fmt;

/// JSON property names whose values are card data or secrets (the
/// generator binds each to a redacting type; kept in step with
/// `codegen/fixup.rs`, checked by `tests/redaction.rs`).
pub const SENSITIVE_FIELDS: &[&str] = &[
    "cardNumber",
    "cvc",
    "cardHolderName",
    "walletToken",
    "tokenNumber",
    "authenticationValue",
    "cryptogram",
];

/// The text printed in place of a secret.
pub const REDACTED: &str = "<redacted>";

/// A string wiped from memory on drop. The storage of every redacting type.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SecretText(String);

impl SecretText {
    /// Wraps `value`.
    pub fn new(value: String) -> Self {
        Self(value)
    }

    /// The secret itself. Named so that every read stands out in review.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl Drop for SecretText {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl fmt::Debug for SecretText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// Replaces, in a JSON payload, the value of every property that holds card
/// data or a secret ([`SENSITIVE_FIELDS`]) with `"<redacted>"`, at any
/// depth. For logging payloads you send or receive.
pub fn redact_json(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if SENSITIVE_FIELDS.contains(&k.as_str()) {
                    *v = serde_json::Value::String(REDACTED.to_string());
                } else {
                    redact_json(v);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

/// Masks every run of 12 to 19 digits (a possible card number) in `text`.
///
/// Applied to text that comes from a server and is kept in an error (a
/// decoding message, an unexpected body excerpt), where a card number could
/// otherwise slip into a log line.
pub fn mask_card_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if (12..=19).contains(&run.len()) {
            out.push_str(&"*".repeat(run.len()));
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Defines a redacting string newtype (card data, secrets). Used by
/// generated code; the bounds and pattern come from the schema and are
/// enforced when constructed and deserialized (request schemas only: the
/// fix-up stage passes none for response schemas).
#[doc(hidden)]
#[macro_export]
macro_rules! sensitive_string {
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            schema: $schema:literal,
            min_length: $min:expr,
            max_length: $max:expr,
            pattern: $pattern:expr,
        }
    ) => {
        $(#[$attr])*
        ///
        /// Card data or a secret: `Debug` prints `<redacted>`, there is no
        /// `Display`, and the value is wiped from memory when dropped. Read it
        /// with [`expose_secret`](Self::expose_secret).
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct $name($crate::sensitive::SecretText);

        impl $name {
            /// The schema's `minLength`, if any.
            pub const MIN_LENGTH: ::core::option::Option<u64> = $min;
            /// The schema's `maxLength`, if any.
            pub const MAX_LENGTH: ::core::option::Option<u64> = $max;
            /// The schema's `pattern`, if any.
            pub const PATTERN: ::core::option::Option<&'static str> = $pattern;

            /// Checks `value` against the schema and wraps it.
            pub fn new(value: impl ::core::convert::Into<::std::string::String>) -> ::core::result::Result<Self, $crate::constraint::InvalidValue> {
                static REGEX: ::std::sync::LazyLock<::core::option::Option<::regress::Regex>> =
                    ::std::sync::LazyLock::new(|| {
                        $name::PATTERN.map(|p| ::regress::Regex::new(p).expect("checked by the generator"))
                    });
                let value = $crate::sensitive::SecretText::new(value.into());
                $crate::constraint::check_string(
                    $schema,
                    value.expose_secret(),
                    Self::MIN_LENGTH,
                    Self::MAX_LENGTH,
                    REGEX.as_ref(),
                    Self::PATTERN,
                )?;
                ::core::result::Result::Ok(Self(value))
            }

            /// The secret itself. Named so that every read stands out in review.
            pub fn expose_secret(&self) -> &str {
                self.0.expose_secret()
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.0).finish()
            }
        }

        impl ::core::convert::TryFrom<&str> for $name {
            type Error = $crate::constraint::InvalidValue;
            fn try_from(value: &str) -> ::core::result::Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl ::core::convert::TryFrom<::std::string::String> for $name {
            type Error = $crate::constraint::InvalidValue;
            fn try_from(value: ::std::string::String) -> ::core::result::Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl ::core::convert::TryFrom<&::std::string::String> for $name {
            type Error = $crate::constraint::InvalidValue;
            fn try_from(value: &::std::string::String) -> ::core::result::Result<Self, Self::Error> {
                Self::new(value.as_str())
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::constraint::InvalidValue;
            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::new(value)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.0.expose_secret())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                // Not `String::deserialize`: its type errors quote the value.
                struct Visitor;
                impl<'de> ::serde::de::Visitor<'de> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(concat!("a string (", $schema, ")"))
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> ::core::result::Result<$name, E> {
                        $name::new(v).map_err(E::custom)
                    }
                    fn visit_string<E: ::serde::de::Error>(self, v: ::std::string::String) -> ::core::result::Result<$name, E> {
                        $name::new(v).map_err(E::custom)
                    }
                    fn visit_i64<E: ::serde::de::Error>(self, _: i64) -> ::core::result::Result<$name, E> {
                        Err(E::custom(concat!($schema, ": expected a string, found a number")))
                    }
                    fn visit_u64<E: ::serde::de::Error>(self, _: u64) -> ::core::result::Result<$name, E> {
                        Err(E::custom(concat!($schema, ": expected a string, found a number")))
                    }
                    fn visit_f64<E: ::serde::de::Error>(self, _: f64) -> ::core::result::Result<$name, E> {
                        Err(E::custom(concat!($schema, ": expected a string, found a number")))
                    }
                }
                // `deserialize_any`, so that a number (a card number sent
                // unquoted) reaches `visit_u64` above instead of the
                // deserializer's own type error, which would quote it.
                d.deserialize_any(Visitor)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_card_number_runs_only() {
        assert_eq!(
            mask_card_numbers("pan 4444333322221111 at line 1 column 20, ref 12345"),
            "pan **************** at line 1 column 20, ref 12345"
        );
        assert_eq!(mask_card_numbers("12345678901"), "12345678901");
        assert_eq!(
            mask_card_numbers("12345678901234567890"),
            "12345678901234567890"
        );
    }

    #[test]
    fn redacts_sensitive_json_fields_at_any_depth() {
        let mut v = serde_json::json!({
            "instruction": {"paymentInstrument": {"cardNumber": "4444333322221111", "cvc": "123"}},
            "list": [{"walletToken": "abc"}],
            "transactionReference": "ref-1"
        });
        redact_json(&mut v);
        assert_eq!(
            v,
            serde_json::json!({
                "instruction": {"paymentInstrument": {"cardNumber": REDACTED, "cvc": REDACTED}},
                "list": [{"walletToken": REDACTED}],
                "transactionReference": "ref-1"
            })
        );
    }

    #[test]
    fn secret_text_debug_is_redacted() {
        let s = SecretText::new("4444333322221111".into());
        assert_eq!(format!("{s:?}"), REDACTED);
        assert_eq!(s.expose_secret(), "4444333322221111");
    }
}
