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

/// The link relations of this API, each naming the operation it leads to.
pub mod rel {
    /// `self`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct SelfLink;
    impl crate::hal::LinkRelation for SelfLink {
        const NAME: &'static str = "self";
    }
    /// `next`: leads to the `queryByDateRange` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Next;
    impl crate::hal::LinkRelation for Next {
        const NAME: &'static str = "next";
    }
    impl crate::hal::Relation for Next {
        const OPERATION: &'static str = "queryByDateRange";
    }
    /// `cardPayments:cancel`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct CardPaymentsCancel;
    impl crate::hal::LinkRelation for CardPaymentsCancel {
        const NAME: &'static str = "cardPayments:cancel";
    }
    /// `cardPayments:partialCancel`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PartialCancel;
    impl crate::hal::LinkRelation for PartialCancel {
        const NAME: &'static str = "cardPayments:partialCancel";
    }
    /// `cardPayments:settle`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct CardPaymentsSettle;
    impl crate::hal::LinkRelation for CardPaymentsSettle {
        const NAME: &'static str = "cardPayments:settle";
    }
    /// `cardPayments:partialSettle`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct CardPaymentsPartialSettle;
    impl crate::hal::LinkRelation for CardPaymentsPartialSettle {
        const NAME: &'static str = "cardPayments:partialSettle";
    }
    /// `cardPayments:reverse`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Reverse;
    impl crate::hal::LinkRelation for Reverse {
        const NAME: &'static str = "cardPayments:reverse";
    }
    /// `cardPayments:refund`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Refund;
    impl crate::hal::LinkRelation for Refund {
        const NAME: &'static str = "cardPayments:refund";
    }
    /// `cardPayments:partialRefund`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PartialRefund;
    impl crate::hal::LinkRelation for PartialRefund {
        const NAME: &'static str = "cardPayments:partialRefund";
    }
    /// `cardPayments:events`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Events;
    impl crate::hal::LinkRelation for Events {
        const NAME: &'static str = "cardPayments:events";
    }
    /// `payments:cancel`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PaymentsCancel;
    impl crate::hal::LinkRelation for PaymentsCancel {
        const NAME: &'static str = "payments:cancel";
    }
    /// `payments:settle`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PaymentsSettle;
    impl crate::hal::LinkRelation for PaymentsSettle {
        const NAME: &'static str = "payments:settle";
    }
    /// `payments:partialSettle`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PaymentsPartialSettle;
    impl crate::hal::LinkRelation for PaymentsPartialSettle {
        const NAME: &'static str = "payments:partialSettle";
    }
}
/// Every relation of the API and the operation it leads to (as its
/// `api.yaml` says), for what builds links (the simulator).
pub const RELATIONS: &[(&str, ::core::option::Option<&str>)] = &[
    ("self", ::core::option::Option::None),
    ("next", ::core::option::Option::Some("queryByDateRange")),
    ("cardPayments:cancel", ::core::option::Option::None),
    ("cardPayments:partialCancel", ::core::option::Option::None),
    ("cardPayments:settle", ::core::option::Option::None),
    ("cardPayments:partialSettle", ::core::option::Option::None),
    ("cardPayments:reverse", ::core::option::Option::None),
    ("cardPayments:refund", ::core::option::Option::None),
    ("cardPayments:partialRefund", ::core::option::Option::None),
    ("cardPayments:events", ::core::option::Option::None),
    ("payments:cancel", ::core::option::Option::None),
    ("payments:settle", ::core::option::Option::None),
    ("payments:partialSettle", ::core::option::Option::None),
];
/// Every answer type whose schema spells out its `_links` or
/// `_actions`, and the relations it lists there (`("_actions",
/// "refundPayment")`, sorted), for what builds answers (the
/// simulator).
pub const OFFERED: &[(&str, &[(&str, &str)])] = &[
    ("PqQuerybydaterange200Response", &[("_links", "next"), ("_links", "self")]),
    (
        "PqQuerybypaymentid200Response",
        &[
            ("_links", "cardPayments:cancel"),
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:partialCancel"),
            ("_links", "cardPayments:partialRefund"),
            ("_links", "cardPayments:partialSettle"),
            ("_links", "cardPayments:refund"),
            ("_links", "cardPayments:reverse"),
            ("_links", "cardPayments:settle"),
            ("_links", "self"),
        ],
    ),
    (
        "PqQueryhistoricalpayments200Response",
        &[
            ("_links", "payments:cancel"),
            ("_links", "payments:partialSettle"),
            ("_links", "payments:settle"),
            ("_links", "self"),
        ],
    ),
];
impl crate::hal::Offers<rel::Next> for types::PqQuerybydaterange200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::PqQuerybydaterange200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::CardPaymentsCancel>
for types::PqQuerybypaymentid200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PqQuerybypaymentid200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialCancel> for types::PqQuerybypaymentid200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund> for types::PqQuerybypaymentid200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::CardPaymentsPartialSettle>
for types::PqQuerybypaymentid200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::PqQuerybypaymentid200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Reverse> for types::PqQuerybypaymentid200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::CardPaymentsSettle>
for types::PqQuerybypaymentid200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::PqQuerybypaymentid200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PaymentsCancel>
for types::PqQueryhistoricalpayments200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PaymentsPartialSettle>
for types::PqQueryhistoricalpayments200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PaymentsSettle>
for types::PqQueryhistoricalpayments200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::PqQueryhistoricalpayments200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
