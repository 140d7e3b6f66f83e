// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/events/openapi.yaml with schemas/events/api.yaml (sha256 72d45835ef3fcfcb56389c73086f156903863449a1a222b778b4bb5d675f43a7)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - OpenAPI 3.1 down-converted to 3.0 (0 schema keywords rewritten; removed: webhooks)
// - schemas of webhooks generated as received: _links, amount, approvedPayout,
//   authorizedAPMPayment, authorizedPayment, authorizedPaymentIdeal, authorizedPaymentKlarna,
//   authorizedPaymentMyBank, authorizedPaymentOpenBanking, cancelledByCustomer, cancelledPayment,
//   chargedBack, date, disbursedPayout, downstreamReference, errorPayment, eventId,
//   eventTimestamp, expiredPayment, informationRequestedChargeback, octReference, pendingPayout,
//   reference, refund, refundFailedPayment, refundRefusal, refundedPayment, refusedPayment,
//   refusedPayout, requestExpired, requestedPayout, sentForAuthorizationPayment,
//   sentForRefundPayment, sentForSettlementPayment, sentForSettlementPaymentPix, settledPayment,
//   settlementFailedPayment, settlementInstructed, settlementRejected, tokenCreatedCard,
//   tokenCreatedIdeal, tokenCreatedKlarna, tokenCreatedSepa, topUpAccepted, topUpRejected,
//   transactionReference
// - 26 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 38 inline schemas named after their property (17 identical uses share a type):
//   ApprovedPayoutEventDetails, AuthorizedPaymentIdealEventDetails,
//   AuthorizedPaymentIdealEventDetailsPaymentInstrument, AuthorizedPaymentKlarnaEventDetails,
//   AuthorizedPaymentKlarnaEventDetailsPaymentInstrument, AuthorizedPaymentMyBankEventDetails,
//   AuthorizedPaymentMyBankEventDetailsPaymentInstrument,
//   AuthorizedPaymentOpenBankingEventDetails,
//   AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument, CancelledByCustomerEventDetails,
//   CancelledByCustomerEventDetailsPaymentInstrument, CardExpiryDate, ErrorPaymentEventDetails,
//   EventDetails, InformationRequestedChargebackEventDetails, Payment, PaymentInstrument,
//   RefundFailedPaymentEventDetails, RefundedPaymentEventDetails, Refusal,
//   RefusedPaymentEventDetails, SentForRefundPaymentEventDetails,
//   SentForSettlementPaymentEventDetails, SentForSettlementPaymentPixEventDetails,
//   SettlementInstructedEventDetails, SettlementRejectedEventDetails,
//   TokenCreatedCardEventDetails, TokenCreatedCardEventDetailsPaymentInstrument,
//   TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress,
//   TokenCreatedCardEventDetailsTokenPaymentInstrument, TokenCreatedIdealEventDetails,
//   TokenCreatedIdealEventDetailsPaymentInstrument, TokenCreatedKlarnaEventDetails,
//   TokenCreatedKlarnaEventDetailsPaymentInstrument,
//   TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress, TokenCreatedSepaEventDetails,
//   TokenCreatedSepaEventDetailsPaymentInstrument, TokenPaymentInstrument
// - 9 rejecting constraints stripped from response-only schemas
// - card data and secrets bound to redacting types: accountHolderName, accountNumber,
//   cardHolderName, cardNumber, iban

/// Where Worldpay runs this API (its `api.yaml` `environments`), for
/// `ClientConfig::new`.
pub mod environments {
    /// `merchant`: `https://merchant-defined-url.com`.
    pub const MERCHANT: crate::transport::Environment = crate::transport::Environment::Named {
        name: "merchant",
        url: "https://merchant-defined-url.com",
    };
}
/// Every operation of Access Worldpay Events, as it goes on the wire (media types as published).
pub const OPERATIONS: &[crate::operation::Operation] = &[];
/// An error body this API documents, decoded by the status it came with.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ErrorBody {}
impl ErrorBody {
    /// Decodes `bytes` as the error schema named `schema` (a Rust type name
    /// from [`OPERATIONS`]); `None` when the schema is not an error schema.
    pub(crate) fn decode(
        schema: &str,
        bytes: &[u8],
    ) -> ::core::option::Option<::core::result::Result<Self, ::serde_json::Error>> {
        let _ = bytes;
        match schema {
            _ => ::core::option::Option::None,
        }
    }
}
impl ErrorBody {
    /// One line: the body's error name and message, its other text
    /// fields, and the name and path of each per-field error it
    /// lists (as Worldpay sent them; the runtime masks card numbers
    /// before printing).
    pub fn summary(&self) -> ::std::string::String {
        match *self {}
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
    "eventDetails.paymentInstrument.accountHolderName",
    "eventDetails.paymentInstrument.accountNumber",
    "eventDetails.paymentInstrument.cardHolderName",
    "eventDetails.paymentInstrument.cardNumber",
    "eventDetails.paymentInstrument.iban",
];
