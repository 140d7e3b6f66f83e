// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/card-payments-v7/openapi.yaml with schemas/card-payments-v7/api.yaml (sha256 3004bbf6151ecb572533fe95588a48bdb24b20f655a44bc95890ac27b05e6f6d)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - patch `currency-pattern-single-letter`: `currency` has `pattern: ^[A-Z]$` (one letter) and
//   length 3, which no value satisfies; every example sends ISO 4217 codes such as "GBP". The
//   pattern becomes `^[A-Z]{3}$`.
// - patch `narrative-pattern-unescaped-brackets`: `narrative.line1`/`line2` use `[...?[]{}~...]`:
//   the unescaped `]` ends the character class early, so the pattern demands a literal `{}~/` and
//   rejects the example "MindPalace". The brackets are escaped.
// - patch `expiry-date-integer-pattern`: `expiryDateCard`/`expiryDateToken` give the integers
//   `month` and `year` a string `pattern`, which JSON Schema ignores for integers (month 13 would
//   pass). The patterns become the bounds they mean: month 1..=12, year 1000..=9999.
// - patch `risk-factor-items-untyped`: `riskFactors` is an array of bare objects: the published
//   file gives its items no properties, so a generator can only keep them as untyped JSON.
//   Worldpay's reference page and every example give each item `type` (avs, cvc, riskProfile),
//   `risk` (notChecked, notMatched, notSupplied, verificationFailed) and an optional `detail`
//   (address, postcode); the items get those properties (open enums in answers, as every response
//   enum).
// - patch `events-answers-links`: `payments_events_200_response` and
//   `payments_events_recovery_200_response` list only `lastEvent`, while Worldpay's examples and
//   its "query a payment" pages answer both queries with `_links` to the payment's next actions
//   (cancel, settle, partial settle, refund, ...). Without them a payment recovered after a lost
//   answer could not be acted on. Both get `_links` listing every action of the payment's link
//   lists; which ones an answer offers is checked when a link is followed.
// - patch `events-recovery-query-parameters`: `eventRecovery` (`GET /payments/events`) lists no
//   parameters, while Worldpay's "query a payment" pages call it as
//   `?transactionRef={transactionReference}&entity={merchant entity}`. Both query parameters are
//   added, required, typed as the request's `transactionReference` and `entity`.
// - patch `masked-instrument-token-number`: `responsePaymentInstrument` omits `tokenNumber`, which
//   Worldpay's answers to an encrypted-wallet authorization carry (masked, like
//   `555555******4444`, with `type` `card/network+masked`). It is added as a string, so it is kept
//   (and, being a token number, redacted).
// - patch `split-funding-reference-spaces`: `merchant.marketplace.splitFundingReference` (partial
//   settle, partial refund) has a pattern without a space, while Worldpay's own examples send "my
//   split funding ref". A space is added to the pattern's class.
// - patch `account-updater-message-typo`: `updatedPaymentInstrument.accountUpdaterMessage` lists
//   "TThe expiration date was changed" (doubled T), while Worldpay's page shows "The expiry was
//   changed". Both spellings Worldpay may send are listed; the enum is open in responses anyway.
// - patch `events-recovery-send-for-cancellation`:
//   `payments_events_recovery_200_response.lastEvent` lists "Send for Cancellation" where the
//   event query lists "Sent for Cancellation". The correct spelling is added beside the published
//   one.
// - allOf cycles broken (the member leading back removed, its required fields and tag kept):
//   exemption_authentication-outage → exemption, exemption_external → exemption
// - media type key `aapplication/vnd.worldpay.payments-v7+json` of increaseAuthorize 400 corrected
//   to `application/vnd.worldpay.payments-v7+json`
// - media type key `aapplication/vnd.worldpay.payments-v7+json` of settle 500 corrected to
//   `application/vnd.worldpay.payments-v7+json`
// - lookahead pattern rewritten: `^(?!\s*$)[0-9\s()+-/.x]*$` →
//   `^[0-9\s()+-/.x]*?[0-9()+-/.x][0-9\s()+-/.x]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9 ]*$` → `^[A-Za-z0-9
//   ]*?[A-Za-z0-9][A-Za-z0-9 ]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9\s]*$` →
//   `^[A-Za-z0-9\s]*?[A-Za-z0-9][A-Za-z0-9\s]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z\s-]*$` →
//   `^[A-Za-z\s-]*?[A-Za-z-][A-Za-z\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s-]*$` →
//   `^[a-zA-Z0-9\s-]*?[a-zA-Z0-9-][a-zA-Z0-9\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s]*$` →
//   `^[a-zA-Z0-9\s]*?[a-zA-Z0-9][a-zA-Z0-9\s]*$`
// - lookahead pattern kept (ECMAScript only): `^(?=(?:[^@]*@){1}[^@]*$)[\x20-\x7E]{1,128}$`
// - discriminator values set as constants on their branches: cit_cardOnFile, cit_installment,
//   cit_subscription, exemption_authentication-outage, exemption_external, mit_delayedCharge,
//   mit_installment, mit_noShow, mit_reauthorization, mit_resubmission, mit_subscription,
//   mit_unscheduled, payments_authorize_201_refusal, payments_authorize_201_refusal_mit,
//   payments_authorize_201_response, payments_authorize_201_response_mit,
//   payments_increaseAuthorize_response, payments_increaseAuthorize_response_refused,
//   payments_sentForSettlement_201_response, payments_sentForSettlement_201_response_mit
// - 24 reserved header parameters (Accept, Content-Type, Authorization) ignored, as OpenAPI 3.0
//   requires
// - 1 descriptions with unlabelled code blocks labelled `text` (not doctests)
// - 14 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 162 inline schemas named after their property (69 identical uses share a type): Account,
//   AccountReference, AccountUpdaterMessage, Address, Address2, AddressAddress1, AgentCode,
//   AgentName, AirlineCode, AirlineName, ArrivalAirport, Authentication, AuthenticationFlow,
//   BillingAddressPhoneNumber, BusinessRegistrationNumber, CancellationIndicator, CardBrand,
//   CardPaymentsCancel, CardPaymentsEvents, CardPaymentsIncreaseAuthorizedAmount,
//   CardPaymentsPartialCancel, CardPaymentsPartialRefund, CardPaymentsPartialSettle,
//   CardPaymentsRefund, CardPaymentsReverse, CardPaymentsSettle, CarrierCode, Category,
//   ChallengePreference, Channel, Code, CommodityCode, CountryCode, Currency, Customer,
//   CustomerData, CustomerInitiatedTransactionCustomer,
//   CustomerInitiatedTransactionCustomerDocumentReference,
//   CustomerInitiatedTransactionCustomerEmailAddress,
//   CustomerInitiatedTransactionCustomerReference, CustomerInitiatedTransactionInstruction,
//   CustomerInitiatedTransactionInstructionCustomerAgreement,
//   CustomerInitiatedTransactionInstructionPaymentInstrument,
//   CustomerInitiatedTransactionInstructionValue, DateOfBirth, DebitNetwork, DepartureAirport,
//   DepartureDate, Detail, Eci, Email, EmailAddress, ExemptionOutcomeResult, ExpiryDate,
//   FareBasisCode, FareClassCode, FastRefund, FirstName, FirstTwoOfPin, FlightCode, FlightDetail,
//   FundsTransferPhonePhoneNumber, FundsTransferRecipient, FundsTransferRecipientAddress,
//   FundsTransferRecipientAddressCity, FundsTransferRecipientAddressPostalCode,
//   FundsTransferSender, FundsTransferWalletWalletReference, IdentifierType,
//   IndependentSalesOrganizationId, IndustryDataInvoiceReference, InstallmentPlan,
//   InstallmentType, IpAddress, IssueDate, IssuerAddress, IssuerAddressAddress1,
//   IssuerAddressCity, IssuerAddressCountryCode, IssuerAddressPostalCode, Item, ItemName,
//   LastName, Line1, Line2, Merchant, MerchantInitiatedTransactionCustomer,
//   MerchantInitiatedTransactionCustomerDocumentReference,
//   MerchantInitiatedTransactionCustomerEmailAddress,
//   MerchantInitiatedTransactionCustomerReference, MerchantInitiatedTransactionInstruction,
//   MerchantInitiatedTransactionInstructionCustomerAgreement,
//   MerchantInitiatedTransactionInstructionPaymentInstrument,
//   MerchantInitiatedTransactionInstructionValue, MiddleName, NetworkScore, NetworkToken, Number,
//   OrderDate, OrderInvoiceReference, Passenger, PassengerFirstName, PassengerLastName,
//   PaymentsEvents200ResponseLastEvent, PaymentsEventsRecovery200ResponseLastEvent,
//   PaymentsIncreaseAuthorizeResponseAmounts, PaymentsPartialRefundMerchant,
//   PaymentsPartialRefundMerchantMarketplace, PaymentsPartialRefundValue,
//   PaymentsPartialSettleMerchant, PaymentsPartialSettleMerchantMarketplace,
//   PaymentsPartialSettleValue, PaymentsSettleMerchant, PaymentsSettleValue, Placement,
//   PostalCode, PreferredCardBrand, ProductCode, Purpose, Reason, RecipientDocumentReference,
//   RecipientLastName, RecipientPhoneNumber, Reference, Request, RequestAutoSettlement,
//   RequestType, ResponsePaymentInstrumentFundingType, Risk, RiskFactor, RiskFactorType,
//   RoutingFundingType, SchemeId, SchemeReference, SellerCountryCode, SenderAddress,
//   SenderDocumentReference, Sequence, ShippingRecipient, ShippingRecipientAddress,
//   ShippingSender, SocialNetworkReference, SplitFundingReference, State, StoredCardUsage, Street,
//   SubMerchant, SubMerchantAddress, SubMerchantAddressCity, SubMerchantAddressPostalCode,
//   SubMerchantName, SubMerchantPhoneNumber, SubMerchantReference, SwiftBic, ThreeDs, Ticket,
//   Type, UnitOfMeasure, Url, ValidationError, Version, WalletReference
// - inline discriminated unions named: authorizeResponse, increaseAuthorizeResponse,
//   recurringResponse
// - request union branches with no field but the tag made empty objects (no field of their own to
//   send, the tag written by the union): exemption_authentication-outage
// - discriminated unions bound to internally tagged enums: Account (on `type`), CustomerData (on
//   `type`), CustomerInitiatedTransactionInstructionCustomerAgreement (on `type`),
//   CustomerInitiatedTransactionInstructionPaymentInstrument (on `type`),
//   MerchantInitiatedTransactionInstructionCustomerAgreement (on `type`),
//   MerchantInitiatedTransactionInstructionPaymentInstrument (on `type`), authorizeResponse (on
//   `outcome`, open), exemption (on `type`), increaseAuthorizeResponse (on `outcome`, open),
//   recurringResponse (on `outcome`, open)
// - 28 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): AccountUpdaterMessage, CardBrand, Category,
//   DebitNetwork, Detail, ExemptionOutcomeResult, PaymentsEvents200ResponseLastEvent,
//   PaymentsEventsRecovery200ResponseLastEvent, Reason, ResponsePaymentInstrumentFundingType,
//   Risk, RiskFactorType
// - card data and secrets bound to redacting types: accountNumber, authenticationValue,
//   cardHolderName, cardNumber, cryptogram, cvc, fundsTransfer_card_cardNumber, iban,
//   responsePaymentInstrument_tokenNumber, routingNumber, tokenNumber,
//   updatedPaymentInstrument_cardNumber, walletToken
// - bounded request integers checked: expiryDateCard_month, expiryDateCard_year,
//   expiryDateToken_month, expiryDateToken_year
// - 60 error responses read raw and decoded by status (ErrorResponse, ValidationErrorResponse)
// - 21 schemas no operation reaches any more left out of generation: CardPaymentsCancel,
//   CardPaymentsEvents, CardPaymentsIncreaseAuthorizedAmount, CardPaymentsPartialCancel,
//   CardPaymentsPartialRefund, CardPaymentsPartialSettle, CardPaymentsRefund, CardPaymentsReverse,
//   CardPaymentsSettle, exemption_type, payments_links_list_authorized,
//   payments_links_list_events, payments_links_list_fullCancel, payments_links_list_fullRefund,
//   payments_links_list_fullSettle, payments_links_list_increaseAuthorizedAmount,
//   payments_links_list_partialCancel, payments_links_list_partialRefund,
//   payments_links_list_partialSettle, payments_links_list_reversal,
//   payments_links_list_sentForSettlement

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
/// Every operation of Card Payments, as it goes on the wire (media types as published).
pub const OPERATIONS: &[crate::operation::Operation] = &[
    crate::operation::Operation {
        id: "authorize",
        client_id: "authorize",
        method: "POST",
        path: "/cardPayments/customerInitiatedTransactions",
        summary: "Take a card payment",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
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
        id: "recurring",
        client_id: "recurring",
        method: "POST",
        path: "/cardPayments/merchantInitiatedTransactions",
        summary: "Take a repeat card payment",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
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
        id: "partialCancel",
        client_id: "partial_cancel",
        method: "POST",
        path: "/payments/authorizations/cancellations/partials/{linkData}",
        summary: "Cancel partial authorization",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[
            ("202", ::core::option::Option::Some("PaymentsPartialCancelResponse")),
        ],
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
        summary: "Cancel full authorization",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[("202", ::core::option::Option::Some("PaymentsFullCancelResponse"))],
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
        id: "increaseAuthorize",
        client_id: "increase_authorize",
        method: "POST",
        path: "/payments/authorizations/incrementalAuthorizations/{linkData}",
        summary: "Increase authorization amount",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[("202", ::core::option::Option::None)],
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
        summary: "Query payment status recovery",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[
            ("200", ::core::option::Option::Some("PaymentsEventsRecovery200Response")),
        ],
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
        id: "eventQuery",
        client_id: "event_query",
        method: "GET",
        path: "/payments/events/{linkData}",
        summary: "Query payment status",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[("200", ::core::option::Option::Some("PaymentsEvents200Response"))],
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
        id: "reversal",
        client_id: "reversal",
        method: "POST",
        path: "/payments/sales/reversals/{linkData}",
        summary: "Reversal",
        request_media_type: ::core::option::Option::None,
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[("202", ::core::option::Option::Some("PaymentsReversalResponse"))],
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
        id: "partialSettlement",
        client_id: "partial_settlement",
        method: "POST",
        path: "/payments/settlements/partials/{linkData}",
        summary: "Settle for partial amount",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[
            ("202", ::core::option::Option::Some("PaymentsPartialSettleResponse")),
        ],
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
        id: "refund",
        client_id: "refund",
        method: "POST",
        path: "/payments/settlements/refunds/full/{linkData}",
        summary: "Refund full amount",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[("202", ::core::option::Option::Some("PaymentsFullRefundResponse"))],
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
        id: "partialRefund",
        client_id: "partial_refund",
        method: "POST",
        path: "/payments/settlements/refunds/partials/{linkData}",
        summary: "Refund partial amount",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[
            ("202", ::core::option::Option::Some("PaymentsPartialRefundResponse")),
        ],
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
        path: "/payments/settlements/{linkData}",
        summary: "Settle for full amount",
        request_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        request_body_required: false,
        response_media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.payments-v7+json",
        ),
        success: &[("202", ::core::option::Option::Some("PaymentsFullSettleResponse"))],
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
    "authentication.networkToken.cryptogram",
    "authentication.threeDS.authenticationValue",
    "instruction.fundsTransfer.recipient.account.accountNumber",
    "instruction.fundsTransfer.recipient.account.cardNumber",
    "instruction.fundsTransfer.recipient.account.iban",
    "instruction.fundsTransfer.recipient.account.routingNumber",
    "instruction.paymentInstrument.cardHolderName",
    "instruction.paymentInstrument.cardNumber",
    "instruction.paymentInstrument.cvc",
    "instruction.paymentInstrument.tokenNumber",
    "instruction.paymentInstrument.walletToken",
    "paymentInstrument.tokenNumber",
    "updatedPaymentInstrument.cardNumber",
];
