//! A 3.1 description generates like a 3.0 one; webhook payloads are types.
use super::types;
use crate::helpers::{refused, round_trip};

pub fn run() {
    // `type: [string, "null"]`: null is accepted (and reads as absent).
    let s: types::Subscription =
        serde_json::from_str(r#"{"url":"https://example.com/hook","label":null,"retries":1}"#).unwrap();
    assert_eq!(s.label, None);
    let _: types::Subscription = round_trip(r#"{"url":"https://example.com/hook","retries":1}"#);
    let _: types::Subscription = round_trip(r#"{"url":"https://example.com/hook","label":"mine"}"#);
    // `exclusiveMinimum: 0` (3.1's number) still refuses 0.
    refused::<types::Subscription>(r#"{"url":"https://example.com/hook","retries":0}"#);
    // What webhooks carry, read leniently (an event type added tomorrow is kept).
    let e: types::Event = round_trip(r#"{"eventId":"e1","kind":"payment","detail":{"type":"refunded","note":"late"}}"#);
    assert_eq!(e.event_id, "e1");
}
