// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/verified-payments/openapi.yaml with schemas/verified-payments/api.yaml (sha256 e9fc63d8fe832049d0d5ca669ac71420217e8e40a5cd2012a4db8cc2de12b961)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - bundled external schema files: schemas/verified-payments/verifiedPaymentRequest.json,
//   schemas/verified-payments/verifiedPaymentResponse.json
// - patch `links-typed-as-array`: The response schema types `_links` as an array; the example (and
//   HAL) has an object of relations. It becomes an object listing the documented
//   `verifiedPayments:3dsDeviceData` relation and `curies`.
// - patch `reason-array-without-items`: The response's `reason` is an array with no item type,
//   which generators can only read as untyped JSON. Its items become strings (reason codes).
// - patch `payment-instrument-empty-schema`: The request's `instruction.paymentInstrument` is `{}`
//   (anything), while the example sends a `card/plain` instrument: left untyped, its card number
//   would be neither checked nor redacted. It becomes the `card/plain` object the example shows
//   (type, cardHolderName, cardNumber, cardExpiryDate), with cvc and billingAddress as Access
//   Worldpay's other APIs define them.
// - 2 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 23 inline schemas named after their property (0 identical uses share a type): Account,
//   AccountHistory, Address, BillingAddress, CardExpiryDate, Challenge, Custom, DeviceData,
//   DeviceDataCollection, GiftCardsPurchase, Instruction, Merchant, Narrative, PaymentFacilitator,
//   PaymentInstrument, RiskData, Shipping, SubMerchant, TotalValue, Transaction,
//   TransactionHistory, ValidationError, Value
// - card data and secrets bound to redacting types: cardHolderName, cardNumber, cvc
// - bounded request integers checked: CardExpiryDate_month, CardExpiryDate_year
// - 8 error responses read raw and decoded by status (ErrorResponse, ValidationErrorResponse)
// - 2 schemas no operation reaches any more left out of generation: link,
//   verifiedPaymentsRootLinks

#[allow(unused_imports)]
use super::{rel, types, Client};
impl Client {
    /** Query the Verified Payments root resource.

 `GET /verifiedPayments` (`verifiedPaymentsRoot`).*/
    pub async fn verified_payments_root(
        &self,
    ) -> ::core::result::Result<types::VerifiedPaymentsRoot, crate::Error> {
        self.verified_payments_root_response()
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`verified_payments_root`](Self::verified_payments_root), with the answer's status and headers.
    pub async fn verified_payments_root_response(
        &self,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::VerifiedPaymentsRoot>,
        crate::Error,
    > {
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::None;
        self.core.call("verifiedPaymentsRoot", &path, &query, body).await
    }
    /** Initiate Verified Payment. Follows `verifiedPayments:verifiedPayment` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /verifiedPayments/{linkData}` (`verifiedPayment`).*/
    pub async fn verified_payment<B>(
        &self,
        from: &impl crate::hal::Offers<rel::VerifiedPayment>,
        body: B,
    ) -> ::core::result::Result<types::VerifiedPaymentResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::VerifiedPaymentRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.verified_payment_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`verified_payment`](Self::verified_payment), with the answer's status and headers.
    pub async fn verified_payment_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::VerifiedPayment>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::VerifiedPaymentResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::VerifiedPaymentRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<B, types::VerifiedPaymentRequest>("verifiedPayment", body)?,
        );
        self.core.follow::<rel::VerifiedPayment, _>(from, body).await
    }
}
/// The optional parameters of the operations that have any, a
/// value each (`worldpay::<api>::options`).
pub mod options {}
