// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/card-payments-v7/openapi.yaml with schemas/card-payments-v7/api.yaml (sha256 3004bbf6151ecb572533fe95588a48bdb24b20f655a44bc95890ac27b05e6f6d)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - patch `currency-pattern-single-letter`: `currency` has `pattern: ^[A-Z]$` (one letter) and
//   length 3, which no value satisfies; every example sends ISO 4217 codes such as "GBP". The
//   pattern becomes `^[A-Z]{3}$`.
// - patch `narrative-pattern-unescaped-brackets`: `narrative.line1`/`line2` use `[...?[]{}~...]`:
//   the unescaped `]` ends the character class early, so the pattern demands a literal `{}~/` and
//   rejects the example "MindPalace". The brackets are escaped.
// - patch `expiry-date-integer-pattern`: `expiryDateCard`/`expiryDateToken` give the integers
//   `month` and `year` a string `pattern`, which JSON Schema ignores for integers (month 13 would
//   pass). The patterns become the bounds they mean: month 1..=12, year 1000..=9999.
// - patch `risk-factor-items-untyped`: `riskFactors` is an array of bare objects: the published
//   file gives its items no properties, so a generator can only keep them as untyped JSON.
//   Worldpay's reference page and every example give each item `type` (avs, cvc, riskProfile),
//   `risk` (notChecked, notMatched, notSupplied, verificationFailed) and an optional `detail`
//   (address, postcode); the items get those properties (open enums in answers, as every response
//   enum).
// - patch `events-answers-links`: `payments_events_200_response` and
//   `payments_events_recovery_200_response` list only `lastEvent`, while Worldpay's examples and
//   its "query a payment" pages answer both queries with `_links` to the payment's next actions
//   (cancel, settle, partial settle, refund, ...). Without them a payment recovered after a lost
//   answer could not be acted on. Both get `_links` listing every action of the payment's link
//   lists; which ones an answer offers is checked when a link is followed.
// - patch `events-recovery-query-parameters`: `eventRecovery` (`GET /payments/events`) lists no
//   parameters, while Worldpay's "query a payment" pages call it as
//   `?transactionRef={transactionReference}&entity={merchant entity}`. Both query parameters are
//   added, required, typed as the request's `transactionReference` and `entity`.
// - patch `masked-instrument-token-number`: `responsePaymentInstrument` omits `tokenNumber`, which
//   Worldpay's answers to an encrypted-wallet authorization carry (masked, like
//   `555555******4444`, with `type` `card/network+masked`). It is added as a string, so it is kept
//   (and, being a token number, redacted).
// - patch `split-funding-reference-spaces`: `merchant.marketplace.splitFundingReference` (partial
//   settle, partial refund) has a pattern without a space, while Worldpay's own examples send "my
//   split funding ref". A space is added to the pattern's class.
// - patch `account-updater-message-typo`: `updatedPaymentInstrument.accountUpdaterMessage` lists
//   "TThe expiration date was changed" (doubled T), while Worldpay's page shows "The expiry was
//   changed". Both spellings Worldpay may send are listed; the enum is open in responses anyway.
// - patch `events-recovery-send-for-cancellation`:
//   `payments_events_recovery_200_response.lastEvent` lists "Send for Cancellation" where the
//   event query lists "Sent for Cancellation". The correct spelling is added beside the published
//   one.
// - allOf cycles broken (the member leading back removed, its required fields and tag kept):
//   exemption_authentication-outage → exemption, exemption_external → exemption
// - media type key `aapplication/vnd.worldpay.payments-v7+json` of increaseAuthorize 400 corrected
//   to `application/vnd.worldpay.payments-v7+json`
// - media type key `aapplication/vnd.worldpay.payments-v7+json` of settle 500 corrected to
//   `application/vnd.worldpay.payments-v7+json`
// - lookahead pattern rewritten: `^(?!\s*$)[0-9\s()+-/.x]*$` →
//   `^[0-9\s()+-/.x]*?[0-9()+-/.x][0-9\s()+-/.x]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9 ]*$` → `^[A-Za-z0-9
//   ]*?[A-Za-z0-9][A-Za-z0-9 ]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9\s]*$` →
//   `^[A-Za-z0-9\s]*?[A-Za-z0-9][A-Za-z0-9\s]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z\s-]*$` →
//   `^[A-Za-z\s-]*?[A-Za-z-][A-Za-z\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s-]*$` →
//   `^[a-zA-Z0-9\s-]*?[a-zA-Z0-9-][a-zA-Z0-9\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s]*$` →
//   `^[a-zA-Z0-9\s]*?[a-zA-Z0-9][a-zA-Z0-9\s]*$`
// - lookahead pattern kept (ECMAScript only): `^(?=(?:[^@]*@){1}[^@]*$)[\x20-\x7E]{1,128}$`
// - discriminator values set as constants on their branches: cit_cardOnFile, cit_installment,
//   cit_subscription, exemption_authentication-outage, exemption_external, mit_delayedCharge,
//   mit_installment, mit_noShow, mit_reauthorization, mit_resubmission, mit_subscription,
//   mit_unscheduled, payments_authorize_201_refusal, payments_authorize_201_refusal_mit,
//   payments_authorize_201_response, payments_authorize_201_response_mit,
//   payments_increaseAuthorize_response, payments_increaseAuthorize_response_refused,
//   payments_sentForSettlement_201_response, payments_sentForSettlement_201_response_mit
// - 24 reserved header parameters (Accept, Content-Type, Authorization) ignored, as OpenAPI 3.0
//   requires
// - 1 descriptions with unlabelled code blocks labelled `text` (not doctests)
// - 14 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 162 inline schemas named after their property (69 identical uses share a type): Account,
//   AccountReference, AccountUpdaterMessage, Address, Address2, AddressAddress1, AgentCode,
//   AgentName, AirlineCode, AirlineName, ArrivalAirport, Authentication, AuthenticationFlow,
//   BillingAddressPhoneNumber, BusinessRegistrationNumber, CancellationIndicator, CardBrand,
//   CardPaymentsCancel, CardPaymentsEvents, CardPaymentsIncreaseAuthorizedAmount,
//   CardPaymentsPartialCancel, CardPaymentsPartialRefund, CardPaymentsPartialSettle,
//   CardPaymentsRefund, CardPaymentsReverse, CardPaymentsSettle, CarrierCode, Category,
//   ChallengePreference, Channel, Code, CommodityCode, CountryCode, Currency, Customer,
//   CustomerData, CustomerInitiatedTransactionCustomer,
//   CustomerInitiatedTransactionCustomerDocumentReference,
//   CustomerInitiatedTransactionCustomerEmailAddress,
//   CustomerInitiatedTransactionCustomerReference, CustomerInitiatedTransactionInstruction,
//   CustomerInitiatedTransactionInstructionCustomerAgreement,
//   CustomerInitiatedTransactionInstructionPaymentInstrument,
//   CustomerInitiatedTransactionInstructionValue, DateOfBirth, DebitNetwork, DepartureAirport,
//   DepartureDate, Detail, Eci, Email, EmailAddress, ExemptionOutcomeResult, ExpiryDate,
//   FareBasisCode, FareClassCode, FastRefund, FirstName, FirstTwoOfPin, FlightCode, FlightDetail,
//   FundsTransferPhonePhoneNumber, FundsTransferRecipient, FundsTransferRecipientAddress,
//   FundsTransferRecipientAddressCity, FundsTransferRecipientAddressPostalCode,
//   FundsTransferSender, FundsTransferWalletWalletReference, IdentifierType,
//   IndependentSalesOrganizationId, IndustryDataInvoiceReference, InstallmentPlan,
//   InstallmentType, IpAddress, IssueDate, IssuerAddress, IssuerAddressAddress1,
//   IssuerAddressCity, IssuerAddressCountryCode, IssuerAddressPostalCode, Item, ItemName,
//   LastName, Line1, Line2, Merchant, MerchantInitiatedTransactionCustomer,
//   MerchantInitiatedTransactionCustomerDocumentReference,
//   MerchantInitiatedTransactionCustomerEmailAddress,
//   MerchantInitiatedTransactionCustomerReference, MerchantInitiatedTransactionInstruction,
//   MerchantInitiatedTransactionInstructionCustomerAgreement,
//   MerchantInitiatedTransactionInstructionPaymentInstrument,
//   MerchantInitiatedTransactionInstructionValue, MiddleName, NetworkScore, NetworkToken, Number,
//   OrderDate, OrderInvoiceReference, Passenger, PassengerFirstName, PassengerLastName,
//   PaymentsEvents200ResponseLastEvent, PaymentsEventsRecovery200ResponseLastEvent,
//   PaymentsIncreaseAuthorizeResponseAmounts, PaymentsPartialRefundMerchant,
//   PaymentsPartialRefundMerchantMarketplace, PaymentsPartialRefundValue,
//   PaymentsPartialSettleMerchant, PaymentsPartialSettleMerchantMarketplace,
//   PaymentsPartialSettleValue, PaymentsSettleMerchant, PaymentsSettleValue, Placement,
//   PostalCode, PreferredCardBrand, ProductCode, Purpose, Reason, RecipientDocumentReference,
//   RecipientLastName, RecipientPhoneNumber, Reference, Request, RequestAutoSettlement,
//   RequestType, ResponsePaymentInstrumentFundingType, Risk, RiskFactor, RiskFactorType,
//   RoutingFundingType, SchemeId, SchemeReference, SellerCountryCode, SenderAddress,
//   SenderDocumentReference, Sequence, ShippingRecipient, ShippingRecipientAddress,
//   ShippingSender, SocialNetworkReference, SplitFundingReference, State, StoredCardUsage, Street,
//   SubMerchant, SubMerchantAddress, SubMerchantAddressCity, SubMerchantAddressPostalCode,
//   SubMerchantName, SubMerchantPhoneNumber, SubMerchantReference, SwiftBic, ThreeDs, Ticket,
//   Type, UnitOfMeasure, Url, ValidationError, Version, WalletReference
// - inline discriminated unions named: authorizeResponse, increaseAuthorizeResponse,
//   recurringResponse
// - request union branches with no field but the tag made empty objects (no field of their own to
//   send, the tag written by the union): exemption_authentication-outage
// - discriminated unions bound to internally tagged enums: Account (on `type`), CustomerData (on
//   `type`), CustomerInitiatedTransactionInstructionCustomerAgreement (on `type`),
//   CustomerInitiatedTransactionInstructionPaymentInstrument (on `type`),
//   MerchantInitiatedTransactionInstructionCustomerAgreement (on `type`),
//   MerchantInitiatedTransactionInstructionPaymentInstrument (on `type`), authorizeResponse (on
//   `outcome`, open), exemption (on `type`), increaseAuthorizeResponse (on `outcome`, open),
//   recurringResponse (on `outcome`, open)
// - 28 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): AccountUpdaterMessage, CardBrand, Category,
//   DebitNetwork, Detail, ExemptionOutcomeResult, PaymentsEvents200ResponseLastEvent,
//   PaymentsEventsRecovery200ResponseLastEvent, Reason, ResponsePaymentInstrumentFundingType,
//   Risk, RiskFactorType
// - card data and secrets bound to redacting types: accountNumber, authenticationValue,
//   cardHolderName, cardNumber, cryptogram, cvc, fundsTransfer_card_cardNumber, iban,
//   responsePaymentInstrument_tokenNumber, routingNumber, tokenNumber,
//   updatedPaymentInstrument_cardNumber, walletToken
// - bounded request integers checked: expiryDateCard_month, expiryDateCard_year,
//   expiryDateToken_month, expiryDateToken_year
// - 60 error responses read raw and decoded by status (ErrorResponse, ValidationErrorResponse)
// - 21 schemas no operation reaches any more left out of generation: CardPaymentsCancel,
//   CardPaymentsEvents, CardPaymentsIncreaseAuthorizedAmount, CardPaymentsPartialCancel,
//   CardPaymentsPartialRefund, CardPaymentsPartialSettle, CardPaymentsRefund, CardPaymentsReverse,
//   CardPaymentsSettle, exemption_type, payments_links_list_authorized,
//   payments_links_list_events, payments_links_list_fullCancel, payments_links_list_fullRefund,
//   payments_links_list_fullSettle, payments_links_list_increaseAuthorizedAmount,
//   payments_links_list_partialCancel, payments_links_list_partialRefund,
//   payments_links_list_partialSettle, payments_links_list_reversal,
//   payments_links_list_sentForSettlement

