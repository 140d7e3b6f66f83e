// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/events/openapi.yaml with schemas/events/api.yaml (sha256 72d45835ef3fcfcb56389c73086f156903863449a1a222b778b4bb5d675f43a7)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - OpenAPI 3.1 down-converted to 3.0 (0 schema keywords rewritten; removed: webhooks)
// - schemas of webhooks generated as received: _links, amount, approvedPayout,
//   authorizedAPMPayment, authorizedPayment, authorizedPaymentIdeal, authorizedPaymentKlarna,
//   authorizedPaymentMyBank, authorizedPaymentOpenBanking, cancelledByCustomer, cancelledPayment,
//   chargedBack, date, disbursedPayout, downstreamReference, errorPayment, eventId,
//   eventTimestamp, expiredPayment, informationRequestedChargeback, octReference, pendingPayout,
//   reference, refund, refundFailedPayment, refundRefusal, refundedPayment, refusedPayment,
//   refusedPayout, requestExpired, requestedPayout, sentForAuthorizationPayment,
//   sentForRefundPayment, sentForSettlementPayment, sentForSettlementPaymentPix, settledPayment,
//   settlementFailedPayment, settlementInstructed, settlementRejected, tokenCreatedCard,
//   tokenCreatedIdeal, tokenCreatedKlarna, tokenCreatedSepa, topUpAccepted, topUpRejected,
//   transactionReference
// - 26 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 38 inline schemas named after their property (17 identical uses share a type):
//   ApprovedPayoutEventDetails, AuthorizedPaymentIdealEventDetails,
//   AuthorizedPaymentIdealEventDetailsPaymentInstrument, AuthorizedPaymentKlarnaEventDetails,
//   AuthorizedPaymentKlarnaEventDetailsPaymentInstrument, AuthorizedPaymentMyBankEventDetails,
//   AuthorizedPaymentMyBankEventDetailsPaymentInstrument,
//   AuthorizedPaymentOpenBankingEventDetails,
//   AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument, CancelledByCustomerEventDetails,
//   CancelledByCustomerEventDetailsPaymentInstrument, CardExpiryDate, ErrorPaymentEventDetails,
//   EventDetails, InformationRequestedChargebackEventDetails, Payment, PaymentInstrument,
//   RefundFailedPaymentEventDetails, RefundedPaymentEventDetails, Refusal,
//   RefusedPaymentEventDetails, SentForRefundPaymentEventDetails,
//   SentForSettlementPaymentEventDetails, SentForSettlementPaymentPixEventDetails,
//   SettlementInstructedEventDetails, SettlementRejectedEventDetails,
//   TokenCreatedCardEventDetails, TokenCreatedCardEventDetailsPaymentInstrument,
//   TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress,
//   TokenCreatedCardEventDetailsTokenPaymentInstrument, TokenCreatedIdealEventDetails,
//   TokenCreatedIdealEventDetailsPaymentInstrument, TokenCreatedKlarnaEventDetails,
//   TokenCreatedKlarnaEventDetailsPaymentInstrument,
//   TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress, TokenCreatedSepaEventDetails,
//   TokenCreatedSepaEventDetailsPaymentInstrument, TokenPaymentInstrument
// - 9 rejecting constraints stripped from response-only schemas
// - card data and secrets bound to redacting types: accountHolderName, accountNumber,
//   cardHolderName, cardNumber, iban

