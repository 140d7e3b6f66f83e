// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/ips-cloud/asyncapi.yaml with schemas/ips-cloud/api.yaml (sha256 f100b7dd9a30fdfb0a11fadff3b20659d23ebd81307968a47d9116ef0677bc74)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - AsyncAPI channels read as operations: 11 published, 12 subscribed
// - 16 inline schemas named after their property (0 identical uses share a type):
//   AuthorisationCode, CardDetailsType, GatewayTransactionReference, MerchantTransactionReference,
//   OriginalGatewayTransactionReference, Outcome, PaymentPaymentType, PaymentReceiptType,
//   PaymentResultValue, PaymentStartInstrumentType, PaymentStartPaymentType, PointOfSaleId,
//   PointOfSaleReference, Status, TokenId, TokenPurpose
// - discriminated unions bound to internally tagged enums: PaymentActionRequestData (on `action`,
//   open), PaymentActionResponseData (on `action`), PaymentInstrumentOutput (on `type`, open)
// - 96 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): CardDetailsType, Outcome, PaymentPaymentType,
//   PaymentReceiptType, PaymentResultValue, Status
// - PosRegistrationRequest.pointOfSaleActivationCode is sensitive (activationCode): bound as
//   `PosRegistrationRequest_activationCode`
// - PosRegistrationResponse.pointOfSaleLicenseKey is sensitive (licenceKey): bound as
//   `PosRegistrationResponse_licenceKey`
// - PosRegistrationRefreshResponse.pointOfSaleLicenseKey is sensitive (licenceKey): bound as
//   `PosRegistrationRefreshResponse_licenceKey`
// - CardDetails.track2Data is sensitive (track2Data): bound as `CardDetails_track2Data`
// - card data and secrets bound to redacting types: CardDetails_cardNumber,
//   CardDetails_track2Data, PosRegistrationRefreshResponse_licenceKey,
//   PosRegistrationRequest_activationCode, PosRegistrationResponse_licenceKey, cardNumber
// - bounded request integers checked: PaymentStartValue_amount

