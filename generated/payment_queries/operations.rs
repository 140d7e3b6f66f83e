// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/payment-queries/openapi.yaml with schemas/payment-queries/api.yaml (sha256 4a4a9387072060e2eae454fb42c88b615c5f16fb6de73227cd52de8b0dd9fe6c)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - patch `payment-links-discriminated-on-self`: A queried payment's `_links` is a `oneOf` of ten
//   link lists with a discriminator on `self`, an object (its mapping keys are descriptions such
//   as "Authorized", which no answer carries), and each list nests its relations inside `self`. No
//   answer can match exactly one list, so every answer with links would fail validation. It
//   becomes one HAL links object: `self` required, and every relation the ten lists name, each a
//   link.
// - patch `archived-card-brand-object`: An archived payment's `paymentInstrument.card.brand` is an
//   object with no properties, while Worldpay's examples send a string (as the other queries'
//   `brand` is): decoding would lose the whole answer. It becomes a string.
// - 3 reserved header parameters (Accept, Content-Type, Authorization) ignored, as OpenAPI 3.0
//   requires
// - 4 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 49 inline schemas named after their property (28 identical uses share a type):
//   AccountUpdaterMessage, AuthorizationSucceededLinksSelf, AuthorizationType, CardPaymentsCancel,
//   CardPaymentsEvents, CardPaymentsPartialCancel, CardPaymentsPartialRefund,
//   CardPaymentsPartialSettle, CardPaymentsRefund, CardPaymentsReverse, CardPaymentsSettle,
//   Category, Error, Event, ExpiryDate, FullSettleLinksSelf, FundingType, Issuer, Message, Name,
//   Narrative, Number, PartialCancelLinksSelf, PartialRefundLinksSelf, PartialSettleLinksSelf,
//   PaymentInstrument, PaymentInstrumentCard, PaymentInstrumentType, PaymentNarrative,
//   PqQuerybydaterange200ResponseEmbedded, PqQuerybydaterange200ResponseEmbeddedPayment,
//   PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument,
//   PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard,
//   PqQueryhistoricalpayments200ResponseEmbedded,
//   PqQueryhistoricalpayments200ResponseEmbeddedPayment,
//   PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument,
//   PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard,
//   PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber,
//   RefundRequestedType, Scheme, Self, SelfLinkOnlySelf, SettlementRequestedType, TransactionType,
//   Type, UpdatedPaymentInstrument, UpdatedPaymentInstrumentCard, UpdatedPaymentInstrumentType,
//   Value
// - discriminated unions bound to internally tagged enums: Event (on `eventName`, open)
// - 21 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): AccountUpdaterMessage, AuthorizationType,
//   Category, FundingType, Message, Name, PaymentInstrumentType, RefundRequestedType,
//   SettlementRequestedType, TransactionType, Type, UpdatedPaymentInstrumentType, lastEvent
// - 3 error responses read raw and decoded by status (pq_querybydaterange_400_response,
//   pq_querybypaymentid_404_response, pq_queryhistoricalpayments_400_response)
// - 25 schemas no operation reaches any more left out of generation:
//   AuthorizationSucceededLinksSelf, CardPaymentsCancel, CardPaymentsEvents,
//   CardPaymentsPartialCancel, CardPaymentsPartialRefund, CardPaymentsPartialSettle,
//   CardPaymentsRefund, CardPaymentsReverse, CardPaymentsSettle, FullSettleLinksSelf,
//   PartialCancelLinksSelf, PartialRefundLinksSelf, PartialSettleLinksSelf, Self,
//   SelfLinkOnlySelf, authorizationSucceededLinks, fullCancelLinks, fullRefundLinks,
//   fullSettleLinks, partialCancelLinks, partialRefundLinks, partialSettleLinks, reversalLinks,
//   selfLinkOnly, sentForSettlementLinks

