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

///Payment event: the authorization failed with an error.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<Error>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizationFailed {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "error", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizationFailed;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizationFailed")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizationFailed, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<Error>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(AuthorizationFailed {
                    command_id: __f0.unwrap_or_default(),
                    error: __f1.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f2, FIELDS[2usize])?,
                    timestamp: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizationFailed", FIELDS, __Visitor)
    }
}
///Payment event: the authorization was refused.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationRefused {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<AuthorizationRefusedOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizationRefused {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "code",
            "commandId",
            "description",
            "eventName",
            "outcome",
            "timestamp",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizationRefused;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizationRefused")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizationRefused, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<AuthorizationRefusedOutcome>,
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
                ::core::result::Result::Ok(AuthorizationRefused {
                    code: __f0.unwrap_or_default(),
                    command_id: __f1.unwrap_or_default(),
                    description: __f2.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f3, FIELDS[3usize])?,
                    outcome: __f4.unwrap_or_default(),
                    timestamp: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizationRefused", FIELDS, __Visitor)
    }
}
///`AuthorizationRefusedOutcome`
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum AuthorizationRefusedOutcome {
    #[serde(rename = "refused")]
    Refused,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizationRefusedOutcome {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["refused"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "AuthorizationRefusedOutcome",
                VARIANTS,
            )? {
                _ => Self::Refused,
            },
        )
    }
}
impl ::std::fmt::Display for AuthorizationRefusedOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Refused => f.write_str("refused"),
        }
    }
}
impl ::std::str::FromStr for AuthorizationRefusedOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "refused" => Ok(Self::Refused),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AuthorizationRefusedOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AuthorizationRefusedOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Payment event: an authorization was requested.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizationRequested {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizationRequested;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizationRequested")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizationRequested, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(AuthorizationRequested {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizationRequested", FIELDS, __Visitor)
    }
}
///Payment event: the authorization succeeded.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationSucceeded {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<AuthorizationSucceededOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizationSucceeded {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "outcome", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizationSucceeded;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizationSucceeded")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizationSucceeded, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<AuthorizationSucceededOutcome>,
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
                ::core::result::Result::Ok(AuthorizationSucceeded {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    outcome: __f2.unwrap_or_default(),
                    timestamp: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizationSucceeded", FIELDS, __Visitor)
    }
}
///`AuthorizationSucceededOutcome`
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum AuthorizationSucceededOutcome {
    #[serde(rename = "authorized")]
    Authorized,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizationSucceededOutcome {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["authorized"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "AuthorizationSucceededOutcome",
                VARIANTS,
            )? {
                _ => Self::Authorized,
            },
        )
    }
}
impl ::std::fmt::Display for AuthorizationSucceededOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Authorized => f.write_str("authorized"),
        }
    }
}
impl ::std::str::FromStr for AuthorizationSucceededOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "authorized" => Ok(Self::Authorized),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AuthorizationSucceededOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AuthorizationSucceededOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Payment event: the authorization timed out.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AuthorizationTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AuthorizationTimedOut {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AuthorizationTimedOut;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AuthorizationTimedOut")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuthorizationTimedOut, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(AuthorizationTimedOut {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AuthorizationTimedOut", FIELDS, __Visitor)
    }
}
///Payment event: submitting the cancellation request failed.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancellationRequestSubmissionFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CancellationRequestSubmissionFailed {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CancellationRequestSubmissionFailed;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CancellationRequestSubmissionFailed")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CancellationRequestSubmissionFailed, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(CancellationRequestSubmissionFailed {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("CancellationRequestSubmissionFailed", FIELDS, __Visitor)
    }
}
///Payment event: submitting the cancellation request timed out.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancellationRequestSubmissionTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CancellationRequestSubmissionTimedOut {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CancellationRequestSubmissionTimedOut;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CancellationRequestSubmissionTimedOut")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CancellationRequestSubmissionTimedOut, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(CancellationRequestSubmissionTimedOut {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "CancellationRequestSubmissionTimedOut",
                FIELDS,
                __Visitor,
            )
    }
}
///Payment event: the cancellation request was submitted.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancellationRequestSubmitted {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CancellationRequestSubmitted {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CancellationRequestSubmitted;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CancellationRequestSubmitted")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CancellationRequestSubmitted, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(CancellationRequestSubmitted {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("CancellationRequestSubmitted", FIELDS, __Visitor)
    }
}
///Payment event: a cancellation was requested.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancellationRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CancellationRequested {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CancellationRequested;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CancellationRequested")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CancellationRequested, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(CancellationRequested {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CancellationRequested", FIELDS, __Visitor)
    }
}
///Identifier of the command that produced an event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct CommandId(pub ::std::string::String);
impl ::std::convert::From<&str> for CommandId {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}
impl ::std::ops::Deref for CommandId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CommandId> for ::std::string::String {
    fn from(value: CommandId) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for CommandId {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for CommandId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for CommandId {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`Error`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Error {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<crate::payment_queries::types::Message>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<crate::payment_queries::types::Name>,
}
impl<'de> ::serde::Deserialize<'de> for Error {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["message", "name"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Error;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Error")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Error, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::Message>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::Name>,
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
                ::core::result::Result::Ok(Error {
                    message: __f0.unwrap_or_default(),
                    name: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Error", FIELDS, __Visitor)
    }
}
///`ExpiryDate`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ExpiryDate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub month: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for ExpiryDate {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["month", "year"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ExpiryDate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ExpiryDate")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ExpiryDate, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(ExpiryDate {
                    month: __f0.unwrap_or_default(),
                    year: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ExpiryDate", FIELDS, __Visitor)
    }
}
///`Issuer`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Issuer {
    #[serde(rename = "authorizationCode")]
    pub authorization_code: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for Issuer {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["authorizationCode"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Issuer;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Issuer")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Issuer, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Issuer {
                    authorization_code: crate::deserialize::required(
                        __f0,
                        FIELDS[0usize],
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("Issuer", FIELDS, __Visitor)
    }
}
///`Narrative`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Narrative {
    pub line1: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line2: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Narrative {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["line1", "line2"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Narrative;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Narrative")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Narrative, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Narrative {
                    line1: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    line2: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Narrative", FIELDS, __Visitor)
    }
}
///`Number`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Number {
    #[serde(rename = "cardBin", skip_serializing_if = "::std::option::Option::is_none")]
    pub card_bin: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "last4Digits",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last4_digits: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Number {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["cardBin", "last4Digits"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Number;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Number")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Number, A::Error>
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
                ::core::result::Result::Ok(Number {
                    card_bin: __f0.unwrap_or_default(),
                    last4_digits: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Number", FIELDS, __Visitor)
    }
}
///Worldpay's identifier of a payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct PaymentId(pub ::std::string::String);
impl ::std::convert::From<&str> for PaymentId {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}
impl ::std::ops::Deref for PaymentId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentId> for ::std::string::String {
    fn from(value: PaymentId) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for PaymentId {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for PaymentId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for PaymentId {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`PaymentInstrument`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<PaymentInstrumentCard>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<
        crate::payment_queries::types::PaymentInstrumentType,
    >,
}
impl<'de> ::serde::Deserialize<'de> for PaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["card", "type"];
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
                    ::std::option::Option<PaymentInstrumentCard>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<
                        crate::payment_queries::types::PaymentInstrumentType,
                    >,
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
                ::core::result::Result::Ok(PaymentInstrument {
                    card: __f0.unwrap_or_default(),
                    type_: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentInstrument", FIELDS, __Visitor)
    }
}
///`PaymentInstrumentCard`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentInstrumentCard {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<crate::payment_queries::types::Category>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ExpiryDate>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<crate::payment_queries::types::FundingType>,
    #[serde(
        rename = "issuerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issuer_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number: ::std::option::Option<Number>,
    #[serde(
        rename = "paymentAccountReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_account_reference: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentInstrumentCard {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "brand",
            "category",
            "countryCode",
            "expiryDate",
            "fundingType",
            "issuerName",
            "number",
            "paymentAccountReference",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentInstrumentCard;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentInstrumentCard")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentInstrumentCard, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::Category>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<ExpiryDate>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::FundingType>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::option::Option<Number>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PaymentInstrumentCard {
                    brand: __f0.unwrap_or_default(),
                    category: __f1.unwrap_or_default(),
                    country_code: __f2.unwrap_or_default(),
                    expiry_date: __f3.unwrap_or_default(),
                    funding_type: __f4.unwrap_or_default(),
                    issuer_name: __f5.unwrap_or_default(),
                    number: __f6.unwrap_or_default(),
                    payment_account_reference: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentInstrumentCard", FIELDS, __Visitor)
    }
}
///`PaymentNarrative`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentNarrative {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line1: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line2: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentNarrative {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["line1", "line2"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentNarrative;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentNarrative")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentNarrative, A::Error>
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
                ::core::result::Result::Ok(PaymentNarrative {
                    line1: __f0.unwrap_or_default(),
                    line2: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentNarrative", FIELDS, __Visitor)
    }
}
///A page of payments.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQuerybydaterange200Response {
    #[serde(rename = "_embedded")]
    pub embedded: PqQuerybydaterange200ResponseEmbedded,
    #[serde(rename = "_links")]
    pub links: crate::hal::Links,
}
impl<'de> ::serde::Deserialize<'de> for PqQuerybydaterange200Response {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["_embedded", "_links"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQuerybydaterange200Response;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQuerybydaterange200Response")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PqQuerybydaterange200Response, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    PqQuerybydaterange200ResponseEmbedded,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PqQuerybydaterange200Response {
                    embedded: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    links: crate::deserialize::required(__f1, FIELDS[1usize])?,
                })
            }
        }
        deserializer
            .deserialize_struct("PqQuerybydaterange200Response", FIELDS, __Visitor)
    }
}
///`PqQuerybydaterange200ResponseEmbedded`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQuerybydaterange200ResponseEmbedded {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub payments: ::std::vec::Vec<PqQuerybydaterange200ResponseEmbeddedPayment>,
}
impl<'de> ::serde::Deserialize<'de> for PqQuerybydaterange200ResponseEmbedded {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["payments"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQuerybydaterange200ResponseEmbedded;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQuerybydaterange200ResponseEmbedded")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PqQuerybydaterange200ResponseEmbedded, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::vec::Vec<PqQuerybydaterange200ResponseEmbeddedPayment>,
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
                ::core::result::Result::Ok(PqQuerybydaterange200ResponseEmbedded {
                    payments: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQuerybydaterange200ResponseEmbedded",
                FIELDS,
                __Visitor,
            )
    }
}
///`PqQuerybydaterange200ResponseEmbeddedPayment`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQuerybydaterange200ResponseEmbeddedPayment {
    #[serde(
        rename = "authorizationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_type: ::std::option::Option<
        crate::payment_queries::types::AuthorizationType,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entity: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(
        rename = "lastEvent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_event: ::std::option::Option<crate::payment_queries::types::LastEvent>,
    #[serde(
        rename = "_links",
        default = "defaults::pq_querybydaterange200_response_embedded_payment_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub narrative: ::std::option::Option<PaymentNarrative>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<Scheme>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_type: ::std::option::Option<
        crate::payment_queries::types::TransactionType,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
impl<'de> ::serde::Deserialize<'de> for PqQuerybydaterange200ResponseEmbeddedPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "authorizationType",
            "entity",
            "issuer",
            "lastEvent",
            "_links",
            "narrative",
            "paymentId",
            "paymentInstrument",
            "scheme",
            "timestamp",
            "transactionReference",
            "transactionType",
            "value",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQuerybydaterange200ResponseEmbeddedPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQuerybydaterange200ResponseEmbeddedPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                PqQuerybydaterange200ResponseEmbeddedPayment,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        crate::payment_queries::types::AuthorizationType,
                    >,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Issuer>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::LastEvent>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<PaymentNarrative>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::option::Option<PaymentId>> = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<
                        PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument,
                    >,
                > = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<::std::option::Option<Scheme>> = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f10: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f11: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::TransactionType>,
                > = ::core::option::Option::None;
                let mut __f12: ::core::option::Option<::std::option::Option<Value>> = ::core::option::Option::None;
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
                        ::core::option::Option::Some(11usize) => {
                            crate::deserialize::once(
                                &mut __f11,
                                &mut map,
                                FIELDS[11usize],
                            )?
                        }
                        ::core::option::Option::Some(12usize) => {
                            crate::deserialize::once(
                                &mut __f12,
                                &mut map,
                                FIELDS[12usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(PqQuerybydaterange200ResponseEmbeddedPayment {
                    authorization_type: __f0.unwrap_or_default(),
                    entity: __f1.unwrap_or_default(),
                    issuer: __f2.unwrap_or_default(),
                    last_event: __f3.unwrap_or_default(),
                    links: __f4
                        .unwrap_or_else(
                            defaults::pq_querybydaterange200_response_embedded_payment_links,
                        ),
                    narrative: __f5.unwrap_or_default(),
                    payment_id: __f6.unwrap_or_default(),
                    payment_instrument: __f7.unwrap_or_default(),
                    scheme: __f8.unwrap_or_default(),
                    timestamp: __f9.unwrap_or_default(),
                    transaction_reference: __f10.unwrap_or_default(),
                    transaction_type: __f11.unwrap_or_default(),
                    value: __f12.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQuerybydaterange200ResponseEmbeddedPayment",
                FIELDS,
                __Visitor,
            )
    }
}
impl ::std::default::Default for PqQuerybydaterange200ResponseEmbeddedPayment {
    fn default() -> Self {
        Self {
            authorization_type: Default::default(),
            entity: Default::default(),
            issuer: Default::default(),
            last_event: Default::default(),
            links: defaults::pq_querybydaterange200_response_embedded_payment_links(),
            narrative: Default::default(),
            payment_id: Default::default(),
            payment_instrument: Default::default(),
            scheme: Default::default(),
            timestamp: Default::default(),
            transaction_reference: Default::default(),
            transaction_type: Default::default(),
            value: Default::default(),
        }
    }
}
///`PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<
        PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::payment_queries::types::Type>,
}
impl<'de> ::serde::Deserialize<'de>
for PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["card", "type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard,
                    >,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::Type>,
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
                ::core::result::Result::Ok(PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument {
                    card: __f0.unwrap_or_default(),
                    type_: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///`PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<crate::payment_queries::types::Category>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ExpiryDate>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<crate::payment_queries::types::FundingType>,
    #[serde(
        rename = "issuerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issuer_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number: ::std::option::Option<Number>,
    #[serde(
        rename = "paymentAccountReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_account_reference: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "brand",
            "category",
            "countryCode",
            "expiryDate",
            "fundingType",
            "issuerName",
            "number",
            "paymentAccountReference",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::Category>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<ExpiryDate>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::FundingType>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::option::Option<Number>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard {
                    brand: __f0.unwrap_or_default(),
                    category: __f1.unwrap_or_default(),
                    country_code: __f2.unwrap_or_default(),
                    expiry_date: __f3.unwrap_or_default(),
                    funding_type: __f4.unwrap_or_default(),
                    issuer_name: __f5.unwrap_or_default(),
                    number: __f6.unwrap_or_default(),
                    payment_account_reference: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard",
                FIELDS,
                __Visitor,
            )
    }
}
///An error in a date range query.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQuerybydaterange400Response {
    #[serde(rename = "errorName")]
    pub error_name: ::std::string::String,
    pub message: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for PqQuerybydaterange400Response {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["errorName", "message"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQuerybydaterange400Response;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQuerybydaterange400Response")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PqQuerybydaterange400Response, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PqQuerybydaterange400Response {
                    error_name: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    message: crate::deserialize::required(__f1, FIELDS[1usize])?,
                })
            }
        }
        deserializer
            .deserialize_struct("PqQuerybydaterange400Response", FIELDS, __Visitor)
    }
}
///A payment with its events.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQuerybypaymentid200Response {
    #[serde(
        rename = "authorizationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_type: ::std::option::Option<
        crate::payment_queries::types::AuthorizationType,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entity: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub events: ::std::vec::Vec<crate::payment_queries::types::Event>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(
        rename = "lastEvent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_event: ::std::option::Option<crate::payment_queries::types::LastEvent>,
    #[serde(
        rename = "_links",
        default = "defaults::pq_querybypaymentid200_response_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub narrative: ::std::option::Option<Narrative>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentInstrument>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<Scheme>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_type: ::std::option::Option<
        crate::payment_queries::types::TransactionType,
    >,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<UpdatedPaymentInstrument>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
impl<'de> ::serde::Deserialize<'de> for PqQuerybypaymentid200Response {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "authorizationType",
            "entity",
            "events",
            "issuer",
            "lastEvent",
            "_links",
            "narrative",
            "paymentId",
            "paymentInstrument",
            "scheme",
            "timestamp",
            "transactionReference",
            "transactionType",
            "updatedPaymentInstrument",
            "value",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQuerybypaymentid200Response;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQuerybypaymentid200Response")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PqQuerybypaymentid200Response, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        crate::payment_queries::types::AuthorizationType,
                    >,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::vec::Vec<crate::payment_queries::types::Event>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<Issuer>> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::LastEvent>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::option::Option<Narrative>> = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<::std::option::Option<PaymentId>> = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<PaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<::std::option::Option<Scheme>> = ::core::option::Option::None;
                let mut __f10: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f11: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f12: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::TransactionType>,
                > = ::core::option::Option::None;
                let mut __f13: ::core::option::Option<
                    ::std::option::Option<UpdatedPaymentInstrument>,
                > = ::core::option::Option::None;
                let mut __f14: ::core::option::Option<::std::option::Option<Value>> = ::core::option::Option::None;
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
                        ::core::option::Option::Some(11usize) => {
                            crate::deserialize::once(
                                &mut __f11,
                                &mut map,
                                FIELDS[11usize],
                            )?
                        }
                        ::core::option::Option::Some(12usize) => {
                            crate::deserialize::once(
                                &mut __f12,
                                &mut map,
                                FIELDS[12usize],
                            )?
                        }
                        ::core::option::Option::Some(13usize) => {
                            crate::deserialize::once(
                                &mut __f13,
                                &mut map,
                                FIELDS[13usize],
                            )?
                        }
                        ::core::option::Option::Some(14usize) => {
                            crate::deserialize::once(
                                &mut __f14,
                                &mut map,
                                FIELDS[14usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(PqQuerybypaymentid200Response {
                    authorization_type: __f0.unwrap_or_default(),
                    entity: __f1.unwrap_or_default(),
                    events: __f2.unwrap_or_default(),
                    issuer: __f3.unwrap_or_default(),
                    last_event: __f4.unwrap_or_default(),
                    links: __f5
                        .unwrap_or_else(defaults::pq_querybypaymentid200_response_links),
                    narrative: __f6.unwrap_or_default(),
                    payment_id: __f7.unwrap_or_default(),
                    payment_instrument: __f8.unwrap_or_default(),
                    scheme: __f9.unwrap_or_default(),
                    timestamp: __f10.unwrap_or_default(),
                    transaction_reference: __f11.unwrap_or_default(),
                    transaction_type: __f12.unwrap_or_default(),
                    updated_payment_instrument: __f13.unwrap_or_default(),
                    value: __f14.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("PqQuerybypaymentid200Response", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for PqQuerybypaymentid200Response {
    fn default() -> Self {
        Self {
            authorization_type: Default::default(),
            entity: Default::default(),
            events: Default::default(),
            issuer: Default::default(),
            last_event: Default::default(),
            links: defaults::pq_querybypaymentid200_response_links(),
            narrative: Default::default(),
            payment_id: Default::default(),
            payment_instrument: Default::default(),
            scheme: Default::default(),
            timestamp: Default::default(),
            transaction_reference: Default::default(),
            transaction_type: Default::default(),
            updated_payment_instrument: Default::default(),
            value: Default::default(),
        }
    }
}
///No payment was found.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQuerybypaymentid404Response {
    #[serde(
        rename = "errorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for PqQuerybypaymentid404Response {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["errorName", "message"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQuerybypaymentid404Response;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQuerybypaymentid404Response")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PqQuerybypaymentid404Response, A::Error>
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
                ::core::result::Result::Ok(PqQuerybypaymentid404Response {
                    error_name: __f0.unwrap_or_default(),
                    message: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("PqQuerybypaymentid404Response", FIELDS, __Visitor)
    }
}
///Archived payments.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQueryhistoricalpayments200Response {
    #[serde(rename = "_embedded")]
    pub embedded: PqQueryhistoricalpayments200ResponseEmbedded,
    #[serde(rename = "_links")]
    pub links: crate::hal::Links,
}
impl<'de> ::serde::Deserialize<'de> for PqQueryhistoricalpayments200Response {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["_embedded", "_links"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQueryhistoricalpayments200Response;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQueryhistoricalpayments200Response")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PqQueryhistoricalpayments200Response, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    PqQueryhistoricalpayments200ResponseEmbedded,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PqQueryhistoricalpayments200Response {
                    embedded: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    links: crate::deserialize::required(__f1, FIELDS[1usize])?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQueryhistoricalpayments200Response",
                FIELDS,
                __Visitor,
            )
    }
}
///`PqQueryhistoricalpayments200ResponseEmbedded`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbedded {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub payments: ::std::vec::Vec<PqQueryhistoricalpayments200ResponseEmbeddedPayment>,
}
impl<'de> ::serde::Deserialize<'de> for PqQueryhistoricalpayments200ResponseEmbedded {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["payments"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQueryhistoricalpayments200ResponseEmbedded;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQueryhistoricalpayments200ResponseEmbedded")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                PqQueryhistoricalpayments200ResponseEmbedded,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::vec::Vec<PqQueryhistoricalpayments200ResponseEmbeddedPayment>,
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
                ::core::result::Result::Ok(PqQueryhistoricalpayments200ResponseEmbedded {
                    payments: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQueryhistoricalpayments200ResponseEmbedded",
                FIELDS,
                __Visitor,
            )
    }
}
///`PqQueryhistoricalpayments200ResponseEmbeddedPayment`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbeddedPayment {
    #[serde(
        rename = "lastEvent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_event: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
impl<'de> ::serde::Deserialize<'de>
for PqQueryhistoricalpayments200ResponseEmbeddedPayment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["lastEvent", "paymentInstrument", "value"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQueryhistoricalpayments200ResponseEmbeddedPayment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQueryhistoricalpayments200ResponseEmbeddedPayment")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                PqQueryhistoricalpayments200ResponseEmbeddedPayment,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<
                        PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument,
                    >,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Value>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PqQueryhistoricalpayments200ResponseEmbeddedPayment {
                    last_event: __f0.unwrap_or_default(),
                    payment_instrument: __f1.unwrap_or_default(),
                    value: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQueryhistoricalpayments200ResponseEmbeddedPayment",
                FIELDS,
                __Visitor,
            )
    }
}
///`PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<
        PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::payment_queries::types::Type>,
}
impl<'de> ::serde::Deserialize<'de>
for PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["card", "type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard,
                    >,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::Type>,
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
                ::core::result::Result::Ok(PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument {
                    card: __f0.unwrap_or_default(),
                    type_: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument",
                FIELDS,
                __Visitor,
            )
    }
}
///`PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number: ::std::option::Option<
        PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber,
    >,
}
impl<'de> ::serde::Deserialize<'de>
for PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["brand", "number"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard,
                A::Error,
            >
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<
                        PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber,
                    >,
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
                ::core::result::Result::Ok(PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard {
                    brand: __f0.unwrap_or_default(),
                    number: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard",
                FIELDS,
                __Visitor,
            )
    }
}
///`PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber {
    #[serde(
        rename = "last4Digits",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last4_digits: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de>
for PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["last4Digits"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "struct PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber",
                )
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber,
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
                ::core::result::Result::Ok(PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber {
                    last4_digits: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber",
                FIELDS,
                __Visitor,
            )
    }
}
///An error in an archived payments query.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PqQueryhistoricalpayments400Response {
    #[serde(rename = "errorName")]
    pub error_name: ::std::string::String,
    pub message: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for PqQueryhistoricalpayments400Response {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["errorName", "message"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PqQueryhistoricalpayments400Response;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PqQueryhistoricalpayments400Response")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PqQueryhistoricalpayments400Response, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PqQueryhistoricalpayments400Response {
                    error_name: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    message: crate::deserialize::required(__f1, FIELDS[1usize])?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "PqQueryhistoricalpayments400Response",
                FIELDS,
                __Visitor,
            )
    }
}
///Payment event: submitting the refund request failed.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundRequestSubmissionFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RefundRequestSubmissionFailed {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundRequestSubmissionFailed;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundRequestSubmissionFailed")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundRequestSubmissionFailed, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(RefundRequestSubmissionFailed {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("RefundRequestSubmissionFailed", FIELDS, __Visitor)
    }
}
///Payment event: submitting the refund request timed out.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundRequestSubmissionTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RefundRequestSubmissionTimedOut {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundRequestSubmissionTimedOut;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundRequestSubmissionTimedOut")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundRequestSubmissionTimedOut, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(RefundRequestSubmissionTimedOut {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("RefundRequestSubmissionTimedOut", FIELDS, __Visitor)
    }
}
///Payment event: the refund request was submitted.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundRequestSubmitted {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RefundRequestSubmitted {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundRequestSubmitted;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundRequestSubmitted")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundRequestSubmitted, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(RefundRequestSubmitted {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefundRequestSubmitted", FIELDS, __Visitor)
    }
}
///Payment event: a refund was requested.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(
        rename = "refundReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refund_reference: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::payment_queries::types::RefundRequestedType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
