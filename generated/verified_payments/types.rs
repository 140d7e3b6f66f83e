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

///`Account`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Account {
    #[serde(
        rename = "dateOfBirth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_of_birth: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub history: ::std::option::Option<AccountHistory>,
    #[serde(
        rename = "previousSuspiciousActivity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub previous_suspicious_activity: ::std::option::Option<bool>,
    #[serde(
        rename = "shopperId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Account {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "dateOfBirth",
            "email",
            "history",
            "previousSuspiciousActivity",
            "shopperId",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Account;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Account")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Account, A::Error>
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
                    ::std::option::Option<AccountHistory>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Account {
                    date_of_birth: __f0.unwrap_or_default(),
                    email: __f1.unwrap_or_default(),
                    history: __f2.unwrap_or_default(),
                    previous_suspicious_activity: __f3.unwrap_or_default(),
                    shopper_id: __f4.unwrap_or_default(),
                    type_: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Account", FIELDS, __Visitor)
    }
}
///`AccountHistory`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AccountHistory {
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "modifiedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub modified_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "passwordModifiedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_modified_at: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentAccountEnrolledAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_account_enrolled_at: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AccountHistory {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "createdAt",
            "modifiedAt",
            "passwordModifiedAt",
            "paymentAccountEnrolledAt",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AccountHistory;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AccountHistory")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountHistory, A::Error>
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
                ::core::result::Result::Ok(AccountHistory {
                    created_at: __f0.unwrap_or_default(),
                    modified_at: __f1.unwrap_or_default(),
                    password_modified_at: __f2.unwrap_or_default(),
                    payment_account_enrolled_at: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AccountHistory", FIELDS, __Visitor)
    }
}
///`Address`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Address {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    #[serde(rename = "countryCode")]
    pub country_code: ::std::string::String,
    #[serde(
        rename = "phoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub phone_number: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Address {
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
            "phoneNumber",
            "postalCode",
            "state",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Address;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Address")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Address, A::Error>
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
                let mut __f4: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Address {
                    address1: __f0.unwrap_or_default(),
                    address2: __f1.unwrap_or_default(),
                    address3: __f2.unwrap_or_default(),
                    city: __f3.unwrap_or_default(),
                    country_code: crate::deserialize::required(__f4, FIELDS[4usize])?,
                    phone_number: __f5.unwrap_or_default(),
                    postal_code: __f6.unwrap_or_default(),
                    state: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Address", FIELDS, __Visitor)
    }
}
///`BillingAddress`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BillingAddress {
    pub address1: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
    pub city: ::std::string::String,
    #[serde(rename = "countryCode")]
    pub country_code: ::std::string::String,
    #[serde(rename = "postalCode")]
    pub postal_code: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for BillingAddress {
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
            type Value = BillingAddress;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct BillingAddress")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BillingAddress, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(BillingAddress {
                    address1: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    address2: __f1.unwrap_or_default(),
                    address3: __f2.unwrap_or_default(),
                    city: crate::deserialize::required(__f3, FIELDS[3usize])?,
                    country_code: crate::deserialize::required(__f4, FIELDS[4usize])?,
                    postal_code: crate::deserialize::required(__f5, FIELDS[5usize])?,
                    state: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("BillingAddress", FIELDS, __Visitor)
    }
}
///`CardExpiryDate`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardExpiryDate {
    pub month: crate::verified_payments::types::CardExpiryDateMonth,
    pub year: crate::verified_payments::types::CardExpiryDateYear,
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
                    crate::verified_payments::types::CardExpiryDateMonth,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    crate::verified_payments::types::CardExpiryDateYear,
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
                    month: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    year: crate::deserialize::required(__f1, FIELDS[1usize])?,
                })
            }
        }
        deserializer.deserialize_struct("CardExpiryDate", FIELDS, __Visitor)
    }
}
///`Challenge`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Challenge {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub preference: ::std::option::Option<::std::string::String>,
    #[serde(rename = "returnUrl")]
    pub return_url: ::std::string::String,
    #[serde(
        rename = "windowSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub window_size: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Challenge {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["preference", "returnUrl", "windowSize"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Challenge;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Challenge")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Challenge, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Challenge {
                    preference: __f0.unwrap_or_default(),
                    return_url: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    window_size: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Challenge", FIELDS, __Visitor)
    }
}
///`Custom`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Custom {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number1: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number2: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number3: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number4: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number5: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number6: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number7: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number8: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number9: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string1: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string3: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string4: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string5: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string6: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string7: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string8: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string9: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Custom {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "number1",
            "number2",
            "number3",
            "number4",
            "number5",
            "number6",
            "number7",
            "number8",
            "number9",
            "string1",
            "string2",
            "string3",
            "string4",
            "string5",
            "string6",
            "string7",
            "string8",
            "string9",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Custom;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Custom")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Custom, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f10: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f11: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f12: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f13: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f14: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f15: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f16: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f17: ::core::option::Option<
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
                        ::core::option::Option::Some(15usize) => {
                            crate::deserialize::once(
                                &mut __f15,
                                &mut map,
                                FIELDS[15usize],
                            )?
                        }
                        ::core::option::Option::Some(16usize) => {
                            crate::deserialize::once(
                                &mut __f16,
                                &mut map,
                                FIELDS[16usize],
                            )?
                        }
                        ::core::option::Option::Some(17usize) => {
                            crate::deserialize::once(
                                &mut __f17,
                                &mut map,
                                FIELDS[17usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(Custom {
                    number1: __f0.unwrap_or_default(),
                    number2: __f1.unwrap_or_default(),
                    number3: __f2.unwrap_or_default(),
                    number4: __f3.unwrap_or_default(),
                    number5: __f4.unwrap_or_default(),
                    number6: __f5.unwrap_or_default(),
                    number7: __f6.unwrap_or_default(),
                    number8: __f7.unwrap_or_default(),
                    number9: __f8.unwrap_or_default(),
                    string1: __f9.unwrap_or_default(),
                    string2: __f10.unwrap_or_default(),
                    string3: __f11.unwrap_or_default(),
                    string4: __f12.unwrap_or_default(),
                    string5: __f13.unwrap_or_default(),
                    string6: __f14.unwrap_or_default(),
                    string7: __f15.unwrap_or_default(),
                    string8: __f16.unwrap_or_default(),
                    string9: __f17.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Custom", FIELDS, __Visitor)
    }
}
///`DeviceData`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeviceData {
    #[serde(rename = "acceptHeader")]
    pub accept_header: ::std::string::String,
    #[serde(
        rename = "browserLanguage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub browser_language: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tmxSessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tmx_session_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "userAgentHeader")]
    pub user_agent_header: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for DeviceData {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "acceptHeader",
            "browserLanguage",
            "ipAddress",
            "tmxSessionId",
            "userAgentHeader",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = DeviceData;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct DeviceData")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeviceData, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(DeviceData {
                    accept_header: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    browser_language: __f1.unwrap_or_default(),
                    ip_address: __f2.unwrap_or_default(),
                    tmx_session_id: __f3.unwrap_or_default(),
                    user_agent_header: crate::deserialize::required(
                        __f4,
                        FIELDS[4usize],
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("DeviceData", FIELDS, __Visitor)
    }
}
///`DeviceDataCollection`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeviceDataCollection {
    pub bin: ::std::string::String,
    pub jwt: ::std::string::String,
    pub url: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for DeviceDataCollection {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["bin", "jwt", "url"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = DeviceDataCollection;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct DeviceDataCollection")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeviceDataCollection, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(DeviceDataCollection {
                    bin: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    jwt: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    url: crate::deserialize::required(__f2, FIELDS[2usize])?,
                })
            }
        }
        deserializer.deserialize_struct("DeviceDataCollection", FIELDS, __Visitor)
    }
}
///`ErrorResponse`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ErrorResponse {
    #[serde(
        rename = "errorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ErrorResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["errorName", "message"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ErrorResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ErrorResponse")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ErrorResponse, A::Error>
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
                ::core::result::Result::Ok(ErrorResponse {
                    error_name: __f0.unwrap_or_default(),
                    message: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ErrorResponse", FIELDS, __Visitor)
    }
}
///`GiftCardsPurchase`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct GiftCardsPurchase {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub quantity: ::std::option::Option<i64>,
    #[serde(
        rename = "totalValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_value: ::std::option::Option<TotalValue>,
}
impl<'de> ::serde::Deserialize<'de> for GiftCardsPurchase {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["quantity", "totalValue"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = GiftCardsPurchase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct GiftCardsPurchase")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GiftCardsPurchase, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<TotalValue>,
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
                ::core::result::Result::Ok(GiftCardsPurchase {
                    quantity: __f0.unwrap_or_default(),
                    total_value: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("GiftCardsPurchase", FIELDS, __Visitor)
    }
}
///`Instruction`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Instruction {
    #[serde(
        rename = "debtRepayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debt_repayment: ::std::option::Option<bool>,
    pub narrative: Narrative,
    #[serde(rename = "paymentInstrument")]
    pub payment_instrument: PaymentInstrument,
    pub value: Value,
}
impl<'de> ::serde::Deserialize<'de> for Instruction {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "debtRepayment",
            "narrative",
            "paymentInstrument",
            "value",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Instruction;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Instruction")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Instruction, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<Narrative> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<PaymentInstrument> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<Value> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Instruction {
                    debt_repayment: __f0.unwrap_or_default(),
                    narrative: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    payment_instrument: crate::deserialize::required(
                        __f2,
                        FIELDS[2usize],
                    )?,
                    value: crate::deserialize::required(__f3, FIELDS[3usize])?,
                })
            }
        }
        deserializer.deserialize_struct("Instruction", FIELDS, __Visitor)
    }
}
///`Merchant`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Merchant {
    pub entity: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fraud: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mcc: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentFacilitator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_facilitator: ::std::option::Option<PaymentFacilitator>,
}
impl<'de> ::serde::Deserialize<'de> for Merchant {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["entity", "fraud", "mcc", "paymentFacilitator"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Merchant;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Merchant")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Merchant, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<PaymentFacilitator>,
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
                ::core::result::Result::Ok(Merchant {
                    entity: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    fraud: __f1.unwrap_or_default(),
                    mcc: __f2.unwrap_or_default(),
                    payment_facilitator: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Merchant", FIELDS, __Visitor)
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
///`PaymentFacilitator`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentFacilitator {
    #[serde(rename = "isoId", skip_serializing_if = "::std::option::Option::is_none")]
    pub iso_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "pfId")]
    pub pf_id: ::std::string::String,
    #[serde(rename = "subMerchant")]
    pub sub_merchant: SubMerchant,
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitator {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["isoId", "pfId", "subMerchant"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentFacilitator;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentFacilitator")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentFacilitator, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<SubMerchant> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PaymentFacilitator {
                    iso_id: __f0.unwrap_or_default(),
                    pf_id: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    sub_merchant: crate::deserialize::required(__f2, FIELDS[2usize])?,
                })
            }
        }
        deserializer.deserialize_struct("PaymentFacilitator", FIELDS, __Visitor)
    }
}
///`PaymentInstrument`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<BillingAddress>,
    #[serde(rename = "cardExpiryDate")]
    pub card_expiry_date: CardExpiryDate,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::verified_payments::types::CardHolderName,
    >,
    #[serde(rename = "cardNumber")]
    pub card_number: crate::verified_payments::types::CardNumber,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cvc: ::std::option::Option<crate::verified_payments::types::Cvc>,
    #[serde(rename = "type")]
    pub type_: PaymentInstrumentType,
}
impl<'de> ::serde::Deserialize<'de> for PaymentInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "billingAddress",
            "cardExpiryDate",
            "cardHolderName",
            "cardNumber",
            "cvc",
            "type",
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
                    ::std::option::Option<BillingAddress>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<CardExpiryDate> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<
                        crate::verified_payments::types::CardHolderName,
                    >,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    crate::verified_payments::types::CardNumber,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<crate::verified_payments::types::Cvc>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<PaymentInstrumentType> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PaymentInstrument {
                    billing_address: __f0.unwrap_or_default(),
                    card_expiry_date: crate::deserialize::required(
                        __f1,
                        FIELDS[1usize],
                    )?,
                    card_holder_name: __f2.unwrap_or_default(),
                    card_number: crate::deserialize::required(__f3, FIELDS[3usize])?,
                    cvc: __f4.unwrap_or_default(),
                    type_: crate::deserialize::required(__f5, FIELDS[5usize])?,
                })
            }
        }
        deserializer.deserialize_struct("PaymentInstrument", FIELDS, __Visitor)
    }
}
///`PaymentInstrumentType`
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum PaymentInstrumentType {
    #[serde(rename = "card/plain")]
    CardPlain,
}
impl<'de> ::serde::Deserialize<'de> for PaymentInstrumentType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["card/plain"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "PaymentInstrumentType",
                VARIANTS,
            )? {
                _ => Self::CardPlain,
            },
        )
    }
}
impl ::std::fmt::Display for PaymentInstrumentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CardPlain => f.write_str("card/plain"),
        }
    }
}
impl ::std::str::FromStr for PaymentInstrumentType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "card/plain" => Ok(Self::CardPlain),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentInstrumentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentInstrumentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`RiskData`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RiskData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<Account>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom: ::std::option::Option<Custom>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<Shipping>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction: ::std::option::Option<Transaction>,
}
impl<'de> ::serde::Deserialize<'de> for RiskData {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["account", "custom", "shipping", "transaction"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RiskData;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RiskData")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RiskData, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Account>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<Custom>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Shipping>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<Transaction>,
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
                ::core::result::Result::Ok(RiskData {
                    account: __f0.unwrap_or_default(),
                    custom: __f1.unwrap_or_default(),
                    shipping: __f2.unwrap_or_default(),
                    transaction: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RiskData", FIELDS, __Visitor)
    }
}
///`Shipping`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Shipping {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<Address>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "nameMatchesAccountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name_matches_account_name: ::std::option::Option<bool>,
    #[serde(
        rename = "timeFrame",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_frame: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Shipping {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "address",
            "email",
            "firstName",
            "lastName",
            "method",
            "nameMatchesAccountName",
            "timeFrame",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Shipping;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Shipping")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Shipping, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<Address>> = ::core::option::Option::None;
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
                let mut __f5: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Shipping {
                    address: __f0.unwrap_or_default(),
                    email: __f1.unwrap_or_default(),
                    first_name: __f2.unwrap_or_default(),
                    last_name: __f3.unwrap_or_default(),
                    method: __f4.unwrap_or_default(),
                    name_matches_account_name: __f5.unwrap_or_default(),
                    time_frame: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Shipping", FIELDS, __Visitor)
    }
}
///`SubMerchant`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SubMerchant {
    pub city: ::std::string::String,
    #[serde(rename = "countryCode")]
    pub country_code: ::std::string::String,
    #[serde(rename = "merchantId")]
    pub merchant_id: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(rename = "postalCode")]
    pub postal_code: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    pub street: ::std::string::String,
    #[serde(rename = "taxId", skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_id: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SubMerchant {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "city",
            "countryCode",
            "merchantId",
            "name",
            "postalCode",
            "state",
            "street",
            "taxId",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SubMerchant;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SubMerchant")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SubMerchant, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(SubMerchant {
                    city: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    country_code: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    merchant_id: crate::deserialize::required(__f2, FIELDS[2usize])?,
                    name: crate::deserialize::required(__f3, FIELDS[3usize])?,
                    postal_code: crate::deserialize::required(__f4, FIELDS[4usize])?,
                    state: __f5.unwrap_or_default(),
                    street: crate::deserialize::required(__f6, FIELDS[6usize])?,
                    tax_id: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SubMerchant", FIELDS, __Visitor)
    }
}
///`TotalValue`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TotalValue {
    pub amount: i64,
    pub currency: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for TotalValue {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["amount", "currency"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TotalValue;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TotalValue")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TotalValue, A::Error>
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
                ::core::result::Result::Ok(TotalValue {
                    amount: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    currency: crate::deserialize::required(__f1, FIELDS[1usize])?,
                })
            }
        }
        deserializer.deserialize_struct("TotalValue", FIELDS, __Visitor)
    }
}
///`Transaction`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Transaction {
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "giftCardsPurchase",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gift_cards_purchase: ::std::option::Option<GiftCardsPurchase>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub history: ::std::option::Option<TransactionHistory>,
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "phoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub phone_number: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "preOrderDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pre_order_date: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reorder: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for Transaction {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "firstName",
            "giftCardsPurchase",
            "history",
            "lastName",
            "phoneNumber",
            "preOrderDate",
            "reorder",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Transaction;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Transaction")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Transaction, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<GiftCardsPurchase>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<TransactionHistory>,
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
                let mut __f6: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Transaction {
                    first_name: __f0.unwrap_or_default(),
                    gift_cards_purchase: __f1.unwrap_or_default(),
                    history: __f2.unwrap_or_default(),
                    last_name: __f3.unwrap_or_default(),
                    phone_number: __f4.unwrap_or_default(),
                    pre_order_date: __f5.unwrap_or_default(),
                    reorder: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Transaction", FIELDS, __Visitor)
    }
}
///`TransactionHistory`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TransactionHistory {
    #[serde(
        rename = "addCardsLastDay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_cards_last_day: ::std::option::Option<i64>,
    #[serde(
        rename = "attemptsLastDay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attempts_last_day: ::std::option::Option<i64>,
    #[serde(
        rename = "attemptsLastYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attempts_last_year: ::std::option::Option<i64>,
    #[serde(
        rename = "completedLastSixMonths",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub completed_last_six_months: ::std::option::Option<i64>,
    #[serde(
        rename = "shippingAddressFirstUsedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shipping_address_first_used_at: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for TransactionHistory {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "addCardsLastDay",
            "attemptsLastDay",
            "attemptsLastYear",
            "completedLastSixMonths",
            "shippingAddressFirstUsedAt",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TransactionHistory;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct TransactionHistory")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TransactionHistory, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(TransactionHistory {
                    add_cards_last_day: __f0.unwrap_or_default(),
                    attempts_last_day: __f1.unwrap_or_default(),
                    attempts_last_year: __f2.unwrap_or_default(),
                    completed_last_six_months: __f3.unwrap_or_default(),
                    shipping_address_first_used_at: __f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TransactionHistory", FIELDS, __Visitor)
    }
}
///`ValidationError`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ValidationError {
    #[serde(
        rename = "errorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jsonPath", skip_serializing_if = "::std::option::Option::is_none")]
    pub json_path: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ValidationError {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["errorName", "jsonPath", "message"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ValidationError;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ValidationError")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ValidationError, A::Error>
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
                ::core::result::Result::Ok(ValidationError {
                    error_name: __f0.unwrap_or_default(),
                    json_path: __f1.unwrap_or_default(),
                    message: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ValidationError", FIELDS, __Visitor)
    }
}
///`ValidationErrorResponse`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ValidationErrorResponse {
    #[serde(
        rename = "errorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "validationErrors",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub validation_errors: ::std::vec::Vec<ValidationError>,
}
impl<'de> ::serde::Deserialize<'de> for ValidationErrorResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["errorName", "message", "validationErrors"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ValidationErrorResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ValidationErrorResponse")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ValidationErrorResponse, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::vec::Vec<ValidationError>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(ValidationErrorResponse {
                    error_name: __f0.unwrap_or_default(),
                    message: __f1.unwrap_or_default(),
                    validation_errors: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ValidationErrorResponse", FIELDS, __Visitor)
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
///`VerifiedPaymentRequest`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequest {
    pub challenge: Challenge,
    #[serde(rename = "deviceData")]
    pub device_data: DeviceData,
    pub instruction: Instruction,
    pub merchant: Merchant,
    #[serde(rename = "riskData", skip_serializing_if = "::std::option::Option::is_none")]
    pub risk_data: ::std::option::Option<RiskData>,
    #[serde(rename = "transactionReference")]
    pub transaction_reference: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for VerifiedPaymentRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "challenge",
            "deviceData",
            "instruction",
            "merchant",
            "riskData",
            "transactionReference",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VerifiedPaymentRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct VerifiedPaymentRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VerifiedPaymentRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<Challenge> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<DeviceData> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<Instruction> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<Merchant> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::option::Option<RiskData>> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(VerifiedPaymentRequest {
                    challenge: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    device_data: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    instruction: crate::deserialize::required(__f2, FIELDS[2usize])?,
                    merchant: crate::deserialize::required(__f3, FIELDS[3usize])?,
                    risk_data: __f4.unwrap_or_default(),
                    transaction_reference: crate::deserialize::required(
                        __f5,
                        FIELDS[5usize],
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("VerifiedPaymentRequest", FIELDS, __Visitor)
    }
}
///`VerifiedPaymentResponse`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentResponse {
    #[serde(
        rename = "deviceDataCollection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_data_collection: ::std::option::Option<DeviceDataCollection>,
    #[serde(rename = "_links", default = "defaults::verified_payment_response_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub reason: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub score: ::std::option::Option<f64>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for VerifiedPaymentResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "deviceDataCollection",
            "_links",
            "outcome",
            "reason",
            "score",
            "transactionReference",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VerifiedPaymentResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct VerifiedPaymentResponse")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VerifiedPaymentResponse, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<DeviceDataCollection>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::option::Option<f64>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(VerifiedPaymentResponse {
                    device_data_collection: __f0.unwrap_or_default(),
                    links: __f1
                        .unwrap_or_else(defaults::verified_payment_response_links),
                    outcome: __f2.unwrap_or_default(),
                    reason: __f3.unwrap_or_default(),
                    score: __f4.unwrap_or_default(),
                    transaction_reference: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("VerifiedPaymentResponse", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for VerifiedPaymentResponse {
    fn default() -> Self {
        Self {
            device_data_collection: Default::default(),
            links: defaults::verified_payment_response_links(),
            outcome: Default::default(),
            reason: Default::default(),
            score: Default::default(),
            transaction_reference: Default::default(),
        }
    }
}
///`VerifiedPaymentsRoot`
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentsRoot {
    #[serde(rename = "_links", default = "defaults::verified_payments_root_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
}
impl<'de> ::serde::Deserialize<'de> for VerifiedPaymentsRoot {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["_links"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VerifiedPaymentsRoot;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct VerifiedPaymentsRoot")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VerifiedPaymentsRoot, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<crate::hal::Links> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(VerifiedPaymentsRoot {
                    links: __f0.unwrap_or_else(defaults::verified_payments_root_links),
                })
            }
        }
        deserializer.deserialize_struct("VerifiedPaymentsRoot", FIELDS, __Visitor)
    }
}
impl ::std::default::Default for VerifiedPaymentsRoot {
    fn default() -> Self {
        Self {
            links: defaults::verified_payments_root_links(),
        }
    }
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn verified_payment_response_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn verified_payments_root_links() -> crate::hal::Links {
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
pub mod builder {
    /// A [`Account`](super::Account) under construction.
    #[derive(Clone, Debug)]
    pub struct Account {
        date_of_birth: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        email: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        history: ::core::result::Result<
            ::std::option::Option<super::AccountHistory>,
            crate::request::Refusal,
        >,
        previous_suspicious_activity: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        shopper_id: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Account {
        fn default() -> Self {
            Self {
                date_of_birth: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                email: ::core::result::Result::Ok(::core::default::Default::default()),
                history: ::core::result::Result::Ok(::core::default::Default::default()),
                previous_suspicious_activity: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shopper_id: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                type_: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl Account {
        /// Sets `dateOfBirth`.
        pub fn date_of_birth<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.date_of_birth = crate::request::set_some(value, "dateOfBirth");
            self
        }
        /// Leaves `dateOfBirth` out.
        pub fn without_date_of_birth(mut self) -> Self {
            self.date_of_birth = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `email`.
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.email = crate::request::set_some(value, "email");
            self
        }
        /// Leaves `email` out.
        pub fn without_email(mut self) -> Self {
            self.email = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `history`.
        pub fn history<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::AccountHistory>,
            V::Error: crate::request::IntoRefusal,
        {
            self.history = crate::request::set_some(value, "history");
            self
        }
        /// Leaves `history` out.
        pub fn without_history(mut self) -> Self {
            self.history = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `previousSuspiciousActivity`.
        pub fn previous_suspicious_activity<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.previous_suspicious_activity = crate::request::set_some(
                value,
                "previousSuspiciousActivity",
            );
            self
        }
        /// Leaves `previousSuspiciousActivity` out.
        pub fn without_previous_suspicious_activity(mut self) -> Self {
            self.previous_suspicious_activity = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `shopperId`.
        pub fn shopper_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shopper_id = crate::request::set_some(value, "shopperId");
            self
        }
        /// Leaves `shopperId` out.
        pub fn without_shopper_id(mut self) -> Self {
            self.shopper_id = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = crate::request::set_some(value, "type");
            self
        }
        /// Leaves `type` out.
        pub fn without_type(mut self) -> Self {
            self.type_ = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<Account> for super::Account {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Account,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                date_of_birth: value.date_of_birth?,
                email: value.email?,
                history: value.history?,
                previous_suspicious_activity: value.previous_suspicious_activity?,
                shopper_id: value.shopper_id?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::Account> for Account {
        fn from(value: super::Account) -> Self {
            Self {
                date_of_birth: ::core::result::Result::Ok(value.date_of_birth),
                email: ::core::result::Result::Ok(value.email),
                history: ::core::result::Result::Ok(value.history),
                previous_suspicious_activity: ::core::result::Result::Ok(
                    value.previous_suspicious_activity,
                ),
                shopper_id: ::core::result::Result::Ok(value.shopper_id),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`AccountHistory`](super::AccountHistory) under construction.
    #[derive(Clone, Debug)]
    pub struct AccountHistory {
        created_at: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        modified_at: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        password_modified_at: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        payment_account_enrolled_at: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for AccountHistory {
        fn default() -> Self {
            Self {
                created_at: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                modified_at: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                password_modified_at: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                payment_account_enrolled_at: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl AccountHistory {
        /// Sets `createdAt`.
        pub fn created_at<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.created_at = crate::request::set_some(value, "createdAt");
            self
        }
        /// Leaves `createdAt` out.
        pub fn without_created_at(mut self) -> Self {
            self.created_at = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `modifiedAt`.
        pub fn modified_at<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.modified_at = crate::request::set_some(value, "modifiedAt");
            self
        }
        /// Leaves `modifiedAt` out.
        pub fn without_modified_at(mut self) -> Self {
            self.modified_at = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `passwordModifiedAt`.
        pub fn password_modified_at<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.password_modified_at = crate::request::set_some(
                value,
                "passwordModifiedAt",
            );
            self
        }
        /// Leaves `passwordModifiedAt` out.
        pub fn without_password_modified_at(mut self) -> Self {
            self.password_modified_at = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `paymentAccountEnrolledAt`.
        pub fn payment_account_enrolled_at<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_account_enrolled_at = crate::request::set_some(
                value,
                "paymentAccountEnrolledAt",
            );
            self
        }
        /// Leaves `paymentAccountEnrolledAt` out.
        pub fn without_payment_account_enrolled_at(mut self) -> Self {
            self.payment_account_enrolled_at = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<AccountHistory> for super::AccountHistory {
        type Error = crate::request::Refusal;
        fn try_from(
            value: AccountHistory,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                created_at: value.created_at?,
                modified_at: value.modified_at?,
                password_modified_at: value.password_modified_at?,
                payment_account_enrolled_at: value.payment_account_enrolled_at?,
            })
        }
    }
    impl ::core::convert::From<super::AccountHistory> for AccountHistory {
        fn from(value: super::AccountHistory) -> Self {
            Self {
                created_at: ::core::result::Result::Ok(value.created_at),
                modified_at: ::core::result::Result::Ok(value.modified_at),
                password_modified_at: ::core::result::Result::Ok(
                    value.password_modified_at,
                ),
                payment_account_enrolled_at: ::core::result::Result::Ok(
                    value.payment_account_enrolled_at,
                ),
            }
        }
    }
    /// A [`Address`](super::Address) under construction.
    #[derive(Clone, Debug)]
    pub struct Address {
        address1: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        address2: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        address3: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        city: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        country_code: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        phone_number: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        postal_code: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        state: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Address {
        fn default() -> Self {
            Self {
                address1: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                address2: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                address3: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                city: ::core::result::Result::Ok(::core::default::Default::default()),
                country_code: ::core::result::Result::Err(
                    crate::request::Refusal::missing("countryCode"),
                ),
                phone_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                postal_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                state: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl Address {
        /// Sets `address1`.
        pub fn address1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address1 = crate::request::set_some(value, "address1");
            self
        }
        /// Leaves `address1` out.
        pub fn without_address1(mut self) -> Self {
            self.address1 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `address2`.
        pub fn address2<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address2 = crate::request::set_some(value, "address2");
            self
        }
        /// Leaves `address2` out.
        pub fn without_address2(mut self) -> Self {
            self.address2 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `address3`.
        pub fn address3<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address3 = crate::request::set_some(value, "address3");
            self
        }
        /// Leaves `address3` out.
        pub fn without_address3(mut self) -> Self {
            self.address3 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `city`.
        pub fn city<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.city = crate::request::set_some(value, "city");
            self
        }
        /// Leaves `city` out.
        pub fn without_city(mut self) -> Self {
            self.city = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `countryCode`.
        pub fn country_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.country_code = crate::request::set(value, "countryCode");
            self
        }
        /// Sets `phoneNumber`.
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.phone_number = crate::request::set_some(value, "phoneNumber");
            self
        }
        /// Leaves `phoneNumber` out.
        pub fn without_phone_number(mut self) -> Self {
            self.phone_number = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.postal_code = crate::request::set_some(value, "postalCode");
            self
        }
        /// Leaves `postalCode` out.
        pub fn without_postal_code(mut self) -> Self {
            self.postal_code = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `state`.
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.state = crate::request::set_some(value, "state");
            self
        }
        /// Leaves `state` out.
        pub fn without_state(mut self) -> Self {
            self.state = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<Address> for super::Address {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Address,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                address1: value.address1?,
                address2: value.address2?,
                address3: value.address3?,
                city: value.city?,
                country_code: value.country_code?,
                phone_number: value.phone_number?,
                postal_code: value.postal_code?,
                state: value.state?,
            })
        }
    }
    impl ::core::convert::From<super::Address> for Address {
        fn from(value: super::Address) -> Self {
            Self {
                address1: ::core::result::Result::Ok(value.address1),
                address2: ::core::result::Result::Ok(value.address2),
                address3: ::core::result::Result::Ok(value.address3),
                city: ::core::result::Result::Ok(value.city),
                country_code: ::core::result::Result::Ok(value.country_code),
                phone_number: ::core::result::Result::Ok(value.phone_number),
                postal_code: ::core::result::Result::Ok(value.postal_code),
                state: ::core::result::Result::Ok(value.state),
            }
        }
    }
    /// A [`BillingAddress`](super::BillingAddress) under construction.
    #[derive(Clone, Debug)]
    pub struct BillingAddress {
        address1: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        address2: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        address3: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        city: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        country_code: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        postal_code: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        state: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for BillingAddress {
        fn default() -> Self {
            Self {
                address1: ::core::result::Result::Err(
                    crate::request::Refusal::missing("address1"),
                ),
                address2: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                address3: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                city: ::core::result::Result::Err(
                    crate::request::Refusal::missing("city"),
                ),
                country_code: ::core::result::Result::Err(
                    crate::request::Refusal::missing("countryCode"),
                ),
                postal_code: ::core::result::Result::Err(
                    crate::request::Refusal::missing("postalCode"),
                ),
                state: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl BillingAddress {
        /// Sets `address1`.
        pub fn address1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address1 = crate::request::set(value, "address1");
            self
        }
        /// Sets `address2`.
        pub fn address2<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address2 = crate::request::set_some(value, "address2");
            self
        }
        /// Leaves `address2` out.
        pub fn without_address2(mut self) -> Self {
            self.address2 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `address3`.
        pub fn address3<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address3 = crate::request::set_some(value, "address3");
            self
        }
        /// Leaves `address3` out.
        pub fn without_address3(mut self) -> Self {
            self.address3 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `city`.
        pub fn city<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.city = crate::request::set(value, "city");
            self
        }
        /// Sets `countryCode`.
        pub fn country_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.country_code = crate::request::set(value, "countryCode");
            self
        }
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.postal_code = crate::request::set(value, "postalCode");
            self
        }
        /// Sets `state`.
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.state = crate::request::set_some(value, "state");
            self
        }
        /// Leaves `state` out.
        pub fn without_state(mut self) -> Self {
            self.state = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<BillingAddress> for super::BillingAddress {
        type Error = crate::request::Refusal;
        fn try_from(
            value: BillingAddress,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                address1: value.address1?,
                address2: value.address2?,
                address3: value.address3?,
                city: value.city?,
                country_code: value.country_code?,
                postal_code: value.postal_code?,
                state: value.state?,
            })
        }
    }
    impl ::core::convert::From<super::BillingAddress> for BillingAddress {
        fn from(value: super::BillingAddress) -> Self {
            Self {
                address1: ::core::result::Result::Ok(value.address1),
                address2: ::core::result::Result::Ok(value.address2),
                address3: ::core::result::Result::Ok(value.address3),
                city: ::core::result::Result::Ok(value.city),
                country_code: ::core::result::Result::Ok(value.country_code),
                postal_code: ::core::result::Result::Ok(value.postal_code),
                state: ::core::result::Result::Ok(value.state),
            }
        }
    }
    /// A [`CardExpiryDate`](super::CardExpiryDate) under construction.
    #[derive(Clone, Debug)]
    pub struct CardExpiryDate {
        month: ::core::result::Result<
            crate::verified_payments::types::CardExpiryDateMonth,
            crate::request::Refusal,
        >,
        year: ::core::result::Result<
            crate::verified_payments::types::CardExpiryDateYear,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for CardExpiryDate {
        fn default() -> Self {
            Self {
                month: ::core::result::Result::Err(
                    crate::request::Refusal::missing("month"),
                ),
                year: ::core::result::Result::Err(
                    crate::request::Refusal::missing("year"),
                ),
            }
        }
    }
    impl CardExpiryDate {
        /// Sets `month`.
        pub fn month<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::verified_payments::types::CardExpiryDateMonth,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.month = crate::request::set(value, "month");
            self
        }
        /// Sets `year`.
        pub fn year<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::verified_payments::types::CardExpiryDateYear,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.year = crate::request::set(value, "year");
            self
        }
    }
    impl ::core::convert::TryFrom<CardExpiryDate> for super::CardExpiryDate {
        type Error = crate::request::Refusal;
        fn try_from(
            value: CardExpiryDate,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::core::convert::From<super::CardExpiryDate> for CardExpiryDate {
        fn from(value: super::CardExpiryDate) -> Self {
            Self {
                month: ::core::result::Result::Ok(value.month),
                year: ::core::result::Result::Ok(value.year),
            }
        }
    }
    /// A [`Challenge`](super::Challenge) under construction.
    #[derive(Clone, Debug)]
    pub struct Challenge {
        preference: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        return_url: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        window_size: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Challenge {
        fn default() -> Self {
            Self {
                preference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                return_url: ::core::result::Result::Err(
                    crate::request::Refusal::missing("returnUrl"),
                ),
                window_size: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl Challenge {
        /// Sets `preference`.
        pub fn preference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.preference = crate::request::set_some(value, "preference");
            self
        }
        /// Leaves `preference` out.
        pub fn without_preference(mut self) -> Self {
            self.preference = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `returnUrl`.
        pub fn return_url<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.return_url = crate::request::set(value, "returnUrl");
            self
        }
        /// Sets `windowSize`.
        pub fn window_size<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.window_size = crate::request::set_some(value, "windowSize");
            self
        }
        /// Leaves `windowSize` out.
        pub fn without_window_size(mut self) -> Self {
            self.window_size = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<Challenge> for super::Challenge {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Challenge,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                preference: value.preference?,
                return_url: value.return_url?,
                window_size: value.window_size?,
            })
        }
    }
    impl ::core::convert::From<super::Challenge> for Challenge {
        fn from(value: super::Challenge) -> Self {
            Self {
                preference: ::core::result::Result::Ok(value.preference),
                return_url: ::core::result::Result::Ok(value.return_url),
                window_size: ::core::result::Result::Ok(value.window_size),
            }
        }
    }
    /// A [`Custom`](super::Custom) under construction.
    #[derive(Clone, Debug)]
    pub struct Custom {
        number1: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        number2: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        number3: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        number4: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        number5: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        number6: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        number7: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        number8: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        number9: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        string1: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        string2: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        string3: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        string4: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        string5: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        string6: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        string7: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        string8: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        string9: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Custom {
        fn default() -> Self {
            Self {
                number1: ::core::result::Result::Ok(::core::default::Default::default()),
                number2: ::core::result::Result::Ok(::core::default::Default::default()),
                number3: ::core::result::Result::Ok(::core::default::Default::default()),
                number4: ::core::result::Result::Ok(::core::default::Default::default()),
                number5: ::core::result::Result::Ok(::core::default::Default::default()),
                number6: ::core::result::Result::Ok(::core::default::Default::default()),
                number7: ::core::result::Result::Ok(::core::default::Default::default()),
                number8: ::core::result::Result::Ok(::core::default::Default::default()),
                number9: ::core::result::Result::Ok(::core::default::Default::default()),
                string1: ::core::result::Result::Ok(::core::default::Default::default()),
                string2: ::core::result::Result::Ok(::core::default::Default::default()),
                string3: ::core::result::Result::Ok(::core::default::Default::default()),
                string4: ::core::result::Result::Ok(::core::default::Default::default()),
                string5: ::core::result::Result::Ok(::core::default::Default::default()),
                string6: ::core::result::Result::Ok(::core::default::Default::default()),
                string7: ::core::result::Result::Ok(::core::default::Default::default()),
                string8: ::core::result::Result::Ok(::core::default::Default::default()),
                string9: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl Custom {
        /// Sets `number1`.
        pub fn number1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number1 = crate::request::set_some(value, "number1");
            self
        }
        /// Leaves `number1` out.
        pub fn without_number1(mut self) -> Self {
            self.number1 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `number2`.
        pub fn number2<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number2 = crate::request::set_some(value, "number2");
            self
        }
        /// Leaves `number2` out.
        pub fn without_number2(mut self) -> Self {
            self.number2 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `number3`.
        pub fn number3<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number3 = crate::request::set_some(value, "number3");
            self
        }
        /// Leaves `number3` out.
        pub fn without_number3(mut self) -> Self {
            self.number3 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `number4`.
        pub fn number4<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number4 = crate::request::set_some(value, "number4");
            self
        }
        /// Leaves `number4` out.
        pub fn without_number4(mut self) -> Self {
            self.number4 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `number5`.
        pub fn number5<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number5 = crate::request::set_some(value, "number5");
            self
        }
        /// Leaves `number5` out.
        pub fn without_number5(mut self) -> Self {
            self.number5 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `number6`.
        pub fn number6<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number6 = crate::request::set_some(value, "number6");
            self
        }
        /// Leaves `number6` out.
        pub fn without_number6(mut self) -> Self {
            self.number6 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `number7`.
        pub fn number7<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number7 = crate::request::set_some(value, "number7");
            self
        }
        /// Leaves `number7` out.
        pub fn without_number7(mut self) -> Self {
            self.number7 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `number8`.
        pub fn number8<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number8 = crate::request::set_some(value, "number8");
            self
        }
        /// Leaves `number8` out.
        pub fn without_number8(mut self) -> Self {
            self.number8 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `number9`.
        pub fn number9<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number9 = crate::request::set_some(value, "number9");
            self
        }
        /// Leaves `number9` out.
        pub fn without_number9(mut self) -> Self {
            self.number9 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `string1`.
        pub fn string1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string1 = crate::request::set_some(value, "string1");
            self
        }
        /// Leaves `string1` out.
        pub fn without_string1(mut self) -> Self {
            self.string1 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `string2`.
        pub fn string2<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string2 = crate::request::set_some(value, "string2");
            self
        }
        /// Leaves `string2` out.
        pub fn without_string2(mut self) -> Self {
            self.string2 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `string3`.
        pub fn string3<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string3 = crate::request::set_some(value, "string3");
            self
        }
        /// Leaves `string3` out.
        pub fn without_string3(mut self) -> Self {
            self.string3 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `string4`.
        pub fn string4<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string4 = crate::request::set_some(value, "string4");
            self
        }
        /// Leaves `string4` out.
        pub fn without_string4(mut self) -> Self {
            self.string4 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `string5`.
        pub fn string5<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string5 = crate::request::set_some(value, "string5");
            self
        }
        /// Leaves `string5` out.
        pub fn without_string5(mut self) -> Self {
            self.string5 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `string6`.
        pub fn string6<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string6 = crate::request::set_some(value, "string6");
            self
        }
        /// Leaves `string6` out.
        pub fn without_string6(mut self) -> Self {
            self.string6 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `string7`.
        pub fn string7<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string7 = crate::request::set_some(value, "string7");
            self
        }
        /// Leaves `string7` out.
        pub fn without_string7(mut self) -> Self {
            self.string7 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `string8`.
        pub fn string8<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string8 = crate::request::set_some(value, "string8");
            self
        }
        /// Leaves `string8` out.
        pub fn without_string8(mut self) -> Self {
            self.string8 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `string9`.
        pub fn string9<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string9 = crate::request::set_some(value, "string9");
            self
        }
        /// Leaves `string9` out.
        pub fn without_string9(mut self) -> Self {
            self.string9 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<Custom> for super::Custom {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Custom,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                number1: value.number1?,
                number2: value.number2?,
                number3: value.number3?,
                number4: value.number4?,
                number5: value.number5?,
                number6: value.number6?,
                number7: value.number7?,
                number8: value.number8?,
                number9: value.number9?,
                string1: value.string1?,
                string2: value.string2?,
                string3: value.string3?,
                string4: value.string4?,
                string5: value.string5?,
                string6: value.string6?,
                string7: value.string7?,
                string8: value.string8?,
                string9: value.string9?,
            })
        }
    }
    impl ::core::convert::From<super::Custom> for Custom {
        fn from(value: super::Custom) -> Self {
            Self {
                number1: ::core::result::Result::Ok(value.number1),
                number2: ::core::result::Result::Ok(value.number2),
                number3: ::core::result::Result::Ok(value.number3),
                number4: ::core::result::Result::Ok(value.number4),
                number5: ::core::result::Result::Ok(value.number5),
                number6: ::core::result::Result::Ok(value.number6),
                number7: ::core::result::Result::Ok(value.number7),
                number8: ::core::result::Result::Ok(value.number8),
                number9: ::core::result::Result::Ok(value.number9),
                string1: ::core::result::Result::Ok(value.string1),
                string2: ::core::result::Result::Ok(value.string2),
                string3: ::core::result::Result::Ok(value.string3),
                string4: ::core::result::Result::Ok(value.string4),
                string5: ::core::result::Result::Ok(value.string5),
                string6: ::core::result::Result::Ok(value.string6),
                string7: ::core::result::Result::Ok(value.string7),
                string8: ::core::result::Result::Ok(value.string8),
                string9: ::core::result::Result::Ok(value.string9),
            }
        }
    }
    /// A [`DeviceData`](super::DeviceData) under construction.
    #[derive(Clone, Debug)]
    pub struct DeviceData {
        accept_header: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        browser_language: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        ip_address: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        tmx_session_id: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        user_agent_header: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for DeviceData {
        fn default() -> Self {
            Self {
                accept_header: ::core::result::Result::Err(
                    crate::request::Refusal::missing("acceptHeader"),
                ),
                browser_language: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                ip_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                tmx_session_id: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                user_agent_header: ::core::result::Result::Err(
                    crate::request::Refusal::missing("userAgentHeader"),
                ),
            }
        }
    }
    impl DeviceData {
        /// Sets `acceptHeader`.
        pub fn accept_header<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.accept_header = crate::request::set(value, "acceptHeader");
            self
        }
        /// Sets `browserLanguage`.
        pub fn browser_language<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.browser_language = crate::request::set_some(value, "browserLanguage");
            self
        }
        /// Leaves `browserLanguage` out.
        pub fn without_browser_language(mut self) -> Self {
            self.browser_language = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `ipAddress`.
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.ip_address = crate::request::set_some(value, "ipAddress");
            self
        }
        /// Leaves `ipAddress` out.
        pub fn without_ip_address(mut self) -> Self {
            self.ip_address = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `tmxSessionId`.
        pub fn tmx_session_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.tmx_session_id = crate::request::set_some(value, "tmxSessionId");
            self
        }
        /// Leaves `tmxSessionId` out.
        pub fn without_tmx_session_id(mut self) -> Self {
            self.tmx_session_id = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `userAgentHeader`.
        pub fn user_agent_header<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.user_agent_header = crate::request::set(value, "userAgentHeader");
            self
        }
    }
    impl ::core::convert::TryFrom<DeviceData> for super::DeviceData {
        type Error = crate::request::Refusal;
        fn try_from(
            value: DeviceData,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                accept_header: value.accept_header?,
                browser_language: value.browser_language?,
                ip_address: value.ip_address?,
                tmx_session_id: value.tmx_session_id?,
                user_agent_header: value.user_agent_header?,
            })
        }
    }
    impl ::core::convert::From<super::DeviceData> for DeviceData {
        fn from(value: super::DeviceData) -> Self {
            Self {
                accept_header: ::core::result::Result::Ok(value.accept_header),
                browser_language: ::core::result::Result::Ok(value.browser_language),
                ip_address: ::core::result::Result::Ok(value.ip_address),
                tmx_session_id: ::core::result::Result::Ok(value.tmx_session_id),
                user_agent_header: ::core::result::Result::Ok(value.user_agent_header),
            }
        }
    }
    /// A [`GiftCardsPurchase`](super::GiftCardsPurchase) under construction.
    #[derive(Clone, Debug)]
    pub struct GiftCardsPurchase {
        quantity: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        total_value: ::core::result::Result<
            ::std::option::Option<super::TotalValue>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for GiftCardsPurchase {
        fn default() -> Self {
            Self {
                quantity: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                total_value: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl GiftCardsPurchase {
        /// Sets `quantity`.
        pub fn quantity<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.quantity = crate::request::set_some(value, "quantity");
            self
        }
        /// Leaves `quantity` out.
        pub fn without_quantity(mut self) -> Self {
            self.quantity = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `totalValue`.
        pub fn total_value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TotalValue>,
            V::Error: crate::request::IntoRefusal,
        {
            self.total_value = crate::request::set_some(value, "totalValue");
            self
        }
        /// Leaves `totalValue` out.
        pub fn without_total_value(mut self) -> Self {
            self.total_value = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<GiftCardsPurchase> for super::GiftCardsPurchase {
        type Error = crate::request::Refusal;
        fn try_from(
            value: GiftCardsPurchase,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                quantity: value.quantity?,
                total_value: value.total_value?,
            })
        }
    }
    impl ::core::convert::From<super::GiftCardsPurchase> for GiftCardsPurchase {
        fn from(value: super::GiftCardsPurchase) -> Self {
            Self {
                quantity: ::core::result::Result::Ok(value.quantity),
                total_value: ::core::result::Result::Ok(value.total_value),
            }
        }
    }
    /// A [`Instruction`](super::Instruction) under construction.
    #[derive(Clone, Debug)]
    pub struct Instruction {
        debt_repayment: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        narrative: ::core::result::Result<super::Narrative, crate::request::Refusal>,
        payment_instrument: ::core::result::Result<
            super::PaymentInstrument,
            crate::request::Refusal,
        >,
        value: ::core::result::Result<super::Value, crate::request::Refusal>,
    }
    impl ::core::default::Default for Instruction {
        fn default() -> Self {
            Self {
                debt_repayment: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                narrative: ::core::result::Result::Err(
                    crate::request::Refusal::missing("narrative"),
                ),
                payment_instrument: ::core::result::Result::Err(
                    crate::request::Refusal::missing("paymentInstrument"),
                ),
                value: ::core::result::Result::Err(
                    crate::request::Refusal::missing("value"),
                ),
            }
        }
    }
    impl Instruction {
        /// Sets `debtRepayment`.
        pub fn debt_repayment<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.debt_repayment = crate::request::set_some(value, "debtRepayment");
            self
        }
        /// Leaves `debtRepayment` out.
        pub fn without_debt_repayment(mut self) -> Self {
            self.debt_repayment = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `narrative`.
        pub fn narrative<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Narrative>,
            V::Error: crate::request::IntoRefusal,
        {
            self.narrative = crate::request::set(value, "narrative");
            self
        }
        /// Sets `paymentInstrument`.
        pub fn payment_instrument<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentInstrument>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_instrument = crate::request::set(value, "paymentInstrument");
            self
        }
        /// Sets `value`.
        pub fn value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Value>,
            V::Error: crate::request::IntoRefusal,
        {
            self.value = crate::request::set(value, "value");
            self
        }
    }
    impl ::core::convert::TryFrom<Instruction> for super::Instruction {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Instruction,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                debt_repayment: value.debt_repayment?,
                narrative: value.narrative?,
                payment_instrument: value.payment_instrument?,
                value: value.value?,
            })
        }
    }
    impl ::core::convert::From<super::Instruction> for Instruction {
        fn from(value: super::Instruction) -> Self {
            Self {
                debt_repayment: ::core::result::Result::Ok(value.debt_repayment),
                narrative: ::core::result::Result::Ok(value.narrative),
                payment_instrument: ::core::result::Result::Ok(value.payment_instrument),
                value: ::core::result::Result::Ok(value.value),
            }
        }
    }
    /// A [`Merchant`](super::Merchant) under construction.
    #[derive(Clone, Debug)]
    pub struct Merchant {
        entity: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        fraud: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        mcc: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        payment_facilitator: ::core::result::Result<
            ::std::option::Option<super::PaymentFacilitator>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Merchant {
        fn default() -> Self {
            Self {
                entity: ::core::result::Result::Err(
                    crate::request::Refusal::missing("entity"),
                ),
                fraud: ::core::result::Result::Ok(::core::default::Default::default()),
                mcc: ::core::result::Result::Ok(::core::default::Default::default()),
                payment_facilitator: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl Merchant {
        /// Sets `entity`.
        pub fn entity<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.entity = crate::request::set(value, "entity");
            self
        }
        /// Sets `fraud`.
        pub fn fraud<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.fraud = crate::request::set_some(value, "fraud");
            self
        }
        /// Leaves `fraud` out.
        pub fn without_fraud(mut self) -> Self {
            self.fraud = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `mcc`.
        pub fn mcc<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.mcc = crate::request::set_some(value, "mcc");
            self
        }
        /// Leaves `mcc` out.
        pub fn without_mcc(mut self) -> Self {
            self.mcc = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `paymentFacilitator`.
        pub fn payment_facilitator<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentFacilitator>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_facilitator = crate::request::set_some(
                value,
                "paymentFacilitator",
            );
            self
        }
        /// Leaves `paymentFacilitator` out.
        pub fn without_payment_facilitator(mut self) -> Self {
            self.payment_facilitator = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<Merchant> for super::Merchant {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Merchant,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                entity: value.entity?,
                fraud: value.fraud?,
                mcc: value.mcc?,
                payment_facilitator: value.payment_facilitator?,
            })
        }
    }
    impl ::core::convert::From<super::Merchant> for Merchant {
        fn from(value: super::Merchant) -> Self {
            Self {
                entity: ::core::result::Result::Ok(value.entity),
                fraud: ::core::result::Result::Ok(value.fraud),
                mcc: ::core::result::Result::Ok(value.mcc),
                payment_facilitator: ::core::result::Result::Ok(
                    value.payment_facilitator,
                ),
            }
        }
    }
    /// A [`Narrative`](super::Narrative) under construction.
    #[derive(Clone, Debug)]
    pub struct Narrative {
        line1: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        line2: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Narrative {
        fn default() -> Self {
            Self {
                line1: ::core::result::Result::Err(
                    crate::request::Refusal::missing("line1"),
                ),
                line2: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl Narrative {
        /// Sets `line1`.
        pub fn line1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.line1 = crate::request::set(value, "line1");
            self
        }
        /// Sets `line2`.
        pub fn line2<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.line2 = crate::request::set_some(value, "line2");
            self
        }
        /// Leaves `line2` out.
        pub fn without_line2(mut self) -> Self {
            self.line2 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<Narrative> for super::Narrative {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Narrative,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                line1: value.line1?,
                line2: value.line2?,
            })
        }
    }
    impl ::core::convert::From<super::Narrative> for Narrative {
        fn from(value: super::Narrative) -> Self {
            Self {
                line1: ::core::result::Result::Ok(value.line1),
                line2: ::core::result::Result::Ok(value.line2),
            }
        }
    }
    /// A [`PaymentFacilitator`](super::PaymentFacilitator) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentFacilitator {
        iso_id: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        pf_id: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        sub_merchant: ::core::result::Result<
            super::SubMerchant,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentFacilitator {
        fn default() -> Self {
            Self {
                iso_id: ::core::result::Result::Ok(::core::default::Default::default()),
                pf_id: ::core::result::Result::Err(
                    crate::request::Refusal::missing("pfId"),
                ),
                sub_merchant: ::core::result::Result::Err(
                    crate::request::Refusal::missing("subMerchant"),
                ),
            }
        }
    }
    impl PaymentFacilitator {
        /// Sets `isoId`.
        pub fn iso_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.iso_id = crate::request::set_some(value, "isoId");
            self
        }
        /// Leaves `isoId` out.
        pub fn without_iso_id(mut self) -> Self {
            self.iso_id = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `pfId`.
        pub fn pf_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.pf_id = crate::request::set(value, "pfId");
            self
        }
        /// Sets `subMerchant`.
        pub fn sub_merchant<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::SubMerchant>,
            V::Error: crate::request::IntoRefusal,
        {
            self.sub_merchant = crate::request::set(value, "subMerchant");
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentFacilitator> for super::PaymentFacilitator {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentFacilitator,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                iso_id: value.iso_id?,
                pf_id: value.pf_id?,
                sub_merchant: value.sub_merchant?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentFacilitator> for PaymentFacilitator {
        fn from(value: super::PaymentFacilitator) -> Self {
            Self {
                iso_id: ::core::result::Result::Ok(value.iso_id),
                pf_id: ::core::result::Result::Ok(value.pf_id),
                sub_merchant: ::core::result::Result::Ok(value.sub_merchant),
            }
        }
    }
    /// A [`PaymentInstrument`](super::PaymentInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentInstrument {
        billing_address: ::core::result::Result<
            ::std::option::Option<super::BillingAddress>,
            crate::request::Refusal,
        >,
        card_expiry_date: ::core::result::Result<
            super::CardExpiryDate,
            crate::request::Refusal,
        >,
        card_holder_name: ::core::result::Result<
            ::std::option::Option<crate::verified_payments::types::CardHolderName>,
            crate::request::Refusal,
        >,
        card_number: ::core::result::Result<
            crate::verified_payments::types::CardNumber,
            crate::request::Refusal,
        >,
        cvc: ::core::result::Result<
            ::std::option::Option<crate::verified_payments::types::Cvc>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<
            super::PaymentInstrumentType,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentInstrument {
        fn default() -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                card_expiry_date: ::core::result::Result::Err(
                    crate::request::Refusal::missing("cardExpiryDate"),
                ),
                card_holder_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                card_number: ::core::result::Result::Err(
                    crate::request::Refusal::missing("cardNumber"),
                ),
                cvc: ::core::result::Result::Ok(::core::default::Default::default()),
                type_: ::core::result::Result::Ok(
                    super::PaymentInstrumentType::CardPlain,
                ),
            }
        }
    }
    impl PaymentInstrument {
        /// Sets `billingAddress`.
        pub fn billing_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::BillingAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.billing_address = crate::request::set_some(value, "billingAddress");
            self
        }
        /// Leaves `billingAddress` out.
        pub fn without_billing_address(mut self) -> Self {
            self.billing_address = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cardExpiryDate`.
        pub fn card_expiry_date<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::CardExpiryDate>,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_expiry_date = crate::request::set(value, "cardExpiryDate");
            self
        }
        /// Sets `cardHolderName`.
        pub fn card_holder_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::verified_payments::types::CardHolderName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_holder_name = crate::request::set_some(value, "cardHolderName");
            self
        }
        /// Leaves `cardHolderName` out.
        pub fn without_card_holder_name(mut self) -> Self {
            self.card_holder_name = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cardNumber`.
        pub fn card_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::verified_payments::types::CardNumber>,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_number = crate::request::set(value, "cardNumber");
            self
        }
        /// Sets `cvc`.
        pub fn cvc<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::verified_payments::types::Cvc>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cvc = crate::request::set_some(value, "cvc");
            self
        }
        /// Leaves `cvc` out.
        pub fn without_cvc(mut self) -> Self {
            self.cvc = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentInstrumentType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = crate::request::set(value, "type");
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentInstrument> for super::PaymentInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                billing_address: value.billing_address?,
                card_expiry_date: value.card_expiry_date?,
                card_holder_name: value.card_holder_name?,
                card_number: value.card_number?,
                cvc: value.cvc?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentInstrument> for PaymentInstrument {
        fn from(value: super::PaymentInstrument) -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(value.billing_address),
                card_expiry_date: ::core::result::Result::Ok(value.card_expiry_date),
                card_holder_name: ::core::result::Result::Ok(value.card_holder_name),
                card_number: ::core::result::Result::Ok(value.card_number),
                cvc: ::core::result::Result::Ok(value.cvc),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`RiskData`](super::RiskData) under construction.
    #[derive(Clone, Debug)]
    pub struct RiskData {
        account: ::core::result::Result<
            ::std::option::Option<super::Account>,
            crate::request::Refusal,
        >,
        custom: ::core::result::Result<
            ::std::option::Option<super::Custom>,
            crate::request::Refusal,
        >,
        shipping: ::core::result::Result<
            ::std::option::Option<super::Shipping>,
            crate::request::Refusal,
        >,
        transaction: ::core::result::Result<
            ::std::option::Option<super::Transaction>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for RiskData {
        fn default() -> Self {
            Self {
                account: ::core::result::Result::Ok(::core::default::Default::default()),
                custom: ::core::result::Result::Ok(::core::default::Default::default()),
                shipping: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                transaction: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl RiskData {
        /// Sets `account`.
        pub fn account<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Account>,
            V::Error: crate::request::IntoRefusal,
        {
            self.account = crate::request::set_some(value, "account");
            self
        }
        /// Leaves `account` out.
        pub fn without_account(mut self) -> Self {
            self.account = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `custom`.
        pub fn custom<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Custom>,
            V::Error: crate::request::IntoRefusal,
        {
            self.custom = crate::request::set_some(value, "custom");
            self
        }
        /// Leaves `custom` out.
        pub fn without_custom(mut self) -> Self {
            self.custom = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `shipping`.
        pub fn shipping<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Shipping>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shipping = crate::request::set_some(value, "shipping");
            self
        }
        /// Leaves `shipping` out.
        pub fn without_shipping(mut self) -> Self {
            self.shipping = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `transaction`.
        pub fn transaction<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Transaction>,
            V::Error: crate::request::IntoRefusal,
        {
            self.transaction = crate::request::set_some(value, "transaction");
            self
        }
        /// Leaves `transaction` out.
        pub fn without_transaction(mut self) -> Self {
            self.transaction = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<RiskData> for super::RiskData {
        type Error = crate::request::Refusal;
        fn try_from(
            value: RiskData,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                account: value.account?,
                custom: value.custom?,
                shipping: value.shipping?,
                transaction: value.transaction?,
            })
        }
    }
    impl ::core::convert::From<super::RiskData> for RiskData {
        fn from(value: super::RiskData) -> Self {
            Self {
                account: ::core::result::Result::Ok(value.account),
                custom: ::core::result::Result::Ok(value.custom),
                shipping: ::core::result::Result::Ok(value.shipping),
                transaction: ::core::result::Result::Ok(value.transaction),
            }
        }
    }
    /// A [`Shipping`](super::Shipping) under construction.
    #[derive(Clone, Debug)]
    pub struct Shipping {
        address: ::core::result::Result<
            ::std::option::Option<super::Address>,
            crate::request::Refusal,
        >,
        email: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        first_name: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        last_name: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        method: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        name_matches_account_name: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        time_frame: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Shipping {
        fn default() -> Self {
            Self {
                address: ::core::result::Result::Ok(::core::default::Default::default()),
                email: ::core::result::Result::Ok(::core::default::Default::default()),
                first_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                last_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                method: ::core::result::Result::Ok(::core::default::Default::default()),
                name_matches_account_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                time_frame: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl Shipping {
        /// Sets `address`.
        pub fn address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Address>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address = crate::request::set_some(value, "address");
            self
        }
        /// Leaves `address` out.
        pub fn without_address(mut self) -> Self {
            self.address = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `email`.
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.email = crate::request::set_some(value, "email");
            self
        }
        /// Leaves `email` out.
        pub fn without_email(mut self) -> Self {
            self.email = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `firstName`.
        pub fn first_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.first_name = crate::request::set_some(value, "firstName");
            self
        }
        /// Leaves `firstName` out.
        pub fn without_first_name(mut self) -> Self {
            self.first_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `lastName`.
        pub fn last_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.last_name = crate::request::set_some(value, "lastName");
            self
        }
        /// Leaves `lastName` out.
        pub fn without_last_name(mut self) -> Self {
            self.last_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `method`.
        pub fn method<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.method = crate::request::set_some(value, "method");
            self
        }
        /// Leaves `method` out.
        pub fn without_method(mut self) -> Self {
            self.method = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `nameMatchesAccountName`.
        pub fn name_matches_account_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.name_matches_account_name = crate::request::set_some(
                value,
                "nameMatchesAccountName",
            );
            self
        }
        /// Leaves `nameMatchesAccountName` out.
        pub fn without_name_matches_account_name(mut self) -> Self {
            self.name_matches_account_name = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `timeFrame`.
        pub fn time_frame<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.time_frame = crate::request::set_some(value, "timeFrame");
            self
        }
        /// Leaves `timeFrame` out.
        pub fn without_time_frame(mut self) -> Self {
            self.time_frame = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<Shipping> for super::Shipping {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Shipping,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                address: value.address?,
                email: value.email?,
                first_name: value.first_name?,
                last_name: value.last_name?,
                method: value.method?,
                name_matches_account_name: value.name_matches_account_name?,
                time_frame: value.time_frame?,
            })
        }
    }
    impl ::core::convert::From<super::Shipping> for Shipping {
        fn from(value: super::Shipping) -> Self {
            Self {
                address: ::core::result::Result::Ok(value.address),
                email: ::core::result::Result::Ok(value.email),
                first_name: ::core::result::Result::Ok(value.first_name),
                last_name: ::core::result::Result::Ok(value.last_name),
                method: ::core::result::Result::Ok(value.method),
                name_matches_account_name: ::core::result::Result::Ok(
                    value.name_matches_account_name,
                ),
                time_frame: ::core::result::Result::Ok(value.time_frame),
            }
        }
    }
    /// A [`SubMerchant`](super::SubMerchant) under construction.
    #[derive(Clone, Debug)]
    pub struct SubMerchant {
        city: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        country_code: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        merchant_id: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        name: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        postal_code: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        state: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        street: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        tax_id: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for SubMerchant {
        fn default() -> Self {
            Self {
                city: ::core::result::Result::Err(
                    crate::request::Refusal::missing("city"),
                ),
                country_code: ::core::result::Result::Err(
                    crate::request::Refusal::missing("countryCode"),
                ),
                merchant_id: ::core::result::Result::Err(
                    crate::request::Refusal::missing("merchantId"),
                ),
                name: ::core::result::Result::Err(
                    crate::request::Refusal::missing("name"),
                ),
                postal_code: ::core::result::Result::Err(
                    crate::request::Refusal::missing("postalCode"),
                ),
                state: ::core::result::Result::Ok(::core::default::Default::default()),
                street: ::core::result::Result::Err(
                    crate::request::Refusal::missing("street"),
                ),
                tax_id: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl SubMerchant {
        /// Sets `city`.
        pub fn city<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.city = crate::request::set(value, "city");
            self
        }
        /// Sets `countryCode`.
        pub fn country_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.country_code = crate::request::set(value, "countryCode");
            self
        }
        /// Sets `merchantId`.
        pub fn merchant_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant_id = crate::request::set(value, "merchantId");
            self
        }
        /// Sets `name`.
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.name = crate::request::set(value, "name");
            self
        }
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.postal_code = crate::request::set(value, "postalCode");
            self
        }
        /// Sets `state`.
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.state = crate::request::set_some(value, "state");
            self
        }
        /// Leaves `state` out.
        pub fn without_state(mut self) -> Self {
            self.state = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `street`.
        pub fn street<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.street = crate::request::set(value, "street");
            self
        }
        /// Sets `taxId`.
        pub fn tax_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.tax_id = crate::request::set_some(value, "taxId");
            self
        }
        /// Leaves `taxId` out.
        pub fn without_tax_id(mut self) -> Self {
            self.tax_id = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<SubMerchant> for super::SubMerchant {
        type Error = crate::request::Refusal;
        fn try_from(
            value: SubMerchant,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                city: value.city?,
                country_code: value.country_code?,
                merchant_id: value.merchant_id?,
                name: value.name?,
                postal_code: value.postal_code?,
                state: value.state?,
                street: value.street?,
                tax_id: value.tax_id?,
            })
        }
    }
    impl ::core::convert::From<super::SubMerchant> for SubMerchant {
        fn from(value: super::SubMerchant) -> Self {
            Self {
                city: ::core::result::Result::Ok(value.city),
                country_code: ::core::result::Result::Ok(value.country_code),
                merchant_id: ::core::result::Result::Ok(value.merchant_id),
                name: ::core::result::Result::Ok(value.name),
                postal_code: ::core::result::Result::Ok(value.postal_code),
                state: ::core::result::Result::Ok(value.state),
                street: ::core::result::Result::Ok(value.street),
                tax_id: ::core::result::Result::Ok(value.tax_id),
            }
        }
    }
    /// A [`TotalValue`](super::TotalValue) under construction.
    #[derive(Clone, Debug)]
    pub struct TotalValue {
        amount: ::core::result::Result<i64, crate::request::Refusal>,
        currency: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default for TotalValue {
        fn default() -> Self {
            Self {
                amount: ::core::result::Result::Err(
                    crate::request::Refusal::missing("amount"),
                ),
                currency: ::core::result::Result::Err(
                    crate::request::Refusal::missing("currency"),
                ),
            }
        }
    }
    impl TotalValue {
        /// Sets `amount`.
        pub fn amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.amount = crate::request::set(value, "amount");
            self
        }
        /// Sets `currency`.
        pub fn currency<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.currency = crate::request::set(value, "currency");
            self
        }
    }
    impl ::core::convert::TryFrom<TotalValue> for super::TotalValue {
        type Error = crate::request::Refusal;
        fn try_from(
            value: TotalValue,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                amount: value.amount?,
                currency: value.currency?,
            })
        }
    }
    impl ::core::convert::From<super::TotalValue> for TotalValue {
        fn from(value: super::TotalValue) -> Self {
            Self {
                amount: ::core::result::Result::Ok(value.amount),
                currency: ::core::result::Result::Ok(value.currency),
            }
        }
    }
    /// A [`Transaction`](super::Transaction) under construction.
    #[derive(Clone, Debug)]
    pub struct Transaction {
        first_name: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        gift_cards_purchase: ::core::result::Result<
            ::std::option::Option<super::GiftCardsPurchase>,
            crate::request::Refusal,
        >,
        history: ::core::result::Result<
            ::std::option::Option<super::TransactionHistory>,
            crate::request::Refusal,
        >,
        last_name: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        phone_number: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        pre_order_date: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        reorder: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Transaction {
        fn default() -> Self {
            Self {
                first_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                gift_cards_purchase: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                history: ::core::result::Result::Ok(::core::default::Default::default()),
                last_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                phone_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                pre_order_date: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                reorder: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl Transaction {
        /// Sets `firstName`.
        pub fn first_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.first_name = crate::request::set_some(value, "firstName");
            self
        }
        /// Leaves `firstName` out.
        pub fn without_first_name(mut self) -> Self {
            self.first_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `giftCardsPurchase`.
        pub fn gift_cards_purchase<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::GiftCardsPurchase>,
            V::Error: crate::request::IntoRefusal,
        {
            self.gift_cards_purchase = crate::request::set_some(
                value,
                "giftCardsPurchase",
            );
            self
        }
        /// Leaves `giftCardsPurchase` out.
        pub fn without_gift_cards_purchase(mut self) -> Self {
            self.gift_cards_purchase = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `history`.
        pub fn history<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TransactionHistory>,
            V::Error: crate::request::IntoRefusal,
        {
            self.history = crate::request::set_some(value, "history");
            self
        }
        /// Leaves `history` out.
        pub fn without_history(mut self) -> Self {
            self.history = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `lastName`.
        pub fn last_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.last_name = crate::request::set_some(value, "lastName");
            self
        }
        /// Leaves `lastName` out.
        pub fn without_last_name(mut self) -> Self {
            self.last_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `phoneNumber`.
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.phone_number = crate::request::set_some(value, "phoneNumber");
            self
        }
        /// Leaves `phoneNumber` out.
        pub fn without_phone_number(mut self) -> Self {
            self.phone_number = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `preOrderDate`.
        pub fn pre_order_date<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.pre_order_date = crate::request::set_some(value, "preOrderDate");
            self
        }
        /// Leaves `preOrderDate` out.
        pub fn without_pre_order_date(mut self) -> Self {
            self.pre_order_date = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `reorder`.
        pub fn reorder<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.reorder = crate::request::set_some(value, "reorder");
            self
        }
        /// Leaves `reorder` out.
        pub fn without_reorder(mut self) -> Self {
            self.reorder = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<Transaction> for super::Transaction {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Transaction,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                first_name: value.first_name?,
                gift_cards_purchase: value.gift_cards_purchase?,
                history: value.history?,
                last_name: value.last_name?,
                phone_number: value.phone_number?,
                pre_order_date: value.pre_order_date?,
                reorder: value.reorder?,
            })
        }
    }
    impl ::core::convert::From<super::Transaction> for Transaction {
        fn from(value: super::Transaction) -> Self {
            Self {
                first_name: ::core::result::Result::Ok(value.first_name),
                gift_cards_purchase: ::core::result::Result::Ok(
                    value.gift_cards_purchase,
                ),
                history: ::core::result::Result::Ok(value.history),
                last_name: ::core::result::Result::Ok(value.last_name),
                phone_number: ::core::result::Result::Ok(value.phone_number),
                pre_order_date: ::core::result::Result::Ok(value.pre_order_date),
                reorder: ::core::result::Result::Ok(value.reorder),
            }
        }
    }
    /// A [`TransactionHistory`](super::TransactionHistory) under construction.
    #[derive(Clone, Debug)]
    pub struct TransactionHistory {
        add_cards_last_day: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        attempts_last_day: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        attempts_last_year: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        completed_last_six_months: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        shipping_address_first_used_at: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for TransactionHistory {
        fn default() -> Self {
            Self {
                add_cards_last_day: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                attempts_last_day: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                attempts_last_year: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                completed_last_six_months: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shipping_address_first_used_at: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl TransactionHistory {
        /// Sets `addCardsLastDay`.
        pub fn add_cards_last_day<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.add_cards_last_day = crate::request::set_some(value, "addCardsLastDay");
            self
        }
        /// Leaves `addCardsLastDay` out.
        pub fn without_add_cards_last_day(mut self) -> Self {
            self.add_cards_last_day = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `attemptsLastDay`.
        pub fn attempts_last_day<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.attempts_last_day = crate::request::set_some(value, "attemptsLastDay");
            self
        }
        /// Leaves `attemptsLastDay` out.
        pub fn without_attempts_last_day(mut self) -> Self {
            self.attempts_last_day = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `attemptsLastYear`.
        pub fn attempts_last_year<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.attempts_last_year = crate::request::set_some(
                value,
                "attemptsLastYear",
            );
            self
        }
        /// Leaves `attemptsLastYear` out.
        pub fn without_attempts_last_year(mut self) -> Self {
            self.attempts_last_year = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `completedLastSixMonths`.
        pub fn completed_last_six_months<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.completed_last_six_months = crate::request::set_some(
                value,
                "completedLastSixMonths",
            );
            self
        }
        /// Leaves `completedLastSixMonths` out.
        pub fn without_completed_last_six_months(mut self) -> Self {
            self.completed_last_six_months = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `shippingAddressFirstUsedAt`.
        pub fn shipping_address_first_used_at<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shipping_address_first_used_at = crate::request::set_some(
                value,
                "shippingAddressFirstUsedAt",
            );
            self
        }
        /// Leaves `shippingAddressFirstUsedAt` out.
        pub fn without_shipping_address_first_used_at(mut self) -> Self {
            self.shipping_address_first_used_at = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<TransactionHistory> for super::TransactionHistory {
        type Error = crate::request::Refusal;
        fn try_from(
            value: TransactionHistory,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                add_cards_last_day: value.add_cards_last_day?,
                attempts_last_day: value.attempts_last_day?,
                attempts_last_year: value.attempts_last_year?,
                completed_last_six_months: value.completed_last_six_months?,
                shipping_address_first_used_at: value.shipping_address_first_used_at?,
            })
        }
    }
    impl ::core::convert::From<super::TransactionHistory> for TransactionHistory {
        fn from(value: super::TransactionHistory) -> Self {
            Self {
                add_cards_last_day: ::core::result::Result::Ok(value.add_cards_last_day),
                attempts_last_day: ::core::result::Result::Ok(value.attempts_last_day),
                attempts_last_year: ::core::result::Result::Ok(value.attempts_last_year),
                completed_last_six_months: ::core::result::Result::Ok(
                    value.completed_last_six_months,
                ),
                shipping_address_first_used_at: ::core::result::Result::Ok(
                    value.shipping_address_first_used_at,
                ),
            }
        }
    }
    /// A [`Value`](super::Value) under construction.
    #[derive(Clone, Debug)]
    pub struct Value {
        amount: ::core::result::Result<i64, crate::request::Refusal>,
        currency: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default for Value {
        fn default() -> Self {
            Self {
                amount: ::core::result::Result::Err(
                    crate::request::Refusal::missing("amount"),
                ),
                currency: ::core::result::Result::Err(
                    crate::request::Refusal::missing("currency"),
                ),
            }
        }
    }
    impl Value {
        /// Sets `amount`.
        pub fn amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.amount = crate::request::set(value, "amount");
            self
        }
        /// Sets `currency`.
        pub fn currency<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.currency = crate::request::set(value, "currency");
            self
        }
    }
    impl ::core::convert::TryFrom<Value> for super::Value {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Value,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                amount: value.amount?,
                currency: value.currency?,
            })
        }
    }
    impl ::core::convert::From<super::Value> for Value {
        fn from(value: super::Value) -> Self {
            Self {
                amount: ::core::result::Result::Ok(value.amount),
                currency: ::core::result::Result::Ok(value.currency),
            }
        }
    }
    /// A [`VerifiedPaymentRequest`](super::VerifiedPaymentRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequest {
        challenge: ::core::result::Result<super::Challenge, crate::request::Refusal>,
        device_data: ::core::result::Result<super::DeviceData, crate::request::Refusal>,
        instruction: ::core::result::Result<super::Instruction, crate::request::Refusal>,
        merchant: ::core::result::Result<super::Merchant, crate::request::Refusal>,
        risk_data: ::core::result::Result<
            ::std::option::Option<super::RiskData>,
            crate::request::Refusal,
        >,
        transaction_reference: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for VerifiedPaymentRequest {
        fn default() -> Self {
            Self {
                challenge: ::core::result::Result::Err(
                    crate::request::Refusal::missing("challenge"),
                ),
                device_data: ::core::result::Result::Err(
                    crate::request::Refusal::missing("deviceData"),
                ),
                instruction: ::core::result::Result::Err(
                    crate::request::Refusal::missing("instruction"),
                ),
                merchant: ::core::result::Result::Err(
                    crate::request::Refusal::missing("merchant"),
                ),
                risk_data: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                transaction_reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("transactionReference"),
                ),
            }
        }
    }
    impl VerifiedPaymentRequest {
        /// Sets `challenge`.
        pub fn challenge<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Challenge>,
            V::Error: crate::request::IntoRefusal,
        {
            self.challenge = crate::request::set(value, "challenge");
            self
        }
        /// Sets `deviceData`.
        pub fn device_data<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::DeviceData>,
            V::Error: crate::request::IntoRefusal,
        {
            self.device_data = crate::request::set(value, "deviceData");
            self
        }
        /// Sets `instruction`.
        pub fn instruction<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Instruction>,
            V::Error: crate::request::IntoRefusal,
        {
            self.instruction = crate::request::set(value, "instruction");
            self
        }
        /// Sets `merchant`.
        pub fn merchant<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Merchant>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant = crate::request::set(value, "merchant");
            self
        }
        /// Sets `riskData`.
        pub fn risk_data<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::RiskData>,
            V::Error: crate::request::IntoRefusal,
        {
            self.risk_data = crate::request::set_some(value, "riskData");
            self
        }
        /// Leaves `riskData` out.
        pub fn without_risk_data(mut self) -> Self {
            self.risk_data = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `transactionReference`.
        pub fn transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.transaction_reference = crate::request::set(
                value,
                "transactionReference",
            );
            self
        }
    }
    impl ::core::convert::TryFrom<VerifiedPaymentRequest>
    for super::VerifiedPaymentRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                challenge: value.challenge?,
                device_data: value.device_data?,
                instruction: value.instruction?,
                merchant: value.merchant?,
                risk_data: value.risk_data?,
                transaction_reference: value.transaction_reference?,
            })
        }
    }
    impl ::core::convert::From<super::VerifiedPaymentRequest>
    for VerifiedPaymentRequest {
        fn from(value: super::VerifiedPaymentRequest) -> Self {
            Self {
                challenge: ::core::result::Result::Ok(value.challenge),
                device_data: ::core::result::Result::Ok(value.device_data),
                instruction: ::core::result::Result::Ok(value.instruction),
                merchant: ::core::result::Result::Ok(value.merchant),
                risk_data: ::core::result::Result::Ok(value.risk_data),
                transaction_reference: ::core::result::Result::Ok(
                    value.transaction_reference,
                ),
            }
        }
    }
}
impl Account {
    /// A builder, every field unset.
    pub fn builder() -> builder::Account {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::Account {
        Self::builder()
    }
}
impl AccountHistory {
    /// A builder, every field unset.
    pub fn builder() -> builder::AccountHistory {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::AccountHistory {
        Self::builder()
    }
}
impl Address {
    /// A builder, every field unset.
    pub fn builder() -> builder::Address {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `countryCode`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(country_code: V0) -> builder::Address
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().country_code(country_code)
    }
}
impl BillingAddress {
    /// A builder, every field unset.
    pub fn builder() -> builder::BillingAddress {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `address1`, `city`, `countryCode`, `postalCode`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2, V3>(
        address1: V0,
        city: V1,
        country_code: V2,
        postal_code: V3,
    ) -> builder::BillingAddress
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<::std::string::String>,
        V2::Error: crate::request::IntoRefusal,
        V3: ::core::convert::TryInto<::std::string::String>,
        V3::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .address1(address1)
            .city(city)
            .country_code(country_code)
            .postal_code(postal_code)
    }
}
impl CardExpiryDate {
    /// A builder, every field unset.
    pub fn builder() -> builder::CardExpiryDate {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `month`, `year`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(month: V0, year: V1) -> builder::CardExpiryDate
    where
        V0: ::core::convert::TryInto<
            crate::verified_payments::types::CardExpiryDateMonth,
        >,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<
            crate::verified_payments::types::CardExpiryDateYear,
        >,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().month(month).year(year)
    }
}
impl Challenge {
    /// A builder, every field unset.
    pub fn builder() -> builder::Challenge {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `returnUrl`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(return_url: V0) -> builder::Challenge
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().return_url(return_url)
    }
}
impl Custom {
    /// A builder, every field unset.
    pub fn builder() -> builder::Custom {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::Custom {
        Self::builder()
    }
}
impl DeviceData {
    /// A builder, every field unset.
    pub fn builder() -> builder::DeviceData {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `acceptHeader`, `userAgentHeader`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(accept_header: V0, user_agent_header: V1) -> builder::DeviceData
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().accept_header(accept_header).user_agent_header(user_agent_header)
    }
}
impl GiftCardsPurchase {
    /// A builder, every field unset.
    pub fn builder() -> builder::GiftCardsPurchase {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::GiftCardsPurchase {
        Self::builder()
    }
}
impl Instruction {
    /// A builder, every field unset.
    pub fn builder() -> builder::Instruction {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `narrative`, `paymentInstrument`, `value`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        narrative: V0,
        payment_instrument: V1,
        value: V2,
    ) -> builder::Instruction
    where
        V0: ::core::convert::TryInto<Narrative>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<PaymentInstrument>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<Value>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .narrative(narrative)
            .payment_instrument(payment_instrument)
            .value(value)
    }
}
impl Merchant {
    /// A builder, every field unset.
    pub fn builder() -> builder::Merchant {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `entity`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(entity: V0) -> builder::Merchant
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().entity(entity)
    }
}
impl Narrative {
    /// A builder, every field unset.
    pub fn builder() -> builder::Narrative {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `line1`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(line1: V0) -> builder::Narrative
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().line1(line1)
    }
}
impl PaymentFacilitator {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentFacilitator {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `pfId`, `subMerchant`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(pf_id: V0, sub_merchant: V1) -> builder::PaymentFacilitator
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<SubMerchant>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().pf_id(pf_id).sub_merchant(sub_merchant)
    }
}
impl PaymentInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentInstrument {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `cardExpiryDate`, `cardNumber`. Set already, having one possible value each: `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(
        card_expiry_date: V0,
        card_number: V1,
    ) -> builder::PaymentInstrument
    where
        V0: ::core::convert::TryInto<CardExpiryDate>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<crate::verified_payments::types::CardNumber>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().card_expiry_date(card_expiry_date).card_number(card_number)
    }
}
impl RiskData {
    /// A builder, every field unset.
    pub fn builder() -> builder::RiskData {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::RiskData {
        Self::builder()
    }
}
impl Shipping {
    /// A builder, every field unset.
    pub fn builder() -> builder::Shipping {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::Shipping {
        Self::builder()
    }
}
impl SubMerchant {
    /// A builder, every field unset.
    pub fn builder() -> builder::SubMerchant {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `city`, `countryCode`, `merchantId`, `name`, `postalCode`, `street`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2, V3, V4, V5>(
        city: V0,
        country_code: V1,
        merchant_id: V2,
        name: V3,
        postal_code: V4,
        street: V5,
    ) -> builder::SubMerchant
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<::std::string::String>,
        V2::Error: crate::request::IntoRefusal,
        V3: ::core::convert::TryInto<::std::string::String>,
        V3::Error: crate::request::IntoRefusal,
        V4: ::core::convert::TryInto<::std::string::String>,
        V4::Error: crate::request::IntoRefusal,
        V5: ::core::convert::TryInto<::std::string::String>,
        V5::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .city(city)
            .country_code(country_code)
            .merchant_id(merchant_id)
            .name(name)
            .postal_code(postal_code)
            .street(street)
    }
}
impl TotalValue {
    /// A builder, every field unset.
    pub fn builder() -> builder::TotalValue {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `amount`, `currency`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(amount: V0, currency: V1) -> builder::TotalValue
    where
        V0: ::core::convert::TryInto<i64>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().amount(amount).currency(currency)
    }
}
impl Transaction {
    /// A builder, every field unset.
    pub fn builder() -> builder::Transaction {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::Transaction {
        Self::builder()
    }
}
impl TransactionHistory {
    /// A builder, every field unset.
    pub fn builder() -> builder::TransactionHistory {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::TransactionHistory {
        Self::builder()
    }
}
impl Value {
    /// A builder, every field unset.
    pub fn builder() -> builder::Value {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `amount`, `currency`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(amount: V0, currency: V1) -> builder::Value
    where
        V0: ::core::convert::TryInto<i64>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().amount(amount).currency(currency)
    }
}
impl VerifiedPaymentRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequest {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `challenge`, `deviceData`, `instruction`, `merchant`, `transactionReference`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2, V3, V4>(
        challenge: V0,
        device_data: V1,
        instruction: V2,
        merchant: V3,
        transaction_reference: V4,
    ) -> builder::VerifiedPaymentRequest
    where
        V0: ::core::convert::TryInto<Challenge>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<DeviceData>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<Instruction>,
        V2::Error: crate::request::IntoRefusal,
        V3: ::core::convert::TryInto<Merchant>,
        V3::Error: crate::request::IntoRefusal,
        V4: ::core::convert::TryInto<::std::string::String>,
        V4::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .challenge(challenge)
            .device_data(device_data)
            .instruction(instruction)
            .merchant(merchant)
            .transaction_reference(transaction_reference)
    }
}

// Types the fix-up stage bound by name, made by the runtime's macros
// (src/open_enum.rs, src/sensitive.rs, src/constraint.rs, src/tagged_union.rs).

impl crate::request::IntoRefusal for error::ConversionError {
    fn into_refusal(self) -> crate::request::Refusal {
        crate::request::Refusal::new(crate::constraint::Rule::parse(&self.to_string()))
    }
}

crate::sensitive_string! {
    /// `cardHolderName`
    pub struct CardHolderName {
        schema: "cardHolderName",
        min_length: Some(1),
        max_length: Some(255),
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `cardNumber`
    pub struct CardNumber {
        schema: "cardNumber",
        min_length: Some(12),
        max_length: Some(19),
        pattern: Some("^[0-9]+$"),
    }
}

crate::sensitive_string! {
    /// `cvc`
    pub struct Cvc {
        schema: "cvc",
        min_length: Some(3),
        max_length: Some(4),
        pattern: Some("^[0-9]+$"),
    }
}

crate::bounded_integer! {
    /// `CardExpiryDate_month`
    pub struct CardExpiryDateMonth {
        schema: "CardExpiryDate_month",
        minimum: Some(1),
        maximum: Some(12),
    }
}

crate::bounded_integer! {
    /// `CardExpiryDate_year`
    pub struct CardExpiryDateYear {
        schema: "CardExpiryDate_year",
        minimum: Some(1000),
        maximum: Some(9999),
    }
}

/// The types grouped to browse, by the side of the wire that carries them
/// (a type both sides carry is in both).
pub mod by_side {
    /// What requests carry: strict, each built with its builder in [`super::builder`].
    pub mod requests {
        pub use super::super::{
            Account, AccountHistory, Address, BillingAddress, CardExpiryDate,
            CardExpiryDateMonth, CardExpiryDateYear, CardHolderName, CardNumber,
            Challenge, Custom, Cvc, DeviceData, GiftCardsPurchase, Instruction, Merchant,
            Narrative, PaymentFacilitator, PaymentInstrument, RiskData, Shipping,
            SubMerchant, TotalValue, Transaction, TransactionHistory, Value,
            VerifiedPaymentRequest,
        };
    }
    /// What answers carry: lenient, open to values Worldpay adds.
    pub mod answers {
        pub use super::super::{
            DeviceDataCollection, VerifiedPaymentResponse, VerifiedPaymentsRoot,
        };
    }
}
