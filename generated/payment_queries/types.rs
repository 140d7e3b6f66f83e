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

///Payment event: the authorization failed with an error.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<Error>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: the authorization was refused.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationRefused {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<AuthorizationRefusedOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///`AuthorizationRefusedOutcome`
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
pub enum AuthorizationRefusedOutcome {
    #[serde(rename = "refused")]
    Refused,
}
impl ::std::fmt::Display for AuthorizationRefusedOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Refused => f.write_str("refused"),
        }
    }
}
impl ::std::str::FromStr for AuthorizationRefusedOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "refused" => Ok(Self::Refused),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AuthorizationRefusedOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AuthorizationRefusedOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Payment event: an authorization was requested.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: the authorization succeeded.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationSucceeded {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<AuthorizationSucceededOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///`AuthorizationSucceededOutcome`
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
pub enum AuthorizationSucceededOutcome {
    #[serde(rename = "authorized")]
    Authorized,
}
impl ::std::fmt::Display for AuthorizationSucceededOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Authorized => f.write_str("authorized"),
        }
    }
}
impl ::std::str::FromStr for AuthorizationSucceededOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "authorized" => Ok(Self::Authorized),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AuthorizationSucceededOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AuthorizationSucceededOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Payment event: the authorization timed out.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: submitting the cancellation request failed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancellationRequestSubmissionFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: submitting the cancellation request timed out.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancellationRequestSubmissionTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: the cancellation request was submitted.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancellationRequestSubmitted {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: a cancellation was requested.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancellationRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Identifier of the command that produced an event.
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
pub struct CommandId(pub ::std::string::String);
impl ::std::ops::Deref for CommandId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CommandId> for ::std::string::String {
    fn from(value: CommandId) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for CommandId {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for CommandId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for CommandId {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`Error`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Error {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<crate::payment_queries::types::Message>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<crate::payment_queries::types::Name>,
}
///`ExpiryDate`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ExpiryDate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub month: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<i64>,
}
///`Issuer`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Issuer {
    #[serde(rename = "authorizationCode")]
    pub authorization_code: ::std::string::String,
}
///`Narrative`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Narrative {
    pub line1: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line2: ::std::option::Option<::std::string::String>,
}
///`Number`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Number {
    #[serde(rename = "cardBin", skip_serializing_if = "::std::option::Option::is_none")]
    pub card_bin: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "last4Digits",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last4_digits: ::std::option::Option<::std::string::String>,
}
///Worldpay's identifier of a payment.
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
pub struct PaymentId(pub ::std::string::String);
impl ::std::ops::Deref for PaymentId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentId> for ::std::string::String {
    fn from(value: PaymentId) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for PaymentId {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for PaymentId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for PaymentId {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`PaymentInstrument`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<PaymentInstrumentCard>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<
        crate::payment_queries::types::PaymentInstrumentType,
    >,
}
///`PaymentInstrumentCard`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentInstrumentCard {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<crate::payment_queries::types::Category>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ExpiryDate>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<crate::payment_queries::types::FundingType>,
    #[serde(
        rename = "issuerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issuer_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number: ::std::option::Option<Number>,
    #[serde(
        rename = "paymentAccountReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_account_reference: ::std::option::Option<::std::string::String>,
}
///`PaymentNarrative`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentNarrative {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line1: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line2: ::std::option::Option<::std::string::String>,
}
///A page of payments.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQuerybydaterange200Response {
    #[serde(rename = "_embedded")]
    pub embedded: PqQuerybydaterange200ResponseEmbedded,
    #[serde(rename = "_links")]
    pub links: crate::hal::Links,
}
///`PqQuerybydaterange200ResponseEmbedded`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQuerybydaterange200ResponseEmbedded {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub payments: ::std::vec::Vec<PqQuerybydaterange200ResponseEmbeddedPayment>,
}
///`PqQuerybydaterange200ResponseEmbeddedPayment`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQuerybydaterange200ResponseEmbeddedPayment {
    #[serde(
        rename = "authorizationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_type: ::std::option::Option<
        crate::payment_queries::types::AuthorizationType,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entity: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(
        rename = "lastEvent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_event: ::std::option::Option<crate::payment_queries::types::LastEvent>,
    #[serde(
        rename = "_links",
        default = "defaults::pq_querybydaterange200_response_embedded_payment_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub narrative: ::std::option::Option<PaymentNarrative>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<Scheme>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_type: ::std::option::Option<
        crate::payment_queries::types::TransactionType,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
impl ::std::default::Default for PqQuerybydaterange200ResponseEmbeddedPayment {
    fn default() -> Self {
        Self {
            authorization_type: Default::default(),
            entity: Default::default(),
            issuer: Default::default(),
            last_event: Default::default(),
            links: defaults::pq_querybydaterange200_response_embedded_payment_links(),
            narrative: Default::default(),
            payment_id: Default::default(),
            payment_instrument: Default::default(),
            scheme: Default::default(),
            timestamp: Default::default(),
            transaction_reference: Default::default(),
            transaction_type: Default::default(),
            value: Default::default(),
        }
    }
}
///`PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<
        PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::payment_queries::types::Type>,
}
///`PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<crate::payment_queries::types::Category>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ExpiryDate>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<crate::payment_queries::types::FundingType>,
    #[serde(
        rename = "issuerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issuer_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number: ::std::option::Option<Number>,
    #[serde(
        rename = "paymentAccountReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_account_reference: ::std::option::Option<::std::string::String>,
}
///An error in a date range query.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQuerybydaterange400Response {
    #[serde(rename = "errorName")]
    pub error_name: ::std::string::String,
    pub message: ::std::string::String,
}
///A payment with its events.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQuerybypaymentid200Response {
    #[serde(
        rename = "authorizationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_type: ::std::option::Option<
        crate::payment_queries::types::AuthorizationType,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entity: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub events: ::std::vec::Vec<crate::payment_queries::types::Event>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(
        rename = "lastEvent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_event: ::std::option::Option<crate::payment_queries::types::LastEvent>,
    #[serde(
        rename = "_links",
        default = "defaults::pq_querybypaymentid200_response_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub narrative: ::std::option::Option<Narrative>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentInstrument>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<Scheme>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_type: ::std::option::Option<
        crate::payment_queries::types::TransactionType,
    >,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<UpdatedPaymentInstrument>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
impl ::std::default::Default for PqQuerybypaymentid200Response {
    fn default() -> Self {
        Self {
            authorization_type: Default::default(),
            entity: Default::default(),
            events: Default::default(),
            issuer: Default::default(),
            last_event: Default::default(),
            links: defaults::pq_querybypaymentid200_response_links(),
            narrative: Default::default(),
            payment_id: Default::default(),
            payment_instrument: Default::default(),
            scheme: Default::default(),
            timestamp: Default::default(),
            transaction_reference: Default::default(),
            transaction_type: Default::default(),
            updated_payment_instrument: Default::default(),
            value: Default::default(),
        }
    }
}
///No payment was found.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQuerybypaymentid404Response {
    #[serde(
        rename = "errorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
///Archived payments.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQueryhistoricalpayments200Response {
    #[serde(rename = "_embedded")]
    pub embedded: PqQueryhistoricalpayments200ResponseEmbedded,
    #[serde(rename = "_links")]
    pub links: crate::hal::Links,
}
///`PqQueryhistoricalpayments200ResponseEmbedded`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbedded {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub payments: ::std::vec::Vec<PqQueryhistoricalpayments200ResponseEmbeddedPayment>,
}
///`PqQueryhistoricalpayments200ResponseEmbeddedPayment`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbeddedPayment {
    #[serde(
        rename = "lastEvent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_event: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
