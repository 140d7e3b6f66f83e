// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/payments-2024/openapi.yaml with schemas/payments-2024/api.yaml (sha256 6ebf38de6f1755e4ef52c8a78b3a58592bb3a803dcf21eaccabb9114c574e5a5)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - lookahead pattern rewritten: `^(?!\s*$)[0-9\s()+\-/.x]*$` →
//   `^[0-9\s()+\-/.x]*?[0-9()+\-/.x][0-9\s()+\-/.x]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9 ]*$` → `^[A-Za-z0-9
//   ]*?[A-Za-z0-9][A-Za-z0-9 ]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9\s]*$` →
//   `^[A-Za-z0-9\s]*?[A-Za-z0-9][A-Za-z0-9\s]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z\s-]*$` →
//   `^[A-Za-z\s-]*?[A-Za-z-][A-Za-z\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s-]*$` →
//   `^[a-zA-Z0-9\s-]*?[a-zA-Z0-9-][a-zA-Z0-9\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s@!£*#$)(+\-_=.,/;:'"]*$` →
//   `^[a-zA-Z0-9\s@!£*#$)(+\-_=.,/;:'"]*?[a-zA-Z0-9@!£*#$)(+\-_=.,/;:'"][a-zA-Z0-9\s@!£*#$)(+\-_=.,/;:'"]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s@!£*#$)(\-_=.,/;:'"]*$` →
//   `^[a-zA-Z0-9\s@!£*#$)(\-_=.,/;:'"]*?[a-zA-Z0-9@!£*#$)(\-_=.,/;:'"][a-zA-Z0-9\s@!£*#$)(\-_=.,/;:'"]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s]*$` →
//   `^[a-zA-Z0-9\s]*?[a-zA-Z0-9][a-zA-Z0-9\s]*$`
// - lookahead pattern kept (ECMAScript only): `^(?!\s*$).*$`
// - 1 repeated enum values kept once
// - 3 inline discriminators with a mapping only made unions of their mapping's schemas
// - 3 plain oneOf lists of a union's branches made references to the union
// - discriminators with a mapping only made unions of their mapping's schemas:
//   ChallengeResponse201, ChallengeResponse202, DeviceDataResponse201, DeviceDataResponse202,
//   PaymentsCustomerAgreement, PaymentsInstruction, PaymentsRecipientAccount, PaymentsResponse201,
//   PaymentsResponse202, PaymentsThreeDS, PaymentsUpdatedPaymentInstrument
// - base properties added to the branches that did not list them:
//   PaymentsApplepayInstruction.customerAgreement, PaymentsApplepayInstruction.exemption,
//   PaymentsApplepayInstruction.threeDS, PaymentsApplepayInstruction.tokenCreation,
//   PaymentsGooglepayInstruction.customerAgreement, PaymentsGooglepayInstruction.exemption,
//   PaymentsGooglepayInstruction.tokenCreation
// - discriminator values set as constants on their branches: CardAuthorizedPaymentResponse,
//   ChallengedResponse, DeviceDataRequiredResponse, FraudHighRiskResponse, PaymentRefusedResponse,
//   PaymentsResponse, SentForCancellationResponse, SentForSettlementResponse,
//   UnavailableAuthenticationResponse, UnsuccessfulAuthenticationResponse
// - fixed header parameters sent by the operation table: WP-Api-Version: 2024-06-01
// - 8 `_actions` properties bound to the HAL link map (each action's `method` kept)
// - 9 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 109 inline schemas named after their property (21 identical uses share a type): AcceptHeader,
//   AccountReference, AccountUpdaterMessage, Address3, AuthenticationFlow, AvsNotMatched,
//   BrowserColorDepth, BrowserLanguage, Capability, CardBrand, Category, ChallengePreference,
//   CountryCode, CryptogramAlgorithm, Currency, CustomerDocumentReference, CustomerFirstName,
//   CustomerId, CustomerLastName, CvcNotMatched, Description, Detail, DeviceDataChannel,
//   DocumentReference, Eci, Email, EmailAddress, Entity, FraudOutcome, FundingType,
//   IdentifierType, IndependentSalesOrganizationId, InstallmentType, IssuerResponse, LastEvent,
//   Line1, Line2, Mcc, Method, MiddleName, Name, Namespace, NetworkScore, OrderReference,
//   PaymentInstrument, PaymentRequestChannel, PaymentsCardInstructionPaymentInstrument,
//   PaymentsExemptionRequestType, PaymentsExemptionResult, PaymentsExemptionType,
//   PaymentsExternalThreeDsEci, PaymentsFundsRecipientFirstName, PaymentsFundsRecipientLastName,
//   PaymentsFundsTransferType, PaymentsRecipientAddressPostalCode, PaymentsRecipientLastName,
//   PaymentsShippingAddressAddress1, PaymentsShippingAddressAddress2, PaymentsShippingAddressCity,
//   PaymentsShippingAddressPostalCode, PaymentsShippingAddressState,
//   PaymentsSubMerchantAddressCity, PaymentsSubMerchantEmail, PaymentsSubMerchantReference,
//   PaymentsTransferAddressAddress1, PaymentsTransferAddressAddress2, PaymentsTransferAddressCity,
//   Phone, PhoneNumber, Placement, PostalCode, Preference, PreferredCardBrand, Purpose, Reason,
//   Reference, ReturnUrl, Risk, RiskFactorType, SchemeId, SchemeReference, SocialNetworkReference,
//   State, StoredCardUsage, Street, String1, String2, String3, String4, String5, String6, String7,
//   String8, String9, SwiftBic, TaxReference, ThreeDsOutcome, ThreeDsType, TimeFrame, TimeZone,
//   TmxSessionId, TokenId, TransactionReference, Url, UserAgentHeader, UserType, Version,
//   WalletReference, WindowSize
// - schemas used by both requests and responses split (responses read a lenient copy): ExpiryDate,
//   PaymentsBillingAddress
// - request union branches given the schema they extend inline, its tag removed:
//   PaymentsCardPlainPaymentInstrument, PaymentsDecryptedPaymentInstrument,
//   PaymentsEncryptedPaymentInstrument, PaymentsNetworkTokenPaymentInstrument,
//   SessionPaymentInstrument, SessionsDelegatePaymentInstrument, TokenPaymentInstrument
// - discriminated unions bound to internally tagged enums: ChallengeResponse201 (on `outcome`,
//   open), ChallengeResponse202 (on `outcome`, open), DeviceDataResponse201 (on `outcome`, open),
//   DeviceDataResponse202 (on `outcome`, open), PaymentInstrument (on `type`),
//   PaymentsCardInstructionPaymentInstrument (on `type`), PaymentsCustomerAgreement (on `type`),
//   PaymentsInstruction (on `method`), PaymentsRecipientAccount (on `type`), PaymentsResponse201
//   (on `outcome`, open), PaymentsResponse202 (on `outcome`, open), PaymentsThreeDS (on `type`),
//   PaymentsUpdatedPaymentInstrument (on `type`, open)
// - 89 rejecting constraints stripped from response-only schemas
// - 4 request strings with `format: date`/`date-time`/`uuid` bound to the runtime's checked text
//   (`worldpay::format::Date`): format validated, text kept exactly, no date library
// - response enums made open (unknown values kept): AccountUpdaterMessage, CardBrand, Category,
//   Detail, FraudOutcome, FundingType, IssuerResponse, LastEvent, PaymentsExemptionResult,
//   PaymentsExemptionType, Reason, Risk, RiskFactorType, ThreeDsOutcome, ThreeDsType
// - PaymentsDecryptedPaymentInstrument.number is sensitive (cardNumber): bound as
//   `PaymentsDecryptedPaymentInstrument_cardNumber`
// - card data and secrets bound to redacting types: Authentication_authenticationValue,
//   PaymentsCardAccount_cardNumber, PaymentsCardPlainPaymentInstrument_cardHolderName,
//   PaymentsCardPlainPaymentInstrument_cardNumber, PaymentsDecryptedPaymentInstrument_cardNumber,
//   PaymentsNetworkTokenPaymentInstrument_cardHolderName, SessionPaymentInstrument_cardHolderName,
//   accountNumber, authenticationValue, cardHolderName, cardNumber, cryptogram, cvc, iban,
//   routingNumber, tokenNumber, walletToken
// - operations answering different bodies by success status, answered as an enum keyed by status:
//   payment, complete3dsChallenge, supply3dsDeviceData
// - 51 error responses read raw and decoded by status (ErrorResponse, HeaderErrorResponse,
//   ValidationErrorResponse)
// - 19 schemas no operation reaches any more left out of generation: AuthorizationActionList,
//   ChallengedActionList, DeviceDataRequiredActionList, PartialRefundActionList,
//   PartialSettleActionList, PaymentsActionCancel, PaymentsActionComplete3dsChallenge,
//   PaymentsActionPartialRefund, PaymentsActionPartialSettle, PaymentsActionRefund,
//   PaymentsActionReverse, PaymentsActionSettle, PaymentsActionSupply3dsDeviceData, PaymentsLink,
//   PaymentsPaymentInstrument, QueryActionList, Self, SentForSettlementActionList,
//   SettleActionList