/// The link relations of this API, each naming the operation it leads to.
pub mod rel {
    /// `cardPayments:settle`: leads to the `settle` operation. Also found as `payments:settle`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Settle;
    impl crate::hal::LinkRelation for Settle {
        const NAME: &'static str = "cardPayments:settle";
        const ALIASES: &'static [&'static str] = &["payments:settle"];
    }
    impl crate::hal::Relation for Settle {
        const OPERATION: &'static str = "settle";
    }
    /// `cardPayments:partialSettle`: leads to the `partialSettlement` operation. Also found as `payments:partialSettle`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PartialSettle;
    impl crate::hal::LinkRelation for PartialSettle {
        const NAME: &'static str = "cardPayments:partialSettle";
        const ALIASES: &'static [&'static str] = &["payments:partialSettle"];
    }
    impl crate::hal::Relation for PartialSettle {
        const OPERATION: &'static str = "partialSettlement";
    }
    /// `cardPayments:refund`: leads to the `refund` operation. Also found as `payments:refund`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Refund;
    impl crate::hal::LinkRelation for Refund {
        const NAME: &'static str = "cardPayments:refund";
        const ALIASES: &'static [&'static str] = &["payments:refund"];
    }
    impl crate::hal::Relation for Refund {
        const OPERATION: &'static str = "refund";
    }
    /// `cardPayments:partialRefund`: leads to the `partialRefund` operation. Also found as `payments:partialRefund`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PartialRefund;
    impl crate::hal::LinkRelation for PartialRefund {
        const NAME: &'static str = "cardPayments:partialRefund";
        const ALIASES: &'static [&'static str] = &["payments:partialRefund"];
    }
    impl crate::hal::Relation for PartialRefund {
        const OPERATION: &'static str = "partialRefund";
    }
    /// `cardPayments:cancel`: leads to the `cancel` operation. Also found as `payments:cancel`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Cancel;
    impl crate::hal::LinkRelation for Cancel {
        const NAME: &'static str = "cardPayments:cancel";
        const ALIASES: &'static [&'static str] = &["payments:cancel"];
    }
    impl crate::hal::Relation for Cancel {
        const OPERATION: &'static str = "cancel";
    }
    /// `cardPayments:partialCancel`: leads to the `partialCancel` operation. Also found as `payments:partialCancel`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PartialCancel;
    impl crate::hal::LinkRelation for PartialCancel {
        const NAME: &'static str = "cardPayments:partialCancel";
        const ALIASES: &'static [&'static str] = &["payments:partialCancel"];
    }
    impl crate::hal::Relation for PartialCancel {
        const OPERATION: &'static str = "partialCancel";
    }
    /// `cardPayments:reverse`: leads to the `reversal` operation. Also found as `payments:reverse`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Reverse;
    impl crate::hal::LinkRelation for Reverse {
        const NAME: &'static str = "cardPayments:reverse";
        const ALIASES: &'static [&'static str] = &["payments:reverse"];
    }
    impl crate::hal::Relation for Reverse {
        const OPERATION: &'static str = "reversal";
    }
    /// `cardPayments:increaseAuthorizedAmount`: leads to the `increaseAuthorize` operation. Also found as `payments:increaseAuthorizedAmount`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct IncreaseAuthorizedAmount;
    impl crate::hal::LinkRelation for IncreaseAuthorizedAmount {
        const NAME: &'static str = "cardPayments:increaseAuthorizedAmount";
        const ALIASES: &'static [&'static str] = &["payments:increaseAuthorizedAmount"];
    }
    impl crate::hal::Relation for IncreaseAuthorizedAmount {
        const OPERATION: &'static str = "increaseAuthorize";
    }
    /// `cardPayments:events`: leads to the `eventQuery` operation. Also found as `payments:events`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Events;
    impl crate::hal::LinkRelation for Events {
        const NAME: &'static str = "cardPayments:events";
        const ALIASES: &'static [&'static str] = &["payments:events"];
    }
    impl crate::hal::Relation for Events {
        const OPERATION: &'static str = "eventQuery";
    }
}
/// Every relation of the API and the operation it leads to (as its
/// `api.yaml` says), for what builds links (the simulator).
pub const RELATIONS: &[(&str, ::core::option::Option<&str>)] = &[
    ("cardPayments:settle", ::core::option::Option::Some("settle")),
    ("cardPayments:partialSettle", ::core::option::Option::Some("partialSettlement")),
    ("cardPayments:refund", ::core::option::Option::Some("refund")),
    ("cardPayments:partialRefund", ::core::option::Option::Some("partialRefund")),
    ("cardPayments:cancel", ::core::option::Option::Some("cancel")),
    ("cardPayments:partialCancel", ::core::option::Option::Some("partialCancel")),
    ("cardPayments:reverse", ::core::option::Option::Some("reversal")),
    (
        "cardPayments:increaseAuthorizedAmount",
        ::core::option::Option::Some("increaseAuthorize"),
    ),
    ("cardPayments:events", ::core::option::Option::Some("eventQuery")),
];
/// Every answer type whose schema spells out its `_links` or
/// `_actions`, and the relations it lists there (`("_actions",
/// "refundPayment")`, sorted), for what builds answers (the
/// simulator).
pub const OFFERED: &[(&str, &[(&str, &str)])] = &[
    (
        "PaymentsAuthorize201Response",
        &[
            ("_links", "cardPayments:cancel"),
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:partialCancel"),
            ("_links", "cardPayments:partialSettle"),
            ("_links", "cardPayments:reverse"),
            ("_links", "cardPayments:settle"),
        ],
    ),
    (
        "PaymentsAuthorize201ResponseMit",
        &[
            ("_links", "cardPayments:cancel"),
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:partialCancel"),
            ("_links", "cardPayments:partialSettle"),
            ("_links", "cardPayments:reverse"),
            ("_links", "cardPayments:settle"),
        ],
    ),
    (
        "PaymentsEvents200Response",
        &[
            ("_links", "cardPayments:cancel"),
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:increaseAuthorizedAmount"),
            ("_links", "cardPayments:partialCancel"),
            ("_links", "cardPayments:partialRefund"),
            ("_links", "cardPayments:partialSettle"),
            ("_links", "cardPayments:refund"),
            ("_links", "cardPayments:reverse"),
            ("_links", "cardPayments:settle"),
        ],
    ),
    (
        "PaymentsEventsRecovery200Response",
        &[
            ("_links", "cardPayments:cancel"),
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:increaseAuthorizedAmount"),
            ("_links", "cardPayments:partialCancel"),
            ("_links", "cardPayments:partialRefund"),
            ("_links", "cardPayments:partialSettle"),
            ("_links", "cardPayments:refund"),
            ("_links", "cardPayments:reverse"),
            ("_links", "cardPayments:settle"),
        ],
    ),
    ("PaymentsFullCancelResponse", &[("_links", "cardPayments:events")]),
    ("PaymentsFullRefundResponse", &[("_links", "cardPayments:events")]),
    (
        "PaymentsFullSettleResponse",
        &[
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:partialRefund"),
            ("_links", "cardPayments:refund"),
            ("_links", "cardPayments:reverse"),
        ],
    ),
    (
        "PaymentsIncreaseAuthorizeResponse",
        &[
            ("_links", "cardPayments:cancel"),
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:increaseAuthorizedAmount"),
            ("_links", "cardPayments:partialCancel"),
            ("_links", "cardPayments:partialSettle"),
            ("_links", "cardPayments:settle"),
        ],
    ),
    (
        "PaymentsPartialCancelResponse",
        &[
            ("_links", "cardPayments:cancel"),
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:partialCancel"),
            ("_links", "cardPayments:partialSettle"),
            ("_links", "cardPayments:settle"),
        ],
    ),
    (
        "PaymentsPartialRefundResponse",
        &[("_links", "cardPayments:events"), ("_links", "cardPayments:partialRefund")],
    ),
    (
        "PaymentsPartialSettleResponse",
        &[
            ("_links", "cardPayments:cancel"),
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:partialRefund"),
            ("_links", "cardPayments:partialSettle"),
            ("_links", "cardPayments:refund"),
            ("_links", "cardPayments:reverse"),
        ],
    ),
    ("PaymentsReversalResponse", &[("_links", "cardPayments:events")]),
    (
        "PaymentsSentForSettlement201Response",
        &[
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:partialRefund"),
            ("_links", "cardPayments:refund"),
            ("_links", "cardPayments:reverse"),
        ],
    ),
    (
        "PaymentsSentForSettlement201ResponseMit",
        &[
            ("_links", "cardPayments:events"),
            ("_links", "cardPayments:partialRefund"),
            ("_links", "cardPayments:refund"),
            ("_links", "cardPayments:reverse"),
        ],
    ),
];
impl crate::hal::Offers<rel::Cancel> for types::PaymentsAuthorize201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsAuthorize201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialCancel> for types::PaymentsAuthorize201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::PaymentsAuthorize201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Reverse> for types::PaymentsAuthorize201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::PaymentsAuthorize201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::PaymentsAuthorize201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsAuthorize201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialCancel> for types::PaymentsAuthorize201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::PaymentsAuthorize201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Reverse> for types::PaymentsAuthorize201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::PaymentsAuthorize201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::PaymentsEvents200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsEvents200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::IncreaseAuthorizedAmount>
for types::PaymentsEvents200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialCancel> for types::PaymentsEvents200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund> for types::PaymentsEvents200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::PaymentsEvents200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::PaymentsEvents200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Reverse> for types::PaymentsEvents200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::PaymentsEvents200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::PaymentsEventsRecovery200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsEventsRecovery200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::IncreaseAuthorizedAmount>
for types::PaymentsEventsRecovery200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialCancel>
for types::PaymentsEventsRecovery200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund>
for types::PaymentsEventsRecovery200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle>
for types::PaymentsEventsRecovery200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::PaymentsEventsRecovery200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Reverse> for types::PaymentsEventsRecovery200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::PaymentsEventsRecovery200Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsFullCancelResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsFullRefundResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsFullSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund> for types::PaymentsFullSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::PaymentsFullSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Reverse> for types::PaymentsFullSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::PaymentsIncreaseAuthorizeResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsIncreaseAuthorizeResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::IncreaseAuthorizedAmount>
for types::PaymentsIncreaseAuthorizeResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialCancel>
for types::PaymentsIncreaseAuthorizeResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle>
for types::PaymentsIncreaseAuthorizeResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::PaymentsIncreaseAuthorizeResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::PaymentsPartialCancelResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsPartialCancelResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialCancel> for types::PaymentsPartialCancelResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::PaymentsPartialCancelResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Settle> for types::PaymentsPartialCancelResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsPartialRefundResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund> for types::PaymentsPartialRefundResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Cancel> for types::PaymentsPartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsPartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund> for types::PaymentsPartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialSettle> for types::PaymentsPartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::PaymentsPartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Reverse> for types::PaymentsPartialSettleResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsReversalResponse {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsSentForSettlement201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund>
for types::PaymentsSentForSettlement201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::PaymentsSentForSettlement201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Reverse> for types::PaymentsSentForSettlement201Response {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Events> for types::PaymentsSentForSettlement201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::PartialRefund>
for types::PaymentsSentForSettlement201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Refund> for types::PaymentsSentForSettlement201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
impl crate::hal::Offers<rel::Reverse>
for types::PaymentsSentForSettlement201ResponseMit {
    fn links(&self) -> ::core::option::Option<&crate::hal::Links> {
        crate::hal::AsLinks::as_links(&self.links)
    }
}
