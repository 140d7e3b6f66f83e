//! Rust bindings for the payment APIs Worldpay documents, generated from
//! their API descriptions.
//!
//! One module per API, each behind a cargo feature (all on by default):
//!
//! | module | feature | API |
//! |---|---|---|
//! | [`card_payments`] | `card-payments` | Access Worldpay Card Payments v7 |
//! | [`payments`] | `payments` | Access Worldpay Payments (authorizations, v6) |
//! | [`verified_payments`] | `verified-payments` | Access Worldpay Verified Payments |
//! | [`payments_2024`] | `payments-2024` | Worldpay Payments API (2024-06-01) |
//! | [`payment_queries`] | `payment-queries` | Worldpay Payment Queries (v1) |
//! | [`online`] | `online` | Worldpay Online orders (legacy REST) |
//! | [`events`] | `events` | Access Worldpay Events (webhooks Worldpay sends) |
//! | [`ips_cloud`] | `ips-cloud` | IPS Cloud card-present payments (STOMP over WebSocket) |
//!
//! The generated code (types by typify, clients by progenitor) is checked
//! in under `generated/`; building this crate compiles none of the
//! generators. The hand-written runtime lives beside it, one concept a
//! module:
//!
//! - [`auth`]: credentials, held as secrets;
//! - [`transport`]: environments, timeouts, the retry policy (reads only:
//!   payment-creating and money-moving requests are never retried), the
//!   `worldpay::http` tracing events, and the hook that puts every request
//!   in its documented form;
//! - [`error`]: one error type, each variant documented with when it
//!   occurs; every error says whether the request reached Worldpay
//!   ([`Error::delivery`]) and whether it may have taken effect
//!   ([`Error::outcome`]), and the README's *When something goes wrong*
//!   gives the recovery path for an unknown outcome;
//! - [`hal`]: HAL links, kept whole;
//! - [`sensitive`], [`open_enum`], [`tagged_union`], [`constraint`]: the
//!   building blocks the generator binds schemas to (redacted card data,
//!   forward-compatible enums, internally tagged unions, checked values);
//! - [`request`]: build a request type from JSON, refused with the field
//!   and the rule when the value breaks its schema;
//! - [`validate`] (feature `validate`): check JSON against the embedded
//!   schemas, for your own tests;
//! - [`sim`] (feature `simulator`): an embedded Worldpay simulator, a real
//!   HTTP server on loopback (IPS Cloud's STOMP over WebSocket on the same
//!   port), for tests without Worldpay credentials;
//! - [`webhook`] (feature `webhooks`, on with `events`): receiving
//!   webhooks: `Event-Signature` verification by key id, a key ring, the
//!   receiver function and (feature `webhook-server`) an HTTP handler;
//! - [`stomp`] (feature `ips-cloud`): the STOMP 1.0–1.2 frame codec the
//!   IPS Cloud session is built on.
//!
//! ```no_run
//! # async fn run() -> Result<(), worldpay::Error> {
//! use worldpay::{auth::Credentials, card_payments, transport::{ClientConfig, Environment}};
//!
//! let config = ClientConfig::new(Environment::Try)
//!     .credentials(Credentials::basic("user", "password"));
//! let client = card_payments::Client::new(&config)?;
//! // Links stored from an earlier response (they serialize), followed later:
//! # let stored = r#"{"cardPayments:events": {"href": "https://try.access.worldpay.com/payments/events/abc"}}"#;
//! let links: worldpay::hal::Links = serde_json::from_str(stored).expect("stored links");
//! let events = client.events(&links).await?;
//! println!("{:?}", events.last_event);
//! # Ok(()) }
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]
// Without any API feature the shared runtime has no user.
#![cfg_attr(
    not(any(
        feature = "card-payments",
        feature = "payments",
        feature = "verified-payments",
        feature = "payments-2024",
        feature = "payment-queries",
        feature = "online",
        feature = "ips-cloud",
        feature = "events"
    )),
    allow(dead_code)
)]

/// What the runtime knows of the APIs built, generated.
mod apis {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/generated/apis.rs"));
}
pub mod auth;
pub mod error;
pub mod hal;
pub mod operation;
pub mod paging;
pub mod recovery;
pub mod request;
pub mod sensitive;
#[cfg(feature = "simulator")]
pub mod sim;
/// The STOMP frame codec IPS Cloud speaks (the `worldpay-stomp` crate).
#[cfg(feature = "ips-cloud")]
#[doc(inline)]
pub use worldpay_stomp as stomp;
pub mod transport;
#[cfg(feature = "validate")]
pub mod validate;
#[cfg(feature = "webhooks")]
pub mod webhook;

// Every API's module, under its feature (generated: an API with
// hand-written parts is declared from `src/<module>`, one without is
// generated whole).
include!(concat!(env!("CARGO_MANIFEST_DIR"), "/generated/modules.rs"));

pub use error::Error;

// The I/O-free part of the runtime (`worldpay-core`), at the paths the
// generated code names it by, here and in other crates' generated modules.
#[doc(hidden)]
pub use worldpay_core::deserialize;
#[doc(inline)]
pub use worldpay_core::{answer, constraint, format, open_enum, pattern, tagged_union};
#[doc(hidden)]
pub use worldpay_core::{bounded_integer, sensitive_string, success_answer};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
pub use progenitor_client::ResponseValue;
