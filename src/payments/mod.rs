//! Access Worldpay Payments (the generation before Card Payments v7):
//! authorizations, including the migration of recurring and card-on-file
//! agreements, and what their links lead to (seed `002_d110341c7ad584c0.txt`).
//!
//! Discovery is by HAL, as Worldpay documents: [`Client::root`] queries
//! the root resource, whose `payments:authorize`,
//! `payments:migrateRecurringAuthorize` and
//! `payments:migrateCardOnFileAuthorize` links the authorizations follow
//! ([`Client::authorize`] and the others discover the root themselves;
//! the `*_from` methods take a root you already have, or stored links).
//! Every instrument the seed shows is a variant of an internally tagged
//! enum on `type` (`card/plain`, `card/token`, `card/checkout`,
//! `card/wallet+applepay`, `card/wallet+googlepay`); the outcome is an
//! internally tagged enum on `outcome` whose refusal keeps `code` and
//! `description`, either of which may be missing. The
//! `payments:recurringAuthorize` and `payments:CardOnFileAuthorize` links of
//! a migration's answer are typed ([`rel::RecurringAuthorize`],
//! [`rel::CardOnFileAuthorize`]) and storable: read them with
//! [`crate::hal::offered`] and keep them for the next payment. Requests
//! carry Basic credentials and `application/vnd.worldpay.payments-v6+json`.

crate::transport::rest_api!(
    "payments",
    Payments,
    /// An Access Worldpay Payments client.
);

use std::fmt::Display;

use progenitor_client::ResponseValue;

use crate::error::Error;
use crate::hal::Offers;

crate::error::access_worldpay_error_body!(ErrorBody, types);

impl Client {
    /// Queries the root resource, whose links name the authorizations.
    pub async fn root(&self) -> Result<ResponseValue<types::RootResponse>, Error> {
        self.core.call("paymentsRoot", &[], &[], None).await
    }

    /// Authorizes a payment: discovers the root resource, then follows its
    /// `payments:authorize` link.
    pub async fn authorize<B>(
        &self,
        body: B,
    ) -> Result<ResponseValue<types::AuthorizeResponse>, Error>
    where
        B: TryInto<types::AuthorizationRequest>,
        B::Error: Display,
    {
        let body = self
            .core
            .encode::<B, types::AuthorizationRequest>("authorize", body)?;
        self.discover_and_follow::<rel::Authorize, _>(body).await
    }

    /// Queries the root resource and follows its relation `R` with `body`,
    /// already checked and encoded (so an invalid request never reaches
    /// even the root query).
    async fn discover_and_follow<R, T>(&self, body: Vec<u8>) -> Result<ResponseValue<T>, Error>
    where
        R: crate::hal::Relation,
        types::RootResponse: Offers<R>,
        T: serde::de::DeserializeOwned,
    {
        let root = self.root().await?.into_inner();
        self.core.follow::<R, _>(&root, Some(body)).await
    }

    /// Authorizes a payment by the `payments:authorize` link of `from` (a
    /// root resource already fetched, or stored links).
    pub async fn authorize_from<B>(
        &self,
        from: &impl Offers<rel::Authorize>,
        body: B,
    ) -> Result<ResponseValue<types::AuthorizeResponse>, Error>
    where
        B: TryInto<types::AuthorizationRequest>,
        B::Error: Display,
    {
        let body = self
            .core
            .encode::<B, types::AuthorizationRequest>("authorize", body)?;
        self.core
            .follow::<rel::Authorize, _>(from, Some(body))
            .await
    }

    /// Migrates a recurring agreement: discovers the root resource, then
    /// follows `payments:migrateRecurringAuthorize`. An authorized answer
    /// carries the `payments:recurringAuthorize` link for the next payment.
    pub async fn migrate_recurring<B>(
        &self,
        body: B,
    ) -> Result<ResponseValue<types::MigrateRecurringResponse>, Error>
    where
        B: TryInto<types::MigrateRecurringAuthorizationRequest>,
        B::Error: Display,
    {
        let body = self
            .core
            .encode::<B, types::MigrateRecurringAuthorizationRequest>("migrateRecurring", body)?;
        self.discover_and_follow::<rel::MigrateRecurringAuthorize, _>(body)
            .await
    }

    /// Migrates a recurring agreement by the link of `from`.
    pub async fn migrate_recurring_from<B>(
        &self,
        from: &impl Offers<rel::MigrateRecurringAuthorize>,
        body: B,
    ) -> Result<ResponseValue<types::MigrateRecurringResponse>, Error>
    where
        B: TryInto<types::MigrateRecurringAuthorizationRequest>,
        B::Error: Display,
    {
        let body = self
            .core
            .encode::<B, types::MigrateRecurringAuthorizationRequest>("migrateRecurring", body)?;
        self.core
            .follow::<rel::MigrateRecurringAuthorize, _>(from, Some(body))
            .await
    }

