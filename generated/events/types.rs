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

///An amount in the currency's minor units.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Amount {
    #[serde(
        rename = "currencyCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for Amount {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["currencyCode", "value"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Amount;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Amount")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Amount, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(Amount {
                    currency_code: __f0.unwrap_or_default(),
                    value: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Amount", FIELDS, __Visitor)
    }
}
///The body of a `approvedPayout` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ApprovedPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for ApprovedPayout {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ApprovedPayout;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ApprovedPayout")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ApprovedPayout, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<ApprovedPayoutEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(ApprovedPayout {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ApprovedPayout", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ApprovedPayoutEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ApprovedPayoutEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ApprovedPayoutEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ApprovedPayoutEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ApprovedPayoutEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(ApprovedPayoutEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    transaction_reference: __f3.unwrap_or_default(),
                    type_: __f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ApprovedPayoutEventDetails", FIELDS, __Visitor)
    }
}
///The body of a `authorizedAPMPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedApmPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedApmPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedApmPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedApmPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizedApmPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<EventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedApmPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizedApmPayment", FIELDS, __Visitor)
    }
}
///The body of a `authorizedPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizedPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<EventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizedPayment", FIELDS, __Visitor)
    }
}
///The body of a `authorizedPaymentIdeal` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentIdeal {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<AuthorizedPaymentIdealEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedPaymentIdeal {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentIdeal;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPaymentIdeal")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizedPaymentIdeal, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<AuthorizedPaymentIdealEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentIdeal {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizedPaymentIdeal", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizedPaymentIdealEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::authorized_payment_ideal_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        AuthorizedPaymentIdealEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedPaymentIdealEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "_links",
            "paymentInstrument",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentIdealEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPaymentIdealEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizedPaymentIdealEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<
                        AuthorizedPaymentIdealEventDetailsPaymentInstrument,
                    >,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentIdealEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(
                            defaults::authorized_payment_ideal_event_details_links,
                        ),
                    payment_instrument: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                    type_: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("AuthorizedPaymentIdealEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for AuthorizedPaymentIdealEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::authorized_payment_ideal_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentIdealEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(
        rename = "accountNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_number: ::std::option::Option<crate::events::types::AccountNumber>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "swiftBic", skip_serializing_if = "::std::option::Option::is_none")]
    pub swift_bic: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for AuthorizedPaymentIdealEventDetailsPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "accountHolderName",
            "accountNumber",
            "iban",
            "method",
            "swiftBic",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentIdealEventDetailsPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPaymentIdealEventDetailsPaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                AuthorizedPaymentIdealEventDetailsPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<crate::events::types::AccountHolderName>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::events::types::AccountNumber>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<crate::events::types::Iban>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentIdealEventDetailsPaymentInstrument {
                    account_holder_name: __f0.unwrap_or_default(),
                    account_number: __f1.unwrap_or_default(),
                    iban: __f2.unwrap_or_default(),
                    method: __f3.unwrap_or_default(),
                    swift_bic: __f4.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "AuthorizedPaymentIdealEventDetailsPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///The body of a `authorizedPaymentKlarna` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentKlarna {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<AuthorizedPaymentKlarnaEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedPaymentKlarna {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentKlarna;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPaymentKlarna")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizedPaymentKlarna, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<AuthorizedPaymentKlarnaEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentKlarna {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizedPaymentKlarna", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizedPaymentKlarnaEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::authorized_payment_klarna_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        AuthorizedPaymentKlarnaEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedPaymentKlarnaEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "_links",
            "paymentInstrument",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentKlarnaEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPaymentKlarnaEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizedPaymentKlarnaEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<
                        AuthorizedPaymentKlarnaEventDetailsPaymentInstrument,
                    >,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentKlarnaEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(
                            defaults::authorized_payment_klarna_event_details_links,
                        ),
                    payment_instrument: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                    type_: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("AuthorizedPaymentKlarnaEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for AuthorizedPaymentKlarnaEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::authorized_payment_klarna_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentKlarnaEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for AuthorizedPaymentKlarnaEventDetailsPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["accountHolderName", "countryCode", "iban", "method"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentKlarnaEventDetailsPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct AuthorizedPaymentKlarnaEventDetailsPaymentInstrument",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                AuthorizedPaymentKlarnaEventDetailsPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<crate::events::types::AccountHolderName>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<crate::events::types::Iban>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentKlarnaEventDetailsPaymentInstrument {
                    account_holder_name: __f0.unwrap_or_default(),
                    country_code: __f1.unwrap_or_default(),
                    iban: __f2.unwrap_or_default(),
                    method: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "AuthorizedPaymentKlarnaEventDetailsPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///The body of a `authorizedPaymentMyBank` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentMyBank {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<AuthorizedPaymentMyBankEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedPaymentMyBank {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentMyBank;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPaymentMyBank")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizedPaymentMyBank, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<AuthorizedPaymentMyBankEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentMyBank {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizedPaymentMyBank", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizedPaymentMyBankEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::authorized_payment_my_bank_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        AuthorizedPaymentMyBankEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedPaymentMyBankEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "_links",
            "paymentInstrument",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentMyBankEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPaymentMyBankEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizedPaymentMyBankEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<
                        AuthorizedPaymentMyBankEventDetailsPaymentInstrument,
                    >,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentMyBankEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(
                            defaults::authorized_payment_my_bank_event_details_links,
                        ),
                    payment_instrument: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                    type_: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("AuthorizedPaymentMyBankEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for AuthorizedPaymentMyBankEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::authorized_payment_my_bank_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentMyBankEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "swiftBic", skip_serializing_if = "::std::option::Option::is_none")]
    pub swift_bic: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for AuthorizedPaymentMyBankEventDetailsPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "accountHolderName",
            "countryCode",
            "iban",
            "method",
            "swiftBic",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentMyBankEventDetailsPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct AuthorizedPaymentMyBankEventDetailsPaymentInstrument",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                AuthorizedPaymentMyBankEventDetailsPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<crate::events::types::AccountHolderName>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<crate::events::types::Iban>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentMyBankEventDetailsPaymentInstrument {
                    account_holder_name: __f0.unwrap_or_default(),
                    country_code: __f1.unwrap_or_default(),
                    iban: __f2.unwrap_or_default(),
                    method: __f3.unwrap_or_default(),
                    swift_bic: __f4.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "AuthorizedPaymentMyBankEventDetailsPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///The body of a `authorizedPaymentOpenBanking` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentOpenBanking {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<AuthorizedPaymentOpenBankingEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedPaymentOpenBanking {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentOpenBanking;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPaymentOpenBanking")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizedPaymentOpenBanking, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<AuthorizedPaymentOpenBankingEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentOpenBanking {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("AuthorizedPaymentOpenBanking", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizedPaymentOpenBankingEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::authorized_payment_open_banking_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizedPaymentOpenBankingEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "_links",
            "paymentInstrument",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentOpenBankingEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizedPaymentOpenBankingEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                AuthorizedPaymentOpenBankingEventDetails,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<
                        AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument,
                    >,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentOpenBankingEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(
                            defaults::authorized_payment_open_banking_event_details_links,
                        ),
                    payment_instrument: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                    type_: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "AuthorizedPaymentOpenBankingEventDetails",
                FIELDS,
                __Visitor,
            )
    }
}
impl ::std::default::Default for AuthorizedPaymentOpenBankingEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::authorized_payment_open_banking_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(
        rename = "accountNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_number: ::std::option::Option<crate::events::types::AccountNumber>,
    #[serde(rename = "bankCode", skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "swiftBic", skip_serializing_if = "::std::option::Option::is_none")]
    pub swift_bic: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "accountHolderName",
            "accountNumber",
            "bankCode",
            "countryCode",
            "iban",
            "method",
            "swiftBic",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<crate::events::types::AccountHolderName>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::events::types::AccountNumber>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<crate::events::types::Iban>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument {
                    account_holder_name: __f0.unwrap_or_default(),
                    account_number: __f1.unwrap_or_default(),
                    bank_code: __f2.unwrap_or_default(),
                    country_code: __f3.unwrap_or_default(),
                    iban: __f4.unwrap_or_default(),
                    method: __f5.unwrap_or_default(),
                    swift_bic: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///The body of a `cancelledByCustomer` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CancelledByCustomer {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<CancelledByCustomerEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for CancelledByCustomer {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CancelledByCustomer;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CancelledByCustomer")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CancelledByCustomer, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<CancelledByCustomerEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(CancelledByCustomer {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CancelledByCustomer", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancelledByCustomerEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::cancelled_by_customer_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        CancelledByCustomerEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CancelledByCustomerEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "_links",
            "paymentInstrument",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CancelledByCustomerEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CancelledByCustomerEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CancelledByCustomerEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<
                        CancelledByCustomerEventDetailsPaymentInstrument,
                    >,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(CancelledByCustomerEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(
                            defaults::cancelled_by_customer_event_details_links,
                        ),
                    payment_instrument: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                    type_: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("CancelledByCustomerEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for CancelledByCustomerEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::cancelled_by_customer_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CancelledByCustomerEventDetailsPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for CancelledByCustomerEventDetailsPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["method"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CancelledByCustomerEventDetailsPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CancelledByCustomerEventDetailsPaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                CancelledByCustomerEventDetailsPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(CancelledByCustomerEventDetailsPaymentInstrument {
                    method: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "CancelledByCustomerEventDetailsPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///The body of a `cancelledPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CancelledPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for CancelledPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CancelledPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CancelledPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CancelledPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<EventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(CancelledPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CancelledPayment", FIELDS, __Visitor)
    }
}
///`CardExpiryDate`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CardExpiryDate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub month: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CardExpiryDate {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["month", "year"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CardExpiryDate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CardExpiryDate")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CardExpiryDate, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(CardExpiryDate {
                    month: __f0.unwrap_or_default(),
                    year: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CardExpiryDate", FIELDS, __Visitor)
    }
}
///The body of a `chargedBack` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ChargedBack {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<CancelledByCustomerEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for ChargedBack {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ChargedBack;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ChargedBack")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ChargedBack, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<CancelledByCustomerEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(ChargedBack {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ChargedBack", FIELDS, __Visitor)
    }
}
///The day the event happened.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct Date(pub ::std::string::String);
impl ::std::convert::From<&str> for Date {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}
impl ::std::ops::Deref for Date {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Date> for ::std::string::String {
    fn from(value: Date) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for Date {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Date {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Date {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///The body of a `disbursedPayout` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DisbursedPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for DisbursedPayout {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = DisbursedPayout;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct DisbursedPayout")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DisbursedPayout, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<ApprovedPayoutEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(DisbursedPayout {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("DisbursedPayout", FIELDS, __Visitor)
    }
}
///The reference the acquirer or scheme gave the transaction, where there is one.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct DownstreamReference(pub ::std::string::String);
impl ::std::convert::From<&str> for DownstreamReference {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}
impl ::std::ops::Deref for DownstreamReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DownstreamReference> for ::std::string::String {
    fn from(value: DownstreamReference) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for DownstreamReference {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for DownstreamReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for DownstreamReference {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///The body of a `errorPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ErrorPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ErrorPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for ErrorPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ErrorPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ErrorPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ErrorPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<ErrorPaymentEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(ErrorPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ErrorPayment", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorPaymentEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(rename = "_links", default = "defaults::error_payment_event_details_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ErrorPaymentEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "classification",
            "date",
            "downstreamReference",
            "_links",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ErrorPaymentEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ErrorPaymentEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ErrorPaymentEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<DownstreamReference>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(ErrorPaymentEventDetails {
                    classification: __f0.unwrap_or_default(),
                    date: __f1.unwrap_or_default(),
                    downstream_reference: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(defaults::error_payment_event_details_links),
                    transaction_reference: __f4.unwrap_or_default(),
                    type_: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ErrorPaymentEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for ErrorPaymentEventDetails {
    fn default() -> Self {
        Self {
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::error_payment_event_details_links(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(rename = "_links", default = "defaults::event_details_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for EventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "downstreamReference",
            "_links",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = EventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct EventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<DownstreamReference>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(EventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    downstream_reference: __f3.unwrap_or_default(),
                    links: __f4.unwrap_or_else(defaults::event_details_links),
                    transaction_reference: __f5.unwrap_or_default(),
                    type_: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("EventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for EventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::event_details_links(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The event's identifier (a UUID): the same event delivered twice carries the same one.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct EventId(pub ::std::string::String);
impl ::std::convert::From<&str> for EventId {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}
impl ::std::ops::Deref for EventId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EventId> for ::std::string::String {
    fn from(value: EventId) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for EventId {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for EventId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for EventId {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///When the event happened, as a local date-time without an offset.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct EventTimestamp(pub ::std::string::String);
impl ::std::convert::From<&str> for EventTimestamp {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}
impl ::std::ops::Deref for EventTimestamp {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EventTimestamp> for ::std::string::String {
    fn from(value: EventTimestamp) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for EventTimestamp {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for EventTimestamp {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for EventTimestamp {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///The body of a `expiredPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ExpiredPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for ExpiredPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ExpiredPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ExpiredPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ExpiredPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<EventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(ExpiredPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ExpiredPayment", FIELDS, __Visitor)
    }
}
///The body of a `informationRequestedChargeback` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct InformationRequestedChargeback {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<InformationRequestedChargebackEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for InformationRequestedChargeback {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = InformationRequestedChargeback;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct InformationRequestedChargeback")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<InformationRequestedChargeback, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<InformationRequestedChargebackEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(InformationRequestedChargeback {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("InformationRequestedChargeback", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct InformationRequestedChargebackEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::information_requested_chargeback_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for InformationRequestedChargebackEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "_links",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = InformationRequestedChargebackEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct InformationRequestedChargebackEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                InformationRequestedChargebackEventDetails,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(InformationRequestedChargebackEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(
                            defaults::information_requested_chargeback_event_details_links,
                        ),
                    transaction_reference: __f4.unwrap_or_default(),
                    type_: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "InformationRequestedChargebackEventDetails",
                FIELDS,
                __Visitor,
            )
    }
}
impl ::std::default::Default for InformationRequestedChargebackEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::information_requested_chargeback_event_details_links(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///Where the payment the event is about can be read.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Links {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub payment: ::std::option::Option<Payment>,
}
impl<'de> ::serde::Deserialize<'de> for Links {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["payment"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Links;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Links")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Links, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Payment>> = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(Links {
                    payment: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Links", FIELDS, __Visitor)
    }
}
///The reference of the original credit transaction that carried a refund, where there is one.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct OctReference(pub ::std::string::String);
impl ::std::convert::From<&str> for OctReference {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}
impl ::std::ops::Deref for OctReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OctReference> for ::std::string::String {
    fn from(value: OctReference) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for OctReference {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for OctReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for OctReference {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`Payment`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Payment {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub href: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Payment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["href"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Payment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Payment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Payment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(Payment {
                    href: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Payment", FIELDS, __Visitor)
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentInstrument {
    #[serde(
        rename = "accountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "accountNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_number: ::std::option::Option<crate::events::types::AccountNumber>,
    #[serde(
        rename = "accountType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "bankCode", skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "bookingDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub booking_date: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "branchCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub branch_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "documentNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_number: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "accountName",
            "accountNumber",
            "accountType",
            "bankCode",
            "bookingDate",
            "branchCode",
            "documentNumber",
            "method",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentInstrument, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::events::types::AccountNumber>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        ::core::option::Option::Some(7usize) => {
                            crate::deserialize::once(
                                &mut __f7,
                                &mut map,
                                FIELDS[7usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(PaymentInstrument {
                    account_name: __f0.unwrap_or_default(),
                    account_number: __f1.unwrap_or_default(),
                    account_type: __f2.unwrap_or_default(),
                    bank_code: __f3.unwrap_or_default(),
                    booking_date: __f4.unwrap_or_default(),
                    branch_code: __f5.unwrap_or_default(),
                    document_number: __f6.unwrap_or_default(),
                    method: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentInstrument", FIELDS, __Visitor)
    }
}
///The body of a `pendingPayout` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PendingPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for PendingPayout {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PendingPayout;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PendingPayout")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PendingPayout, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<ApprovedPayoutEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(PendingPayout {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PendingPayout", FIELDS, __Visitor)
    }
}
///A reference of the action the event reports (a settlement, a refund).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct Reference(pub ::std::string::String);
impl ::std::convert::From<&str> for Reference {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}
impl ::std::ops::Deref for Reference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Reference> for ::std::string::String {
    fn from(value: Reference) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for Reference {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Reference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Reference {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///What the refund was given.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Refund {
    #[serde(
        rename = "onlineRefundAuthorization",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub online_refund_authorization: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Refund {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["onlineRefundAuthorization"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Refund;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Refund")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Refund, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(Refund {
                    online_refund_authorization: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Refund", FIELDS, __Visitor)
    }
}
///The body of a `refundFailedPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefundFailedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<RefundFailedPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for RefundFailedPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundFailedPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundFailedPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundFailedPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<RefundFailedPaymentEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RefundFailedPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefundFailedPayment", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundFailedPaymentEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::refund_failed_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<Reference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refund: ::std::option::Option<RefundRefusal>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RefundFailedPaymentEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "downstreamReference",
            "_links",
            "reference",
            "refund",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundFailedPaymentEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundFailedPaymentEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundFailedPaymentEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<DownstreamReference>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::option::Option<Reference>> = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<RefundRefusal>,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        ::core::option::Option::Some(7usize) => {
                            crate::deserialize::once(
                                &mut __f7,
                                &mut map,
                                FIELDS[7usize],
                            )?
                        }
                        ::core::option::Option::Some(8usize) => {
                            crate::deserialize::once(
                                &mut __f8,
                                &mut map,
                                FIELDS[8usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RefundFailedPaymentEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    downstream_reference: __f3.unwrap_or_default(),
                    links: __f4
                        .unwrap_or_else(
                            defaults::refund_failed_payment_event_details_links,
                        ),
                    reference: __f5.unwrap_or_default(),
                    refund: __f6.unwrap_or_default(),
                    transaction_reference: __f7.unwrap_or_default(),
                    type_: __f8.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("RefundFailedPaymentEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for RefundFailedPaymentEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::refund_failed_payment_event_details_links(),
            reference: Default::default(),
            refund: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///Why the refund failed.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefundRefusal {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refusal: ::std::option::Option<Refusal>,
}
impl<'de> ::serde::Deserialize<'de> for RefundRefusal {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["refusal"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundRefusal;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundRefusal")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundRefusal, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Refusal>> = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RefundRefusal {
                    refusal: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefundRefusal", FIELDS, __Visitor)
    }
}
///The body of a `refundedPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefundedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<RefundedPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for RefundedPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundedPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundedPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundedPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<RefundedPaymentEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RefundedPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefundedPayment", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundedPaymentEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::refunded_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refund: ::std::option::Option<Refund>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RefundedPaymentEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "downstreamReference",
            "_links",
            "refund",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundedPaymentEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundedPaymentEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundedPaymentEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<DownstreamReference>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::option::Option<Refund>> = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        ::core::option::Option::Some(7usize) => {
                            crate::deserialize::once(
                                &mut __f7,
                                &mut map,
                                FIELDS[7usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RefundedPaymentEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    downstream_reference: __f3.unwrap_or_default(),
                    links: __f4
                        .unwrap_or_else(defaults::refunded_payment_event_details_links),
                    refund: __f5.unwrap_or_default(),
                    transaction_reference: __f6.unwrap_or_default(),
                    type_: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefundedPaymentEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for RefundedPaymentEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::refunded_payment_event_details_links(),
            refund: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///`Refusal`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Refusal {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Refusal {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["code", "description"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Refusal;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Refusal")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Refusal, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(Refusal {
                    code: __f0.unwrap_or_default(),
                    description: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Refusal", FIELDS, __Visitor)
    }
}
///The body of a `refusedPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefusedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<RefusedPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for RefusedPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefusedPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefusedPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefusedPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<RefusedPaymentEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RefusedPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefusedPayment", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefusedPaymentEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::refused_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "octReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oct_reference: ::std::option::Option<OctReference>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RefusedPaymentEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "classification",
            "date",
            "downstreamReference",
            "_links",
            "octReference",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefusedPaymentEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefusedPaymentEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefusedPaymentEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<DownstreamReference>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<OctReference>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RefusedPaymentEventDetails {
                    classification: __f0.unwrap_or_default(),
                    date: __f1.unwrap_or_default(),
                    downstream_reference: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(defaults::refused_payment_event_details_links),
                    oct_reference: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                    type_: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefusedPaymentEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for RefusedPaymentEventDetails {
    fn default() -> Self {
        Self {
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::refused_payment_event_details_links(),
            oct_reference: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `refusedPayout` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefusedPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for RefusedPayout {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefusedPayout;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefusedPayout")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefusedPayout, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<ApprovedPayoutEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RefusedPayout {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefusedPayout", FIELDS, __Visitor)
    }
}
///The body of a `requestExpired` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RequestExpired {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<CancelledByCustomerEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for RequestExpired {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RequestExpired;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RequestExpired")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RequestExpired, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<CancelledByCustomerEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RequestExpired {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RequestExpired", FIELDS, __Visitor)
    }
}
///The body of a `requestedPayout` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RequestedPayout {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<ApprovedPayoutEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for RequestedPayout {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RequestedPayout;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RequestedPayout")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RequestedPayout, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<ApprovedPayoutEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(RequestedPayout {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RequestedPayout", FIELDS, __Visitor)
    }
}
///The body of a `sentForAuthorizationPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SentForAuthorizationPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for SentForAuthorizationPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SentForAuthorizationPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SentForAuthorizationPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SentForAuthorizationPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<EventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SentForAuthorizationPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SentForAuthorizationPayment", FIELDS, __Visitor)
    }
}
///The body of a `sentForRefundPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SentForRefundPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SentForRefundPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for SentForRefundPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SentForRefundPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SentForRefundPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SentForRefundPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<SentForRefundPaymentEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SentForRefundPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SentForRefundPayment", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SentForRefundPaymentEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "fastRefund",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fast_refund: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "_links",
        default = "defaults::sent_for_refund_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "octReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oct_reference: ::std::option::Option<OctReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<Reference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refund: ::std::option::Option<Refund>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SentForRefundPaymentEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "downstreamReference",
            "fastRefund",
            "_links",
            "octReference",
            "reference",
            "refund",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SentForRefundPaymentEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SentForRefundPaymentEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SentForRefundPaymentEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<DownstreamReference>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<OctReference>,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<::std::option::Option<Reference>> = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<::std::option::Option<Refund>> = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f10: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        ::core::option::Option::Some(7usize) => {
                            crate::deserialize::once(
                                &mut __f7,
                                &mut map,
                                FIELDS[7usize],
                            )?
                        }
                        ::core::option::Option::Some(8usize) => {
                            crate::deserialize::once(
                                &mut __f8,
                                &mut map,
                                FIELDS[8usize],
                            )?
                        }
                        ::core::option::Option::Some(9usize) => {
                            crate::deserialize::once(
                                &mut __f9,
                                &mut map,
                                FIELDS[9usize],
                            )?
                        }
                        ::core::option::Option::Some(10usize) => {
                            crate::deserialize::once(
                                &mut __f10,
                                &mut map,
                                FIELDS[10usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SentForRefundPaymentEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    downstream_reference: __f3.unwrap_or_default(),
                    fast_refund: __f4.unwrap_or_default(),
                    links: __f5
                        .unwrap_or_else(
                            defaults::sent_for_refund_payment_event_details_links,
                        ),
                    oct_reference: __f6.unwrap_or_default(),
                    reference: __f7.unwrap_or_default(),
                    refund: __f8.unwrap_or_default(),
                    transaction_reference: __f9.unwrap_or_default(),
                    type_: __f10.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("SentForRefundPaymentEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for SentForRefundPaymentEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            fast_refund: Default::default(),
            links: defaults::sent_for_refund_payment_event_details_links(),
            oct_reference: Default::default(),
            reference: Default::default(),
            refund: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `sentForSettlementPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SentForSettlementPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SentForSettlementPaymentEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for SentForSettlementPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SentForSettlementPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SentForSettlementPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SentForSettlementPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<SentForSettlementPaymentEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SentForSettlementPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SentForSettlementPayment", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SentForSettlementPaymentEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::sent_for_settlement_payment_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<Reference>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SentForSettlementPaymentEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "downstreamReference",
            "_links",
            "reference",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SentForSettlementPaymentEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SentForSettlementPaymentEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SentForSettlementPaymentEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<DownstreamReference>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::option::Option<Reference>> = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        ::core::option::Option::Some(7usize) => {
                            crate::deserialize::once(
                                &mut __f7,
                                &mut map,
                                FIELDS[7usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SentForSettlementPaymentEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    downstream_reference: __f3.unwrap_or_default(),
                    links: __f4
                        .unwrap_or_else(
                            defaults::sent_for_settlement_payment_event_details_links,
                        ),
                    reference: __f5.unwrap_or_default(),
                    transaction_reference: __f6.unwrap_or_default(),
                    type_: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "SentForSettlementPaymentEventDetails",
                FIELDS,
                __Visitor,
            )
    }
}
impl ::std::default::Default for SentForSettlementPaymentEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::sent_for_settlement_payment_event_details_links(),
            reference: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `sentForSettlementPaymentPix` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SentForSettlementPaymentPix {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SentForSettlementPaymentPixEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for SentForSettlementPaymentPix {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SentForSettlementPaymentPix;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SentForSettlementPaymentPix")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SentForSettlementPaymentPix, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<SentForSettlementPaymentPixEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SentForSettlementPaymentPix {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SentForSettlementPaymentPix", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SentForSettlementPaymentPixEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "downstreamReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub downstream_reference: ::std::option::Option<DownstreamReference>,
    #[serde(
        rename = "_links",
        default = "defaults::sent_for_settlement_payment_pix_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "providerReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_reference: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<Reference>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SentForSettlementPaymentPixEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "downstreamReference",
            "_links",
            "providerReference",
            "reference",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SentForSettlementPaymentPixEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SentForSettlementPaymentPixEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                SentForSettlementPaymentPixEventDetails,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<DownstreamReference>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::option::Option<Reference>> = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        ::core::option::Option::Some(7usize) => {
                            crate::deserialize::once(
                                &mut __f7,
                                &mut map,
                                FIELDS[7usize],
                            )?
                        }
                        ::core::option::Option::Some(8usize) => {
                            crate::deserialize::once(
                                &mut __f8,
                                &mut map,
                                FIELDS[8usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SentForSettlementPaymentPixEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    downstream_reference: __f3.unwrap_or_default(),
                    links: __f4
                        .unwrap_or_else(
                            defaults::sent_for_settlement_payment_pix_event_details_links,
                        ),
                    provider_reference: __f5.unwrap_or_default(),
                    reference: __f6.unwrap_or_default(),
                    transaction_reference: __f7.unwrap_or_default(),
                    type_: __f8.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "SentForSettlementPaymentPixEventDetails",
                FIELDS,
                __Visitor,
            )
    }
}
impl ::std::default::Default for SentForSettlementPaymentPixEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            downstream_reference: Default::default(),
            links: defaults::sent_for_settlement_payment_pix_event_details_links(),
            provider_reference: Default::default(),
            reference: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `settledPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SettledPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for SettledPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettledPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettledPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettledPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<EventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SettledPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SettledPayment", FIELDS, __Visitor)
    }
}
///The body of a `settlementFailedPayment` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SettlementFailedPayment {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<EventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for SettlementFailedPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettlementFailedPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettlementFailedPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettlementFailedPayment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<EventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SettlementFailedPayment {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SettlementFailedPayment", FIELDS, __Visitor)
    }
}
///The body of a `settlementInstructed` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SettlementInstructed {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SettlementInstructedEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for SettlementInstructed {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettlementInstructed;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettlementInstructed")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettlementInstructed, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<SettlementInstructedEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SettlementInstructed {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SettlementInstructed", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementInstructedEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::settlement_instructed_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentInstrument>,
    #[serde(
        rename = "providerReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SettlementInstructedEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "_links",
            "paymentInstrument",
            "providerReference",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettlementInstructedEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettlementInstructedEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettlementInstructedEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<PaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        ::core::option::Option::Some(7usize) => {
                            crate::deserialize::once(
                                &mut __f7,
                                &mut map,
                                FIELDS[7usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SettlementInstructedEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(
                            defaults::settlement_instructed_event_details_links,
                        ),
                    payment_instrument: __f4.unwrap_or_default(),
                    provider_reference: __f5.unwrap_or_default(),
                    transaction_reference: __f6.unwrap_or_default(),
                    type_: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("SettlementInstructedEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for SettlementInstructedEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::settlement_instructed_event_details_links(),
            payment_instrument: Default::default(),
            provider_reference: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `settlementRejected` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SettlementRejected {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SettlementRejectedEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for SettlementRejected {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettlementRejected;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettlementRejected")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettlementRejected, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<SettlementRejectedEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SettlementRejected {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SettlementRejected", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRejectedEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<Amount>,
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<Date>,
    #[serde(
        rename = "_links",
        default = "defaults::settlement_rejected_event_details_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentInstrument>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
    ///The event's name.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SettlementRejectedEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "classification",
            "date",
            "_links",
            "paymentInstrument",
            "transactionReference",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettlementRejectedEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettlementRejectedEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettlementRejectedEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Amount>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Date>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<PaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(SettlementRejectedEventDetails {
                    amount: __f0.unwrap_or_default(),
                    classification: __f1.unwrap_or_default(),
                    date: __f2.unwrap_or_default(),
                    links: __f3
                        .unwrap_or_else(
                            defaults::settlement_rejected_event_details_links,
                        ),
                    payment_instrument: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                    type_: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("SettlementRejectedEventDetails", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for SettlementRejectedEventDetails {
    fn default() -> Self {
        Self {
            amount: Default::default(),
            classification: Default::default(),
            date: Default::default(),
            links: defaults::settlement_rejected_event_details_links(),
            payment_instrument: Default::default(),
            transaction_reference: Default::default(),
            type_: Default::default(),
        }
    }
}
///The body of a `tokenCreatedCard` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCard {
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<TokenCreatedCardEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
    #[serde(
        rename = "eventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "notificationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notification_id: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedCard {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "createdAt",
            "eventDetails",
            "eventId",
            "eventTimestamp",
            "eventType",
            "notificationId",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedCard;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedCard")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TokenCreatedCard, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<TokenCreatedCardEventDetails>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedCard {
                    created_at: __f0.unwrap_or_default(),
                    event_details: __f1.unwrap_or_default(),
                    event_id: __f2.unwrap_or_default(),
                    event_timestamp: __f3.unwrap_or_default(),
                    event_type: __f4.unwrap_or_default(),
                    notification_id: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TokenCreatedCard", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCardEventDetails {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        TokenCreatedCardEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "tokenCreatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenExpiryDateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_expiry_date_time: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tokenId", skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_payment_instrument: ::std::option::Option<
        TokenCreatedCardEventDetailsTokenPaymentInstrument,
    >,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedCardEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "description",
            "paymentInstrument",
            "tokenCreatedAt",
            "tokenExpiryDateTime",
            "tokenId",
            "tokenPaymentInstrument",
            "transactionReference",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedCardEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedCardEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TokenCreatedCardEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<TokenCreatedCardEventDetailsPaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<
                        TokenCreatedCardEventDetailsTokenPaymentInstrument,
                    >,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedCardEventDetails {
                    description: __f0.unwrap_or_default(),
                    payment_instrument: __f1.unwrap_or_default(),
                    token_created_at: __f2.unwrap_or_default(),
                    token_expiry_date_time: __f3.unwrap_or_default(),
                    token_id: __f4.unwrap_or_default(),
                    token_payment_instrument: __f5.unwrap_or_default(),
                    transaction_reference: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("TokenCreatedCardEventDetails", FIELDS, __Visitor)
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCardEventDetailsPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<
        TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bin: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cardExpiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_expiry_date: ::std::option::Option<CardExpiryDate>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<crate::events::types::CardHolderName>,
    #[serde(
        rename = "cardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<crate::events::types::CardNumber>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedCardEventDetailsPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "billingAddress",
            "bin",
            "brand",
            "cardExpiryDate",
            "cardHolderName",
            "cardNumber",
            "countryCode",
            "fundingType",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedCardEventDetailsPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedCardEventDetailsPaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TokenCreatedCardEventDetailsPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress,
                    >,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<CardExpiryDate>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<crate::events::types::CardHolderName>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<crate::events::types::CardNumber>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        ::core::option::Option::Some(7usize) => {
                            crate::deserialize::once(
                                &mut __f7,
                                &mut map,
                                FIELDS[7usize],
                            )?
                        }
                        ::core::option::Option::Some(8usize) => {
                            crate::deserialize::once(
                                &mut __f8,
                                &mut map,
                                FIELDS[8usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedCardEventDetailsPaymentInstrument {
                    billing_address: __f0.unwrap_or_default(),
                    bin: __f1.unwrap_or_default(),
                    brand: __f2.unwrap_or_default(),
                    card_expiry_date: __f3.unwrap_or_default(),
                    card_holder_name: __f4.unwrap_or_default(),
                    card_number: __f5.unwrap_or_default(),
                    country_code: __f6.unwrap_or_default(),
                    funding_type: __f7.unwrap_or_default(),
                    type_: __f8.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "TokenCreatedCardEventDetailsPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///`TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "address1",
            "address2",
            "address3",
            "city",
            "countryCode",
            "postalCode",
            "state",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress {
                    address1: __f0.unwrap_or_default(),
                    address2: __f1.unwrap_or_default(),
                    address3: __f2.unwrap_or_default(),
                    city: __f3.unwrap_or_default(),
                    country_code: __f4.unwrap_or_default(),
                    postal_code: __f5.unwrap_or_default(),
                    state: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress",
                FIELDS,
                __Visitor,
            )
    }
}
///`TokenCreatedCardEventDetailsTokenPaymentInstrument`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedCardEventDetailsTokenPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub href: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for TokenCreatedCardEventDetailsTokenPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["href", "type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedCardEventDetailsTokenPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedCardEventDetailsTokenPaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TokenCreatedCardEventDetailsTokenPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedCardEventDetailsTokenPaymentInstrument {
                    href: __f0.unwrap_or_default(),
                    type_: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "TokenCreatedCardEventDetailsTokenPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///The body of a `tokenCreatedIdeal` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedIdeal {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<TokenCreatedIdealEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedIdeal {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedIdeal;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedIdeal")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TokenCreatedIdeal, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<TokenCreatedIdealEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedIdeal {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TokenCreatedIdeal", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedIdealEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        TokenCreatedIdealEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "productType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_type: ::std::option::Option<TokenCreatedIdealEventDetailsProductType>,
    #[serde(
        rename = "tokenCreatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_payment_instrument: ::std::option::Option<TokenPaymentInstrument>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedIdealEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "classification",
            "paymentInstrument",
            "productType",
            "tokenCreatedAt",
            "tokenPaymentInstrument",
            "transactionReference",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedIdealEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedIdealEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TokenCreatedIdealEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<TokenCreatedIdealEventDetailsPaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<TokenCreatedIdealEventDetailsProductType>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<TokenPaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedIdealEventDetails {
                    classification: __f0.unwrap_or_default(),
                    payment_instrument: __f1.unwrap_or_default(),
                    product_type: __f2.unwrap_or_default(),
                    token_created_at: __f3.unwrap_or_default(),
                    token_payment_instrument: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("TokenCreatedIdealEventDetails", FIELDS, __Visitor)
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedIdealEventDetailsPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mandateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mandate_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mandateSignatureDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mandate_signature_date: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedIdealEventDetailsPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "email",
            "mandateId",
            "mandateSignatureDate",
            "method",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedIdealEventDetailsPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedIdealEventDetailsPaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TokenCreatedIdealEventDetailsPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedIdealEventDetailsPaymentInstrument {
                    email: __f0.unwrap_or_default(),
                    mandate_id: __f1.unwrap_or_default(),
                    mandate_signature_date: __f2.unwrap_or_default(),
                    method: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "TokenCreatedIdealEventDetailsPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///`TokenCreatedIdealEventDetailsProductType`
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum TokenCreatedIdealEventDetailsProductType {
    #[serde(rename = "directDebit")]
    DirectDebit,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedIdealEventDetailsProductType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["directDebit"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "TokenCreatedIdealEventDetailsProductType",
                VARIANTS,
            )? {
                _ => Self::DirectDebit,
            },
        )
    }
}
impl ::std::fmt::Display for TokenCreatedIdealEventDetailsProductType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::DirectDebit => f.write_str("directDebit"),
        }
    }
}
impl ::std::str::FromStr for TokenCreatedIdealEventDetailsProductType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "directDebit" => Ok(Self::DirectDebit),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TokenCreatedIdealEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for TokenCreatedIdealEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The body of a `tokenCreatedKlarna` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedKlarna {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<TokenCreatedKlarnaEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedKlarna {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedKlarna;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedKlarna")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TokenCreatedKlarna, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<TokenCreatedKlarnaEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedKlarna {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TokenCreatedKlarna", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedKlarnaEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        TokenCreatedKlarnaEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "productType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_type: ::std::option::Option<TokenCreatedKlarnaEventDetailsProductType>,
    #[serde(
        rename = "tokenCreatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenExpiryDateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_expiry_date_time: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_payment_instrument: ::std::option::Option<TokenPaymentInstrument>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedKlarnaEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "classification",
            "paymentInstrument",
            "productType",
            "tokenCreatedAt",
            "tokenExpiryDateTime",
            "tokenPaymentInstrument",
            "transactionReference",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedKlarnaEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedKlarnaEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TokenCreatedKlarnaEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<
                        TokenCreatedKlarnaEventDetailsPaymentInstrument,
                    >,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<TokenCreatedKlarnaEventDetailsProductType>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TokenPaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        ::core::option::Option::Some(6usize) => {
                            crate::deserialize::once(
                                &mut __f6,
                                &mut map,
                                FIELDS[6usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedKlarnaEventDetails {
                    classification: __f0.unwrap_or_default(),
                    payment_instrument: __f1.unwrap_or_default(),
                    product_type: __f2.unwrap_or_default(),
                    token_created_at: __f3.unwrap_or_default(),
                    token_expiry_date_time: __f4.unwrap_or_default(),
                    token_payment_instrument: __f5.unwrap_or_default(),
                    transaction_reference: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("TokenCreatedKlarnaEventDetails", FIELDS, __Visitor)
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedKlarnaEventDetailsPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<
        TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress,
    >,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedKlarnaEventDetailsPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["billingAddress", "countryCode", "method"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedKlarnaEventDetailsPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedKlarnaEventDetailsPaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TokenCreatedKlarnaEventDetailsPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress,
                    >,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedKlarnaEventDetailsPaymentInstrument {
                    billing_address: __f0.unwrap_or_default(),
                    country_code: __f1.unwrap_or_default(),
                    method: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "TokenCreatedKlarnaEventDetailsPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///`TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["address1", "address2", "address3"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress {
                    address1: __f0.unwrap_or_default(),
                    address2: __f1.unwrap_or_default(),
                    address3: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress",
                FIELDS,
                __Visitor,
            )
    }
}
///`TokenCreatedKlarnaEventDetailsProductType`
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum TokenCreatedKlarnaEventDetailsProductType {
    #[serde(rename = "payLater")]
    PayLater,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedKlarnaEventDetailsProductType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["payLater"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "TokenCreatedKlarnaEventDetailsProductType",
                VARIANTS,
            )? {
                _ => Self::PayLater,
            },
        )
    }
}
impl ::std::fmt::Display for TokenCreatedKlarnaEventDetailsProductType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::PayLater => f.write_str("payLater"),
        }
    }
}
impl ::std::str::FromStr for TokenCreatedKlarnaEventDetailsProductType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "payLater" => Ok(Self::PayLater),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TokenCreatedKlarnaEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for TokenCreatedKlarnaEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The body of a `tokenCreatedSepa` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedSepa {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<TokenCreatedSepaEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedSepa {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedSepa;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedSepa")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TokenCreatedSepa, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<TokenCreatedSepaEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedSepa {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TokenCreatedSepa", FIELDS, __Visitor)
    }
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedSepaEventDetails {
    ///The kind of event: `payment`, `payout` or `chargeback`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub classification: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        TokenCreatedSepaEventDetailsPaymentInstrument,
    >,
    #[serde(
        rename = "productType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_type: ::std::option::Option<TokenCreatedSepaEventDetailsProductType>,
    #[serde(
        rename = "tokenCreatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_payment_instrument: ::std::option::Option<TokenPaymentInstrument>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<TransactionReference>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedSepaEventDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "classification",
            "paymentInstrument",
            "productType",
            "tokenCreatedAt",
            "tokenPaymentInstrument",
            "transactionReference",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedSepaEventDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedSepaEventDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TokenCreatedSepaEventDetails, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<TokenCreatedSepaEventDetailsPaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<TokenCreatedSepaEventDetailsProductType>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<TokenPaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<TransactionReference>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedSepaEventDetails {
                    classification: __f0.unwrap_or_default(),
                    payment_instrument: __f1.unwrap_or_default(),
                    product_type: __f2.unwrap_or_default(),
                    token_created_at: __f3.unwrap_or_default(),
                    token_payment_instrument: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("TokenCreatedSepaEventDetails", FIELDS, __Visitor)
    }
}
///The instrument the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenCreatedSepaEventDetailsPaymentInstrument {
    #[serde(
        rename = "accountHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_holder_name: ::std::option::Option<
        crate::events::types::AccountHolderName,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::events::types::Iban>,
    #[serde(
        rename = "mandateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mandate_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mandateSignatureDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mandate_signature_date: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedSepaEventDetailsPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "accountHolderName",
            "email",
            "iban",
            "mandateId",
            "mandateSignatureDate",
            "method",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenCreatedSepaEventDetailsPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenCreatedSepaEventDetailsPaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TokenCreatedSepaEventDetailsPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<crate::events::types::AccountHolderName>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<crate::events::types::Iban>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        ::core::option::Option::Some(3usize) => {
                            crate::deserialize::once(
                                &mut __f3,
                                &mut map,
                                FIELDS[3usize],
                            )?
                        }
                        ::core::option::Option::Some(4usize) => {
                            crate::deserialize::once(
                                &mut __f4,
                                &mut map,
                                FIELDS[4usize],
                            )?
                        }
                        ::core::option::Option::Some(5usize) => {
                            crate::deserialize::once(
                                &mut __f5,
                                &mut map,
                                FIELDS[5usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenCreatedSepaEventDetailsPaymentInstrument {
                    account_holder_name: __f0.unwrap_or_default(),
                    email: __f1.unwrap_or_default(),
                    iban: __f2.unwrap_or_default(),
                    mandate_id: __f3.unwrap_or_default(),
                    mandate_signature_date: __f4.unwrap_or_default(),
                    method: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "TokenCreatedSepaEventDetailsPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///`TokenCreatedSepaEventDetailsProductType`
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum TokenCreatedSepaEventDetailsProductType {
    #[serde(rename = "directDebit")]
    DirectDebit,
}
impl<'de> ::serde::Deserialize<'de> for TokenCreatedSepaEventDetailsProductType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["directDebit"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "TokenCreatedSepaEventDetailsProductType",
                VARIANTS,
            )? {
                _ => Self::DirectDebit,
            },
        )
    }
}
impl ::std::fmt::Display for TokenCreatedSepaEventDetailsProductType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::DirectDebit => f.write_str("directDebit"),
        }
    }
}
impl ::std::str::FromStr for TokenCreatedSepaEventDetailsProductType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "directDebit" => Ok(Self::DirectDebit),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TokenCreatedSepaEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for TokenCreatedSepaEventDetailsProductType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`TokenPaymentInstrument`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenPaymentInstrument {
    #[serde(rename = "tokenId", skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for TokenPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["tokenId", "type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TokenPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TokenPaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TokenPaymentInstrument, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TokenPaymentInstrument {
                    token_id: __f0.unwrap_or_default(),
                    type_: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TokenPaymentInstrument", FIELDS, __Visitor)
    }
}
///The body of a `topUpAccepted` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TopUpAccepted {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SettlementRejectedEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for TopUpAccepted {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TopUpAccepted;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TopUpAccepted")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TopUpAccepted, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<SettlementRejectedEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TopUpAccepted {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TopUpAccepted", FIELDS, __Visitor)
    }
}
///The body of a `topUpRejected` event.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TopUpRejected {
    #[serde(
        rename = "eventDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_details: ::std::option::Option<SettlementRejectedEventDetails>,
    #[serde(rename = "eventId", skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<EventId>,
    #[serde(
        rename = "eventTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_timestamp: ::std::option::Option<EventTimestamp>,
}
impl<'de> ::serde::Deserialize<'de> for TopUpRejected {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["eventDetails", "eventId", "eventTimestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TopUpRejected;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TopUpRejected")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TopUpRejected, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<SettlementRejectedEventDetails>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<EventId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<EventTimestamp>,
                > = ::core::option::Option::None;
                while let ::core::option::Option::Some(field) = map
                    .next_key_seed(crate::deserialize::FieldIndex(FIELDS))?
                {
                    match field {
                        ::core::option::Option::Some(0usize) => {
                            crate::deserialize::once(
                                &mut __f0,
                                &mut map,
                                FIELDS[0usize],
                            )?
                        }
                        ::core::option::Option::Some(1usize) => {
                            crate::deserialize::once(
                                &mut __f1,
                                &mut map,
                                FIELDS[1usize],
                            )?
                        }
                        ::core::option::Option::Some(2usize) => {
                            crate::deserialize::once(
                                &mut __f2,
                                &mut map,
                                FIELDS[2usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(TopUpRejected {
                    event_details: __f0.unwrap_or_default(),
                    event_id: __f1.unwrap_or_default(),
                    event_timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TopUpRejected", FIELDS, __Visitor)
    }
}
///The merchant's own reference of the transaction.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct TransactionReference(pub ::std::string::String);
impl ::std::convert::From<&str> for TransactionReference {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}
impl ::std::ops::Deref for TransactionReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TransactionReference> for ::std::string::String {
    fn from(value: TransactionReference) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for TransactionReference {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for TransactionReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for TransactionReference {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn authorized_payment_ideal_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn authorized_payment_klarna_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn authorized_payment_my_bank_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn authorized_payment_open_banking_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn cancelled_by_customer_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn error_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn information_requested_chargeback_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn refund_failed_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn refunded_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn refused_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn sent_for_refund_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn sent_for_settlement_payment_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn sent_for_settlement_payment_pix_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn settlement_instructed_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn settlement_rejected_event_details_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
/// Builders of the request types: lazy, every refusal a
/// [`Refusal`](crate::request::Refusal) with the field's full path.
pub mod builder {}

// Types the fix-up stage bound by name, made by the runtime's macros
// (src/open_enum.rs, src/sensitive.rs, src/constraint.rs, src/tagged_union.rs).

impl crate::request::IntoRefusal for error::ConversionError {
    fn into_refusal(self) -> crate::request::Refusal {
        crate::request::Refusal::new(crate::constraint::Rule::parse(&self.to_string()))
    }
}

crate::sensitive_string! {
    /// `accountHolderName`
    pub struct AccountHolderName {
        schema: "accountHolderName",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `accountNumber`
    pub struct AccountNumber {
        schema: "accountNumber",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `cardHolderName`
    pub struct CardHolderName {
        schema: "cardHolderName",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `cardNumber`
    pub struct CardNumber {
        schema: "cardNumber",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `iban`
    pub struct Iban {
        schema: "iban",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

/// The types grouped to browse, by the side of the wire that carries them
/// (a type both sides carry is in both).
pub mod by_side {
    /// What answers carry: lenient, open to values Worldpay adds.
    pub mod answers {
        pub use super::super::{
            AccountHolderName, AccountNumber, Amount, ApprovedPayout,
            ApprovedPayoutEventDetails, AuthorizedApmPayment, AuthorizedPayment,
            AuthorizedPaymentIdeal, AuthorizedPaymentIdealEventDetails,
            AuthorizedPaymentIdealEventDetailsPaymentInstrument, AuthorizedPaymentKlarna,
            AuthorizedPaymentKlarnaEventDetails,
            AuthorizedPaymentKlarnaEventDetailsPaymentInstrument,
            AuthorizedPaymentMyBank, AuthorizedPaymentMyBankEventDetails,
            AuthorizedPaymentMyBankEventDetailsPaymentInstrument,
            AuthorizedPaymentOpenBanking, AuthorizedPaymentOpenBankingEventDetails,
            AuthorizedPaymentOpenBankingEventDetailsPaymentInstrument,
            CancelledByCustomer, CancelledByCustomerEventDetails,
            CancelledByCustomerEventDetailsPaymentInstrument, CancelledPayment,
            CardExpiryDate, CardHolderName, CardNumber, ChargedBack, Date,
            DisbursedPayout, DownstreamReference, ErrorPayment, ErrorPaymentEventDetails,
            EventDetails, EventId, EventTimestamp, ExpiredPayment, Iban,
            InformationRequestedChargeback, InformationRequestedChargebackEventDetails,
            Links, OctReference, Payment, PaymentInstrument, PendingPayout, Reference,
            Refund, RefundFailedPayment, RefundFailedPaymentEventDetails, RefundRefusal,
            RefundedPayment, RefundedPaymentEventDetails, Refusal, RefusedPayment,
            RefusedPaymentEventDetails, RefusedPayout, RequestExpired, RequestedPayout,
            SentForAuthorizationPayment, SentForRefundPayment,
            SentForRefundPaymentEventDetails, SentForSettlementPayment,
            SentForSettlementPaymentEventDetails, SentForSettlementPaymentPix,
            SentForSettlementPaymentPixEventDetails, SettledPayment,
            SettlementFailedPayment, SettlementInstructed,
            SettlementInstructedEventDetails, SettlementRejected,
            SettlementRejectedEventDetails, TokenCreatedCard,
            TokenCreatedCardEventDetails, TokenCreatedCardEventDetailsPaymentInstrument,
            TokenCreatedCardEventDetailsPaymentInstrumentBillingAddress,
            TokenCreatedCardEventDetailsTokenPaymentInstrument, TokenCreatedIdeal,
            TokenCreatedIdealEventDetails,
            TokenCreatedIdealEventDetailsPaymentInstrument, TokenCreatedKlarna,
            TokenCreatedKlarnaEventDetails,
            TokenCreatedKlarnaEventDetailsPaymentInstrument,
            TokenCreatedKlarnaEventDetailsPaymentInstrumentBillingAddress,
            TokenCreatedSepa, TokenCreatedSepaEventDetails,
            TokenCreatedSepaEventDetailsPaymentInstrument, TokenPaymentInstrument,
            TopUpAccepted, TopUpRejected, TransactionReference,
        };
    }
}