/// Where Worldpay runs this API (its `api.yaml` `environments`), for
/// `ClientConfig::new`.
pub mod environments {
    /// `try`: `https://try.access.worldpay.com`.
    pub const TRY: crate::transport::Environment = crate::transport::Environment::Named {
        name: "try",
        url: "https://try.access.worldpay.com",
    };
    /// `live`: `https://access.worldpay.com`.
    pub const LIVE: crate::transport::Environment = crate::transport::Environment::Named {
        name: "live",
        url: "https://access.worldpay.com",
    };
}
/// Every operation of Payment Queries, as it goes on the wire (media types as published).
pub const OPERATIONS: &[crate::operation::Operation] = &[
    crate::operation::Operation {
        id: "queryArchivedPayments",
        client_id: "query_archived_payments",
        method: "GET",
        path: "/paymentQueries/archivedPayments",
        summary: "Find an archived payment",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payment-queries-v1.hal+json",
        ),
        success: &[
            ("200", ::core::option::Option::Some("PqQueryhistoricalpayments200Response")),
        ],
        errors: &[
            ("400", ::core::option::Option::Some("PqQueryhistoricalpayments400Response")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "queryByDateRange",
        client_id: "query_by_date_range",
        method: "GET",
        path: "/paymentQueries/payments",
        summary: "Find payments in a date range",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payment-queries-v1.hal+json",
        ),
        success: &[
            ("200", ::core::option::Option::Some("PqQuerybydaterange200Response")),
        ],
        errors: &[
            ("400", ::core::option::Option::Some("PqQuerybydaterange400Response")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "retrieveByPaymentId",
        client_id: "retrieve_by_payment_id",
        method: "GET",
        path: "/paymentQueries/payments/{paymentId}",
        summary: "Get one payment",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payment-queries-v1.hal+json",
        ),
        success: &[
            ("200", ::core::option::Option::Some("PqQuerybypaymentid200Response")),
        ],
        errors: &[
            ("404", ::core::option::Option::Some("PqQuerybypaymentid404Response")),
        ],
        headers: &[],
    },
];
/// An error body this API documents, decoded by the status it came with.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ErrorBody {
    /// A `pq_querybydaterange_400_response` body.
    PqQuerybydaterange400Response(super::types::PqQuerybydaterange400Response),
    /// A `pq_querybypaymentid_404_response` body.
    PqQuerybypaymentid404Response(super::types::PqQuerybypaymentid404Response),
    /// A `pq_queryhistoricalpayments_400_response` body.
    PqQueryhistoricalpayments400Response(
        super::types::PqQueryhistoricalpayments400Response,
    ),
}
impl ErrorBody {
    /// Decodes `bytes` as the error schema named `schema` (a Rust type name
    /// from [`OPERATIONS`]); `None` when the schema is not an error schema.
    pub(crate) fn decode(
        schema: &str,
        bytes: &[u8],
    ) -> ::core::option::Option<::core::result::Result<Self, ::serde_json::Error>> {
        match schema {
            "PqQuerybydaterange400Response" => {
                ::core::option::Option::Some(
                    ::serde_json::from_slice(bytes)
                        .map(Self::PqQuerybydaterange400Response),
                )
            }
            "PqQuerybypaymentid404Response" => {
                ::core::option::Option::Some(
                    ::serde_json::from_slice(bytes)
                        .map(Self::PqQuerybypaymentid404Response),
                )
            }
            "PqQueryhistoricalpayments400Response" => {
                ::core::option::Option::Some(
                    ::serde_json::from_slice(bytes)
                        .map(Self::PqQueryhistoricalpayments400Response),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl ErrorBody {
    /// The body's `errorName`, when its schema has it and Worldpay sent it.
    pub fn error_name(&self) -> ::core::option::Option<&str> {
        match self {
            Self::PqQuerybydaterange400Response(e) => {
                ::core::option::Option::Some(e.error_name.as_str())
            }
            Self::PqQuerybypaymentid404Response(e) => e.error_name.as_deref(),
            Self::PqQueryhistoricalpayments400Response(e) => {
                ::core::option::Option::Some(e.error_name.as_str())
            }
        }
    }
    /// The body's `message`, when its schema has it and Worldpay sent it.
    pub fn message(&self) -> ::core::option::Option<&str> {
        match self {
            Self::PqQuerybydaterange400Response(e) => {
                ::core::option::Option::Some(e.message.as_str())
            }
            Self::PqQuerybypaymentid404Response(e) => e.message.as_deref(),
            Self::PqQueryhistoricalpayments400Response(e) => {
                ::core::option::Option::Some(e.message.as_str())
            }
        }
    }
    /// One line: the body's error name and message, its other text
    /// fields, and the name and path of each per-field error it
    /// lists (as Worldpay sent them; the runtime masks card numbers
    /// before printing).
    pub fn summary(&self) -> ::std::string::String {
        let mut s = ::std::string::String::new();
        match self {
            Self::PqQuerybydaterange400Response(e) => {
                s.push_str(
                    ::core::option::Option::Some(e.error_name.as_str())
                        .unwrap_or("(no errorName)"),
                );
                s.push_str(": ");
                s.push_str(
                    ::core::option::Option::Some(e.message.as_str())
                        .unwrap_or("(no message)"),
                );
            }
            Self::PqQuerybypaymentid404Response(e) => {
                s.push_str(e.error_name.as_deref().unwrap_or("(no errorName)"));
                s.push_str(": ");
                s.push_str(e.message.as_deref().unwrap_or("(no message)"));
            }
            Self::PqQueryhistoricalpayments400Response(e) => {
                s.push_str(
                    ::core::option::Option::Some(e.error_name.as_str())
                        .unwrap_or("(no errorName)"),
                );
                s.push_str(": ");
                s.push_str(
                    ::core::option::Option::Some(e.message.as_str())
                        .unwrap_or("(no message)"),
                );
            }
        }
        s
    }
}
impl crate::error::ExternalErrorBody for ErrorBody {
    fn summary(&self) -> ::std::string::String {
        ErrorBody::summary(self)
    }
    fn as_any(&self) -> &dyn ::core::any::Any {
        self
    }
}
/// The JSON path (`a.b`, `[]` for array items) of every value of a
/// request or answer that is card data or a secret: what
/// `worldpay::sensitive::redact_json` redacts, from the same
/// knowledge that binds the redacting types.
pub const SENSITIVE_PATHS: &[&str] = &[];
