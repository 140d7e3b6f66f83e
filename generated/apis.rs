// @generated: do not edit by hand; change codegen/ and run
// `cargo build --features codegen`.
// Source: the API table of codegen/mod.rs, for schemas/card-payments-v7/openapi.yaml, schemas/verified-payments/openapi.yaml, schemas/payments/openapi.yaml, schemas/online/openapi.yaml, schemas/ips-cloud/asyncapi.yaml

/// The JSON paths of card data and secrets in each API built (see
/// `crate::sensitive::redact_json`).
pub(crate) const SENSITIVE_PATHS: &[&[&str]] = &[
    #[cfg(feature = "card-payments")]
    crate::card_payments::SENSITIVE_PATHS,
    #[cfg(feature = "verified-payments")]
    crate::verified_payments::SENSITIVE_PATHS,
    #[cfg(feature = "payments")]
    crate::payments::SENSITIVE_PATHS,
    #[cfg(feature = "online")]
    crate::online::SENSITIVE_PATHS,
    #[cfg(feature = "ips-cloud")]
    crate::ips_cloud::SENSITIVE_PATHS,
];
