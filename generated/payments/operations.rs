// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/payments/openapi.yaml with schemas/payments/api.yaml (sha256 be2671b165cb208fc79dc661d77262284ac7461a48a9bad5a90003703a037d6c)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - 8 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 22 inline schemas named after their property (0 identical uses share a type):
//   AuthorizationRequestInstruction, AuthorizationRequestInstructionPaymentInstrument, Card,
//   CardIssuer, Currency, Detail, Eci, ExpiryDate, Intent, LastEvent, Line1,
//   MigrateCardOnFileAuthorizationRequestInstruction,
//   MigrateCardOnFileAuthorizationRequestInstructionPaymentInstrument,
//   MigrateRecurringAuthorizationRequestInstruction,
//   MigrateRecurringAuthorizationRequestInstructionPaymentInstrument, Number, Risk, RiskFactor,
//   SubMerchant, Type, ValidationError, Version
// - inline discriminated unions named: authorizeResponse, migrateCardOnFileResponse,
//   migrateRecurringResponse
// - discriminated unions bound to internally tagged enums:
//   AuthorizationRequestInstructionPaymentInstrument (on `type`),
//   MigrateCardOnFileAuthorizationRequestInstructionPaymentInstrument (on `type`),
//   MigrateRecurringAuthorizationRequestInstructionPaymentInstrument (on `type`),
//   authorizeResponse (on `outcome`, open), migrateCardOnFileResponse (on `outcome`, open),
//   migrateRecurringResponse (on `outcome`, open)
// - response enums made open (unknown values kept): Detail, LastEvent, Risk, Type
// - card data and secrets bound to redacting types: authenticationValue, cardHolderName,
//   cardNumber, card_wallet_applepay_walletToken, cvc, walletToken
// - 45 error responses read raw and decoded by status (ErrorResponse, ValidationErrorResponse)
// - 9 schemas no operation reaches any more left out of generation: authorizedLinks,
//   cancelledLinks, eventsLinks, link, migrateCardOnFileAuthorizedLinks,
//   migrateRecurringAuthorizedLinks, partiallySettledLinks, rootLinks, settledLinks

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
/// Every operation of Payments, as it goes on the wire (media types as published).
pub const OPERATIONS: &[crate::operation::Operation] = &[
    crate::operation::Operation {
        id: "paymentsRoot",
        client_id: "payments_root",
        method: "GET",
        path: "/payments",
        summary: "Query the payments root resource",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        success: &[("200", ::core::option::Option::Some("RootResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "authorize",
        client_id: "authorize",
        method: "POST",
        path: "/payments/authorizations",
        summary: "Authorize a payment",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        success: &[("201", ::core::option::Option::None)],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "cancel",
        client_id: "cancel",
        method: "POST",
        path: "/payments/authorizations/cancellations/{linkData}",
        summary: "Cancel the payment",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        success: &[("202", ::core::option::Option::Some("CancelResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "migrateCardOnFile",
        client_id: "migrate_card_on_file",
        method: "POST",
        path: "/payments/authorizations/migrateCardOnFile",
        summary: "migrateCardOnFile authorization",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        success: &[("201", ::core::option::Option::None)],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "migrateRecurring",
        client_id: "migrate_recurring",
        method: "POST",
        path: "/payments/authorizations/migrateRecurring",
        summary: "migrateRecurring authorization",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        success: &[("201", ::core::option::Option::None)],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "eventRecovery",
        client_id: "event_recovery",
        method: "GET",
        path: "/payments/events",
        summary: "Query a payment by its transaction reference",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        success: &[("200", ::core::option::Option::Some("EventsResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "events",
        client_id: "events",
        method: "GET",
        path: "/payments/events/{linkData}",
        summary: "Track payment events",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        success: &[("200", ::core::option::Option::Some("EventsResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "settle",
        client_id: "settle",
        method: "POST",
        path: "/payments/settlements/full/{linkData}",
        summary: "Settle the payment",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        success: &[("202", ::core::option::Option::Some("SettleResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "partialSettle",
        client_id: "partial_settle",
        method: "POST",
        path: "/payments/settlements/partials/{linkData}",
        summary: "Partially settle the payment",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v6+json",
        ),
        success: &[("202", ::core::option::Option::Some("PartialSettleResponse"))],
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
    "customer.authentication.authenticationValue",
    "instruction.paymentInstrument.cardHolderName",
    "instruction.paymentInstrument.cardNumber",
    "instruction.paymentInstrument.cvc",
    "instruction.paymentInstrument.walletToken",
];