///`PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<
        PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::payment_queries::types::Type>,
}
///`PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number: ::std::option::Option<
        PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber,
    >,
}
///`PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber {
    #[serde(
        rename = "last4Digits",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last4_digits: ::std::option::Option<::std::string::String>,
}
///An error in an archived payments query.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQueryhistoricalpayments400Response {
    #[serde(rename = "errorName")]
    pub error_name: ::std::string::String,
    pub message: ::std::string::String,
}
///Payment event: submitting the refund request failed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundRequestSubmissionFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: submitting the refund request timed out.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundRequestSubmissionTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: the refund request was submitted.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundRequestSubmitted {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: a refund was requested.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(
        rename = "refundReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refund_reference: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::payment_queries::types::RefundRequestedType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
///Payment event: submitting the reversal request failed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReversalRequestSubmissionFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: submitting the reversal request timed out.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReversalRequestSubmissionTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: the reversal request was submitted.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReversalRequestSubmitted {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: a reversal was requested.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReversalRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
///Payment event: the sale failed with an error.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<Error>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: the sale was refused.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleRefused {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<SaleRefusedOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///`SaleRefusedOutcome`
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
pub enum SaleRefusedOutcome {
    #[serde(rename = "refused")]
    Refused,
}
impl ::std::fmt::Display for SaleRefusedOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Refused => f.write_str("refused"),
        }
    }
}
impl ::std::str::FromStr for SaleRefusedOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "refused" => Ok(Self::Refused),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SaleRefusedOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SaleRefusedOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Payment event: a sale (authorization with settlement) was requested.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: the sale succeeded.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleSucceeded {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<SaleSucceededOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///`SaleSucceededOutcome`
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
pub enum SaleSucceededOutcome {
    #[serde(rename = "authorized")]
    Authorized,
}
impl ::std::fmt::Display for SaleSucceededOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Authorized => f.write_str("authorized"),
        }
    }
}
impl ::std::str::FromStr for SaleSucceededOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "authorized" => Ok(Self::Authorized),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SaleSucceededOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SaleSucceededOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Payment event: the sale timed out.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///`Scheme`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Scheme {
    pub reference: ::std::string::String,
}
///Payment event: submitting the settlement request failed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRequestSubmissionFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: submitting the settlement request timed out.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRequestSubmissionTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: the settlement request was submitted.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRequestSubmitted {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
///Payment event: a settlement was requested.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(
        rename = "settlementReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settlement_reference: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<
        crate::payment_queries::types::SettlementRequestedType,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