    /// Migrates a card-on-file agreement: discovers the root resource, then
    /// follows `payments:migrateCardOnFileAuthorize`. An authorized answer
    /// carries the `payments:CardOnFileAuthorize` link for the next payment.
    pub async fn migrate_card_on_file<B>(
        &self,
        body: B,
    ) -> Result<ResponseValue<types::MigrateCardOnFileResponse>, Error>
    where
        B: TryInto<types::MigrateCardOnFileAuthorizationRequest>,
        B::Error: Display,
    {
        let body = self
            .core
            .encode::<B, types::MigrateCardOnFileAuthorizationRequest>("migrateCardOnFile", body)?;
        self.discover_and_follow::<rel::MigrateCardOnFileAuthorize, _>(body)
            .await
    }

    /// Migrates a card-on-file agreement by the link of `from`.
    pub async fn migrate_card_on_file_from<B>(
        &self,
        from: &impl Offers<rel::MigrateCardOnFileAuthorize>,
        body: B,
    ) -> Result<ResponseValue<types::MigrateCardOnFileResponse>, Error>
    where
        B: TryInto<types::MigrateCardOnFileAuthorizationRequest>,
        B::Error: Display,
    {
        let body = self
            .core
            .encode::<B, types::MigrateCardOnFileAuthorizationRequest>("migrateCardOnFile", body)?;
        self.core
            .follow::<rel::MigrateCardOnFileAuthorize, _>(from, Some(body))
            .await
    }

    /// Settles the full amount, following `payments:settle` of `from`.
    pub async fn settle(
        &self,
        from: &impl Offers<rel::Settle>,
    ) -> Result<ResponseValue<types::SettleResponse>, Error> {
        self.core.follow::<rel::Settle, _>(from, None).await
    }

    /// Settles part of the amount, following `payments:partialSettle` of
    /// `from`.
    pub async fn partial_settle<B>(
        &self,
        from: &impl Offers<rel::PartialSettle>,
        body: B,
    ) -> Result<ResponseValue<types::PartialSettleResponse>, Error>
    where
        B: TryInto<types::PartialSettleRequest>,
        B::Error: Display,
    {
        let body = self
            .core
            .encode::<B, types::PartialSettleRequest>("partialSettle", body)?;
        self.core
            .follow::<rel::PartialSettle, _>(from, Some(body))
            .await
    }

    /// Cancels the authorization, following `payments:cancel` of `from`.
    pub async fn cancel(
        &self,
        from: &impl Offers<rel::Cancel>,
    ) -> Result<ResponseValue<types::CancelResponse>, Error> {
        self.core.follow::<rel::Cancel, _>(from, None).await
    }

    /// Queries the payment's last event, following `payments:events` of
    /// `from`.
    pub async fn events(
        &self,
        from: &impl Offers<rel::Events>,
    ) -> Result<ResponseValue<types::EventsResponse>, Error> {
        self.core.follow::<rel::Events, _>(from, None).await
    }

    /// Queries the last event of the payment made with
    /// `transaction_reference` under merchant `entity`, once
    /// (`eventRecovery`: `GET
    /// /payments/events?transactionRef={transactionReference}&entity={entity}`,
    /// the recovery resource Worldpay's "query a payment" page documents
    /// for this generation as for Card Payments v7). The answer carries the
    /// payment's next actions.
    ///
    /// A `404` means Worldpay has no events for the payment **yet**: they
    /// can take up to 15 minutes to appear. After a lost answer use
    /// [`recover`](Self::recover), which keeps asking across that window.
    pub async fn event_recovery(
        &self,
        transaction_reference: &str,
        entity: &str,
    ) -> Result<ResponseValue<types::EventsResponse>, Error> {
        let entity: String = crate::request::parameter("eventRecovery", "entity", entity)?;
        let reference = crate::request::parameter::<types::TransactionReference>(
            "eventRecovery",
            "transactionRef",
            transaction_reference,
        )?;
        self.core
            .call(
                "eventRecovery",
                &[],
                &[("transactionRef", &reference), ("entity", &entity)],
                None,
            )
            .await
    }

    /// Finds out what became of `request`, an authorization whose answer
    /// was lost: the recovery query with the request's own
    /// `transactionReference` and `merchant.entity`, asked until the
    /// payment is found or the configured
    /// [`RecoveryPolicy`](crate::recovery::RecoveryPolicy)'s window (by
    /// default Worldpay's documented 15 minutes) has passed.
    pub async fn recover(
        &self,
        request: &impl crate::recovery::Recoverable,
    ) -> Result<crate::recovery::Recovered<types::EventsResponse>, Error> {
        self.recover_by(request.transaction_reference(), request.entity())
            .await
    }

    /// [`recover`](Self::recover), naming the payment by its
    /// `transactionReference` and merchant `entity`.
    pub async fn recover_by(
        &self,
        transaction_reference: &str,
        entity: &str,
    ) -> Result<crate::recovery::Recovered<types::EventsResponse>, Error> {
        crate::recovery::poll(self.core.recovery(), || async {
            self.event_recovery(transaction_reference, entity)
                .await
                .map(ResponseValue::into_inner)
        })
        .await
    }
}

macro_rules! recoverable {
    ($($ty:ident),*) => {$(
        impl crate::recovery::Recoverable for types::$ty {
            fn transaction_reference(&self) -> &str {
                &self.transaction_reference
            }
            fn entity(&self) -> &str {
                &self.merchant.entity
            }
        }
    )*};
}

recoverable!(
    AuthorizationRequest,
    MigrateRecurringAuthorizationRequest,
    MigrateCardOnFileAuthorizationRequest
);
