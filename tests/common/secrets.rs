//! A scanner for card data and secrets in text: card numbers (12 to 19
//! digits passing the Luhn check, first digit 2 to 6, also grouped by
//! single spaces or dashes)
//! and known secret literals (collected from the fixtures, plus whatever a
//! test adds: its credentials, licence keys, activation codes).
//!
//! Long literals (6 characters or more) are searched verbatim, also as
//! `Debug` and JSON escape them. Short ones (3- or 4-digit CVCs) would match
//! any amount, so they are searched only right after a field name that holds
//! them, in the forms `Debug`, JSON and `key=value` print:
//! `cvc: "123"`, `cvc: Some("123")`, `"cvc":"123"`, `\"cvc\": \"123\"`,
//! `cvc=123`.

use std::collections::BTreeSet;
use std::fmt;

use serde_json::Value;

/// Shorter secrets are searched in context only.
const MIN_VERBATIM: usize = 6;

/// Field names whose values are card verification codes.
pub const CVC_FIELDS: &[&str] = &["cvc", "cvv", "cvn", "cvc2", "securityCode", "security_code"];

/// Fixture property names whose string values are secrets, beyond
/// `worldpay::sensitive::SENSITIVE_FIELDS`, with the kind reported.
const EXTRA_SECRET_FIELDS: &[(&str, &str)] = &[
    ("cvv", "CVC"),
    ("cvn", "CVC"),
    ("securityCode", "CVC"),
    ("pointOfSaleLicenseKey", "licence key"),
    ("licenceKey", "licence key"),
    ("licenseKey", "licence key"),
    ("pointOfSaleActivationCode", "activation code"),
    ("activationCode", "activation code"),
    ("track2Data", "track 2 data"),
    ("track2", "track 2 data"),
    ("password", "password"),
    ("encryptedData", "encrypted card data"),
];

fn kind_of_sensitive_field(name: &str) -> &'static str {
    match name {
        "cardNumber" | "tokenNumber" => "card number",
        "cvc" => "CVC",
        "cardHolderName" => "cardholder name",
        "walletToken" => "wallet token",
        "authenticationValue" | "cryptogram" => "cryptogram",
        _ => "secret",
    }
}

/// One leak found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leak {
    /// Where the text came from.
    pub place: String,
    /// What leaked (`card number`, `CVC`, `licence key`...).
    pub kind: String,
    /// Up to 20 characters either side, the secret itself masked.
    pub context: String,
}

impl fmt::Display for Leak {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} in `{}`", self.place, self.kind, self.context)
    }
}

/// What to look for.
#[derive(Clone, Debug, Default)]
pub struct Secrets {
    /// `(needle, kind)`, searched verbatim.
    verbatim: BTreeSet<(String, String)>,
    /// `(field names, value, kind)`, searched after one of the names.
    in_context: BTreeSet<(Vec<String>, String, String)>,
}

impl Secrets {
    pub fn new() -> Self {
        Self::default()
    }

