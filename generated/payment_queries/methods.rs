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
- `page_size`: `pageSize` (query)
- `currency`: `currency` (query)
- `min_amount`: `minAmount` (query)
- `max_amount`: `maxAmount` (query)
- `last4_digits`: `last4Digits` (query)
- `entity_references`: `entityReferences` (query)
- `received_events`: `receivedEvents` (query)
- `transaction_reference`: `transactionReference` (query)

 `GET /paymentQueries/payments` (`queryByDateRange`).*/
    pub async fn query_by_date_range(
        &self,
        start_date: &str,
        end_date: &str,
        page_size: ::core::option::Option<i64>,
        currency: ::core::option::Option<&str>,
        min_amount: ::core::option::Option<i64>,
        max_amount: ::core::option::Option<i64>,
        last4_digits: ::core::option::Option<&str>,
        entity_references: ::core::option::Option<&str>,
        received_events: ::core::option::Option<&str>,
        transaction_reference: ::core::option::Option<&str>,
    ) -> ::core::result::Result<types::PqQuerybydaterange200Response, crate::Error> {
        self.query_by_date_range_response(
                start_date,
                end_date,
                page_size,
                currency,
                min_amount,
                max_amount,
                last4_digits,
                entity_references,
                received_events,
                transaction_reference,
            )
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`query_by_date_range`](Self::query_by_date_range), with the answer's status and headers.
    pub async fn query_by_date_range_response(
        &self,
        start_date: &str,
        end_date: &str,
        page_size: ::core::option::Option<i64>,
        currency: ::core::option::Option<&str>,
        min_amount: ::core::option::Option<i64>,
        max_amount: ::core::option::Option<i64>,
        last4_digits: ::core::option::Option<&str>,
        entity_references: ::core::option::Option<&str>,
        received_events: ::core::option::Option<&str>,
        transaction_reference: ::core::option::Option<&str>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PqQuerybydaterange200Response>,
        crate::Error,
    > {
        let start_date_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("queryByDateRange", "startDate", start_date)?;
        let end_date_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("queryByDateRange", "endDate", end_date)?;
        let page_size_text: ::core::option::Option<::std::string::String> = page_size
            .map(|v| ::std::string::ToString::to_string(&v));
        let currency_text: ::core::option::Option<::std::string::String> = currency
            .map(str::to_string);
        let min_amount_text: ::core::option::Option<::std::string::String> = min_amount
            .map(|v| ::std::string::ToString::to_string(&v));
        let max_amount_text: ::core::option::Option<::std::string::String> = max_amount
            .map(|v| ::std::string::ToString::to_string(&v));
        let last4_digits_text: ::core::option::Option<::std::string::String> = last4_digits
            .map(str::to_string);
        let entity_references_text: ::core::option::Option<::std::string::String> = entity_references
            .map(str::to_string);
        let received_events_text: ::core::option::Option<::std::string::String> = received_events
            .map(str::to_string);
        let transaction_reference_text: ::core::option::Option<::std::string::String> = transaction_reference
            .map(str::to_string);
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