impl<'de> ::serde::Deserialize<'de> for RefundRequested {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "commandId",
            "eventName",
            "refundReference",
            "timestamp",
            "type",
            "value",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundRequested;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundRequested")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundRequested, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<
                        crate::payment_queries::types::RefundRequestedType,
                    >,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::option::Option<Value>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(RefundRequested {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    refund_reference: __f2.unwrap_or_default(),
                    timestamp: __f3.unwrap_or_default(),
                    type_: __f4.unwrap_or_default(),
                    value: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefundRequested", FIELDS, __Visitor)
    }
}
///Payment event: submitting the reversal request failed.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReversalRequestSubmissionFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ReversalRequestSubmissionFailed {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ReversalRequestSubmissionFailed;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ReversalRequestSubmissionFailed")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ReversalRequestSubmissionFailed, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(ReversalRequestSubmissionFailed {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("ReversalRequestSubmissionFailed", FIELDS, __Visitor)
    }
}
///Payment event: submitting the reversal request timed out.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReversalRequestSubmissionTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ReversalRequestSubmissionTimedOut {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ReversalRequestSubmissionTimedOut;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ReversalRequestSubmissionTimedOut")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ReversalRequestSubmissionTimedOut, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(ReversalRequestSubmissionTimedOut {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("ReversalRequestSubmissionTimedOut", FIELDS, __Visitor)
    }
}
///Payment event: the reversal request was submitted.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReversalRequestSubmitted {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ReversalRequestSubmitted {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ReversalRequestSubmitted;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ReversalRequestSubmitted")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ReversalRequestSubmitted, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(ReversalRequestSubmitted {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ReversalRequestSubmitted", FIELDS, __Visitor)
    }
}
///Payment event: a reversal was requested.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReversalRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
impl<'de> ::serde::Deserialize<'de> for ReversalRequested {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp", "value"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ReversalRequested;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ReversalRequested")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ReversalRequested, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<Value>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(ReversalRequested {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                    value: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ReversalRequested", FIELDS, __Visitor)
    }
}
///Payment event: the sale failed with an error.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<Error>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SaleFailed {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "error", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SaleFailed;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SaleFailed")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SaleFailed, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<Error>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(SaleFailed {
                    command_id: __f0.unwrap_or_default(),
                    error: __f1.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f2, FIELDS[2usize])?,
                    timestamp: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SaleFailed", FIELDS, __Visitor)
    }
}
///Payment event: the sale was refused.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleRefused {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<SaleRefusedOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SaleRefused {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "code",
            "commandId",
            "description",
            "eventName",
            "outcome",
            "timestamp",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SaleRefused;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SaleRefused")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SaleRefused, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<SaleRefusedOutcome>,
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
                ::core::result::Result::Ok(SaleRefused {
                    code: __f0.unwrap_or_default(),
                    command_id: __f1.unwrap_or_default(),
                    description: __f2.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f3, FIELDS[3usize])?,
                    outcome: __f4.unwrap_or_default(),
                    timestamp: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SaleRefused", FIELDS, __Visitor)
    }
}
///`SaleRefusedOutcome`
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum SaleRefusedOutcome {
    #[serde(rename = "refused")]
    Refused,
}
impl<'de> ::serde::Deserialize<'de> for SaleRefusedOutcome {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["refused"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "SaleRefusedOutcome",
                VARIANTS,
            )? {
                _ => Self::Refused,
            },
        )
    }
}
impl ::std::fmt::Display for SaleRefusedOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Refused => f.write_str("refused"),
        }
    }
}
impl ::std::str::FromStr for SaleRefusedOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "refused" => Ok(Self::Refused),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SaleRefusedOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SaleRefusedOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Payment event: a sale (authorization with settlement) was requested.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SaleRequested {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SaleRequested;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SaleRequested")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SaleRequested, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(SaleRequested {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SaleRequested", FIELDS, __Visitor)
    }
}
///Payment event: the sale succeeded.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleSucceeded {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<SaleSucceededOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SaleSucceeded {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "outcome", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SaleSucceeded;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SaleSucceeded")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SaleSucceeded, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<SaleSucceededOutcome>,
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
                ::core::result::Result::Ok(SaleSucceeded {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    outcome: __f2.unwrap_or_default(),
                    timestamp: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SaleSucceeded", FIELDS, __Visitor)
    }
}
///`SaleSucceededOutcome`
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum SaleSucceededOutcome {
    #[serde(rename = "authorized")]
    Authorized,
}
impl<'de> ::serde::Deserialize<'de> for SaleSucceededOutcome {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["authorized"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "SaleSucceededOutcome",
                VARIANTS,
            )? {
                _ => Self::Authorized,
            },
        )
    }
}
impl ::std::fmt::Display for SaleSucceededOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Authorized => f.write_str("authorized"),
        }
    }
}
impl ::std::str::FromStr for SaleSucceededOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "authorized" => Ok(Self::Authorized),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SaleSucceededOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SaleSucceededOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Payment event: the sale timed out.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaleTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SaleTimedOut {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SaleTimedOut;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SaleTimedOut")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SaleTimedOut, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(SaleTimedOut {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SaleTimedOut", FIELDS, __Visitor)
    }
}
///`Scheme`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Scheme {
    pub reference: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for Scheme {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["reference"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Scheme;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Scheme")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Scheme, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Scheme {
                    reference: crate::deserialize::required(__f0, FIELDS[0usize])?,
                })
            }
        }
        deserializer.deserialize_struct("Scheme", FIELDS, __Visitor)
    }
}
///Payment event: submitting the settlement request failed.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRequestSubmissionFailed {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SettlementRequestSubmissionFailed {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettlementRequestSubmissionFailed;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettlementRequestSubmissionFailed")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettlementRequestSubmissionFailed, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(SettlementRequestSubmissionFailed {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("SettlementRequestSubmissionFailed", FIELDS, __Visitor)
    }
}
///Payment event: submitting the settlement request timed out.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRequestSubmissionTimedOut {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SettlementRequestSubmissionTimedOut {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettlementRequestSubmissionTimedOut;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettlementRequestSubmissionTimedOut")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettlementRequestSubmissionTimedOut, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(SettlementRequestSubmissionTimedOut {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("SettlementRequestSubmissionTimedOut", FIELDS, __Visitor)
    }
}
///Payment event: the settlement request was submitted.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRequestSubmitted {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SettlementRequestSubmitted {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commandId", "eventName", "timestamp"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettlementRequestSubmitted;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettlementRequestSubmitted")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettlementRequestSubmitted, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(SettlementRequestSubmitted {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    timestamp: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SettlementRequestSubmitted", FIELDS, __Visitor)
    }
}
///Payment event: a settlement was requested.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettlementRequested {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    ///The tag of this branch, as received.
    #[serde(rename = "eventName")]
    pub event_name: ::std::string::String,
    #[serde(
        rename = "settlementReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settlement_reference: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<
        crate::payment_queries::types::SettlementRequestedType,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<Value>,
}
impl<'de> ::serde::Deserialize<'de> for SettlementRequested {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "commandId",
            "eventName",
            "settlementReference",
            "timestamp",
            "type",
            "value",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SettlementRequested;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SettlementRequested")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SettlementRequested, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<CommandId>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<
                        crate::payment_queries::types::SettlementRequestedType,
                    >,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::option::Option<Value>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(SettlementRequested {
                    command_id: __f0.unwrap_or_default(),
                    event_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    settlement_reference: __f2.unwrap_or_default(),
                    timestamp: __f3.unwrap_or_default(),
                    type_: __f4.unwrap_or_default(),
                    value: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SettlementRequested", FIELDS, __Visitor)
    }
}
///`UpdatedPaymentInstrument`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UpdatedPaymentInstrument {
    #[serde(
        rename = "accountUpdaterMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_updater_message: ::std::option::Option<
        crate::payment_queries::types::AccountUpdaterMessage,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<UpdatedPaymentInstrumentCard>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<
        crate::payment_queries::types::UpdatedPaymentInstrumentType,
    >,
}
impl<'de> ::serde::Deserialize<'de> for UpdatedPaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["accountUpdaterMessage", "card", "type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = UpdatedPaymentInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct UpdatedPaymentInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdatedPaymentInstrument, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        crate::payment_queries::types::AccountUpdaterMessage,
                    >,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<UpdatedPaymentInstrumentCard>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<
                        crate::payment_queries::types::UpdatedPaymentInstrumentType,
                    >,
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
                ::core::result::Result::Ok(UpdatedPaymentInstrument {
                    account_updater_message: __f0.unwrap_or_default(),
                    card: __f1.unwrap_or_default(),
                    type_: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UpdatedPaymentInstrument", FIELDS, __Visitor)
    }
}
///`UpdatedPaymentInstrumentCard`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UpdatedPaymentInstrumentCard {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ExpiryDate>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<crate::payment_queries::types::FundingType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number: ::std::option::Option<Number>,
}
impl<'de> ::serde::Deserialize<'de> for UpdatedPaymentInstrumentCard {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["brand", "expiryDate", "fundingType", "number"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = UpdatedPaymentInstrumentCard;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct UpdatedPaymentInstrumentCard")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdatedPaymentInstrumentCard, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<ExpiryDate>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<crate::payment_queries::types::FundingType>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<Number>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(UpdatedPaymentInstrumentCard {
                    brand: __f0.unwrap_or_default(),
                    expiry_date: __f1.unwrap_or_default(),
                    funding_type: __f2.unwrap_or_default(),
                    number: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("UpdatedPaymentInstrumentCard", FIELDS, __Visitor)
    }
}
///`Value`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Value {
    pub amount: i64,
    pub currency: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for Value {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["amount", "currency"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Value;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Value")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Value, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<i64> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Value {
                    amount: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    currency: crate::deserialize::required(__f1, FIELDS[1usize])?,
                })
            }
        }
        deserializer.deserialize_struct("Value", FIELDS, __Visitor)
    }
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn pq_querybydaterange200_response_embedded_payment_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn pq_querybypaymentid200_response_links() -> crate::hal::Links {
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

crate::open_enum! {
    /// `AccountUpdaterMessage`
    pub enum AccountUpdaterMessage {
        /// `The merchant is not registered in the update program`
        TheMerchantIsNotRegisteredInTheUpdateProgram = "The merchant is not registered in the update program",
        /// `The account number was changed`
        TheAccountNumberWasChanged = "The account number was changed",
        /// `The account was closed`
        TheAccountWasClosed = "The account was closed",
        /// `The expiry was changed`
        TheExpiryWasChanged = "The expiry was changed",
        /// `The issuing bank does not participate in the update program`
        TheIssuingBankDoesNotParticipateInTheUpdateProgram = "The issuing bank does not participate in the update program",
        /// `Contact the cardholder for updated information`
        ContactTheCardholderForUpdatedInformation = "Contact the cardholder for updated information",
        /// `No match found`
        NoMatchFound = "No match found",
        /// `No changes found`
        NoChangesFound = "No changes found",
    }
}

crate::open_enum! {
    /// `AuthorizationType`
    pub enum AuthorizationType {
        /// `authorization`
        Authorization = "authorization",
        /// `sale`
        Sale = "sale",
    }
}

crate::open_enum! {
    /// `Category`
    pub enum Category {
        /// `commercial`
        Commercial = "commercial",
        /// `consumer`
        Consumer = "consumer",
    }
}

crate::open_enum! {
    /// `FundingType`
    pub enum FundingType {
        /// `credit`
        Credit = "credit",
        /// `debit`
        Debit = "debit",
        /// `prepaid`
        Prepaid = "prepaid",
        /// `chargeCard`
        ChargeCard = "chargeCard",
        /// `deferredDebit`
        DeferredDebit = "deferredDebit",
    }
}

crate::open_enum! {
    /// `Message`
    pub enum Message {
        /// `Payment failed to be authorized`
        PaymentFailedToBeAuthorized = "Payment failed to be authorized",
        /// `Token is unrecognized`
        TokenIsUnrecognized = "Token is unrecognized",
        /// `The transaction reference is a duplicate`
        TheTransactionReferenceIsADuplicate = "The transaction reference is a duplicate",
        /// `The transaction has already been processed`
        TheTransactionHasAlreadyBeenProcessed = "The transaction has already been processed",
        /// `Currency not supported`
        CurrencyNotSupported = "Currency not supported",
    }
}

crate::open_enum! {
    /// `Name`
    pub enum Name {
        /// `internalErrorOccurred`
        InternalErrorOccurred = "internalErrorOccurred",
        /// `transactionReferenceIsADuplicate`
        TransactionReferenceIsADuplicate = "transactionReferenceIsADuplicate",
        /// `transactionHasAlreadyBeenProcessed`
        TransactionHasAlreadyBeenProcessed = "transactionHasAlreadyBeenProcessed",
        /// `channelIsNotSupported`
        ChannelIsNotSupported = "channelIsNotSupported",
        /// `currencyIsNotSupported`
        CurrencyIsNotSupported = "currencyIsNotSupported",
        /// `paymentInstrumentIsNotSupported`
        PaymentInstrumentIsNotSupported = "paymentInstrumentIsNotSupported",
        /// `fieldHasInvalidValue`
        FieldHasInvalidValue = "fieldHasInvalidValue",
        /// `fieldIsEmpty`
        FieldIsEmpty = "fieldIsEmpty",
        /// `cardNumberIsNotRecognized`
        CardNumberIsNotRecognized = "cardNumberIsNotRecognized",
        /// `underlyingPaymentInstrumentHasExpired`
        UnderlyingPaymentInstrumentHasExpired = "underlyingPaymentInstrumentHasExpired",
        /// `entityIsNotConfigured`
        EntityIsNotConfigured = "entityIsNotConfigured",
    }
}

crate::open_enum! {
    /// `PaymentInstrumentType`
    pub enum PaymentInstrumentType {
        /// `card/plain`
        CardPlain = "card/plain",
        /// `card/network`
        CardNetwork = "card/network",
        /// `card/networkToken`
        CardNetworkToken = "card/networkToken",
        /// `card/networkToken+applepay`
        CardNetworkTokenApplepay = "card/networkToken+applepay",
        /// `card/networkToken+googlepay`
        CardNetworkTokenGooglepay = "card/networkToken+googlepay",
        /// `card/plain+masked`
        CardPlainMasked = "card/plain+masked",
    }
}

crate::open_enum! {
    /// `RefundRequestedType`
    pub enum RefundRequestedType {
        /// `fullRefund`
        FullRefund = "fullRefund",
        /// `partialRefund`
        PartialRefund = "partialRefund",
    }
}

crate::open_enum! {
    /// `SettlementRequestedType`
    pub enum SettlementRequestedType {
        /// `fullSettlement`
        FullSettlement = "fullSettlement",
        /// `partialSettlement`
        PartialSettlement = "partialSettlement",
    }
}

crate::open_enum! {
    /// `TransactionType`
    pub enum TransactionType {
        /// `oneTime`
        OneTime = "oneTime",
        /// `cardOnFile`
        CardOnFile = "cardOnFile",
        /// `recurring`
        Recurring = "recurring",
    }
}

crate::open_enum! {
    /// `Type`
    pub enum Type {
        /// `card/plain`
        CardPlain = "card/plain",
        /// `card/network`
        CardNetwork = "card/network",
        /// `card/networkToken`
        CardNetworkToken = "card/networkToken",
        /// `card/networkToken+applepay`
        CardNetworkTokenApplepay = "card/networkToken+applepay",
        /// `card/networkToken+googlepay`
        CardNetworkTokenGooglepay = "card/networkToken+googlepay",
        /// `card/plain+masked`
        CardPlainMasked = "card/plain+masked",
    }
}

crate::open_enum! {
    /// `UpdatedPaymentInstrumentType`
    pub enum UpdatedPaymentInstrumentType {
        /// `card/networkToken`
        CardNetworkToken = "card/networkToken",
        /// `card/plain+masked`
        CardPlainMasked = "card/plain+masked",
    }
}

crate::open_enum! {
    /// The name of a payment's most recent event.
    pub enum LastEvent {
        /// `authorizationRequested`
        AuthorizationRequested = "authorizationRequested",
        /// `authorizationSucceeded`
        AuthorizationSucceeded = "authorizationSucceeded",
        /// `authorizationRefused`
        AuthorizationRefused = "authorizationRefused",
        /// `authorizationFailed`
        AuthorizationFailed = "authorizationFailed",
        /// `authorizationTimedOut`
        AuthorizationTimedOut = "authorizationTimedOut",
        /// `saleRequested`
        SaleRequested = "saleRequested",
        /// `saleSucceeded`
        SaleSucceeded = "saleSucceeded",
        /// `saleRefused`
        SaleRefused = "saleRefused",
        /// `saleFailed`
        SaleFailed = "saleFailed",
        /// `saleTimedOut`
        SaleTimedOut = "saleTimedOut",
        /// `settlementRequested`
        SettlementRequested = "settlementRequested",
        /// `settlementRequestSubmitted`
        SettlementRequestSubmitted = "settlementRequestSubmitted",
        /// `settlementRequestSubmissionFailed`
        SettlementRequestSubmissionFailed = "settlementRequestSubmissionFailed",
        /// `settlementRequestSubmissionTimedOut`
        SettlementRequestSubmissionTimedOut = "settlementRequestSubmissionTimedOut",
        /// `refundRequested`
        RefundRequested = "refundRequested",
        /// `refundRequestSubmitted`
        RefundRequestSubmitted = "refundRequestSubmitted",
        /// `refundRequestSubmissionFailed`
        RefundRequestSubmissionFailed = "refundRequestSubmissionFailed",
        /// `refundRequestSubmissionTimedOut`
        RefundRequestSubmissionTimedOut = "refundRequestSubmissionTimedOut",
        /// `cancellationRequested`
        CancellationRequested = "cancellationRequested",
        /// `cancellationRequestSubmitted`
        CancellationRequestSubmitted = "cancellationRequestSubmitted",
        /// `cancellationRequestSubmissionFailed`
        CancellationRequestSubmissionFailed = "cancellationRequestSubmissionFailed",
        /// `cancellationRequestSubmissionTimedOut`
        CancellationRequestSubmissionTimedOut = "cancellationRequestSubmissionTimedOut",
        /// `reversalRequested`
        ReversalRequested = "reversalRequested",
        /// `reversalRequestSubmitted`
        ReversalRequestSubmitted = "reversalRequestSubmitted",
        /// `reversalRequestSubmissionFailed`
        ReversalRequestSubmissionFailed = "reversalRequestSubmissionFailed",
        /// `reversalRequestSubmissionTimedOut`
        ReversalRequestSubmissionTimedOut = "reversalRequestSubmissionTimedOut",
    }
}

crate::tagged_union! {
    /// `Event`, tagged on `eventName`
    open pub enum Event tag "eventName" field event_name {
        /// `eventName`: `authorizationRequested`
        AuthorizationRequested(AuthorizationRequested) = "authorizationRequested",
        /// `eventName`: `authorizationSucceeded`
        AuthorizationSucceeded(AuthorizationSucceeded) = "authorizationSucceeded",
        /// `eventName`: `authorizationRefused`
        AuthorizationRefused(AuthorizationRefused) = "authorizationRefused",
        /// `eventName`: `authorizationFailed`
        AuthorizationFailed(AuthorizationFailed) = "authorizationFailed",
        /// `eventName`: `authorizationTimedOut`
        AuthorizationTimedOut(AuthorizationTimedOut) = "authorizationTimedOut",
        /// `eventName`: `saleRequested`
        SaleRequested(SaleRequested) = "saleRequested",
        /// `eventName`: `saleSucceeded`
        SaleSucceeded(SaleSucceeded) = "saleSucceeded",
        /// `eventName`: `saleRefused`
        SaleRefused(SaleRefused) = "saleRefused",
        /// `eventName`: `saleFailed`
        SaleFailed(SaleFailed) = "saleFailed",
        /// `eventName`: `saleTimedOut`
        SaleTimedOut(SaleTimedOut) = "saleTimedOut",
        /// `eventName`: `settlementRequested`
        SettlementRequested(SettlementRequested) = "settlementRequested",
        /// `eventName`: `settlementRequestSubmitted`
        SettlementRequestSubmitted(SettlementRequestSubmitted) = "settlementRequestSubmitted",
        /// `eventName`: `settlementRequestSubmissionFailed`
        SettlementRequestSubmissionFailed(SettlementRequestSubmissionFailed) = "settlementRequestSubmissionFailed",
        /// `eventName`: `settlementRequestSubmissionTimedOut`
        SettlementRequestSubmissionTimedOut(SettlementRequestSubmissionTimedOut) = "settlementRequestSubmissionTimedOut",
        /// `eventName`: `refundRequested`
        RefundRequested(RefundRequested) = "refundRequested",
        /// `eventName`: `refundRequestSubmitted`
        RefundRequestSubmitted(RefundRequestSubmitted) = "refundRequestSubmitted",
        /// `eventName`: `refundRequestSubmissionFailed`
        RefundRequestSubmissionFailed(RefundRequestSubmissionFailed) = "refundRequestSubmissionFailed",
        /// `eventName`: `refundRequestSubmissionTimedOut`
        RefundRequestSubmissionTimedOut(RefundRequestSubmissionTimedOut) = "refundRequestSubmissionTimedOut",
        /// `eventName`: `cancellationRequested`
        CancellationRequested(CancellationRequested) = "cancellationRequested",
        /// `eventName`: `cancellationRequestSubmitted`
        CancellationRequestSubmitted(CancellationRequestSubmitted) = "cancellationRequestSubmitted",
        /// `eventName`: `cancellationRequestSubmissionFailed`
        CancellationRequestSubmissionFailed(CancellationRequestSubmissionFailed) = "cancellationRequestSubmissionFailed",
        /// `eventName`: `cancellationRequestSubmissionTimedOut`
        CancellationRequestSubmissionTimedOut(CancellationRequestSubmissionTimedOut) = "cancellationRequestSubmissionTimedOut",
        /// `eventName`: `reversalRequested`
        ReversalRequested(ReversalRequested) = "reversalRequested",
        /// `eventName`: `reversalRequestSubmitted`
        ReversalRequestSubmitted(ReversalRequestSubmitted) = "reversalRequestSubmitted",
        /// `eventName`: `reversalRequestSubmissionFailed`
        ReversalRequestSubmissionFailed(ReversalRequestSubmissionFailed) = "reversalRequestSubmissionFailed",
        /// `eventName`: `reversalRequestSubmissionTimedOut`
        ReversalRequestSubmissionTimedOut(ReversalRequestSubmissionTimedOut) = "reversalRequestSubmissionTimedOut",
    }
}

impl ::core::convert::From<AuthorizationRequested> for Event {
    fn from(value: AuthorizationRequested) -> Self {
        Self::AuthorizationRequested(value)
    }
}

impl ::core::convert::From<AuthorizationSucceeded> for Event {
    fn from(value: AuthorizationSucceeded) -> Self {
        Self::AuthorizationSucceeded(value)
    }
}

impl ::core::convert::From<AuthorizationRefused> for Event {
    fn from(value: AuthorizationRefused) -> Self {
        Self::AuthorizationRefused(value)
    }
}

impl ::core::convert::From<AuthorizationFailed> for Event {
    fn from(value: AuthorizationFailed) -> Self {
        Self::AuthorizationFailed(value)
    }
}

impl ::core::convert::From<AuthorizationTimedOut> for Event {
    fn from(value: AuthorizationTimedOut) -> Self {
        Self::AuthorizationTimedOut(value)
    }
}

impl ::core::convert::From<SaleRequested> for Event {
    fn from(value: SaleRequested) -> Self {
        Self::SaleRequested(value)
    }
}

impl ::core::convert::From<SaleSucceeded> for Event {
    fn from(value: SaleSucceeded) -> Self {
        Self::SaleSucceeded(value)
    }
}

impl ::core::convert::From<SaleRefused> for Event {
    fn from(value: SaleRefused) -> Self {
        Self::SaleRefused(value)
    }
}

impl ::core::convert::From<SaleFailed> for Event {
    fn from(value: SaleFailed) -> Self {
        Self::SaleFailed(value)
    }
}

impl ::core::convert::From<SaleTimedOut> for Event {
    fn from(value: SaleTimedOut) -> Self {
        Self::SaleTimedOut(value)
    }
}

impl ::core::convert::From<SettlementRequested> for Event {
    fn from(value: SettlementRequested) -> Self {
        Self::SettlementRequested(value)
    }
}

impl ::core::convert::From<SettlementRequestSubmitted> for Event {
    fn from(value: SettlementRequestSubmitted) -> Self {
        Self::SettlementRequestSubmitted(value)
    }
}

impl ::core::convert::From<SettlementRequestSubmissionFailed> for Event {
    fn from(value: SettlementRequestSubmissionFailed) -> Self {
        Self::SettlementRequestSubmissionFailed(value)
    }
}

impl ::core::convert::From<SettlementRequestSubmissionTimedOut> for Event {
    fn from(value: SettlementRequestSubmissionTimedOut) -> Self {
        Self::SettlementRequestSubmissionTimedOut(value)
    }
}

impl ::core::convert::From<RefundRequested> for Event {
    fn from(value: RefundRequested) -> Self {
        Self::RefundRequested(value)
    }
}

impl ::core::convert::From<RefundRequestSubmitted> for Event {
    fn from(value: RefundRequestSubmitted) -> Self {
        Self::RefundRequestSubmitted(value)
    }
}

impl ::core::convert::From<RefundRequestSubmissionFailed> for Event {
    fn from(value: RefundRequestSubmissionFailed) -> Self {
        Self::RefundRequestSubmissionFailed(value)
    }
}

impl ::core::convert::From<RefundRequestSubmissionTimedOut> for Event {
    fn from(value: RefundRequestSubmissionTimedOut) -> Self {
        Self::RefundRequestSubmissionTimedOut(value)
    }
}

impl ::core::convert::From<CancellationRequested> for Event {
    fn from(value: CancellationRequested) -> Self {
        Self::CancellationRequested(value)
    }
}

impl ::core::convert::From<CancellationRequestSubmitted> for Event {
    fn from(value: CancellationRequestSubmitted) -> Self {
        Self::CancellationRequestSubmitted(value)
    }
}

impl ::core::convert::From<CancellationRequestSubmissionFailed> for Event {
    fn from(value: CancellationRequestSubmissionFailed) -> Self {
        Self::CancellationRequestSubmissionFailed(value)
    }
}

impl ::core::convert::From<CancellationRequestSubmissionTimedOut> for Event {
    fn from(value: CancellationRequestSubmissionTimedOut) -> Self {
        Self::CancellationRequestSubmissionTimedOut(value)
    }
}

impl ::core::convert::From<ReversalRequested> for Event {
    fn from(value: ReversalRequested) -> Self {
        Self::ReversalRequested(value)
    }
}

impl ::core::convert::From<ReversalRequestSubmitted> for Event {
    fn from(value: ReversalRequestSubmitted) -> Self {
        Self::ReversalRequestSubmitted(value)
    }
}

impl ::core::convert::From<ReversalRequestSubmissionFailed> for Event {
    fn from(value: ReversalRequestSubmissionFailed) -> Self {
        Self::ReversalRequestSubmissionFailed(value)
    }
}

impl ::core::convert::From<ReversalRequestSubmissionTimedOut> for Event {
    fn from(value: ReversalRequestSubmissionTimedOut) -> Self {
        Self::ReversalRequestSubmissionTimedOut(value)
    }
}

/// The types grouped to browse, by the side of the wire that carries them
/// (a type both sides carry is in both).
pub mod by_side {
    /// What answers carry: lenient, open to values Worldpay adds.
    pub mod answers {
        pub use super::super::{
            AccountUpdaterMessage, AuthorizationFailed, AuthorizationRefused,
            AuthorizationRequested, AuthorizationSucceeded, AuthorizationTimedOut,
            AuthorizationType, CancellationRequestSubmissionFailed,
            CancellationRequestSubmissionTimedOut, CancellationRequestSubmitted,
            CancellationRequested, Category, CommandId, Error, Event, ExpiryDate,
            FundingType, Issuer, LastEvent, Message, Name, Narrative, Number, PaymentId,
            PaymentInstrument, PaymentInstrumentCard, PaymentInstrumentType,
            PaymentNarrative, PqQuerybydaterange200Response,
            PqQuerybydaterange200ResponseEmbedded,
            PqQuerybydaterange200ResponseEmbeddedPayment,
            PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrument,
            PqQuerybydaterange200ResponseEmbeddedPaymentPaymentInstrumentCard,
            PqQuerybypaymentid200Response, PqQueryhistoricalpayments200Response,
            PqQueryhistoricalpayments200ResponseEmbedded,
            PqQueryhistoricalpayments200ResponseEmbeddedPayment,
            PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrument,
            PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCard,
            PqQueryhistoricalpayments200ResponseEmbeddedPaymentPaymentInstrumentCardNumber,
            RefundRequestSubmissionFailed, RefundRequestSubmissionTimedOut,
            RefundRequestSubmitted, RefundRequested, RefundRequestedType,
            ReversalRequestSubmissionFailed, ReversalRequestSubmissionTimedOut,
            ReversalRequestSubmitted, ReversalRequested, SaleFailed, SaleRefused,
            SaleRequested, SaleSucceeded, SaleTimedOut, Scheme,
            SettlementRequestSubmissionFailed, SettlementRequestSubmissionTimedOut,
            SettlementRequestSubmitted, SettlementRequested, SettlementRequestedType,
            TransactionType, Type, UpdatedPaymentInstrument,
            UpdatedPaymentInstrumentCard, UpdatedPaymentInstrumentType, Value,
        };
    }
}
