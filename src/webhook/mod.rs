//! Receiving webhooks: what an API sends to you after a call returned.
//!
//! - [`KeyRing`] and [`verify`]: the `Event-Signature` header,
//!   `{keyId}/{hashFunction}/{signature}`, possibly several
//!   comma-separated in any order. The entry is chosen **by key id**,
//!   never by position; the signature is HMAC-SHA256 of the exact body
//!   bytes with the shared secret, hex-encoded, compared in constant time
//!   (`ring::hmac::verify`: ring is the TLS stack's own cryptography, so
//!   webhooks add no crate to build). Several keys can be held at once:
//!   during a renewal both the old and the new key are in use.
//! - [`Receiver`]: the plain function a service calls, headers' signature
//!   and body bytes in, a verified and decoded [`Received`] event out. A
//!   signature that is missing (when verification is configured), names
//!   no key held, is malformed or does not match is a [`WebhookError`]
//!   and the body is not parsed.
//! - With the feature `webhook-server`: [`Receiver::answer`] (the status
//!   to answer, 200 or 400, for a hyper or axum handler) and [`serve`], a
//!   ready loopback-or-anywhere HTTP/1 receiver.
//!
//! Delivery is at least once and unordered: [`Received::id`] is the same
//! on every delivery of one event (deduplicate on it) and
//! [`Received::timestamp`] orders events (`examples/receive_events.rs`).
//!
//! Secrets never appear in `Debug`, in errors or in logs: a key ring's
//! `Debug` lists key ids only.

use std::cmp::Ordering;
use std::fmt;
use std::marker::PhantomData;

use secrecy::{ExposeSecret, SecretBox};
use serde::Serialize;
use serde_json::Value;

#[cfg(feature = "webhook-server")]
mod server;
#[cfg(feature = "webhook-server")]
pub use server::{ServerHandle, serve};

/// The header that carries the signatures.
pub const SIGNATURE_HEADER: &str = "Event-Signature";

/// The one hash function the signature format names today.
pub const SHA256: &str = "SHA256";

/// A webhook of a description (the generated `WEBHOOKS` tables).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Webhook {
    /// Its name in the description's `webhooks`.
    pub name: &'static str,
    /// Its operation id.
    pub operation_id: &'static str,
    /// The media type of its body.
    pub media_type: Option<&'static str>,
}

/// Where a description's webhook bodies carry their name, identity and
/// time (JSON pointers, from the API's `api.yaml`), and the names of its
/// webhooks.
#[derive(Clone, Copy, Debug)]
pub struct Keys {
    /// The event's name, tried in order.
    pub name: &'static [&'static str],
    /// A qualifier: `<name><Qualifier>` is preferred when it is a webhook.
    pub qualifier: Option<&'static str>,
    /// The event's identity.
    pub id: &'static str,
    /// When the event happened.
    pub timestamp: &'static str,
    /// Every webhook's name.
    pub webhooks: &'static [&'static str],
}

impl Keys {
    /// The name the body carries, as received.
    pub fn name_in<'v>(&self, value: &'v Value) -> Option<&'v str> {
        self.name
            .iter()
            .find_map(|p| value.pointer(p).and_then(Value::as_str))
    }

    /// The webhook a body is: `<name><Qualifier>` when that is one, else
    /// `<name>` when that is one; `None` for a name not known.
    pub fn webhook_of(&self, value: &Value) -> Option<&'static str> {
        let name = self.name_in(value)?;
        if let Some(q) = self
            .qualifier
            .and_then(|p| value.pointer(p))
            .and_then(Value::as_str)
        {
            let mut chars = q.chars();
            if let Some(first) = chars.next() {
                let qualified = format!("{name}{}{}", first.to_uppercase(), chars.as_str());
                if let Some(w) = self.webhooks.iter().find(|w| **w == qualified) {
                    return Some(w);
                }
            }
        }
        self.webhooks.iter().find(|w| **w == name).copied()
    }
}

/// An event of a webhook this crate does not know, kept whole. Its
/// `Debug` lists the top-level field names only (values may be card data).
#[derive(Clone, PartialEq)]
pub struct UnknownEvent {
    value: Value,
}

impl UnknownEvent {
    #[doc(hidden)]
    pub fn new(value: Value) -> Self {
        Self { value }
    }

    /// The body, as received.
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// The name the body carries, if any.
    pub fn name(&self, keys: &Keys) -> Option<&str> {
        keys.name_in(&self.value)
    }
}

impl fmt::Debug for UnknownEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fields: Vec<&String> = self
            .value
            .as_object()
            .map(|m| m.keys().collect())
            .unwrap_or_default();
        f.debug_struct("UnknownEvent")
            .field("fields", &fields)
            .finish()
    }
}

