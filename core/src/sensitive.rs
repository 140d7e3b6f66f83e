//! Card data and secrets that never print.
//!
//! The fix-up stage binds every card number, CVC, cardholder name, wallet
//! token, network token, cryptogram and bank account number (IBAN, sort
//! and routing codes) to a newtype made by
//! [`sensitive_string!`](crate::sensitive_string): its `Debug` prints
//! `<redacted>`, it has no `Display`, its errors never quote it, and the
//! only way to read it is the explicit [`expose_secret`] method. The value
//! is wiped from memory when dropped.
//!
//! [`expose_secret`]: SecretText::expose_secret

use std::fmt;

/// JSON property names whose values are card data, bank account data or
/// secrets. The generator binds each, wherever it occurs, to a redacting
/// type (it reads this list), and the runtime redacts them in JSON.
///
/// Bank account data is as sensitive as card data: with an account number
/// and a sort or routing code, money can be taken. The names are those
/// the Access descriptions use, plus their common spellings where the
/// descriptions are silent (a choice: `pan`, `cvv`, `securityCode`,
/// `bankAccountNumber`, `accountHolderName`).
pub const SENSITIVE_FIELDS: &[&str] = &[
    "cardNumber",
    "cvc",
    "cardHolderName",
    "walletToken",
    "tokenNumber",
    "authenticationValue",
    "cryptogram",
    // Device and plain primary account numbers, security codes.
    "dpan",
    "pan",
    "cvv",
    "securityCode",
    // Bank accounts.
    "accountNumber",
    "bankAccountNumber",
    "iban",
    "routingNumber",
    "sortCode",
    "accountHolderName",
];

/// Property names of secrets that one API binds by schema rather than by
/// name (IPS Cloud's activation code, licence key and track 2 data): not
/// in [`SENSITIVE_FIELDS`], which the generator binds wherever they occur,
/// but redacted by `worldpay::sensitive::redact_json` and in validation
/// messages all the same.
pub const SECRET_FIELDS: &[&str] = &[
    "pointOfSaleActivationCode",
    "pointOfSaleLicenseKey",
    "track2Data",
];

/// Whether a JSON property of this name holds card data or a secret
/// ([`SENSITIVE_FIELDS`] or [`SECRET_FIELDS`]).
pub fn is_sensitive_field(name: &str) -> bool {
    SENSITIVE_FIELDS.contains(&name) || SECRET_FIELDS.contains(&name)
}

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

/// `worldpay::sensitive::redact_json` with the sensitive paths of one API
/// only (such as `worldpay::online::SENSITIVE_PATHS`), and the names.
pub fn redact_json_with(value: &mut serde_json::Value, paths: &[&str]) {
    redact_json_at(value, &mut String::new(), &[paths]);
}

/// Redacts `value` (found at `path`) by name and by the sensitive paths of
/// `apis`.
#[doc(hidden)]
pub fn redact_json_at(value: &mut serde_json::Value, path: &mut String, apis: &[&[&str]]) {
    let at_sensitive_path = |p: &str| apis.iter().any(|paths| paths.contains(&p));
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                if is_sensitive_field(k) || at_sensitive_path(path) {
                    *v = serde_json::Value::String(REDACTED.to_string());
                } else {
                    redact_json_at(v, path, apis);
                }
                path.truncate(len);
            }
        }
        serde_json::Value::Array(items) => {
            let len = path.len();
            path.push_str("[]");
            for item in items {
                redact_json_at(item, path, apis);
            }
            path.truncate(len);
        }
        _ => {}
    }
}

