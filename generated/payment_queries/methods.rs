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

#[allow(unused_imports)]
use super::{rel, types, Client};
impl Client {
    /** Find an archived payment.

Parameters, checked as their schemas say before anything is sent:
- `transaction_reference`: `transactionReference` (query)
- `entity_reference`: `entityReference` (query)

 `GET /paymentQueries/archivedPayments` (`queryArchivedPayments`).*/
    pub async fn query_archived_payments(
        &self,
        transaction_reference: &str,
        entity_reference: &str,
    ) -> ::core::result::Result<
        types::PqQueryhistoricalpayments200Response,
        crate::Error,
    > {
        self.query_archived_payments_response(transaction_reference, entity_reference)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`query_archived_payments`](Self::query_archived_payments), with the answer's status and headers.
    pub async fn query_archived_payments_response(
        &self,
        transaction_reference: &str,
        entity_reference: &str,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PqQueryhistoricalpayments200Response>,
        crate::Error,
    > {
        let transaction_reference_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("queryArchivedPayments", "transactionReference", transaction_reference)?;
        let entity_reference_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("queryArchivedPayments", "entityReference", entity_reference)?;
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some((
                "transactionReference",
                transaction_reference_text.as_str(),
            )),
            ::core::option::Option::Some((
                "entityReference",
                entity_reference_text.as_str(),
            )),
        ]
            .into_iter()
            .flatten()
            .collect();
        let body = ::core::option::Option::None;
        self.core.call("queryArchivedPayments", &path, &query, body).await
    }
    /** Find payments in a date range. Follows `next` of `from` (the answer or stored links that offer it).

 `GET /paymentQueries/payments` (`queryByDateRange`).*/
    pub async fn next(
        &self,
        from: &impl crate::hal::Offers<rel::Next>,
    ) -> ::core::result::Result<types::PqQuerybydaterange200Response, crate::Error> {
        self.next_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`next`](Self::next), with the answer's status and headers.
    pub async fn next_response(
        &self,
        from: &impl crate::hal::Offers<rel::Next>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PqQuerybydaterange200Response>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::Next, _>(from, body).await
    }
    /** Find payments in a date range.

Parameters, checked as their schemas say before anything is sent:
- `start_date`: `startDate` (query)
- `end_date`: `endDate` (query)
- `options.page_size()`: `pageSize` (query)
- `options.currency()`: `currency` (query)
- `options.min_amount()`: `minAmount` (query)
- `options.max_amount()`: `maxAmount` (query)
- `options.last4_digits()`: `last4Digits` (query)
- `options.entity_references()`: `entityReferences` (query)
- `options.received_events()`: `receivedEvents` (query)
- `options.transaction_reference()`: `transactionReference` (query)

 `GET /paymentQueries/payments` (`queryByDateRange`).*/
    pub async fn query_by_date_range(
        &self,
        start_date: &str,
        end_date: &str,
        options: options::QueryByDateRange,
    ) -> ::core::result::Result<types::PqQuerybydaterange200Response, crate::Error> {
        self.query_by_date_range_response(start_date, end_date, options)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`query_by_date_range`](Self::query_by_date_range), with the answer's status and headers.
    pub async fn query_by_date_range_response(
        &self,
        start_date: &str,
        end_date: &str,
        options: options::QueryByDateRange,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PqQuerybydaterange200Response>,
        crate::Error,
    > {
        #[allow(unused_mut)]
        let mut options = options;
        let start_date_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("queryByDateRange", "startDate", start_date)?;
        let end_date_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("queryByDateRange", "endDate", end_date)?;
        let page_size_text: ::core::option::Option<::std::string::String> = options
            .page_size
            .map(|v| ::std::string::ToString::to_string(&v));
        let currency_text: ::core::option::Option<::std::string::String> = options
            .currency
            .take();
        let min_amount_text: ::core::option::Option<::std::string::String> = options
            .min_amount
            .map(|v| ::std::string::ToString::to_string(&v));
        let max_amount_text: ::core::option::Option<::std::string::String> = options
            .max_amount
            .map(|v| ::std::string::ToString::to_string(&v));
        let last4_digits_text: ::core::option::Option<::std::string::String> = options
            .last4_digits
            .take();
        let entity_references_text: ::core::option::Option<::std::string::String> = options
            .entity_references
            .take();
        let received_events_text: ::core::option::Option<::std::string::String> = options
            .received_events
            .take();
        let transaction_reference_text: ::core::option::Option<::std::string::String> = options
            .transaction_reference
            .take();
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some(("startDate", start_date_text.as_str())),
            ::core::option::Option::Some(("endDate", end_date_text.as_str())),
            page_size_text.as_deref().map(|v| ("pageSize", v)),
            currency_text.as_deref().map(|v| ("currency", v)),
            min_amount_text.as_deref().map(|v| ("minAmount", v)),
            max_amount_text.as_deref().map(|v| ("maxAmount", v)),
            last4_digits_text.as_deref().map(|v| ("last4Digits", v)),
            entity_references_text.as_deref().map(|v| ("entityReferences", v)),
            received_events_text.as_deref().map(|v| ("receivedEvents", v)),
            transaction_reference_text.as_deref().map(|v| ("transactionReference", v)),
        ]
            .into_iter()
            .flatten()
            .collect();
        let body = ::core::option::Option::None;
        self.core.call("queryByDateRange", &path, &query, body).await
    }
    /** Get one payment.

Parameters, checked as their schemas say before anything is sent:
- `payment_id`: `paymentId` (path)

 `GET /paymentQueries/payments/{paymentId}` (`retrieveByPaymentId`).*/
    pub async fn retrieve_by_payment_id(
        &self,
        payment_id: &str,
    ) -> ::core::result::Result<types::PqQuerybypaymentid200Response, crate::Error> {
        self.retrieve_by_payment_id_response(payment_id)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`retrieve_by_payment_id`](Self::retrieve_by_payment_id), with the answer's status and headers.
    pub async fn retrieve_by_payment_id_response(
        &self,
        payment_id: &str,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PqQuerybypaymentid200Response>,
        crate::Error,
    > {
        let payment_id_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("retrieveByPaymentId", "paymentId", payment_id)?;
        let path: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some(("paymentId", payment_id_text.as_str())),
        ]
            .into_iter()
            .flatten()
            .collect();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::None;
        self.core.call("retrieveByPaymentId", &path, &query, body).await
    }
}
/// The optional parameters of the operations that have any, a
/// value each (`worldpay::<api>::options`).
pub mod options {
    impl ::core::fmt::Debug for QueryByDateRange {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("QueryByDateRange")
                .field("pageSize", &self.page_size)
                .field("currency", &self.currency)
                .field("minAmount", &self.min_amount)
                .field("maxAmount", &self.max_amount)
                .field("last4Digits", &self.last4_digits)
                .field("entityReferences", &self.entity_references)
                .field("receivedEvents", &self.received_events)
                .field("transactionReference", &self.transaction_reference)
                .finish()
        }
    }
    /// The optional parameters of [`query_by_date_range`](super::Client::query_by_date_range) (`queryByDateRange`): each set by its setter, left out by its `without_` twin; `default()` sets none.
    #[derive(Clone, Default, PartialEq)]
    pub struct QueryByDateRange {
        pub(super) page_size: ::core::option::Option<i64>,
        pub(super) currency: ::core::option::Option<::std::string::String>,
        pub(super) min_amount: ::core::option::Option<i64>,
        pub(super) max_amount: ::core::option::Option<i64>,
        pub(super) last4_digits: ::core::option::Option<::std::string::String>,
        pub(super) entity_references: ::core::option::Option<::std::string::String>,
        pub(super) received_events: ::core::option::Option<::std::string::String>,
        pub(super) transaction_reference: ::core::option::Option<::std::string::String>,
    }
    impl QueryByDateRange {
        /// None set.
        pub fn new() -> Self {
            ::core::default::Default::default()
        }
        /// `pageSize` (query): How many payments one page holds.
        pub fn page_size(mut self, value: i64) -> Self {
            self.page_size = ::core::option::Option::Some(value);
            self
        }
        /// Leaves `pageSize` out.
        pub fn without_page_size(mut self) -> Self {
            self.page_size = ::core::option::Option::None;
            self
        }
        /// `currency` (query): Only payments in this currency.
        pub fn currency(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.currency = ::core::option::Option::Some(value.into());
            self
        }
        /// Leaves `currency` out.
        pub fn without_currency(mut self) -> Self {
            self.currency = ::core::option::Option::None;
            self
        }
        /// `minAmount` (query): Only payments of at least this amount (minor unit).
        pub fn min_amount(mut self, value: i64) -> Self {
            self.min_amount = ::core::option::Option::Some(value);
            self
        }
        /// Leaves `minAmount` out.
        pub fn without_min_amount(mut self) -> Self {
            self.min_amount = ::core::option::Option::None;
            self
        }
        /// `maxAmount` (query): Only payments of at most this amount (minor unit).
        pub fn max_amount(mut self, value: i64) -> Self {
            self.max_amount = ::core::option::Option::Some(value);
            self
        }
        /// Leaves `maxAmount` out.
        pub fn without_max_amount(mut self) -> Self {
            self.max_amount = ::core::option::Option::None;
            self
        }
        /// `last4Digits` (query): Only payments made with a card ending in these digits.
        pub fn last4_digits(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.last4_digits = ::core::option::Option::Some(value.into());
            self
        }
        /// Leaves `last4Digits` out.
        pub fn without_last4_digits(mut self) -> Self {
            self.last4_digits = ::core::option::Option::None;
            self
        }
        /// `entityReferences` (query): Only payments of these merchant entities.
        pub fn entity_references(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.entity_references = ::core::option::Option::Some(value.into());
            self
        }
        /// Leaves `entityReferences` out.
        pub fn without_entity_references(mut self) -> Self {
            self.entity_references = ::core::option::Option::None;
            self
        }
        /// `receivedEvents` (query): Only payments that received these events.
        pub fn received_events(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.received_events = ::core::option::Option::Some(value.into());
            self
        }
        /// Leaves `receivedEvents` out.
        pub fn without_received_events(mut self) -> Self {
            self.received_events = ::core::option::Option::None;
            self
        }
        /// `transactionReference` (query): Only payments with this transaction reference.
        pub fn transaction_reference(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.transaction_reference = ::core::option::Option::Some(value.into());
            self
        }
        /// Leaves `transactionReference` out.
        pub fn without_transaction_reference(mut self) -> Self {
            self.transaction_reference = ::core::option::Option::None;
            self
        }
    }
}