impl Serialize for UnknownEvent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

/// Chooses among the shapes of one webhook: the one whose decoding keeps
/// the most of the received values (every leaf compared), the first on a
/// tie. Used by generated code.
#[doc(hidden)]
pub struct Fit<'v, T> {
    received: &'v Value,
    best: Option<(usize, T)>,
    error: Option<serde_json::Error>,
}

impl<'v, T> Fit<'v, T> {
    pub fn new(received: &'v Value) -> Self {
        Self {
            received,
            best: None,
            error: None,
        }
    }

    pub fn branch<B: Serialize>(
        &mut self,
        decoded: Result<B, serde_json::Error>,
        wrap: impl FnOnce(B) -> T,
    ) {
        match decoded {
            Ok(b) => {
                let kept = serde_json::to_value(&b)
                    .map(|v| kept(self.received, &v))
                    .unwrap_or(0);
                if self.best.as_ref().is_none_or(|(k, _)| kept > *k) {
                    self.best = Some((kept, wrap(b)));
                }
            }
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some(e);
                }
            }
        }
    }

    pub fn finish(self) -> Result<T, serde_json::Error> {
        match (self.best, self.error) {
            (Some((_, t)), _) => Ok(t),
            (None, Some(e)) => Err(e),
            (None, None) => Err(serde::de::Error::custom("a webhook body with no shape")),
        }
    }
}

/// How many leaves of `received` are found, equal, in `decoded`.
fn kept(received: &Value, decoded: &Value) -> usize {
    match (received, decoded) {
        (Value::Object(r), Value::Object(d)) => r
            .iter()
            .map(|(k, v)| d.get(k).map_or(0, |dv| kept(v, dv)))
            .sum(),
        (Value::Array(r), Value::Array(d)) => r.iter().zip(d).map(|(a, b)| kept(a, b)).sum(),
        (r, d) => usize::from(r == d),
    }
}

/// An event type a [`Receiver`] decodes (the generated `Event` enums, and
/// hand-written notification types).
pub trait Decode: Sized {
    /// Decodes a body already parsed as JSON.
    fn decode(value: Value) -> Result<Self, serde_json::Error>;
    /// Where bodies carry their name, identity and time, if they do.
    fn keys() -> Option<&'static Keys> {
        None
    }
}

/// When an event happened, as the body says: a local date-time such as
/// `2018-06-13T14:18:13.407` (no offset; fractions of any length).
/// Ordered by its value, not its text: `…:13.5` is after `…:13.407`.
/// A text that is no such date-time orders after every one that is, by
/// its text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Timestamp(String);

