// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/online/openapi.yaml with schemas/online/api.yaml (sha256 2fc9f479e26834a33f2127ac8d7797af9e4a6066d2c9deebafb8de43c75738de)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - 1 descriptions with unlabelled code blocks labelled `text` (not doctests)
// - 13 inline schemas named after their property (0 identical uses share a type): AvsResultCode,
//   CardType, CvcResultCode, Dispute, Environment, HistoryItem, OrderCodePrefix, OrderCodeSuffix,
//   OrderRequestPaymentMethod, PaymentResponse, ResultCodes, RiskScore, TokenPaymentMethod
// - schemas used by both requests and responses split (responses read a lenient copy): address,
//   apmFields, customerIdentifiers, deliveryAddress, orderType
// - discriminated unions bound to internally tagged enums: OrderRequestPaymentMethod (on `type`),
//   PaymentResponse (on `type`, open), TokenPaymentMethod (on `type`, open)
// - 5 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): AvsResultCode, CardType, CvcResultCode,
//   Environment, orderState, orderTypeReceived
// - orderRequest.name is sensitive (cardHolderName): bound as `orderRequest_cardHolderName`
// - cardPaymentMethod.name is sensitive (cardHolderName): bound as
//   `cardPaymentMethod_cardHolderName`
// - ObfuscatedCard.name is sensitive (cardHolderName): bound as `ObfuscatedCard_cardHolderName`
// - APM.name is sensitive (cardHolderName): bound as `APM_cardHolderName`
// - card data and secrets bound to redacting types: APM_cardHolderName,
//   ObfuscatedCard_cardHolderName, cardNumber, cardPaymentMethod_cardHolderName, cvc,
//   orderRequest_cardHolderName
// - 28 error responses read raw and decoded by status (ErrorResponse)

