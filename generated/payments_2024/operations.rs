// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/payments-2024/openapi.yaml with schemas/payments-2024/api.yaml (sha256 6ebf38de6f1755e4ef52c8a78b3a58592bb3a803dcf21eaccabb9114c574e5a5)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - lookahead pattern rewritten: `^(?!\s*$)[0-9\s()+\-/.x]*$` →
//   `^[0-9\s()+\-/.x]*?[0-9()+\-/.x][0-9\s()+\-/.x]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9 ]*$` → `^[A-Za-z0-9
//   ]*?[A-Za-z0-9][A-Za-z0-9 ]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9\s]*$` →
//   `^[A-Za-z0-9\s]*?[A-Za-z0-9][A-Za-z0-9\s]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z\s-]*$` →
//   `^[A-Za-z\s-]*?[A-Za-z-][A-Za-z\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s-]*$` →
//   `^[a-zA-Z0-9\s-]*?[a-zA-Z0-9-][a-zA-Z0-9\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s@!£*#$)(+\-_=.,/;:'"]*$` →
//   `^[a-zA-Z0-9\s@!£*#$)(+\-_=.,/;:'"]*?[a-zA-Z0-9@!£*#$)(+\-_=.,/;:'"][a-zA-Z0-9\s@!£*#$)(+\-_=.,/;:'"]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s@!£*#$)(\-_=.,/;:'"]*$` →
//   `^[a-zA-Z0-9\s@!£*#$)(\-_=.,/;:'"]*?[a-zA-Z0-9@!£*#$)(\-_=.,/;:'"][a-zA-Z0-9\s@!£*#$)(\-_=.,/;:'"]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s]*$` →
//   `^[a-zA-Z0-9\s]*?[a-zA-Z0-9][a-zA-Z0-9\s]*$`
// - lookahead pattern kept (ECMAScript only): `^(?!\s*$).*$`
// - 1 repeated enum values kept once
// - 3 inline discriminators with a mapping only made unions of their mapping's schemas
// - 3 plain oneOf lists of a union's branches made references to the union
// - discriminators with a mapping only made unions of their mapping's schemas:
//   ChallengeResponse201, ChallengeResponse202, DeviceDataResponse201, DeviceDataResponse202,
//   PaymentsCustomerAgreement, PaymentsInstruction, PaymentsRecipientAccount, PaymentsResponse201,
//   PaymentsResponse202, PaymentsThreeDS, PaymentsUpdatedPaymentInstrument
// - base properties added to the branches that did not list them:
//   PaymentsApplepayInstruction.customerAgreement, PaymentsApplepayInstruction.exemption,
//   PaymentsApplepayInstruction.threeDS, PaymentsApplepayInstruction.tokenCreation,
//   PaymentsGooglepayInstruction.customerAgreement, PaymentsGooglepayInstruction.exemption,
//   PaymentsGooglepayInstruction.tokenCreation
// - discriminator values set as constants on their branches: CardAuthorizedPaymentResponse,
//   ChallengedResponse, DeviceDataRequiredResponse, FraudHighRiskResponse, PaymentRefusedResponse,
//   PaymentsResponse, SentForCancellationResponse, SentForSettlementResponse,
//   UnavailableAuthenticationResponse, UnsuccessfulAuthenticationResponse
// - fixed header parameters sent by the operation table: WP-Api-Version: 2024-06-01
// - 8 `_actions` properties bound to the HAL link map (each action's `method` kept)
// - 9 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 109 inline schemas named after their property (21 identical uses share a type): AcceptHeader,
//   AccountReference, AccountUpdaterMessage, Address3, AuthenticationFlow, AvsNotMatched,
//   BrowserColorDepth, BrowserLanguage, Capability, CardBrand, Category, ChallengePreference,
//   CountryCode, CryptogramAlgorithm, Currency, CustomerDocumentReference, CustomerFirstName,
//   CustomerId, CustomerLastName, CvcNotMatched, Description, Detail, DeviceDataChannel,
//   DocumentReference, Eci, Email, EmailAddress, Entity, FraudOutcome, FundingType,
//   IdentifierType, IndependentSalesOrganizationId, InstallmentType, IssuerResponse, LastEvent,
//   Line1, Line2, Mcc, Method, MiddleName, Name, Namespace, NetworkScore, OrderReference,
//   PaymentInstrument, PaymentRequestChannel, PaymentsCardInstructionPaymentInstrument,
//   PaymentsExemptionRequestType, PaymentsExemptionResult, PaymentsExemptionType,
//   PaymentsExternalThreeDsEci, PaymentsFundsRecipientFirstName, PaymentsFundsRecipientLastName,
//   PaymentsFundsTransferType, PaymentsRecipientAddressPostalCode, PaymentsRecipientLastName,
//   PaymentsShippingAddressAddress1, PaymentsShippingAddressAddress2, PaymentsShippingAddressCity,
//   PaymentsShippingAddressPostalCode, PaymentsShippingAddressState,
//   PaymentsSubMerchantAddressCity, PaymentsSubMerchantEmail, PaymentsSubMerchantReference,
//   PaymentsTransferAddressAddress1, PaymentsTransferAddressAddress2, PaymentsTransferAddressCity,
//   Phone, PhoneNumber, Placement, PostalCode, Preference, PreferredCardBrand, Purpose, Reason,
//   Reference, ReturnUrl, Risk, RiskFactorType, SchemeId, SchemeReference, SocialNetworkReference,
//   State, StoredCardUsage, Street, String1, String2, String3, String4, String5, String6, String7,
//   String8, String9, SwiftBic, TaxReference, ThreeDsOutcome, ThreeDsType, TimeFrame, TimeZone,
//   TmxSessionId, TokenId, TransactionReference, Url, UserAgentHeader, UserType, Version,
//   WalletReference, WindowSize
// - schemas used by both requests and responses split (responses read a lenient copy): ExpiryDate,
//   PaymentsBillingAddress
// - request union branches given the schema they extend inline, its tag removed:
//   PaymentsCardPlainPaymentInstrument, PaymentsDecryptedPaymentInstrument,
//   PaymentsEncryptedPaymentInstrument, PaymentsNetworkTokenPaymentInstrument,
//   SessionPaymentInstrument, SessionsDelegatePaymentInstrument, TokenPaymentInstrument
// - discriminated unions bound to internally tagged enums: ChallengeResponse201 (on `outcome`,
//   open), ChallengeResponse202 (on `outcome`, open), DeviceDataResponse201 (on `outcome`, open),
//   DeviceDataResponse202 (on `outcome`, open), PaymentInstrument (on `type`),
//   PaymentsCardInstructionPaymentInstrument (on `type`), PaymentsCustomerAgreement (on `type`),
//   PaymentsInstruction (on `method`), PaymentsRecipientAccount (on `type`), PaymentsResponse201
//   (on `outcome`, open), PaymentsResponse202 (on `outcome`, open), PaymentsThreeDS (on `type`),
//   PaymentsUpdatedPaymentInstrument (on `type`, open)
// - 89 rejecting constraints stripped from response-only schemas
// - 4 request strings with `format: date`/`date-time`/`uuid` bound to the runtime's checked text
//   (`worldpay::format::Date`): format validated, text kept exactly, no date library
// - response enums made open (unknown values kept): AccountUpdaterMessage, CardBrand, Category,
//   Detail, FraudOutcome, FundingType, IssuerResponse, LastEvent, PaymentsExemptionResult,
//   PaymentsExemptionType, Reason, Risk, RiskFactorType, ThreeDsOutcome, ThreeDsType
// - PaymentsDecryptedPaymentInstrument.number is sensitive (cardNumber): bound as
//   `PaymentsDecryptedPaymentInstrument_cardNumber`
// - card data and secrets bound to redacting types: Authentication_authenticationValue,
//   PaymentsCardAccount_cardNumber, PaymentsCardPlainPaymentInstrument_cardHolderName,
//   PaymentsCardPlainPaymentInstrument_cardNumber, PaymentsDecryptedPaymentInstrument_cardNumber,
//   PaymentsNetworkTokenPaymentInstrument_cardHolderName, SessionPaymentInstrument_cardHolderName,
//   accountNumber, authenticationValue, cardHolderName, cardNumber, cryptogram, cvc, iban,
//   routingNumber, tokenNumber, walletToken
// - operations answering different bodies by success status, answered as an enum keyed by status:
//   payment, complete3dsChallenge, supply3dsDeviceData
// - 51 error responses read raw and decoded by status (ErrorResponse, HeaderErrorResponse,
//   ValidationErrorResponse)
// - 19 schemas no operation reaches any more left out of generation: AuthorizationActionList,
//   ChallengedActionList, DeviceDataRequiredActionList, PartialRefundActionList,
//   PartialSettleActionList, PaymentsActionCancel, PaymentsActionComplete3dsChallenge,
//   PaymentsActionPartialRefund, PaymentsActionPartialSettle, PaymentsActionRefund,
//   PaymentsActionReverse, PaymentsActionSettle, PaymentsActionSupply3dsDeviceData, PaymentsLink,
//   PaymentsPaymentInstrument, QueryActionList, Self, SentForSettlementActionList,
//   SettleActionList

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
        id: "payment",
        client_id: "payment",
        method: "POST",
        path: "/api/payments",
        summary: "Take a payment",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[
            ("201", ::core::option::Option::Some("PaymentsResponse201")),
            ("202", ::core::option::Option::Some("PaymentsResponse202")),
        ],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("406", ::core::option::Option::Some("HeaderErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
    crate::operation::Operation {
        id: "queryEvents",
        client_id: "query_events",
        method: "GET",
        path: "/api/payments/{linkData}",
        summary: "Query a payment's last event",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("200", ::core::option::Option::Some("QueryEventsResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
    crate::operation::Operation {
        id: "complete3dsChallenge",
        client_id: "complete3ds_challenge",
        method: "POST",
        path: "/api/payments/{linkData}/3dsChallenges",
        summary: "Complete a 3DS challenge",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[
            ("201", ::core::option::Option::Some("ChallengeResponse201")),
            ("202", ::core::option::Option::Some("ChallengeResponse202")),
        ],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("406", ::core::option::Option::Some("HeaderErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
    crate::operation::Operation {
        id: "supply3dsDeviceData",
        client_id: "supply3ds_device_data",
        method: "POST",
        path: "/api/payments/{linkData}/3dsDeviceData",
        summary: "Supply 3DS device data",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[
            ("201", ::core::option::Option::Some("DeviceDataResponse201")),
            ("202", ::core::option::Option::Some("DeviceDataResponse202")),
        ],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("406", ::core::option::Option::Some("HeaderErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
    crate::operation::Operation {
        id: "cancel",
        client_id: "cancel",
        method: "POST",
        path: "/api/payments/{linkData}/cancellations",
        summary: "Cancel an authorization",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("202", ::core::option::Option::Some("CancelResponse"))],
        errors: &[
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("406", ::core::option::Option::Some("HeaderErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
    crate::operation::Operation {
        id: "partialRefund",
        client_id: "partial_refund",
        method: "POST",
        path: "/api/payments/{linkData}/partialRefunds",
        summary: "Refund part of a payment",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("202", ::core::option::Option::Some("PartialRefundResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("406", ::core::option::Option::Some("HeaderErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
    crate::operation::Operation {
        id: "partialSettle",
        client_id: "partial_settle",
        method: "POST",
        path: "/api/payments/{linkData}/partialSettlements",
        summary: "Settle part of a payment",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: true,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("202", ::core::option::Option::Some("PartialSettleResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("406", ::core::option::Option::Some("HeaderErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
    crate::operation::Operation {
        id: "refund",
        client_id: "refund",
        method: "POST",
        path: "/api/payments/{linkData}/refunds",
        summary: "Refund a payment in full",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("202", ::core::option::Option::Some("RefundResponse"))],
        errors: &[
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("406", ::core::option::Option::Some("HeaderErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
    crate::operation::Operation {
        id: "reversal",
        client_id: "reversal",
        method: "POST",
        path: "/api/payments/{linkData}/reversals",
        summary: "Reverse a payment",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("202", ::core::option::Option::Some("ReversalResponse"))],
        errors: &[
            ("400", ::core::option::Option::Some("ValidationErrorResponse")),
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
    crate::operation::Operation {
        id: "settle",
        client_id: "settle",
        method: "POST",
        path: "/api/payments/{linkData}/settlements",
        summary: "Settle a payment in full",
        request_media_type: ::core::option::Option::Some("application/json"),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some("application/json"),
        success: &[("202", ::core::option::Option::Some("SettleResponse"))],
        errors: &[
            ("401", ::core::option::Option::Some("ErrorResponse")),
            ("404", ::core::option::Option::Some("ErrorResponse")),
            ("406", ::core::option::Option::Some("HeaderErrorResponse")),
            ("415", ::core::option::Option::Some("ErrorResponse")),
            ("500", ::core::option::Option::Some("ErrorResponse")),
        ],
        headers: &[("WP-Api-Version", "2024-06-01")],
    },
];
/// An error body this API documents, decoded by the status it came with.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ErrorBody {
    /// A `ErrorResponse` body.
    ErrorResponse(super::types::ErrorResponse),
    /// A `HeaderErrorResponse` body.
    HeaderErrorResponse(super::types::HeaderErrorResponse),
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
            "HeaderErrorResponse" => {
                ::core::option::Option::Some(
                    ::serde_json::from_slice(bytes).map(Self::HeaderErrorResponse),
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
            Self::HeaderErrorResponse(e) => e.error_name.as_deref(),
            Self::ValidationErrorResponse(e) => e.error_name.as_deref(),
        }
    }
    /// The body's `headerName`, when its schema has it and Worldpay sent it.
    pub fn header_name(&self) -> ::core::option::Option<&str> {
        match self {
            Self::HeaderErrorResponse(e) => e.header_name.as_deref(),
            _ => ::core::option::Option::None,
        }
    }
    /// The body's `jsonPath`, when its schema has it and Worldpay sent it.
    pub fn json_path(&self) -> ::core::option::Option<&str> {
        match self {
            Self::ValidationErrorResponse(e) => e.json_path.as_deref(),
            _ => ::core::option::Option::None,
        }
    }
    /// The body's `message`, when its schema has it and Worldpay sent it.
    pub fn message(&self) -> ::core::option::Option<&str> {
        match self {
            Self::ErrorResponse(e) => e.message.as_deref(),
            Self::HeaderErrorResponse(e) => e.message.as_deref(),
            Self::ValidationErrorResponse(e) => e.message.as_deref(),
        }
    }
    /// The body's `validationErrors` (empty when its schema lacks it or Worldpay sent none).
    pub fn validation_errors(&self) -> &[super::types::ValidationErrorResponse] {
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
            Self::HeaderErrorResponse(e) => {
                s.push_str(e.error_name.as_deref().unwrap_or("(no errorName)"));
                s.push_str(": ");
                s.push_str(e.message.as_deref().unwrap_or("(no message)"));
                if let ::core::option::Option::Some(v) = e.header_name.as_deref() {
                    s.push_str(" (headerName ");
                    s.push_str(v);
                    s.push(')');
                }
            }
            Self::ValidationErrorResponse(e) => {
                s.push_str(e.error_name.as_deref().unwrap_or("(no errorName)"));
                s.push_str(": ");
                s.push_str(e.message.as_deref().unwrap_or("(no message)"));
                if let ::core::option::Option::Some(v) = e.json_path.as_deref() {
                    s.push_str(" (jsonPath ");
                    s.push_str(v);
                    s.push(')');
                }
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
    "authentication.authenticationValue",
    "instruction.fundsTransfer.recipient.account.accountNumber",
    "instruction.fundsTransfer.recipient.account.cardNumber",
    "instruction.fundsTransfer.recipient.account.iban",
    "instruction.fundsTransfer.recipient.account.routingNumber",
    "instruction.paymentInstrument.cardHolderName",
    "instruction.paymentInstrument.cardNumber",
    "instruction.paymentInstrument.cryptogram",
    "instruction.paymentInstrument.cvc",
    "instruction.paymentInstrument.number",
    "instruction.paymentInstrument.tokenNumber",
    "instruction.paymentInstrument.walletToken",
    "instruction.threeDS.authenticationValue",
    "token.cardHolderName",
    "token.cardNumber",
    "token.conflicts.paymentInstrument.cardHolderName",
    "token.conflicts.paymentInstrument.cardNumber",
    "updatedPaymentInstrument.cardNumber",
];
