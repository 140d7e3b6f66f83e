// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/verified-payments/openapi.yaml with schemas/verified-payments/api.yaml (sha256 e9fc63d8fe832049d0d5ca669ac71420217e8e40a5cd2012a4db8cc2de12b961)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - bundled external schema files: schemas/verified-payments/verifiedPaymentRequest.json,
//   schemas/verified-payments/verifiedPaymentResponse.json
// - patch `links-typed-as-array`: The response schema types `_links` as an array; the example (and
//   HAL) has an object of relations. It becomes an object listing the documented
//   `verifiedPayments:3dsDeviceData` relation and `curies`.
// - patch `reason-array-without-items`: The response's `reason` is an array with no item type,
//   which generators can only read as untyped JSON. Its items become strings (reason codes).
// - patch `payment-instrument-empty-schema`: The request's `instruction.paymentInstrument` is `{}`
//   (anything), while the example sends a `card/plain` instrument: left untyped, its card number
//   would be neither checked nor redacted. It becomes the `card/plain` object the example shows
//   (type, cardHolderName, cardNumber, cardExpiryDate), with cvc and billingAddress as Access
//   Worldpay's other APIs define them.
// - 2 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 23 inline schemas named after their property (0 identical uses share a type): Account,
//   AccountHistory, Address, BillingAddress, CardExpiryDate, Challenge, Custom, DeviceData,
//   DeviceDataCollection, GiftCardsPurchase, Instruction, Merchant, Narrative, PaymentFacilitator,
//   PaymentInstrument, RiskData, Shipping, SubMerchant, TotalValue, Transaction,
//   TransactionHistory, ValidationError, Value
// - card data and secrets bound to redacting types: cardHolderName, cardNumber, cvc
// - bounded request integers checked: CardExpiryDate_month, CardExpiryDate_year
// - 8 error responses read raw and decoded by status (ErrorResponse, ValidationErrorResponse)
// - 2 schemas no operation reaches any more left out of generation: link,
//   verifiedPaymentsRootLinks

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
/// Every operation of Verified Payments, as it goes on the wire (media types as published).
pub const OPERATIONS: &[crate::operation::Operation] = &[
    crate::operation::Operation {
        id: "verifiedPaymentsRoot",
        client_id: "verified_payments_root",
        method: "GET",
        path: "/verifiedPayments",
        summary: "Query the Verified Payments root resource",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.verifiedpayments-v1.hal+json",
        ),
        success: &[("200", ::core::option::Option::Some("VerifiedPaymentsRoot"))],
        errors: &[
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "verifiedPayment",
        client_id: "verified_payment",
        method: "POST",
        path: "/verifiedPayments/{linkData}",
        summary: "Initiate Verified Payment",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.verifiedpayments-v1.hal+json",
        ),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.verifiedpayments-v1.hal+json",
        ),
        success: &[("201", ::core::option::Option::Some("VerifiedPaymentResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
];
/// An error body this API documents, decoded by the status it came with.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ErrorBody {
    /// A `ErrorResponse` body.
    ErrorResponse(super::types::ErrorResponse),
    /// A `ValidationErrorResponse` body.
    ValidationErrorResponse(super::types::ValidationErrorResponse),
}
impl ErrorBody {
    /// Decodes `bytes` as the error schema named `schema` (a Rust type name
    /// from [`OPERATIONS`]); `None` when the schema is not an error schema.
    pub(crate) fn decode(
        schema: &str,
        bytes: &[u8],
    ) -> ::core::option::Option<::core::result::Result<Self, ::serde_json::Error>> {
        match schema {
            "ErrorResponse" => {
                ::core::option::Option::Some(
                    ::serde_json::from_slice(bytes).map(Self::ErrorResponse),
                )
            }
            "ValidationErrorResponse" => {
                ::core::option::Option::Some(
                    ::serde_json::from_slice(bytes).map(Self::ValidationErrorResponse),
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
            Self::ErrorResponse(e) => e.error_name.as_deref(),
            Self::ValidationErrorResponse(e) => e.error_name.as_deref(),
        }
    }
    /// The body's `message`, when its schema has it and Worldpay sent it.
    pub fn message(&self) -> ::core::option::Option<&str> {
        match self {
            Self::ErrorResponse(e) => e.message.as_deref(),
            Self::ValidationErrorResponse(e) => e.message.as_deref(),
        }
    }
    /// The body's `validationErrors` (empty when its schema lacks it or Worldpay sent none).
    pub fn validation_errors(&self) -> &[super::types::ValidationError] {
        match self {
            Self::ValidationErrorResponse(e) => e.validation_errors.as_slice(),
            _ => &[],
        }
    }
    /// One line: the body's error name and message, its other text
    /// fields, and the name and path of each per-field error it
    /// lists (as Worldpay sent them; the runtime masks card numbers
    /// before printing).
    pub fn summary(&self) -> ::std::string::String {
        let mut s = ::std::string::String::new();
        match self {
            Self::ErrorResponse(e) => {
                s.push_str(e.error_name.as_deref().unwrap_or("(no errorName)"));
                s.push_str(": ");
                s.push_str(e.message.as_deref().unwrap_or("(no message)"));
            }
            Self::ValidationErrorResponse(e) => {
                s.push_str(e.error_name.as_deref().unwrap_or("(no errorName)"));
                s.push_str(": ");
                s.push_str(e.message.as_deref().unwrap_or("(no message)"));
                for item in e.validation_errors.as_slice() {
                    let e = item;
                    s.push_str("; ");
                    s.push_str(e.error_name.as_deref().unwrap_or("(no errorName)"));
                    s.push_str(" at ");
                    s.push_str(e.json_path.as_deref().unwrap_or("(no jsonPath)"));
                }
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
pub const SENSITIVE_PATHS: &[&str] = &[
    "instruction.paymentInstrument.cardHolderName",
    "instruction.paymentInstrument.cardNumber",
    "instruction.paymentInstrument.cvc",
];
