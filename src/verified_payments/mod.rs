//! Access Worldpay Verified Payments: one request that authenticates
//! (3DS), assesses risk and authorizes (seed `003_9e156552c11fc280.txt`).
//!
//! The request and response schemas are Worldpay's own JSON Schemas, kept
//! verbatim in `schemas/verified-payments/`; three contradictions with the
//! page's example are patched by name in the generator (`_links` typed as
//! an array, `reason` without an item type, an empty `paymentInstrument`).
//!
//! Discovery is by HAL: [`Client::root`] queries the root resource, whose
//! `verifiedPayments:verifiedPayment` link [`Client::verified_payment`]
//! follows; [`Client::pay`] does both. The documented answer is 201 with
//! outcome `3dsDeviceDataRequired` and a `verifiedPayments:3dsDeviceData`
//! link, kept in the answer's `links` for the next step. Requests carry a
//! Bearer token and `application/vnd.worldpay.verifiedpayments-v1.hal+json`.

crate::transport::rest_api!(
    "verified_payments",
    VerifiedPayments,
    /// A Verified Payments client. Configure it with
    /// [`Credentials::bearer`](crate::auth::Credentials::bearer).
);

use std::fmt::Display;

use progenitor_client::ResponseValue;

use crate::error::Error;
use crate::hal::Offers;

crate::error::access_worldpay_error_body!(ErrorBody, types);

impl Client {
    /// Queries the Verified Payments root resource, whose links name the
    /// actions (`verifiedPayments:verifiedPayment`).
    pub async fn root(&self) -> Result<ResponseValue<types::VerifiedPaymentsRoot>, Error> {
        self.core.call("verifiedPaymentsRoot", &[], &[], None).await
    }

    /// Initiates a verified payment, following
    /// `verifiedPayments:verifiedPayment` of `from` (the root resource, or
    /// links stored from it).
    pub async fn verified_payment<B>(
        &self,
        from: &impl Offers<rel::VerifiedPayment>,
        body: B,
    ) -> Result<ResponseValue<types::VerifiedPaymentResponse>, Error>
    where
        B: TryInto<types::VerifiedPaymentRequest>,
        B::Error: Display,
    {
        let body = self
            .core
            .encode::<B, types::VerifiedPaymentRequest>("verifiedPayment", body)?;
        self.core
            .follow::<rel::VerifiedPayment, _>(from, Some(body))
            .await
    }

    /// Discovers the root resource, then initiates a verified payment by
    /// its link.
    pub async fn pay<B>(
        &self,
        body: B,
    ) -> Result<ResponseValue<types::VerifiedPaymentResponse>, Error>
    where
        B: TryInto<types::VerifiedPaymentRequest>,
        B::Error: Display,
    {
        let root = self.root().await?.into_inner();
        self.verified_payment(&root, body).await
    }
}
