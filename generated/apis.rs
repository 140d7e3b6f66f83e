// @generated: do not edit by hand; change schemas/*/api.yaml or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/card-payments-v7/api.yaml, schemas/ips-cloud/api.yaml, schemas/online/api.yaml, schemas/payments/api.yaml, schemas/verified-payments/api.yaml

/// The JSON paths of card data and secrets in each API built (see
/// `crate::sensitive::redact_json`).
pub(crate) const SENSITIVE_PATHS: &[&[&str]] = &[
    #[cfg(feature = "card-payments")]
    crate::card_payments::SENSITIVE_PATHS,
    #[cfg(feature = "ips-cloud")]
    crate::ips_cloud::SENSITIVE_PATHS,
    #[cfg(feature = "online")]
    crate::online::SENSITIVE_PATHS,
    #[cfg(feature = "payments")]
    crate::payments::SENSITIVE_PATHS,
    #[cfg(feature = "verified-payments")]
    crate::verified_payments::SENSITIVE_PATHS,
];