impl Timestamp {
    /// The timestamp as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `(year, month, day, hour, minute, second, nanosecond)`, when the
    /// text is a date-time.
    pub fn parts(&self) -> Option<(u32, u32, u32, u32, u32, u32, u32)> {
        let s = self.0.as_str();
        let (date, time) = s.split_once('T')?;
        let mut d = date.splitn(3, '-');
        let (y, mo, da) = (d.next()?, d.next()?, d.next()?);
        let (hms, frac) = match time.split_once('.') {
            Some((a, b)) => (a, b),
            None => (time, ""),
        };
        let mut t = hms.splitn(3, ':');
        let (h, mi, se) = (t.next()?, t.next()?, t.next()?);
        let num = |x: &str, n: usize| -> Option<u32> {
            (x.len() == n && x.bytes().all(|b| b.is_ascii_digit()))
                .then(|| x.parse().ok())
                .flatten()
        };
        if frac.len() > 9 || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let nanos = if frac.is_empty() {
            0
        } else {
            format!("{frac:0<9}").parse().ok()?
        };
        Some((
            num(y, 4)?,
            num(mo, 2)?,
            num(da, 2)?,
            num(h, 2)?,
            num(mi, 2)?,
            num(se, 2)?,
            nanos,
        ))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.parts(), other.parts()) {
            (Some(a), Some(b)) => a.cmp(&b).then_with(|| self.0.cmp(&other.0)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => self.0.cmp(&other.0),
        }
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A verified, decoded event with its identity and time read first.
#[derive(Clone, Debug, PartialEq)]
pub struct Received<E> {
    /// The event's identity: the same on every delivery of one event, so
    /// a second delivery of an id already handled is dropped.
    pub id: Option<String>,
    /// When the event happened; events arrive in any order, this orders
    /// them.
    pub timestamp: Option<Timestamp>,
    /// The event.
    pub event: E,
}

impl<E: Decode> Received<E> {
    /// Decodes a body (no signature check: see [`Receiver`]).
    pub fn from_slice(body: &[u8]) -> Result<Self, WebhookError> {
        let value: Value = serde_json::from_slice(body).map_err(WebhookError::body)?;
        let (id, timestamp) = match E::keys() {
            Some(k) => (
                value
                    .pointer(k.id)
                    .and_then(Value::as_str)
                    .map(String::from),
                value
                    .pointer(k.timestamp)
                    .and_then(Value::as_str)
                    .map(|t| Timestamp(t.to_string())),
            ),
            None => (None, None),
        };
        let event = E::decode(value).map_err(WebhookError::body)?;
        Ok(Self {
            id,
            timestamp,
            event,
        })
    }
}

/// A shared secret of one key id. Its `Debug` shows neither.
pub struct Secret(SecretBox<[u8]>);

impl Secret {
    /// A secret from its bytes (as Worldpay shared it).
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Self(SecretBox::new(bytes.into().into_boxed_slice()))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Clone for Secret {
    fn clone(&self) -> Self {
        Self::new(self.0.expose_secret().to_vec())
    }
}

/// The keys held: each key id and its shared secret. Several at once
/// while a key is renewed.
#[derive(Clone, Default)]
pub struct KeyRing {
    keys: Vec<(String, Secret)>,
}

impl KeyRing {
    /// An empty ring.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) the secret of `key_id`.
    pub fn key(mut self, key_id: impl Into<String>, secret: impl Into<Vec<u8>>) -> Self {
        self.insert(key_id, secret);
        self
    }

    /// Adds (or replaces) the secret of `key_id`.
    pub fn insert(&mut self, key_id: impl Into<String>, secret: impl Into<Vec<u8>>) {
        let id = key_id.into();
        self.keys.retain(|(k, _)| *k != id);
        self.keys.push((id, Secret::new(secret)));
    }

    /// Stops holding `key_id` (a retired key).
    pub fn remove(&mut self, key_id: &str) {
        self.keys.retain(|(k, _)| k != key_id);
    }

    /// The key ids held.
    pub fn key_ids(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(|(k, _)| k.as_str())
    }

    fn secret(&self, key_id: &str) -> Option<&Secret> {
        self.keys.iter().find(|(k, _)| k == key_id).map(|(_, s)| s)
    }
}

impl fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyRing")
            .field("key_ids", &self.key_ids().collect::<Vec<_>>())
            .finish()
    }
}

/// One entry of an `Event-Signature` header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignatureEntry<'h> {
    /// The key id.
    pub key_id: &'h str,
    /// The hash function (`SHA256`).
    pub hash_function: &'h str,
    /// The signature, as sent (hex).
    pub signature: &'h str,
}

/// Parses an `Event-Signature` header: one or more
/// `{keyId}/{hashFunction}/{signature}` entries, comma-separated
/// (whitespace around an entry is ignored). Refuses an empty header, an
/// empty entry, an entry without exactly three non-empty parts, and a
/// signature that is not hex.
pub fn parse_signature_header(header: &str) -> Result<Vec<SignatureEntry<'_>>, WebhookError> {
    let mut out = Vec::new();
    for (index, entry) in header.split(',').enumerate() {
        let entry = entry.trim();
        let malformed =
            |rule: &'static str| WebhookError::MalformedSignature { entry: index, rule };
        if entry.is_empty() {
            return Err(malformed("an entry is empty"));
        }
        let mut parts = entry.split('/');
        let (Some(key_id), Some(hash_function), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(malformed(
                "an entry is `{keyId}/{hashFunction}/{signature}`",
            ));
        };
        if key_id.is_empty() || hash_function.is_empty() || signature.is_empty() {
            return Err(malformed("no part of an entry is empty"));
        }
        if signature.len() % 2 != 0 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(malformed("the signature is hex"));
        }
        out.push(SignatureEntry {
            key_id,
            hash_function,
            signature,
        });
    }
    Ok(out)
}

fn hex_decode(s: &str) -> Option<Vec<u8>> {
    let digit = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    s.as_bytes()
        .chunks(2)
        .map(|p| match p {
            [a, b] => Some(digit(*a)? << 4 | digit(*b)?),
            _ => None,
        })
        .collect()
}

/// HMAC-SHA256 of `body` with `secret`, hex (lower case): what a signer
/// sends (the simulator signs with it).
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret);
    ring::hmac::sign(&key, body)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Checks `header` (an `Event-Signature` value; `None`: absent) against