///An Alipay barcode payment.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AlipayInstrumentOutput {
    ///The barcode scanned, 16 to 24 digits.
    pub barcode: ::std::string::String,
    ///Always `alipay/barcode`.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for AlipayInstrumentOutput {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["barcode", "type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AlipayInstrumentOutput;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AlipayInstrumentOutput")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AlipayInstrumentOutput, A::Error>
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
                ::core::result::Result::Ok(AlipayInstrumentOutput {
                    barcode: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    type_: crate::deserialize::required(__f1, FIELDS[1usize])?,
                })
            }
        }
        deserializer.deserialize_struct("AlipayInstrumentOutput", FIELDS, __Visitor)
    }
}
///The authorisation code given on the call (2 to 6 alphanumeric characters); omit it to decline.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct AuthorisationCode(::std::string::String);
impl ::std::ops::Deref for AuthorisationCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AuthorisationCode> for ::std::string::String {
    fn from(value: AuthorisationCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AuthorisationCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 6usize {
            return Err("longer than 6 characters".into());
        }
        if value.chars().count() < 2usize {
            return Err("shorter than 2 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<crate::pattern::Pattern> = ::std::sync::LazyLock::new(||
        { crate::pattern::Pattern::new("^[0-9a-zA-Z]{2,6}$").unwrap() });
        if !PATTERN.is_match(value) {
            return Err("doesn't match pattern \"^[0-9a-zA-Z]{2,6}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AuthorisationCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AuthorisationCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AuthorisationCode {
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
///Address verification results to confirm: answer with `isAvsConfirmed`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AvsConfirmationRequest {
    ///Always `avs-confirmation`.
    pub action: ::std::string::String,
    #[serde(
        rename = "avsResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub avs_results: ::std::option::Option<AvsResults>,
}
impl<'de> ::serde::Deserialize<'de> for AvsConfirmationRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["action", "avsResults"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AvsConfirmationRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AvsConfirmationRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AvsConfirmationRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<AvsResults>,
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
                ::core::result::Result::Ok(AvsConfirmationRequest {
                    action: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    avs_results: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AvsConfirmationRequest", FIELDS, __Visitor)
    }
}
///Answer to an address verification confirmation.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AvsConfirmationResponse {
    ///Whether the merchant accepts the AVS results.
    #[serde(
        rename = "isAvsConfirmed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_avs_confirmed: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for AvsConfirmationResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["isAvsConfirmed"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AvsConfirmationResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AvsConfirmationResponse")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AvsConfirmationResponse, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(AvsConfirmationResponse {
                    is_avs_confirmed: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AvsConfirmationResponse", FIELDS, __Visitor)
    }
}
///Results of the address verification (AVS) and CVV checks.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AvsResults {
    ///Address line check. Result of the check; a working client compares it to `"matched"` (other values are not documented).
    #[serde(
        rename = "isAddressLineMatch",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_address_line_match: ::std::option::Option<::std::string::String>,
    ///CVV check. Result of the check; a working client compares it to `"matched"` (other values are not documented).
    #[serde(
        rename = "isCvvMatch",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_cvv_match: ::std::option::Option<::std::string::String>,
    ///Postal code check. Result of the check; a working client compares it to `"matched"` (other values are not documented).
    #[serde(
        rename = "isPostalCodeMatch",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_postal_code_match: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for AvsResults {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "isAddressLineMatch",
            "isCvvMatch",
            "isPostalCodeMatch",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = AvsResults;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct AvsResults")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AvsResults, A::Error>
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
                ::core::result::Result::Ok(AvsResults {
                    is_address_line_match: __f0.unwrap_or_default(),
                    is_cvv_match: __f1.unwrap_or_default(),
                    is_postal_code_match: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AvsResults", FIELDS, __Visitor)
    }
}
///The issuer's authorisation.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CardAuthorisation {
    ///Authorisation code, 2 to 6 alphanumeric characters.
    #[serde(
        rename = "authorisationCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorisation_code: ::std::option::Option<::std::string::String>,
    ///CVV response data, 6 hexadecimal characters.
    #[serde(
        rename = "cvvResponseData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvv_response_data: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CardAuthorisation {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["authorisationCode", "cvvResponseData"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CardAuthorisation;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CardAuthorisation")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CardAuthorisation, A::Error>
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
                ::core::result::Result::Ok(CardAuthorisation {
                    authorisation_code: __f0.unwrap_or_default(),
                    cvv_response_data: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CardAuthorisation", FIELDS, __Visitor)
    }
}
///Chip (ICC) diagnostics, for debugging only.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CardDebug {
    ///Transaction Status Information (TSI), 1 to 4 hexadecimal characters.
    #[serde(
        rename = "transactionStatusInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status_info: ::std::option::Option<::std::string::String>,
    ///Terminal Verification Results (TVR), 1 to 10 hexadecimal characters.
    #[serde(
        rename = "transactionVerificationResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_verification_results: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CardDebug {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "transactionStatusInfo",
            "transactionVerificationResults",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CardDebug;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CardDebug")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CardDebug, A::Error>
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
                ::core::result::Result::Ok(CardDebug {
                    transaction_status_info: __f0.unwrap_or_default(),
                    transaction_verification_results: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CardDebug", FIELDS, __Visitor)
    }
}
///Details of the card.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CardDetails {
    ///Chip application effective date.
    #[serde(
        rename = "applicationEffectiveDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub application_effective_date: ::std::option::Option<::std::string::String>,
    ///Chip application identifier (AID).
    #[serde(
        rename = "applicationIdentifier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub application_identifier: ::std::option::Option<::std::string::String>,
    ///Chip application label.
    #[serde(
        rename = "applicationLabel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub application_label: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<
        crate::ips_cloud::types::CardDetailsCardNumber,
    >,
    ///Country of the card, ISO 3166 numeric, 3 digits (for example `826`).
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<CardExpiryDate>,
    ///The card issuer/scheme. An open set; current values include `amex`, `bank-of-america`, `dankort`, `diners`, `discover`, `jcb`, `maestro-uk`, `maestro`, `mastercard-debit`, `mastercard-purchasing`, `mastercard`, `us-debit`, `visa-debit`, `visa-electron-uk`, `visa-purchasing`, `visa`, `visa-atm`, `arval-phh`, `flexecash-love-2-reward`, `harvey-nichols`, `harvey-nichols-mastercard`, `newday-mastercard`, `newday-staff`, `newday-store`, `newday-temporary`, `pps-gift`, `tesco-clubcard`.
    #[serde(
        rename = "issuerCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issuer_code: ::std::option::Option<::std::string::String>,
    ///PAN sequence number, 2 digits.
    #[serde(
        rename = "panSequenceNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pan_sequence_number: ::std::option::Option<::std::string::String>,
    ///The card token, 15 to 21 alphanumeric characters.
    #[serde(rename = "tokenId", skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "track2Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub track2_data: ::std::option::Option<
        crate::ips_cloud::types::CardDetailsTrack2Data,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::ips_cloud::types::CardDetailsType>,
}
impl<'de> ::serde::Deserialize<'de> for CardDetails {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "applicationEffectiveDate",
            "applicationIdentifier",
            "applicationLabel",
            "cardNumber",
            "countryCode",
            "expiryDate",
            "issuerCode",
            "panSequenceNumber",
            "tokenId",
            "track2Data",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CardDetails;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CardDetails")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CardDetails, A::Error>
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
                    ::std::option::Option<crate::ips_cloud::types::CardDetailsCardNumber>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<CardExpiryDate>,
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
                    ::std::option::Option<crate::ips_cloud::types::CardDetailsTrack2Data>,
                > = ::core::option::Option::None;
                let mut __f10: ::core::option::Option<
                    ::std::option::Option<crate::ips_cloud::types::CardDetailsType>,
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
                ::core::result::Result::Ok(CardDetails {
                    application_effective_date: __f0.unwrap_or_default(),
                    application_identifier: __f1.unwrap_or_default(),
                    application_label: __f2.unwrap_or_default(),
                    card_number: __f3.unwrap_or_default(),
                    country_code: __f4.unwrap_or_default(),
                    expiry_date: __f5.unwrap_or_default(),
                    issuer_code: __f6.unwrap_or_default(),
                    pan_sequence_number: __f7.unwrap_or_default(),
                    token_id: __f8.unwrap_or_default(),
                    track2_data: __f9.unwrap_or_default(),
                    type_: __f10.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CardDetails", FIELDS, __Visitor)
    }
}
///Card expiry date.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardExpiryDate {
    ///Month, 1 to 12.
    pub month: i64,
    ///Year, two digits (0 to 99).
    pub year: i64,
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
                let mut __f0: ::core::option::Option<i64> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<i64> = ::core::option::Option::None;
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
///The card used for the payment.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardInstrumentOutput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub authorisation: ::std::option::Option<CardAuthorisation>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<CardDetails>,
    ///How the cardholder was verified. An open set; current values: `signature`, `pin-or-consumer-device`, `pin-and-signature`, `cardholder-not-present`, `none`, `unknown`.
    #[serde(
        rename = "cardVerificationMethod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_verification_method: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub debug: ::std::option::Option<CardDebug>,
    ///Whether the payment was handled online.
    #[serde(
        rename = "isHandledOnline",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_handled_online: ::std::option::Option<bool>,
    ///How the card details were read. An open set (new values may be added without a software release); current values: `keyed`, `magstripe`, `integrated-circuit-chip`, `contactless-chip`, `contactless-magstripe`, `contactless-on-device`, `cardholder-not-present`.
    #[serde(
        rename = "posEntryMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pos_entry_mode: ::std::option::Option<::std::string::String>,
    ///How the card was captured.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for CardInstrumentOutput {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "authorisation",
            "card",
            "cardVerificationMethod",
            "debug",
            "isHandledOnline",
            "posEntryMode",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CardInstrumentOutput;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct CardInstrumentOutput")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CardInstrumentOutput, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<CardAuthorisation>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<CardDetails>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<CardDebug>> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(CardInstrumentOutput {
                    authorisation: __f0.unwrap_or_default(),
                    card: __f1.unwrap_or_default(),
                    card_verification_method: __f2.unwrap_or_default(),
                    debug: __f3.unwrap_or_default(),
                    is_handled_online: __f4.unwrap_or_default(),
                    pos_entry_mode: __f5.unwrap_or_default(),
                    type_: crate::deserialize::required(__f6, FIELDS[6usize])?,
                })
            }
        }
        deserializer.deserialize_struct("CardInstrumentOutput", FIELDS, __Visitor)
    }
}
///Dynamic currency conversion applied to the payment.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Dcc {
    ///The conversion rate.
    #[serde(rename = "conversionRate")]
    pub conversion_rate: f64,
    ///The amount in the converted currency, minor units.
    #[serde(rename = "convertedAmount")]
    pub converted_amount: i64,
    ///The cardholder's currency, 3 characters.
    #[serde(rename = "convertedCurrencyCode")]
    pub converted_currency_code: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for Dcc {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "conversionRate",
            "convertedAmount",
            "convertedCurrencyCode",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Dcc;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Dcc")
            }
            fn visit_map<A>(self, mut map: A) -> ::core::result::Result<Dcc, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<f64> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<i64> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(Dcc {
                    conversion_rate: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    converted_amount: crate::deserialize::required(
                        __f1,
                        FIELDS[1usize],
                    )?,
                    converted_currency_code: crate::deserialize::required(
                        __f2,
                        FIELDS[2usize],
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("Dcc", FIELDS, __Visitor)
    }
}
/**Details of the error that has occurred.

Fields from a working IPS Cloud client. Receiving an error ends the request: disconnect. The codes are listed at https://docs.worldpay.com/apis/ips-cloud/integration/direct-integration#errors.*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Error {
    ///The error code.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    ///A description of the error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Error {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["code", "message"];
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
                ::core::result::Result::Ok(Error {
                    code: __f0.unwrap_or_default(),
                    message: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Error", FIELDS, __Visitor)
    }
}
///The gateway's reference of the payment to increase (incremental authorisation). Known only from the seed's `inc-auth` example; the pattern is that of `gatewayTransactionReference` in the payment result.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct GatewayTransactionReference(::std::string::String);
impl ::std::ops::Deref for GatewayTransactionReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<GatewayTransactionReference> for ::std::string::String {
    fn from(value: GatewayTransactionReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for GatewayTransactionReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 22usize {
            return Err("longer than 22 characters".into());
        }
        if value.chars().count() < 12usize {
            return Err("shorter than 12 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<crate::pattern::Pattern> = ::std::sync::LazyLock::new(||
        { crate::pattern::Pattern::new("^[a-zA-Z0-9]{12,22}$").unwrap() });
        if !PATTERN.is_match(value) {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]{12,22}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for GatewayTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for GatewayTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for GatewayTransactionReference {
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
///The merchant that took the payment.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Merchant {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<MerchantAddress>,
    ///Merchant identifier, 8 to 10 characters.
    #[serde(rename = "merchantId")]
    pub merchant_id: ::std::string::String,
    ///Merchant name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Merchant {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["address", "merchantId", "name"];
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
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<MerchantAddress>,
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
                ::core::result::Result::Ok(Merchant {
                    address: __f0.unwrap_or_default(),
                    merchant_id: crate::deserialize::required(__f1, FIELDS[1usize])?,
                    name: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Merchant", FIELDS, __Visitor)
    }
}
///The merchant's address.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MerchantAddress {
    ///City.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    ///Country, ISO 3166-1 alpha-2 (unlike the card country code, which is numeric).
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    ///Address line 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line1: ::std::option::Option<::std::string::String>,
    ///Address line 2.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line2: ::std::option::Option<::std::string::String>,
    ///Address line 3.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line3: ::std::option::Option<::std::string::String>,
    ///Postal code.
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    ///State or county.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for MerchantAddress {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "city",
            "countryCode",
            "line1",
            "line2",
            "line3",
            "postalCode",
            "state",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = MerchantAddress;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct MerchantAddress")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MerchantAddress, A::Error>
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
                ::core::result::Result::Ok(MerchantAddress {
                    city: __f0.unwrap_or_default(),
                    country_code: __f1.unwrap_or_default(),
                    line1: __f2.unwrap_or_default(),
                    line2: __f3.unwrap_or_default(),
                    line3: __f4.unwrap_or_default(),
                    postal_code: __f5.unwrap_or_default(),
                    state: __f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("MerchantAddress", FIELDS, __Visitor)
    }
}
///The merchant's reference for the payment: 1 to 30 characters of letters, digits, `_` and `-`.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct MerchantTransactionReference(::std::string::String);
impl ::std::ops::Deref for MerchantTransactionReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MerchantTransactionReference> for ::std::string::String {
    fn from(value: MerchantTransactionReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MerchantTransactionReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 30usize {
            return Err("longer than 30 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<crate::pattern::Pattern> = ::std::sync::LazyLock::new(||
        { crate::pattern::Pattern::new("^[a-zA-Z0-9_\\-]{1,30}$").unwrap() });
        if !PATTERN.is_match(value) {
            return Err("doesn't match pattern \"^[a-zA-Z0-9_\\-]{1,30}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MerchantTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MerchantTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MerchantTransactionReference {
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
///For token refunds: the `gatewayTransactionReference` of the payment to refund (same pattern).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct OriginalGatewayTransactionReference(::std::string::String);
impl ::std::ops::Deref for OriginalGatewayTransactionReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OriginalGatewayTransactionReference>
for ::std::string::String {
    fn from(value: OriginalGatewayTransactionReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OriginalGatewayTransactionReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 22usize {
            return Err("longer than 22 characters".into());
        }
        if value.chars().count() < 12usize {
            return Err("shorter than 12 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<crate::pattern::Pattern> = ::std::sync::LazyLock::new(||
        { crate::pattern::Pattern::new("^[a-zA-Z0-9]{12,22}$").unwrap() });
        if !PATTERN.is_match(value) {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]{12,22}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OriginalGatewayTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for OriginalGatewayTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OriginalGatewayTransactionReference {
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
///The result of one payment.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Payment {
    ///EFT sequence number.
    #[serde(
        rename = "eftSequenceNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eft_sequence_number: ::std::option::Option<i64>,
    ///The gateway's reference for the payment (12 to 22 alphanumeric characters); present when the payment was processed online.
    #[serde(
        rename = "gatewayTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gateway_transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant: ::std::option::Option<Merchant>,
    ///The merchant's reference for the payment: 1 to 30 characters of letters, digits, `_` and `-`.
    #[serde(rename = "merchantTransactionReference")]
    pub merchant_transaction_reference: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<crate::ips_cloud::types::Outcome>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<
        crate::ips_cloud::types::PaymentInstrumentOutput,
    >,
    #[serde(rename = "paymentType")]
    pub payment_type: crate::ips_cloud::types::PaymentPaymentType,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub paypoint: ::std::option::Option<Paypoint>,
    ///Customer declaration text to print on the receipt.
    #[serde(
        rename = "receiptCustomerDeclaration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub receipt_customer_declaration: ::std::option::Option<::std::string::String>,
    ///Receipt number, 1 to 9 999 999 999.
    #[serde(
        rename = "receiptNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub receipt_number: ::std::option::Option<i64>,
    ///Receipt retention reminder text to print.
    #[serde(
        rename = "receiptRetentionReminder",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub receipt_retention_reminder: ::std::option::Option<::std::string::String>,
    pub result: crate::ips_cloud::types::PaymentResultValue,
    ///Retrieval reference number, 1 to 9 999 999 999 (does not fit a 32-bit integer).
    #[serde(
        rename = "retrievalReferenceNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retrieval_reference_number: ::std::option::Option<i64>,
    ///Tax-free voucher, base64-encoded UTF-8. Each line starts with a two-digit print code (`01` logo, `02` large bold, ..., `13` auto-cut, `50` load another voucher, `51` print copy, `61` encrypted remainder).
    #[serde(
        rename = "taxFreeVoucher",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_free_voucher: ::std::option::Option<::std::string::String>,
    ///When the payment took place: RFC 3339 date-time with a time zone.
    #[serde(rename = "transactionDateTime")]
    pub transaction_date_time: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<PaymentValue>,
}
impl<'de> ::serde::Deserialize<'de> for Payment {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "eftSequenceNumber",
            "gatewayTransactionReference",
            "merchant",
            "merchantTransactionReference",
            "outcome",
            "paymentInstrument",
            "paymentType",
            "paypoint",
            "receiptCustomerDeclaration",
            "receiptNumber",
            "receiptRetentionReminder",
            "result",
            "retrievalReferenceNumber",
            "taxFreeVoucher",
            "transactionDateTime",
            "value",
        ];
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
                let mut __f0: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<Merchant>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<crate::ips_cloud::types::Outcome>,
                > = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<
                    ::std::option::Option<
                        crate::ips_cloud::types::PaymentInstrumentOutput,
                    >,
                > = ::core::option::Option::None;
                let mut __f6: ::core::option::Option<
                    crate::ips_cloud::types::PaymentPaymentType,
                > = ::core::option::Option::None;
                let mut __f7: ::core::option::Option<::std::option::Option<Paypoint>> = ::core::option::Option::None;
                let mut __f8: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f9: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f10: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f11: ::core::option::Option<
                    crate::ips_cloud::types::PaymentResultValue,
                > = ::core::option::Option::None;
                let mut __f12: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f13: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f14: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f15: ::core::option::Option<
                    ::std::option::Option<PaymentValue>,
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
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(Payment {
                    eft_sequence_number: __f0.unwrap_or_default(),
                    gateway_transaction_reference: __f1.unwrap_or_default(),
                    merchant: __f2.unwrap_or_default(),
                    merchant_transaction_reference: crate::deserialize::required(
                        __f3,
                        FIELDS[3usize],
                    )?,
                    outcome: __f4.unwrap_or_default(),
                    payment_instrument: __f5.unwrap_or_default(),
                    payment_type: crate::deserialize::required(__f6, FIELDS[6usize])?,
                    paypoint: __f7.unwrap_or_default(),
                    receipt_customer_declaration: __f8.unwrap_or_default(),
                    receipt_number: __f9.unwrap_or_default(),
                    receipt_retention_reminder: __f10.unwrap_or_default(),
                    result: crate::deserialize::required(__f11, FIELDS[11usize])?,
                    retrieval_reference_number: __f12.unwrap_or_default(),
                    tax_free_voucher: __f13.unwrap_or_default(),
                    transaction_date_time: crate::deserialize::required(
                        __f14,
                        FIELDS[14usize],
                    )?,
                    value: __f15.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Payment", FIELDS, __Visitor)
    }
}
/**Message to abort a check card payment.

No public source describes this payload (the seed renders it as `object`; the facts sheet lists it as unknown). It is an open object: bindings keep every field they receive (unknown fields are preserved, not rejected).*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentAbort(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for PaymentAbort {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<PaymentAbort>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: PaymentAbort) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for PaymentAbort {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/**Message with details of an action to completed by the merchant.

Fields from a working IPS Cloud client; the action is told by `data.action`.*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentActionRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<crate::ips_cloud::types::PaymentActionRequestData>,
    ///The merchant's reference of the payment.
    #[serde(
        rename = "merchantTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_transaction_reference: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentActionRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["data", "merchantTransactionReference"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentActionRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentActionRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentActionRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        crate::ips_cloud::types::PaymentActionRequestData,
                    >,
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
                ::core::result::Result::Ok(PaymentActionRequest {
                    data: __f0.unwrap_or_default(),
                    merchant_transaction_reference: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentActionRequest", FIELDS, __Visitor)
    }
}
/**Message with details of the action completed by the merchant.

Fields from a working IPS Cloud client; `data.action` repeats the action of the request answered.*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentActionResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<crate::ips_cloud::types::PaymentActionResponseData>,
    ///The merchant's reference of the payment.
    #[serde(
        rename = "merchantTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_transaction_reference: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentActionResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["data", "merchantTransactionReference"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentActionResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentActionResponse")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentActionResponse, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        crate::ips_cloud::types::PaymentActionResponseData,
                    >,
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
                ::core::result::Result::Ok(PaymentActionResponse {
                    data: __f0.unwrap_or_default(),
                    merchant_transaction_reference: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentActionResponse", FIELDS, __Visitor)
    }
}
/**Message to cancel a payment.

Fields from a working IPS Cloud client.*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentCancel {
    ///The gateway's reference of the payment to cancel.
    #[serde(
        rename = "gatewayTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gateway_transaction_reference: ::std::option::Option<::std::string::String>,
    ///The merchant's reference of the payment to cancel.
    #[serde(
        rename = "merchantTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentCancelInstrument>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentCancel {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "gatewayTransactionReference",
            "merchantTransactionReference",
            "paymentInstrument",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentCancel;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentCancel")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentCancel, A::Error>
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
                    ::std::option::Option<PaymentCancelInstrument>,
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
                ::core::result::Result::Ok(PaymentCancel {
                    gateway_transaction_reference: __f0.unwrap_or_default(),
                    merchant_transaction_reference: __f1.unwrap_or_default(),
                    payment_instrument: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentCancel", FIELDS, __Visitor)
    }
}
///The card expiry date. No range is documented for this message.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentCancelCardExpiryDate {
    ///Month.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub month: ::std::option::Option<i32>,
    ///Year.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<i32>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentCancelCardExpiryDate {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["month", "year"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentCancelCardExpiryDate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentCancelCardExpiryDate")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentCancelCardExpiryDate, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<i32>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<i32>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PaymentCancelCardExpiryDate {
                    month: __f0.unwrap_or_default(),
                    year: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentCancelCardExpiryDate", FIELDS, __Visitor)
    }
}
///The card of the payment to cancel.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentCancelInstrument {
    #[serde(
        rename = "cardExpiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_expiry_date: ::std::option::Option<PaymentCancelCardExpiryDate>,
    #[serde(
        rename = "cardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<crate::ips_cloud::types::CardNumber>,
    ///Always `card` (the only value a working client sends).
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<PaymentCancelInstrumentType>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentCancelInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["cardExpiryDate", "cardNumber", "type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentCancelInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentCancelInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentCancelInstrument, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<PaymentCancelCardExpiryDate>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<crate::ips_cloud::types::CardNumber>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<PaymentCancelInstrumentType>,
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
                ::core::result::Result::Ok(PaymentCancelInstrument {
                    card_expiry_date: __f0.unwrap_or_default(),
                    card_number: __f1.unwrap_or_default(),
                    type_: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentCancelInstrument", FIELDS, __Visitor)
    }
}
///Always `card` (the only value a working client sends).
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum PaymentCancelInstrumentType {
    #[serde(rename = "card")]
    Card,
}
impl<'de> ::serde::Deserialize<'de> for PaymentCancelInstrumentType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["card"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "PaymentCancelInstrumentType",
                VARIANTS,
            )? {
                _ => Self::Card,
            },
        )
    }
}
impl ::std::fmt::Display for PaymentCancelInstrumentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Card => f.write_str("card"),
        }
    }
}
impl ::std::str::FromStr for PaymentCancelInstrumentType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "card" => Ok(Self::Card),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentCancelInstrumentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentCancelInstrumentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
/**The payload for this message is empty.

It signals the end of the payment flow; no client reads any field of it.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentComplete(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for PaymentComplete {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<PaymentComplete>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: PaymentComplete) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for PaymentComplete {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///The payload for this message is empty.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentDeviceRestartRequest(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for PaymentDeviceRestartRequest {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<PaymentDeviceRestartRequest>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: PaymentDeviceRestartRequest) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for PaymentDeviceRestartRequest {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/**The message to receive the result of the payment device restart request.

No public source describes this payload (the seed renders it as `object`; the facts sheet lists it as unknown). It is an open object: bindings keep every field they receive (unknown fields are preserved, not rejected).*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentDeviceRestartResponse(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for PaymentDeviceRestartResponse {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<PaymentDeviceRestartResponse>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: PaymentDeviceRestartResponse) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for PaymentDeviceRestartResponse {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/**Message confirming the status of the connected payment device.

No public source describes this payload (the seed renders it as `object`; the facts sheet lists it as unknown). It is an open object: bindings keep every field they receive (unknown fields are preserved, not rejected).*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentDeviceStatus(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for PaymentDeviceStatus {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<PaymentDeviceStatus>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: PaymentDeviceStatus) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for PaymentDeviceStatus {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/**Message with a notification about the payment flow which requires no action to be taken.

These can be displayed to the member of staff to inform them of the payment's progress.

Fields from a working IPS Cloud client.*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentNotification {
    ///The merchant's reference of the payment.
    #[serde(
        rename = "merchantTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_transaction_reference: ::std::option::Option<::std::string::String>,
    ///Text to display, such as `INSERT CARD`.
    #[serde(
        rename = "notificationText",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notification_text: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentNotification {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["merchantTransactionReference", "notificationText"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentNotification;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentNotification")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentNotification, A::Error>
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
                ::core::result::Result::Ok(PaymentNotification {
                    merchant_transaction_reference: __f0.unwrap_or_default(),
                    notification_text: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentNotification", FIELDS, __Visitor)
    }
}
/**Message to query the receipt for the last payment.

Note that the transaction reference is required here to ensure that the expected payment receipt is returned.

No source gives the fields: the field name of the transaction reference is inferred. Unknown fields are kept.*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentQueryReceipt {
    ///The reference of the payment whose receipt is wanted. The seed says "the transaction reference is required" but prints no field name; `merchantTransactionReference` (the name of the reference in every other request) is inferred.
    #[serde(rename = "merchantTransactionReference")]
    pub merchant_transaction_reference: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for PaymentQueryReceipt {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["merchantTransactionReference"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentQueryReceipt;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentQueryReceipt")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentQueryReceipt, A::Error>
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
                ::core::result::Result::Ok(PaymentQueryReceipt {
                    merchant_transaction_reference: crate::deserialize::required(
                        __f0,
                        FIELDS[0usize],
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("PaymentQueryReceipt", FIELDS, __Visitor)
    }
}
/**Message to query the last payment result.

Note that the transaction reference is required here to ensure that the expected payment result is returned.

No source gives the fields: the field name of the transaction reference is inferred. Unknown fields are kept.*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentQueryResult {
    ///The reference of the payment whose result is wanted. The seed says "the transaction reference is required" but prints no field name; `merchantTransactionReference` (the name of the reference in every other request) is inferred.
    #[serde(rename = "merchantTransactionReference")]
    pub merchant_transaction_reference: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for PaymentQueryResult {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["merchantTransactionReference"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentQueryResult;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentQueryResult")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentQueryResult, A::Error>
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
                ::core::result::Result::Ok(PaymentQueryResult {
                    merchant_transaction_reference: crate::deserialize::required(
                        __f0,
                        FIELDS[0usize],
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("PaymentQueryResult", FIELDS, __Visitor)
    }
}
/**Message with a receipt for a payment.

Fields from a working IPS Cloud client; one message per receipt type.*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentReceipt {
    ///The receipt text, base64-encoded; decode it before printing.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
    ///The merchant's reference of the payment.
    #[serde(
        rename = "merchantTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::ips_cloud::types::PaymentReceiptType>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentReceipt {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["content", "merchantTransactionReference", "type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentReceipt;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentReceipt")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentReceipt, A::Error>
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
                    ::std::option::Option<crate::ips_cloud::types::PaymentReceiptType>,
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
                ::core::result::Result::Ok(PaymentReceipt {
                    content: __f0.unwrap_or_default(),
                    merchant_transaction_reference: __f1.unwrap_or_default(),
                    type_: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentReceipt", FIELDS, __Visitor)
    }
}
/**The message to request an X or Z Report for the transactions in the current batch.

No public source describes this payload (the seed renders it as `object`; the facts sheet lists it as unknown). It is an open object: bindings keep every field they receive (unknown fields are preserved, not rejected). (How an X report is told from a Z report is not documented.)*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentReportBatchRequest(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for PaymentReportBatchRequest {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<PaymentReportBatchRequest>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: PaymentReportBatchRequest) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for PaymentReportBatchRequest {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/**The message to receive a report for the transactions in the current batch.

No public source describes this payload (the seed renders it as `object`; the facts sheet lists it as unknown). It is an open object: bindings keep every field they receive (unknown fields are preserved, not rejected).*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentReportBatchResponse(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for PaymentReportBatchResponse {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<PaymentReportBatchResponse>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: PaymentReportBatchResponse) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for PaymentReportBatchResponse {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/**Message with payment results.

`payments` is what a working IPS Cloud client reads; each payment follows the IPS payment-result schema as Worldpay's own copy of it gives it (types, lengths, patterns, enums, required).*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentResult {
    ///The payments the request produced.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub payments: ::std::vec::Vec<Payment>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentResult {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["payments"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentResult;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentResult")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentResult, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::vec::Vec<Payment>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PaymentResult {
                    payments: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentResult", FIELDS, __Visitor)
    }
}
/**Message confirming the status of the payment service.

The payload is not publicly documented; the only field known is `status`, from Worldpay's Android SDK (`PaymentServiceStatus.status`). It is an open object: bindings keep every field they receive.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentServiceStatus {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::ips_cloud::types::Status>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
/**Message to settle a previously requested pre-auth payment.

No public source describes this payload (the seed renders it as `object`; the facts sheet lists it as unknown). It is an open object: bindings keep every field they receive (unknown fields are preserved, not rejected).*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentSettle(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for PaymentSettle {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<PaymentSettle>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: PaymentSettle) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for PaymentSettle {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/**Message to start a new payment.

Fields are those a working IPS Cloud client sends and those the seed's ten examples print (`gatewayTransactionReference`, `instruction.paymentInstrument.schemeTxnIdentifier`); the full official schema is not public. No source states which fields are required. No currency is sent: it comes from the terminal/merchant configuration and is returned in the result.*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentStart {
    #[serde(
        rename = "gatewayTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gateway_transaction_reference: ::std::option::Option<
        GatewayTransactionReference,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instruction: ::std::option::Option<PaymentStartInstruction>,
    #[serde(
        rename = "merchantTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_transaction_reference: ::std::option::Option<
        MerchantTransactionReference,
    >,
    #[serde(
        rename = "paymentType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_type: ::std::option::Option<PaymentStartPaymentType>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentStart {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "gatewayTransactionReference",
            "instruction",
            "merchantTransactionReference",
            "paymentType",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentStart;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentStart")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentStart, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<GatewayTransactionReference>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<PaymentStartInstruction>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<MerchantTransactionReference>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<PaymentStartPaymentType>,
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
                ::core::result::Result::Ok(PaymentStart {
                    gateway_transaction_reference: __f0.unwrap_or_default(),
                    instruction: __f1.unwrap_or_default(),
                    merchant_transaction_reference: __f2.unwrap_or_default(),
                    payment_type: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentStart", FIELDS, __Visitor)
    }
}
///What to pay and how.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentStartInstruction {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub narrative: ::std::option::Option<PaymentStartNarrative>,
    #[serde(
        rename = "originalGatewayTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_gateway_transaction_reference: ::std::option::Option<
        OriginalGatewayTransactionReference,
    >,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentStartInstrument>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<PaymentStartValue>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentStartInstruction {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "narrative",
            "originalGatewayTransactionReference",
            "paymentInstrument",
            "value",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentStartInstruction;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentStartInstruction")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentStartInstruction, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<PaymentStartNarrative>,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<OriginalGatewayTransactionReference>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<
                    ::std::option::Option<PaymentStartInstrument>,
                > = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<PaymentStartValue>,
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
                ::core::result::Result::Ok(PaymentStartInstruction {
                    narrative: __f0.unwrap_or_default(),
                    original_gateway_transaction_reference: __f1.unwrap_or_default(),
                    payment_instrument: __f2.unwrap_or_default(),
                    value: __f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentStartInstruction", FIELDS, __Visitor)
    }
}
///How the card is presented.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentStartInstrument {
    ///Whether the payment is handled online; a working client sends `true` for non-token types.
    #[serde(
        rename = "isHandledOnline",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_handled_online: ::std::option::Option<bool>,
    ///The card scheme's transaction identifier of an earlier payment, sent with a stored token (SRD). Known only from the seed's fourth example; no constraint is documented.
    #[serde(
        rename = "schemeTxnIdentifier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_txn_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tokenId", skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<TokenId>,
    #[serde(
        rename = "tokenPurpose",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_purpose: ::std::option::Option<TokenPurpose>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<PaymentStartInstrumentType>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentStartInstrument {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "isHandledOnline",
            "schemeTxnIdentifier",
            "tokenId",
            "tokenPurpose",
            "type",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentStartInstrument;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentStartInstrument")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentStartInstrument, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::option::Option<TokenId>> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<
                    ::std::option::Option<TokenPurpose>,
                > = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<
                    ::std::option::Option<PaymentStartInstrumentType>,
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
                ::core::result::Result::Ok(PaymentStartInstrument {
                    is_handled_online: __f0.unwrap_or_default(),
                    scheme_txn_identifier: __f1.unwrap_or_default(),
                    token_id: __f2.unwrap_or_default(),
                    token_purpose: __f3.unwrap_or_default(),
                    type_: __f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentStartInstrument", FIELDS, __Visitor)
    }
}
///How the card is captured.
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum PaymentStartInstrumentType {
    #[serde(rename = "card/present")]
    CardPresent,
    #[serde(rename = "card/keyed")]
    CardKeyed,
    #[serde(rename = "card/not-present")]
    CardNotPresent,
    #[serde(rename = "card/token")]
    CardToken,
}
impl<'de> ::serde::Deserialize<'de> for PaymentStartInstrumentType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &[
            "card/present",
            "card/keyed",
            "card/not-present",
            "card/token",
        ];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "PaymentStartInstrumentType",
                VARIANTS,
            )? {
                0usize => Self::CardPresent,
                1usize => Self::CardKeyed,
                2usize => Self::CardNotPresent,
                _ => Self::CardToken,
            },
        )
    }
}
impl ::std::fmt::Display for PaymentStartInstrumentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CardPresent => f.write_str("card/present"),
            Self::CardKeyed => f.write_str("card/keyed"),
            Self::CardNotPresent => f.write_str("card/not-present"),
            Self::CardToken => f.write_str("card/token"),
        }
    }
}
impl ::std::str::FromStr for PaymentStartInstrumentType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "card/present" => Ok(Self::CardPresent),
            "card/keyed" => Ok(Self::CardKeyed),
            "card/not-present" => Ok(Self::CardNotPresent),
            "card/token" => Ok(Self::CardToken),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentStartInstrumentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentStartInstrumentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Text describing the payment.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentStartNarrative {
    ///First line of the narrative. Known only from the seed's fourth start example (a sale with a stored `recurring` token), with the value `Transactiondescription`; the working IPS Cloud client has this field commented out and sends `narrative: null`. No constraint is documented.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line1: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentStartNarrative {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["line1"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentStartNarrative;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentStartNarrative")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentStartNarrative, A::Error>
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
                ::core::result::Result::Ok(PaymentStartNarrative {
                    line1: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentStartNarrative", FIELDS, __Visitor)
    }
}
///The type of payment. `sale`, `refund`, `pre-auth`, `check-card` and `check-card-payment` are what a working client sends; `inc-auth` (incremental authorisation) is printed by the seed's tenth example. An account verification is a `sale` of amount `0` with `tokenPurpose` (seed example 2); `account-verification` and `account-payment` appear only as commented-out future values in a Worldpay copy of the schema and are not listed.
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum PaymentStartPaymentType {
    #[serde(rename = "sale")]
    Sale,
    #[serde(rename = "refund")]
    Refund,
    #[serde(rename = "pre-auth")]
    PreAuth,
    #[serde(rename = "check-card")]
    CheckCard,
    #[serde(rename = "check-card-payment")]
    CheckCardPayment,
    #[serde(rename = "inc-auth")]
    IncAuth,
}
impl<'de> ::serde::Deserialize<'de> for PaymentStartPaymentType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &[
            "sale",
            "refund",
            "pre-auth",
            "check-card",
            "check-card-payment",
            "inc-auth",
        ];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "PaymentStartPaymentType",
                VARIANTS,
            )? {
                0usize => Self::Sale,
                1usize => Self::Refund,
                2usize => Self::PreAuth,
                3usize => Self::CheckCard,
                4usize => Self::CheckCardPayment,
                _ => Self::IncAuth,
            },
        )
    }
}
impl ::std::fmt::Display for PaymentStartPaymentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Sale => f.write_str("sale"),
            Self::Refund => f.write_str("refund"),
            Self::PreAuth => f.write_str("pre-auth"),
            Self::CheckCard => f.write_str("check-card"),
            Self::CheckCardPayment => f.write_str("check-card-payment"),
            Self::IncAuth => f.write_str("inc-auth"),
        }
    }
}
impl ::std::str::FromStr for PaymentStartPaymentType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "sale" => Ok(Self::Sale),
            "refund" => Ok(Self::Refund),
            "pre-auth" => Ok(Self::PreAuth),
            "check-card" => Ok(Self::CheckCard),
            "check-card-payment" => Ok(Self::CheckCardPayment),
            "inc-auth" => Ok(Self::IncAuth),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentStartPaymentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentStartPaymentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The amount of the payment.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentStartValue {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<crate::ips_cloud::types::PaymentStartValueAmount>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentStartValue {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["amount"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentStartValue;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentStartValue")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentStartValue, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        crate::ips_cloud::types::PaymentStartValueAmount,
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
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(PaymentStartValue {
                    amount: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentStartValue", FIELDS, __Visitor)
    }
}
///The amounts of the payment, in minor units.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentValue {
    ///Amount in minor units (0 to 999 999 999).
    pub amount: i64,
    ///Cashback amount in minor units.
    #[serde(
        rename = "cashbackAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cashback_amount: ::std::option::Option<i64>,
    ///Currency, 3 characters (ISO 4217).
    #[serde(rename = "currencyCode")]
    pub currency_code: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub dcc: ::std::option::Option<Dcc>,
    ///Donation amount in minor units.
    #[serde(
        rename = "donationAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub donation_amount: ::std::option::Option<i64>,
    ///Gratuity amount in minor units.
    #[serde(
        rename = "gratuityAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gratuity_amount: ::std::option::Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for PaymentValue {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "amount",
            "cashbackAmount",
            "currencyCode",
            "dcc",
            "donationAmount",
            "gratuityAmount",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PaymentValue;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PaymentValue")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PaymentValue, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<i64> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f3: ::core::option::Option<::std::option::Option<Dcc>> = ::core::option::Option::None;
                let mut __f4: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
                let mut __f5: ::core::option::Option<::std::option::Option<i64>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PaymentValue {
                    amount: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    cashback_amount: __f1.unwrap_or_default(),
                    currency_code: crate::deserialize::required(__f2, FIELDS[2usize])?,
                    dcc: __f3.unwrap_or_default(),
                    donation_amount: __f4.unwrap_or_default(),
                    gratuity_amount: __f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PaymentValue", FIELDS, __Visitor)
    }
}
///The paypoint (terminal) that took the payment.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Paypoint {
    ///Paypoint identifier.
    #[serde(
        rename = "paypointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub paypoint_id: ::std::option::Option<::std::string::String>,
    ///Terminal identifier, 8 to 10 characters.
    #[serde(
        rename = "terminalId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminal_id: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Paypoint {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["paypointId", "terminalId"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Paypoint;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct Paypoint")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Paypoint, A::Error>
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
                ::core::result::Result::Ok(Paypoint {
                    paypoint_id: __f0.unwrap_or_default(),
                    terminal_id: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Paypoint", FIELDS, __Visitor)
    }
}
///Identifier of the Point of Sale: exactly 6 alphanumeric characters.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct PointOfSaleId(::std::string::String);
impl ::std::ops::Deref for PointOfSaleId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PointOfSaleId> for ::std::string::String {
    fn from(value: PointOfSaleId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PointOfSaleId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 6usize {
            return Err("longer than 6 characters".into());
        }
        if value.chars().count() < 6usize {
            return Err("shorter than 6 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<crate::pattern::Pattern> = ::std::sync::LazyLock::new(||
        { crate::pattern::Pattern::new("^[a-zA-Z0-9]{6}$").unwrap() });
        if !PATTERN.is_match(value) {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]{6}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PointOfSaleId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PointOfSaleId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PointOfSaleId {
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
///Reference of the Point of Sale: 1 to 15 alphanumeric characters.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct PointOfSaleReference(::std::string::String);
impl ::std::ops::Deref for PointOfSaleReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PointOfSaleReference> for ::std::string::String {
    fn from(value: PointOfSaleReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PointOfSaleReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 15usize {
            return Err("longer than 15 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<crate::pattern::Pattern> = ::std::sync::LazyLock::new(||
        { crate::pattern::Pattern::new("^[a-zA-Z0-9]{1,15}$").unwrap() });
        if !PATTERN.is_match(value) {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]{1,15}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PointOfSaleReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PointOfSaleReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PointOfSaleReference {
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
/**The payload for this message is empty.

Send `{}`; the licence key to refresh travels in the CONNECT frame's `x-wp-authorization` header.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PosRegistrationRefreshRequest(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for PosRegistrationRefreshRequest {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<PosRegistrationRefreshRequest>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: PosRegistrationRefreshRequest) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for PosRegistrationRefreshRequest {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/**The message confirming the refresh of a Point of Sale registration.

The only field known is `pointOfSaleLicenseKey`, the refreshed licence key (a working IPS Cloud client).*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PosRegistrationRefreshResponse {
    #[serde(
        rename = "pointOfSaleLicenseKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub point_of_sale_license_key: ::std::option::Option<
        crate::ips_cloud::types::PosRegistrationRefreshResponseLicenceKey,
    >,
}
impl<'de> ::serde::Deserialize<'de> for PosRegistrationRefreshResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["pointOfSaleLicenseKey"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PosRegistrationRefreshResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PosRegistrationRefreshResponse")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PosRegistrationRefreshResponse, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        crate::ips_cloud::types::PosRegistrationRefreshResponseLicenceKey,
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
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(PosRegistrationRefreshResponse {
                    point_of_sale_license_key: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("PosRegistrationRefreshResponse", FIELDS, __Visitor)
    }
}
/**The message to register a new Point of Sale.

Fields, types and constraints from the on-premise IPS Payment API 2.1.1 registration schema (additional properties allowed), confirmed by the examples of IPS 4.0.1 and a working IPS Cloud client.*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PosRegistrationRequest {
    #[serde(rename = "pointOfSaleActivationCode")]
    pub point_of_sale_activation_code: crate::ips_cloud::types::PosRegistrationRequestActivationCode,
    #[serde(rename = "pointOfSaleId")]
    pub point_of_sale_id: PointOfSaleId,
    #[serde(rename = "pointOfSaleReference")]
    pub point_of_sale_reference: PointOfSaleReference,
}
impl<'de> ::serde::Deserialize<'de> for PosRegistrationRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pointOfSaleActivationCode",
            "pointOfSaleId",
            "pointOfSaleReference",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PosRegistrationRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PosRegistrationRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PosRegistrationRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    crate::ips_cloud::types::PosRegistrationRequestActivationCode,
                > = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<PointOfSaleId> = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<PointOfSaleReference> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(PosRegistrationRequest {
                    point_of_sale_activation_code: crate::deserialize::required(
                        __f0,
                        FIELDS[0usize],
                    )?,
                    point_of_sale_id: crate::deserialize::required(
                        __f1,
                        FIELDS[1usize],
                    )?,
                    point_of_sale_reference: crate::deserialize::required(
                        __f2,
                        FIELDS[2usize],
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("PosRegistrationRequest", FIELDS, __Visitor)
    }
}
/**The message confirming the refresh of a Point of Sale registration.

(The seed prints this payload description, which speaks of a refresh, for the registration response too.) The only field known is `pointOfSaleLicenseKey` (IPS 4.0.1 examples and a working IPS Cloud client).*/
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PosRegistrationResponse {
    #[serde(
        rename = "pointOfSaleLicenseKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub point_of_sale_license_key: ::std::option::Option<
        crate::ips_cloud::types::PosRegistrationResponseLicenceKey,
    >,
}
impl<'de> ::serde::Deserialize<'de> for PosRegistrationResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["pointOfSaleLicenseKey"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PosRegistrationResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct PosRegistrationResponse")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PosRegistrationResponse, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<
                        crate::ips_cloud::types::PosRegistrationResponseLicenceKey,
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
                        _ => crate::deserialize::skip(&mut map)?,
                    }
                }
                ::core::result::Result::Ok(PosRegistrationResponse {
                    point_of_sale_license_key: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PosRegistrationResponse", FIELDS, __Visitor)
    }
}
///A way to contact the authorisation centre.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ReferralContact {
    ///The contact method; values are not documented.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    ///The contact detail (for example the number to call).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ReferralContact {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["method", "value"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ReferralContact;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct ReferralContact")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ReferralContact, A::Error>
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
                ::core::result::Result::Ok(ReferralContact {
                    method: __f0.unwrap_or_default(),
                    value: __f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ReferralContact", FIELDS, __Visitor)
    }
}
///The customer signed: check the signature on the merchant receipt and answer with `isSignatureVerified`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SignatureVerificationRequest {
    ///Always `signature-verification`.
    pub action: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for SignatureVerificationRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["action"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SignatureVerificationRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SignatureVerificationRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SignatureVerificationRequest, A::Error>
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
                ::core::result::Result::Ok(SignatureVerificationRequest {
                    action: crate::deserialize::required(__f0, FIELDS[0usize])?,
                })
            }
        }
        deserializer
            .deserialize_struct("SignatureVerificationRequest", FIELDS, __Visitor)
    }
}
///Answer to a signature verification.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SignatureVerificationResponse {
    ///Whether the signature matches the card.
    #[serde(
        rename = "isSignatureVerified",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_signature_verified: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for SignatureVerificationResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["isSignatureVerified"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SignatureVerificationResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct SignatureVerificationResponse")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SignatureVerificationResponse, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::option::Option<bool>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(SignatureVerificationResponse {
                    is_signature_verified: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("SignatureVerificationResponse", FIELDS, __Visitor)
    }
}
///The card token (`card/token`): 15 to 21 alphanumeric characters (formats: alphanumeric 15, wrapped-luhn 16 to 21 starting `99`, format-preserving 20).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, PartialEq)]
#[serde(transparent)]
pub struct TokenId(::std::string::String);
impl ::std::ops::Deref for TokenId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TokenId> for ::std::string::String {
    fn from(value: TokenId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TokenId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 21usize {
            return Err("longer than 21 characters".into());
        }
        if value.chars().count() < 15usize {
            return Err("shorter than 15 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<crate::pattern::Pattern> = ::std::sync::LazyLock::new(||
        { crate::pattern::Pattern::new("^[0-9a-zA-Z]{15,21}$").unwrap() });
        if !PATTERN.is_match(value) {
            return Err("doesn't match pattern \"^[0-9a-zA-Z]{15,21}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TokenId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TokenId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TokenId {
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
///Why the card is stored or used as a token.
#[derive(::serde::Serialize, Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum TokenPurpose {
    #[serde(rename = "unscheduled")]
    Unscheduled,
    #[serde(rename = "recurring")]
    Recurring,
}
impl<'de> ::serde::Deserialize<'de> for TokenPurpose {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const VARIANTS: &[&str] = &["unscheduled", "recurring"];
        ::core::result::Result::Ok(
            match crate::deserialize::unit_variant(
                deserializer,
                "TokenPurpose",
                VARIANTS,
            )? {
                0usize => Self::Unscheduled,
                _ => Self::Recurring,
            },
        )
    }
}
impl ::std::fmt::Display for TokenPurpose {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Unscheduled => f.write_str("unscheduled"),
            Self::Recurring => f.write_str("recurring"),
        }
    }
}
impl ::std::str::FromStr for TokenPurpose {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "unscheduled" => Ok(Self::Unscheduled),
            "recurring" => Ok(Self::Recurring),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TokenPurpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TokenPurpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The merchant to quote on the referral call.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VoiceAuthorisationMerchant {
    ///The merchant identifier.
    #[serde(
        rename = "merchantId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_id: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for VoiceAuthorisationMerchant {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["merchantId"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VoiceAuthorisationMerchant;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct VoiceAuthorisationMerchant")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VoiceAuthorisationMerchant, A::Error>
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
                ::core::result::Result::Ok(VoiceAuthorisationMerchant {
                    merchant_id: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("VoiceAuthorisationMerchant", FIELDS, __Visitor)
    }
}
///The issuer asks for a voice authorisation: call one of the referral contacts and answer with the `authorisationCode` obtained (or without one, to decline).
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VoiceAuthorisationRequest {
    ///Always `voice-authorisation`.
    pub action: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant: ::std::option::Option<VoiceAuthorisationMerchant>,
    ///Whom to call.
    #[serde(
        rename = "referralContacts",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub referral_contacts: ::std::vec::Vec<ReferralContact>,
}
impl<'de> ::serde::Deserialize<'de> for VoiceAuthorisationRequest {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["action", "merchant", "referralContacts"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VoiceAuthorisationRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct VoiceAuthorisationRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VoiceAuthorisationRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                let mut __f1: ::core::option::Option<
                    ::std::option::Option<VoiceAuthorisationMerchant>,
                > = ::core::option::Option::None;
                let mut __f2: ::core::option::Option<::std::vec::Vec<ReferralContact>> = ::core::option::Option::None;
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
                ::core::result::Result::Ok(VoiceAuthorisationRequest {
                    action: crate::deserialize::required(__f0, FIELDS[0usize])?,
                    merchant: __f1.unwrap_or_default(),
                    referral_contacts: __f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("VoiceAuthorisationRequest", FIELDS, __Visitor)
    }
}
///Answer to a voice authorisation.
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VoiceAuthorisationResponse {
    #[serde(
        rename = "authorisationCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorisation_code: ::std::option::Option<AuthorisationCode>,
}
impl<'de> ::serde::Deserialize<'de> for VoiceAuthorisationResponse {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["authorisationCode"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VoiceAuthorisationResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("struct VoiceAuthorisationResponse")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VoiceAuthorisationResponse, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut __f0: ::core::option::Option<
                    ::std::option::Option<AuthorisationCode>,
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
                ::core::result::Result::Ok(VoiceAuthorisationResponse {
                    authorisation_code: __f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("VoiceAuthorisationResponse", FIELDS, __Visitor)
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
    /// A [`AvsConfirmationResponse`](super::AvsConfirmationResponse) under construction.
    #[derive(Clone, Debug)]
    pub struct AvsConfirmationResponse {
        is_avs_confirmed: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for AvsConfirmationResponse {
        fn default() -> Self {
            Self {
                is_avs_confirmed: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl AvsConfirmationResponse {
        /// Sets `isAvsConfirmed`.
        pub fn is_avs_confirmed<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.is_avs_confirmed = crate::request::set_some(value, "isAvsConfirmed");
            self
        }
        /// Leaves `isAvsConfirmed` out.
        pub fn without_is_avs_confirmed(mut self) -> Self {
            self.is_avs_confirmed = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<AvsConfirmationResponse>
    for super::AvsConfirmationResponse {
        type Error = crate::request::Refusal;
        fn try_from(
            value: AvsConfirmationResponse,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                is_avs_confirmed: value.is_avs_confirmed?,
            })
        }
    }
    impl ::core::convert::From<super::AvsConfirmationResponse>
    for AvsConfirmationResponse {
        fn from(value: super::AvsConfirmationResponse) -> Self {
            Self {
                is_avs_confirmed: ::core::result::Result::Ok(value.is_avs_confirmed),
            }
        }
    }
    /// A [`PaymentActionResponse`](super::PaymentActionResponse) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentActionResponse {
        data: ::core::result::Result<
            ::std::option::Option<crate::ips_cloud::types::PaymentActionResponseData>,
            crate::request::Refusal,
        >,
        merchant_transaction_reference: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentActionResponse {
        fn default() -> Self {
            Self {
                data: ::core::result::Result::Ok(::core::default::Default::default()),
                merchant_transaction_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentActionResponse {
        /// Sets `data`.
        pub fn data<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::ips_cloud::types::PaymentActionResponseData,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.data = crate::request::set_some(value, "data");
            self
        }
        /// Leaves `data` out.
        pub fn without_data(mut self) -> Self {
            self.data = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `merchantTransactionReference`.
        pub fn merchant_transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant_transaction_reference = crate::request::set_some(
                value,
                "merchantTransactionReference",
            );
            self
        }
        /// Leaves `merchantTransactionReference` out.
        pub fn without_merchant_transaction_reference(mut self) -> Self {
            self.merchant_transaction_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentActionResponse>
    for super::PaymentActionResponse {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentActionResponse,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                data: value.data?,
                merchant_transaction_reference: value.merchant_transaction_reference?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentActionResponse> for PaymentActionResponse {
        fn from(value: super::PaymentActionResponse) -> Self {
            Self {
                data: ::core::result::Result::Ok(value.data),
                merchant_transaction_reference: ::core::result::Result::Ok(
                    value.merchant_transaction_reference,
                ),
            }
        }
    }
    /// A [`PaymentCancel`](super::PaymentCancel) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentCancel {
        gateway_transaction_reference: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        merchant_transaction_reference: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        payment_instrument: ::core::result::Result<
            ::std::option::Option<super::PaymentCancelInstrument>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentCancel {
        fn default() -> Self {
            Self {
                gateway_transaction_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                merchant_transaction_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                payment_instrument: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentCancel {
        /// Sets `gatewayTransactionReference`.
        pub fn gateway_transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.gateway_transaction_reference = crate::request::set_some(
                value,
                "gatewayTransactionReference",
            );
            self
        }
        /// Leaves `gatewayTransactionReference` out.
        pub fn without_gateway_transaction_reference(mut self) -> Self {
            self.gateway_transaction_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `merchantTransactionReference`.
        pub fn merchant_transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant_transaction_reference = crate::request::set_some(
                value,
                "merchantTransactionReference",
            );
            self
        }
        /// Leaves `merchantTransactionReference` out.
        pub fn without_merchant_transaction_reference(mut self) -> Self {
            self.merchant_transaction_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `paymentInstrument`.
        pub fn payment_instrument<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentCancelInstrument>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_instrument = crate::request::set_some(
                value,
                "paymentInstrument",
            );
            self
        }
        /// Leaves `paymentInstrument` out.
        pub fn without_payment_instrument(mut self) -> Self {
            self.payment_instrument = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentCancel> for super::PaymentCancel {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentCancel,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                gateway_transaction_reference: value.gateway_transaction_reference?,
                merchant_transaction_reference: value.merchant_transaction_reference?,
                payment_instrument: value.payment_instrument?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentCancel> for PaymentCancel {
        fn from(value: super::PaymentCancel) -> Self {
            Self {
                gateway_transaction_reference: ::core::result::Result::Ok(
                    value.gateway_transaction_reference,
                ),
                merchant_transaction_reference: ::core::result::Result::Ok(
                    value.merchant_transaction_reference,
                ),
                payment_instrument: ::core::result::Result::Ok(value.payment_instrument),
            }
        }
    }
    /// A [`PaymentCancelCardExpiryDate`](super::PaymentCancelCardExpiryDate) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentCancelCardExpiryDate {
        month: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        year: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentCancelCardExpiryDate {
        fn default() -> Self {
            Self {
                month: ::core::result::Result::Ok(::core::default::Default::default()),
                year: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentCancelCardExpiryDate {
        /// Sets `month`.
        pub fn month<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.month = crate::request::set_some(value, "month");
            self
        }
        /// Leaves `month` out.
        pub fn without_month(mut self) -> Self {
            self.month = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `year`.
        pub fn year<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.year = crate::request::set_some(value, "year");
            self
        }
        /// Leaves `year` out.
        pub fn without_year(mut self) -> Self {
            self.year = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentCancelCardExpiryDate>
    for super::PaymentCancelCardExpiryDate {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentCancelCardExpiryDate,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentCancelCardExpiryDate>
    for PaymentCancelCardExpiryDate {
        fn from(value: super::PaymentCancelCardExpiryDate) -> Self {
            Self {
                month: ::core::result::Result::Ok(value.month),
                year: ::core::result::Result::Ok(value.year),
            }
        }
    }
    /// A [`PaymentCancelInstrument`](super::PaymentCancelInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentCancelInstrument {
        card_expiry_date: ::core::result::Result<
            ::std::option::Option<super::PaymentCancelCardExpiryDate>,
            crate::request::Refusal,
        >,
        card_number: ::core::result::Result<
            ::std::option::Option<crate::ips_cloud::types::CardNumber>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<
            ::std::option::Option<super::PaymentCancelInstrumentType>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentCancelInstrument {
        fn default() -> Self {
            Self {
                card_expiry_date: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                card_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                type_: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentCancelInstrument {
        /// Sets `cardExpiryDate`.
        pub fn card_expiry_date<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentCancelCardExpiryDate>,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_expiry_date = crate::request::set_some(value, "cardExpiryDate");
            self
        }
        /// Leaves `cardExpiryDate` out.
        pub fn without_card_expiry_date(mut self) -> Self {
            self.card_expiry_date = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cardNumber`.
        pub fn card_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::ips_cloud::types::CardNumber>,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_number = crate::request::set_some(value, "cardNumber");
            self
        }
        /// Leaves `cardNumber` out.
        pub fn without_card_number(mut self) -> Self {
            self.card_number = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentCancelInstrumentType>,
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
    impl ::core::convert::TryFrom<PaymentCancelInstrument>
    for super::PaymentCancelInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentCancelInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                card_expiry_date: value.card_expiry_date?,
                card_number: value.card_number?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentCancelInstrument>
    for PaymentCancelInstrument {
        fn from(value: super::PaymentCancelInstrument) -> Self {
            Self {
                card_expiry_date: ::core::result::Result::Ok(value.card_expiry_date),
                card_number: ::core::result::Result::Ok(value.card_number),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`PaymentQueryReceipt`](super::PaymentQueryReceipt) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentQueryReceipt {
        merchant_transaction_reference: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentQueryReceipt {
        fn default() -> Self {
            Self {
                merchant_transaction_reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("merchantTransactionReference"),
                ),
            }
        }
    }
    impl PaymentQueryReceipt {
        /// Sets `merchantTransactionReference`.
        pub fn merchant_transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant_transaction_reference = crate::request::set(
                value,
                "merchantTransactionReference",
            );
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentQueryReceipt> for super::PaymentQueryReceipt {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentQueryReceipt,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                merchant_transaction_reference: value.merchant_transaction_reference?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentQueryReceipt> for PaymentQueryReceipt {
        fn from(value: super::PaymentQueryReceipt) -> Self {
            Self {
                merchant_transaction_reference: ::core::result::Result::Ok(
                    value.merchant_transaction_reference,
                ),
            }
        }
    }
    /// A [`PaymentQueryResult`](super::PaymentQueryResult) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentQueryResult {
        merchant_transaction_reference: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentQueryResult {
        fn default() -> Self {
            Self {
                merchant_transaction_reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("merchantTransactionReference"),
                ),
            }
        }
    }
    impl PaymentQueryResult {
        /// Sets `merchantTransactionReference`.
        pub fn merchant_transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant_transaction_reference = crate::request::set(
                value,
                "merchantTransactionReference",
            );
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentQueryResult> for super::PaymentQueryResult {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentQueryResult,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                merchant_transaction_reference: value.merchant_transaction_reference?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentQueryResult> for PaymentQueryResult {
        fn from(value: super::PaymentQueryResult) -> Self {
            Self {
                merchant_transaction_reference: ::core::result::Result::Ok(
                    value.merchant_transaction_reference,
                ),
            }
        }
    }
    /// A [`PaymentStart`](super::PaymentStart) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentStart {
        gateway_transaction_reference: ::core::result::Result<
            ::std::option::Option<super::GatewayTransactionReference>,
            crate::request::Refusal,
        >,
        instruction: ::core::result::Result<
            ::std::option::Option<super::PaymentStartInstruction>,
            crate::request::Refusal,
        >,
        merchant_transaction_reference: ::core::result::Result<
            ::std::option::Option<super::MerchantTransactionReference>,
            crate::request::Refusal,
        >,
        payment_type: ::core::result::Result<
            ::std::option::Option<super::PaymentStartPaymentType>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentStart {
        fn default() -> Self {
            Self {
                gateway_transaction_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                instruction: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                merchant_transaction_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                payment_type: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentStart {
        /// Sets `gatewayTransactionReference`.
        pub fn gateway_transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::GatewayTransactionReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.gateway_transaction_reference = crate::request::set_some(
                value,
                "gatewayTransactionReference",
            );
            self
        }
        /// Leaves `gatewayTransactionReference` out.
        pub fn without_gateway_transaction_reference(mut self) -> Self {
            self.gateway_transaction_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `instruction`.
        pub fn instruction<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentStartInstruction>,
            V::Error: crate::request::IntoRefusal,
        {
            self.instruction = crate::request::set_some(value, "instruction");
            self
        }
        /// Leaves `instruction` out.
        pub fn without_instruction(mut self) -> Self {
            self.instruction = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `merchantTransactionReference`.
        pub fn merchant_transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::MerchantTransactionReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant_transaction_reference = crate::request::set_some(
                value,
                "merchantTransactionReference",
            );
            self
        }
        /// Leaves `merchantTransactionReference` out.
        pub fn without_merchant_transaction_reference(mut self) -> Self {
            self.merchant_transaction_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `paymentType`.
        pub fn payment_type<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentStartPaymentType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_type = crate::request::set_some(value, "paymentType");
            self
        }
        /// Leaves `paymentType` out.
        pub fn without_payment_type(mut self) -> Self {
            self.payment_type = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentStart> for super::PaymentStart {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentStart,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                gateway_transaction_reference: value.gateway_transaction_reference?,
                instruction: value.instruction?,
                merchant_transaction_reference: value.merchant_transaction_reference?,
                payment_type: value.payment_type?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentStart> for PaymentStart {
        fn from(value: super::PaymentStart) -> Self {
            Self {
                gateway_transaction_reference: ::core::result::Result::Ok(
                    value.gateway_transaction_reference,
                ),
                instruction: ::core::result::Result::Ok(value.instruction),
                merchant_transaction_reference: ::core::result::Result::Ok(
                    value.merchant_transaction_reference,
                ),
                payment_type: ::core::result::Result::Ok(value.payment_type),
            }
        }
    }
    /// A [`PaymentStartInstruction`](super::PaymentStartInstruction) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentStartInstruction {
        narrative: ::core::result::Result<
            ::std::option::Option<super::PaymentStartNarrative>,
            crate::request::Refusal,
        >,
        original_gateway_transaction_reference: ::core::result::Result<
            ::std::option::Option<super::OriginalGatewayTransactionReference>,
            crate::request::Refusal,
        >,
        payment_instrument: ::core::result::Result<
            ::std::option::Option<super::PaymentStartInstrument>,
            crate::request::Refusal,
        >,
        value: ::core::result::Result<
            ::std::option::Option<super::PaymentStartValue>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentStartInstruction {
        fn default() -> Self {
            Self {
                narrative: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                original_gateway_transaction_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                payment_instrument: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                value: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentStartInstruction {
        /// Sets `narrative`.
        pub fn narrative<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentStartNarrative>,
            V::Error: crate::request::IntoRefusal,
        {
            self.narrative = crate::request::set_some(value, "narrative");
            self
        }
        /// Leaves `narrative` out.
        pub fn without_narrative(mut self) -> Self {
            self.narrative = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `originalGatewayTransactionReference`.
        pub fn original_gateway_transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::OriginalGatewayTransactionReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.original_gateway_transaction_reference = crate::request::set_some(
                value,
                "originalGatewayTransactionReference",
            );
            self
        }
        /// Leaves `originalGatewayTransactionReference` out.
        pub fn without_original_gateway_transaction_reference(mut self) -> Self {
            self.original_gateway_transaction_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `paymentInstrument`.
        pub fn payment_instrument<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentStartInstrument>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_instrument = crate::request::set_some(
                value,
                "paymentInstrument",
            );
            self
        }
        /// Leaves `paymentInstrument` out.
        pub fn without_payment_instrument(mut self) -> Self {
            self.payment_instrument = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `value`.
        pub fn value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentStartValue>,
            V::Error: crate::request::IntoRefusal,
        {
            self.value = crate::request::set_some(value, "value");
            self
        }
        /// Leaves `value` out.
        pub fn without_value(mut self) -> Self {
            self.value = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentStartInstruction>
    for super::PaymentStartInstruction {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentStartInstruction,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                narrative: value.narrative?,
                original_gateway_transaction_reference: value
                    .original_gateway_transaction_reference?,
                payment_instrument: value.payment_instrument?,
                value: value.value?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentStartInstruction>
    for PaymentStartInstruction {
        fn from(value: super::PaymentStartInstruction) -> Self {
            Self {
                narrative: ::core::result::Result::Ok(value.narrative),
                original_gateway_transaction_reference: ::core::result::Result::Ok(
                    value.original_gateway_transaction_reference,
                ),
                payment_instrument: ::core::result::Result::Ok(value.payment_instrument),
                value: ::core::result::Result::Ok(value.value),
            }
        }
    }
    /// A [`PaymentStartInstrument`](super::PaymentStartInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentStartInstrument {
        is_handled_online: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        scheme_txn_identifier: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        token_id: ::core::result::Result<
            ::std::option::Option<super::TokenId>,
            crate::request::Refusal,
        >,
        token_purpose: ::core::result::Result<
            ::std::option::Option<super::TokenPurpose>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<
            ::std::option::Option<super::PaymentStartInstrumentType>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentStartInstrument {
        fn default() -> Self {
            Self {
                is_handled_online: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                scheme_txn_identifier: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                token_id: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                token_purpose: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                type_: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentStartInstrument {
        /// Sets `isHandledOnline`.
        pub fn is_handled_online<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.is_handled_online = crate::request::set_some(value, "isHandledOnline");
            self
        }
        /// Leaves `isHandledOnline` out.
        pub fn without_is_handled_online(mut self) -> Self {
            self.is_handled_online = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `schemeTxnIdentifier`.
        pub fn scheme_txn_identifier<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.scheme_txn_identifier = crate::request::set_some(
                value,
                "schemeTxnIdentifier",
            );
            self
        }
        /// Leaves `schemeTxnIdentifier` out.
        pub fn without_scheme_txn_identifier(mut self) -> Self {
            self.scheme_txn_identifier = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `tokenId`.
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TokenId>,
            V::Error: crate::request::IntoRefusal,
        {
            self.token_id = crate::request::set_some(value, "tokenId");
            self
        }
        /// Leaves `tokenId` out.
        pub fn without_token_id(mut self) -> Self {
            self.token_id = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `tokenPurpose`.
        pub fn token_purpose<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TokenPurpose>,
            V::Error: crate::request::IntoRefusal,
        {
            self.token_purpose = crate::request::set_some(value, "tokenPurpose");
            self
        }
        /// Leaves `tokenPurpose` out.
        pub fn without_token_purpose(mut self) -> Self {
            self.token_purpose = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentStartInstrumentType>,
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
    impl ::core::convert::TryFrom<PaymentStartInstrument>
    for super::PaymentStartInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentStartInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                is_handled_online: value.is_handled_online?,
                scheme_txn_identifier: value.scheme_txn_identifier?,
                token_id: value.token_id?,
                token_purpose: value.token_purpose?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentStartInstrument>
    for PaymentStartInstrument {
        fn from(value: super::PaymentStartInstrument) -> Self {
            Self {
                is_handled_online: ::core::result::Result::Ok(value.is_handled_online),
                scheme_txn_identifier: ::core::result::Result::Ok(
                    value.scheme_txn_identifier,
                ),
                token_id: ::core::result::Result::Ok(value.token_id),
                token_purpose: ::core::result::Result::Ok(value.token_purpose),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`PaymentStartNarrative`](super::PaymentStartNarrative) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentStartNarrative {
        line1: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentStartNarrative {
        fn default() -> Self {
            Self {
                line1: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentStartNarrative {
        /// Sets `line1`.
        pub fn line1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.line1 = crate::request::set_some(value, "line1");
            self
        }
        /// Leaves `line1` out.
        pub fn without_line1(mut self) -> Self {
            self.line1 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentStartNarrative>
    for super::PaymentStartNarrative {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentStartNarrative,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self { line1: value.line1? })
        }
    }
    impl ::core::convert::From<super::PaymentStartNarrative> for PaymentStartNarrative {
        fn from(value: super::PaymentStartNarrative) -> Self {
            Self {
                line1: ::core::result::Result::Ok(value.line1),
            }
        }
    }
    /// A [`PaymentStartValue`](super::PaymentStartValue) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentStartValue {
        amount: ::core::result::Result<
            ::std::option::Option<crate::ips_cloud::types::PaymentStartValueAmount>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentStartValue {
        fn default() -> Self {
            Self {
                amount: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentStartValue {
        /// Sets `amount`.
        pub fn amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::ips_cloud::types::PaymentStartValueAmount,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.amount = crate::request::set_some(value, "amount");
            self
        }
        /// Leaves `amount` out.
        pub fn without_amount(mut self) -> Self {
            self.amount = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentStartValue> for super::PaymentStartValue {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentStartValue,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self { amount: value.amount? })
        }
    }
    impl ::core::convert::From<super::PaymentStartValue> for PaymentStartValue {
        fn from(value: super::PaymentStartValue) -> Self {
            Self {
                amount: ::core::result::Result::Ok(value.amount),
            }
        }
    }
    /// A [`PosRegistrationRequest`](super::PosRegistrationRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct PosRegistrationRequest {
        point_of_sale_activation_code: ::core::result::Result<
            crate::ips_cloud::types::PosRegistrationRequestActivationCode,
            crate::request::Refusal,
        >,
        point_of_sale_id: ::core::result::Result<
            super::PointOfSaleId,
            crate::request::Refusal,
        >,
        point_of_sale_reference: ::core::result::Result<
            super::PointOfSaleReference,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PosRegistrationRequest {
        fn default() -> Self {
            Self {
                point_of_sale_activation_code: ::core::result::Result::Err(
                    crate::request::Refusal::missing("pointOfSaleActivationCode"),
                ),
                point_of_sale_id: ::core::result::Result::Err(
                    crate::request::Refusal::missing("pointOfSaleId"),
                ),
                point_of_sale_reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("pointOfSaleReference"),
                ),
            }
        }
    }
    impl PosRegistrationRequest {
        /// Sets `pointOfSaleActivationCode`.
        pub fn point_of_sale_activation_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::ips_cloud::types::PosRegistrationRequestActivationCode,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.point_of_sale_activation_code = crate::request::set(
                value,
                "pointOfSaleActivationCode",
            );
            self
        }
        /// Sets `pointOfSaleId`.
        pub fn point_of_sale_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PointOfSaleId>,
            V::Error: crate::request::IntoRefusal,
        {
            self.point_of_sale_id = crate::request::set(value, "pointOfSaleId");
            self
        }
        /// Sets `pointOfSaleReference`.
        pub fn point_of_sale_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PointOfSaleReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.point_of_sale_reference = crate::request::set(
                value,
                "pointOfSaleReference",
            );
            self
        }
    }
    impl ::core::convert::TryFrom<PosRegistrationRequest>
    for super::PosRegistrationRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PosRegistrationRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                point_of_sale_activation_code: value.point_of_sale_activation_code?,
                point_of_sale_id: value.point_of_sale_id?,
                point_of_sale_reference: value.point_of_sale_reference?,
            })
        }
    }
    impl ::core::convert::From<super::PosRegistrationRequest>
    for PosRegistrationRequest {
        fn from(value: super::PosRegistrationRequest) -> Self {
            Self {
                point_of_sale_activation_code: ::core::result::Result::Ok(
                    value.point_of_sale_activation_code,
                ),
                point_of_sale_id: ::core::result::Result::Ok(value.point_of_sale_id),
                point_of_sale_reference: ::core::result::Result::Ok(
                    value.point_of_sale_reference,
                ),
            }
        }
    }
    /// A [`SignatureVerificationResponse`](super::SignatureVerificationResponse) under construction.
    #[derive(Clone, Debug)]
    pub struct SignatureVerificationResponse {
        is_signature_verified: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for SignatureVerificationResponse {
        fn default() -> Self {
            Self {
                is_signature_verified: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl SignatureVerificationResponse {
        /// Sets `isSignatureVerified`.
        pub fn is_signature_verified<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.is_signature_verified = crate::request::set_some(
                value,
                "isSignatureVerified",
            );
            self
        }
        /// Leaves `isSignatureVerified` out.
        pub fn without_is_signature_verified(mut self) -> Self {
            self.is_signature_verified = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<SignatureVerificationResponse>
    for super::SignatureVerificationResponse {
        type Error = crate::request::Refusal;
        fn try_from(
            value: SignatureVerificationResponse,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                is_signature_verified: value.is_signature_verified?,
            })
        }
    }
    impl ::core::convert::From<super::SignatureVerificationResponse>
    for SignatureVerificationResponse {
        fn from(value: super::SignatureVerificationResponse) -> Self {
            Self {
                is_signature_verified: ::core::result::Result::Ok(
                    value.is_signature_verified,
                ),
            }
        }
    }
    /// A [`VoiceAuthorisationResponse`](super::VoiceAuthorisationResponse) under construction.
    #[derive(Clone, Debug)]
    pub struct VoiceAuthorisationResponse {
        authorisation_code: ::core::result::Result<
            ::std::option::Option<super::AuthorisationCode>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for VoiceAuthorisationResponse {
        fn default() -> Self {
            Self {
                authorisation_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl VoiceAuthorisationResponse {
        /// Sets `authorisationCode`.
        pub fn authorisation_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::AuthorisationCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.authorisation_code = crate::request::set_some(
                value,
                "authorisationCode",
            );
            self
        }
        /// Leaves `authorisationCode` out.
        pub fn without_authorisation_code(mut self) -> Self {
            self.authorisation_code = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<VoiceAuthorisationResponse>
    for super::VoiceAuthorisationResponse {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VoiceAuthorisationResponse,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                authorisation_code: value.authorisation_code?,
            })
        }
    }
    impl ::core::convert::From<super::VoiceAuthorisationResponse>
    for VoiceAuthorisationResponse {
        fn from(value: super::VoiceAuthorisationResponse) -> Self {
            Self {
                authorisation_code: ::core::result::Result::Ok(value.authorisation_code),
            }
        }
    }
}
impl AvsConfirmationResponse {
    /// A builder, every field unset.
    pub fn builder() -> builder::AvsConfirmationResponse {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::AvsConfirmationResponse {
        Self::builder()
    }
}
impl PaymentActionResponse {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentActionResponse {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentActionResponse {
        Self::builder()
    }
}
impl PaymentCancel {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentCancel {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentCancel {
        Self::builder()
    }
}
impl PaymentCancelCardExpiryDate {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentCancelCardExpiryDate {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentCancelCardExpiryDate {
        Self::builder()
    }
}
impl PaymentCancelInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentCancelInstrument {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentCancelInstrument {
        Self::builder()
    }
}
impl PaymentQueryReceipt {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentQueryReceipt {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `merchantTransactionReference`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(merchant_transaction_reference: V0) -> builder::PaymentQueryReceipt
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().merchant_transaction_reference(merchant_transaction_reference)
    }
}
impl PaymentQueryResult {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentQueryResult {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `merchantTransactionReference`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(merchant_transaction_reference: V0) -> builder::PaymentQueryResult
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().merchant_transaction_reference(merchant_transaction_reference)
    }
}
impl PaymentStart {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentStart {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentStart {
        Self::builder()
    }
}
impl PaymentStartInstruction {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentStartInstruction {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentStartInstruction {
        Self::builder()
    }
}
impl PaymentStartInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentStartInstrument {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentStartInstrument {
        Self::builder()
    }
}
impl PaymentStartNarrative {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentStartNarrative {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentStartNarrative {
        Self::builder()
    }
}
impl PaymentStartValue {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentStartValue {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentStartValue {
        Self::builder()
    }
}
impl PosRegistrationRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::PosRegistrationRequest {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `pointOfSaleActivationCode`, `pointOfSaleId`, `pointOfSaleReference`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        point_of_sale_activation_code: V0,
        point_of_sale_id: V1,
        point_of_sale_reference: V2,
    ) -> builder::PosRegistrationRequest
    where
        V0: ::core::convert::TryInto<
            crate::ips_cloud::types::PosRegistrationRequestActivationCode,
        >,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<PointOfSaleId>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<PointOfSaleReference>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .point_of_sale_activation_code(point_of_sale_activation_code)
            .point_of_sale_id(point_of_sale_id)
            .point_of_sale_reference(point_of_sale_reference)
    }
}
impl SignatureVerificationResponse {
    /// A builder, every field unset.
    pub fn builder() -> builder::SignatureVerificationResponse {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::SignatureVerificationResponse {
        Self::builder()
    }
}
impl VoiceAuthorisationResponse {
    /// A builder, every field unset.
    pub fn builder() -> builder::VoiceAuthorisationResponse {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::VoiceAuthorisationResponse {
        Self::builder()
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
    /// The card type; omitted if unknown.
    pub enum CardDetailsType {
        /// `fuel`
        Fuel = "fuel",
        /// `debit`
        Debit = "debit",
        /// `credit`
        Credit = "credit",
    }
}

crate::open_enum! {
    /// The overall outcome (a newer field, sent by IPS Cloud but absent from the published result schema).
    pub enum Outcome {
        /// `succeeded`
        Succeeded = "succeeded",
        /// `refused`
        Refused = "refused",
        /// `pending`
        Pending = "pending",
        /// `failed`
        Failed = "failed",
    }
}

crate::open_enum! {
    /// The type of payment. (`inc-auth`, which the seed's start examples send, is not in the published result list, which may lag IPS Cloud 1.4.0.)
    pub enum PaymentPaymentType {
        /// `sale`
        Sale = "sale",
        /// `refund`
        Refund = "refund",
        /// `pre-auth`
        PreAuth = "pre-auth",
        /// `check-card`
        CheckCard = "check-card",
        /// `check-card-payment`
        CheckCardPayment = "check-card-payment",
        /// `cancel`
        Cancel = "cancel",
        /// `settle`
        Settle = "settle",
    }
}

crate::open_enum! {
    /// The receipt type: `customer` or `merchant`, the values a working IPS Cloud client receives. No source shows any other value on the wire: a signature slip comes as a `merchant` receipt (that client tells it apart by its text, which asks the customer to sign), and the `signature` of that client's own enum is never sent. No source says the list is closed.
    pub enum PaymentReceiptType {
        /// `customer`
        Customer = "customer",
        /// `merchant`
        Merchant = "merchant",
    }
}

crate::open_enum! {
    /// The detailed result. The list grows: `refused-do-not-reattempt` and `invalid-amount` are known to the one public client proven against IPS Cloud but absent from the published list of 35 values; new values may be added without a software release.
    pub enum PaymentResultValue {
        /// `authorised-online`
        AuthorisedOnline = "authorised-online",
        /// `authorised-offline`
        AuthorisedOffline = "authorised-offline",
        /// `authorised-referral`
        AuthorisedReferral = "authorised-referral",
        /// `keyed-recovery-success`
        KeyedRecoverySuccess = "keyed-recovery-success",
        /// `pre-auth-completed`
        PreAuthCompleted = "pre-auth-completed",
        /// `succeeded`
        Succeeded = "succeeded",
        /// `refused-online`
        RefusedOnline = "refused-online",
        /// `refused-offline`
        RefusedOffline = "refused-offline",
        /// `refused-online-capture-card`
        RefusedOnlineCaptureCard = "refused-online-capture-card",
        /// `refused-avs-required`
        RefusedAvsRequired = "refused-avs-required",
        /// `cancelled`
        Cancelled = "cancelled",
        /// `aborted`
        Aborted = "aborted",
        /// `aborted-device-unavailable`
        AbortedDeviceUnavailable = "aborted-device-unavailable",
        /// `aborted-busy`
        AbortedBusy = "aborted-busy",
        /// `started`
        Started = "started",
        /// `in-progress`
        InProgress = "in-progress",
        /// `auth-completed`
        AuthCompleted = "auth-completed",
        /// `rejected-pre-auth`
        RejectedPreAuth = "rejected-pre-auth",
        /// `rejected-card-number-not-matched`
        RejectedCardNumberNotMatched = "rejected-card-number-not-matched",
        /// `rejected-card-expiry-date-not-matched`
        RejectedCardExpiryDateNotMatched = "rejected-card-expiry-date-not-matched",
        /// `rejected-card-not-accepted`
        RejectedCardNotAccepted = "rejected-card-not-accepted",
        /// `invalid-transaction-state`
        InvalidTransactionState = "invalid-transaction-state",
        /// `invalid-operation`
        InvalidOperation = "invalid-operation",
        /// `invalid-gateway-transactions-reference`
        InvalidGatewayTransactionsReference = "invalid-gateway-transactions-reference",
        /// `invalid-merchant`
        InvalidMerchant = "invalid-merchant",
        /// `invalid-terminal`
        InvalidTerminal = "invalid-terminal",
        /// `invalid-merchant-status`
        InvalidMerchantStatus = "invalid-merchant-status",
        /// `invalid-card-number`
        InvalidCardNumber = "invalid-card-number",
        /// `invalid-expired-card`
        InvalidExpiredCard = "invalid-expired-card",
        /// `invalid-issue-number`
        InvalidIssueNumber = "invalid-issue-number",
        /// `invalid-card-expiry-date`
        InvalidCardExpiryDate = "invalid-card-expiry-date",
        /// `denied-transaction`
        DeniedTransaction = "denied-transaction",
        /// `denied-cashback`
        DeniedCashback = "denied-cashback",
        /// `pre-valid-card`
        PreValidCard = "pre-valid-card",
        /// `failed`
        Failed = "failed",
        /// `refused-do-not-reattempt`
        RefusedDoNotReattempt = "refused-do-not-reattempt",
        /// `invalid-amount`
        InvalidAmount = "invalid-amount",
    }
}

crate::open_enum! {
    /// Whether the payment service is busy. The values are the SDK's enum constants; that the wire carries the same spelling is inferred.
    pub enum Status {
        /// `BUSY`
        Busy = "BUSY",
        /// `NOT_BUSY`
        NotBusy = "NOT_BUSY",
    }
}

crate::sensitive_string! {
    /// The card number, masked (first 6 and last 4 digits) unless the BIN is whitelisted.
    pub struct CardDetailsCardNumber {
        schema: "CardDetails_cardNumber",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// Track 2 data (whitelisted BINs, check-card only).
    pub struct CardDetailsTrack2Data {
        schema: "CardDetails_track2Data",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// The Point of Sale licence key, a JWT. Store it and send it as the `x-wp-authorization` header of the STOMP CONNECT frame of every later (authenticated) connection. Secret: do not log it. It lasts a year from the `timestamp` header of the MESSAGE that carries it (what the material states, from the one public client proven against IPS Cloud); refresh it before then.
    pub struct PosRegistrationRefreshResponseLicenceKey {
        schema: "PosRegistrationRefreshResponse_licenceKey",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// Activation code of the Point of Sale: exactly 8 alphanumeric characters.
    pub struct PosRegistrationRequestActivationCode {
        schema: "PosRegistrationRequest_activationCode",
        min_length: Some(8),
        max_length: Some(8),
        pattern: Some("^[a-zA-Z0-9]{8}$"),
    }
}

crate::sensitive_string! {
    /// The Point of Sale licence key, a JWT. Store it and send it as the `x-wp-authorization` header of the STOMP CONNECT frame of every later (authenticated) connection. Secret: do not log it. It lasts a year from the `timestamp` header of the MESSAGE that carries it (what the material states, from the one public client proven against IPS Cloud); refresh it before then.
    pub struct PosRegistrationResponseLicenceKey {
        schema: "PosRegistrationResponse_licenceKey",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// The card number.
    pub struct CardNumber {
        schema: "cardNumber",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::bounded_integer! {
    /// Amount in minor units (0 to 999 999 999). An account verification sends `0` with `paymentType: sale`.
    pub struct PaymentStartValueAmount {
        schema: "PaymentStartValue_amount",
        minimum: Some(0),
        maximum: Some(999999999),
    }
}

crate::tagged_union! {
    /// The action requested, told apart by `action`: `signature-verification`, `voice-authorisation` or `avs-confirmation`. Answer each on /v1/payment/action with the branch of `PaymentActionResponseData` of the same `action`. No source says the list is closed.
    open pub enum PaymentActionRequestData tag "action" field action {
        /// `action`: `signature-verification`
        SignatureVerification(SignatureVerificationRequest) = "signature-verification",
        /// `action`: `voice-authorisation`
        VoiceAuthorisation(VoiceAuthorisationRequest) = "voice-authorisation",
        /// `action`: `avs-confirmation`
        AvsConfirmation(AvsConfirmationRequest) = "avs-confirmation",
    }
}

impl ::core::convert::From<SignatureVerificationRequest> for PaymentActionRequestData {
    fn from(value: SignatureVerificationRequest) -> Self {
        Self::SignatureVerification(value)
    }
}

impl ::core::convert::From<VoiceAuthorisationRequest> for PaymentActionRequestData {
    fn from(value: VoiceAuthorisationRequest) -> Self {
        Self::VoiceAuthorisation(value)
    }
}

impl ::core::convert::From<AvsConfirmationRequest> for PaymentActionRequestData {
    fn from(value: AvsConfirmationRequest) -> Self {
        Self::AvsConfirmation(value)
    }
}

crate::tagged_union! {
    /// The action completed, told apart by `action` (the action of the request answered).
    closed pub enum PaymentActionResponseData tag "action" {
        /// `action`: `signature-verification`
        SignatureVerification(SignatureVerificationResponse) = "signature-verification",
        /// `action`: `voice-authorisation`
        VoiceAuthorisation(VoiceAuthorisationResponse) = "voice-authorisation",
        /// `action`: `avs-confirmation`
        AvsConfirmation(AvsConfirmationResponse) = "avs-confirmation",
    }
}

impl ::core::convert::From<SignatureVerificationResponse> for PaymentActionResponseData {
    fn from(value: SignatureVerificationResponse) -> Self {
        Self::SignatureVerification(value)
    }
}

impl ::core::convert::TryFrom<builder::SignatureVerificationResponse> for PaymentActionResponseData {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::SignatureVerificationResponse) -> ::core::result::Result<Self, crate::request::Refusal> {
        SignatureVerificationResponse::try_from(value).map(Self::SignatureVerification)
    }
}

impl ::core::convert::From<VoiceAuthorisationResponse> for PaymentActionResponseData {
    fn from(value: VoiceAuthorisationResponse) -> Self {
        Self::VoiceAuthorisation(value)
    }
}

impl ::core::convert::TryFrom<builder::VoiceAuthorisationResponse> for PaymentActionResponseData {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::VoiceAuthorisationResponse) -> ::core::result::Result<Self, crate::request::Refusal> {
        VoiceAuthorisationResponse::try_from(value).map(Self::VoiceAuthorisation)
    }
}

impl ::core::convert::From<AvsConfirmationResponse> for PaymentActionResponseData {
    fn from(value: AvsConfirmationResponse) -> Self {
        Self::AvsConfirmation(value)
    }
}

impl ::core::convert::TryFrom<builder::AvsConfirmationResponse> for PaymentActionResponseData {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::AvsConfirmationResponse) -> ::core::result::Result<Self, crate::request::Refusal> {
        AvsConfirmationResponse::try_from(value).map(Self::AvsConfirmation)
    }
}

crate::tagged_union! {
    /// The payment instrument used, told apart by `type`: a card (`card/present`, `card/keyed`, `card/not-present`, `card/token`, all one schema) or Alipay (`alipay/barcode`).
    open pub enum PaymentInstrumentOutput tag "type" field type_ {
        /// `type`: `card/keyed`
        CardKeyed(CardInstrumentOutput) = "card/keyed",
        /// `type`: `card/not-present`
        CardNotPresent(CardInstrumentOutput) = "card/not-present",
        /// `type`: `card/present`
        CardPresent(CardInstrumentOutput) = "card/present",
        /// `type`: `card/token`
        CardToken(CardInstrumentOutput) = "card/token",
        /// `type`: `alipay/barcode`
        AlipayBarcode(AlipayInstrumentOutput) = "alipay/barcode",
    }
}

impl ::core::convert::From<AlipayInstrumentOutput> for PaymentInstrumentOutput {
    fn from(value: AlipayInstrumentOutput) -> Self {
        Self::AlipayBarcode(value)
    }
}

/// The types grouped to browse, by the side of the wire that carries them
/// (a type both sides carry is in both).
pub mod by_side {
    /// What requests carry: strict, each built with its builder in [`super::builder`].
    pub mod requests {
        pub use super::super::{
            AuthorisationCode, AvsConfirmationResponse, CardNumber,
            GatewayTransactionReference, MerchantTransactionReference,
            OriginalGatewayTransactionReference, PaymentAbort, PaymentActionResponse,
            PaymentActionResponseData, PaymentCancel, PaymentCancelCardExpiryDate,
            PaymentCancelInstrument, PaymentDeviceRestartRequest, PaymentQueryReceipt,
            PaymentQueryResult, PaymentReportBatchRequest, PaymentSettle, PaymentStart,
            PaymentStartInstruction, PaymentStartInstrument, PaymentStartInstrumentType,
            PaymentStartNarrative, PaymentStartPaymentType, PaymentStartValue,
            PaymentStartValueAmount, PointOfSaleId, PointOfSaleReference,
            PosRegistrationRefreshRequest, PosRegistrationRequest,
            PosRegistrationRequestActivationCode, SignatureVerificationResponse, TokenId,
            TokenPurpose, VoiceAuthorisationResponse,
        };
    }
    /// What answers carry: lenient, open to values Worldpay adds.
    pub mod answers {
        pub use super::super::{
            AlipayInstrumentOutput, AvsConfirmationRequest, AvsResults,
            CardAuthorisation, CardDebug, CardDetails, CardDetailsCardNumber,
            CardDetailsTrack2Data, CardDetailsType, CardExpiryDate, CardInstrumentOutput,
            Dcc, Error, Merchant, MerchantAddress, Outcome, Payment,
            PaymentActionRequest, PaymentActionRequestData, PaymentComplete,
            PaymentDeviceRestartResponse, PaymentDeviceStatus, PaymentInstrumentOutput,
            PaymentNotification, PaymentPaymentType, PaymentReceipt, PaymentReceiptType,
            PaymentReportBatchResponse, PaymentResult, PaymentResultValue,
            PaymentServiceStatus, PaymentValue, Paypoint, PosRegistrationRefreshResponse,
            PosRegistrationRefreshResponseLicenceKey, PosRegistrationResponse,
            PosRegistrationResponseLicenceKey, ReferralContact,
            SignatureVerificationRequest, Status, VoiceAuthorisationMerchant,
            VoiceAuthorisationRequest,
        };
    }
}
