//! Access Worldpay Events: the webhooks Worldpay sends when a payment,
//! payout or chargeback changes state (26 of them, in three
//! classifications: `payment`, `payout`, `chargeback`), as Worldpay's
//! published Events description (OpenAPI 3.1 `webhooks`) has them.
//!
//! Generated: [`types`] (each webhook's body, read leniently like an
//! answer), [`WEBHOOKS`] (every webhook's name, operation id and media
//! type), and [`Event`], which decodes any of them keyed by the event's
//! `eventDetails.type` (qualified by its `classification`: `refused` of a
//! payout is [`Event::RefusedPayout`]); a type added by Worldpay later is
//! [`Event::Unrecognized`], kept whole, never an error.
//!
//! Receiving: [`receiver`] gives a [`crate::webhook::Receiver`] that
//! verifies `Event-Signature` with the keys held and decodes to
//! [`Received`], whose `id` and `timestamp` are the event's `eventId` and
//! `eventTimestamp` (deduplicate on the first, order by the second:
//! delivery is at least once and unordered).
//!
//! ```
//! use worldpay::events::{self, Event};
//! use worldpay::webhook::{KeyRing, sign};
//!
//! let body = br#"{"eventId":"3b1c7a57-1b6f-4c38-a0f4-b3c3c4b5d7e1","eventTimestamp":"2018-06-13T14:18:13.407",
//!   "eventDetails":{"classification":"payment","transactionReference":"order-1","type":"settled",
//!   "date":"2018-06-13","amount":{"value":250,"currencyCode":"GBP"}}}"#;
//! let header = format!("1/SHA256/{}", sign(b"shared secret", body));
//! let receiver = events::receiver(KeyRing::new().key("1", "shared secret"));
//! let got = receiver.receive(Some(header.as_bytes()), body).expect("verified");
//! assert_eq!(got.id.as_deref(), Some("3b1c7a57-1b6f-4c38-a0f4-b3c3c4b5d7e1"));
//! assert!(matches!(got.event, Event::Settled(_)));
//! ```

crate::transport::rest_api!(
    "generated/events",
    events,
    Events,
    /// Access Worldpay Events has no operation to call: this client exists
    /// for uniformity with the other APIs and has no method.
);

mod webhooks {
    #[allow(unused_imports)]
    use super::types;
    include!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/generated/events/webhooks.rs"
    ));
}
pub use webhooks::*;

/// The media type of every event body.
pub const MEDIA_TYPE: &str = "application/vnd.worldpay.events-v1.hal+json";

/// An event as a receiver gives it: identity, time, and the event.
pub type Received = crate::webhook::Received<Event>;

/// A receiver of Worldpay's events that verifies `Event-Signature` with
/// the keys of `ring` (several during a key renewal).
pub fn receiver(ring: crate::webhook::KeyRing) -> crate::webhook::Receiver<Event> {
    crate::webhook::Receiver::signed(ring)
}

impl Event {
    /// The event's `eventDetails.classification` (`payment`, `payout`,
    /// `chargeback`), read from what was decoded.
    pub fn classification(&self) -> Option<String> {
        self.details_str("classification")
    }

    /// The event's `eventDetails.transactionReference`: your reference of
    /// the payment it is about.
    pub fn transaction_reference(&self) -> Option<String> {
        self.details_str("transactionReference")
    }

    fn details_str(&self, field: &str) -> Option<String> {
        let v = serde_json::to_value(self).ok()?;
        v.pointer(&format!("/eventDetails/{field}"))
            .and_then(serde_json::Value::as_str)
            .map(String::from)
    }
}