/// `body` with the keys of `ring`. Every entry whose key id the ring holds
/// is checked, by key id and never by position; one that matches accepts
/// the body. Returns the key id that verified it.
pub fn verify<'h>(
    ring: &KeyRing,
    header: Option<&'h str>,
    body: &[u8],
) -> Result<&'h str, WebhookError> {
    let header = header.ok_or(WebhookError::MissingSignature)?;
    let entries = parse_signature_header(header)?;
    let mut checked = None;
    for e in &entries {
        let Some(secret) = ring.secret(e.key_id) else {
            continue;
        };
        if e.hash_function != SHA256 {
            checked.get_or_insert(WebhookError::UnsupportedHashFunction {
                key_id: e.key_id.to_string(),
                hash_function: e.hash_function.to_string(),
            });
            continue;
        }
        let Some(sent) = hex_decode(e.signature) else {
            continue;
        };
        // Compared in constant time (a length difference is no secret).
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.0.expose_secret());
        if ring::hmac::verify(&key, body, &sent).is_ok() {
            return Ok(e.key_id);
        }
        checked = Some(WebhookError::Mismatch {
            key_id: e.key_id.to_string(),
        });
    }
    Err(checked.unwrap_or_else(|| WebhookError::UnknownKey {
        key_ids: entries.iter().map(|e| e.key_id.to_string()).collect(),
    }))
}

/// Whether the receiver checks signatures.
#[derive(Clone, Debug)]
pub enum Verification {
    /// Every body must carry a matching signature of a key held.
    Signed(KeyRing),
    /// Bodies are not signed (trust comes from elsewhere: mutual TLS, an
    /// IP allow list, or re-reading what the event is about).
    Unsigned,
}

/// Why a webhook was refused. None of them quotes a secret or a body.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// Verification is configured and the request has no `Event-Signature`.
    #[error("the request has no Event-Signature header")]
    MissingSignature,
    /// The `Event-Signature` header is not `{keyId}/{hashFunction}/{signature}[,…]`.
    #[error("Event-Signature entry {entry}: malformed ({rule})")]
    MalformedSignature {
        /// The entry (0-based) refused.
        entry: usize,
        /// The rule it breaks.
        rule: &'static str,
    },
    /// No entry of the header names a key id held.
    #[error("Event-Signature names no key held (key ids sent: {key_ids:?})")]
    UnknownKey {
        /// The key ids the header names.
        key_ids: Vec<String>,
    },
    /// The entry of a key held names a hash function other than `SHA256`.
    #[error("Event-Signature key {key_id}: unsupported hash function {hash_function:?}")]
    UnsupportedHashFunction {
        /// The key id.
        key_id: String,
        /// The hash function named.
        hash_function: String,
    },
    /// The signature of a key held does not match the body.
    #[error("Event-Signature key {key_id}: the signature does not match the body")]
    Mismatch {
        /// The key id whose signature was checked.
        key_id: String,
    },
    /// The body (verified, or unsigned by configuration) is not an event:
    /// the message is the decoder's, with card numbers masked.
    #[error("the event body does not decode: {message}")]
    Body {
        /// What the decoder said.
        message: String,
    },
}

impl WebhookError {
    fn body(e: serde_json::Error) -> Self {
        Self::Body {
            message: crate::sensitive::mask_card_numbers(&e.to_string()),
        }
    }

    /// Whether the fault is the signature (a 400 to answer: the body is
    /// discarded unread).
    pub fn is_signature(&self) -> bool {
        !matches!(self, Self::Body { .. })
    }
}

/// Receives webhooks of one event type `E`: verification as configured,
/// then decoding.
pub struct Receiver<E> {
    verification: Verification,
    _event: PhantomData<fn() -> E>,
}

impl<E> Clone for Receiver<E> {
    fn clone(&self) -> Self {
        Self {
            verification: self.verification.clone(),
            _event: PhantomData,
        }
    }
}

impl<E> fmt::Debug for Receiver<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Receiver")
            .field("verification", &self.verification)
            .finish()
    }
}

impl<E: Decode> Receiver<E> {
    /// A receiver that checks signatures with `ring`.
    pub fn signed(ring: KeyRing) -> Self {
        Self::new(Verification::Signed(ring))
    }

    /// A receiver of unsigned bodies.
    pub fn unsigned() -> Self {
        Self::new(Verification::Unsigned)
    }

    /// A receiver verifying as `verification` says.
    pub fn new(verification: Verification) -> Self {
        Self {
            verification,
            _event: PhantomData,
        }
    }

