//! Strings with a `format`: dates, date-times and UUIDs as checked text.
//!
//! A request schema with `format: date`, `date-time` or `uuid` is bound
//! (by the generator's fix-up stage) to [`Date`], [`DateTime`] or [`Uuid`]
//! rather than to a date or UUID library's types. The choice, made once
//! for every API:
//!
//! - the value is *checked* (RFC 3339's `full-date` and `date-time`, the
//!   grammar OpenAPI names), when built and when decoded, so a request
//!   with `2024-02-30` is refused before anything is sent;
//! - the text is *kept exactly* as given or received (`+01:00` stays
//!   `+01:00`, fractional seconds keep their digits), so a value
//!   round-trips byte for byte, which a parsed date-time does not
//!   promise;
//! - no date or UUID library is a dependency of the crate or of a user's
//!   build.
//!   A user who wants arithmetic parses [`as_str`](Date::as_str) with the
//!   library of their choice.
//!
//! Answers are not bound to these types: the fix-up stage drops `format`
//! from schemas read only from answers, so a date Worldpay writes in
//! another shape tomorrow does not fail a payment call today.

use std::fmt;

/// Why a text is not a date or date-time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    /// `date` or `date-time`.
    pub format: &'static str,
    /// What is wrong (the value itself is not repeated).
    pub reason: &'static str,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(
            &crate::constraint::Rule::Format(self.format, self.reason),
            f,
        )
    }
}

impl std::error::Error for FormatError {}

impl crate::request::IntoRefusal for FormatError {
    fn into_refusal(self) -> crate::request::Refusal {
        crate::request::Refusal::new(crate::constraint::Rule::Format(self.format, self.reason))
    }
}

fn digits(s: &[u8]) -> Option<u32> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

/// `YYYY-MM-DD`, a real day of the Gregorian calendar.
fn check_date(s: &[u8]) -> Result<(), &'static str> {
    if s.len() != 10 || s[4] != b'-' || s[7] != b'-' {
        return Err("expected YYYY-MM-DD");
    }
    let (Some(year), Some(month), Some(day)) =
        (digits(&s[0..4]), digits(&s[5..7]), digits(&s[8..10]))
    else {
        return Err("expected YYYY-MM-DD");
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err("no such month"),
    };
    if day == 0 || day > days {
        return Err("no such day in that month");
    }
    Ok(())
}

/// `HH:MM:SS[.frac](Z|±HH:MM)`.
fn check_time(s: &[u8]) -> Result<(), &'static str> {
    const BAD: &str = "expected HH:MM:SS[.fraction] and Z or an offset";
    if s.len() < 9 || s[2] != b':' || s[5] != b':' {
        return Err(BAD);
    }
    let (Some(h), Some(m), Some(sec)) = (digits(&s[0..2]), digits(&s[3..5]), digits(&s[6..8]))
    else {
        return Err(BAD);
    };
    // 60: a leap second, which RFC 3339 allows.
    if h > 23 || m > 59 || sec > 60 {
        return Err("no such time of day");
    }
    let mut rest = &s[8..];
    if let Some(frac) = rest.strip_prefix(b".") {
        let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return Err(BAD);
        }
        rest = &frac[n..];
    }
    match rest {
        [b'Z' | b'z'] => Ok(()),
        [b'+' | b'-', oh @ ..] if oh.len() == 5 && oh[2] == b':' => {
            match (digits(&oh[0..2]), digits(&oh[3..5])) {
                (Some(h), Some(m)) if h <= 23 && m <= 59 => Ok(()),
                _ => Err("no such offset"),
            }
        }
        _ => Err(BAD),
    }
}

