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

/// The link relations of this API, each naming the operation it leads to.
pub mod rel {
    /// `verifiedPayments:verifiedPayment`: leads to the `verifiedPayment` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct VerifiedPayment;
    impl crate::hal::LinkRelation for VerifiedPayment {
        const NAME: &'static str = "verifiedPayments:verifiedPayment";
    }
    impl crate::hal::Relation for VerifiedPayment {
        const OPERATION: &'static str = "verifiedPayment";
    }
    /// `verifiedPayments:3dsDeviceData`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct ThreeDsDeviceData;
    impl crate::hal::LinkRelation for ThreeDsDeviceData {
        const NAME: &'static str = "verifiedPayments:3dsDeviceData";
    }
}
/// Every relation of the API and the operation it leads to (as its
/// `api.yaml` says), for what builds links (the simulator).
pub const RELATIONS: &[(&str, ::core::option::Option<&str>)] = &[
    (
        "verifiedPayments:verifiedPayment",
        ::core::option::Option::Some("verifiedPayment"),
    ),
    ("verifiedPayments:3dsDeviceData", ::core::option::Option::None),
];
/// Every answer type whose schema spells out its `_links` or
/// `_actions`, and the relations it lists there (`("_actions",
/// "refundPayment")`, sorted), for what builds answers (the
/// simulator).
pub const OFFERED: &[(&str, &[(&str, &str)])] = &[
    ("VerifiedPaymentResponse", &[("_links", "verifiedPayments:3dsDeviceData")]),
    ("VerifiedPaymentsRoot", &[("_links", "verifiedPayments:verifiedPayment")]),
];
impl crate::hal::Offers<rel::ThreeDsDeviceData> for types::VerifiedPaymentResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::VerifiedPayment> for types::VerifiedPaymentsRoot {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
