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

/// The link relations of this API, each naming the operation it leads to.
pub mod rel {
    /// `payments:authorize`: leads to the `authorize` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Authorize;
    impl crate::hal::LinkRelation for Authorize {
        const NAME: &'static str = "payments:authorize";
    }
    impl crate::hal::Relation for Authorize {
        const OPERATION: &'static str = "authorize";
    }
    /// `payments:migrateRecurringAuthorize`: leads to the `migrateRecurring` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct MigrateRecurringAuthorize;
    impl crate::hal::LinkRelation for MigrateRecurringAuthorize {
        const NAME: &'static str = "payments:migrateRecurringAuthorize";
    }
    impl crate::hal::Relation for MigrateRecurringAuthorize {
        const OPERATION: &'static str = "migrateRecurring";
    }
    /// `payments:migrateCardOnFileAuthorize`: leads to the `migrateCardOnFile` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct MigrateCardOnFileAuthorize;
    impl crate::hal::LinkRelation for MigrateCardOnFileAuthorize {
        const NAME: &'static str = "payments:migrateCardOnFileAuthorize";
    }
    impl crate::hal::Relation for MigrateCardOnFileAuthorize {
        const OPERATION: &'static str = "migrateCardOnFile";
    }
    /// `payments:settle`: leads to the `settle` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Settle;
    impl crate::hal::LinkRelation for Settle {
        const NAME: &'static str = "payments:settle";
    }
    impl crate::hal::Relation for Settle {
        const OPERATION: &'static str = "settle";
    }
    /// `payments:partialSettle`: leads to the `partialSettle` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PartialSettle;
    impl crate::hal::LinkRelation for PartialSettle {
        const NAME: &'static str = "payments:partialSettle";
    }
    impl crate::hal::Relation for PartialSettle {
        const OPERATION: &'static str = "partialSettle";
    }
    /// `payments:cancel`: leads to the `cancel` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Cancel;
    impl crate::hal::LinkRelation for Cancel {
        const NAME: &'static str = "payments:cancel";
    }
    impl crate::hal::Relation for Cancel {
        const OPERATION: &'static str = "cancel";
    }
    /// `payments:events`: leads to the `events` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Events;
    impl crate::hal::LinkRelation for Events {
        const NAME: &'static str = "payments:events";
    }
    impl crate::hal::Relation for Events {
        const OPERATION: &'static str = "events";
    }
    /// `payments:refund`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Refund;
    impl crate::hal::LinkRelation for Refund {
        const NAME: &'static str = "payments:refund";
    }
    /// `payments:partialRefund`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PartialRefund;
    impl crate::hal::LinkRelation for PartialRefund {
        const NAME: &'static str = "payments:partialRefund";
    }
    /// `payments:recurringAuthorize`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct RecurringAuthorize;
    impl crate::hal::LinkRelation for RecurringAuthorize {
        const NAME: &'static str = "payments:recurringAuthorize";
    }
    /// `payments:CardOnFileAuthorize`: a link the API documents but this description has no operation for; read it with `crate::hal::offered`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct CardOnFileAuthorize;
    impl crate::hal::LinkRelation for CardOnFileAuthorize {
        const NAME: &'static str = "payments:CardOnFileAuthorize";
    }
}
/// Every relation of the API and the operation it leads to (as its
/// `api.yaml` says), for what builds links (the simulator).
pub const RELATIONS: &[(&str, ::core::option::Option<&str>)] = &[
    ("payments:authorize", ::core::option::Option::Some("authorize")),
    (
        "payments:migrateRecurringAuthorize",
        ::core::option::Option::Some("migrateRecurring"),
    ),
    (
        "payments:migrateCardOnFileAuthorize",
        ::core::option::Option::Some("migrateCardOnFile"),
    ),
    ("payments:settle", ::core::option::Option::Some("settle")),
    ("payments:partialSettle", ::core::option::Option::Some("partialSettle")),
    ("payments:cancel", ::core::option::Option::Some("cancel")),
    ("payments:events", ::core::option::Option::Some("events")),
    ("payments:refund", ::core::option::Option::None),
    ("payments:partialRefund", ::core::option::Option::None),
    ("payments:recurringAuthorize", ::core::option::Option::None),
    ("payments:CardOnFileAuthorize", ::core::option::Option::None),
];
/// Every answer type whose schema spells out its `_links` or
/// `_actions`, and the relations it lists there (`("_actions",
/// "refundPayment")`, sorted), for what builds answers (the
/// simulator).
pub const OFFERED: &[(&str, &[(&str, &str)])] = &[
    (
        "AuthorizeAuthorized",
        &[
            ("_links", "payments:cancel"),
            ("_links", "payments:events"),
            ("_links", "payments:partialSettle"),
            ("_links", "payments:settle"),
        ],
    ),
    ("CancelResponse", &[("_links", "payments:events")]),
    (
        "EventsResponse",
        &[
            ("_links", "payments:cancel"),
            ("_links", "payments:events"),
            ("_links", "payments:partialRefund"),
            ("_links", "payments:partialSettle"),
            ("_links", "payments:refund"),
            ("_links", "payments:settle"),
        ],
    ),
    (
        "MigrateCardOnFileAuthorized",
        &[
            ("_links", "payments:CardOnFileAuthorize"),
            ("_links", "payments:cancel"),
            ("_links", "payments:events"),
            ("_links", "payments:partialSettle"),
            ("_links", "payments:settle"),
        ],
    ),
    (
        "MigrateRecurringAuthorized",
        &[
            ("_links", "payments:cancel"),
            ("_links", "payments:events"),
            ("_links", "payments:partialSettle"),
            ("_links", "payments:recurringAuthorize"),
            ("_links", "payments:settle"),
        ],
    ),
    (
        "PartialSettleResponse",
        &[
            ("_links", "payments:cancel"),
            ("_links", "payments:events"),
            ("_links", "payments:partialRefund"),
            ("_links", "payments:partialSettle"),
            ("_links", "payments:refund"),
        ],
    ),
    (
        "RootResponse",
        &[
            ("_links", "payments:authorize"),
            ("_links", "payments:migrateCardOnFileAuthorize"),
            ("_links", "payments:migrateRecurringAuthorize"),
        ],
    ),
    (
        "SettleResponse",
        &[
            ("_links", "payments:events"),
            ("_links", "payments:partialRefund"),
            ("_links", "payments:refund"),
        ],
    ),
];
impl crate::hal::Offers<rel::Cancel> for types::AuthorizeAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::AuthorizeAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::AuthorizeAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::AuthorizeAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::CancelResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::EventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::EventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund> for types::EventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::EventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::EventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::EventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::CardOnFileAuthorize>
for types::MigrateCardOnFileAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::MigrateCardOnFileAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::MigrateCardOnFileAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::MigrateCardOnFileAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::MigrateCardOnFileAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::MigrateRecurringAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::MigrateRecurringAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::MigrateRecurringAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::RecurringAuthorize> for types::MigrateRecurringAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::MigrateRecurringAuthorized {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Authorize> for types::RootResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::MigrateCardOnFileAuthorize> for types::RootResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::MigrateRecurringAuthorize> for types::RootResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::SettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund> for types::SettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::SettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