    /// The secrets of every JSON fixture under `tests/fixtures/`.
    pub fn from_fixtures() -> Self {
        let mut s = Self::new();
        let mut public = BTreeSet::new();
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("fixture folder").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "json") {
                    let text = std::fs::read_to_string(&path).expect("fixture");
                    let v: Value = serde_json::from_str(&text).expect("JSON fixture");
                    s.add_from_json(&v);
                    public_strings(&v, &mut public);
                }
            }
        }
        // A placeholder the seeds also use for a field that is not secret
        // (the same base64 for a 3-D Secure `authenticationValue` and its
        // `transactionId`) prints legitimately there: not searched.
        s.verbatim.retain(|(needle, _)| !public.contains(needle));
        s
    }

    /// The values of the secret properties of `v`, at any depth.
    pub fn add_from_json(&mut self, v: &Value) {
        match v {
            Value::Object(map) => {
                // Worldpay Online calls the cardholder name `name`, next to
                // the card number.
                let card_object = map.contains_key("cardNumber") || map.contains_key("cvc");
                for (k, x) in map {
                    let kind = if worldpay::sensitive::SENSITIVE_FIELDS.contains(&k.as_str()) {
                        Some(kind_of_sensitive_field(k))
                    } else if k == "name" && card_object {
                        Some("cardholder name")
                    } else {
                        EXTRA_SECRET_FIELDS
                            .iter()
                            .find(|(f, _)| f == k)
                            .map(|(_, kind)| *kind)
                    };
                    match (kind, x) {
                        // A masked value (`4444********1111`) is what
                        // Worldpay prints in place of the secret.
                        (Some(_), Value::String(s)) if s.contains('*') => {}
                        (Some(kind), Value::String(s)) => self.add_field(k, kind, s),
                        (Some(kind), Value::Number(n)) => self.add_field(k, kind, &n.to_string()),
                        _ => self.add_from_json(x),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|x| self.add_from_json(x)),
            _ => {}
        }
    }

    /// A secret value of field `field`: verbatim if long, else in context
    /// (the field's JSON and Rust names). A wallet token that is JSON also
    /// adds its long string leaves (signature, data, keys).
    pub fn add_field(&mut self, field: &str, kind: &str, value: &str) {
        if value.chars().count() >= MIN_VERBATIM {
            self.add(kind, value);
            if let Ok(inner) = serde_json::from_str::<Value>(value) {
                self.add_leaves(kind, &inner);
            }
        } else if !value.is_empty() {
            let mut names = vec![field.to_string(), snake(field)];
            if kind == "CVC" {
                names.extend(CVC_FIELDS.iter().map(|s| s.to_string()));
            }
            names.sort();
            names.dedup();
            self.in_context
                .insert((names, value.to_string(), kind.to_string()));
        }
    }

    fn add_leaves(&mut self, kind: &str, v: &Value) {
        match v {
            Value::String(s) if s.len() >= 16 => self.add(kind, s),
            Value::Object(m) => m.values().for_each(|x| self.add_leaves(kind, x)),
            Value::Array(a) => a.iter().for_each(|x| self.add_leaves(kind, x)),
            _ => {}
        }
    }

    /// A literal searched verbatim, also in its `Debug`- and JSON-escaped
    /// forms.
    pub fn add(&mut self, kind: &str, value: &str) {
        assert!(
            value.chars().count() >= MIN_VERBATIM,
            "a secret of {} characters would match anywhere: use add_short",
            value.chars().count()
        );
        let debug = format!("{value:?}");
        let json = serde_json::to_string(value).unwrap();
        for needle in [
            value.to_string(),
            debug[1..debug.len() - 1].to_string(),
            json[1..json.len() - 1].to_string(),
        ] {
            self.verbatim.insert((needle, kind.to_string()));
        }
    }

    /// A short secret, searched right after one of `fields`.
    pub fn add_short(&mut self, kind: &str, fields: &[&str], value: &str) {
        self.in_context.insert((
            fields.iter().map(|s| s.to_string()).collect(),
            value.to_string(),
            kind.to_string(),
        ));
    }

    /// Basic credentials: the user name, the password and the header value.
    pub fn add_basic(&mut self, username: &str, password: &str) {
        use base64::Engine;
        self.add("credential (user name)", username);
        self.add("credential (password)", password);
        let encoded =
            base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
        self.add("credential (Basic header)", &encoded);
    }

    /// How many literals and in-context values are searched.
    pub fn len(&self) -> (usize, usize) {
        (self.verbatim.len(), self.in_context.len())
    }

    /// Whether `kind` is among the secrets searched.
    pub fn has_kind(&self, kind: &str) -> bool {
        self.verbatim.iter().any(|(_, k)| k == kind)
            || self.in_context.iter().any(|(_, _, k)| k == kind)
    }

    /// Every leak in `text`.
    pub fn scan(&self, place: &str, text: &str) -> Vec<Leak> {
        let mut found: Vec<(usize, usize, String)> = Vec::new();
        for (start, end) in find_pans(text) {
            found.push((start, end, "card number (Luhn-valid digits)".into()));
        }
        for (needle, kind) in &self.verbatim {
            for (i, _) in text.match_indices(needle.as_str()) {
                found.push((i, i + needle.len(), kind.clone()));
            }
        }
        for (fields, value, kind) in &self.in_context {
            for field in fields {
                for (start, end) in find_in_context(text, field, value) {
                    found.push((start, end, kind.clone()));
                }
            }
        }
        found.sort();
        found.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        found
            .into_iter()
            .map(|(start, end, kind)| Leak {
                place: place.to_string(),
                kind,
                context: masked_context(text, start, end),
            })
            .collect()
    }
}

/// The string values of the properties of `v` that hold no secret.
fn public_strings(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                let secret = worldpay::sensitive::SENSITIVE_FIELDS.contains(&k.as_str())
                    || EXTRA_SECRET_FIELDS.iter().any(|(f, _)| f == k)
                    || k == "name";
                match x {
                    Value::String(s) if !secret => {
                        out.insert(s.clone());
                    }
                    _ => public_strings(x, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|x| public_strings(x, out)),
        _ => {}
    }
}

/// `cardHolderName` → `card_holder_name`.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Where `value` follows `field` as `Debug`, JSON or `key=value` print it.
fn find_in_context(text: &str, field: &str, value: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (i, _) in text.match_indices(field) {
        if i > 0 && is_word(bytes[i - 1]) {
            continue;
        }
        let mut j = i + field.len();
        if j < bytes.len() && is_word(bytes[j]) {
            continue;
        }
        // Closing quotes (escaped or not), then `:` or `=`, then spaces,
        // `Some(` and opening quotes.
        while j < bytes.len() && (bytes[j] == b'"' || bytes[j] == b'\\') {
            j += 1;
        }
        if j >= bytes.len() || !(bytes[j] == b':' || bytes[j] == b'=') {
            continue;
        }
        j += 1;
        loop {
            if text[j..].starts_with("Some(") {
                j += 5;
            } else if j < bytes.len() && matches!(bytes[j], b' ' | b'"' | b'\\' | b'\'') {
                j += 1;
            } else {
                break;
            }
        }
        if text[j..].starts_with(value) {
            let end = j + value.len();
            if end == bytes.len() || !bytes[end].is_ascii_alphanumeric() {
                out.push((j, end));
            }
        }
    }
    out
}

/// Luhn check of a string of ASCII digits.
pub fn luhn(digits: &str) -> bool {
    let mut sum = 0;
    for (i, c) in digits.bytes().rev().enumerate() {
        let mut d = u32::from(c - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

/// Blanks UUIDs (8-4-4-4-12 hex digits), whose all-digit groups would
/// otherwise pass for grouped card numbers now and then. Byte offsets are
/// kept.
fn blank_uuids(text: &str) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    let shape = [8, 4, 4, 4, 12];
    let mut i = 0;
    while i + 36 <= bytes.len() {
        let mut j = i;
        let ok = shape.iter().enumerate().all(|(n, &len)| {
            let group = bytes[j..j + len].iter().all(u8::is_ascii_hexdigit);
            j += len;
            let sep = n == 4 || bytes[j] == b'-';
            if n < 4 {
                j += 1;
            }
            group && sep
        });
        if ok {
            for b in &mut bytes[i..i + 36] {
                if *b != b'-' {
                    *b = b'u';
                }
            }
            i += 36;
        } else {
            i += 1;
        }
    }
    bytes
}

/// Whether `digits` could be a card number: 12 to 19 digits, a first digit
/// of a card scheme (2 to 6: Mastercard 2-series, Amex, Diners, JCB, Visa,
/// Mastercard, Discover, Maestro, UnionPay; not 1, so millisecond
/// timestamps never match) and the Luhn check.
pub fn is_pan(digits: &str) -> bool {
    (12..=19).contains(&digits.len()) && matches!(digits.as_bytes()[0], b'2'..=b'6') && luhn(digits)
}

/// Byte ranges of card numbers ([`is_pan`]) in `text`: a digit run, or
/// groups of 3 or more digits joined by single spaces or dashes.
pub fn find_pans(text: &str) -> Vec<(usize, usize)> {
    let bytes = blank_uuids(text);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    let mut out = Vec::new();
    let digits_of = |from: usize, to: usize| -> String {
        runs[from..=to]
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect::<String>()
    };
    for a in 0..runs.len() {
        // A single run.
        let (s, e) = runs[a];
        if is_pan(&text[s..e]) {
            out.push((s, e));
        }
        // Groups joined by single separators.
        let mut b = a;
        while b + 1 < runs.len() {
            let (_, end) = runs[b];
            let (next, next_end) = runs[b + 1];
            let joined = next == end + 1 && matches!(bytes[end], b' ' | b'-');
            if !joined || runs[b].1 - runs[b].0 < 3 || next_end - next < 3 {
                break;
            }
            b += 1;
            let digits = digits_of(a, b);
            if digits.len() > 19 {
                break;
            }
            if is_pan(&digits) {
                out.push((runs[a].0, runs[b].1));
            }
        }
    }
    out
}

/// 20 characters either side of `start..end`, the range itself masked.
fn masked_context(text: &str, start: usize, end: usize) -> String {
    let before: String = text[..start]
        .chars()
        .rev()
        .take(20)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text[end..].chars().take(20).collect();
    let masked = "*".repeat(text[start..end].chars().count().min(8));
    format!("{before}{masked}{after}").replace('\n', "\\n")
}