/// Masks every run of 12 or more digits (a possible card number, or one
/// with more digits around it) in `text`, and every card number written in
/// groups: runs of 3 or more digits, 12 to 19 digits in all, joined by
/// short runs (1 to 5 characters) of
/// separators: spaces, non-breaking spaces, tabs, `-`, `.`, `/` or `_`
/// (`4444 3333 2222 1111`, `5555-5555-5555-4444`, `4444.3333.2222.1111`,
/// `4444 - 3333 - 2222 - 1111`).
///
/// Applied to text that comes from a server and is kept in an error (a
/// decoding message, an unexpected body excerpt), where a card number could
/// otherwise slip into a log line.
pub fn mask_card_numbers(text: &str) -> String {
    const MAX_GAP: usize = 5;
    let is_separator = |c: char| matches!(c, ' ' | '\u{a0}' | '\t' | '-' | '.' | '/' | '_');
    let chars: Vec<char> = text.chars().collect();
    let mut masked = chars.clone();
    // Digit runs, as char index ranges.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    let mut mask = |from: usize, to: usize| {
        for c in &mut masked[from..to] {
            if c.is_ascii_digit() {
                *c = '*';
            }
        }
    };
    let joined = |(_, end): (usize, usize), (next, _): (usize, usize)| {
        let gap = next - end;
        (1..=MAX_GAP).contains(&gap) && chars[end..next].iter().all(|&c| is_separator(c))
    };
    for a in 0..runs.len() {
        let (start, end) = runs[a];
        // 12 or more digits in a row: a card number, or one with more
        // digits around it (a longer run can start with a PAN).
        if end - start >= 12 {
            mask(start, end);
        }
        // Groups of 3+ digits joined by short separator runs.
        let mut digits = end - start;
        let mut b = a;
        while b + 1 < runs.len() && digits >= 3 {
            let (next, next_end) = runs[b + 1];
            if !joined(runs[b], runs[b + 1]) || next_end - next < 3 || runs[b].1 - runs[b].0 < 3 {
                break;
            }
            b += 1;
            digits += next_end - next;
            if digits > 19 {
                break;
            }
            if digits >= 12 {
                mask(start, next_end);
            }
        }
    }
    masked.into_iter().collect()
}

/// Removes each of `secrets` (credentials the client was configured
/// with: a user name, a password, the Basic value, a Bearer token, a
/// service key) from text a server sent, in plain, JSON-escaped and
/// base64 (`user:password`) forms, so that an error never repeats what
/// the request carried. Secrets shorter than 4 characters are left alone
/// (they would match everywhere and are no secret anyway).
pub fn remove_secrets(text: &str, secrets: &[&str]) -> String {
    let bytes = remove_secrets_from_bytes(text.as_bytes(), secrets);
    // Whole UTF-8 sequences were replaced by ASCII: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| REDACTED.to_string())
}

/// [`remove_secrets`] on raw bytes (a body that may not be UTF-8).
pub fn remove_secrets_from_bytes(bytes: &[u8], secrets: &[&str]) -> Vec<u8> {
    let mut forms: Vec<String> = Vec::new();
    for secret in secrets.iter().filter(|s| s.chars().count() >= 4) {
        forms.push(secret.to_string());
        let escaped = serde_json::to_string(secret).unwrap_or_default();
        let escaped = escaped.trim_matches('"').to_string();
        forms.push(escaped.replace('/', "\\/"));
        forms.push(escaped);
    }
    // Longest first: a password inside the Basic value goes with it.
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms.dedup();
    let mut out = bytes.to_vec();
    for form in forms.iter().filter(|f| !f.is_empty()) {
        let needle = form.as_bytes();
        if memchr::memmem::find(&out, needle).is_none() {
            continue;
        }
        let mut replaced = Vec::with_capacity(out.len());
        let mut rest = out.as_slice();
        while let Some(i) = memchr::memmem::find(rest, needle) {
            replaced.extend_from_slice(&rest[..i]);
            replaced.extend_from_slice(REDACTED.as_bytes());
            rest = &rest[i + needle.len()..];
        }
        replaced.extend_from_slice(rest);
        out = replaced;
    }
    out
}

/// Only the `type/subtype` of a `Content-Type` value, lower case, when it
/// looks like one: a header is the server's text, and parameters (or a
/// whole header that is no media type) can carry anything.
pub fn media_type_only(content_type: &str) -> Option<String> {
    let essence = content_type.split(';').next()?.trim();
    let (kind, sub) = essence.split_once('/')?;
    let token = |t: &str| {
        !t.is_empty()
            && t.len() <= 127
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$&-^_.+".contains(c))
    };
    (token(kind) && token(sub) && !essence.chars().any(|c| c.is_ascii_digit()))
        .then(|| essence.to_ascii_lowercase())
}