/// Every webhook of the description: the messages sent to you.
pub const WEBHOOKS: &[crate::webhook::Webhook] = &[
    crate::webhook::Webhook {
        name: "approvedPayout",
        operation_id: "approvedPayout",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "authorized",
        operation_id: "authorizedPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "cancelled",
        operation_id: "cancelledPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "cancelledByCustomer",
        operation_id: "cancelledByCustomerPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "chargedBack",
        operation_id: "chargedBackPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "disbursed",
        operation_id: "disbursedPayout",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "error",
        operation_id: "errorPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "expired",
        operation_id: "expiredPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "informationRequested",
        operation_id: "informationRequestedChargeback",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "pending",
        operation_id: "pendingPayout",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "refundFailed",
        operation_id: "refundFailedPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "refunded",
        operation_id: "refundedPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "refused",
        operation_id: "refusedPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "refusedPayout",
        operation_id: "refusedPayout",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "requestExpired",
        operation_id: "requestExpiredPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "requestedPayout",
        operation_id: "requestedPayout",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "sentForAuthorization",
        operation_id: "sentForAuthorizationPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "sentForRefund",
        operation_id: "sentForRefundPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "sentForSettlement",
        operation_id: "sentForSettlementPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "settled",
        operation_id: "settledPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "settlementFailed",
        operation_id: "settlementFailedPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "settlementInstructed",
        operation_id: "settlementInstructedPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "settlementRejected",
        operation_id: "settlementRejectedPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "tokenCreated",
        operation_id: "tokenCreated",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "topUpAccepted",
        operation_id: "topUpAcceptedPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
    crate::webhook::Webhook {
        name: "topUpRejected",
        operation_id: "topUpRejectedPayment",
        media_type: ::core::option::Option::Some(
            "application/vnd.worldpay.events-v1.hal+json",
        ),
    },
];
/// Where a body names its webhook: the first string at `/eventDetails/type`, `/eventType`, qualified by `/eventDetails/classification`; its identity at `/eventId`, its time at `/eventTimestamp` (the API's `api.yaml`).
pub const KEYS: crate::webhook::Keys = crate::webhook::Keys {
    name: &["/eventDetails/type", "/eventType"],
    qualifier: ::core::option::Option::Some("/eventDetails/classification"),
    id: "/eventId",
    timestamp: "/eventTimestamp",
    webhooks: &[
        "approvedPayout",
        "authorized",
        "cancelled",
        "cancelledByCustomer",
        "chargedBack",
        "disbursed",
        "error",
        "expired",
        "informationRequested",
        "pending",
        "refundFailed",
        "refunded",
        "refused",
        "refusedPayout",
        "requestExpired",
        "requestedPayout",
        "sentForAuthorization",
        "sentForRefund",
        "sentForSettlement",
        "settled",
        "settlementFailed",
        "settlementInstructed",
        "settlementRejected",
        "tokenCreated",
        "topUpAccepted",
        "topUpRejected",
    ],
};
/// Any webhook of the description, decoded by the name its body
/// carries (see [`KEYS`]). A name this crate does not know is
/// [`Event::Unrecognized`], kept whole: decoding never fails on one.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Event {
    /// The `approvedPayout` webhook (operation `approvedPayout`): `approvedPayout`.
    ApprovedPayout(types::ApprovedPayout),
    /// The `authorized` webhook (operation `authorizedPayment`): `authorizedPayment` or `authorizedAPMPayment` or `authorizedPaymentKlarna` or `authorizedPaymentMyBank` or `authorizedPaymentIdeal` or `authorizedPaymentOpenBanking`.
    Authorized(AuthorizedBody),
    /// The `cancelled` webhook (operation `cancelledPayment`): `cancelledPayment`.
    Cancelled(types::CancelledPayment),
    /// The `cancelledByCustomer` webhook (operation `cancelledByCustomerPayment`): `cancelledByCustomer`.
    CancelledByCustomer(types::CancelledByCustomer),
    /// The `chargedBack` webhook (operation `chargedBackPayment`): `chargedBack`.
    ChargedBack(types::ChargedBack),
    /// The `disbursed` webhook (operation `disbursedPayout`): `disbursedPayout`.
    Disbursed(types::DisbursedPayout),
    /// The `error` webhook (operation `errorPayment`): `errorPayment`.
    Error(types::ErrorPayment),
    /// The `expired` webhook (operation `expiredPayment`): `expiredPayment`.
    Expired(types::ExpiredPayment),
    /// The `informationRequested` webhook (operation `informationRequestedChargeback`): `informationRequestedChargeback`.
    InformationRequested(types::InformationRequestedChargeback),
    /// The `pending` webhook (operation `pendingPayout`): `pendingPayout`.
    Pending(types::PendingPayout),
    /// The `refundFailed` webhook (operation `refundFailedPayment`): `refundFailedPayment`.
    RefundFailed(types::RefundFailedPayment),
    /// The `refunded` webhook (operation `refundedPayment`): `refundedPayment`.
    Refunded(types::RefundedPayment),
    /// The `refused` webhook (operation `refusedPayment`): `refusedPayment`.
    Refused(types::RefusedPayment),
    /// The `refusedPayout` webhook (operation `refusedPayout`): `refusedPayout`.
    RefusedPayout(types::RefusedPayout),
    /// The `requestExpired` webhook (operation `requestExpiredPayment`): `requestExpired`.
    RequestExpired(types::RequestExpired),
    /// The `requestedPayout` webhook (operation `requestedPayout`): `requestedPayout`.
    RequestedPayout(types::RequestedPayout),
    /// The `sentForAuthorization` webhook (operation `sentForAuthorizationPayment`): `sentForAuthorizationPayment`.
    SentForAuthorization(types::SentForAuthorizationPayment),
    /// The `sentForRefund` webhook (operation `sentForRefundPayment`): `sentForRefundPayment`.
    SentForRefund(types::SentForRefundPayment),
    /// The `sentForSettlement` webhook (operation `sentForSettlementPayment`): `sentForSettlementPayment` or `sentForSettlementPaymentPix`.
    SentForSettlement(SentForSettlementBody),
    /// The `settled` webhook (operation `settledPayment`): `settledPayment`.
    Settled(types::SettledPayment),
    /// The `settlementFailed` webhook (operation `settlementFailedPayment`): `settlementFailedPayment`.
    SettlementFailed(types::SettlementFailedPayment),
    /// The `settlementInstructed` webhook (operation `settlementInstructedPayment`): `settlementInstructed`.
    SettlementInstructed(types::SettlementInstructed),
    /// The `settlementRejected` webhook (operation `settlementRejectedPayment`): `settlementRejected`.
    SettlementRejected(types::SettlementRejected),
    /// The `tokenCreated` webhook (operation `tokenCreated`): `tokenCreatedCard` or `tokenCreatedKlarna` or `tokenCreatedIdeal` or `tokenCreatedSepa`.
    TokenCreated(TokenCreatedBody),
    /// The `topUpAccepted` webhook (operation `topUpAcceptedPayment`): `topUpAccepted`.
    TopUpAccepted(types::TopUpAccepted),
    /// The `topUpRejected` webhook (operation `topUpRejectedPayment`): `topUpRejected`.
    TopUpRejected(types::TopUpRejected),
    /// A webhook this crate does not know (added after it was
    /// generated), kept as received.
    Unrecognized(crate::webhook::UnknownEvent),
}
impl Event {
    /// Decodes a body already parsed as JSON.
    #[inline]
    pub fn from_value(
        value: ::serde_json::Value,
    ) -> ::core::result::Result<Self, ::serde_json::Error> {
        match KEYS.webhook_of(&value) {
            ::core::option::Option::Some(name) => {
                match name {
                    "approvedPayout" => {
                        ::serde_json::from_value(value).map(Self::ApprovedPayout)
                    }
                    "authorized" => {
                        AuthorizedBody::from_value(value).map(Self::Authorized)
                    }
                    "cancelled" => ::serde_json::from_value(value).map(Self::Cancelled),
                    "cancelledByCustomer" => {
                        ::serde_json::from_value(value).map(Self::CancelledByCustomer)
                    }
                    "chargedBack" => {
                        ::serde_json::from_value(value).map(Self::ChargedBack)
                    }
                    "disbursed" => ::serde_json::from_value(value).map(Self::Disbursed),
                    "error" => ::serde_json::from_value(value).map(Self::Error),
                    "expired" => ::serde_json::from_value(value).map(Self::Expired),
                    "informationRequested" => {
                        ::serde_json::from_value(value).map(Self::InformationRequested)
                    }
                    "pending" => ::serde_json::from_value(value).map(Self::Pending),
                    "refundFailed" => {
                        ::serde_json::from_value(value).map(Self::RefundFailed)
                    }
                    "refunded" => ::serde_json::from_value(value).map(Self::Refunded),
                    "refused" => ::serde_json::from_value(value).map(Self::Refused),
                    "refusedPayout" => {
                        ::serde_json::from_value(value).map(Self::RefusedPayout)
                    }
                    "requestExpired" => {
                        ::serde_json::from_value(value).map(Self::RequestExpired)
                    }
                    "requestedPayout" => {
                        ::serde_json::from_value(value).map(Self::RequestedPayout)
                    }
                    "sentForAuthorization" => {
                        ::serde_json::from_value(value).map(Self::SentForAuthorization)
                    }
                    "sentForRefund" => {
                        ::serde_json::from_value(value).map(Self::SentForRefund)
                    }
                    "sentForSettlement" => {
                        SentForSettlementBody::from_value(value)
                            .map(Self::SentForSettlement)
                    }
                    "settled" => ::serde_json::from_value(value).map(Self::Settled),
                    "settlementFailed" => {
                        ::serde_json::from_value(value).map(Self::SettlementFailed)
                    }
                    "settlementInstructed" => {
                        ::serde_json::from_value(value).map(Self::SettlementInstructed)
                    }
                    "settlementRejected" => {
                        ::serde_json::from_value(value).map(Self::SettlementRejected)
                    }
                    "tokenCreated" => {
                        TokenCreatedBody::from_value(value).map(Self::TokenCreated)
                    }
                    "topUpAccepted" => {
                        ::serde_json::from_value(value).map(Self::TopUpAccepted)
                    }
                    "topUpRejected" => {
                        ::serde_json::from_value(value).map(Self::TopUpRejected)
                    }
                    _ => {
                        ::core::result::Result::Ok(
                            Self::Unrecognized(crate::webhook::UnknownEvent::new(value)),
                        )
                    }
                }
            }
            ::core::option::Option::None => {
                ::core::result::Result::Ok(
                    Self::Unrecognized(crate::webhook::UnknownEvent::new(value)),
                )
            }
        }
    }
    /// The webhook's name, as the description names it (for an
    /// unrecognized one, the name its body carries, if any).
    pub fn webhook(&self) -> &str {
        match self {
            Self::ApprovedPayout(_) => "approvedPayout",
            Self::Authorized(_) => "authorized",
            Self::Cancelled(_) => "cancelled",
            Self::CancelledByCustomer(_) => "cancelledByCustomer",
            Self::ChargedBack(_) => "chargedBack",
            Self::Disbursed(_) => "disbursed",
            Self::Error(_) => "error",
            Self::Expired(_) => "expired",
            Self::InformationRequested(_) => "informationRequested",
            Self::Pending(_) => "pending",
            Self::RefundFailed(_) => "refundFailed",
            Self::Refunded(_) => "refunded",
            Self::Refused(_) => "refused",
            Self::RefusedPayout(_) => "refusedPayout",
            Self::RequestExpired(_) => "requestExpired",
            Self::RequestedPayout(_) => "requestedPayout",
            Self::SentForAuthorization(_) => "sentForAuthorization",
            Self::SentForRefund(_) => "sentForRefund",
            Self::SentForSettlement(_) => "sentForSettlement",
            Self::Settled(_) => "settled",
            Self::SettlementFailed(_) => "settlementFailed",
            Self::SettlementInstructed(_) => "settlementInstructed",
            Self::SettlementRejected(_) => "settlementRejected",
            Self::TokenCreated(_) => "tokenCreated",
            Self::TopUpAccepted(_) => "topUpAccepted",
            Self::TopUpRejected(_) => "topUpRejected",
            Self::Unrecognized(u) => u.name(&KEYS).unwrap_or(""),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Event {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(d)?;
        Self::from_value(value).map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
impl crate::webhook::Decode for Event {
    #[inline]
    fn decode(
        value: ::serde_json::Value,
    ) -> ::core::result::Result<Self, ::serde_json::Error> {
        Self::from_value(value)
    }
    fn keys() -> ::core::option::Option<&'static crate::webhook::Keys> {
        ::core::option::Option::Some(&KEYS)
    }
}
/// The body of a `authorized` event: one of its 6 shapes, the one that keeps the most of what was received (the first on a tie).
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum AuthorizedBody {
    /// `authorizedPayment`.
    AuthorizedPayment(types::AuthorizedPayment),
    /// `authorizedAPMPayment`.
    AuthorizedApmPayment(types::AuthorizedApmPayment),
    /// `authorizedPaymentKlarna`.
    AuthorizedPaymentKlarna(types::AuthorizedPaymentKlarna),
    /// `authorizedPaymentMyBank`.
    AuthorizedPaymentMyBank(types::AuthorizedPaymentMyBank),
    /// `authorizedPaymentIdeal`.
    AuthorizedPaymentIdeal(types::AuthorizedPaymentIdeal),
    /// `authorizedPaymentOpenBanking`.
    AuthorizedPaymentOpenBanking(types::AuthorizedPaymentOpenBanking),
}
impl AuthorizedBody {
    #[inline]
    fn from_value(
        value: ::serde_json::Value,
    ) -> ::core::result::Result<Self, ::serde_json::Error> {
        let mut fit = crate::webhook::Fit::new(&value);
        fit.branch(
            ::serde_json::from_value::<types::AuthorizedPayment>(value.clone()),
            Self::AuthorizedPayment,
        );
        fit.branch(
            ::serde_json::from_value::<types::AuthorizedApmPayment>(value.clone()),
            Self::AuthorizedApmPayment,
        );
        fit.branch(
            ::serde_json::from_value::<types::AuthorizedPaymentKlarna>(value.clone()),
            Self::AuthorizedPaymentKlarna,
        );
        fit.branch(
            ::serde_json::from_value::<types::AuthorizedPaymentMyBank>(value.clone()),
            Self::AuthorizedPaymentMyBank,
        );
        fit.branch(
            ::serde_json::from_value::<types::AuthorizedPaymentIdeal>(value.clone()),
            Self::AuthorizedPaymentIdeal,
        );
        fit.branch(
            ::serde_json::from_value::<
                types::AuthorizedPaymentOpenBanking,
            >(value.clone()),
            Self::AuthorizedPaymentOpenBanking,
        );
        fit.finish()
    }
}
/// The body of a `sentForSettlement` event: one of its 2 shapes, the one that keeps the most of what was received (the first on a tie).
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum SentForSettlementBody {
    /// `sentForSettlementPayment`.
    SentForSettlementPayment(types::SentForSettlementPayment),
    /// `sentForSettlementPaymentPix`.
    SentForSettlementPaymentPix(types::SentForSettlementPaymentPix),
}
impl SentForSettlementBody {
    #[inline]
    fn from_value(
        value: ::serde_json::Value,
    ) -> ::core::result::Result<Self, ::serde_json::Error> {
        let mut fit = crate::webhook::Fit::new(&value);
        fit.branch(
            ::serde_json::from_value::<types::SentForSettlementPayment>(value.clone()),
            Self::SentForSettlementPayment,
        );
        fit.branch(
            ::serde_json::from_value::<
                types::SentForSettlementPaymentPix,
            >(value.clone()),
            Self::SentForSettlementPaymentPix,
        );
        fit.finish()
    }
}
/// The body of a `tokenCreated` event: one of its 4 shapes, the one that keeps the most of what was received (the first on a tie).
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum TokenCreatedBody {
    /// `tokenCreatedCard`.
    TokenCreatedCard(types::TokenCreatedCard),
    /// `tokenCreatedKlarna`.
    TokenCreatedKlarna(types::TokenCreatedKlarna),
    /// `tokenCreatedIdeal`.
    TokenCreatedIdeal(types::TokenCreatedIdeal),
    /// `tokenCreatedSepa`.
    TokenCreatedSepa(types::TokenCreatedSepa),
}
impl TokenCreatedBody {
    #[inline]
    fn from_value(
        value: ::serde_json::Value,
    ) -> ::core::result::Result<Self, ::serde_json::Error> {
        let mut fit = crate::webhook::Fit::new(&value);
        fit.branch(
            ::serde_json::from_value::<types::TokenCreatedCard>(value.clone()),
            Self::TokenCreatedCard,
        );
        fit.branch(
            ::serde_json::from_value::<types::TokenCreatedKlarna>(value.clone()),
            Self::TokenCreatedKlarna,
        );
        fit.branch(
            ::serde_json::from_value::<types::TokenCreatedIdeal>(value.clone()),
            Self::TokenCreatedIdeal,
        );
        fit.branch(
            ::serde_json::from_value::<types::TokenCreatedSepa>(value.clone()),
            Self::TokenCreatedSepa,
        );
        fit.finish()
    }
}