    /// Verifies and decodes one delivery: `signature` is the
    /// `Event-Signature` header's value (`None`: absent), `body` the exact
    /// bytes received. The body is parsed only once the signature holds.
    pub fn receive(
        &self,
        signature: Option<&[u8]>,
        body: &[u8],
    ) -> Result<Received<E>, WebhookError> {
        if let Verification::Signed(ring) = &self.verification {
            let header =
                match signature {
                    None => None,
                    Some(b) => Some(std::str::from_utf8(b).map_err(|_| {
                        WebhookError::MalformedSignature {
                            entry: 0,
                            rule: "the header is ASCII text",
                        }
                    })?),
                };
            let key = verify(ring, header, body)?;
            tracing::debug!(target: "worldpay::webhook", key_id = key, "webhook signature verified");
        }
        Received::from_slice(body)
    }

    /// [`receive`](Self::receive) with the header read from `headers`
    /// (name and value pairs, names compared without case).
    pub fn receive_headers<'a>(
        &self,
        headers: impl IntoIterator<Item = (&'a str, &'a [u8])>,
        body: &[u8],
    ) -> Result<Received<E>, WebhookError> {
        let sig = headers
            .into_iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(SIGNATURE_HEADER))
            .map(|(_, v)| v);
        self.receive(sig, body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_by_key_id_not_position() {
        let body = br#"{"eventId":"1"}"#;
        let ring = KeyRing::new().key("2", "new");
        let header = format!(
            "1/SHA256/{},2/SHA256/{}",
            sign(b"old", body),
            sign(b"new", body)
        );
        assert_eq!(verify(&ring, Some(&header), body).unwrap(), "2");
        let header = format!(
            "2/SHA256/{},1/SHA256/{}",
            sign(b"new", body),
            sign(b"old", body)
        );
        assert_eq!(verify(&ring, Some(&header), body).unwrap(), "2");
    }

    #[test]
    fn signatures_are_hmac_sha256_as_rfc_4231_gives_it() {
        // RFC 4231, test case 2.
        assert_eq!(
            sign(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        let ring = KeyRing::new().key("1", "Jefe");
        let header = "1/SHA256/5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        assert_eq!(
            verify(&ring, Some(header), b"what do ya want for nothing?").unwrap(),
            "1"
        );
        // One bit off, or the signature cut short: refused.
        let flipped = "1/SHA256/5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3842";
        assert!(verify(&ring, Some(flipped), b"what do ya want for nothing?").is_err());
        let short = "1/SHA256/5bdcc146bf60754e6a042426089575c7";
        assert!(verify(&ring, Some(short), b"what do ya want for nothing?").is_err());
    }

    #[test]
    fn refusals_are_typed() {
        let ring = KeyRing::new().key("1", "s");
        let body = b"{}";
        assert!(matches!(
            verify(&ring, None, body),
            Err(WebhookError::MissingSignature)
        ));
        assert!(matches!(
            verify(&ring, Some("1/SHA256"), body),
            Err(WebhookError::MalformedSignature { entry: 0, .. })
        ));
        assert!(matches!(
            verify(&ring, Some("1/SHA256/zz"), body),
            Err(WebhookError::MalformedSignature { .. })
        ));
        assert!(matches!(
            verify(&ring, Some(&format!("9/SHA256/{}", sign(b"s", body))), body),
            Err(WebhookError::UnknownKey { .. })
        ));
        assert!(matches!(
            verify(&ring, Some(&format!("1/SHA256/{}", sign(b"t", body))), body),
            Err(WebhookError::Mismatch { .. })
        ));
        assert!(matches!(
            verify(&ring, Some(&format!("1/MD5/{}", sign(b"s", body))), body),
            Err(WebhookError::UnsupportedHashFunction { .. })
        ));
        // Upper-case hex is hex.
        let upper = sign(b"s", body).to_uppercase();
        assert!(verify(&ring, Some(&format!("1/SHA256/{upper}")), body).is_ok());
    }

    #[test]
    fn secrets_stay_out_of_debug() {
        let ring = KeyRing::new().key("7", "hunter2-secret");
        let shown = format!("{ring:?} {:?}", Receiver::<Dummy>::signed(ring.clone()));
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains('7'));
    }

    struct Dummy;
    impl Decode for Dummy {
        fn decode(_: Value) -> Result<Self, serde_json::Error> {
            Ok(Dummy)
        }
    }

    #[test]
    fn timestamps_order_by_value() {
        let t = |s: &str| Timestamp(s.to_string());
        assert!(t("2018-06-13T14:18:13.5") > t("2018-06-13T14:18:13.407"));
        assert!(t("2018-06-13T14:18:14") > t("2018-06-13T14:18:13.999"));
        assert!(t("garbage") > t("2018-06-13T14:18:13"));
    }
}
