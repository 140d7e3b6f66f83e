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

///An amount in the currency's minor units.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Amount {
    #[serde(
        rename = "currencyCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<i64>,
}
///The body of a `approvedPayout` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ApprovedPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ApprovedPayoutEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
///The body of a `authorizedAPMPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedApmPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `authorizedPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `authorizedPaymentIdeal` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentIdeal {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<AuthorizedPaymentIdealEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizedPaymentIdealEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::authorized_payment_ideal_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        AuthorizedPaymentIdealEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for AuthorizedPaymentIdealEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::authorized_payment_ideal_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentIdealEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(
        rename = "accountNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_number: ::std::option::Option<crate::events::types::AccountNumber>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "swiftBic", skip_serializing_if = "::std::option::Option::is_none")]
    pub swift_bic: ::std::option::Option<::std::string::String>,
}
///The body of a `authorizedPaymentKlarna` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentKlarna {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<AuthorizedPaymentKlarnaEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizedPaymentKlarnaEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::authorized_payment_klarna_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        AuthorizedPaymentKlarnaEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for AuthorizedPaymentKlarnaEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::authorized_payment_klarna_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentKlarnaEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
///The body of a `authorizedPaymentMyBank` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentMyBank {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<AuthorizedPaymentMyBankEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizedPaymentMyBankEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::authorized_payment_my_bank_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        AuthorizedPaymentMyBankEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for AuthorizedPaymentMyBankEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::authorized_payment_my_bank_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentMyBankEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "swiftBic", skip_serializing_if = "::std::option::Option::is_none")]
    pub swift_bic: ::std::option::Option<::std::string::String>,
}
///The body of a `authorizedPaymentOpenBanking` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentOpenBanking {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<AuthorizedPaymentOpenBankingEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizedPaymentOpenBankingEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::authorized_payment_open_banking_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for AuthorizedPaymentOpenBankingEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::authorized_payment_open_banking_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(
        rename = "accountNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_number: ::std::option::Option<crate::events::types::AccountNumber>,
    #[serde(rename = "bankCode", skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "swiftBic", skip_serializing_if = "::std::option::Option::is_none")]
    pub swift_bic: ::std::option::Option<::std::string::String>,
}
///The body of a `cancelledByCustomer` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CancelledByCustomer {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<CancelledByCustomerEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancelledByCustomerEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::cancelled_by_customer_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        CancelledByCustomerEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for CancelledByCustomerEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::cancelled_by_customer_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CancelledByCustomerEventDetailsPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
///The body of a `cancelledPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CancelledPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///`CardExpiryDate`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CardExpiryDate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub month: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<::std::string::String>,
}
///The body of a `chargedBack` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ChargedBack {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<CancelledByCustomerEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The day the event happened.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct Date(pub ::std::string::String);
impl ::std::ops::Deref for Date {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Date> for ::std::string::String {
    fn from(value: Date) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for Date {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Date {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Date {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///The body of a `disbursedPayout` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DisbursedPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The reference the acquirer or scheme gave the transaction, where there is one.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct DownstreamReference(pub ::std::string::String);
impl ::std::ops::Deref for DownstreamReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DownstreamReference> for ::std::string::String {
    fn from(value: DownstreamReference) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for DownstreamReference {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for DownstreamReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for DownstreamReference {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///The body of a `errorPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ErrorPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ErrorPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorPaymentEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(rename = "_links", default = "defaults::error_payment_event_details_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for ErrorPaymentEventDetails {
    fn default() -> Self {
        Self {
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::error_payment_event_details_links(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(rename = "_links", default = "defaults::event_details_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for EventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::event_details_links(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The event's identifier (a UUID): the same event delivered twice carries the same one.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct EventId(pub ::std::string::String);
impl ::std::ops::Deref for EventId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EventId> for ::std::string::String {
    fn from(value: EventId) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for EventId {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for EventId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for EventId {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///When the event happened, as a local date-time without an offset.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct EventTimestamp(pub ::std::string::String);
impl ::std::ops::Deref for EventTimestamp {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EventTimestamp> for ::std::string::String {
    fn from(value: EventTimestamp) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for EventTimestamp {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for EventTimestamp {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for EventTimestamp {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///The body of a `expiredPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ExpiredPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `informationRequestedChargeback` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct InformationRequestedChargeback {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<InformationRequestedChargebackEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct InformationRequestedChargebackEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::information_requested_chargeback_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for InformationRequestedChargebackEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::information_requested_chargeback_event_details_links(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///Where the payment the event is about can be read.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Links {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub payment: ::std::option::Option<Payment>,
}
///The reference of the original credit transaction that carried a refund, where there is one.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct OctReference(pub ::std::string::String);
impl ::std::ops::Deref for OctReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OctReference> for ::std::string::String {
    fn from(value: OctReference) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for OctReference {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for OctReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for OctReference {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`Payment`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Payment {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub href: ::std::option::Option<::std::string::String>,
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentInstrument {
    #[serde(
        rename = "accountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "accountNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_number: ::std::option::Option<crate::events::types::AccountNumber>,
    #[serde(
        rename = "accountType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "bankCode", skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "bookingDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub booking_date: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "branchCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub branch_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "documentNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_number: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
///The body of a `pendingPayout` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PendingPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///A reference of the action the event reports (a settlement, a refund).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct Reference(pub ::std::string::String);
impl ::std::ops::Deref for Reference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Reference> for ::std::string::String {
    fn from(value: Reference) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for Reference {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Reference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Reference {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///What the refund was given.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Refund {
    #[serde(
        rename = "onlineRefundAuthorization",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub online_refund_authorization: ::std::option::Option<::std::string::String>,
}
///The body of a `refundFailedPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefundFailedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<RefundFailedPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundFailedPaymentEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::refund_failed_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<Reference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refund: ::std::option::Option<RefundRefusal>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for RefundFailedPaymentEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::refund_failed_payment_event_details_links(),
            reference: Default::default(),
            refund: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///Why the refund failed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefundRefusal {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refusal: ::std::option::Option<Refusal>,
}
///The body of a `refundedPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefundedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<RefundedPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundedPaymentEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::refunded_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refund: ::std::option::Option<Refund>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for RefundedPaymentEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::refunded_payment_event_details_links(),
            refund: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///`Refusal`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Refusal {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}
///The body of a `refusedPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefusedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<RefusedPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefusedPaymentEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::refused_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "octReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oct_reference: ::std::option::Option<OctReference>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for RefusedPaymentEventDetails {
    fn default() -> Self {
        Self {
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::refused_payment_event_details_links(),
            oct_reference: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `refusedPayout` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefusedPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `requestExpired` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RequestExpired {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<CancelledByCustomerEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `requestedPayout` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RequestedPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `sentForAuthorizationPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SentForAuthorizationPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `sentForRefundPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SentForRefundPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SentForRefundPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SentForRefundPaymentEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "fastRefund",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fast_refund: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "_links",
        default = "defaults::sent_for_refund_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "octReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oct_reference: ::std::option::Option<OctReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<Reference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refund: ::std::option::Option<Refund>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for SentForRefundPaymentEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            fast_refund: Default::default(),
            links: defaults::sent_for_refund_payment_event_details_links(),
            oct_reference: Default::default(),
            reference: Default::default(),
            refund: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `sentForSettlementPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SentForSettlementPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SentForSettlementPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SentForSettlementPaymentEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::sent_for_settlement_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<Reference>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for SentForSettlementPaymentEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::sent_for_settlement_payment_event_details_links(),
            reference: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `sentForSettlementPaymentPix` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SentForSettlementPaymentPix {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SentForSettlementPaymentPixEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SentForSettlementPaymentPixEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::sent_for_settlement_payment_pix_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "providerReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_reference: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<Reference>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for SentForSettlementPaymentPixEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::sent_for_settlement_payment_pix_event_details_links(),
            provider_reference: Default::default(),
            reference: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `settledPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SettledPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `settlementFailedPayment` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SettlementFailedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `settlementInstructed` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SettlementInstructed {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SettlementInstructedEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementInstructedEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::settlement_instructed_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentInstrument>,
    #[serde(
        rename = "providerReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for SettlementInstructedEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::settlement_instructed_event_details_links(),
            payment_instrument: Default::default(),
            provider_reference: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `settlementRejected` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SettlementRejected {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SettlementRejectedEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRejectedEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::settlement_rejected_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentInstrument>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for SettlementRejectedEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::settlement_rejected_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `tokenCreatedCard` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCard {
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<TokenCreatedCardEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
    #[serde(
        rename = "eventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "notificationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notification_id: ::std::option::Option<::std::string::String>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCardEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        TokenCreatedCardEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "tokenCreatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenExpiryDateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_expiry_date_time: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tokenId", skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_payment_instrument: ::std::option::Option<
        TokenCreatedCardEventDetailsTokenPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCardEventDetailsPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<
        TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bin: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cardExpiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_expiry_date: ::std::option::Option<CardExpiryDate>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<crate::events::types::CardHolderName>,
    #[serde(
        rename = "cardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<crate::events::types::CardNumber>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
///`TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}
///`TokenCreatedCardEventDetailsTokenPaymentInstrument`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCardEventDetailsTokenPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub href: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
///The body of a `tokenCreatedIdeal` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedIdeal {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<TokenCreatedIdealEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedIdealEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        TokenCreatedIdealEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "productType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_type: ::std::option::Option<TokenCreatedIdealEventDetailsProductType>,
    #[serde(
        rename = "tokenCreatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_payment_instrument: ::std::option::Option<TokenPaymentInstrument>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedIdealEventDetailsPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mandateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mandate_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mandateSignatureDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mandate_signature_date: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
///`TokenCreatedIdealEventDetailsProductType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum TokenCreatedIdealEventDetailsProductType {
    #[serde(rename = "directDebit")]
    DirectDebit,
}
impl ::std::fmt::Display for TokenCreatedIdealEventDetailsProductType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::DirectDebit => f.write_str("directDebit"),
        }
    }
}
impl ::std::str::FromStr for TokenCreatedIdealEventDetailsProductType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "directDebit" => Ok(Self::DirectDebit),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TokenCreatedIdealEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for TokenCreatedIdealEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The body of a `tokenCreatedKlarna` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedKlarna {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<TokenCreatedKlarnaEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedKlarnaEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        TokenCreatedKlarnaEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "productType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_type: ::std::option::Option<TokenCreatedKlarnaEventDetailsProductType>,
    #[serde(
        rename = "tokenCreatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenExpiryDateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_expiry_date_time: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_payment_instrument: ::std::option::Option<TokenPaymentInstrument>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedKlarnaEventDetailsPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<
        TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress,
    >,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
///`TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
}
///`TokenCreatedKlarnaEventDetailsProductType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum TokenCreatedKlarnaEventDetailsProductType {
    #[serde(rename = "payLater")]
    PayLater,
}
impl ::std::fmt::Display for TokenCreatedKlarnaEventDetailsProductType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::PayLater => f.write_str("payLater"),
        }
    }
}
impl ::std::str::FromStr for TokenCreatedKlarnaEventDetailsProductType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "payLater" => Ok(Self::PayLater),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TokenCreatedKlarnaEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for TokenCreatedKlarnaEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The body of a `tokenCreatedSepa` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedSepa {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<TokenCreatedSepaEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///What happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedSepaEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        TokenCreatedSepaEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "productType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_type: ::std::option::Option<TokenCreatedSepaEventDetailsProductType>,
    #[serde(
        rename = "tokenCreatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_payment_instrument: ::std::option::Option<TokenPaymentInstrument>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
}
///The instrument the event concerns.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedSepaEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(
        rename = "mandateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mandate_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mandateSignatureDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mandate_signature_date: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
///`TokenCreatedSepaEventDetailsProductType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum TokenCreatedSepaEventDetailsProductType {
    #[serde(rename = "directDebit")]
    DirectDebit,
}
impl ::std::fmt::Display for TokenCreatedSepaEventDetailsProductType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::DirectDebit => f.write_str("directDebit"),
        }
    }
}
impl ::std::str::FromStr for TokenCreatedSepaEventDetailsProductType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "directDebit" => Ok(Self::DirectDebit),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TokenCreatedSepaEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for TokenCreatedSepaEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`TokenPaymentInstrument`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenPaymentInstrument {
    #[serde(rename = "tokenId", skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
///The body of a `topUpAccepted` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TopUpAccepted {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SettlementRejectedEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The body of a `topUpRejected` event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TopUpRejected {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SettlementRejectedEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
///The merchant's own reference of the transaction.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct TransactionReference(pub ::std::string::String);
impl ::std::ops::Deref for TransactionReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TransactionReference> for ::std::string::String {
    fn from(value: TransactionReference) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for TransactionReference {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for TransactionReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for TransactionReference {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn authorized_payment_ideal_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn authorized_payment_klarna_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn authorized_payment_my_bank_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn authorized_payment_open_banking_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn cancelled_by_customer_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn error_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn information_requested_chargeback_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn refund_failed_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn refunded_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn refused_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn sent_for_refund_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn sent_for_settlement_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn sent_for_settlement_payment_pix_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn settlement_instructed_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn settlement_rejected_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
/// Builders of the request types: lazy, every refusal a
/// [`Refusal`](crate::request::Refusal) with the field's full path.
pub mod builder {}

// Types the fix-up stage bound by name, made by the runtime's macros
// (src/open_enum.rs, src/sensitive.rs, src/constraint.rs, src/tagged_union.rs).

impl crate::request::IntoRefusal for error::ConversionError {
    fn into_refusal(self) -> crate::request::Refusal {
        crate::request::Refusal::new(crate::constraint::Rule::parse(&self.to_string()))
    }
}

crate::sensitive_string! {
    /// `accountHolderName`
    pub struct AccountHolderName {
        schema: "accountHolderName",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `accountNumber`
    pub struct AccountNumber {
        schema: "accountNumber",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `cardHolderName`
    pub struct CardHolderName {
        schema: "cardHolderName",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `cardNumber`
    pub struct CardNumber {
        schema: "cardNumber",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `iban`
    pub struct Iban {
        schema: "iban",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

/// The types grouped to browse, by the side of the wire that carries them
/// (a type both sides carry is in both).
pub mod by_side {
    /// What answers carry: lenient, open to values Worldpay adds.
    pub mod answers {
        pub use super::super::{
            AccountHolderName, AccountNumber, Amount, ApprovedPayout,
            ApprovedPayoutEventDetails, AuthorizedApmPayment, AuthorizedPayment,
            AuthorizedPaymentIdeal, AuthorizedPaymentIdealEventDetails,
            AuthorizedPaymentIdealEventDetailsPaymentInstrument, AuthorizedPaymentKlarna,
            AuthorizedPaymentKlarnaEventDetails,
            AuthorizedPaymentKlarnaEventDetailsPaymentInstrument,
            AuthorizedPaymentMyBank, AuthorizedPaymentMyBankEventDetails,
            AuthorizedPaymentMyBankEventDetailsPaymentInstrument,
            AuthorizedPaymentOpenBanking, AuthorizedPaymentOpenBankingEventDetails,
            AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument,
            CancelledByCustomer, CancelledByCustomerEventDetails,
            CancelledByCustomerEventDetailsPaymentInstrument, CancelledPayment,
            CardExpiryDate, CardHolderName, CardNumber, ChargedBack, Date,
            DisbursedPayout, DownstreamReference, ErrorPayment, ErrorPaymentEventDetails,
            EventDetails, EventId, EventTimestamp, ExpiredPayment, Iban,
            InformationRequestedChargeback, InformationRequestedChargebackEventDetails,
            Links, OctReference, Payment, PaymentInstrument, PendingPayout, Reference,
            Refund, RefundFailedPayment, RefundFailedPaymentEventDetails, RefundRefusal,
            RefundedPayment, RefundedPaymentEventDetails, Refusal, RefusedPayment,
            RefusedPaymentEventDetails, RefusedPayout, RequestExpired, RequestedPayout,
            SentForAuthorizationPayment, SentForRefundPayment,
            SentForRefundPaymentEventDetails, SentForSettlementPayment,
            SentForSettlementPaymentEventDetails, SentForSettlementPaymentPix,
            SentForSettlementPaymentPixEventDetails, SettledPayment,
            SettlementFailedPayment, SettlementInstructed,
            SettlementInstructedEventDetails, SettlementRejected,
            SettlementRejectedEventDetails, TokenCreatedCard,
            TokenCreatedCardEventDetails, TokenCreatedCardEventDetailsPaymentInstrument,
            TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress,
            TokenCreatedCardEventDetailsTokenPaymentInstrument, TokenCreatedIdeal,
            TokenCreatedIdealEventDetails,
            TokenCreatedIdealEventDetailsPaymentInstrument, TokenCreatedKlarna,
            TokenCreatedKlarnaEventDetails,
            TokenCreatedKlarnaEventDetailsPaymentInstrument,
            TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress,
            TokenCreatedSepa, TokenCreatedSepaEventDetails,
            TokenCreatedSepaEventDetailsPaymentInstrument, TokenPaymentInstrument,
            TopUpAccepted, TopUpRejected, TransactionReference,
        };
    }
}