///`UpdatedPaymentInstrument`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UpdatedPaymentInstrument {
    #[serde(
        rename = "accountUpdaterMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_updater_message: ::std::option::Option<
        crate::payment_queries::types::AccountUpdaterMessage,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<UpdatedPaymentInstrumentCard>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<
        crate::payment_queries::types::UpdatedPaymentInstrumentType,
    >,
}
///`UpdatedPaymentInstrumentCard`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UpdatedPaymentInstrumentCard {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ExpiryDate>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<crate::payment_queries::types::FundingType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number: ::std::option::Option<Number>,
}
///`Value`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Value {
    pub amount: i64,
    pub currency: ::std::string::String,
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn pq_querybydaterange200_response_embedded_payment_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn pq_querybypaymentid200_response_links() -> crate::hal::Links {
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

crate::open_enum! {
    /// `AccountUpdaterMessage`
    pub enum AccountUpdaterMessage {
        /// `The merchant is not registered in the update program`
        TheMerchantIsNotRegisteredInTheUpdateProgram = "The merchant is not registered in the update program",
        /// `The account number was changed`
        TheAccountNumberWasChanged = "The account number was changed",
        /// `The account was closed`
        TheAccountWasClosed = "The account was closed",
        /// `The expiry was changed`
        TheExpiryWasChanged = "The expiry was changed",
        /// `The issuing bank does not participate in the update program`
        TheIssuingBankDoesNotParticipateInTheUpdateProgram = "The issuing bank does not participate in the update program",
        /// `Contact the cardholder for updated information`
        ContactTheCardholderForUpdatedInformation = "Contact the cardholder for updated information",
        /// `No match found`
        NoMatchFound = "No match found",
        /// `No changes found`
        NoChangesFound = "No changes found",
    }
}

crate::open_enum! {
    /// `AuthorizationType`
    pub enum AuthorizationType {
        /// `authorization`
        Authorization = "authorization",
        /// `sale`
        Sale = "sale",
    }
}

crate::open_enum! {
    /// `Category`
    pub enum Category {
        /// `commercial`
        Commercial = "commercial",
        /// `consumer`
        Consumer = "consumer",
    }
}

crate::open_enum! {
    /// `FundingType`
    pub enum FundingType {
        /// `credit`
        Credit = "credit",
        /// `debit`
        Debit = "debit",
        /// `prepaid`
        Prepaid = "prepaid",
        /// `chargeCard`
        ChargeCard = "chargeCard",
        /// `deferredDebit`
        DeferredDebit = "deferredDebit",
    }
}

crate::open_enum! {
    /// `Message`
    pub enum Message {
        /// `Payment failed to be authorized`
        PaymentFailedToBeAuthorized = "Payment failed to be authorized",
        /// `Token is unrecognized`
        TokenIsUnrecognized = "Token is unrecognized",
        /// `The transaction reference is a duplicate`
        TheTransactionReferenceIsADuplicate = "The transaction reference is a duplicate",
        /// `The transaction has already been processed`
        TheTransactionHasAlreadyBeenProcessed = "The transaction has already been processed",
        /// `Currency not supported`
        CurrencyNotSupported = "Currency not supported",
    }
}

crate::open_enum! {
    /// `Name`
    pub enum Name {
        /// `internalErrorOccurred`
        InternalErrorOccurred = "internalErrorOccurred",
        /// `transactionReferenceIsADuplicate`
        TransactionReferenceIsADuplicate = "transactionReferenceIsADuplicate",
        /// `transactionHasAlreadyBeenProcessed`
        TransactionHasAlreadyBeenProcessed = "transactionHasAlreadyBeenProcessed",
        /// `channelIsNotSupported`
        ChannelIsNotSupported = "channelIsNotSupported",
        /// `currencyIsNotSupported`
        CurrencyIsNotSupported = "currencyIsNotSupported",
        /// `paymentInstrumentIsNotSupported`
        PaymentInstrumentIsNotSupported = "paymentInstrumentIsNotSupported",
        /// `fieldHasInvalidValue`
        FieldHasInvalidValue = "fieldHasInvalidValue",
        /// `fieldIsEmpty`
        FieldIsEmpty = "fieldIsEmpty",
        /// `cardNumberIsNotRecognized`
        CardNumberIsNotRecognized = "cardNumberIsNotRecognized",
        /// `underlyingPaymentInstrumentHasExpired`
        UnderlyingPaymentInstrumentHasExpired = "underlyingPaymentInstrumentHasExpired",
        /// `entityIsNotConfigured`
        EntityIsNotConfigured = "entityIsNotConfigured",
    }
}

crate::open_enum! {
    /// `PaymentInstrumentType`
    pub enum PaymentInstrumentType {
        /// `card/plain`
        CardPlain = "card/plain",
        /// `card/network`
        CardNetwork = "card/network",
        /// `card/networkToken`
        CardNetworkToken = "card/networkToken",
        /// `card/networkToken+applepay`
        CardNetworkTokenApplepay = "card/networkToken+applepay",
        /// `card/networkToken+googlepay`
        CardNetworkTokenGooglepay = "card/networkToken+googlepay",
        /// `card/plain+masked`
        CardPlainMasked = "card/plain+masked",
    }
}

crate::open_enum! {
    /// `RefundRequestedType`
    pub enum RefundRequestedType {
        /// `fullRefund`
        FullRefund = "fullRefund",
        /// `partialRefund`
        PartialRefund = "partialRefund",
    }
}

crate::open_enum! {
    /// `SettlementRequestedType`
    pub enum SettlementRequestedType {
        /// `fullSettlement`
        FullSettlement = "fullSettlement",
        /// `partialSettlement`
        PartialSettlement = "partialSettlement",
    }
}

crate::open_enum! {
    /// `TransactionType`
    pub enum TransactionType {
        /// `oneTime`
        OneTime = "oneTime",
        /// `cardOnFile`
        CardOnFile = "cardOnFile",
        /// `recurring`
        Recurring = "recurring",
    }
}

crate::open_enum! {
    /// `Type`
    pub enum Type {
        /// `card/plain`
        CardPlain = "card/plain",
        /// `card/network`
        CardNetwork = "card/network",
        /// `card/networkToken`
        CardNetworkToken = "card/networkToken",
        /// `card/networkToken+applepay`
        CardNetworkTokenApplepay = "card/networkToken+applepay",
        /// `card/networkToken+googlepay`
        CardNetworkTokenGooglepay = "card/networkToken+googlepay",
        /// `card/plain+masked`
        CardPlainMasked = "card/plain+masked",
    }
}

crate::open_enum! {
    /// `UpdatedPaymentInstrumentType`
    pub enum UpdatedPaymentInstrumentType {
        /// `card/networkToken`
        CardNetworkToken = "card/networkToken",
        /// `card/plain+masked`
        CardPlainMasked = "card/plain+masked",
    }
}

crate::open_enum! {
    /// The name of a payment's most recent event.
    pub enum LastEvent {
        /// `authorizationRequested`
        AuthorizationRequested = "authorizationRequested",
        /// `authorizationSucceeded`
        AuthorizationSucceeded = "authorizationSucceeded",
        /// `authorizationRefused`
        AuthorizationRefused = "authorizationRefused",
        /// `authorizationFailed`
        AuthorizationFailed = "authorizationFailed",
        /// `authorizationTimedOut`
        AuthorizationTimedOut = "authorizationTimedOut",
        /// `saleRequested`
        SaleRequested = "saleRequested",
        /// `saleSucceeded`
        SaleSucceeded = "saleSucceeded",
        /// `saleRefused`
        SaleRefused = "saleRefused",
        /// `saleFailed`
        SaleFailed = "saleFailed",
        /// `saleTimedOut`
        SaleTimedOut = "saleTimedOut",
        /// `settlementRequested`
        SettlementRequested = "settlementRequested",
        /// `settlementRequestSubmitted`
        SettlementRequestSubmitted = "settlementRequestSubmitted",
        /// `settlementRequestSubmissionFailed`
        SettlementRequestSubmissionFailed = "settlementRequestSubmissionFailed",
        /// `settlementRequestSubmissionTimedOut`
        SettlementRequestSubmissionTimedOut = "settlementRequestSubmissionTimedOut",
        /// `refundRequested`
        RefundRequested = "refundRequested",
        /// `refundRequestSubmitted`
        RefundRequestSubmitted = "refundRequestSubmitted",
        /// `refundRequestSubmissionFailed`
        RefundRequestSubmissionFailed = "refundRequestSubmissionFailed",
        /// `refundRequestSubmissionTimedOut`
        RefundRequestSubmissionTimedOut = "refundRequestSubmissionTimedOut",
        /// `cancellationRequested`
        CancellationRequested = "cancellationRequested",
        /// `cancellationRequestSubmitted`
        CancellationRequestSubmitted = "cancellationRequestSubmitted",
        /// `cancellationRequestSubmissionFailed`
        CancellationRequestSubmissionFailed = "cancellationRequestSubmissionFailed",
        /// `cancellationRequestSubmissionTimedOut`
        CancellationRequestSubmissionTimedOut = "cancellationRequestSubmissionTimedOut",
        /// `reversalRequested`
        ReversalRequested = "reversalRequested",
        /// `reversalRequestSubmitted`
        ReversalRequestSubmitted = "reversalRequestSubmitted",
        /// `reversalRequestSubmissionFailed`
        ReversalRequestSubmissionFailed = "reversalRequestSubmissionFailed",
        /// `reversalRequestSubmissionTimedOut`
        ReversalRequestSubmissionTimedOut = "reversalRequestSubmissionTimedOut",
    }
}

crate::tagged_union! {
    /// `Event`, tagged on `eventName`
    open pub enum Event tag "eventName" field event_name {
        /// `eventName`: `authorizationRequested`
        AuthorizationRequested(AuthorizationRequested) = "authorizationRequested",
        /// `eventName`: `authorizationSucceeded`
        AuthorizationSucceeded(AuthorizationSucceeded) = "authorizationSucceeded",
        /// `eventName`: `authorizationRefused`
        AuthorizationRefused(AuthorizationRefused) = "authorizationRefused",
        /// `eventName`: `authorizationFailed`
        AuthorizationFailed(AuthorizationFailed) = "authorizationFailed",
        /// `eventName`: `authorizationTimedOut`
        AuthorizationTimedOut(AuthorizationTimedOut) = "authorizationTimedOut",
        /// `eventName`: `saleRequested`
        SaleRequested(SaleRequested) = "saleRequested",
        /// `eventName`: `saleSucceeded`
        SaleSucceeded(SaleSucceeded) = "saleSucceeded",
        /// `eventName`: `saleRefused`
        SaleRefused(SaleRefused) = "saleRefused",
        /// `eventName`: `saleFailed`
        SaleFailed(SaleFailed) = "saleFailed",
        /// `eventName`: `saleTimedOut`
        SaleTimedOut(SaleTimedOut) = "saleTimedOut",
        /// `eventName`: `settlementRequested`
        SettlementRequested(SettlementRequested) = "settlementRequested",
        /// `eventName`: `settlementRequestSubmitted`
        SettlementRequestSubmitted(SettlementRequestSubmitted) = "settlementRequestSubmitted",
        /// `eventName`: `settlementRequestSubmissionFailed`
        SettlementRequestSubmissionFailed(SettlementRequestSubmissionFailed) = "settlementRequestSubmissionFailed",
        /// `eventName`: `settlementRequestSubmissionTimedOut`
        SettlementRequestSubmissionTimedOut(SettlementRequestSubmissionTimedOut) = "settlementRequestSubmissionTimedOut",
        /// `eventName`: `refundRequested`
        RefundRequested(RefundRequested) = "refundRequested",
        /// `eventName`: `refundRequestSubmitted`
        RefundRequestSubmitted(RefundRequestSubmitted) = "refundRequestSubmitted",
        /// `eventName`: `refundRequestSubmissionFailed`
        RefundRequestSubmissionFailed(RefundRequestSubmissionFailed) = "refundRequestSubmissionFailed",
        /// `eventName`: `refundRequestSubmissionTimedOut`
        RefundRequestSubmissionTimedOut(RefundRequestSubmissionTimedOut) = "refundRequestSubmissionTimedOut",
        /// `eventName`: `cancellationRequested`
        CancellationRequested(CancellationRequested) = "cancellationRequested",
        /// `eventName`: `cancellationRequestSubmitted`
        CancellationRequestSubmitted(CancellationRequestSubmitted) = "cancellationRequestSubmitted",
        /// `eventName`: `cancellationRequestSubmissionFailed`
        CancellationRequestSubmissionFailed(CancellationRequestSubmissionFailed) = "cancellationRequestSubmissionFailed",
        /// `eventName`: `cancellationRequestSubmissionTimedOut`
        CancellationRequestSubmissionTimedOut(CancellationRequestSubmissionTimedOut) = "cancellationRequestSubmissionTimedOut",
        /// `eventName`: `reversalRequested`
        ReversalRequested(ReversalRequested) = "reversalRequested",
        /// `eventName`: `reversalRequestSubmitted`
        ReversalRequestSubmitted(ReversalRequestSubmitted) = "reversalRequestSubmitted",
        /// `eventName`: `reversalRequestSubmissionFailed`
        ReversalRequestSubmissionFailed(ReversalRequestSubmissionFailed) = "reversalRequestSubmissionFailed",
        /// `eventName`: `reversalRequestSubmissionTimedOut`
        ReversalRequestSubmissionTimedOut(ReversalRequestSubmissionTimedOut) = "reversalRequestSubmissionTimedOut",
    }
}

impl ::core::convert::From<AuthorizationRequested> for Event {
    fn from(value: AuthorizationRequested) -> Self {
        Self::AuthorizationRequested(value)
    }
}

impl ::core::convert::From<AuthorizationSucceeded> for Event {
    fn from(value: AuthorizationSucceeded) -> Self {
        Self::AuthorizationSucceeded(value)
    }
}

impl ::core::convert::From<AuthorizationRefused> for Event {
    fn from(value: AuthorizationRefused) -> Self {
        Self::AuthorizationRefused(value)
    }
}

impl ::core::convert::From<AuthorizationFailed> for Event {
    fn from(value: AuthorizationFailed) -> Self {
        Self::AuthorizationFailed(value)
    }
}

impl ::core::convert::From<AuthorizationTimedOut> for Event {
    fn from(value: AuthorizationTimedOut) -> Self {
        Self::AuthorizationTimedOut(value)
    }
}

impl ::core::convert::From<SaleRequested> for Event {
    fn from(value: SaleRequested) -> Self {
        Self::SaleRequested(value)
    }
}

impl ::core::convert::From<SaleSucceeded> for Event {
    fn from(value: SaleSucceeded) -> Self {
        Self::SaleSucceeded(value)
    }
}

impl ::core::convert::From<SaleRefused> for Event {
    fn from(value: SaleRefused) -> Self {
        Self::SaleRefused(value)
    }
}

impl ::core::convert::From<SaleFailed> for Event {
    fn from(value: SaleFailed) -> Self {
        Self::SaleFailed(value)
    }
}

impl ::core::convert::From<SaleTimedOut> for Event {
    fn from(value: SaleTimedOut) -> Self {
        Self::SaleTimedOut(value)
    }
}

impl ::core::convert::From<SettlementRequested> for Event {
    fn from(value: SettlementRequested) -> Self {
        Self::SettlementRequested(value)
    }
}

impl ::core::convert::From<SettlementRequestSubmitted> for Event {
    fn from(value: SettlementRequestSubmitted) -> Self {
        Self::SettlementRequestSubmitted(value)
    }
}

impl ::core::convert::From<SettlementRequestSubmissionFailed> for Event {
    fn from(value: SettlementRequestSubmissionFailed) -> Self {
        Self::SettlementRequestSubmissionFailed(value)
    }
}

impl ::core::convert::From<SettlementRequestSubmissionTimedOut> for Event {
    fn from(value: SettlementRequestSubmissionTimedOut) -> Self {
        Self::SettlementRequestSubmissionTimedOut(value)
    }
}

impl ::core::convert::From<RefundRequested> for Event {
    fn from(value: RefundRequested) -> Self {
        Self::RefundRequested(value)
    }
}

impl ::core::convert::From<RefundRequestSubmitted> for Event {
    fn from(value: RefundRequestSubmitted) -> Self {
        Self::RefundRequestSubmitted(value)
    }
}

impl ::core::convert::From<RefundRequestSubmissionFailed> for Event {
    fn from(value: RefundRequestSubmissionFailed) -> Self {
        Self::RefundRequestSubmissionFailed(value)
    }
}

impl ::core::convert::From<RefundRequestSubmissionTimedOut> for Event {
    fn from(value: RefundRequestSubmissionTimedOut) -> Self {
        Self::RefundRequestSubmissionTimedOut(value)
    }
}

impl ::core::convert::From<CancellationRequested> for Event {
    fn from(value: CancellationRequested) -> Self {
        Self::CancellationRequested(value)
    }
}

impl ::core::convert::From<CancellationRequestSubmitted> for Event {
    fn from(value: CancellationRequestSubmitted) -> Self {
        Self::CancellationRequestSubmitted(value)
    }
}

impl ::core::convert::From<CancellationRequestSubmissionFailed> for Event {
    fn from(value: CancellationRequestSubmissionFailed) -> Self {
        Self::CancellationRequestSubmissionFailed(value)
    }
}

impl ::core::convert::From<CancellationRequestSubmissionTimedOut> for Event {
    fn from(value: CancellationRequestSubmissionTimedOut) -> Self {
        Self::CancellationRequestSubmissionTimedOut(value)
    }
}

impl ::core::convert::From<ReversalRequested> for Event {
    fn from(value: ReversalRequested) -> Self {
        Self::ReversalRequested(value)
    }
}

impl ::core::convert::From<ReversalRequestSubmitted> for Event {
    fn from(value: ReversalRequestSubmitted) -> Self {
        Self::ReversalRequestSubmitted(value)
    }
}

impl ::core::convert::From<ReversalRequestSubmissionFailed> for Event {
    fn from(value: ReversalRequestSubmissionFailed) -> Self {
        Self::ReversalRequestSubmissionFailed(value)
    }
}

impl ::core::convert::From<ReversalRequestSubmissionTimedOut> for Event {
    fn from(value: ReversalRequestSubmissionTimedOut) -> Self {
        Self::ReversalRequestSubmissionTimedOut(value)
    }
}

/// The types grouped to browse, by the side of the wire that carries them
/// (a type both sides carry is in both).
pub mod by_side {
    /// What answers carry: lenient, open to values Worldpay adds.
    pub mod answers {
        pub use super::super::{
            AccountUpdaterMessage, AuthorizationFailed, AuthorizationRefused,
            AuthorizationRequested, AuthorizationSucceeded, AuthorizationTimedOut,
            AuthorizationType, CancellationRequestSubmissionFailed,
            CancellationRequestSubmissionTimedOut, CancellationRequestSubmitted,
            CancellationRequested, Category, CommandId, Error, Event, ExpiryDate,
            FundingType, Issuer, LastEvent, Message, Name, Narrative, Number, PaymentId,
            PaymentInstrument, PaymentInstrumentCard, PaymentInstrumentType,
            PaymentNarrative, PqQuerybydaterange200Response,
            PqQuerybydaterange200ResponseEmbedded,
            PqQuerybydaterange200ResponseEmbeddedPayment,
            PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument,
            PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard,
            PqQuerybypaymentid200Response, PqQueryhistoricalpayments200Response,
            PqQueryhistoricalpayments200ResponseEmbedded,
            PqQueryhistoricalpayments200ResponseEmbeddedPayment,
            PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument,
            PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard,
            PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber,
            RefundRequestSubmissionFailed, RefundRequestSubmissionTimedOut,
            RefundRequestSubmitted, RefundRequested, RefundRequestedType,
            ReversalRequestSubmissionFailed, ReversalRequestSubmissionTimedOut,
            ReversalRequestSubmitted, ReversalRequested, SaleFailed, SaleRefused,
            SaleRequested, SaleSucceeded, SaleTimedOut, Scheme,
            SettlementRequestSubmissionFailed, SettlementRequestSubmissionTimedOut,
            SettlementRequestSubmitted, SettlementRequested, SettlementRequestedType,
            TransactionType, Type, UpdatedPaymentInstrument,
            UpdatedPaymentInstrumentCard, UpdatedPaymentInstrumentType, Value,
        };
    }
}
