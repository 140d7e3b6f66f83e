//! Worldpay's Payments API, version 2024-06-01: one `payment` call that
//! orchestrates authorization, FraudSight, 3DS and token creation, then
//! settle, partial settle, refund, partial refund, cancel, reversal, the
//! payment's last event, and the 3DS steps (device data, challenge).
//!
//! The description (`schemas/payments-2024/openapi.yaml`) is written from
//! Worldpay's published one, structure as published. Every operation
//! declares the `WP-Api-Version` header with the one value `2024-06-01`:
//! the generator moves such one-value headers into the operation table,
//! and the transport sends them with every request. Bodies are plain
//! `application/json`; requests carry Basic credentials.
//!
//! Every operation is a generated method (`generated/payments_2024/methods.rs`).
//! The operations after `payment` take the `linkData` Worldpay put in the
//! `href` of an answer's `_actions` (the path segment after
//! `/api/payments/`): pass it from the action you were given, never build it.

crate::transport::rest_api!(
    "generated/payments_2024",
    payments_2024,
    Payments2024,
    /// A Payments API (2024-06-01) client.
);
