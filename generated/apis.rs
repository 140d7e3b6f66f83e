// @generated: do not edit by hand; change schemas/*/api.yaml or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/card-payments-v7/api.yaml, schemas/events/api.yaml, schemas/ips-cloud/api.yaml, schemas/online/api.yaml, schemas/payment-queries/api.yaml, schemas/payments/api.yaml, schemas/payments-2024/api.yaml, schemas/verified-payments/api.yaml

/// Every REST API's operation table.
pub(crate) const OPERATION_TABLES: &[&[crate::operation::Operation]] = &[
    #[cfg(feature = "card-payments")]
    crate::card_payments::OPERATIONS,
    #[cfg(feature = "events")]
    crate::events::OPERATIONS,
    #[cfg(feature = "online")]
    crate::online::OPERATIONS,
    #[cfg(feature = "payment-queries")]
    crate::payment_queries::OPERATIONS,
    #[cfg(feature = "payments")]
    crate::payments::OPERATIONS,
    #[cfg(feature = "payments-2024")]
    crate::payments_2024::OPERATIONS,
    #[cfg(feature = "verified-payments")]
    crate::verified_payments::OPERATIONS,
];
/// The JSON paths of card data and secrets in each API built (see
/// `crate::sensitive::redact_json`).
pub(crate) const SENSITIVE_PATHS: &[&[&str]] = &[
    #[cfg(feature = "card-payments")]
    crate::card_payments::SENSITIVE_PATHS,
    #[cfg(feature = "events")]
    crate::events::SENSITIVE_PATHS,
    #[cfg(feature = "ips-cloud")]
    crate::ips_cloud::SENSITIVE_PATHS,
    #[cfg(feature = "online")]
    crate::online::SENSITIVE_PATHS,
    #[cfg(feature = "payment-queries")]
    crate::payment_queries::SENSITIVE_PATHS,
    #[cfg(feature = "payments")]
    crate::payments::SENSITIVE_PATHS,
    #[cfg(feature = "payments-2024")]
    crate::payments_2024::SENSITIVE_PATHS,
    #[cfg(feature = "verified-payments")]
    crate::verified_payments::SENSITIVE_PATHS,
];
/// The body of a documented error answer, by API. Its `Debug` masks
/// card numbers: a server's messages may quote the request.
#[non_exhaustive]
pub enum ApiErrorBody {
    /// A Card Payments v7 error body.
    #[cfg(feature = "card-payments")]
    CardPayments(crate::card_payments::ErrorBody),
    /// A Access Worldpay Events error body.
    #[cfg(feature = "events")]
    Events(crate::events::ErrorBody),
    /// A Worldpay Online error body.
    #[cfg(feature = "online")]
    Online(crate::online::ErrorBody),
    /// A Payment Queries (v1) error body.
    #[cfg(feature = "payment-queries")]
    PaymentQueries(crate::payment_queries::ErrorBody),
    /// A Payments error body.
    #[cfg(feature = "payments")]
    Payments(crate::payments::ErrorBody),
    /// A Payments API (2024-06-01) error body.
    #[cfg(feature = "payments-2024")]
    Payments2024(crate::payments_2024::ErrorBody),
    /// A Verified Payments error body.
    #[cfg(feature = "verified-payments")]
    VerifiedPayments(crate::verified_payments::ErrorBody),
    /// The documented error body of an API generated outside this
    /// crate (`worldpay::rest_api_module!`).
    External(::std::boxed::Box<dyn crate::error::ExternalErrorBody>),
    /// A body that is not the documented schema (an HTML page from a
    /// proxy, an empty body, broken JSON), kept raw (scrubbed).
    Undocumented(crate::error::RawBody),
}
impl ::core::fmt::Debug for ApiErrorBody {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            #[cfg(feature = "card-payments")]
            Self::CardPayments(b) => crate::error::debug_body(f, "CardPayments", b),
            #[cfg(feature = "events")]
            Self::Events(b) => crate::error::debug_body(f, "Events", b),
            #[cfg(feature = "online")]
            Self::Online(b) => crate::error::debug_body(f, "Online", b),
            #[cfg(feature = "payment-queries")]
            Self::PaymentQueries(b) => crate::error::debug_body(f, "PaymentQueries", b),
            #[cfg(feature = "payments")]
            Self::Payments(b) => crate::error::debug_body(f, "Payments", b),
            #[cfg(feature = "payments-2024")]
            Self::Payments2024(b) => crate::error::debug_body(f, "Payments2024", b),
            #[cfg(feature = "verified-payments")]
            Self::VerifiedPayments(b) => {
                crate::error::debug_body(f, "VerifiedPayments", b)
            }
            Self::External(b) => crate::error::debug_body(f, "External", b),
            Self::Undocumented(raw) => crate::error::debug_body(f, "Undocumented", raw),
        }
    }
}
impl ApiErrorBody {
    /// One line for `Display`: the error's name and message, masked.
    pub(crate) fn summary(&self) -> ::std::string::String {
        match self {
            #[cfg(feature = "card-payments")]
            Self::CardPayments(b) => crate::sensitive::mask_server_text(&b.summary()),
            #[cfg(feature = "events")]
            Self::Events(b) => crate::sensitive::mask_server_text(&b.summary()),
            #[cfg(feature = "online")]
            Self::Online(b) => crate::sensitive::mask_server_text(&b.summary()),
            #[cfg(feature = "payment-queries")]
            Self::PaymentQueries(b) => crate::sensitive::mask_server_text(&b.summary()),
            #[cfg(feature = "payments")]
            Self::Payments(b) => crate::sensitive::mask_server_text(&b.summary()),
            #[cfg(feature = "payments-2024")]
            Self::Payments2024(b) => crate::sensitive::mask_server_text(&b.summary()),
            #[cfg(feature = "verified-payments")]
            Self::VerifiedPayments(b) => crate::sensitive::mask_server_text(&b.summary()),
            Self::External(b) => crate::sensitive::mask_server_text(&b.summary()),
            Self::Undocumented(raw) => ::std::format!("undocumented body ({raw:?})"),
        }
    }
}
/// The REST APIs the simulator serves, in folder order.
#[cfg(feature = "simulator")]
pub(crate) static SIMULATED: &[crate::sim::Served] = &[
    #[cfg(feature = "card-payments")]
    crate::sim::Served {
        api: Api::CardPayments,
        operations: crate::card_payments::OPERATIONS,
        auth: crate::auth::Scheme::Basic,
        behaviour: &crate::sim::card_payments::BEHAVIOUR,
    },
    #[cfg(feature = "online")]
    crate::sim::Served {
        api: Api::Online,
        operations: crate::online::OPERATIONS,
        auth: crate::auth::Scheme::ServiceKey,
        behaviour: &crate::sim::online::BEHAVIOUR,
    },
    #[cfg(feature = "payment-queries")]
    crate::sim::Served {
        api: Api::PaymentQueries,
        operations: crate::payment_queries::OPERATIONS,
        auth: crate::auth::Scheme::Basic,
        behaviour: &crate::sim::payment_queries::BEHAVIOUR,
    },
    #[cfg(feature = "payments")]
    crate::sim::Served {
        api: Api::Payments,
        operations: crate::payments::OPERATIONS,
        auth: crate::auth::Scheme::Basic,
        behaviour: &crate::sim::payments::BEHAVIOUR,
    },
    #[cfg(feature = "payments-2024")]
    crate::sim::Served {
        api: Api::Payments2024,
        operations: crate::payments_2024::OPERATIONS,
        auth: crate::auth::Scheme::Basic,
        behaviour: &crate::sim::payments_2024::BEHAVIOUR,
    },
    #[cfg(feature = "verified-payments")]
    crate::sim::Served {
        api: Api::VerifiedPayments,
        operations: crate::verified_payments::OPERATIONS,
        auth: crate::auth::Scheme::Bearer,
        behaviour: &crate::sim::verified_payments::BEHAVIOUR,
    },
];
/// An API whose payloads can be validated against its published
/// schemas.
#[cfg(feature = "validate")]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Api {
    /// Card Payments v7.
    #[cfg(feature = "card-payments")]
    CardPayments,
    /// Access Worldpay Events.
    #[cfg(feature = "events")]
    Events,
    /// IPS CLOUD Payment API.
    #[cfg(feature = "ips-cloud")]
    IpsCloud,
    /// Worldpay Online.
    #[cfg(feature = "online")]
    Online,
    /// Payment Queries (v1).
    #[cfg(feature = "payment-queries")]
    PaymentQueries,
    /// Payments.
    #[cfg(feature = "payments")]
    Payments,
    /// Payments API (2024-06-01).
    #[cfg(feature = "payments-2024")]
    Payments2024,
    /// Verified Payments.
    #[cfg(feature = "verified-payments")]
    VerifiedPayments,
}
#[cfg(feature = "validate")]
impl Api {
    /// The validation document, parsed once.
    pub(crate) fn document(self) -> &'static ::serde_json::Value {
        match self {
            #[cfg(feature = "card-payments")]
            Self::CardPayments => {
                static DOC: ::std::sync::OnceLock<::serde_json::Value> = ::std::sync::OnceLock::new();
                DOC.get_or_init(|| {
                    ::serde_json::from_str(
                            include_str!(
                                concat!(env!("CARGO_MANIFEST_DIR"),
                                "/generated/card_payments/schema.json")
                            ),
                        )
                        .expect("the generator writes valid JSON")
                })
            }
            #[cfg(feature = "events")]
            Self::Events => {
                static DOC: ::std::sync::OnceLock<::serde_json::Value> = ::std::sync::OnceLock::new();
                DOC.get_or_init(|| {
                    ::serde_json::from_str(
                            include_str!(
                                concat!(env!("CARGO_MANIFEST_DIR"),
                                "/generated/events/schema.json")
                            ),
                        )
                        .expect("the generator writes valid JSON")
                })
            }
            #[cfg(feature = "ips-cloud")]
            Self::IpsCloud => {
                static DOC: ::std::sync::OnceLock<::serde_json::Value> = ::std::sync::OnceLock::new();
                DOC.get_or_init(|| {
                    ::serde_json::from_str(
                            include_str!(
                                concat!(env!("CARGO_MANIFEST_DIR"),
                                "/generated/ips_cloud/schema.json")
                            ),
                        )
                        .expect("the generator writes valid JSON")
                })
            }
            #[cfg(feature = "online")]
            Self::Online => {
                static DOC: ::std::sync::OnceLock<::serde_json::Value> = ::std::sync::OnceLock::new();
                DOC.get_or_init(|| {
                    ::serde_json::from_str(
                            include_str!(
                                concat!(env!("CARGO_MANIFEST_DIR"),
                                "/generated/online/schema.json")
                            ),
                        )
                        .expect("the generator writes valid JSON")
                })
            }
            #[cfg(feature = "payment-queries")]
            Self::PaymentQueries => {
                static DOC: ::std::sync::OnceLock<::serde_json::Value> = ::std::sync::OnceLock::new();
                DOC.get_or_init(|| {
                    ::serde_json::from_str(
                            include_str!(
                                concat!(env!("CARGO_MANIFEST_DIR"),
                                "/generated/payment_queries/schema.json")
                            ),
                        )
                        .expect("the generator writes valid JSON")
                })
            }
            #[cfg(feature = "payments")]
            Self::Payments => {
                static DOC: ::std::sync::OnceLock<::serde_json::Value> = ::std::sync::OnceLock::new();
                DOC.get_or_init(|| {
                    ::serde_json::from_str(
                            include_str!(
                                concat!(env!("CARGO_MANIFEST_DIR"),
                                "/generated/payments/schema.json")
                            ),
                        )
                        .expect("the generator writes valid JSON")
                })
            }
            #[cfg(feature = "payments-2024")]
            Self::Payments2024 => {
                static DOC: ::std::sync::OnceLock<::serde_json::Value> = ::std::sync::OnceLock::new();
                DOC.get_or_init(|| {
                    ::serde_json::from_str(
                            include_str!(
                                concat!(env!("CARGO_MANIFEST_DIR"),
                                "/generated/payments_2024/schema.json")
                            ),
                        )
                        .expect("the generator writes valid JSON")
                })
            }
            #[cfg(feature = "verified-payments")]
            Self::VerifiedPayments => {
                static DOC: ::std::sync::OnceLock<::serde_json::Value> = ::std::sync::OnceLock::new();
                DOC.get_or_init(|| {
                    ::serde_json::from_str(
                            include_str!(
                                concat!(env!("CARGO_MANIFEST_DIR"),
                                "/generated/verified_payments/schema.json")
                            ),
                        )
                        .expect("the generator writes valid JSON")
                })
            }
        }
    }
    /// The JSON paths of card data and secrets in its payloads.
    pub(crate) fn sensitive_paths(self) -> &'static [&'static str] {
        match self {
            #[cfg(feature = "card-payments")]
            Self::CardPayments => crate::card_payments::SENSITIVE_PATHS,
            #[cfg(feature = "events")]
            Self::Events => crate::events::SENSITIVE_PATHS,
            #[cfg(feature = "ips-cloud")]
            Self::IpsCloud => crate::ips_cloud::SENSITIVE_PATHS,
            #[cfg(feature = "online")]
            Self::Online => crate::online::SENSITIVE_PATHS,
            #[cfg(feature = "payment-queries")]
            Self::PaymentQueries => crate::payment_queries::SENSITIVE_PATHS,
            #[cfg(feature = "payments")]
            Self::Payments => crate::payments::SENSITIVE_PATHS,
            #[cfg(feature = "payments-2024")]
            Self::Payments2024 => crate::payments_2024::SENSITIVE_PATHS,
            #[cfg(feature = "verified-payments")]
            Self::VerifiedPayments => crate::verified_payments::SENSITIVE_PATHS,
        }
    }
}
