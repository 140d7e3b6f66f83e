//! Access Worldpay Payments (the generation before Card Payments v7):
//! authorizations, including the migration of recurring and card-on-file
//! agreements, and what their links lead to (seed `002_d110341c7ad584c0.txt`).
//!
//! Discovery is by HAL, as Worldpay documents: [`Client::payments_root`] queries
//! the root resource, whose `payments:authorize`,
//! `payments:migrateRecurringAuthorize` and
//! `payments:migrateCardOnFileAuthorize` links the authorizations follow
//! ([`Client::authorize_via_root`] and the other `*_via_root` methods
//! discover the root themselves; the generated `authorize(&root, body)`
//! and the others take a root you already have, or stored links).
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
    "generated/payments",
    payments,
    Payments,
    /// An Access Worldpay Payments client.
);

use crate::error::Error;

/// What no description says: discovery through the root resource, and
/// recovery. Every operation of the description is a generated method
/// (`generated/payments/methods.rs`): `payments_root()`, and by the links
/// of an answer `authorize(&root, body)`, `migrate_recurring_authorize`,
/// `migrate_card_on_file_authorize`, `settle`, `partial_settle`, `cancel`,
/// `events`.
impl Client {
    /// Authorizes a payment as Worldpay documents it: queries the root
    /// resource, then follows its `payments:authorize` link. The request is
    /// checked first, so an invalid one never reaches even the root query.
    pub async fn authorize_via_root<B>(&self, body: B) -> Result<types::AuthorizeResponse, Error>
    where
        B: TryInto<types::AuthorizationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body: types::AuthorizationRequest = self.core.check("authorize", body)?;
        let root = self.payments_root().await?;
        self.authorize(&root, body).await
    }

    /// Migrates a recurring agreement through the root resource's
    /// `payments:migrateRecurringAuthorize`. An authorized answer carries
    /// the `payments:recurringAuthorize` link for the next payment.
    pub async fn migrate_recurring_via_root<B>(
        &self,
        body: B,
    ) -> Result<types::MigrateRecurringResponse, Error>
    where
        B: TryInto<types::MigrateRecurringAuthorizationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body: types::MigrateRecurringAuthorizationRequest =
            self.core.check("migrateRecurring", body)?;
        let root = self.payments_root().await?;
        self.migrate_recurring_authorize(&root, body).await
    }

    /// Migrates a card-on-file agreement through the root resource's
    /// `payments:migrateCardOnFileAuthorize`. An authorized answer carries
    /// the `payments:CardOnFileAuthorize` link for the next payment.
    pub async fn migrate_card_on_file_via_root<B>(
        &self,
        body: B,
    ) -> Result<types::MigrateCardOnFileResponse, Error>
    where
        B: TryInto<types::MigrateCardOnFileAuthorizationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body: types::MigrateCardOnFileAuthorizationRequest =
            self.core.check("migrateCardOnFile", body)?;
        let root = self.payments_root().await?;
        self.migrate_card_on_file_authorize(&root, body).await
    }

    /// Finds out what became of `request`, an authorization whose answer
    /// was lost: the recovery query ([`event_recovery`](Self::event_recovery))
    /// with the request's own `transactionReference` and `merchant.entity`,
    /// asked until the payment is found or the configured
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
        crate::recovery::poll(self.core.recovery(), || {
            self.event_recovery(transaction_reference, entity)
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