/// Masks card numbers ([`mask_card_numbers`]), CVCs written as a field
/// (`cvc=737`, `"cvv": "123"`) and JWT-shaped tokens (three base64url
/// segments joined by dots, the first starting `eyJ`: IPS Cloud licence
/// keys are JWTs) in text a server sent, such as a STOMP ERROR frame's
/// `message` or an IPS Cloud error message, which may echo the request.
pub fn mask_server_text(text: &str) -> String {
    let text = mask_cvc_fields(&mask_card_numbers(text));
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("eyJ") {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        let is_b64 = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '=';
        let end = from
            .char_indices()
            .find(|&(_, c)| !(is_b64(c) || c == '.'))
            .map_or(from.len(), |(j, _)| j);
        let token = &from[..end];
        if token.matches('.').count() >= 2 {
            out.push_str(REDACTED);
        } else {
            out.push_str(token);
        }
        rest = &from[end..];
    }
    out.push_str(rest);
    out
}

/// Masks the 3 or 4 digits after a CVC field name (`cvc`, `cvv`, `cvn`,
/// `cvc2`, `securityCode`; any case) and `:` or `=`, quotes allowed.
fn mask_cvc_fields(text: &str) -> String {
    const NAMES: &[&str] = &["cvc2", "cvc", "cvv", "cvn", "securitycode", "security_code"];
    let lower = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    let mut masked = bytes.to_vec();
    for name in NAMES {
        for (i, _) in lower.match_indices(name) {
            if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
                continue;
            }
            let mut j = i + name.len();
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\\' | b'\'') {
                j += 1;
            }
            if j >= bytes.len() || !matches!(bytes[j], b':' | b'=') {
                continue;
            }
            j += 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'"' | b'\\' | b'\'') {
                j += 1;
            }
            let start = j;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            if (3..=4).contains(&(j - start)) {
                masked[start..j].fill(b'*');
            }
        }
    }
    // Only ASCII digits were replaced, by an ASCII byte: still UTF-8.
    String::from_utf8(masked).unwrap_or_else(|_| REDACTED.to_string())
}

