//! `webhook_signature`: arbitrary bytes as an `Event-Signature` header,
//! parsed and verified against a fixed body with a ring of two keys.
//!
//! Input: byte 0 splits the rest: the first `byte 0` bytes (at most all)
//! are the header, the remainder the body.
//!
//! Checked: nothing panics; a header that parses re-joins to entries with
//! three non-empty parts and hex signatures; verification accepts only
//! when an entry of a key held is that key's HMAC of the body (recomputed
//! here); no error's text or `Debug` shows a secret.

use worldpay::webhook::{KeyRing, WebhookError, parse_signature_header, sign, verify};

const SECRETS: &[(&str, &[u8])] = &[("1", b"fuzz-secret-one"), ("2", b"fuzz-secret-two")];

pub fn check(data: &[u8]) {
    let Some((&split, rest)) = data.split_first() else {
        return;
    };
    let at = usize::from(split).min(rest.len());
    let (header, body) = rest.split_at(at);
    let Ok(header) = std::str::from_utf8(header) else {
        return;
    };
    let mut ring = KeyRing::new();
    for (id, secret) in SECRETS {
        ring.insert(*id, secret.to_vec());
    }
    let parsed = parse_signature_header(header);
    if let Ok(entries) = &parsed {
        assert!(!entries.is_empty());
        for e in entries {
            assert!(!e.key_id.is_empty() && !e.hash_function.is_empty());
            assert!(e.signature.bytes().all(|b| b.is_ascii_hexdigit()));
        }
    }
    let verdict = verify(&ring, Some(header), body);
    let genuine = parsed.as_ref().is_ok_and(|entries| {
        entries.iter().any(|e| {
            e.hash_function == "SHA256"
                && SECRETS.iter().any(|(id, s)| {
                    *id == e.key_id && e.signature.eq_ignore_ascii_case(&sign(s, body))
                })
        })
    });
    assert_eq!(verdict.is_ok(), genuine, "{header:?}");
    if let Err(e) = &verdict {
        let shown = format!("{e} {e:?} {ring:?}");
        assert!(!shown.contains("fuzz-secret"), "{shown}");
        assert!(e.is_signature() || matches!(e, WebhookError::Body { .. }));
    }
}