/// The link relations of this API, each naming the operation it leads to.
pub mod rel {
    /// `self`: leads to the `queryEvents` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct SelfLink;
    impl crate::hal::LinkRelation for SelfLink {
        const NAME: &'static str = "self";
    }
    impl crate::hal::Relation for SelfLink {
        const OPERATION: &'static str = "queryEvents";
    }
    /// `settlePayment`: leads to the `settle` operation. Also found as `cardPayments:settle`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct SettlePayment;
    impl crate::hal::LinkRelation for SettlePayment {
        const NAME: &'static str = "settlePayment";
        const ALIASES: &'static [&'static str] = &["cardPayments:settle"];
    }
    impl crate::hal::Relation for SettlePayment {
        const OPERATION: &'static str = "settle";
    }
    /// `partiallySettlePayment`: leads to the `partialSettle` operation. Also found as `cardPayments:partialSettle`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PartiallySettlePayment;
    impl crate::hal::LinkRelation for PartiallySettlePayment {
        const NAME: &'static str = "partiallySettlePayment";
        const ALIASES: &'static [&'static str] = &["cardPayments:partialSettle"];
    }
    impl crate::hal::Relation for PartiallySettlePayment {
        const OPERATION: &'static str = "partialSettle";
    }
    /// `refundPayment`: leads to the `refund` operation. Also found as `cardPayments:refund`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct RefundPayment;
    impl crate::hal::LinkRelation for RefundPayment {
        const NAME: &'static str = "refundPayment";
        const ALIASES: &'static [&'static str] = &["cardPayments:refund"];
    }
    impl crate::hal::Relation for RefundPayment {
        const OPERATION: &'static str = "refund";
    }
    /// `partiallyRefundPayment`: leads to the `partialRefund` operation. Also found as `cardPayments:partialRefund`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PartiallyRefundPayment;
    impl crate::hal::LinkRelation for PartiallyRefundPayment {
        const NAME: &'static str = "partiallyRefundPayment";
        const ALIASES: &'static [&'static str] = &["cardPayments:partialRefund"];
    }
    impl crate::hal::Relation for PartiallyRefundPayment {
        const OPERATION: &'static str = "partialRefund";
    }
    /// `cancelPayment`: leads to the `cancel` operation. Also found as `cardPayments:cancel`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct CancelPayment;
    impl crate::hal::LinkRelation for CancelPayment {
        const NAME: &'static str = "cancelPayment";
        const ALIASES: &'static [&'static str] = &["cardPayments:cancel"];
    }
    impl crate::hal::Relation for CancelPayment {
        const OPERATION: &'static str = "cancel";
    }
    /// `reversePayment`: leads to the `reversal` operation. Also found as `cardPayments:reverse`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct ReversePayment;
    impl crate::hal::LinkRelation for ReversePayment {
        const NAME: &'static str = "reversePayment";
        const ALIASES: &'static [&'static str] = &["cardPayments:reverse"];
    }
    impl crate::hal::Relation for ReversePayment {
        const OPERATION: &'static str = "reversal";
    }
    /// `supply3dsDeviceData`: leads to the `supply3dsDeviceData` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Supply3dsDeviceData;
    impl crate::hal::LinkRelation for Supply3dsDeviceData {
        const NAME: &'static str = "supply3dsDeviceData";
    }
    impl crate::hal::Relation for Supply3dsDeviceData {
        const OPERATION: &'static str = "supply3dsDeviceData";
    }
    /// `complete3dsChallenge`: leads to the `complete3dsChallenge` operation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Complete3dsChallenge;
    impl crate::hal::LinkRelation for Complete3dsChallenge {
        const NAME: &'static str = "complete3dsChallenge";
    }
    impl crate::hal::Relation for Complete3dsChallenge {
        const OPERATION: &'static str = "complete3dsChallenge";
    }
}
/// Every relation of the API and the operation it leads to (as its
/// `api.yaml` says), for what builds links (the simulator).
pub const RELATIONS: &[(&str, ::core::option::Option<&str>)] = &[
    ("self", ::core::option::Option::Some("queryEvents")),
    ("settlePayment", ::core::option::Option::Some("settle")),
    ("partiallySettlePayment", ::core::option::Option::Some("partialSettle")),
    ("refundPayment", ::core::option::Option::Some("refund")),
    ("partiallyRefundPayment", ::core::option::Option::Some("partialRefund")),
    ("cancelPayment", ::core::option::Option::Some("cancel")),
    ("reversePayment", ::core::option::Option::Some("reversal")),
    ("supply3dsDeviceData", ::core::option::Option::Some("supply3dsDeviceData")),
    ("complete3dsChallenge", ::core::option::Option::Some("complete3dsChallenge")),
];
/// Every answer type whose schema spells out its `_links` or
/// `_actions`, and the relations it lists there (`("_actions",
/// "refundPayment")`, sorted), for what builds answers (the
/// simulator).
pub const OFFERED: &[(&str, &[(&str, &str)])] = &[
    ("CancelResponse", &[("_links", "self")]),
    (
        "CardAuthorizedPaymentResponse",
        &[
            ("_actions", "cancelPayment"),
            ("_actions", "partiallySettlePayment"),
            ("_actions", "reversePayment"),
            ("_actions", "settlePayment"),
            ("_links", "self"),
        ],
    ),
    ("ChallengedResponse", &[("_actions", "complete3dsChallenge")]),
    ("DeviceDataRequiredResponse", &[("_actions", "supply3dsDeviceData")]),
    (
        "PartialRefundResponse",
        &[("_actions", "partiallyRefundPayment"), ("_links", "self")],
    ),
    (
        "PartialSettleResponse",
        &[
            ("_actions", "cancelPayment"),
            ("_actions", "partiallyRefundPayment"),
            ("_actions", "partiallySettlePayment"),
            ("_actions", "refundPayment"),
            ("_actions", "reversePayment"),
            ("_links", "self"),
        ],
    ),
    (
        "QueryEventsResponse",
        &[
            ("_actions", "cancelPayment"),
            ("_actions", "partiallyRefundPayment"),
            ("_actions", "partiallySettlePayment"),
            ("_actions", "refundPayment"),
            ("_actions", "reversePayment"),
            ("_actions", "settlePayment"),
        ],
    ),
    ("RefundResponse", &[("_links", "self")]),
    ("ReversalResponse", &[("_links", "self")]),
    ("SentForCancellationResponse", &[("_links", "self")]),
    (
        "SentForSettlementResponse",
        &[
            ("_actions", "partiallyRefundPayment"),
            ("_actions", "refundPayment"),
            ("_actions", "reversePayment"),
            ("_links", "self"),
        ],
    ),
    (
        "SettleResponse",
        &[
            ("_actions", "partiallyRefundPayment"),
            ("_actions", "refundPayment"),
            ("_actions", "reversePayment"),
            ("_links", "self"),
        ],
    ),
];
impl crate::hal::Offers<rel::SelfLink> for types::CancelResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::CardAuthorizedPaymentResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::CancelPayment> for types::CardAuthorizedPaymentResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::PartiallySettlePayment>
for types::CardAuthorizedPaymentResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::ReversePayment> for types::CardAuthorizedPaymentResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::SettlePayment> for types::CardAuthorizedPaymentResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::Complete3dsChallenge> for types::ChallengedResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::Supply3dsDeviceData> for types::DeviceDataRequiredResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::PartialRefundResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartiallyRefundPayment> for types::PartialRefundResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::CancelPayment> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::PartiallyRefundPayment> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::PartiallySettlePayment> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::RefundPayment> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::ReversePayment> for types::PartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::CancelPayment> for types::QueryEventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::PartiallyRefundPayment> for types::QueryEventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::PartiallySettlePayment> for types::QueryEventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::RefundPayment> for types::QueryEventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::ReversePayment> for types::QueryEventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::SettlePayment> for types::QueryEventsResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::RefundResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::ReversalResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::SentForCancellationResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::SentForSettlementResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartiallyRefundPayment>
for types::SentForSettlementResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::RefundPayment> for types::SentForSettlementResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::ReversePayment> for types::SentForSettlementResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::SelfLink> for types::SettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartiallyRefundPayment> for types::SettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::RefundPayment> for types::SettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
impl crate::hal::Offers<rel::ReversePayment> for types::SettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.actions)
    }
}