macro_rules! checked_text {
    ($(#[$doc:meta])* $name:ident, $format:literal, $check:expr) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Checks `text`, keeping it exactly.
            pub fn new(text: impl Into<String>) -> Result<Self, FormatError> {
                let text = text.into();
                let check: fn(&str) -> Result<(), &'static str> = $check;
                check(&text).map_err(|reason| FormatError {
                    format: $format,
                    reason,
                })?;
                Ok(Self(text))
            }

            /// The text, exactly as given or received.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The text, owned.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.0, f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = FormatError;
            fn from_str(s: &str) -> Result<Self, FormatError> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = FormatError;
            fn try_from(s: &str) -> Result<Self, FormatError> {
                Self::new(s)
            }
        }

        impl TryFrom<&String> for $name {
            type Error = FormatError;
            fn try_from(s: &String) -> Result<Self, FormatError> {
                Self::new(s.as_str())
            }
        }

        impl TryFrom<String> for $name {
            type Error = FormatError;
            fn try_from(s: String) -> Result<Self, FormatError> {
                Self::new(s)
            }
        }

        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                Self::new(text).map_err(serde::de::Error::custom)
            }
        }
    };
}

checked_text!(
    /// A `format: date` string: RFC 3339 `full-date` (`2024-02-29`),
    /// checked, and kept exactly as given.
    Date,
    "date",
    |s| check_date(s.as_bytes())
);

checked_text!(
    /// A `format: date-time` string: RFC 3339 `date-time`
    /// (`2024-02-29T13:45:00.250+01:00`), checked, and kept exactly as
    /// given (offset and fraction digits included).
    DateTime,
    "date-time",
    |s| {
        let b = s.as_bytes();
        if b.len() < 11 || !matches!(b[10], b'T' | b't') {
            return Err("expected a date, `T`, and a time");
        }
        check_date(&b[..10])?;
        check_time(&b[11..])
    }
);

checked_text!(
    /// A `format: uuid` string: RFC 9562's `8-4-4-4-12` hexadecimal form
    /// (`f81d4fae-7dec-11d0-a765-00a0c91e6bf6`), checked, and kept exactly
    /// as given (upper or lower case).
    Uuid,
    "uuid",
    |s| {
        let b = s.as_bytes();
        let ok = b.len() == 36
            && b.iter().enumerate().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => *c == b'-',
                _ => c.is_ascii_hexdigit(),
            });
        if ok {
            Ok(())
        } else {
            Err("expected 8-4-4-4-12 hexadecimal digits")
        }
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_and_kept() {
        assert_eq!(Date::new("2024-02-29").unwrap().as_str(), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024-01-00",
            "",
        ] {
            assert!(Date::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn date_times_are_checked_and_kept() {
        for good in [
            "2024-02-29T13:45:00Z",
            "2024-02-29T13:45:00.250+01:00",
            "2024-02-29t23:59:60z",
        ] {
            assert_eq!(DateTime::new(good).unwrap().to_string(), good);
        }
        for bad in [
            "2024-02-29",
            "2024-02-29T24:00:00Z",
            "2024-02-29T13:45:00",
            "2024-02-29T13:45:00.Z",
            "2024-02-29T13:45:00+0100",
        ] {
            assert!(DateTime::new(bad).is_err(), "{bad}");
        }
        let e = DateTime::new("2024-02-29T13:45").unwrap_err();
        assert!(e.to_string().contains("date-time"), "{e}");
    }

    #[test]
    fn uuids_are_checked_and_kept() {
        let u = Uuid::new("F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6").unwrap();
        assert_eq!(u.as_str(), "F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6");
        assert!(Uuid::new("f81d4fae7dec11d0a76500a0c91e6bf6").is_err());
        assert!(Uuid::new("g81d4fae-7dec-11d0-a765-00a0c91e6bf6").is_err());
    }

    #[test]
    fn serde_keeps_the_text_and_refuses_bad_values() {
        let d: DateTime = serde_json::from_str("\"2024-02-29T13:45:00.1-05:30\"").unwrap();
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            "\"2024-02-29T13:45:00.1-05:30\""
        );
        assert!(serde_json::from_str::<Date>("\"2024-02-30\"").is_err());
    }
}