/// A serde error message without the values it quotes: serde quotes the
/// offending string (`invalid type: string "4444 3333 2222 1111", expected
/// ...`) or variant (``unknown variant `...` ``), which came from the
/// payload and may be card data. Field names and what was expected stay;
/// card numbers are masked.
pub fn redact_decode_message(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = [("string \"", '"'), ("variant `", '`'), ("tag `", '`')]
            .iter()
            .filter_map(|&(open, close)| rest.find(open).map(|i| (i, open, close)))
            .min_by_key(|&(i, _, _)| i);
        let Some((i, open, close)) = next else {
            break;
        };
        out.push_str(&rest[..i + open.len()]);
        let quoted = &rest[i + open.len()..];
        // The closing quote; serde writes strings with `Debug`-like escapes.
        let mut end = None;
        let mut escaped = false;
        for (j, c) in quoted.char_indices() {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == close {
                end = Some(j);
                break;
            }
        }
        out.push_str(REDACTED);
        match end {
            Some(j) => {
                out.push(close);
                rest = &quoted[j + close.len_utf8()..];
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    mask_card_numbers(&out)
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
                static REGEX: ::std::sync::LazyLock<::core::option::Option<$crate::pattern::Pattern>> =
                    ::std::sync::LazyLock::new(|| {
                        $name::PATTERN.map(|p| $crate::pattern::Pattern::new(p).expect("checked by the generator"))
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
        // A longer run may hold a card number: masked whole.
        assert_eq!(
            mask_card_numbers("44443333222211112222"),
            "********************"
        );
    }

    #[test]
    fn masks_jwt_shaped_tokens_in_server_text() {
        assert_eq!(
            mask_server_text(
                "bad key eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln, card 4444 3333 2222 1111"
            ),
            "bad key <redacted>, card **** **** **** ****"
        );
        assert_eq!(mask_server_text("eyJ alone"), "eyJ alone");
        assert_eq!(
            mask_server_text(r#"bad CVC=737; {"cvv": "1234"} amount=737 cvcResult=123"#),
            r#"bad CVC=***; {"cvv": "****"} amount=737 cvcResult=123"#
        );
    }

    #[test]
    fn decode_messages_lose_quoted_values() {
        assert_eq!(
            redact_decode_message(
                "invalid type: string \"4444 3333 2222 1111 cvc=737 \\\"x\\\"\", expected struct X at line 1 column 80"
            ),
            "invalid type: string \"<redacted>\", expected struct X at line 1 column 80"
        );
        assert_eq!(
            redact_decode_message("unknown variant `4444333322221111`, expected one of `a`, `b`"),
            "unknown variant `<redacted>`, expected one of `a`, `b`"
        );
        assert_eq!(
            redact_decode_message("missing field `outcome` at line 1 column 2"),
            "missing field `outcome` at line 1 column 2"
        );
    }

    #[test]
    fn masks_card_numbers_written_in_groups() {
        assert_eq!(
            mask_card_numbers("card 4444 3333 2222 1111, or 5555-5555-5555-4444."),
            "card **** **** **** ****, or ****-****-****-****."
        );
        assert_eq!(
            mask_card_numbers("amex 3782 822463 10005 ok"),
            "amex **** ****** ***** ok"
        );
        // Dates, phone numbers and short groups stay.
        for text in [
            "2026-11-21",
            "020 7946 0761",
            "1 2 3 4 5 6 7 8 9 10 11 12",
            "2026/11/21 10:00",
        ] {
            assert_eq!(mask_card_numbers(text), text);
        }
    }

    #[test]
    fn masks_card_numbers_whatever_the_separators() {
        for (text, masked) in [
            ("4444.3333.2222.1111", "****.****.****.****"),
            ("4444/3333/2222/1111", "****/****/****/****"),
            ("4444_3333_2222_1111", "****_****_****_****"),
            ("4444  3333  2222  1111", "****  ****  ****  ****"),
            (
                "4444    3333    2222    1111",
                "****    ****    ****    ****",
            ),
            (
                "4444\u{a0}3333\u{a0}2222\u{a0}1111",
                "****\u{a0}****\u{a0}****\u{a0}****",
            ),
            ("4444 - 3333 - 2222 - 1111", "**** - **** - **** - ****"),
            ("é4444\t3333\t2222\t1111é", "é****\t****\t****\t****é"),
        ] {
            assert_eq!(mask_card_numbers(text), masked, "{text:?}");
        }
    }

    #[test]
    fn removes_configured_secrets_in_every_form() {
        let text = r#"{"echo": "Basic dXNlcjpzM2NyZXQvcGFzcw==", "pw": "s3cret/pass", "esc": "s3cret\/pass", "t": "Bearer tok-123456"}"#;
        let out = remove_secrets(
            text,
            &[
                "user",
                "s3cret/pass",
                "dXNlcjpzM2NyZXQvcGFzcw==",
                "tok-123456",
                "ab",
            ],
        );
        assert!(!out.contains("s3cret"), "{out}");
        assert!(!out.contains("dXNlcjpz"), "{out}");
        assert!(!out.contains("tok-123456"), "{out}");
        assert!(out.contains("\"echo\""), "{out}");
        // Too short to be a secret: left alone.
        assert_eq!(remove_secrets("ab abc", &["ab"]), "ab abc");
    }

    #[test]
    fn a_media_type_keeps_its_essence_only() {
        assert_eq!(
            media_type_only("Application/JSON; charset=utf-8; x=4444333322221111").as_deref(),
            Some("application/json")
        );
        assert_eq!(media_type_only("text/html").as_deref(), Some("text/html"));
        for junk in [
            "4444333322221111",
            "Basic dXNlcjpw",
            "text/4444333322221111",
            "",
        ] {
            assert_eq!(media_type_only(junk), None, "{junk}");
        }
    }

    #[test]
    fn redacts_by_name_anywhere_and_by_the_paths_given() {
        // (Every API's registered paths: `worldpay::sensitive::redact_json`.)
        let mut v = serde_json::json!({
            "list": [{"walletToken": "abc", "name": "Sherlock Holmes"}],
            "paymentMethod": {"name": "Sherlock Holmes", "type": "Card"},
            "name": "shop"
        });
        redact_json_with(&mut v, &["paymentMethod.name"]);
        assert_eq!(
            v,
            serde_json::json!({
                "list": [{"walletToken": REDACTED, "name": "Sherlock Holmes"}],
                "paymentMethod": {"name": REDACTED, "type": "Card"},
                "name": "shop"
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
