//! Access Worldpay Verified Payments: one request that authenticates
//! (3DS), assesses risk and authorizes (seed `003_9e156552c11fc280.txt`).
//!
//! The request and response schemas are Worldpay's own JSON Schemas, kept
//! verbatim in `schemas/verified-payments/`; three contradictions with the
//! page's example are patched by name in the generator (`_links` typed as
//! an array, `reason` without an item type, an empty `paymentInstrument`).
//!
//! Discovery is by HAL: [`Client::verified_payments_root`] queries the root resource, whose
//! `verifiedPayments:verifiedPayment` link [`Client::verified_payment`]
//! follows; [`Client::pay`] does both. The documented answer is 201 with
//! outcome `3dsDeviceDataRequired` and a `verifiedPayments:3dsDeviceData`
//! link, kept in the answer's `links` for the next step. Requests carry a
//! Bearer token and `application/vnd.worldpay.verifiedpayments-v1.hal+json`.

crate::transport::rest_api!(
    "generated/verified_payments",
    verified_payments,
    VerifiedPayments,
    /// A Verified Payments client. Configure it with
    /// [`Credentials::bearer`](crate::auth::Credentials::bearer).
);

use crate::error::Error;

/// What no description says: discovery through the root resource. The
/// operations (`verified_payments_root()`, `verified_payment(&root, body)`)
/// are generated.
impl Client {
    /// Discovers the root resource, then initiates a verified payment by
    /// its `verifiedPayments:verifiedPayment` link. The request is checked
    /// first, so an invalid one never reaches even the root query.
    pub async fn pay<B>(&self, body: B) -> Result<types::VerifiedPaymentResponse, Error>
    where
        B: TryInto<types::VerifiedPaymentRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body: types::VerifiedPaymentRequest = self.core.check("verifiedPayment", body)?;
        let root = self.verified_payments_root().await?;
        self.verified_payment(&root, body).await
    }
}