///Object containing the address where the customer's card is registered. This object will be used for AVS address verification and other fraud checks, and is strongly recommended to be set. If any of (address1, city, postalCode or countryCode) are unset this object will be silently ignored. In the request this object is passed at the top-level of the JSON. In the response it will be embedded in paymentResponse
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Address {
    ///The first line of the address. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    ///The second line of the address
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    ///The third line of the address
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
    ///The postal town or city. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    ///The ISO 3166 alpha-2 2-letter country code. ISO country codes are defined here. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    ///The postcode or ZIP code. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    ///Subdivision of a country e.g. Schleswig-Holstein, Queensland
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    ///The telephone number associated with the address.
    #[serde(
        rename = "telephoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub telephone_number: ::std::option::Option<::std::string::String>,
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
            "postalCode",
            "state",
            "telephoneNumber",
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
                ::core::result::Result::Ok(Address {
                    address1: __f0.unwrap_or_default(),
                    address2: __f1.unwrap_or_default(),
                    address3: __f2.unwrap_or_default(),
                    city: __f3.unwrap_or_default(),
                    country_code: __f4.unwrap_or_default(),
                    postal_code: __f5.unwrap_or_default(),
                    state: __f6.unwrap_or_default(),
                    telephone_number: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Address", FIELDS, __Visitor)
    }
}
///Object containing the address where the customer's card is registered. This object will be used for AVS address verification and other fraud checks, and is strongly recommended to be set. If any of (address1, city, postalCode or countryCode) are unset this object will be silently ignored. In the request this object is passed at the top-level of the JSON. In the response it will be embedded in paymentResponse
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AddressReceived {
    ///The first line of the address. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    ///The second line of the address
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    ///The third line of the address
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
    ///The postal town or city. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    ///The ISO 3166 alpha-2 2-letter country code. ISO country codes are defined here. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    ///The postcode or ZIP code. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    ///Subdivision of a country e.g. Schleswig-Holstein, Queensland
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    ///The telephone number associated with the address.
    #[serde(
        rename = "telephoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub telephone_number: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AddressReceived {
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
            "telephoneNumber",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AddressReceived;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AddressReceived")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddressReceived, A::Error>
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
                ::core::result::Result::Ok(AddressReceived {
                    address1: __f0.unwrap_or_default(),
                    address2: __f1.unwrap_or_default(),
                    address3: __f2.unwrap_or_default(),
                    city: __f3.unwrap_or_default(),
                    country_code: __f4.unwrap_or_default(),
                    postal_code: __f5.unwrap_or_default(),
                    state: __f6.unwrap_or_default(),
                    telephone_number: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AddressReceived", FIELDS, __Visitor)
    }
}
///The alternative payment method (WPM/APM) of an order or token (`type` "APM").
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Apm {
    #[serde(
        rename = "apmFields",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub apm_fields: ::std::option::Option<ApmFieldsReceived>,
    ///The specific WPM/APM that this token represents
    #[serde(rename = "apmName", skip_serializing_if = "::std::option::Option::is_none")]
    pub apm_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<AddressReceived>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<crate::online::types::ApmCardHolderName>,
    ///Indicates to the payment provider which locale to present to the shopper in ISO 3166 2-letter format.
    #[serde(
        rename = "shopperCountryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_country_code: ::std::option::Option<::std::string::String>,
    ///String defining the payment type - either "Card" or "APM" in a request, "ObfuscatedCard" or "APM" in a response
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for Apm {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "apmFields",
            "apmName",
            "billingAddress",
            "name",
            "shopperCountryCode",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Apm;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Apm")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Apm, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<ApmFieldsReceived>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<AddressReceived>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<crate::online::types::ApmCardHolderName>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Apm {
                    apm_fields: __f0.unwrap_or_default(),
                    apm_name: __f1.unwrap_or_default(),
                    billing_address: __f2.unwrap_or_default(),
                    name: __f3.unwrap_or_default(),
                    shopper_country_code: __f4.unwrap_or_default(),
                    type_: crate::deserialize::required(__f5, FIELDS[5usize])?,
                })
            }
        }
        deserializer.deserialize_struct("Apm", FIELDS, __Visitor)
    }
}
///Allows supply of Payment Provider-specific attribute/value pairs e.g. shopper's Bank Code
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct ApmFields(
    pub ::std::collections::HashMap<::std::string::String, ::std::string::String>,
);
impl ::std::ops::Deref for ApmFields {
    type Target = ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >;
    fn deref(
        &self,
    ) -> &::std::collections::HashMap<::std::string::String, ::std::string::String> {
        &self.0
    }
}
impl ::std::convert::From<ApmFields>
for ::std::collections::HashMap<::std::string::String, ::std::string::String> {
    fn from(value: ApmFields) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::std::collections::HashMap<::std::string::String, ::std::string::String>,
> for ApmFields {
    fn from(
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        Self(value)
    }
}
///Allows supply of Payment Provider-specific attribute/value pairs e.g. shopper's Bank Code
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct ApmFieldsReceived(
    pub ::std::collections::HashMap<::std::string::String, ::std::string::String>,
);
impl ::std::ops::Deref for ApmFieldsReceived {
    type Target = ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >;
    fn deref(
        &self,
    ) -> &::std::collections::HashMap<::std::string::String, ::std::string::String> {
        &self.0
    }
}
impl ::std::convert::From<ApmFieldsReceived>
for ::std::collections::HashMap<::std::string::String, ::std::string::String> {
    fn from(value: ApmFieldsReceived) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::std::collections::HashMap<::std::string::String, ::std::string::String>,
> for ApmFieldsReceived {
    fn from(
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        Self(value)
    }
}
///Alternative payment method (WPM/APM) details for a new order (`type` "APM").
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ApmPaymentMethod {
    #[serde(
        rename = "apmFields",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub apm_fields: ::std::option::Option<ApmFields>,
    ///The specific WPM/APM that this token represents
    #[serde(rename = "apmName")]
    pub apm_name: ::std::string::String,
    ///Indicates to the payment provider which locale to present to the shopper in ISO 3166 2-letter format. Mandatory for WPM/APMs, unless a default country code is defined in Order Settings. Where both are defined this attribute's value will take precedence
    #[serde(
        rename = "shopperCountryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_country_code: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ApmPaymentMethod {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["apmFields", "apmName", "shopperCountryCode"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ApmPaymentMethod;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ApmPaymentMethod")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ApmPaymentMethod, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<ApmFields>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(ApmPaymentMethod {
                    apm_fields: __f0.unwrap_or_default(),
                    apm_name: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    shopper_country_code: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ApmPaymentMethod", FIELDS, __Visitor)
    }
}
///An optional capture amount.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CaptureRequest {
    ///The amount to capture, in the smallest unit of the order's currency.
    #[serde(
        rename = "captureAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capture_amount: ::std::option::Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for CaptureRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["captureAmount"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CaptureRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CaptureRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CaptureRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(CaptureRequest {
                    capture_amount: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CaptureRequest", FIELDS, __Visitor)
    }
}
///Card details for a new order (`type` "Card").
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardPaymentMethod {
    #[serde(rename = "cardNumber")]
    pub card_number: crate::online::types::CardNumber,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cvc: ::std::option::Option<crate::online::types::Cvc>,
    ///Expiry month of the card. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(rename = "expiryMonth")]
    pub expiry_month: i64,
    ///Expiry year of the card. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(rename = "expiryYear")]
    pub expiry_year: i64,
    ///Issue number on the card. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "issueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_number: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<
        crate::online::types::CardPaymentMethodCardHolderName,
    >,
    ///Start month of the card. This field is only used for some types of debit cards. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "startMonth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_month: ::std::option::Option<i64>,
    ///Start year of the card. This field is only used for some types of debit cards. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "startYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_year: ::std::option::Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for CardPaymentMethod {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "cardNumber",
            "cvc",
            "expiryMonth",
            "expiryYear",
            "issueNumber",
            "name",
            "startMonth",
            "startYear",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CardPaymentMethod;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CardPaymentMethod")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CardPaymentMethod, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<crate::online::types::CardNumber> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::online::types::Cvc>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<i64> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<i64> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<
                        crate::online::types::CardPaymentMethodCardHolderName,
                    >,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(CardPaymentMethod {
                    card_number: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    cvc: __f1.unwrap_or_default(),
                    expiry_month: crate::deserialize::required(__f2, FIELDS[2usize])?,
                    expiry_year: crate::deserialize::required(__f3, FIELDS[3usize])?,
                    issue_number: __f4.unwrap_or_default(),
                    name: __f5.unwrap_or_default(),
                    start_month: __f6.unwrap_or_default(),
                    start_year: __f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CardPaymentMethod", FIELDS, __Visitor)
    }
}
///A set of custom attributes for your own use - up to 5 can be specified. You can specify any value for both the name and value of each attribute (e.g. key1 ... key5).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct CustomerIdentifiers(
    pub ::std::collections::HashMap<::std::string::String, ::std::string::String>,
);
impl ::std::ops::Deref for CustomerIdentifiers {
    type Target = ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >;
    fn deref(
        &self,
    ) -> &::std::collections::HashMap<::std::string::String, ::std::string::String> {
        &self.0
    }
}
impl ::std::convert::From<CustomerIdentifiers>
for ::std::collections::HashMap<::std::string::String, ::std::string::String> {
    fn from(value: CustomerIdentifiers) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::std::collections::HashMap<::std::string::String, ::std::string::String>,
> for CustomerIdentifiers {
    fn from(
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        Self(value)
    }
}
///A set of custom attributes for your own use - up to 5 can be specified. You can specify any value for both the name and value of each attribute (e.g. key1 ... key5).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct CustomerIdentifiersReceived(
    pub ::std::collections::HashMap<::std::string::String, ::std::string::String>,
);
impl ::std::ops::Deref for CustomerIdentifiersReceived {
    type Target = ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >;
    fn deref(
        &self,
    ) -> &::std::collections::HashMap<::std::string::String, ::std::string::String> {
        &self.0
    }
}
impl ::std::convert::From<CustomerIdentifiersReceived>
for ::std::collections::HashMap<::std::string::String, ::std::string::String> {
    fn from(value: CustomerIdentifiersReceived) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::std::collections::HashMap<::std::string::String, ::std::string::String>,
> for CustomerIdentifiersReceived {
    fn from(
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        Self(value)
    }
}
///Object containing the address where the goods/services are to be delivered/invoiced. This object will be used for fraud checks, and is strongly recommended to be set. If any of (address1, city, postalCode or countryCode) are unspecified this object will be silently ignored
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DeliveryAddress {
    ///The first line of the address. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    ///The second line of the address
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    ///The third line of the address
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
    ///The postal town or city. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    ///The ISO 3166 alpha-2 2-letter country code. ISO country codes are defined here. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    ///The first name of the deliveree
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    ///The family name of the deliveree
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::std::string::String>,
    ///The postcode or ZIP code. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    ///Subdivision of a country e.g. Schleswig-Holstein, Queensland
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    ///The telephone number associated with the address.
    #[serde(
        rename = "telephoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub telephone_number: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for DeliveryAddress {
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
            "firstName",
            "lastName",
            "postalCode",
            "state",
            "telephoneNumber",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = DeliveryAddress;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct DeliveryAddress")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeliveryAddress, A::Error>
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
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<
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
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(DeliveryAddress {
                    address1: __f0.unwrap_or_default(),
                    address2: __f1.unwrap_or_default(),
                    address3: __f2.unwrap_or_default(),
                    city: __f3.unwrap_or_default(),
                    country_code: __f4.unwrap_or_default(),
                    first_name: __f5.unwrap_or_default(),
                    last_name: __f6.unwrap_or_default(),
                    postal_code: __f7.unwrap_or_default(),
                    state: __f8.unwrap_or_default(),
                    telephone_number: __f9.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("DeliveryAddress", FIELDS, __Visitor)
    }
}
///Object containing the address where the goods/services are to be delivered/invoiced. This object will be used for fraud checks, and is strongly recommended to be set. If any of (address1, city, postalCode or countryCode) are unspecified this object will be silently ignored
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DeliveryAddressReceived {
    ///The first line of the address. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    ///The second line of the address
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    ///The third line of the address
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
    ///The postal town or city. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    ///The ISO 3166 alpha-2 2-letter country code. ISO country codes are defined here. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    ///The first name of the deliveree
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    ///The family name of the deliveree
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::std::string::String>,
    ///The postcode or ZIP code. Note: This attribute must be specified and non-null for any address to be valid
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    ///Subdivision of a country e.g. Schleswig-Holstein, Queensland
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    ///The telephone number associated with the address.
    #[serde(
        rename = "telephoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub telephone_number: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for DeliveryAddressReceived {
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
            "firstName",
            "lastName",
            "postalCode",
            "state",
            "telephoneNumber",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = DeliveryAddressReceived;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct DeliveryAddressReceived")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeliveryAddressReceived, A::Error>
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
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<
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
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(DeliveryAddressReceived {
                    address1: __f0.unwrap_or_default(),
                    address2: __f1.unwrap_or_default(),
                    address3: __f2.unwrap_or_default(),
                    city: __f3.unwrap_or_default(),
                    country_code: __f4.unwrap_or_default(),
                    first_name: __f5.unwrap_or_default(),
                    last_name: __f6.unwrap_or_default(),
                    postal_code: __f7.unwrap_or_default(),
                    state: __f8.unwrap_or_default(),
                    telephone_number: __f9.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("DeliveryAddressReceived", FIELDS, __Visitor)
    }
}
///`Dispute`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Dispute {
    ///The date the document was uploaded (as printed, e.g. "2015-05-06T14:14:03.684+0000")
    #[serde(
        rename = "creationDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_date: ::std::option::Option<::std::string::String>,
    ///The name for this document as assigned by you during document upload
    #[serde(
        rename = "documentName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_name: ::std::option::Option<::std::string::String>,
    ///A Worldpay assigned identifier for this document
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Dispute {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["creationDate", "documentName", "id"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Dispute;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Dispute")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Dispute, A::Error>
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
                ::core::result::Result::Ok(Dispute {
                    creation_date: __f0.unwrap_or_default(),
                    document_name: __f1.unwrap_or_default(),
                    id: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Dispute", FIELDS, __Visitor)
    }
}
///The error body Worldpay's client libraries read.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ErrorResponse {
    ///Worldpay's code for the error.
    #[serde(
        rename = "customCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_code: ::std::option::Option<::std::string::String>,
    ///A longer description of the error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///A URL with help about the error.
    #[serde(
        rename = "errorHelpUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_help_url: ::std::option::Option<::std::string::String>,
    ///The HTTP status code of the response.
    #[serde(
        rename = "httpStatusCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_status_code: ::std::option::Option<i64>,
    ///A short message describing the error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    ///The request that caused the error.
    #[serde(
        rename = "originalRequest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_request: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ErrorResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "customCode",
            "description",
            "errorHelpUrl",
            "httpStatusCode",
            "message",
            "originalRequest",
        ];
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
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(ErrorResponse {
                    custom_code: __f0.unwrap_or_default(),
                    description: __f1.unwrap_or_default(),
                    error_help_url: __f2.unwrap_or_default(),
                    http_status_code: __f3.unwrap_or_default(),
                    message: __f4.unwrap_or_default(),
                    original_request: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ErrorResponse", FIELDS, __Visitor)
    }
}
///`HistoryItem`
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct HistoryItem {
    ///The amount to be charged in pennies/cents (or whatever the smallest unit is of the currencyCode that you specified, see currencyCodeExponent below)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<i64>,
    ///The amount that will be deducted as fees in cents
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub commission: ::std::option::Option<i64>,
    ///The ISO currency code of the currency you want to charge your customer in.
    #[serde(
        rename = "currencyCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    ///The number of decimals after the dot for this currency. This is important to know as 'amount' has to be specified in the smallest unit of the currencyCode. The value will be 2 for most currencies but can sometimes be 3
    #[serde(
        rename = "currencyCodeExponent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code_exponent: ::std::option::Option<i64>,
    ///Date when the paymentStatus change occurred (as printed, e.g. "2014-05-07T09:26:27.658+0000")
    #[serde(
        rename = "modificationDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub modification_date: ::std::option::Option<::std::string::String>,
    ///The amount that will be settled to you after commissions have been deducted in cents
    #[serde(
        rename = "netAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub net_amount: ::std::option::Option<i64>,
    ///The ISO currency code of the currency you want to be settled in in.
    #[serde(
        rename = "settlementCurrency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settlement_currency: ::std::option::Option<::std::string::String>,
    ///The number of decimals after the dot for this currency. The value will be 2 for most currencies but can sometimes be 3
    #[serde(
        rename = "settlementCurrencyExponent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settlement_currency_exponent: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<crate::online::types::OrderState>,
}
impl<'de> ::serde::Deserialize<'de> for HistoryItem {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "commission",
            "currencyCode",
            "currencyCodeExponent",
            "modificationDate",
            "netAmount",
            "settlementCurrency",
            "settlementCurrencyExponent",
            "state",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = HistoryItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct HistoryItem")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<HistoryItem, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<crate::online::types::OrderState>,
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
                ::core::result::Result::Ok(HistoryItem {
                    amount: __f0.unwrap_or_default(),
                    commission: __f1.unwrap_or_default(),
                    currency_code: __f2.unwrap_or_default(),
                    currency_code_exponent: __f3.unwrap_or_default(),
                    modification_date: __f4.unwrap_or_default(),
                    net_amount: __f5.unwrap_or_default(),
                    settlement_currency: __f6.unwrap_or_default(),
                    settlement_currency_exponent: __f7.unwrap_or_default(),
                    state: __f8.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("HistoryItem", FIELDS, __Visitor)
    }
}
///The card of an order or token, obfuscated (`type` "ObfuscatedCard").
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ObfuscatedCard {
    #[serde(
        rename = "apmFields",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub apm_fields: ::std::option::Option<ApmFieldsReceived>,
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<AddressReceived>,
    ///Indicates whether the card is 'credit' or 'debit'
    #[serde(
        rename = "cardClass",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_class: ::std::option::Option<::std::string::String>,
    ///The financial institution that issued the card
    #[serde(
        rename = "cardIssuer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_issuer: ::std::option::Option<::std::string::String>,
    ///Product type detail for contactless cards
    #[serde(
        rename = "cardProductTypeDescContactless",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_product_type_desc_contactless: ::std::option::Option<::std::string::String>,
    ///Product type detail for non-contactless cards
    #[serde(
        rename = "cardProductTypeDescNonContactless",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_product_type_desc_non_contactless: ::std::option::Option<
        ::std::string::String,
    >,
    ///Type of the card that was used (e.g. "VISA CREDIT").
    #[serde(
        rename = "cardSchemeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_scheme_name: ::std::option::Option<::std::string::String>,
    ///Indicates the card is either 'consumer' or 'corporate'
    #[serde(
        rename = "cardSchemeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_scheme_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cardType", skip_serializing_if = "::std::option::Option::is_none")]
    pub card_type: ::std::option::Option<crate::online::types::CardType>,
    ///The issuer country code in ISO 3166 2-letter format
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    ///Expiry month of the card - card orders only. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "expiryMonth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_month: ::std::option::Option<i64>,
    ///Expiry year of the card - card orders only. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "expiryYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_year: ::std::option::Option<i64>,
    ///Issue number on the card. Note: This field is only used for some types of cards. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "issueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_number: ::std::option::Option<i64>,
    ///The last four digits of the card number with all other numbers masked
    #[serde(
        rename = "maskedCardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub masked_card_number: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<crate::online::types::ObfuscatedCardCardHolderName>,
    ///Indicates whether the card is prepaid
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub prepaid: ::std::option::Option<::std::string::String>,
    ///Start month of the card. This field is only used for some types of cards. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "startMonth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_month: ::std::option::Option<i64>,
    ///Start year of the card. This field is only used for some types of cards. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "startYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_year: ::std::option::Option<i64>,
    ///String defining the payment type - either "Card" or "APM" in a request, "ObfuscatedCard" or "APM" in a response
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for ObfuscatedCard {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "apmFields",
            "billingAddress",
            "cardClass",
            "cardIssuer",
            "cardProductTypeDescContactless",
            "cardProductTypeDescNonContactless",
            "cardSchemeName",
            "cardSchemeType",
            "cardType",
            "countryCode",
            "expiryMonth",
            "expiryYear",
            "issueNumber",
            "maskedCardNumber",
            "name",
            "prepaid",
            "startMonth",
            "startYear",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ObfuscatedCard;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ObfuscatedCard")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ObfuscatedCard, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<ApmFieldsReceived>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<AddressReceived>,
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
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<crate::online::types::CardType>,
                > = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f10: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f11: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f12: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f13: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f14: ::core::option::Option<
                    ::std::option::Option<
                        crate::online::types::ObfuscatedCardCardHolderName,
                    >,
                > = ::core::option::Option::None;
                let mut __f15: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f16: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f17: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f18: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                        ::core::option::Option::Some(18usize) => {
                            crate::deserialize::once(
                                &mut __f18,
                                &mut map,
                                FIELDS[18usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(ObfuscatedCard {
                    apm_fields: __f0.unwrap_or_default(),
                    billing_address: __f1.unwrap_or_default(),
                    card_class: __f2.unwrap_or_default(),
                    card_issuer: __f3.unwrap_or_default(),
                    card_product_type_desc_contactless: __f4.unwrap_or_default(),
                    card_product_type_desc_non_contactless: __f5.unwrap_or_default(),
                    card_scheme_name: __f6.unwrap_or_default(),
                    card_scheme_type: __f7.unwrap_or_default(),
                    card_type: __f8.unwrap_or_default(),
                    country_code: __f9.unwrap_or_default(),
                    expiry_month: __f10.unwrap_or_default(),
                    expiry_year: __f11.unwrap_or_default(),
                    issue_number: __f12.unwrap_or_default(),
                    masked_card_number: __f13.unwrap_or_default(),
                    name: __f14.unwrap_or_default(),
                    prepaid: __f15.unwrap_or_default(),
                    start_month: __f16.unwrap_or_default(),
                    start_year: __f17.unwrap_or_default(),
                    type_: crate::deserialize::required(__f18, FIELDS[18usize])?,
                })
            }
        }
        deserializer.deserialize_struct("ObfuscatedCard", FIELDS, __Visitor)
    }
}
///An order, as Worldpay returns it.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Order {
    ///The amount to be charged in pennies/cents (or whatever the smallest unit is of the currencyCode that you specified, see currencyCodeExponent below)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<i64>,
    ///Indicates the order must only authorize the funds, and not take payment. To take payment a Capture request must be sent. Not all payment methods support this feature.
    #[serde(
        rename = "authorizeOnly",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorize_only: ::std::option::Option<bool>,
    ///The amount that has been authorized for this order in cents
    #[serde(
        rename = "authorizedAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorized_amount: ::std::option::Option<i64>,
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<AddressReceived>,
    ///The amount that will be deducted as fees in cents
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub commission: ::std::option::Option<i64>,
    ///The ISO currency code of the currency you want to charge your customer in. A list of ISO currency codes can be found here
    #[serde(
        rename = "currencyCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    ///The number of decimals after the dot for this currency. This is important to know as 'amount' has to be specified in the smallest unit of the currencyCode. The value will be 2 for most currencies but can sometimes be 3. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "currencyCodeExponent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code_exponent: ::std::option::Option<i64>,
    #[serde(
        rename = "customerIdentifiers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_identifiers: ::std::option::Option<CustomerIdentifiersReceived>,
    ///The code or ID under which this order is known in your systems
    #[serde(
        rename = "customerOrderCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_order_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "deliveryAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_address: ::std::option::Option<DeliveryAddressReceived>,
    ///Object containing details of documents that have been uploaded to defend against a disputed order
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub disputes: ::std::vec::Vec<Dispute>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environment: ::std::option::Option<crate::online::types::Environment>,
    ///The history of paymentStatuses that this order has gone through.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub history: ::std::vec::Vec<HistoryItem>,
    ///Indicates that a card order should use 3D Secure if available. If this field is not specified 3D Secure will not be used
    #[serde(
        rename = "is3DSOrder",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is3_ds_order: ::std::option::Option<bool>,
    ///The amount that will be settled to you after commissions have been deducted in cents
    #[serde(
        rename = "netAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub net_amount: ::std::option::Option<i64>,
    ///3D Secure Orders only: Token to use when redirecting your customer to the card issuer hosted page where your customer needs to enter their 3D Secure password
    #[serde(
        rename = "oneTime3DsToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub one_time3_ds_token: ::std::option::Option<::std::string::String>,
    ///A WorldPay generated unique order code. This order code will be referred to in all of our reports. A prefix can be specified using the orderCodePrefix attribute.
    #[serde(
        rename = "orderCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_code: ::std::option::Option<::std::string::String>,
    ///Allows the automatically generated orderCode to be prefixed with a specified string. This prefix can be up to 20 characters long, and may only include alphanumeric (a-z A-Z 0-9) characters and - minus and _ underscore symbols.
    #[serde(
        rename = "orderCodePrefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_code_prefix: ::std::option::Option<::std::string::String>,
    ///Allows the automatically generated orderCode to be suffixed with a specified string. This suffix can be up to 20 characters long, and may only include alphanumeric (a-z A-Z 0-9) characters and - minus and _ underscore symbols.
    #[serde(
        rename = "orderCodeSuffix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_code_suffix: ::std::option::Option<::std::string::String>,
    ///The description of the order provided by you
    #[serde(
        rename = "orderDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "orderType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_type: ::std::option::Option<crate::online::types::OrderTypeReceived>,
    #[serde(
        rename = "paymentResponse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_response: ::std::option::Option<crate::online::types::PaymentResponse>,
    #[serde(
        rename = "paymentStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_status: ::std::option::Option<crate::online::types::OrderState>,
    ///Payment Status Reason is an optional field available only when paymentStatus is FAILED
    #[serde(
        rename = "paymentStatusReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_status_reason: ::std::option::Option<::std::string::String>,
    ///The URL of the payment provider or 3D Secure card issuer hosted page where your customer needs to authenticate their details. You should redirect the customer to this page
    #[serde(
        rename = "redirectURL",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redirect_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "resultCodes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result_codes: ::std::option::Option<ResultCodes>,
    #[serde(
        rename = "riskScore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_score: ::std::option::Option<RiskScore>,
    ///The ISO currency code of the currency you want to be settled in in. This field is mandatory only if you have enabled multiple settlement currencies in currency settings (this setting is only available when you have activated your account). More information about settlement currencies can be found here
    #[serde(
        rename = "settlementCurrency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settlement_currency: ::std::option::Option<::std::string::String>,
    ///The number of decimals after the dot for this currency. This is important to know as 'amount' has to be specified in the smallest unit of the currencyCode. The value will be 2 for most currencies but can sometimes be 3. (The seed's attribute table says String; its example order carries an integer.)
    #[serde(
        rename = "settlementCurrencyExponent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settlement_currency_exponent: ::std::option::Option<i64>,
    ///Accept header of the shopper's browser. Required for 3D Secure Orders
    #[serde(
        rename = "shopperAcceptHeader",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_accept_header: ::std::option::Option<::std::string::String>,
    ///The email address supplied by the shopper
    #[serde(
        rename = "shopperEmailAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_email_address: ::std::option::Option<::std::string::String>,
    ///The customer's IP address e.g. "188.102.39.120". This must NOT be your server IP. Required for 3D Secure Orders
    #[serde(
        rename = "shopperIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_ip_address: ::std::option::Option<::std::string::String>,
    ///ISO ISO 639-1 language code indicating the preferred language of the shopper, where supported by the Payment Provider.
    #[serde(
        rename = "shopperLanguageCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_language_code: ::std::option::Option<::std::string::String>,
    ///Set to the shopper's unique session identifier. Required for 3D Secure Orders
    #[serde(
        rename = "shopperSessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_session_id: ::std::option::Option<::std::string::String>,
    ///Set to the shopper's browser user agent. Required for 3D Secure Orders
    #[serde(
        rename = "shopperUserAgent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_user_agent: ::std::option::Option<::std::string::String>,
    ///3D Secure Orders only: Response code you will receive from the card issuer after shopper authentication. This code must be provided in your order update when completing a 3D Secure order
    #[serde(
        rename = "threeDSResponseCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub three_ds_response_code: ::std::option::Option<::std::string::String>,
    ///A unique token which the WorldPay.js library added to your checkout form, or obtained via the token API. This token represents the customer's card details/payment method which was stored on our server.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Order {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "authorizeOnly",
            "authorizedAmount",
            "billingAddress",
            "commission",
            "currencyCode",
            "currencyCodeExponent",
            "customerIdentifiers",
            "customerOrderCode",
            "deliveryAddress",
            "disputes",
            "environment",
            "history",
            "is3DSOrder",
            "netAmount",
            "oneTime3DsToken",
            "orderCode",
            "orderCodePrefix",
            "orderCodeSuffix",
            "orderDescription",
            "orderType",
            "paymentResponse",
            "paymentStatus",
            "paymentStatusReason",
            "redirectURL",
            "resultCodes",
            "riskScore",
            "settlementCurrency",
            "settlementCurrencyExponent",
            "shopperAcceptHeader",
            "shopperEmailAddress",
            "shopperIpAddress",
            "shopperLanguageCode",
            "shopperSessionId",
            "shopperUserAgent",
            "threeDSResponseCode",
            "token",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Order;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Order")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Order, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<AddressReceived>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<CustomerIdentifiersReceived>,
                > = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<
                    ::std::option::Option<DeliveryAddressReceived>,
                > = ::core::option::Option::None;
                let mut __f10: ::core::option::Option<::std::vec::Vec<Dispute>> = ::core::option::Option::None;
                let mut __f11: ::core::option::Option<
                    ::std::option::Option<crate::online::types::Environment>,
                > = ::core::option::Option::None;
                let mut __f12: ::core::option::Option<::std::vec::Vec<HistoryItem>> = ::core::option::Option::None;
                let mut __f13: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
                let mut __f14: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f15: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f16: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f17: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f18: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f19: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f20: ::core::option::Option<
                    ::std::option::Option<crate::online::types::OrderTypeReceived>,
                > = ::core::option::Option::None;
                let mut __f21: ::core::option::Option<
                    ::std::option::Option<crate::online::types::PaymentResponse>,
                > = ::core::option::Option::None;
                let mut __f22: ::core::option::Option<
                    ::std::option::Option<crate::online::types::OrderState>,
                > = ::core::option::Option::None;
                let mut __f23: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f24: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f25: ::core::option::Option<
                    ::std::option::Option<ResultCodes>,
                > = ::core::option::Option::None;
                let mut __f26: ::core::option::Option<
                    ::std::option::Option<RiskScore>,
                > = ::core::option::Option::None;
                let mut __f27: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f28: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f29: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f30: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f31: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f32: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f33: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f34: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f35: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f36: ::core::option::Option<
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
                        ::core::option::Option::Some(18usize) => {
                            crate::deserialize::once(
                                &mut __f18,
                                &mut map,
                                FIELDS[18usize],
                            )?
                        }
                        ::core::option::Option::Some(19usize) => {
                            crate::deserialize::once(
                                &mut __f19,
                                &mut map,
                                FIELDS[19usize],
                            )?
                        }
                        ::core::option::Option::Some(20usize) => {
                            crate::deserialize::once(
                                &mut __f20,
                                &mut map,
                                FIELDS[20usize],
                            )?
                        }
                        ::core::option::Option::Some(21usize) => {
                            crate::deserialize::once(
                                &mut __f21,
                                &mut map,
                                FIELDS[21usize],
                            )?
                        }
                        ::core::option::Option::Some(22usize) => {
                            crate::deserialize::once(
                                &mut __f22,
                                &mut map,
                                FIELDS[22usize],
                            )?
                        }
                        ::core::option::Option::Some(23usize) => {
                            crate::deserialize::once(
                                &mut __f23,
                                &mut map,
                                FIELDS[23usize],
                            )?
                        }
                        ::core::option::Option::Some(24usize) => {
                            crate::deserialize::once(
                                &mut __f24,
                                &mut map,
                                FIELDS[24usize],
                            )?
                        }
                        ::core::option::Option::Some(25usize) => {
                            crate::deserialize::once(
                                &mut __f25,
                                &mut map,
                                FIELDS[25usize],
                            )?
                        }
                        ::core::option::Option::Some(26usize) => {
                            crate::deserialize::once(
                                &mut __f26,
                                &mut map,
                                FIELDS[26usize],
                            )?
                        }
                        ::core::option::Option::Some(27usize) => {
                            crate::deserialize::once(
                                &mut __f27,
                                &mut map,
                                FIELDS[27usize],
                            )?
                        }
                        ::core::option::Option::Some(28usize) => {
                            crate::deserialize::once(
                                &mut __f28,
                                &mut map,
                                FIELDS[28usize],
                            )?
                        }
                        ::core::option::Option::Some(29usize) => {
                            crate::deserialize::once(
                                &mut __f29,
                                &mut map,
                                FIELDS[29usize],
                            )?
                        }
                        ::core::option::Option::Some(30usize) => {
                            crate::deserialize::once(
                                &mut __f30,
                                &mut map,
                                FIELDS[30usize],
                            )?
                        }
                        ::core::option::Option::Some(31usize) => {
                            crate::deserialize::once(
                                &mut __f31,
                                &mut map,
                                FIELDS[31usize],
                            )?
                        }
                        ::core::option::Option::Some(32usize) => {
                            crate::deserialize::once(
                                &mut __f32,
                                &mut map,
                                FIELDS[32usize],
                            )?
                        }
                        ::core::option::Option::Some(33usize) => {
                            crate::deserialize::once(
                                &mut __f33,
                                &mut map,
                                FIELDS[33usize],
                            )?
                        }
                        ::core::option::Option::Some(34usize) => {
                            crate::deserialize::once(
                                &mut __f34,
                                &mut map,
                                FIELDS[34usize],
                            )?
                        }
                        ::core::option::Option::Some(35usize) => {
                            crate::deserialize::once(
                                &mut __f35,
                                &mut map,
                                FIELDS[35usize],
                            )?
                        }
                        ::core::option::Option::Some(36usize) => {
                            crate::deserialize::once(
                                &mut __f36,
                                &mut map,
                                FIELDS[36usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(Order {
                    amount: __f0.unwrap_or_default(),
                    authorize_only: __f1.unwrap_or_default(),
                    authorized_amount: __f2.unwrap_or_default(),
                    billing_address: __f3.unwrap_or_default(),
                    commission: __f4.unwrap_or_default(),
                    currency_code: __f5.unwrap_or_default(),
                    currency_code_exponent: __f6.unwrap_or_default(),
                    customer_identifiers: __f7.unwrap_or_default(),
                    customer_order_code: __f8.unwrap_or_default(),
                    delivery_address: __f9.unwrap_or_default(),
                    disputes: __f10.unwrap_or_default(),
                    environment: __f11.unwrap_or_default(),
                    history: __f12.unwrap_or_default(),
                    is3_ds_order: __f13.unwrap_or_default(),
                    net_amount: __f14.unwrap_or_default(),
                    one_time3_ds_token: __f15.unwrap_or_default(),
                    order_code: __f16.unwrap_or_default(),
                    order_code_prefix: __f17.unwrap_or_default(),
                    order_code_suffix: __f18.unwrap_or_default(),
                    order_description: __f19.unwrap_or_default(),
                    order_type: __f20.unwrap_or_default(),
                    payment_response: __f21.unwrap_or_default(),
                    payment_status: __f22.unwrap_or_default(),
                    payment_status_reason: __f23.unwrap_or_default(),
                    redirect_url: __f24.unwrap_or_default(),
                    result_codes: __f25.unwrap_or_default(),
                    risk_score: __f26.unwrap_or_default(),
                    settlement_currency: __f27.unwrap_or_default(),
                    settlement_currency_exponent: __f28.unwrap_or_default(),
                    shopper_accept_header: __f29.unwrap_or_default(),
                    shopper_email_address: __f30.unwrap_or_default(),
                    shopper_ip_address: __f31.unwrap_or_default(),
                    shopper_language_code: __f32.unwrap_or_default(),
                    shopper_session_id: __f33.unwrap_or_default(),
                    shopper_user_agent: __f34.unwrap_or_default(),
                    three_ds_response_code: __f35.unwrap_or_default(),
                    token: __f36.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Order", FIELDS, __Visitor)
    }
}
///Allows the automatically generated orderCode to be prefixed with a specified string. This prefix can be up to 20 characters long, and may only include alphanumeric (a-z A-Z 0-9) characters and - minus and _ underscore symbols.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct OrderCodePrefix(::std::string::String);
impl ::std::ops::Deref for OrderCodePrefix {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderCodePrefix> for ::std::string::String {
    fn from(value: OrderCodePrefix) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderCodePrefix {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<crate::pattern::Pattern> = ::std::sync::LazyLock::new(||
        { crate::pattern::Pattern::new("^[A-Za-z0-9_-]*$").unwrap() });
        if !PATTERN.is_match(value) {
            return Err("doesn't match pattern \"^[A-Za-z0-9_-]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderCodePrefix {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderCodePrefix {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderCodePrefix {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Allows the automatically generated orderCode to be suffixed with a specified string. This suffix can be up to 20 characters long, and may only include alphanumeric (a-z A-Z 0-9) characters and - minus and _ underscore symbols.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct OrderCodeSuffix(::std::string::String);
impl ::std::ops::Deref for OrderCodeSuffix {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderCodeSuffix> for ::std::string::String {
    fn from(value: OrderCodeSuffix) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderCodeSuffix {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<crate::pattern::Pattern> = ::std::sync::LazyLock::new(||
        { crate::pattern::Pattern::new("^[A-Za-z0-9_-]*$").unwrap() });
        if !PATTERN.is_match(value) {
            return Err("doesn't match pattern \"^[A-Za-z0-9_-]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderCodeSuffix {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderCodeSuffix {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderCodeSuffix {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///An order to create. One of `token` or `paymentMethod` must be specified.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderRequest {
    ///The amount to be charged in pennies/cents (or whatever the smallest unit is of the currencyCode that you specified, see currencyCodeExponent below)
    pub amount: i64,
    ///Indicates the order must only authorize the funds, and not take payment. To take payment a Capture request must be sent. Not all payment methods support this feature.
    #[serde(
        rename = "authorizeOnly",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorize_only: ::std::option::Option<bool>,
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<Address>,
    ///The URL you require the shopper to be sent to after they cancel authentication on the payment provider's site. Mandatory for APM orders, unless a default cancel URL is defined in Order Settings. Where both are defined this attribute's value will take precedence
    #[serde(
        rename = "cancelUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cancel_url: ::std::option::Option<::std::string::String>,
    ///The ISO currency code of the currency you want to charge your customer in. A list of ISO currency codes can be found here
    #[serde(rename = "currencyCode")]
    pub currency_code: ::std::string::String,
    #[serde(
        rename = "customerIdentifiers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_identifiers: ::std::option::Option<CustomerIdentifiers>,
    ///The code or ID under which this order is known in your systems
    #[serde(
        rename = "customerOrderCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_order_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "deliveryAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_address: ::std::option::Option<DeliveryAddress>,
    ///The URL you require the shopper to be sent to after they authenticate unsuccessfully on the payment provider's site. Mandatory for APM orders, unless a default failure URL is defined in Order Settings. Where both are defined this attribute's value will take precedence
    #[serde(
        rename = "failureUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub failure_url: ::std::option::Option<::std::string::String>,
    ///Indicates that a card order should use 3D Secure if available. If this field is not specified 3D Secure will not be used
    #[serde(
        rename = "is3DSOrder",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is3_ds_order: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<crate::online::types::OrderRequestCardHolderName>,
    #[serde(
        rename = "orderCodePrefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_code_prefix: ::std::option::Option<OrderCodePrefix>,
    #[serde(
        rename = "orderCodeSuffix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_code_suffix: ::std::option::Option<OrderCodeSuffix>,
    ///The description of the order provided by you
    #[serde(rename = "orderDescription")]
    pub order_description: ::std::string::String,
    #[serde(
        rename = "orderType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_type: ::std::option::Option<OrderType>,
    #[serde(
        rename = "paymentMethod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_method: ::std::option::Option<
        crate::online::types::OrderRequestPaymentMethod,
    >,
    ///The URL you require the shopper to be sent to when the payment approval is pending/not finalised. Mandatory for APM orders, unless a default pending URL is defined in Order Settings. Where both are defined this attribute's value will take precedence
    #[serde(
        rename = "pendingUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pending_url: ::std::option::Option<::std::string::String>,
    ///Whether the token for this order's payment method is to be reusable. (Not on the seed's page; a request field of Worldpay's client libraries, whose exact meaning is not documented here.)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reusable: ::std::option::Option<bool>,
    ///The ISO currency code of the currency you want to be settled in in. This field is mandatory only if you have enabled multiple settlement currencies in currency settings (this setting is only available when you have activated your account). More information about settlement currencies can be found here
    #[serde(
        rename = "settlementCurrency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settlement_currency: ::std::option::Option<::std::string::String>,
    ///Accept header of the shopper's browser. Required for 3D Secure Orders
    #[serde(
        rename = "shopperAcceptHeader",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_accept_header: ::std::option::Option<::std::string::String>,
    ///The email address supplied by the shopper
    #[serde(
        rename = "shopperEmailAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_email_address: ::std::option::Option<::std::string::String>,
    ///The customer's IP address e.g. "188.102.39.120". This must NOT be your server IP. Required for 3D Secure Orders
    #[serde(
        rename = "shopperIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_ip_address: ::std::option::Option<::std::string::String>,
    ///ISO ISO 639-1 language code indicating the preferred language of the shopper, where supported by the Payment Provider.
    #[serde(
        rename = "shopperLanguageCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_language_code: ::std::option::Option<::std::string::String>,
    ///Set to the shopper's unique session identifier. Required for 3D Secure Orders
    #[serde(
        rename = "shopperSessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_session_id: ::std::option::Option<::std::string::String>,
    ///Set to the shopper's browser user agent. Required for 3D Secure Orders
    #[serde(
        rename = "shopperUserAgent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shopper_user_agent: ::std::option::Option<::std::string::String>,
    ///Text for the shopper's statement. (Not on the seed's page; a request field of Worldpay's client libraries, whose constraints are not documented here.)
    #[serde(
        rename = "statementNarrative",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub statement_narrative: ::std::option::Option<::std::string::String>,
    ///The URL you require the shopper to be sent to after they authenticate successfully on the payment provider's site. Mandatory for APM orders, unless a default success URL is defined in Order Settings. Where both are defined this attribute's value will take precedence
    #[serde(
        rename = "successUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success_url: ::std::option::Option<::std::string::String>,
    ///A unique token which the WorldPay.js library added to your checkout form, or obtained via the token API. This token represents the customer's card details/payment method which was stored on our server. One of token or paymentMethod must be specified
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for OrderRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "authorizeOnly",
            "billingAddress",
            "cancelUrl",
            "currencyCode",
            "customerIdentifiers",
            "customerOrderCode",
            "deliveryAddress",
            "failureUrl",
            "is3DSOrder",
            "name",
            "orderCodePrefix",
            "orderCodeSuffix",
            "orderDescription",
            "orderType",
            "paymentMethod",
            "pendingUrl",
            "reusable",
            "settlementCurrency",
            "shopperAcceptHeader",
            "shopperEmailAddress",
            "shopperIpAddress",
            "shopperLanguageCode",
            "shopperSessionId",
            "shopperUserAgent",
            "statementNarrative",
            "successUrl",
            "token",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = OrderRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct OrderRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<OrderRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<i64> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Address>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<CustomerIdentifiers>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<
                    ::std::option::Option<DeliveryAddress>,
                > = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
                let mut __f10: ::core::option::Option<
                    ::std::option::Option<
                        crate::online::types::OrderRequestCardHolderName,
                    >,
                > = ::core::option::Option::None;
                let mut __f11: ::core::option::Option<
                    ::std::option::Option<OrderCodePrefix>,
                > = ::core::option::Option::None;
                let mut __f12: ::core::option::Option<
                    ::std::option::Option<OrderCodeSuffix>,
                > = ::core::option::Option::None;
                let mut __f13: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f14: ::core::option::Option<
                    ::std::option::Option<OrderType>,
                > = ::core::option::Option::None;
                let mut __f15: ::core::option::Option<
                    ::std::option::Option<
                        crate::online::types::OrderRequestPaymentMethod,
                    >,
                > = ::core::option::Option::None;
                let mut __f16: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f17: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
                let mut __f18: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f19: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f20: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f21: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f22: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f23: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f24: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f25: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f26: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f27: ::core::option::Option<
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
                        ::core::option::Option::Some(18usize) => {
                            crate::deserialize::once(
                                &mut __f18,
                                &mut map,
                                FIELDS[18usize],
                            )?
                        }
                        ::core::option::Option::Some(19usize) => {
                            crate::deserialize::once(
                                &mut __f19,
                                &mut map,
                                FIELDS[19usize],
                            )?
                        }
                        ::core::option::Option::Some(20usize) => {
                            crate::deserialize::once(
                                &mut __f20,
                                &mut map,
                                FIELDS[20usize],
                            )?
                        }
                        ::core::option::Option::Some(21usize) => {
                            crate::deserialize::once(
                                &mut __f21,
                                &mut map,
                                FIELDS[21usize],
                            )?
                        }
                        ::core::option::Option::Some(22usize) => {
                            crate::deserialize::once(
                                &mut __f22,
                                &mut map,
                                FIELDS[22usize],
                            )?
                        }
                        ::core::option::Option::Some(23usize) => {
                            crate::deserialize::once(
                                &mut __f23,
                                &mut map,
                                FIELDS[23usize],
                            )?
                        }
                        ::core::option::Option::Some(24usize) => {
                            crate::deserialize::once(
                                &mut __f24,
                                &mut map,
                                FIELDS[24usize],
                            )?
                        }
                        ::core::option::Option::Some(25usize) => {
                            crate::deserialize::once(
                                &mut __f25,
                                &mut map,
                                FIELDS[25usize],
                            )?
                        }
                        ::core::option::Option::Some(26usize) => {
                            crate::deserialize::once(
                                &mut __f26,
                                &mut map,
                                FIELDS[26usize],
                            )?
                        }
                        ::core::option::Option::Some(27usize) => {
                            crate::deserialize::once(
                                &mut __f27,
                                &mut map,
                                FIELDS[27usize],
                            )?
                        }
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(OrderRequest {
                    amount: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    authorize_only: __f1.unwrap_or_default(),
                    billing_address: __f2.unwrap_or_default(),
                    cancel_url: __f3.unwrap_or_default(),
                    currency_code: crate::deserialize::required(__f4, FIELDS[4usize])?,
                    customer_identifiers: __f5.unwrap_or_default(),
                    customer_order_code: __f6.unwrap_or_default(),
                    delivery_address: __f7.unwrap_or_default(),
                    failure_url: __f8.unwrap_or_default(),
                    is3_ds_order: __f9.unwrap_or_default(),
                    name: __f10.unwrap_or_default(),
                    order_code_prefix: __f11.unwrap_or_default(),
                    order_code_suffix: __f12.unwrap_or_default(),
                    order_description: crate::deserialize::required(
                        __f13,
                        FIELDS[13usize],
                    )?,
                    order_type: __f14.unwrap_or_default(),
                    payment_method: __f15.unwrap_or_default(),
                    pending_url: __f16.unwrap_or_default(),
                    reusable: __f17.unwrap_or_default(),
                    settlement_currency: __f18.unwrap_or_default(),
                    shopper_accept_header: __f19.unwrap_or_default(),
                    shopper_email_address: __f20.unwrap_or_default(),
                    shopper_ip_address: __f21.unwrap_or_default(),
                    shopper_language_code: __f22.unwrap_or_default(),
                    shopper_session_id: __f23.unwrap_or_default(),
                    shopper_user_agent: __f24.unwrap_or_default(),
                    statement_narrative: __f25.unwrap_or_default(),
                    success_url: __f26.unwrap_or_default(),
                    token: __f27.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("OrderRequest", FIELDS, __Visitor)
    }
}
///Indicates the type of order you will be placing. If this field is not specified the default value is ECOM. `ECOM` - the default value for an order; `RECURRING` - set the order to be of type recurring; `MOTO` - set the order to be of type Mail Order Telephone Order / Virtual Terminal; `APM` - an alternative payment method order (known to Worldpay's client libraries, not listed on the seed's page).
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum OrderType {
    #[serde(rename = "ECOM")]
    Ecom,
    #[serde(rename = "RECURRING")]
    Recurring,
    #[serde(rename = "MOTO")]
    Moto,
    #[serde(rename = "APM")]
    Apm,
}
impl<'de> ::serde::Deserialize<'de> for OrderType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["ECOM", "RECURRING", "MOTO", "APM"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "OrderType",
                VARIANTS,
            )? {
                0usize => Self::Ecom,
                1usize => Self::Recurring,
                2usize => Self::Moto,
                _ => Self::Apm,
            },
        )
    }
}
impl ::std::fmt::Display for OrderType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Ecom => f.write_str("ECOM"),
            Self::Recurring => f.write_str("RECURRING"),
            Self::Moto => f.write_str("MOTO"),
            Self::Apm => f.write_str("APM"),
        }
    }
}
impl ::std::str::FromStr for OrderType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ECOM" => Ok(Self::Ecom),
            "RECURRING" => Ok(Self::Recurring),
            "MOTO" => Ok(Self::Moto),
            "APM" => Ok(Self::Apm),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for OrderType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///An optional refund amount.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefundRequest {
    ///The amount to refund, in the smallest unit of the order's currency.
    #[serde(
        rename = "refundAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refund_amount: ::std::option::Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for RefundRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["refundAmount"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RefundRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RefundRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RefundRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(RefundRequest {
                    refund_amount: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RefundRequest", FIELDS, __Visitor)
    }
}
///Contains feedback from the payment issuer which indicates the status of various checks on the payment details
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ResultCodes {
    #[serde(
        rename = "avsResultCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub avs_result_code: ::std::option::Option<crate::online::types::AvsResultCode>,
    #[serde(
        rename = "cvcResultCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvc_result_code: ::std::option::Option<crate::online::types::CvcResultCode>,
}
impl<'de> ::serde::Deserialize<'de> for ResultCodes {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["avsResultCode", "cvcResultCode"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ResultCodes;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ResultCodes")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResultCodes, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<crate::online::types::AvsResultCode>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::online::types::CvcResultCode>,
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
                ::core::result::Result::Ok(ResultCodes {
                    avs_result_code: __f0.unwrap_or_default(),
                    cvc_result_code: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ResultCodes", FIELDS, __Visitor)
    }
}
///Contains feedback from the Worldpay fraud detection services which you can optionally use to complement scoring of your own risk management systems
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RiskScore {
    ///Worldpay assigned risk score for this order. Orders with a risk score of >=100 will be declined by Worldpay.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RiskScore {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["value"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RiskScore;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct RiskScore")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RiskScore, A::Error>
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
                ::core::result::Result::Ok(RiskScore {
                    value: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RiskScore", FIELDS, __Visitor)
    }
}
///The order update that completes a 3D Secure order.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ThreeDsCompletionRequest {
    ///3D Secure Orders only: Response code you will receive from the card issuer after shopper authentication. This code must be provided in your order update when completing a 3D Secure order
    #[serde(rename = "threeDSResponseCode")]
    pub three_ds_response_code: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for ThreeDsCompletionRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["threeDSResponseCode"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ThreeDsCompletionRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ThreeDsCompletionRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ThreeDsCompletionRequest, A::Error>
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
                ::core::result::Result::Ok(ThreeDsCompletionRequest {
                    three_ds_response_code: crate::deserialize::required(
                        __f0,
                        FIELDS[0usize],
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("ThreeDsCompletionRequest", FIELDS, __Visitor)
    }
}
///A token and the payment method it represents. (The seed's page does not show this object; its fields are those of Worldpay's client libraries.)
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Token {
    ///Whether the token is a common token, usable across merchants. (Not on the seed's page; the type is a guess.)
    #[serde(
        rename = "commonToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub common_token: ::std::option::Option<bool>,
    #[serde(
        rename = "paymentMethod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_method: ::std::option::Option<crate::online::types::TokenPaymentMethod>,
    ///Whether the token can be used for more than one order.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reusable: ::std::option::Option<bool>,
    ///The token.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Token {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["commonToken", "paymentMethod", "reusable", "token"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Token;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Token")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Token, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::online::types::TokenPaymentMethod>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Token {
                    common_token: __f0.unwrap_or_default(),
                    payment_method: __f1.unwrap_or_default(),
                    reusable: __f2.unwrap_or_default(),
                    token: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Token", FIELDS, __Visitor)
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
        telephone_number: ::core::result::Result<
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
                country_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                postal_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                state: ::core::result::Result::Ok(::core::default::Default::default()),
                telephone_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
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
            self.country_code = crate::request::set_some(value, "countryCode");
            self
        }
        /// Leaves `countryCode` out.
        pub fn without_country_code(mut self) -> Self {
            self.country_code = ::core::result::Result::Ok(::core::option::Option::None);
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
        /// Sets `telephoneNumber`.
        pub fn telephone_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.telephone_number = crate::request::set_some(value, "telephoneNumber");
            self
        }
        /// Leaves `telephoneNumber` out.
        pub fn without_telephone_number(mut self) -> Self {
            self.telephone_number = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
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
                postal_code: value.postal_code?,
                state: value.state?,
                telephone_number: value.telephone_number?,
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
                postal_code: ::core::result::Result::Ok(value.postal_code),
                state: ::core::result::Result::Ok(value.state),
                telephone_number: ::core::result::Result::Ok(value.telephone_number),
            }
        }
    }
    /// A [`ApmPaymentMethod`](super::ApmPaymentMethod) under construction.
    #[derive(Clone, Debug)]
    pub struct ApmPaymentMethod {
        apm_fields: ::core::result::Result<
            ::std::option::Option<super::ApmFields>,
            crate::request::Refusal,
        >,
        apm_name: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        shopper_country_code: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for ApmPaymentMethod {
        fn default() -> Self {
            Self {
                apm_fields: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                apm_name: ::core::result::Result::Err(
                    crate::request::Refusal::missing("apmName"),
                ),
                shopper_country_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl ApmPaymentMethod {
        /// Sets `apmFields`.
        pub fn apm_fields<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::ApmFields>,
            V::Error: crate::request::IntoRefusal,
        {
            self.apm_fields = crate::request::set_some(value, "apmFields");
            self
        }
        /// Leaves `apmFields` out.
        pub fn without_apm_fields(mut self) -> Self {
            self.apm_fields = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `apmName`.
        pub fn apm_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.apm_name = crate::request::set(value, "apmName");
            self
        }
        /// Sets `shopperCountryCode`.
        pub fn shopper_country_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shopper_country_code = crate::request::set_some(
                value,
                "shopperCountryCode",
            );
            self
        }
        /// Leaves `shopperCountryCode` out.
        pub fn without_shopper_country_code(mut self) -> Self {
            self.shopper_country_code = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<ApmPaymentMethod> for super::ApmPaymentMethod {
        type Error = crate::request::Refusal;
        fn try_from(
            value: ApmPaymentMethod,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                apm_fields: value.apm_fields?,
                apm_name: value.apm_name?,
                shopper_country_code: value.shopper_country_code?,
            })
        }
    }
    impl ::core::convert::From<super::ApmPaymentMethod> for ApmPaymentMethod {
        fn from(value: super::ApmPaymentMethod) -> Self {
            Self {
                apm_fields: ::core::result::Result::Ok(value.apm_fields),
                apm_name: ::core::result::Result::Ok(value.apm_name),
                shopper_country_code: ::core::result::Result::Ok(
                    value.shopper_country_code,
                ),
            }
        }
    }
    /// A [`CaptureRequest`](super::CaptureRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct CaptureRequest {
        capture_amount: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for CaptureRequest {
        fn default() -> Self {
            Self {
                capture_amount: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl CaptureRequest {
        /// Sets `captureAmount`.
        pub fn capture_amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.capture_amount = crate::request::set_some(value, "captureAmount");
            self
        }
        /// Leaves `captureAmount` out.
        pub fn without_capture_amount(mut self) -> Self {
            self.capture_amount = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<CaptureRequest> for super::CaptureRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: CaptureRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                capture_amount: value.capture_amount?,
            })
        }
    }
    impl ::core::convert::From<super::CaptureRequest> for CaptureRequest {
        fn from(value: super::CaptureRequest) -> Self {
            Self {
                capture_amount: ::core::result::Result::Ok(value.capture_amount),
            }
        }
    }
    /// A [`CardPaymentMethod`](super::CardPaymentMethod) under construction.
    #[derive(Clone, Debug)]
    pub struct CardPaymentMethod {
        card_number: ::core::result::Result<
            crate::online::types::CardNumber,
            crate::request::Refusal,
        >,
        cvc: ::core::result::Result<
            ::std::option::Option<crate::online::types::Cvc>,
            crate::request::Refusal,
        >,
        expiry_month: ::core::result::Result<i64, crate::request::Refusal>,
        expiry_year: ::core::result::Result<i64, crate::request::Refusal>,
        issue_number: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        name: ::core::result::Result<
            ::std::option::Option<crate::online::types::CardPaymentMethodCardHolderName>,
            crate::request::Refusal,
        >,
        start_month: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        start_year: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for CardPaymentMethod {
        fn default() -> Self {
            Self {
                card_number: ::core::result::Result::Err(
                    crate::request::Refusal::missing("cardNumber"),
                ),
                cvc: ::core::result::Result::Ok(::core::default::Default::default()),
                expiry_month: ::core::result::Result::Err(
                    crate::request::Refusal::missing("expiryMonth"),
                ),
                expiry_year: ::core::result::Result::Err(
                    crate::request::Refusal::missing("expiryYear"),
                ),
                issue_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                name: ::core::result::Result::Ok(::core::default::Default::default()),
                start_month: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                start_year: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl CardPaymentMethod {
        /// Sets `cardNumber`.
        pub fn card_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::online::types::CardNumber>,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_number = crate::request::set(value, "cardNumber");
            self
        }
        /// Sets `cvc`.
        pub fn cvc<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::online::types::Cvc>,
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
        /// Sets `expiryMonth`.
        pub fn expiry_month<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.expiry_month = crate::request::set(value, "expiryMonth");
            self
        }
        /// Sets `expiryYear`.
        pub fn expiry_year<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.expiry_year = crate::request::set(value, "expiryYear");
            self
        }
        /// Sets `issueNumber`.
        pub fn issue_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.issue_number = crate::request::set_some(value, "issueNumber");
            self
        }
        /// Leaves `issueNumber` out.
        pub fn without_issue_number(mut self) -> Self {
            self.issue_number = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `name`.
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::online::types::CardPaymentMethodCardHolderName,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.name = crate::request::set_some(value, "name");
            self
        }
        /// Leaves `name` out.
        pub fn without_name(mut self) -> Self {
            self.name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `startMonth`.
        pub fn start_month<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.start_month = crate::request::set_some(value, "startMonth");
            self
        }
        /// Leaves `startMonth` out.
        pub fn without_start_month(mut self) -> Self {
            self.start_month = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `startYear`.
        pub fn start_year<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.start_year = crate::request::set_some(value, "startYear");
            self
        }
        /// Leaves `startYear` out.
        pub fn without_start_year(mut self) -> Self {
            self.start_year = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<CardPaymentMethod> for super::CardPaymentMethod {
        type Error = crate::request::Refusal;
        fn try_from(
            value: CardPaymentMethod,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                card_number: value.card_number?,
                cvc: value.cvc?,
                expiry_month: value.expiry_month?,
                expiry_year: value.expiry_year?,
                issue_number: value.issue_number?,
                name: value.name?,
                start_month: value.start_month?,
                start_year: value.start_year?,
            })
        }
    }
    impl ::core::convert::From<super::CardPaymentMethod> for CardPaymentMethod {
        fn from(value: super::CardPaymentMethod) -> Self {
            Self {
                card_number: ::core::result::Result::Ok(value.card_number),
                cvc: ::core::result::Result::Ok(value.cvc),
                expiry_month: ::core::result::Result::Ok(value.expiry_month),
                expiry_year: ::core::result::Result::Ok(value.expiry_year),
                issue_number: ::core::result::Result::Ok(value.issue_number),
                name: ::core::result::Result::Ok(value.name),
                start_month: ::core::result::Result::Ok(value.start_month),
                start_year: ::core::result::Result::Ok(value.start_year),
            }
        }
    }
    /// A [`DeliveryAddress`](super::DeliveryAddress) under construction.
    #[derive(Clone, Debug)]
    pub struct DeliveryAddress {
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
        postal_code: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        state: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        telephone_number: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for DeliveryAddress {
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
                country_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                first_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                last_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                postal_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                state: ::core::result::Result::Ok(::core::default::Default::default()),
                telephone_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl DeliveryAddress {
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
            self.country_code = crate::request::set_some(value, "countryCode");
            self
        }
        /// Leaves `countryCode` out.
        pub fn without_country_code(mut self) -> Self {
            self.country_code = ::core::result::Result::Ok(::core::option::Option::None);
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
        /// Sets `telephoneNumber`.
        pub fn telephone_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.telephone_number = crate::request::set_some(value, "telephoneNumber");
            self
        }
        /// Leaves `telephoneNumber` out.
        pub fn without_telephone_number(mut self) -> Self {
            self.telephone_number = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<DeliveryAddress> for super::DeliveryAddress {
        type Error = crate::request::Refusal;
        fn try_from(
            value: DeliveryAddress,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                address1: value.address1?,
                address2: value.address2?,
                address3: value.address3?,
                city: value.city?,
                country_code: value.country_code?,
                first_name: value.first_name?,
                last_name: value.last_name?,
                postal_code: value.postal_code?,
                state: value.state?,
                telephone_number: value.telephone_number?,
            })
        }
    }
    impl ::core::convert::From<super::DeliveryAddress> for DeliveryAddress {
        fn from(value: super::DeliveryAddress) -> Self {
            Self {
                address1: ::core::result::Result::Ok(value.address1),
                address2: ::core::result::Result::Ok(value.address2),
                address3: ::core::result::Result::Ok(value.address3),
                city: ::core::result::Result::Ok(value.city),
                country_code: ::core::result::Result::Ok(value.country_code),
                first_name: ::core::result::Result::Ok(value.first_name),
                last_name: ::core::result::Result::Ok(value.last_name),
                postal_code: ::core::result::Result::Ok(value.postal_code),
                state: ::core::result::Result::Ok(value.state),
                telephone_number: ::core::result::Result::Ok(value.telephone_number),
            }
        }
    }
    /// A [`OrderRequest`](super::OrderRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct OrderRequest {
        amount: ::core::result::Result<i64, crate::request::Refusal>,
        authorize_only: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        billing_address: ::core::result::Result<
            ::std::option::Option<super::Address>,
            crate::request::Refusal,
        >,
        cancel_url: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        currency_code: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        customer_identifiers: ::core::result::Result<
            ::std::option::Option<super::CustomerIdentifiers>,
            crate::request::Refusal,
        >,
        customer_order_code: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        delivery_address: ::core::result::Result<
            ::std::option::Option<super::DeliveryAddress>,
            crate::request::Refusal,
        >,
        failure_url: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        is3_ds_order: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        name: ::core::result::Result<
            ::std::option::Option<crate::online::types::OrderRequestCardHolderName>,
            crate::request::Refusal,
        >,
        order_code_prefix: ::core::result::Result<
            ::std::option::Option<super::OrderCodePrefix>,
            crate::request::Refusal,
        >,
        order_code_suffix: ::core::result::Result<
            ::std::option::Option<super::OrderCodeSuffix>,
            crate::request::Refusal,
        >,
        order_description: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        order_type: ::core::result::Result<
            ::std::option::Option<super::OrderType>,
            crate::request::Refusal,
        >,
        payment_method: ::core::result::Result<
            ::std::option::Option<crate::online::types::OrderRequestPaymentMethod>,
            crate::request::Refusal,
        >,
        pending_url: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        reusable: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        settlement_currency: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        shopper_accept_header: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        shopper_email_address: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        shopper_ip_address: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        shopper_language_code: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        shopper_session_id: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        shopper_user_agent: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        statement_narrative: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        success_url: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        token: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for OrderRequest {
        fn default() -> Self {
            Self {
                amount: ::core::result::Result::Err(
                    crate::request::Refusal::missing("amount"),
                ),
                authorize_only: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                billing_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                cancel_url: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                currency_code: ::core::result::Result::Err(
                    crate::request::Refusal::missing("currencyCode"),
                ),
                customer_identifiers: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                customer_order_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                delivery_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                failure_url: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                is3_ds_order: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                name: ::core::result::Result::Ok(::core::default::Default::default()),
                order_code_prefix: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                order_code_suffix: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                order_description: ::core::result::Result::Err(
                    crate::request::Refusal::missing("orderDescription"),
                ),
                order_type: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                payment_method: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                pending_url: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                reusable: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                settlement_currency: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shopper_accept_header: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shopper_email_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shopper_ip_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shopper_language_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shopper_session_id: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shopper_user_agent: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                statement_narrative: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                success_url: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                token: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl OrderRequest {
        /// Sets `amount`.
        pub fn amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.amount = crate::request::set(value, "amount");
            self
        }
        /// Sets `authorizeOnly`.
        pub fn authorize_only<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.authorize_only = crate::request::set_some(value, "authorizeOnly");
            self
        }
        /// Leaves `authorizeOnly` out.
        pub fn without_authorize_only(mut self) -> Self {
            self.authorize_only = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `billingAddress`.
        pub fn billing_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Address>,
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
        /// Sets `cancelUrl`.
        pub fn cancel_url<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cancel_url = crate::request::set_some(value, "cancelUrl");
            self
        }
        /// Leaves `cancelUrl` out.
        pub fn without_cancel_url(mut self) -> Self {
            self.cancel_url = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `currencyCode`.
        pub fn currency_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.currency_code = crate::request::set(value, "currencyCode");
            self
        }
        /// Sets `customerIdentifiers`.
        pub fn customer_identifiers<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::CustomerIdentifiers>,
            V::Error: crate::request::IntoRefusal,
        {
            self.customer_identifiers = crate::request::set_some(
                value,
                "customerIdentifiers",
            );
            self
        }
        /// Leaves `customerIdentifiers` out.
        pub fn without_customer_identifiers(mut self) -> Self {
            self.customer_identifiers = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `customerOrderCode`.
        pub fn customer_order_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.customer_order_code = crate::request::set_some(
                value,
                "customerOrderCode",
            );
            self
        }
        /// Leaves `customerOrderCode` out.
        pub fn without_customer_order_code(mut self) -> Self {
            self.customer_order_code = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `deliveryAddress`.
        pub fn delivery_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::DeliveryAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.delivery_address = crate::request::set_some(value, "deliveryAddress");
            self
        }
        /// Leaves `deliveryAddress` out.
        pub fn without_delivery_address(mut self) -> Self {
            self.delivery_address = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `failureUrl`.
        pub fn failure_url<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.failure_url = crate::request::set_some(value, "failureUrl");
            self
        }
        /// Leaves `failureUrl` out.
        pub fn without_failure_url(mut self) -> Self {
            self.failure_url = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `is3DSOrder`.
        pub fn is3_ds_order<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.is3_ds_order = crate::request::set_some(value, "is3DSOrder");
            self
        }
        /// Leaves `is3DSOrder` out.
        pub fn without_is3_ds_order(mut self) -> Self {
            self.is3_ds_order = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `name`.
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::online::types::OrderRequestCardHolderName,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.name = crate::request::set_some(value, "name");
            self
        }
        /// Leaves `name` out.
        pub fn without_name(mut self) -> Self {
            self.name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `orderCodePrefix`.
        pub fn order_code_prefix<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::OrderCodePrefix>,
            V::Error: crate::request::IntoRefusal,
        {
            self.order_code_prefix = crate::request::set_some(value, "orderCodePrefix");
            self
        }
        /// Leaves `orderCodePrefix` out.
        pub fn without_order_code_prefix(mut self) -> Self {
            self.order_code_prefix = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `orderCodeSuffix`.
        pub fn order_code_suffix<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::OrderCodeSuffix>,
            V::Error: crate::request::IntoRefusal,
        {
            self.order_code_suffix = crate::request::set_some(value, "orderCodeSuffix");
            self
        }
        /// Leaves `orderCodeSuffix` out.
        pub fn without_order_code_suffix(mut self) -> Self {
            self.order_code_suffix = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `orderDescription`.
        pub fn order_description<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.order_description = crate::request::set(value, "orderDescription");
            self
        }
        /// Sets `orderType`.
        pub fn order_type<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::OrderType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.order_type = crate::request::set_some(value, "orderType");
            self
        }
        /// Leaves `orderType` out.
        pub fn without_order_type(mut self) -> Self {
            self.order_type = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `paymentMethod`.
        pub fn payment_method<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::online::types::OrderRequestPaymentMethod>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_method = crate::request::set_some(value, "paymentMethod");
            self
        }
        /// Leaves `paymentMethod` out.
        pub fn without_payment_method(mut self) -> Self {
            self.payment_method = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `pendingUrl`.
        pub fn pending_url<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.pending_url = crate::request::set_some(value, "pendingUrl");
            self
        }
        /// Leaves `pendingUrl` out.
        pub fn without_pending_url(mut self) -> Self {
            self.pending_url = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `reusable`.
        pub fn reusable<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.reusable = crate::request::set_some(value, "reusable");
            self
        }
        /// Leaves `reusable` out.
        pub fn without_reusable(mut self) -> Self {
            self.reusable = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `settlementCurrency`.
        pub fn settlement_currency<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.settlement_currency = crate::request::set_some(
                value,
                "settlementCurrency",
            );
            self
        }
        /// Leaves `settlementCurrency` out.
        pub fn without_settlement_currency(mut self) -> Self {
            self.settlement_currency = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `shopperAcceptHeader`.
        pub fn shopper_accept_header<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shopper_accept_header = crate::request::set_some(
                value,
                "shopperAcceptHeader",
            );
            self
        }
        /// Leaves `shopperAcceptHeader` out.
        pub fn without_shopper_accept_header(mut self) -> Self {
            self.shopper_accept_header = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `shopperEmailAddress`.
        pub fn shopper_email_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shopper_email_address = crate::request::set_some(
                value,
                "shopperEmailAddress",
            );
            self
        }
        /// Leaves `shopperEmailAddress` out.
        pub fn without_shopper_email_address(mut self) -> Self {
            self.shopper_email_address = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `shopperIpAddress`.
        pub fn shopper_ip_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shopper_ip_address = crate::request::set_some(
                value,
                "shopperIpAddress",
            );
            self
        }
        /// Leaves `shopperIpAddress` out.
        pub fn without_shopper_ip_address(mut self) -> Self {
            self.shopper_ip_address = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `shopperLanguageCode`.
        pub fn shopper_language_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shopper_language_code = crate::request::set_some(
                value,
                "shopperLanguageCode",
            );
            self
        }
        /// Leaves `shopperLanguageCode` out.
        pub fn without_shopper_language_code(mut self) -> Self {
            self.shopper_language_code = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `shopperSessionId`.
        pub fn shopper_session_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shopper_session_id = crate::request::set_some(
                value,
                "shopperSessionId",
            );
            self
        }
        /// Leaves `shopperSessionId` out.
        pub fn without_shopper_session_id(mut self) -> Self {
            self.shopper_session_id = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `shopperUserAgent`.
        pub fn shopper_user_agent<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shopper_user_agent = crate::request::set_some(
                value,
                "shopperUserAgent",
            );
            self
        }
        /// Leaves `shopperUserAgent` out.
        pub fn without_shopper_user_agent(mut self) -> Self {
            self.shopper_user_agent = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `statementNarrative`.
        pub fn statement_narrative<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.statement_narrative = crate::request::set_some(
                value,
                "statementNarrative",
            );
            self
        }
        /// Leaves `statementNarrative` out.
        pub fn without_statement_narrative(mut self) -> Self {
            self.statement_narrative = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `successUrl`.
        pub fn success_url<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.success_url = crate::request::set_some(value, "successUrl");
            self
        }
        /// Leaves `successUrl` out.
        pub fn without_success_url(mut self) -> Self {
            self.success_url = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `token`.
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.token = crate::request::set_some(value, "token");
            self
        }
        /// Leaves `token` out.
        pub fn without_token(mut self) -> Self {
            self.token = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<OrderRequest> for super::OrderRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: OrderRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                amount: value.amount?,
                authorize_only: value.authorize_only?,
                billing_address: value.billing_address?,
                cancel_url: value.cancel_url?,
                currency_code: value.currency_code?,
                customer_identifiers: value.customer_identifiers?,
                customer_order_code: value.customer_order_code?,
                delivery_address: value.delivery_address?,
                failure_url: value.failure_url?,
                is3_ds_order: value.is3_ds_order?,
                name: value.name?,
                order_code_prefix: value.order_code_prefix?,
                order_code_suffix: value.order_code_suffix?,
                order_description: value.order_description?,
                order_type: value.order_type?,
                payment_method: value.payment_method?,
                pending_url: value.pending_url?,
                reusable: value.reusable?,
                settlement_currency: value.settlement_currency?,
                shopper_accept_header: value.shopper_accept_header?,
                shopper_email_address: value.shopper_email_address?,
                shopper_ip_address: value.shopper_ip_address?,
                shopper_language_code: value.shopper_language_code?,
                shopper_session_id: value.shopper_session_id?,
                shopper_user_agent: value.shopper_user_agent?,
                statement_narrative: value.statement_narrative?,
                success_url: value.success_url?,
                token: value.token?,
            })
        }
    }
    impl ::core::convert::From<super::OrderRequest> for OrderRequest {
        fn from(value: super::OrderRequest) -> Self {
            Self {
                amount: ::core::result::Result::Ok(value.amount),
                authorize_only: ::core::result::Result::Ok(value.authorize_only),
                billing_address: ::core::result::Result::Ok(value.billing_address),
                cancel_url: ::core::result::Result::Ok(value.cancel_url),
                currency_code: ::core::result::Result::Ok(value.currency_code),
                customer_identifiers: ::core::result::Result::Ok(
                    value.customer_identifiers,
                ),
                customer_order_code: ::core::result::Result::Ok(
                    value.customer_order_code,
                ),
                delivery_address: ::core::result::Result::Ok(value.delivery_address),
                failure_url: ::core::result::Result::Ok(value.failure_url),
                is3_ds_order: ::core::result::Result::Ok(value.is3_ds_order),
                name: ::core::result::Result::Ok(value.name),
                order_code_prefix: ::core::result::Result::Ok(value.order_code_prefix),
                order_code_suffix: ::core::result::Result::Ok(value.order_code_suffix),
                order_description: ::core::result::Result::Ok(value.order_description),
                order_type: ::core::result::Result::Ok(value.order_type),
                payment_method: ::core::result::Result::Ok(value.payment_method),
                pending_url: ::core::result::Result::Ok(value.pending_url),
                reusable: ::core::result::Result::Ok(value.reusable),
                settlement_currency: ::core::result::Result::Ok(
                    value.settlement_currency,
                ),
                shopper_accept_header: ::core::result::Result::Ok(
                    value.shopper_accept_header,
                ),
                shopper_email_address: ::core::result::Result::Ok(
                    value.shopper_email_address,
                ),
                shopper_ip_address: ::core::result::Result::Ok(value.shopper_ip_address),
                shopper_language_code: ::core::result::Result::Ok(
                    value.shopper_language_code,
                ),
                shopper_session_id: ::core::result::Result::Ok(value.shopper_session_id),
                shopper_user_agent: ::core::result::Result::Ok(value.shopper_user_agent),
                statement_narrative: ::core::result::Result::Ok(
                    value.statement_narrative,
                ),
                success_url: ::core::result::Result::Ok(value.success_url),
                token: ::core::result::Result::Ok(value.token),
            }
        }
    }
    /// A [`RefundRequest`](super::RefundRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct RefundRequest {
        refund_amount: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for RefundRequest {
        fn default() -> Self {
            Self {
                refund_amount: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl RefundRequest {
        /// Sets `refundAmount`.
        pub fn refund_amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
            V::Error: crate::request::IntoRefusal,
        {
            self.refund_amount = crate::request::set_some(value, "refundAmount");
            self
        }
        /// Leaves `refundAmount` out.
        pub fn without_refund_amount(mut self) -> Self {
            self.refund_amount = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<RefundRequest> for super::RefundRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: RefundRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                refund_amount: value.refund_amount?,
            })
        }
    }
    impl ::core::convert::From<super::RefundRequest> for RefundRequest {
        fn from(value: super::RefundRequest) -> Self {
            Self {
                refund_amount: ::core::result::Result::Ok(value.refund_amount),
            }
        }
    }
    /// A [`ThreeDsCompletionRequest`](super::ThreeDsCompletionRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct ThreeDsCompletionRequest {
        three_ds_response_code: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for ThreeDsCompletionRequest {
        fn default() -> Self {
            Self {
                three_ds_response_code: ::core::result::Result::Err(
                    crate::request::Refusal::missing("threeDSResponseCode"),
                ),
            }
        }
    }
    impl ThreeDsCompletionRequest {
        /// Sets `threeDSResponseCode`.
        pub fn three_ds_response_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.three_ds_response_code = crate::request::set(
                value,
                "threeDSResponseCode",
            );
            self
        }
    }
    impl ::core::convert::TryFrom<ThreeDsCompletionRequest>
    for super::ThreeDsCompletionRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: ThreeDsCompletionRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                three_ds_response_code: value.three_ds_response_code?,
            })
        }
    }
    impl ::core::convert::From<super::ThreeDsCompletionRequest>
    for ThreeDsCompletionRequest {
        fn from(value: super::ThreeDsCompletionRequest) -> Self {
            Self {
                three_ds_response_code: ::core::result::Result::Ok(
                    value.three_ds_response_code,
                ),
            }
        }
    }
}
impl Address {
    /// A builder, every field unset.
    pub fn builder() -> builder::Address {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::Address {
        Self::builder()
    }
}
impl ApmPaymentMethod {
    /// A builder, every field unset.
    pub fn builder() -> builder::ApmPaymentMethod {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `apmName`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(apm_name: V0) -> builder::ApmPaymentMethod
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().apm_name(apm_name)
    }
}
impl CaptureRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::CaptureRequest {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::CaptureRequest {
        Self::builder()
    }
}
impl CardPaymentMethod {
    /// A builder, every field unset.
    pub fn builder() -> builder::CardPaymentMethod {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `cardNumber`, `expiryMonth`, `expiryYear`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        card_number: V0,
        expiry_month: V1,
        expiry_year: V2,
    ) -> builder::CardPaymentMethod
    where
        V0: ::core::convert::TryInto<crate::online::types::CardNumber>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<i64>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<i64>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .card_number(card_number)
            .expiry_month(expiry_month)
            .expiry_year(expiry_year)
    }
}
impl DeliveryAddress {
    /// A builder, every field unset.
    pub fn builder() -> builder::DeliveryAddress {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::DeliveryAddress {
        Self::builder()
    }
}
impl OrderRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::OrderRequest {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `amount`, `currencyCode`, `orderDescription`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        amount: V0,
        currency_code: V1,
        order_description: V2,
    ) -> builder::OrderRequest
    where
        V0: ::core::convert::TryInto<i64>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<::std::string::String>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .amount(amount)
            .currency_code(currency_code)
            .order_description(order_description)
    }
}
impl RefundRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::RefundRequest {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::RefundRequest {
        Self::builder()
    }
}
impl ThreeDsCompletionRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::ThreeDsCompletionRequest {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `threeDSResponseCode`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(three_ds_response_code: V0) -> builder::ThreeDsCompletionRequest
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().three_ds_response_code(three_ds_response_code)
    }
}

// Types the fix-up stage bound by name, made by the runtime's macros
// (src/open_enum.rs, src/sensitive.rs, src/constraint.rs, src/tagged_union.rs).

impl crate::request::IntoRefusal for error::ConversionError {
    fn into_refusal(self) -> crate::request::Refusal {
        crate::request::Refusal::new(crate::constraint::Rule::parse(&self.to_string()))
    }
}

crate::open_enum! {
    /// Indicates the issuer-supplied outcome of the check between issuer-known and shopper-supplied billing address details, where available.
    pub enum AvsResultCode {
        /// `APPROVED`
        Approved = "APPROVED",
        /// `PARTIAL APPROVED`
        PartialApproved = "PARTIAL APPROVED",
        /// `NOT SENT TO ACQUIRER`
        NotSentToAcquirer = "NOT SENT TO ACQUIRER",
        /// `NO RESPONSE FROM ACQUIRER`
        NoResponseFromAcquirer = "NO RESPONSE FROM ACQUIRER",
        /// `NOT CHECKED BY ACQUIRER`
        NotCheckedByAcquirer = "NOT CHECKED BY ACQUIRER",
        /// `NOT SUPPLIED BY SHOPPER`
        NotSuppliedByShopper = "NOT SUPPLIED BY SHOPPER",
        /// `FAILED`
        Failed = "FAILED",
    }
}

crate::open_enum! {
    /// Type of the card that was used. For many cards more detailed information about the card used including whether it was a debit or a credit card and the country it is registered in can be obtained via the Token API.
    pub enum CardType {
        /// `VISA_CREDIT`
        VisaCredit = "VISA_CREDIT",
        /// `VISA_DEBIT`
        VisaDebit = "VISA_DEBIT",
        /// `VISA_CORPORATE_CREDIT`
        VisaCorporateCredit = "VISA_CORPORATE_CREDIT",
        /// `VISA_CORPORATE_DEBIT`
        VisaCorporateDebit = "VISA_CORPORATE_DEBIT",
        /// `MASTERCARD_CREDIT`
        MastercardCredit = "MASTERCARD_CREDIT",
        /// `MASTERCARD_DEBIT`
        MastercardDebit = "MASTERCARD_DEBIT",
        /// `MASTERCARD_CORPORATE_CREDIT`
        MastercardCorporateCredit = "MASTERCARD_CORPORATE_CREDIT",
        /// `MASTERCARD_CORPORATE_DEBIT`
        MastercardCorporateDebit = "MASTERCARD_CORPORATE_DEBIT",
        /// `MAESTRO`
        Maestro = "MAESTRO",
        /// `AMEX`
        Amex = "AMEX",
        /// `CARTEBLEUE`
        Cartebleue = "CARTEBLEUE",
        /// `JCB`
        Jcb = "JCB",
        /// `DINERS`
        Diners = "DINERS",
    }
}

crate::open_enum! {
    /// Indicates the issuer-supplied outcome of the check between issuer-known and shopper-supplied security code details, where available.
    pub enum CvcResultCode {
        /// `APPROVED`
        Approved = "APPROVED",
        /// `NOT SENT TO ACQUIRER`
        NotSentToAcquirer = "NOT SENT TO ACQUIRER",
        /// `NO RESPONSE FROM ACQUIRER`
        NoResponseFromAcquirer = "NO RESPONSE FROM ACQUIRER",
        /// `NOT CHECKED BY ACQUIRER`
        NotCheckedByAcquirer = "NOT CHECKED BY ACQUIRER",
        /// `NOT SUPPLIED BY SHOPPER`
        NotSuppliedByShopper = "NOT SUPPLIED BY SHOPPER",
        /// `FAILED`
        Failed = "FAILED",
    }
}

crate::open_enum! {
    /// Indicates whether this order was made in the TEST or LIVE environment
    pub enum Environment {
        /// `TEST`
        Test = "TEST",
        /// `LIVE`
        Live = "LIVE",
    }
}

crate::open_enum! {
    /// The current status of the Order (paymentStatus), or its value after a change (history state). The order states are listed in this description's introduction; PRE_AUTHORIZED and CHARGEBACK_REVERSED are known to Worldpay's client libraries and not listed on the seed's page.
    pub enum OrderState {
        /// `SUCCESS`
        Success = "SUCCESS",
        /// `FAILED`
        Failed = "FAILED",
        /// `SENT_FOR_REFUND`
        SentForRefund = "SENT_FOR_REFUND",
        /// `REFUNDED`
        Refunded = "REFUNDED",
        /// `PARTIALLY_REFUNDED`
        PartiallyRefunded = "PARTIALLY_REFUNDED",
        /// `AUTHORIZED`
        Authorized = "AUTHORIZED",
        /// `CANCELLED`
        Cancelled = "CANCELLED",
        /// `EXPIRED`
        Expired = "EXPIRED",
        /// `SETTLED`
        Settled = "SETTLED",
        /// `CHARGED_BACK`
        ChargedBack = "CHARGED_BACK",
        /// `INFORMATION_REQUESTED`
        InformationRequested = "INFORMATION_REQUESTED",
        /// `INFORMATION_SUPPLIED`
        InformationSupplied = "INFORMATION_SUPPLIED",
        /// `PRE_AUTHORIZED`
        PreAuthorized = "PRE_AUTHORIZED",
        /// `CHARGEBACK_REVERSED`
        ChargebackReversed = "CHARGEBACK_REVERSED",
    }
}

crate::open_enum! {
    /// Indicates the type of order you will be placing. If this field is not specified the default value is ECOM. `ECOM` - the default value for an order; `RECURRING` - set the order to be of type recurring; `MOTO` - set the order to be of type Mail Order Telephone Order / Virtual Terminal; `APM` - an alternative payment method order (known to Worldpay's client libraries, not listed on the seed's page).
    pub enum OrderTypeReceived {
        /// `ECOM`
        Ecom = "ECOM",
        /// `RECURRING`
        Recurring = "RECURRING",
        /// `MOTO`
        Moto = "MOTO",
        /// `APM`
        Apm = "APM",
    }
}

crate::sensitive_string! {
    /// The name of the cardholder or payee
    pub struct ApmCardHolderName {
        schema: "APM_cardHolderName",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// The name of the cardholder or payee
    pub struct ObfuscatedCardCardHolderName {
        schema: "ObfuscatedCard_cardHolderName",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// Number of the card to be charged
    pub struct CardNumber {
        schema: "cardNumber",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// The name of the cardholder or payee
    pub struct CardPaymentMethodCardHolderName {
        schema: "cardPaymentMethod_cardHolderName",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// Security code of the card to be charged. This is also known as CVV or CV2. It is the 3-digit number at the back of the card. In the case of Amex, the 4-digit number at the front of the card
    pub struct Cvc {
        schema: "cvc",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// Name of the payee/cardholder. In the request this is passed at the top-level of the JSON. In the response it will be embedded in paymentResponse
    pub struct OrderRequestCardHolderName {
        schema: "orderRequest_cardHolderName",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::tagged_union! {
    /// Object containing all payment details, contents vary by token type. One of token or paymentMethod must be specified.
    closed pub enum OrderRequestPaymentMethod tag "type" {
        /// `type`: `Card`
        Card(CardPaymentMethod) = "Card",
        /// `type`: `APM`
        Apm(ApmPaymentMethod) = "APM",
    }
}

impl ::core::convert::From<CardPaymentMethod> for OrderRequestPaymentMethod {
    fn from(value: CardPaymentMethod) -> Self {
        Self::Card(value)
    }
}

impl ::core::convert::TryFrom<builder::CardPaymentMethod> for OrderRequestPaymentMethod {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::CardPaymentMethod) -> ::core::result::Result<Self, crate::request::Refusal> {
        CardPaymentMethod::try_from(value).map(Self::Card)
    }
}

impl ::core::convert::From<ApmPaymentMethod> for OrderRequestPaymentMethod {
    fn from(value: ApmPaymentMethod) -> Self {
        Self::Apm(value)
    }
}

impl ::core::convert::TryFrom<builder::ApmPaymentMethod> for OrderRequestPaymentMethod {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::ApmPaymentMethod) -> ::core::result::Result<Self, crate::request::Refusal> {
        ApmPaymentMethod::try_from(value).map(Self::Apm)
    }
}

crate::tagged_union! {
    /// Object containing all payment details
    open pub enum PaymentResponse tag "type" field type_ {
        /// `type`: `ObfuscatedCard`
        ObfuscatedCard(ObfuscatedCard) = "ObfuscatedCard",
        /// `type`: `APM`
        Apm(Apm) = "APM",
    }
}

impl ::core::convert::From<ObfuscatedCard> for PaymentResponse {
    fn from(value: ObfuscatedCard) -> Self {
        Self::ObfuscatedCard(value)
    }
}

impl ::core::convert::From<Apm> for PaymentResponse {
    fn from(value: Apm) -> Self {
        Self::Apm(value)
    }
}

crate::tagged_union! {
    /// The payment method the token represents, obfuscated.
    open pub enum TokenPaymentMethod tag "type" field type_ {
        /// `type`: `ObfuscatedCard`
        ObfuscatedCard(ObfuscatedCard) = "ObfuscatedCard",
        /// `type`: `APM`
        Apm(Apm) = "APM",
    }
}

impl ::core::convert::From<ObfuscatedCard> for TokenPaymentMethod {
    fn from(value: ObfuscatedCard) -> Self {
        Self::ObfuscatedCard(value)
    }
}

impl ::core::convert::From<Apm> for TokenPaymentMethod {
    fn from(value: Apm) -> Self {
        Self::Apm(value)
    }
}

/// The types grouped to browse, by the side of the wire that carries them
/// (a type both sides carry is in both).
pub mod by_side {
    /// What requests carry: strict, each built with its builder in [`super::builder`].
    pub mod requests {
        pub use super::super::{
            Address, ApmFields, ApmPaymentMethod, CaptureRequest, CardNumber,
            CardPaymentMethod, CardPaymentMethodCardHolderName, CustomerIdentifiers, Cvc,
            DeliveryAddress, OrderCodePrefix, OrderCodeSuffix, OrderRequest,
            OrderRequestCardHolderName, OrderRequestPaymentMethod, OrderType,
            RefundRequest, ThreeDsCompletionRequest,
        };
    }
    /// What answers carry: lenient, open to values Worldpay adds.
    pub mod answers {
        pub use super::super::{
            AddressReceived, Apm, ApmCardHolderName, ApmFieldsReceived, AvsResultCode,
            CardType, CustomerIdentifiersReceived, CvcResultCode,
            DeliveryAddressReceived, Dispute, Environment, HistoryItem, ObfuscatedCard,
            ObfuscatedCardCardHolderName, Order, OrderState, OrderTypeReceived,
            PaymentResponse, ResultCodes, RiskScore, Token, TokenPaymentMethod,
        };
    }
}
