// @generated: do not edit by hand; change schemas/*/api.yaml or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/card-payments-v7/api.yaml, schemas/events/api.yaml, schemas/ips-cloud/api.yaml, schemas/online/api.yaml, schemas/payment-queries/api.yaml, schemas/payments/api.yaml, schemas/payments-2024/api.yaml, schemas/verified-payments/api.yaml, and which of `src/<module>` exist

#[cfg(feature = "card-payments")]
#[path = "../src/card_payments/mod.rs"]
pub mod card_payments;
#[cfg(feature = "events")]
#[path = "../src/events/mod.rs"]
pub mod events;
#[cfg(feature = "ips-cloud")]
#[path = "../src/ips_cloud/mod.rs"]
pub mod ips_cloud;
#[cfg(feature = "online")]
#[path = "../src/online/mod.rs"]
pub mod online;
#[cfg(feature = "payment-queries")]
#[path = "../src/payment_queries/mod.rs"]
pub mod payment_queries;
#[cfg(feature = "payments")]
#[path = "../src/payments/mod.rs"]
pub mod payments;
#[cfg(feature = "payments-2024")]
#[path = "../src/payments_2024/mod.rs"]
pub mod payments_2024;
#[cfg(feature = "verified-payments")]
#[path = "../src/verified_payments/mod.rs"]
pub mod verified_payments;
