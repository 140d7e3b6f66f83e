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

#[allow(unused_imports)]
use super::{rel, types, Client};
impl Client {
    /** Query the payments root resource.

 `GET /payments` (`paymentsRoot`).*/
    pub async fn payments_root(
        &self,
    ) -> ::core::result::Result<types::RootResponse, crate::Error> {
        self.payments_root_response()
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`payments_root`](Self::payments_root), with the answer's status and headers.
    pub async fn payments_root_response(
        &self,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::RootResponse>,
        crate::Error,
    > {
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::None;
        self.core.call("paymentsRoot", &path, &query, body).await
    }
    /** Authorize a payment. Follows `payments:authorize` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/authorizations` (`authorize`).*/
    pub async fn authorize<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Authorize>,
        body: B,
    ) -> ::core::result::Result<crate::payments::types::AuthorizeResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::AuthorizationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.authorize_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`authorize`](Self::authorize), with the answer's status and headers.
    pub async fn authorize_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Authorize>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<crate::payments::types::AuthorizeResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::AuthorizationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::AuthorizationRequest>("authorize", body)?,
        );
        self.core.follow::<rel::Authorize, _>(from, body).await
    }
    /** Cancel the payment. Follows `payments:cancel` of `from` (the answer or stored links that offer it).

 `POST /payments/authorizations/cancellations/{linkData}` (`cancel`).*/
    pub async fn cancel(
        &self,
        from: &impl crate::hal::Offers<rel::Cancel>,
    ) -> ::core::result::Result<types::CancelResponse, crate::Error> {
        self.cancel_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`cancel`](Self::cancel), with the answer's status and headers.
    pub async fn cancel_response(
        &self,
        from: &impl crate::hal::Offers<rel::Cancel>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::CancelResponse>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::Cancel, _>(from, body).await
    }
    /** migrateCardOnFile authorization. Follows `payments:migrateCardOnFileAuthorize` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/authorizations/migrateCardOnFile` (`migrateCardOnFile`).*/
    pub async fn migrate_card_on_file_authorize<B>(
        &self,
        from: &impl crate::hal::Offers<rel::MigrateCardOnFileAuthorize>,
        body: B,
    ) -> ::core::result::Result<
        crate::payments::types::MigrateCardOnFileResponse,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::MigrateCardOnFileAuthorizationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.migrate_card_on_file_authorize_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`migrate_card_on_file_authorize`](Self::migrate_card_on_file_authorize), with the answer's status and headers.
    pub async fn migrate_card_on_file_authorize_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::MigrateCardOnFileAuthorize>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<
            crate::payments::types::MigrateCardOnFileResponse,
        >,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::MigrateCardOnFileAuthorizationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<
                    B,
                    types::MigrateCardOnFileAuthorizationRequest,
                >("migrateCardOnFile", body)?,
        );
        self.core.follow::<rel::MigrateCardOnFileAuthorize, _>(from, body).await
    }
    /** migrateRecurring authorization. Follows `payments:migrateRecurringAuthorize` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/authorizations/migrateRecurring` (`migrateRecurring`).*/
    pub async fn migrate_recurring_authorize<B>(
        &self,
        from: &impl crate::hal::Offers<rel::MigrateRecurringAuthorize>,
        body: B,
    ) -> ::core::result::Result<
        crate::payments::types::MigrateRecurringResponse,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::MigrateRecurringAuthorizationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.migrate_recurring_authorize_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`migrate_recurring_authorize`](Self::migrate_recurring_authorize), with the answer's status and headers.
    pub async fn migrate_recurring_authorize_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::MigrateRecurringAuthorize>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<
            crate::payments::types::MigrateRecurringResponse,
        >,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::MigrateRecurringAuthorizationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<
                    B,
                    types::MigrateRecurringAuthorizationRequest,
                >("migrateRecurring", body)?,
        );
        self.core.follow::<rel::MigrateRecurringAuthorize, _>(from, body).await
    }
    /** Query a payment by its transaction reference.

Parameters, checked as their schemas say before anything is sent:
- `transaction_ref`: `transactionRef` (query)
- `entity`: `entity` (query)

 `GET /payments/events` (`eventRecovery`).*/
    pub async fn event_recovery(
        &self,
        transaction_ref: &str,
        entity: &str,
    ) -> ::core::result::Result<types::EventsResponse, crate::Error> {
        self.event_recovery_response(transaction_ref, entity)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`event_recovery`](Self::event_recovery), with the answer's status and headers.
    pub async fn event_recovery_response(
        &self,
        transaction_ref: &str,
        entity: &str,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::EventsResponse>,
        crate::Error,
    > {
        let transaction_ref_text: ::std::string::String = crate::request::parameter_text::<
            types::TransactionReference,
        >("eventRecovery", "transactionRef", transaction_ref)?;
        let entity_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("eventRecovery", "entity", entity)?;
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some((
                "transactionRef",
                transaction_ref_text.as_str(),
            )),
            ::core::option::Option::Some(("entity", entity_text.as_str())),
        ]
            .into_iter()
            .flatten()
            .collect();
        let body = ::core::option::Option::None;
        self.core.call("eventRecovery", &path, &query, body).await
    }
    /** Track payment events. Follows `payments:events` of `from` (the answer or stored links that offer it).

 `GET /payments/events/{linkData}` (`events`).*/
    pub async fn events(
        &self,
        from: &impl crate::hal::Offers<rel::Events>,
    ) -> ::core::result::Result<types::EventsResponse, crate::Error> {
        self.events_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`events`](Self::events), with the answer's status and headers.
    pub async fn events_response(
        &self,
        from: &impl crate::hal::Offers<rel::Events>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::EventsResponse>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::Events, _>(from, body).await
    }
    /** Settle the payment. Follows `payments:settle` of `from` (the answer or stored links that offer it).

 `POST /payments/settlements/full/{linkData}` (`settle`).*/
    pub async fn settle(
        &self,
        from: &impl crate::hal::Offers<rel::Settle>,
    ) -> ::core::result::Result<types::SettleResponse, crate::Error> {
        self.settle_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`settle`](Self::settle), with the answer's status and headers.
    pub async fn settle_response(
        &self,
        from: &impl crate::hal::Offers<rel::Settle>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::SettleResponse>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::Settle, _>(from, body).await
    }
    /** Partially settle the payment. Follows `payments:partialSettle` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/settlements/partials/{linkData}` (`partialSettle`).*/
    pub async fn partial_settle<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartialSettle>,
        body: B,
    ) -> ::core::result::Result<types::PartialSettleResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PartialSettleRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.partial_settle_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`partial_settle`](Self::partial_settle), with the answer's status and headers.
    pub async fn partial_settle_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartialSettle>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PartialSettleResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PartialSettleRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::PartialSettleRequest>("partialSettle", body)?,
        );
        self.core.follow::<rel::PartialSettle, _>(from, body).await
    }
}
/// The optional parameters of the operations that have any, a
/// value each (`worldpay::<api>::options`).
pub mod options {}
