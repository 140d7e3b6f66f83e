// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/online/openapi.yaml with schemas/online/api.yaml (sha256 2fc9f479e26834a33f2127ac8d7797af9e4a6066d2c9deebafb8de43c75738de)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - 1 descriptions with unlabelled code blocks labelled `text` (not doctests)
// - 13 inline schemas named after their property (0 identical uses share a type): AvsResultCode,
//   CardType, CvcResultCode, Dispute, Environment, HistoryItem, OrderCodePrefix, OrderCodeSuffix,
//   OrderRequestPaymentMethod, PaymentResponse, ResultCodes, RiskScore, TokenPaymentMethod
// - schemas used by both requests and responses split (responses read a lenient copy): address,
//   apmFields, customerIdentifiers, deliveryAddress, orderType
// - discriminated unions bound to internally tagged enums: OrderRequestPaymentMethod (on `type`),
//   PaymentResponse (on `type`, open), TokenPaymentMethod (on `type`, open)
// - 5 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): AvsResultCode, CardType, CvcResultCode,
//   Environment, orderState, orderTypeReceived
// - orderRequest.name is sensitive (cardHolderName): bound as `orderRequest_cardHolderName`
// - cardPaymentMethod.name is sensitive (cardHolderName): bound as
//   `cardPaymentMethod_cardHolderName`
// - ObfuscatedCard.name is sensitive (cardHolderName): bound as `ObfuscatedCard_cardHolderName`
// - APM.name is sensitive (cardHolderName): bound as `APM_cardHolderName`
// - card data and secrets bound to redacting types: APM_cardHolderName,
//   ObfuscatedCard_cardHolderName, cardNumber, cardPaymentMethod_cardHolderName, cvc,
//   orderRequest_cardHolderName
// - 28 error responses read raw and decoded by status (ErrorResponse)

/// Where Worldpay runs this API (its `api.yaml` `environments`), for
/// `ClientConfig::new`.
pub mod environments {
    /// `live`: `https://api.worldpay.com/v1`.
    pub const LIVE: crate::transport::Environment = crate::transport::Environment::Named {
        name: "live",
        url: "https://api.worldpay.com/v1",
    };
}
/// Every operation of Worldpay Online, as it goes on the wire (media types as published).
pub const OPERATIONS: &[crate::operation::Operation] = &[
    crate::operation::Operation {
        id: "createOrder",
        client_id: "create_order",
        method: "POST",
        path: "/orders",
        summary: "Create an order",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("200", ::core::option::Option::Some("Order"))],
        errors: &[
            ("400", ::core::option::Option::Some("ErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "getOrder",
        client_id: "get_order",
        method: "GET",
        path: "/orders/{orderCode}",
        summary: "Get an order",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("200", ::core::option::Option::Some("Order"))],
        errors: &[
            ("400", ::core::option::Option::Some("ErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "completeThreeDsOrder",
        client_id: "complete_three_ds_order",
        method: "PUT",
        path: "/orders/{orderCode}",
        summary: "Complete a 3D Secure order",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("200", ::core::option::Option::Some("Order"))],
        errors: &[
            ("400", ::core::option::Option::Some("ErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "cancelOrder",
        client_id: "cancel_order",
        method: "DELETE",
        path: "/orders/{orderCode}",
        summary: "Cancel an authorized order",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::None,
        success: &[("200", ::core::option::Option::None)],
        errors: &[
            ("400", ::core::option::Option::Some("ErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "captureOrder",
        client_id: "capture_order",
        method: "POST",
        path: "/orders/{orderCode}/capture",
        summary: "Capture an authorized order",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("200", ::core::option::Option::Some("Order"))],
        errors: &[
            ("400", ::core::option::Option::Some("ErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "refundOrder",
        client_id: "refund_order",
        method: "POST",
        path: "/orders/{orderCode}/refund",
        summary: "Refund an order",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: false,
        response_media_type: ::core::option::Option::None,
        success: &[("200", ::core::option::Option::None)],
        errors: &[
            ("400", ::core::option::Option::Some("ErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[],
    },
    crate::operation::Operation {
        id: "getToken",
        client_id: "get_token",
        method: "GET",
        path: "/tokens/{token}",
        summary: "Get a token",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("200", ::core::option::Option::Some("Token"))],
        errors: &[
            ("400", ::core::option::Option::Some("ErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
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
            _ => ::core::option::Option::None,
        }
    }
}
impl ErrorBody {
    /// The body's `customCode`, when its schema has it and Worldpay sent it.
    pub fn custom_code(&self) -> ::core::option::Option<&str> {
        match self {
            Self::ErrorResponse(e) => e.custom_code.as_deref(),
        }
    }
    /// The body's `description`, when its schema has it and Worldpay sent it.
    pub fn description(&self) -> ::core::option::Option<&str> {
        match self {
            Self::ErrorResponse(e) => e.description.as_deref(),
        }
    }
    /// The body's `errorHelpUrl`, when its schema has it and Worldpay sent it.
    pub fn error_help_url(&self) -> ::core::option::Option<&str> {
        match self {
            Self::ErrorResponse(e) => e.error_help_url.as_deref(),
        }
    }
    /// The body's `message`, when its schema has it and Worldpay sent it.
    pub fn message(&self) -> ::core::option::Option<&str> {
        match self {
            Self::ErrorResponse(e) => e.message.as_deref(),
        }
    }
    /// The body's `originalRequest`, when its schema has it and Worldpay sent it.
    pub fn original_request(&self) -> ::core::option::Option<&str> {
        match self {
            Self::ErrorResponse(e) => e.original_request.as_deref(),
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
                s.push_str(e.custom_code.as_deref().unwrap_or("(no customCode)"));
                s.push_str(": ");
                s.push_str(e.message.as_deref().unwrap_or("(no message)"));
                if let ::core::option::Option::Some(v) = e.description.as_deref() {
                    s.push_str(" (description ");
                    s.push_str(v);
                    s.push(')');
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
    "name",
    "paymentMethod.cardNumber",
    "paymentMethod.cvc",
    "paymentMethod.name",
    "paymentResponse.name",
];
