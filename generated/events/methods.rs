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

#[allow(unused_imports)]
use super::{rel, types, Client};
impl Client {}
/// The optional parameters of the operations that have any, a
/// value each (`worldpay::<api>::options`).
pub mod options {}
