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
// - 18 schemas no operation reaches any more left out of generation: AuthorizationActionList,
//   ChallengedActionList, DeviceDataRequiredActionList, PartialRefundActionList,
//   PartialSettleActionList, PaymentsActionCancel, PaymentsActionComplete3dsChallenge,
//   PaymentsActionPartialRefund, PaymentsActionPartialSettle, PaymentsActionRefund,
//   PaymentsActionReverse, PaymentsActionSettle, PaymentsActionSupply3dsDeviceData, PaymentsLink,
//   QueryActionList, Self, SentForSettlementActionList, SettleActionList

///`AcceptHeader`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AcceptHeader(::std::string::String);
impl ::std::ops::Deref for AcceptHeader {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AcceptHeader> for ::std::string::String {
    fn from(value: AcceptHeader) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AcceptHeader {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2048usize {
            return Err("longer than 2048 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AcceptHeader {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AcceptHeader {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AcceptHeader {
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
///The customer's account history with the merchant, for 3DS.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
///`AccountReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AccountReference(::std::string::String);
impl ::std::ops::Deref for AccountReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AccountReference> for ::std::string::String {
    fn from(value: AccountReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AccountReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10usize {
            return Err("longer than 10 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AccountReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AccountReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountReference {
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
///`Address3`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Address3(::std::string::String);
impl ::std::ops::Deref for Address3 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Address3> for ::std::string::String {
    fn from(value: Address3) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Address3 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 80usize {
            return Err("longer than 80 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Address3 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Address3 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Address3 {
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
///Advice from the scheme on retrying a refused payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Advice {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
}
///The requested and authorized amounts.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Amounts {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "partialAuthorization",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partial_authorization: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub requested: ::std::option::Option<i64>,
    #[serde(
        rename = "totalAuthorized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_authorized: ::std::option::Option<i64>,
}
///3DS authentication details.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Authentication {
    #[serde(
        rename = "authenticationFlow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authentication_flow: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "authenticationValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authentication_value: ::std::option::Option<
        crate::payments_2024::types::AuthenticationAuthenticationValue,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "challengePreference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub challenge_preference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cryptogramAlgorithm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cryptogram_algorithm: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub eci: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "networkScore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_score: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}
///`AuthenticationFlow`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum AuthenticationFlow {
    #[serde(rename = "challenge")]
    Challenge,
    #[serde(rename = "frictionless")]
    Frictionless,
    #[serde(rename = "frictionlessDelegated")]
    FrictionlessDelegated,
}
impl ::std::fmt::Display for AuthenticationFlow {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Challenge => f.write_str("challenge"),
            Self::Frictionless => f.write_str("frictionless"),
            Self::FrictionlessDelegated => f.write_str("frictionlessDelegated"),
        }
    }
}
impl ::std::str::FromStr for AuthenticationFlow {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "challenge" => Ok(Self::Challenge),
            "frictionless" => Ok(Self::Frictionless),
            "frictionlessDelegated" => Ok(Self::FrictionlessDelegated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AuthenticationFlow {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AuthenticationFlow {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///3DS details when authentication was unavailable.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AuthenticationUnavailable {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub eci: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}
///`AvsNotMatched`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum AvsNotMatched {
    #[serde(rename = "enabled")]
    Enabled,
    #[serde(rename = "disabled")]
    Disabled,
}
impl ::std::fmt::Display for AvsNotMatched {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Enabled => f.write_str("enabled"),
            Self::Disabled => f.write_str("disabled"),
        }
    }
}
impl ::std::str::FromStr for AvsNotMatched {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "enabled" => Ok(Self::Enabled),
            "disabled" => Ok(Self::Disabled),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AvsNotMatched {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AvsNotMatched {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`BrowserColorDepth`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum BrowserColorDepth {
    #[serde(rename = "1")]
    X1,
    #[serde(rename = "4")]
    X4,
    #[serde(rename = "8")]
    X8,
    #[serde(rename = "15")]
    X15,
    #[serde(rename = "16")]
    X16,
    #[serde(rename = "24")]
    X24,
    #[serde(rename = "32")]
    X32,
    #[serde(rename = "48")]
    X48,
}
impl ::std::fmt::Display for BrowserColorDepth {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X1 => f.write_str("1"),
            Self::X4 => f.write_str("4"),
            Self::X8 => f.write_str("8"),
            Self::X15 => f.write_str("15"),
            Self::X16 => f.write_str("16"),
            Self::X24 => f.write_str("24"),
            Self::X32 => f.write_str("32"),
            Self::X48 => f.write_str("48"),
        }
    }
}
impl ::std::str::FromStr for BrowserColorDepth {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "1" => Ok(Self::X1),
            "4" => Ok(Self::X4),
            "8" => Ok(Self::X8),
            "15" => Ok(Self::X15),
            "16" => Ok(Self::X16),
            "24" => Ok(Self::X24),
            "32" => Ok(Self::X32),
            "48" => Ok(Self::X48),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for BrowserColorDepth {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for BrowserColorDepth {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`BrowserLanguage`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct BrowserLanguage(::std::string::String);
impl ::std::ops::Deref for BrowserLanguage {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<BrowserLanguage> for ::std::string::String {
    fn from(value: BrowserLanguage) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for BrowserLanguage {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 8usize {
            return Err("longer than 8 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for BrowserLanguage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for BrowserLanguage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for BrowserLanguage {
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
///Answer to a cancellation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CancelResponse {
    #[serde(rename = "_links", default = "defaults::cancel_response_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<CancelResponseOutcome>,
}
impl ::std::default::Default for CancelResponse {
    fn default() -> Self {
        Self {
            links: defaults::cancel_response_links(),
            outcome: Default::default(),
        }
    }
}
///`CancelResponseOutcome`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum CancelResponseOutcome {
    #[serde(rename = "sentForCancellation")]
    SentForCancellation,
}
impl ::std::fmt::Display for CancelResponseOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::SentForCancellation => f.write_str("sentForCancellation"),
        }
    }
}
impl ::std::str::FromStr for CancelResponseOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "sentForCancellation" => Ok(Self::SentForCancellation),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CancelResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CancelResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///When an auto-settled payment is to be cancelled instead.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Cancellation {
    #[serde(
        rename = "avsNotMatched",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub avs_not_matched: ::std::option::Option<AvsNotMatched>,
    #[serde(
        rename = "cvcNotMatched",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvc_not_matched: ::std::option::Option<CvcNotMatched>,
}
///`Capability`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum Capability {
    #[serde(rename = "authorizationAndAuthentication")]
    AuthorizationAndAuthentication,
    #[serde(rename = "authorizationOnly")]
    AuthorizationOnly,
    #[serde(rename = "authenticationOnly")]
    AuthenticationOnly,
}
impl ::std::fmt::Display for Capability {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AuthorizationAndAuthentication => {
                f.write_str("authorizationAndAuthentication")
            }
            Self::AuthorizationOnly => f.write_str("authorizationOnly"),
            Self::AuthenticationOnly => f.write_str("authenticationOnly"),
        }
    }
}
impl ::std::str::FromStr for Capability {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "authorizationAndAuthentication" => Ok(Self::AuthorizationAndAuthentication),
            "authorizationOnly" => Ok(Self::AuthorizationOnly),
            "authenticationOnly" => Ok(Self::AuthenticationOnly),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for Capability {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Capability {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///An authorized payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardAuthorizedPaymentResponse {
    #[serde(
        rename = "_actions",
        default = "defaults::card_authorized_payment_response_actions"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub actions: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amounts: ::std::option::Option<Amounts>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<PaymentsExemption>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fraud: ::std::option::Option<Fraud>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(
        rename = "_links",
        default = "defaults::card_authorized_payment_response_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentsResponsePaymentInstrument>,
    #[serde(
        rename = "riskFactors",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub risk_factors: ::std::vec::Vec<RiskFactor>,
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threeDS", skip_serializing_if = "::std::option::Option::is_none")]
    pub three_ds: ::std::option::Option<ThreeDs>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<Token>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<
        crate::payments_2024::types::PaymentsUpdatedPaymentInstrument,
    >,
}
///How a 3DS challenge is to be shown.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Challenge {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub preference: ::std::option::Option<Preference>,
    #[serde(rename = "returnUrl")]
    pub return_url: ReturnUrl,
    #[serde(
        rename = "windowSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub window_size: ::std::option::Option<WindowSize>,
}
///What is needed to show the 3DS challenge.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ChallengeInfo {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub jwt: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub payload: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
}
///`ChallengePreference`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum ChallengePreference {
    #[serde(rename = "noPreference")]
    NoPreference,
    #[serde(rename = "noChallengeRequested")]
    NoChallengeRequested,
    #[serde(rename = "challengeRequested")]
    ChallengeRequested,
    #[serde(rename = "challengeMandated")]
    ChallengeMandated,
    #[serde(rename = "noChallengeRequestedTRAPerformed")]
    NoChallengeRequestedTraPerformed,
}
impl ::std::fmt::Display for ChallengePreference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NoPreference => f.write_str("noPreference"),
            Self::NoChallengeRequested => f.write_str("noChallengeRequested"),
            Self::ChallengeRequested => f.write_str("challengeRequested"),
            Self::ChallengeMandated => f.write_str("challengeMandated"),
            Self::NoChallengeRequestedTraPerformed => {
                f.write_str("noChallengeRequestedTRAPerformed")
            }
        }
    }
}
impl ::std::str::FromStr for ChallengePreference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "noPreference" => Ok(Self::NoPreference),
            "noChallengeRequested" => Ok(Self::NoChallengeRequested),
            "challengeRequested" => Ok(Self::ChallengeRequested),
            "challengeMandated" => Ok(Self::ChallengeMandated),
            "noChallengeRequestedTRAPerformed" => {
                Ok(Self::NoChallengeRequestedTraPerformed)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ChallengePreference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ChallengePreference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The customer must complete a 3DS challenge.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ChallengedResponse {
    #[serde(rename = "_actions", default = "defaults::challenged_response_actions")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub actions: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication: ::std::option::Option<Authentication>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub challenge: ::std::option::Option<ChallengeInfo>,
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
}
///`CountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CountryCode(::std::string::String);
impl ::std::ops::Deref for CountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CountryCode> for ::std::string::String {
    fn from(value: CountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CountryCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2usize {
            return Err("longer than 2 characters".into());
        }
        if value.chars().count() < 2usize {
            return Err("shorter than 2 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CountryCode {
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
///`CryptogramAlgorithm`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CryptogramAlgorithm(::std::string::String);
impl ::std::ops::Deref for CryptogramAlgorithm {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CryptogramAlgorithm> for ::std::string::String {
    fn from(value: CryptogramAlgorithm) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CryptogramAlgorithm {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 1usize {
            return Err("longer than 1 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9]$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CryptogramAlgorithm {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CryptogramAlgorithm {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CryptogramAlgorithm {
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
///`Currency`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Currency(::std::string::String);
impl ::std::ops::Deref for Currency {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Currency> for ::std::string::String {
    fn from(value: Currency) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Currency {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Currency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Currency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Currency {
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
///Merchant-defined values for fraud screening.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Custom {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number1: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number2: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number3: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number4: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number5: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number6: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number7: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number8: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number9: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string1: ::std::option::Option<String1>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string2: ::std::option::Option<String2>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string3: ::std::option::Option<String3>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string4: ::std::option::Option<String4>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string5: ::std::option::Option<String5>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string6: ::std::option::Option<String6>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string7: ::std::option::Option<String7>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string8: ::std::option::Option<String8>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub string9: ::std::option::Option<String9>,
}
///The customer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Customer {
    #[serde(
        rename = "customerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_id: ::std::option::Option<CustomerId>,
    #[serde(
        rename = "dateOfBirth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_of_birth: ::std::option::Option<crate::format::Date>,
    #[serde(
        rename = "documentReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_reference: ::std::option::Option<CustomerDocumentReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<Email>,
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<CustomerFirstName>,
    #[serde(
        rename = "ipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<CustomerLastName>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<Phone>,
}
///`CustomerDocumentReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerDocumentReference(::std::string::String);
impl ::std::ops::Deref for CustomerDocumentReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerDocumentReference> for ::std::string::String {
    fn from(value: CustomerDocumentReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerDocumentReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[-A-Za-z0-9_\\-/\\\\*~+.,&()]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[-A-Za-z0-9_\\-/\\\\*~+.,&()]*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomerDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomerDocumentReference {
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
///`CustomerFirstName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerFirstName(::std::string::String);
impl ::std::ops::Deref for CustomerFirstName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerFirstName> for ::std::string::String {
    fn from(value: CustomerFirstName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerFirstName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 22usize {
            return Err("longer than 22 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomerFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomerFirstName {
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
///`CustomerId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerId(::std::string::String);
impl ::std::ops::Deref for CustomerId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerId> for ::std::string::String {
    fn from(value: CustomerId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomerId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomerId {
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
///`CustomerLastName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerLastName(::std::string::String);
impl ::std::ops::Deref for CustomerLastName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerLastName> for ::std::string::String {
    fn from(value: CustomerLastName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerLastName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 22usize {
            return Err("longer than 22 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomerLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomerLastName {
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
///`CvcNotMatched`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum CvcNotMatched {
    #[serde(rename = "enabled")]
    Enabled,
    #[serde(rename = "disabled")]
    Disabled,
}
impl ::std::fmt::Display for CvcNotMatched {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Enabled => f.write_str("enabled"),
            Self::Disabled => f.write_str("disabled"),
        }
    }
}
impl ::std::str::FromStr for CvcNotMatched {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "enabled" => Ok(Self::Enabled),
            "disabled" => Ok(Self::Disabled),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CvcNotMatched {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CvcNotMatched {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`Description`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Description(::std::string::String);
impl ::std::ops::Deref for Description {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Description> for ::std::string::String {
    fn from(value: Description) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Description {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[^&<]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[^&<]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Description {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Description {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Description {
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
///The customer's browser or device, for 3DS.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeviceData {
    #[serde(rename = "acceptHeader")]
    pub accept_header: AcceptHeader,
    #[serde(
        rename = "browserColorDepth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub browser_color_depth: ::std::option::Option<BrowserColorDepth>,
    #[serde(
        rename = "browserJavaEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub browser_java_enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "browserJavascriptEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub browser_javascript_enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "browserLanguage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub browser_language: ::std::option::Option<BrowserLanguage>,
    #[serde(
        rename = "browserScreenHeight",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub browser_screen_height: ::std::option::Option<i32>,
    #[serde(
        rename = "browserScreenWidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub browser_screen_width: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<DeviceDataChannel>,
    #[serde(rename = "timeZone", skip_serializing_if = "::std::option::Option::is_none")]
    pub time_zone: ::std::option::Option<TimeZone>,
    #[serde(rename = "userAgentHeader")]
    pub user_agent_header: UserAgentHeader,
}
///`DeviceDataChannel`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum DeviceDataChannel {
    #[serde(rename = "browser")]
    Browser,
    #[serde(rename = "native")]
    Native,
}
impl ::std::fmt::Display for DeviceDataChannel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Browser => f.write_str("browser"),
            Self::Native => f.write_str("native"),
        }
    }
}
impl ::std::str::FromStr for DeviceDataChannel {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "browser" => Ok(Self::Browser),
            "native" => Ok(Self::Native),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for DeviceDataChannel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DeviceDataChannel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///What is needed to collect 3DS device data.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeviceDataCollection {
    pub bin: ::std::string::String,
    pub jwt: ::std::string::String,
    pub url: ::std::string::String,
}
///The result of 3DS device data collection.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DeviceDataRequest {
    #[serde(
        rename = "collectionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub collection_reference: ::std::option::Option<::std::string::String>,
}
///3DS device data must be collected before the payment continues.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeviceDataRequiredResponse {
    #[serde(
        rename = "_actions",
        default = "defaults::device_data_required_response_actions"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub actions: crate::hal::Links,
    #[serde(
        rename = "deviceDataCollection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_data_collection: ::std::option::Option<DeviceDataCollection>,
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
}
///`DocumentReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct DocumentReference(::std::string::String);
impl ::std::ops::Deref for DocumentReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DocumentReference> for ::std::string::String {
    fn from(value: DocumentReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DocumentReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 25usize {
            return Err("longer than 25 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[-A-Za-z0-9_\\-/\\\\*~+.,&()]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[-A-Za-z0-9_\\-/\\\\*~+.,&()]*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for DocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DocumentReference {
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
///`Eci`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Eci(::std::string::String);
impl ::std::ops::Deref for Eci {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Eci> for ::std::string::String {
    fn from(value: Eci) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Eci {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^\\d{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^\\d{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Eci {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Eci {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Eci {
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
///`Email`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Email(::std::string::String);
impl ::std::ops::Deref for Email {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Email> for ::std::string::String {
    fn from(value: Email) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Email {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^.+@.+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^.+@.+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Email {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Email {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Email {
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
///`EmailAddress`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct EmailAddress(::std::string::String);
impl ::std::ops::Deref for EmailAddress {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EmailAddress> for ::std::string::String {
    fn from(value: EmailAddress) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for EmailAddress {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^.+@.+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^.+@.+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for EmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailAddress {
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
///`Entity`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Entity(::std::string::String);
impl ::std::ops::Deref for Entity {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Entity> for ::std::string::String {
    fn from(value: Entity) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Entity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 32usize {
            return Err("longer than 32 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^([A-Za-z0-9]+[A-Za-z0-9 ]*)?$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^([A-Za-z0-9]+[A-Za-z0-9 ]*)?$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Entity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Entity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Entity {
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
///An error answer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ErrorResponse {
    #[serde(
        rename = "errorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
///A request for an SCA exemption.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Exemption {
    pub capability: Capability,
    pub mode: ExemptionMode,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub request: ::std::option::Option<PaymentsExemptionRequest>,
    #[serde(rename = "type")]
    pub type_: ExemptionType,
}
///`ExemptionMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum ExemptionMode {
    #[serde(rename = "always")]
    Always,
}
impl ::std::fmt::Display for ExemptionMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Always => f.write_str("always"),
        }
    }
}
impl ::std::str::FromStr for ExemptionMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "always" => Ok(Self::Always),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExemptionMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExemptionMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ExemptionType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum ExemptionType {
    #[serde(rename = "integrated")]
    Integrated,
}
impl ::std::fmt::Display for ExemptionType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Integrated => f.write_str("integrated"),
        }
    }
}
impl ::std::str::FromStr for ExemptionType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "integrated" => Ok(Self::Integrated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExemptionType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExemptionType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A card expiry month and year.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExpiryDate {
    pub month: i32,
    pub year: i32,
}
///A card expiry month and year.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExpiryDateReceived {
    pub month: i64,
    pub year: i64,
}
///Fraud assessment of the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Fraud {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<crate::payments_2024::types::FraudOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub score: ::std::option::Option<f64>,
}
///The payment was stopped as high fraud risk.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FraudHighRiskResponse {
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
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
///An error caused by a request header.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct HeaderErrorResponse {
    #[serde(
        rename = "errorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "headerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub header_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
///`IdentifierType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum IdentifierType {
    #[serde(rename = "iban")]
    Iban,
    #[serde(rename = "swift")]
    Swift,
    #[serde(rename = "routingNumber")]
    RoutingNumber,
    #[serde(rename = "accountNumber")]
    AccountNumber,
}
impl ::std::fmt::Display for IdentifierType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Iban => f.write_str("iban"),
            Self::Swift => f.write_str("swift"),
            Self::RoutingNumber => f.write_str("routingNumber"),
            Self::AccountNumber => f.write_str("accountNumber"),
        }
    }
}
impl ::std::str::FromStr for IdentifierType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "iban" => Ok(Self::Iban),
            "swift" => Ok(Self::Swift),
            "routingNumber" => Ok(Self::RoutingNumber),
            "accountNumber" => Ok(Self::AccountNumber),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for IdentifierType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IdentifierType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`IndependentSalesOrganizationId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndependentSalesOrganizationId(::std::string::String);
impl ::std::ops::Deref for IndependentSalesOrganizationId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndependentSalesOrganizationId> for ::std::string::String {
    fn from(value: IndependentSalesOrganizationId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndependentSalesOrganizationId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 11usize {
            return Err("longer than 11 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("[0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"[0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndependentSalesOrganizationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndependentSalesOrganizationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndependentSalesOrganizationId {
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
///An installment plan.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct InstallmentPlan {
    #[serde(rename = "numberOfInstallments")]
    pub number_of_installments: i32,
}
///`InstallmentType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum InstallmentType {
    #[serde(rename = "merchant")]
    Merchant,
    #[serde(rename = "latinAmerica")]
    LatinAmerica,
}
impl ::std::fmt::Display for InstallmentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Merchant => f.write_str("merchant"),
            Self::LatinAmerica => f.write_str("latinAmerica"),
        }
    }
}
impl ::std::str::FromStr for InstallmentType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "merchant" => Ok(Self::Merchant),
            "latinAmerica" => Ok(Self::LatinAmerica),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InstallmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InstallmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///What the card issuer returned.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Issuer {
    #[serde(
        rename = "authorizationCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_code: ::std::option::Option<::std::string::String>,
}
///`Line1`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Line1(::std::string::String);
impl ::std::ops::Deref for Line1 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Line1> for ::std::string::String {
    fn from(value: Line1) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Line1 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 24usize {
            return Err("longer than 24 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9 ,./-]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ,./-]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Line1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Line1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Line1 {
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
///`Line2`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Line2(::std::string::String);
impl ::std::ops::Deref for Line2 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Line2> for ::std::string::String {
    fn from(value: Line2) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Line2 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 24usize {
            return Err("longer than 24 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9 ,./-]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ,./-]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Line2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Line2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Line2 {
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
///`Mcc`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Mcc(::std::string::String);
impl ::std::ops::Deref for Mcc {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Mcc> for ::std::string::String {
    fn from(value: Mcc) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Mcc {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^\\d{4}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^\\d{4}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Mcc {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Mcc {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Mcc {
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
///The merchant entity taking the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Merchant {
    pub entity: Entity,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mcc: ::std::option::Option<Mcc>,
    #[serde(
        rename = "paymentFacilitator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_facilitator: ::std::option::Option<PaymentsPaymentFacilitator>,
}
///`Method`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum Method {
    #[serde(rename = "billingAddress")]
    BillingAddress,
    #[serde(rename = "verifiedAddress")]
    VerifiedAddress,
    #[serde(rename = "otherAddress")]
    OtherAddress,
    #[serde(rename = "store")]
    Store,
    #[serde(rename = "digital")]
    Digital,
    #[serde(rename = "unshippedTickets")]
    UnshippedTickets,
    #[serde(rename = "other")]
    Other,
}
impl ::std::fmt::Display for Method {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BillingAddress => f.write_str("billingAddress"),
            Self::VerifiedAddress => f.write_str("verifiedAddress"),
            Self::OtherAddress => f.write_str("otherAddress"),
            Self::Store => f.write_str("store"),
            Self::Digital => f.write_str("digital"),
            Self::UnshippedTickets => f.write_str("unshippedTickets"),
            Self::Other => f.write_str("other"),
        }
    }
}
impl ::std::str::FromStr for Method {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "billingAddress" => Ok(Self::BillingAddress),
            "verifiedAddress" => Ok(Self::VerifiedAddress),
            "otherAddress" => Ok(Self::OtherAddress),
            "store" => Ok(Self::Store),
            "digital" => Ok(Self::Digital),
            "unshippedTickets" => Ok(Self::UnshippedTickets),
            "other" => Ok(Self::Other),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for Method {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Method {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`MiddleName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MiddleName(::std::string::String);
impl ::std::ops::Deref for MiddleName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MiddleName> for ::std::string::String {
    fn from(value: MiddleName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MiddleName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 22usize {
            return Err("longer than 22 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^(?!\\s*$).*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^(?!\\s*$).*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MiddleName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MiddleName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MiddleName {
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
///`Name`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Name(::std::string::String);
impl ::std::ops::Deref for Name {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Name> for ::std::string::String {
    fn from(value: Name) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Name {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 25usize {
            return Err("longer than 25 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9 ]*?[A-Za-z0-9][A-Za-z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9 ]*?[A-Za-z0-9][A-Za-z0-9 ]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Name {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Name {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Name {
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
///`Namespace`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Namespace(::std::string::String);
impl ::std::ops::Deref for Namespace {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Namespace> for ::std::string::String {
    fn from(value: Namespace) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Namespace {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[^_][^ &<]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[^_][^ &<]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Namespace {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Namespace {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Namespace {
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
///Text shown on the customer's statement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Narrative {
    pub line1: Line1,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line2: ::std::option::Option<Line2>,
}
///`NetworkScore`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct NetworkScore(::std::string::String);
impl ::std::ops::Deref for NetworkScore {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<NetworkScore> for ::std::string::String {
    fn from(value: NetworkScore) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for NetworkScore {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2usize {
            return Err("longer than 2 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for NetworkScore {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NetworkScore {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for NetworkScore {
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
///`OrderReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OrderReference(::std::string::String);
impl ::std::ops::Deref for OrderReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderReference> for ::std::string::String {
    fn from(value: OrderReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[-A-Za-z0-9_!@#$%()*=.:;?\\[\\]{}~/+]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[-A-Za-z0-9_!@#$%()*=.:;?\\[\\]{}~/+]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderReference {
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
///Answer to a partial refund.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PartialRefundResponse {
    #[serde(rename = "_actions", default = "defaults::partial_refund_response_actions")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub actions: crate::hal::Links,
    #[serde(rename = "_links", default = "defaults::partial_refund_response_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<PartialRefundResponseOutcome>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for PartialRefundResponse {
    fn default() -> Self {
        Self {
            actions: defaults::partial_refund_response_actions(),
            links: defaults::partial_refund_response_links(),
            outcome: Default::default(),
            payment_id: Default::default(),
        }
    }
}
///`PartialRefundResponseOutcome`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PartialRefundResponseOutcome {
    #[serde(rename = "sentForPartialRefund")]
    SentForPartialRefund,
}
impl ::std::fmt::Display for PartialRefundResponseOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::SentForPartialRefund => f.write_str("sentForPartialRefund"),
        }
    }
}
impl ::std::str::FromStr for PartialRefundResponseOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "sentForPartialRefund" => Ok(Self::SentForPartialRefund),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PartialRefundResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PartialRefundResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Answer to a partial settlement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PartialSettleResponse {
    #[serde(rename = "_actions", default = "defaults::partial_settle_response_actions")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub actions: crate::hal::Links,
    #[serde(rename = "_links", default = "defaults::partial_settle_response_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<PartialSettleResponseOutcome>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for PartialSettleResponse {
    fn default() -> Self {
        Self {
            actions: defaults::partial_settle_response_actions(),
            links: defaults::partial_settle_response_links(),
            outcome: Default::default(),
            payment_id: Default::default(),
        }
    }
}
///`PartialSettleResponseOutcome`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PartialSettleResponseOutcome {
    #[serde(rename = "sentForSettlement")]
    SentForSettlement,
}
impl ::std::fmt::Display for PartialSettleResponseOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::SentForSettlement => f.write_str("sentForSettlement"),
        }
    }
}
impl ::std::str::FromStr for PartialSettleResponseOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "sentForSettlement" => Ok(Self::SentForSettlement),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PartialSettleResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PartialSettleResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A refused payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentRefusedResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub advice: ::std::option::Option<Advice>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<PaymentsExemption>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fraud: ::std::option::Option<Fraud>,
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentsResponsePaymentInstrument>,
    #[serde(
        rename = "refusalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refusal_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "refusalDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refusal_description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "riskFactors",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub risk_factors: ::std::vec::Vec<RiskFactor>,
    #[serde(rename = "threeDS", skip_serializing_if = "::std::option::Option::is_none")]
    pub three_ds: ::std::option::Option<ThreeDs>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<Token>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<
        crate::payments_2024::types::PaymentsUpdatedPaymentInstrument,
    >,
}
///A payment request.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<PaymentRequestChannel>,
    pub instruction: crate::payments_2024::types::PaymentsInstruction,
    pub merchant: Merchant,
    #[serde(
        rename = "orderReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_reference: ::std::option::Option<OrderReference>,
    #[serde(rename = "transactionReference")]
    pub transaction_reference: TransactionReference,
}
///`PaymentRequestChannel`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PaymentRequestChannel {
    #[serde(rename = "ecom")]
    Ecom,
    #[serde(rename = "moto")]
    Moto,
}
impl ::std::fmt::Display for PaymentRequestChannel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Ecom => f.write_str("ecom"),
            Self::Moto => f.write_str("moto"),
        }
    }
}
impl ::std::str::FromStr for PaymentRequestChannel {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ecom" => Ok(Self::Ecom),
            "moto" => Ok(Self::Moto),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentRequestChannel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentRequestChannel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///An Apple Pay payment instruction.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsApplepayInstruction {
    #[serde(
        rename = "consumerBillPayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumer_bill_payment: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer: ::std::option::Option<Customer>,
    #[serde(
        rename = "customerAgreement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_agreement: ::std::option::Option<
        crate::payments_2024::types::PaymentsCustomerAgreement,
    >,
    #[serde(
        rename = "debtRepayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debt_repayment: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<Exemption>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fraud: ::std::option::Option<PaymentsFraud>,
    #[serde(
        rename = "fundsTransfer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funds_transfer: ::std::option::Option<PaymentsFundsTransfer>,
    pub narrative: Narrative,
    #[serde(rename = "paymentInstrument")]
    pub payment_instrument: crate::payments_2024::types::PaymentInstrument,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recipient: ::std::option::Option<PaymentsRecipient>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub settlement: ::std::option::Option<Settlement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<Shipping>,
    #[serde(rename = "threeDS", skip_serializing_if = "::std::option::Option::is_none")]
    pub three_ds: ::std::option::Option<crate::payments_2024::types::PaymentsThreeDs>,
    #[serde(
        rename = "tokenCreation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_creation: ::std::option::Option<TokenCreation>,
    pub value: Value,
}
///A bank account.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsBankAccount {
    #[serde(
        rename = "accountNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_number: ::std::option::Option<
        crate::payments_2024::types::AccountNumber,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<crate::payments_2024::types::Iban>,
    #[serde(rename = "identifierType")]
    pub identifier_type: IdentifierType,
    #[serde(
        rename = "routingNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub routing_number: ::std::option::Option<
        crate::payments_2024::types::RoutingNumber,
    >,
    #[serde(rename = "swiftBic", skip_serializing_if = "::std::option::Option::is_none")]
    pub swift_bic: ::std::option::Option<SwiftBic>,
}
///The cardholder's billing address.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsBillingAddress {
    pub address1: PaymentsBillingAddressAddress1,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<PaymentsBillingAddressAddress2>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<PaymentsBillingAddressAddress3>,
    pub city: PaymentsBillingAddressCity,
    #[serde(rename = "countryCode")]
    pub country_code: PaymentsBillingAddressCountryCode,
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<PaymentsBillingAddressPostalCode>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<PaymentsBillingAddressState>,
}
///`PaymentsBillingAddressAddress1`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsBillingAddressAddress1(::std::string::String);
impl ::std::ops::Deref for PaymentsBillingAddressAddress1 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsBillingAddressAddress1> for ::std::string::String {
    fn from(value: PaymentsBillingAddressAddress1) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsBillingAddressAddress1 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 80usize {
            return Err("longer than 80 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsBillingAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsBillingAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsBillingAddressAddress1 {
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
///`PaymentsBillingAddressAddress2`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsBillingAddressAddress2(::std::string::String);
impl ::std::ops::Deref for PaymentsBillingAddressAddress2 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsBillingAddressAddress2> for ::std::string::String {
    fn from(value: PaymentsBillingAddressAddress2) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsBillingAddressAddress2 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 80usize {
            return Err("longer than 80 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsBillingAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsBillingAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsBillingAddressAddress2 {
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
///`PaymentsBillingAddressAddress3`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsBillingAddressAddress3(::std::string::String);
impl ::std::ops::Deref for PaymentsBillingAddressAddress3 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsBillingAddressAddress3> for ::std::string::String {
    fn from(value: PaymentsBillingAddressAddress3) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsBillingAddressAddress3 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 80usize {
            return Err("longer than 80 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsBillingAddressAddress3 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsBillingAddressAddress3 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsBillingAddressAddress3 {
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
///`PaymentsBillingAddressCity`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsBillingAddressCity(::std::string::String);
impl ::std::ops::Deref for PaymentsBillingAddressCity {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsBillingAddressCity> for ::std::string::String {
    fn from(value: PaymentsBillingAddressCity) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsBillingAddressCity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsBillingAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsBillingAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsBillingAddressCity {
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
///`PaymentsBillingAddressCountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsBillingAddressCountryCode(::std::string::String);
impl ::std::ops::Deref for PaymentsBillingAddressCountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsBillingAddressCountryCode> for ::std::string::String {
    fn from(value: PaymentsBillingAddressCountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsBillingAddressCountryCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsBillingAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsBillingAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsBillingAddressCountryCode {
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
///`PaymentsBillingAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsBillingAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for PaymentsBillingAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsBillingAddressPostalCode> for ::std::string::String {
    fn from(value: PaymentsBillingAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsBillingAddressPostalCode {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsBillingAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsBillingAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsBillingAddressPostalCode {
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
///The cardholder's billing address.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsBillingAddressReceived {
    pub address1: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<::std::string::String>,
    pub city: ::std::string::String,
    #[serde(rename = "countryCode")]
    pub country_code: ::std::string::String,
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}
///`PaymentsBillingAddressState`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsBillingAddressState(::std::string::String);
impl ::std::ops::Deref for PaymentsBillingAddressState {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsBillingAddressState> for ::std::string::String {
    fn from(value: PaymentsBillingAddressState) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsBillingAddressState {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsBillingAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsBillingAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsBillingAddressState {
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
///A card account.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsCardAccount {
    #[serde(rename = "cardNumber")]
    pub card_number: crate::payments_2024::types::PaymentsCardAccountCardNumber,
}
///A card payment instruction.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsCardInstruction {
    #[serde(
        rename = "consumerBillPayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumer_bill_payment: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer: ::std::option::Option<Customer>,
    #[serde(
        rename = "customerAgreement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_agreement: ::std::option::Option<
        crate::payments_2024::types::PaymentsCustomerAgreement,
    >,
    #[serde(
        rename = "debtRepayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debt_repayment: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<Exemption>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fraud: ::std::option::Option<PaymentsFraud>,
    #[serde(
        rename = "fundsTransfer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funds_transfer: ::std::option::Option<PaymentsFundsTransfer>,
    pub narrative: Narrative,
    #[serde(rename = "paymentInstrument")]
    pub payment_instrument: crate::payments_2024::types::PaymentsCardInstructionPaymentInstrument,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recipient: ::std::option::Option<PaymentsRecipient>,
    #[serde(
        rename = "requestAccountUpdater",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_account_updater: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub settlement: ::std::option::Option<Settlement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<Shipping>,
    #[serde(rename = "threeDS", skip_serializing_if = "::std::option::Option::is_none")]
    pub three_ds: ::std::option::Option<crate::payments_2024::types::PaymentsThreeDs>,
    #[serde(
        rename = "tokenCreation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_creation: ::std::option::Option<TokenCreation>,
    pub value: Value,
}
///A card-on-file agreement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsCardOnFileCustomerAgreement {
    #[serde(rename = "storedCardUsage")]
    pub stored_card_usage: StoredCardUsage,
}
///Card details in full.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsCardPlainPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<PaymentsBillingAddress>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::payments_2024::types::PaymentsCardPlainPaymentInstrumentCardHolderName,
    >,
    #[serde(rename = "cardNumber")]
    pub card_number: crate::payments_2024::types::PaymentsCardPlainPaymentInstrumentCardNumber,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cvc: ::std::option::Option<crate::payments_2024::types::Cvc>,
    #[serde(rename = "expiryDate")]
    pub expiry_date: ExpiryDate,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub routing: ::std::option::Option<Routing>,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///Wallet card details decrypted by the merchant.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsDecryptedPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<PaymentsBillingAddress>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cryptogram: ::std::option::Option<crate::payments_2024::types::Cryptogram>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub eci: ::std::option::Option<Eci>,
    #[serde(rename = "expiryDate")]
    pub expiry_date: ExpiryDate,
    pub number: crate::payments_2024::types::PaymentsDecryptedPaymentInstrumentCardNumber,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///An account identified by e-mail address.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsEmailAccount {
    #[serde(rename = "emailAddress")]
    pub email_address: EmailAddress,
}
///An encrypted wallet token.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsEncryptedPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<PaymentsBillingAddress>,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    #[serde(rename = "walletToken")]
    pub wallet_token: crate::payments_2024::types::WalletToken,
}
///The SCA exemption applied to the payment, if any.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsExemption {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub granted: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub placement: ::std::option::Option<PaymentsExemptionPlacement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<crate::payments_2024::types::Reason>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub result: ::std::option::Option<
        crate::payments_2024::types::PaymentsExemptionResult,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::payments_2024::types::PaymentsExemptionType>,
}
///`PaymentsExemptionPlacement`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PaymentsExemptionPlacement {
    #[serde(rename = "authorization")]
    Authorization,
}
impl ::std::fmt::Display for PaymentsExemptionPlacement {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Authorization => f.write_str("authorization"),
        }
    }
}
impl ::std::str::FromStr for PaymentsExemptionPlacement {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "authorization" => Ok(Self::Authorization),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsExemptionPlacement {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsExemptionPlacement {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Where and which exemption to ask for.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsExemptionRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub placement: ::std::option::Option<Placement>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<PaymentsExemptionRequestType>,
}
///`PaymentsExemptionRequestType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PaymentsExemptionRequestType {
    #[serde(rename = "optimized")]
    Optimized,
    #[serde(rename = "lowValue")]
    LowValue,
    #[serde(rename = "lowRisk")]
    LowRisk,
}
impl ::std::fmt::Display for PaymentsExemptionRequestType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Optimized => f.write_str("optimized"),
            Self::LowValue => f.write_str("lowValue"),
            Self::LowRisk => f.write_str("lowRisk"),
        }
    }
}
impl ::std::str::FromStr for PaymentsExemptionRequestType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "optimized" => Ok(Self::Optimized),
            "lowValue" => Ok(Self::LowValue),
            "lowRisk" => Ok(Self::LowRisk),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsExemptionRequestType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsExemptionRequestType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::default::Default for PaymentsExemptionRequestType {
    fn default() -> Self {
        PaymentsExemptionRequestType::Optimized
    }
}
///3DS performed outside Worldpay.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsExternalThreeDs {
    #[serde(
        rename = "authenticationFlow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authentication_flow: ::std::option::Option<AuthenticationFlow>,
    #[serde(
        rename = "authenticationValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authentication_value: ::std::option::Option<
        crate::payments_2024::types::AuthenticationValue,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<PaymentsExternalThreeDsBrand>,
    #[serde(
        rename = "challengePreference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub challenge_preference: ::std::option::Option<ChallengePreference>,
    #[serde(
        rename = "cryptogramAlgorithm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cryptogram_algorithm: ::std::option::Option<CryptogramAlgorithm>,
    #[serde(
        rename = "dsTransactionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ds_transaction_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub eci: ::std::option::Option<PaymentsExternalThreeDsEci>,
    #[serde(
        rename = "networkScore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_score: ::std::option::Option<NetworkScore>,
    pub version: Version,
}
///`PaymentsExternalThreeDsBrand`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PaymentsExternalThreeDsBrand {
    #[serde(rename = "cartesBancaires")]
    CartesBancaires,
}
impl ::std::fmt::Display for PaymentsExternalThreeDsBrand {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CartesBancaires => f.write_str("cartesBancaires"),
        }
    }
}
impl ::std::str::FromStr for PaymentsExternalThreeDsBrand {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "cartesBancaires" => Ok(Self::CartesBancaires),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsExternalThreeDsBrand {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsExternalThreeDsBrand {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`PaymentsExternalThreeDsEci`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PaymentsExternalThreeDsEci {
    #[serde(rename = "00")]
    X00,
    #[serde(rename = "01")]
    X01,
    #[serde(rename = "02")]
    X02,
    #[serde(rename = "05")]
    X05,
    #[serde(rename = "06")]
    X06,
    #[serde(rename = "07")]
    X07,
}
impl ::std::fmt::Display for PaymentsExternalThreeDsEci {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X00 => f.write_str("00"),
            Self::X01 => f.write_str("01"),
            Self::X02 => f.write_str("02"),
            Self::X05 => f.write_str("05"),
            Self::X06 => f.write_str("06"),
            Self::X07 => f.write_str("07"),
        }
    }
}
impl ::std::str::FromStr for PaymentsExternalThreeDsEci {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "00" => Ok(Self::X00),
            "01" => Ok(Self::X01),
            "02" => Ok(Self::X02),
            "05" => Ok(Self::X05),
            "06" => Ok(Self::X06),
            "07" => Ok(Self::X07),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsExternalThreeDsEci {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsExternalThreeDsEci {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Fraud screening options.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsFraud {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom: ::std::option::Option<Custom>,
    #[serde(rename = "silentMode", default)]
    pub silent_mode: bool,
    #[serde(
        rename = "tmxSessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tmx_session_id: ::std::option::Option<TmxSessionId>,
    #[serde(rename = "type")]
    pub type_: PaymentsFraudType,
}
///`PaymentsFraudType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PaymentsFraudType {
    #[serde(rename = "fraudSight")]
    FraudSight,
}
impl ::std::fmt::Display for PaymentsFraudType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::FraudSight => f.write_str("fraudSight"),
        }
    }
}
impl ::std::str::FromStr for PaymentsFraudType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "fraudSight" => Ok(Self::FraudSight),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsFraudType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsFraudType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::default::Default for PaymentsFraudType {
    fn default() -> Self {
        PaymentsFraudType::FraudSight
    }
}
///The recipient of a funds transfer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsFundsRecipient {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<
        crate::payments_2024::types::PaymentsRecipientAccount,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<PaymentsTransferAddress>,
    #[serde(
        rename = "dateOfBirth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_of_birth: ::std::option::Option<crate::format::Date>,
    #[serde(
        rename = "documentReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_reference: ::std::option::Option<DocumentReference>,
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<PaymentsFundsRecipientFirstName>,
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<PaymentsFundsRecipientLastName>,
    #[serde(
        rename = "middleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub middle_name: ::std::option::Option<MiddleName>,
    #[serde(
        rename = "phoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub phone_number: ::std::option::Option<PhoneNumber>,
}
///`PaymentsFundsRecipientFirstName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsFundsRecipientFirstName(::std::string::String);
impl ::std::ops::Deref for PaymentsFundsRecipientFirstName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsFundsRecipientFirstName> for ::std::string::String {
    fn from(value: PaymentsFundsRecipientFirstName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsFundsRecipientFirstName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 22usize {
            return Err("longer than 22 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^(?!\\s*$).*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^(?!\\s*$).*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsFundsRecipientFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsFundsRecipientFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsFundsRecipientFirstName {
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
///`PaymentsFundsRecipientLastName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsFundsRecipientLastName(::std::string::String);
impl ::std::ops::Deref for PaymentsFundsRecipientLastName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsFundsRecipientLastName> for ::std::string::String {
    fn from(value: PaymentsFundsRecipientLastName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsFundsRecipientLastName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 22usize {
            return Err("longer than 22 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^(?!\\s*$).*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^(?!\\s*$).*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsFundsRecipientLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsFundsRecipientLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsFundsRecipientLastName {
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
///The sender of a funds transfer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsFundsSender {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<PaymentsTransferAddress>,
    #[serde(
        rename = "dateOfBirth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_of_birth: ::std::option::Option<crate::format::Date>,
    #[serde(
        rename = "documentReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_reference: ::std::option::Option<DocumentReference>,
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<PaymentsFundsRecipientFirstName>,
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<PaymentsFundsRecipientLastName>,
    #[serde(
        rename = "middleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub middle_name: ::std::option::Option<MiddleName>,
}
///A funds transfer (account funding) payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsFundsTransfer {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub purpose: ::std::option::Option<Purpose>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recipient: ::std::option::Option<PaymentsFundsRecipient>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sender: ::std::option::Option<PaymentsFundsSender>,
    #[serde(rename = "type")]
    pub type_: PaymentsFundsTransferType,
}
///`PaymentsFundsTransferType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PaymentsFundsTransferType {
    #[serde(rename = "accountToAccount")]
    AccountToAccount,
    #[serde(rename = "cash")]
    Cash,
    #[serde(rename = "disbursement")]
    Disbursement,
    #[serde(rename = "personToPerson")]
    PersonToPerson,
    #[serde(rename = "purchase")]
    Purchase,
    #[serde(rename = "topUp")]
    TopUp,
    #[serde(rename = "walletLoad")]
    WalletLoad,
}
impl ::std::fmt::Display for PaymentsFundsTransferType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AccountToAccount => f.write_str("accountToAccount"),
            Self::Cash => f.write_str("cash"),
            Self::Disbursement => f.write_str("disbursement"),
            Self::PersonToPerson => f.write_str("personToPerson"),
            Self::Purchase => f.write_str("purchase"),
            Self::TopUp => f.write_str("topUp"),
            Self::WalletLoad => f.write_str("walletLoad"),
        }
    }
}
impl ::std::str::FromStr for PaymentsFundsTransferType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "accountToAccount" => Ok(Self::AccountToAccount),
            "cash" => Ok(Self::Cash),
            "disbursement" => Ok(Self::Disbursement),
            "personToPerson" => Ok(Self::PersonToPerson),
            "purchase" => Ok(Self::Purchase),
            "topUp" => Ok(Self::TopUp),
            "walletLoad" => Ok(Self::WalletLoad),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsFundsTransferType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsFundsTransferType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Gift cards bought in the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsGiftCardsPurchase {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub quantity: ::std::option::Option<i32>,
    #[serde(
        rename = "totalValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_value: ::std::option::Option<Value>,
}
///A Google Pay payment instruction.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsGooglepayInstruction {
    #[serde(
        rename = "consumerBillPayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumer_bill_payment: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer: ::std::option::Option<Customer>,
    #[serde(
        rename = "customerAgreement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_agreement: ::std::option::Option<
        crate::payments_2024::types::PaymentsCustomerAgreement,
    >,
    #[serde(
        rename = "debtRepayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debt_repayment: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<Exemption>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fraud: ::std::option::Option<PaymentsFraud>,
    #[serde(
        rename = "fundsTransfer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funds_transfer: ::std::option::Option<PaymentsFundsTransfer>,
    pub narrative: Narrative,
    #[serde(rename = "paymentInstrument")]
    pub payment_instrument: crate::payments_2024::types::PaymentInstrument,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recipient: ::std::option::Option<PaymentsRecipient>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub settlement: ::std::option::Option<Settlement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<Shipping>,
    #[serde(rename = "threeDS", skip_serializing_if = "::std::option::Option::is_none")]
    pub three_ds: ::std::option::Option<crate::payments_2024::types::PaymentsThreeDs>,
    #[serde(
        rename = "tokenCreation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_creation: ::std::option::Option<TokenCreation>,
    pub value: Value,
}
///An installment agreement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsInstallmentCustomerAgreement {
    #[serde(
        rename = "installmentPlan",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub installment_plan: ::std::option::Option<InstallmentPlan>,
    #[serde(rename = "installmentType")]
    pub installment_type: InstallmentType,
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<SchemeReference>,
    #[serde(
        rename = "storedCardUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stored_card_usage: ::std::option::Option<StoredCardUsage>,
}
///3DS performed by Worldpay within the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsIntegratedThreeDs {
    #[serde(
        rename = "accountHistory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_history: ::std::option::Option<AccountHistory>,
    pub challenge: Challenge,
    #[serde(rename = "deviceData")]
    pub device_data: DeviceData,
    #[serde(
        rename = "exemptionOnOutage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exemption_on_outage: ::std::option::Option<bool>,
    #[serde(
        rename = "giftCardsPurchase",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gift_cards_purchase: ::std::option::Option<PaymentsGiftCardsPurchase>,
    pub mode: PaymentsIntegratedThreeDsMode,
    #[serde(
        rename = "preOrderDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pre_order_date: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "previousSuspiciousActivity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub previous_suspicious_activity: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reorder: ::std::option::Option<bool>,
    #[serde(
        rename = "transactionHistory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_history: ::std::option::Option<TransactionHistory>,
    #[serde(rename = "userType", skip_serializing_if = "::std::option::Option::is_none")]
    pub user_type: ::std::option::Option<UserType>,
}
///`PaymentsIntegratedThreeDsMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PaymentsIntegratedThreeDsMode {
    #[serde(rename = "always")]
    Always,
}
impl ::std::fmt::Display for PaymentsIntegratedThreeDsMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Always => f.write_str("always"),
        }
    }
}
impl ::std::str::FromStr for PaymentsIntegratedThreeDsMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "always" => Ok(Self::Always),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsIntegratedThreeDsMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsIntegratedThreeDsMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A scheme network token.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsNetworkTokenPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<PaymentsBillingAddress>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::payments_2024::types::PaymentsNetworkTokenPaymentInstrumentCardHolderName,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cryptogram: ::std::option::Option<crate::payments_2024::types::Cryptogram>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub eci: ::std::option::Option<Eci>,
    #[serde(rename = "expiryDate")]
    pub expiry_date: ExpiryDate,
    #[serde(rename = "tokenNumber")]
    pub token_number: crate::payments_2024::types::TokenNumber,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///A partial refund.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPartialRefundRequest {
    pub reference: Reference,
    pub value: Value,
}
///A partial settlement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPartialSettleRequest {
    pub reference: Reference,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sequence: ::std::option::Option<PaymentsSequence>,
    pub value: Value,
}
///The payment facilitator acting for a sub-merchant.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPaymentFacilitator {
    #[serde(
        rename = "independentSalesOrganizationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub independent_sales_organization_id: ::std::option::Option<
        IndependentSalesOrganizationId,
    >,
    #[serde(rename = "schemeId")]
    pub scheme_id: SchemeId,
    #[serde(rename = "subMerchant")]
    pub sub_merchant: PaymentsSubMerchant,
}
///A payment instrument, tagged by `type`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPaymentInstrument {
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///An account identified by phone number.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPhoneAccount {
    #[serde(rename = "phoneNumber")]
    pub phone_number: PhoneNumber,
}
///Updated card details, masked.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPlainMaskedUpdatedPaymentInstrument {
    #[serde(
        rename = "accountUpdaterMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_updater_message: ::std::option::Option<
        crate::payments_2024::types::AccountUpdaterMessage,
    >,
    #[serde(
        rename = "appliedNetworkToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub applied_network_token: ::std::option::Option<bool>,
    #[serde(rename = "cardBin", skip_serializing_if = "::std::option::Option::is_none")]
    pub card_bin: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cardBrand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_brand: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ExpiryDateReceived>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastFour", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_four: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///Updated card details, in full.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPlainUpdatedPaymentInstrument {
    #[serde(
        rename = "accountUpdaterMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_updater_message: ::std::option::Option<
        crate::payments_2024::types::AccountUpdaterMessage,
    >,
    #[serde(
        rename = "appliedNetworkToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub applied_network_token: ::std::option::Option<bool>,
    #[serde(
        rename = "cardBrand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_brand: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<crate::payments_2024::types::CardNumber>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ExpiryDateReceived>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///The recipient of a payment (debt repayment).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsRecipient {
    #[serde(
        rename = "accountReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_reference: ::std::option::Option<AccountReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<PaymentsRecipientAddress>,
    #[serde(
        rename = "dateOfBirth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_of_birth: ::std::option::Option<crate::format::Date>,
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<PaymentsRecipientLastName>,
}
///The recipient's address.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsRecipientAddress {
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<PaymentsRecipientAddressPostalCode>,
}
///`PaymentsRecipientAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsRecipientAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for PaymentsRecipientAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsRecipientAddressPostalCode> for ::std::string::String {
    fn from(value: PaymentsRecipientAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsRecipientAddressPostalCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10usize {
            return Err("longer than 10 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsRecipientAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsRecipientAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsRecipientAddressPostalCode {
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
///`PaymentsRecipientLastName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsRecipientLastName(::std::string::String);
impl ::std::ops::Deref for PaymentsRecipientLastName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsRecipientLastName> for ::std::string::String {
    fn from(value: PaymentsRecipientLastName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsRecipientLastName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 22usize {
            return Err("longer than 22 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z@!£*#$)(+\\-_=.,/;:'\"]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z@!£*#$)(+\\-_=.,/;:'\"]*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsRecipientLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsRecipientLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsRecipientLastName {
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
///A payment answer with only its outcome and reference.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsResponse {
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
}
///The card used, as Worldpay describes it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsResponsePaymentInstrument {
    #[serde(rename = "cardBin", skip_serializing_if = "::std::option::Option::is_none")]
    pub card_bin: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cardBrand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_brand: ::std::option::Option<crate::payments_2024::types::CardBrand>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<crate::payments_2024::types::Category>,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ExpiryDateReceived>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<crate::payments_2024::types::FundingType>,
    #[serde(
        rename = "issuerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issuer_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastFour", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_four: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentAccountReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_account_reference: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
///Body of a reversal (no fields are defined).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentsReversalRequest(pub ::serde_json::Value);
impl ::std::ops::Deref for PaymentsReversalRequest {
    type Target = ::serde_json::Value;
    fn deref(&self) -> &::serde_json::Value {
        &self.0
    }
}
impl ::std::convert::From<PaymentsReversalRequest> for ::serde_json::Value {
    fn from(value: PaymentsReversalRequest) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Value> for PaymentsReversalRequest {
    fn from(value: ::serde_json::Value) -> Self {
        Self(value)
    }
}
///Position of a partial settlement in a planned series.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsSequence {
    pub number: i32,
    pub total: i32,
}
///Body of a full settlement (no fields are defined).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PaymentsSettleRequest(pub ::serde_json::Value);
impl ::std::ops::Deref for PaymentsSettleRequest {
    type Target = ::serde_json::Value;
    fn deref(&self) -> &::serde_json::Value {
        &self.0
    }
}
impl ::std::convert::From<PaymentsSettleRequest> for ::serde_json::Value {
    fn from(value: PaymentsSettleRequest) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Value> for PaymentsSettleRequest {
    fn from(value: ::serde_json::Value) -> Self {
        Self(value)
    }
}
///The shipping address.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsShippingAddress {
    pub address1: PaymentsShippingAddressAddress1,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<PaymentsShippingAddressAddress2>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address3: ::std::option::Option<Address3>,
    pub city: PaymentsShippingAddressCity,
    #[serde(rename = "countryCode")]
    pub country_code: PaymentsShippingAddressCountryCode,
    #[serde(rename = "postalCode")]
    pub postal_code: PaymentsShippingAddressPostalCode,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<PaymentsShippingAddressState>,
}
///`PaymentsShippingAddressAddress1`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsShippingAddressAddress1(::std::string::String);
impl ::std::ops::Deref for PaymentsShippingAddressAddress1 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsShippingAddressAddress1> for ::std::string::String {
    fn from(value: PaymentsShippingAddressAddress1) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsShippingAddressAddress1 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 80usize {
            return Err("longer than 80 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsShippingAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsShippingAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsShippingAddressAddress1 {
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
///`PaymentsShippingAddressAddress2`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsShippingAddressAddress2(::std::string::String);
impl ::std::ops::Deref for PaymentsShippingAddressAddress2 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsShippingAddressAddress2> for ::std::string::String {
    fn from(value: PaymentsShippingAddressAddress2) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsShippingAddressAddress2 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 80usize {
            return Err("longer than 80 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsShippingAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsShippingAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsShippingAddressAddress2 {
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
///`PaymentsShippingAddressCity`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsShippingAddressCity(::std::string::String);
impl ::std::ops::Deref for PaymentsShippingAddressCity {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsShippingAddressCity> for ::std::string::String {
    fn from(value: PaymentsShippingAddressCity) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsShippingAddressCity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsShippingAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsShippingAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsShippingAddressCity {
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
///`PaymentsShippingAddressCountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsShippingAddressCountryCode(::std::string::String);
impl ::std::ops::Deref for PaymentsShippingAddressCountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsShippingAddressCountryCode> for ::std::string::String {
    fn from(value: PaymentsShippingAddressCountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsShippingAddressCountryCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsShippingAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsShippingAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsShippingAddressCountryCode {
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
///`PaymentsShippingAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsShippingAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for PaymentsShippingAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsShippingAddressPostalCode> for ::std::string::String {
    fn from(value: PaymentsShippingAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsShippingAddressPostalCode {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsShippingAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsShippingAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsShippingAddressPostalCode {
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
///`PaymentsShippingAddressState`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsShippingAddressState(::std::string::String);
impl ::std::ops::Deref for PaymentsShippingAddressState {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsShippingAddressState> for ::std::string::String {
    fn from(value: PaymentsShippingAddressState) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsShippingAddressState {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsShippingAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsShippingAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsShippingAddressState {
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
///An account identified by a social network reference.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsSocialNetworkAccount {
    #[serde(rename = "socialNetworkReference")]
    pub social_network_reference: SocialNetworkReference,
}
///The sub-merchant of a payment facilitator.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsSubMerchant {
    pub address: PaymentsSubMerchantAddress,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<PaymentsSubMerchantEmail>,
    pub name: Name,
    #[serde(
        rename = "phoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub phone_number: ::std::option::Option<PhoneNumber>,
    pub reference: PaymentsSubMerchantReference,
    #[serde(
        rename = "taxReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_reference: ::std::option::Option<TaxReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<Url>,
}
///The sub-merchant's address.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsSubMerchantAddress {
    pub city: PaymentsSubMerchantAddressCity,
    #[serde(rename = "countryCode")]
    pub country_code: CountryCode,
    #[serde(rename = "postalCode")]
    pub postal_code: PostalCode,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<State>,
    pub street: Street,
}
///`PaymentsSubMerchantAddressCity`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsSubMerchantAddressCity(::std::string::String);
impl ::std::ops::Deref for PaymentsSubMerchantAddressCity {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsSubMerchantAddressCity> for ::std::string::String {
    fn from(value: PaymentsSubMerchantAddressCity) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsSubMerchantAddressCity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 13usize {
            return Err("longer than 13 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z\\s-]*?[A-Za-z-][A-Za-z\\s-]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z\\s-]*?[A-Za-z-][A-Za-z\\s-]*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsSubMerchantAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsSubMerchantAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsSubMerchantAddressCity {
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
///`PaymentsSubMerchantEmail`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsSubMerchantEmail(::std::string::String);
impl ::std::ops::Deref for PaymentsSubMerchantEmail {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsSubMerchantEmail> for ::std::string::String {
    fn from(value: PaymentsSubMerchantEmail) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsSubMerchantEmail {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 40usize {
            return Err("longer than 40 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^.+@.+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^.+@.+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsSubMerchantEmail {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsSubMerchantEmail {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsSubMerchantEmail {
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
///`PaymentsSubMerchantReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsSubMerchantReference(::std::string::String);
impl ::std::ops::Deref for PaymentsSubMerchantReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsSubMerchantReference> for ::std::string::String {
    fn from(value: PaymentsSubMerchantReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsSubMerchantReference {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsSubMerchantReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsSubMerchantReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsSubMerchantReference {
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
///A subscription agreement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsSubscriptionCustomerAgreement {
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<SchemeReference>,
    #[serde(rename = "storedCardUsage")]
    pub stored_card_usage: StoredCardUsage,
}
///An address of a funds transfer party.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsTransferAddress {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<PaymentsTransferAddressAddress1>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<PaymentsTransferAddressAddress2>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<PaymentsTransferAddressCity>,
    #[serde(rename = "countryCode")]
    pub country_code: PaymentsTransferAddressCountryCode,
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<PostalCode>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<State>,
}
///`PaymentsTransferAddressAddress1`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsTransferAddressAddress1(::std::string::String);
impl ::std::ops::Deref for PaymentsTransferAddressAddress1 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsTransferAddressAddress1> for ::std::string::String {
    fn from(value: PaymentsTransferAddressAddress1) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsTransferAddressAddress1 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 80usize {
            return Err("longer than 80 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsTransferAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsTransferAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsTransferAddressAddress1 {
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
///`PaymentsTransferAddressAddress2`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsTransferAddressAddress2(::std::string::String);
impl ::std::ops::Deref for PaymentsTransferAddressAddress2 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsTransferAddressAddress2> for ::std::string::String {
    fn from(value: PaymentsTransferAddressAddress2) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsTransferAddressAddress2 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 80usize {
            return Err("longer than 80 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsTransferAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsTransferAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsTransferAddressAddress2 {
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
///`PaymentsTransferAddressCity`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsTransferAddressCity(::std::string::String);
impl ::std::ops::Deref for PaymentsTransferAddressCity {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsTransferAddressCity> for ::std::string::String {
    fn from(value: PaymentsTransferAddressCity) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsTransferAddressCity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsTransferAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsTransferAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsTransferAddressCity {
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
///`PaymentsTransferAddressCountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsTransferAddressCountryCode(::std::string::String);
impl ::std::ops::Deref for PaymentsTransferAddressCountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsTransferAddressCountryCode> for ::std::string::String {
    fn from(value: PaymentsTransferAddressCountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsTransferAddressCountryCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsTransferAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsTransferAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsTransferAddressCountryCode {
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
///An unscheduled agreement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsUnscheduledCustomerAgreement {
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<SchemeReference>,
}
///A wallet account.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsWalletAccount {
    #[serde(rename = "walletReference")]
    pub wallet_reference: WalletReference,
}
///`Phone`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Phone(::std::string::String);
impl ::std::ops::Deref for Phone {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Phone> for ::std::string::String {
    fn from(value: Phone) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Phone {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        if value.chars().count() < 4usize {
            return Err("shorter than 4 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Phone {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Phone {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Phone {
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
///`PhoneNumber`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PhoneNumber(::std::string::String);
impl ::std::ops::Deref for PhoneNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PhoneNumber> for ::std::string::String {
    fn from(value: PhoneNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PhoneNumber {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        if value.chars().count() < 4usize {
            return Err("shorter than 4 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^[0-9\\s()+\\-/.x]*?[0-9()+\\-/.x][0-9\\s()+\\-/.x]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[0-9\\s()+\\-/.x]*?[0-9()+\\-/.x][0-9\\s()+\\-/.x]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PhoneNumber {
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
///`Placement`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum Placement {
    #[serde(rename = "optimized")]
    Optimized,
    #[serde(rename = "authorization")]
    Authorization,
    #[serde(rename = "authentication")]
    Authentication,
}
impl ::std::fmt::Display for Placement {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Optimized => f.write_str("optimized"),
            Self::Authorization => f.write_str("authorization"),
            Self::Authentication => f.write_str("authentication"),
        }
    }
}
impl ::std::str::FromStr for Placement {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "optimized" => Ok(Self::Optimized),
            "authorization" => Ok(Self::Authorization),
            "authentication" => Ok(Self::Authentication),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for Placement {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Placement {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::default::Default for Placement {
    fn default() -> Self {
        Placement::Optimized
    }
}
///`PostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PostalCode(::std::string::String);
impl ::std::ops::Deref for PostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PostalCode> for ::std::string::String {
    fn from(value: PostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PostalCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10usize {
            return Err("longer than 10 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PostalCode {
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
///`Preference`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum Preference {
    #[serde(rename = "noPreference")]
    NoPreference,
    #[serde(rename = "noChallengeRequested")]
    NoChallengeRequested,
    #[serde(rename = "challengeRequested")]
    ChallengeRequested,
    #[serde(rename = "challengeMandated")]
    ChallengeMandated,
    #[serde(rename = "noChallengeRequestedTRAPerformed")]
    NoChallengeRequestedTraPerformed,
}
impl ::std::fmt::Display for Preference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NoPreference => f.write_str("noPreference"),
            Self::NoChallengeRequested => f.write_str("noChallengeRequested"),
            Self::ChallengeRequested => f.write_str("challengeRequested"),
            Self::ChallengeMandated => f.write_str("challengeMandated"),
            Self::NoChallengeRequestedTraPerformed => {
                f.write_str("noChallengeRequestedTRAPerformed")
            }
        }
    }
}
impl ::std::str::FromStr for Preference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "noPreference" => Ok(Self::NoPreference),
            "noChallengeRequested" => Ok(Self::NoChallengeRequested),
            "challengeRequested" => Ok(Self::ChallengeRequested),
            "challengeMandated" => Ok(Self::ChallengeMandated),
            "noChallengeRequestedTRAPerformed" => {
                Ok(Self::NoChallengeRequestedTraPerformed)
            }
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for Preference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Preference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`PreferredCardBrand`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum PreferredCardBrand {
    #[serde(rename = "visa")]
    Visa,
    #[serde(rename = "mastercard")]
    Mastercard,
    #[serde(rename = "maestro")]
    Maestro,
    #[serde(rename = "amex")]
    Amex,
    #[serde(rename = "cartesBancaires")]
    CartesBancaires,
    #[serde(rename = "diners")]
    Diners,
    #[serde(rename = "dankort")]
    Dankort,
    #[serde(rename = "jcb")]
    Jcb,
    #[serde(rename = "discover")]
    Discover,
    #[serde(rename = "elo")]
    Elo,
    #[serde(rename = "eftposAU")]
    EftposAu,
}
impl ::std::fmt::Display for PreferredCardBrand {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Visa => f.write_str("visa"),
            Self::Mastercard => f.write_str("mastercard"),
            Self::Maestro => f.write_str("maestro"),
            Self::Amex => f.write_str("amex"),
            Self::CartesBancaires => f.write_str("cartesBancaires"),
            Self::Diners => f.write_str("diners"),
            Self::Dankort => f.write_str("dankort"),
            Self::Jcb => f.write_str("jcb"),
            Self::Discover => f.write_str("discover"),
            Self::Elo => f.write_str("elo"),
            Self::EftposAu => f.write_str("eftposAU"),
        }
    }
}
impl ::std::str::FromStr for PreferredCardBrand {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "visa" => Ok(Self::Visa),
            "mastercard" => Ok(Self::Mastercard),
            "maestro" => Ok(Self::Maestro),
            "amex" => Ok(Self::Amex),
            "cartesBancaires" => Ok(Self::CartesBancaires),
            "diners" => Ok(Self::Diners),
            "dankort" => Ok(Self::Dankort),
            "jcb" => Ok(Self::Jcb),
            "discover" => Ok(Self::Discover),
            "elo" => Ok(Self::Elo),
            "eftposAU" => Ok(Self::EftposAu),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PreferredCardBrand {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PreferredCardBrand {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`Purpose`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum Purpose {
    #[serde(rename = "businessToBusiness")]
    BusinessToBusiness,
    #[serde(rename = "creditCardRepayment")]
    CreditCardRepayment,
    #[serde(rename = "crypto")]
    Crypto,
    #[serde(rename = "crowdLending")]
    CrowdLending,
    #[serde(rename = "debitCard")]
    DebitCard,
    #[serde(rename = "education")]
    Education,
    #[serde(rename = "emergency")]
    Emergency,
    #[serde(rename = "familySupport")]
    FamilySupport,
    #[serde(rename = "gift")]
    Gift,
    #[serde(rename = "giftCard")]
    GiftCard,
    #[serde(rename = "gaming")]
    Gaming,
    #[serde(rename = "highRiskSecurities")]
    HighRiskSecurities,
    #[serde(rename = "liquidAssets")]
    LiquidAssets,
    #[serde(rename = "medical")]
    Medical,
    #[serde(rename = "payroll")]
    Payroll,
    #[serde(rename = "prepaidCard")]
    PrepaidCard,
    #[serde(rename = "salary")]
    Salary,
    #[serde(rename = "savings")]
    Savings,
    #[serde(rename = "travel")]
    Travel,
    #[serde(rename = "other")]
    Other,
}
impl ::std::fmt::Display for Purpose {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BusinessToBusiness => f.write_str("businessToBusiness"),
            Self::CreditCardRepayment => f.write_str("creditCardRepayment"),
            Self::Crypto => f.write_str("crypto"),
            Self::CrowdLending => f.write_str("crowdLending"),
            Self::DebitCard => f.write_str("debitCard"),
            Self::Education => f.write_str("education"),
            Self::Emergency => f.write_str("emergency"),
            Self::FamilySupport => f.write_str("familySupport"),
            Self::Gift => f.write_str("gift"),
            Self::GiftCard => f.write_str("giftCard"),
            Self::Gaming => f.write_str("gaming"),
            Self::HighRiskSecurities => f.write_str("highRiskSecurities"),
            Self::LiquidAssets => f.write_str("liquidAssets"),
            Self::Medical => f.write_str("medical"),
            Self::Payroll => f.write_str("payroll"),
            Self::PrepaidCard => f.write_str("prepaidCard"),
            Self::Salary => f.write_str("salary"),
            Self::Savings => f.write_str("savings"),
            Self::Travel => f.write_str("travel"),
            Self::Other => f.write_str("other"),
        }
    }
}
impl ::std::str::FromStr for Purpose {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "businessToBusiness" => Ok(Self::BusinessToBusiness),
            "creditCardRepayment" => Ok(Self::CreditCardRepayment),
            "crypto" => Ok(Self::Crypto),
            "crowdLending" => Ok(Self::CrowdLending),
            "debitCard" => Ok(Self::DebitCard),
            "education" => Ok(Self::Education),
            "emergency" => Ok(Self::Emergency),
            "familySupport" => Ok(Self::FamilySupport),
            "gift" => Ok(Self::Gift),
            "giftCard" => Ok(Self::GiftCard),
            "gaming" => Ok(Self::Gaming),
            "highRiskSecurities" => Ok(Self::HighRiskSecurities),
            "liquidAssets" => Ok(Self::LiquidAssets),
            "medical" => Ok(Self::Medical),
            "payroll" => Ok(Self::Payroll),
            "prepaidCard" => Ok(Self::PrepaidCard),
            "salary" => Ok(Self::Salary),
            "savings" => Ok(Self::Savings),
            "travel" => Ok(Self::Travel),
            "other" => Ok(Self::Other),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for Purpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Purpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The payment's last event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct QueryEventsResponse {
    #[serde(rename = "_actions", default = "defaults::query_events_response_actions")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub actions: crate::hal::Links,
    #[serde(
        rename = "lastEvent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_event: ::std::option::Option<crate::payments_2024::types::LastEvent>,
}
impl ::std::default::Default for QueryEventsResponse {
    fn default() -> Self {
        Self {
            actions: defaults::query_events_response_actions(),
            last_event: Default::default(),
        }
    }
}
///`Reference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Reference(::std::string::String);
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
impl ::std::str::FromStr for Reference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Reference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Reference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Reference {
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
///Answer to a full refund.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefundResponse {
    #[serde(rename = "_links", default = "defaults::refund_response_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<RefundResponseOutcome>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for RefundResponse {
    fn default() -> Self {
        Self {
            links: defaults::refund_response_links(),
            outcome: Default::default(),
            payment_id: Default::default(),
        }
    }
}
///`RefundResponseOutcome`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum RefundResponseOutcome {
    #[serde(rename = "sentForRefund")]
    SentForRefund,
}
impl ::std::fmt::Display for RefundResponseOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::SentForRefund => f.write_str("sentForRefund"),
        }
    }
}
impl ::std::str::FromStr for RefundResponseOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "sentForRefund" => Ok(Self::SentForRefund),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for RefundResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for RefundResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ReturnUrl`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ReturnUrl(::std::string::String);
impl ::std::ops::Deref for ReturnUrl {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ReturnUrl> for ::std::string::String {
    fn from(value: ReturnUrl) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ReturnUrl {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ReturnUrl {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReturnUrl {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ReturnUrl {
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
///Answer to a reversal.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReversalResponse {
    #[serde(rename = "_links", default = "defaults::reversal_response_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<ReversalResponseOutcome>,
}
impl ::std::default::Default for ReversalResponse {
    fn default() -> Self {
        Self {
            links: defaults::reversal_response_links(),
            outcome: Default::default(),
        }
    }
}
///`ReversalResponseOutcome`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum ReversalResponseOutcome {
    #[serde(rename = "sentForReversal")]
    SentForReversal,
}
impl ::std::fmt::Display for ReversalResponseOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::SentForReversal => f.write_str("sentForReversal"),
        }
    }
}
impl ::std::str::FromStr for ReversalResponseOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "sentForReversal" => Ok(Self::SentForReversal),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ReversalResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReversalResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///One risk check (AVS, CVC, risk profile) and its result.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RiskFactor {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<crate::payments_2024::types::Detail>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub risk: ::std::option::Option<crate::payments_2024::types::Risk>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::payments_2024::types::RiskFactorType>,
}
///Card routing preferences.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Routing {
    #[serde(
        rename = "preferredCardBrand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preferred_card_brand: ::std::option::Option<PreferredCardBrand>,
}
///`SchemeId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SchemeId(::std::string::String);
impl ::std::ops::Deref for SchemeId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SchemeId> for ::std::string::String {
    fn from(value: SchemeId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SchemeId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 11usize {
            return Err("longer than 11 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("[0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"[0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SchemeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SchemeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SchemeId {
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
///`SchemeReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SchemeReference(::std::string::String);
impl ::std::ops::Deref for SchemeReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SchemeReference> for ::std::string::String {
    fn from(value: SchemeReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SchemeReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 56usize {
            return Err("longer than 56 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SchemeReference {
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
///A payment sent for cancellation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SentForCancellationResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amounts: ::std::option::Option<Amounts>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<PaymentsExemption>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fraud: ::std::option::Option<Fraud>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(
        rename = "_links",
        default = "defaults::sent_for_cancellation_response_links"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentsResponsePaymentInstrument>,
    #[serde(
        rename = "riskFactors",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub risk_factors: ::std::vec::Vec<RiskFactor>,
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threeDS", skip_serializing_if = "::std::option::Option::is_none")]
    pub three_ds: ::std::option::Option<ThreeDs>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<Token>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<
        crate::payments_2024::types::PaymentsUpdatedPaymentInstrument,
    >,
}
///A payment sent for settlement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SentForSettlementResponse {
    #[serde(
        rename = "_actions",
        default = "defaults::sent_for_settlement_response_actions"
    )]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub actions: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amounts: ::std::option::Option<Amounts>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<PaymentsExemption>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fraud: ::std::option::Option<Fraud>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(rename = "_links", default = "defaults::sent_for_settlement_response_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentsResponsePaymentInstrument>,
    #[serde(
        rename = "riskFactors",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub risk_factors: ::std::vec::Vec<RiskFactor>,
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threeDS", skip_serializing_if = "::std::option::Option::is_none")]
    pub three_ds: ::std::option::Option<ThreeDs>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<Token>,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<
        crate::payments_2024::types::PaymentsUpdatedPaymentInstrument,
    >,
}
///A card captured by Worldpay's checkout.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SessionPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<PaymentsBillingAddress>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::payments_2024::types::SessionPaymentInstrumentCardHolderName,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub routing: ::std::option::Option<Routing>,
    #[serde(rename = "sessionHref")]
    pub session_href: ::std::string::String,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///A card held in a delegate session.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SessionsDelegatePaymentInstrument {
    #[serde(rename = "sessionHref")]
    pub session_href: ::std::string::String,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///Answer to a full settlement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettleResponse {
    #[serde(rename = "_actions", default = "defaults::settle_response_actions")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub actions: crate::hal::Links,
    #[serde(rename = "_links", default = "defaults::settle_response_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<SettleResponseOutcome>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for SettleResponse {
    fn default() -> Self {
        Self {
            actions: defaults::settle_response_actions(),
            links: defaults::settle_response_links(),
            outcome: Default::default(),
            payment_id: Default::default(),
        }
    }
}
///`SettleResponseOutcome`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum SettleResponseOutcome {
    #[serde(rename = "sentForSettlement")]
    SentForSettlement,
}
impl ::std::fmt::Display for SettleResponseOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::SentForSettlement => f.write_str("sentForSettlement"),
        }
    }
}
impl ::std::str::FromStr for SettleResponseOutcome {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "sentForSettlement" => Ok(Self::SentForSettlement),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SettleResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SettleResponseOutcome {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Settlement options.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Settlement {
    pub auto: bool,
    #[serde(rename = "cancelOn", skip_serializing_if = "::std::option::Option::is_none")]
    pub cancel_on: ::std::option::Option<Cancellation>,
}
///Shipping details.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Shipping {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<PaymentsShippingAddress>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<Email>,
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<CustomerFirstName>,
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<CustomerLastName>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<Method>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<Phone>,
    #[serde(
        rename = "timeFrame",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_frame: ::std::option::Option<TimeFrame>,
}
///`SocialNetworkReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SocialNetworkReference(::std::string::String);
impl ::std::ops::Deref for SocialNetworkReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SocialNetworkReference> for ::std::string::String {
    fn from(value: SocialNetworkReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SocialNetworkReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^[a-zA-Z0-9\\s@!£*#$)(+\\-_=.,/;:'\"]*?[a-zA-Z0-9@!£*#$)(+\\-_=.,/;:'\"][a-zA-Z0-9\\s@!£*#$)(+\\-_=.,/;:'\"]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9\\s@!£*#$)(+\\-_=.,/;:'\"]*?[a-zA-Z0-9@!£*#$)(+\\-_=.,/;:'\"][a-zA-Z0-9\\s@!£*#$)(+\\-_=.,/;:'\"]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SocialNetworkReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SocialNetworkReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SocialNetworkReference {
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
///`State`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct State(::std::string::String);
impl ::std::ops::Deref for State {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<State> for ::std::string::String {
    fn from(value: State) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for State {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 3usize {
            return Err("longer than 3 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9\\s]*?[a-zA-Z0-9][a-zA-Z0-9\\s]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for State {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for State {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for State {
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
///`StoredCardUsage`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum StoredCardUsage {
    #[serde(rename = "first")]
    First,
    #[serde(rename = "subsequent")]
    Subsequent,
}
impl ::std::fmt::Display for StoredCardUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::First => f.write_str("first"),
            Self::Subsequent => f.write_str("subsequent"),
        }
    }
}
impl ::std::str::FromStr for StoredCardUsage {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "first" => Ok(Self::First),
            "subsequent" => Ok(Self::Subsequent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`Street`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Street(::std::string::String);
impl ::std::ops::Deref for Street {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Street> for ::std::string::String {
    fn from(value: Street) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Street {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[A-Za-z0-9\\s]*?[A-Za-z0-9][A-Za-z0-9\\s]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9\\s]*?[A-Za-z0-9][A-Za-z0-9\\s]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Street {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Street {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Street {
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
///`String1`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct String1(::std::string::String);
impl ::std::ops::Deref for String1 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<String1> for ::std::string::String {
    fn from(value: String1) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for String1 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for String1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for String1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for String1 {
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
///`String2`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct String2(::std::string::String);
impl ::std::ops::Deref for String2 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<String2> for ::std::string::String {
    fn from(value: String2) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for String2 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for String2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for String2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for String2 {
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
///`String3`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct String3(::std::string::String);
impl ::std::ops::Deref for String3 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<String3> for ::std::string::String {
    fn from(value: String3) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for String3 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for String3 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for String3 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for String3 {
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
///`String4`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct String4(::std::string::String);
impl ::std::ops::Deref for String4 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<String4> for ::std::string::String {
    fn from(value: String4) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for String4 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for String4 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for String4 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for String4 {
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
///`String5`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct String5(::std::string::String);
impl ::std::ops::Deref for String5 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<String5> for ::std::string::String {
    fn from(value: String5) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for String5 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for String5 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for String5 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for String5 {
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
///`String6`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct String6(::std::string::String);
impl ::std::ops::Deref for String6 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<String6> for ::std::string::String {
    fn from(value: String6) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for String6 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for String6 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for String6 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for String6 {
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
///`String7`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct String7(::std::string::String);
impl ::std::ops::Deref for String7 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<String7> for ::std::string::String {
    fn from(value: String7) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for String7 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for String7 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for String7 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for String7 {
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
///`String8`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct String8(::std::string::String);
impl ::std::ops::Deref for String8 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<String8> for ::std::string::String {
    fn from(value: String8) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for String8 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for String8 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for String8 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for String8 {
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
///`String9`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct String9(::std::string::String);
impl ::std::ops::Deref for String9 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<String9> for ::std::string::String {
    fn from(value: String9) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for String9 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for String9 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for String9 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for String9 {
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
///`SwiftBic`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SwiftBic(::std::string::String);
impl ::std::ops::Deref for SwiftBic {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SwiftBic> for ::std::string::String {
    fn from(value: SwiftBic) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SwiftBic {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 11usize {
            return Err("longer than 11 characters".into());
        }
        if value.chars().count() < 8usize {
            return Err("shorter than 8 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SwiftBic {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SwiftBic {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SwiftBic {
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
///`TaxReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TaxReference(::std::string::String);
impl ::std::ops::Deref for TaxReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TaxReference> for ::std::string::String {
    fn from(value: TaxReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TaxReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[a-zA-Z0-9\\s-]*?[a-zA-Z0-9-][a-zA-Z0-9\\s-]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9\\s-]*?[a-zA-Z0-9-][a-zA-Z0-9\\s-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TaxReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TaxReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TaxReference {
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
///The 3DS result of the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ThreeDs {
    #[serde(
        rename = "acsTransactionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub acs_transaction_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "challengePreference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub challenge_preference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "dsTransactionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ds_transaction_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub eci: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "issuerResponse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issuer_response: ::std::option::Option<
        crate::payments_2024::types::IssuerResponse,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<crate::payments_2024::types::ThreeDsOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::payments_2024::types::ThreeDsType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}
///`TimeFrame`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum TimeFrame {
    #[serde(rename = "electronic")]
    Electronic,
    #[serde(rename = "sameDay")]
    SameDay,
    #[serde(rename = "nextDay")]
    NextDay,
    #[serde(rename = "twoDaysPlus")]
    TwoDaysPlus,
}
impl ::std::fmt::Display for TimeFrame {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Electronic => f.write_str("electronic"),
            Self::SameDay => f.write_str("sameDay"),
            Self::NextDay => f.write_str("nextDay"),
            Self::TwoDaysPlus => f.write_str("twoDaysPlus"),
        }
    }
}
impl ::std::str::FromStr for TimeFrame {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "electronic" => Ok(Self::Electronic),
            "sameDay" => Ok(Self::SameDay),
            "nextDay" => Ok(Self::NextDay),
            "twoDaysPlus" => Ok(Self::TwoDaysPlus),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TimeFrame {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TimeFrame {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`TimeZone`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TimeZone(::std::string::String);
impl ::std::ops::Deref for TimeZone {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TimeZone> for ::std::string::String {
    fn from(value: TimeZone) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TimeZone {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[+-]?\\d{1,4}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[+-]?\\d{1,4}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TimeZone {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TimeZone {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TimeZone {
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
///`TmxSessionId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TmxSessionId(::std::string::String);
impl ::std::ops::Deref for TmxSessionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TmxSessionId> for ::std::string::String {
    fn from(value: TmxSessionId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TmxSessionId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 30usize {
            return Err("shorter than 30 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9_-]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9_-]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TmxSessionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TmxSessionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TmxSessionId {
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
///A token created or used by the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Token {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bin: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cardExpiry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_expiry: ::std::option::Option<ExpiryDateReceived>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::payments_2024::types::CardHolderName,
    >,
    #[serde(
        rename = "cardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<crate::payments_2024::types::CardNumber>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub conflicts: ::std::option::Option<TokenResponseConflicts>,
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
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub href: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenExpiryDateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_expiry_date_time: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tokenId", skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<::std::string::String>,
}
///The card details that conflict with an existing token.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenConflictPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<PaymentsBillingAddressReceived>,
    #[serde(
        rename = "cardExpiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_expiry_date: ::std::option::Option<ExpiryDateReceived>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::payments_2024::types::CardHolderName,
    >,
    #[serde(
        rename = "cardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<crate::payments_2024::types::CardNumber>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
///Asks for a token of the card to be created.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TokenCreation {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<Description>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<Namespace>,
    #[serde(rename = "type")]
    pub type_: TokenCreationType,
}
///`TokenCreationType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum TokenCreationType {
    #[serde(rename = "worldpay")]
    Worldpay,
}
impl ::std::fmt::Display for TokenCreationType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Worldpay => f.write_str("worldpay"),
        }
    }
}
impl ::std::str::FromStr for TokenCreationType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "worldpay" => Ok(Self::Worldpay),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TokenCreationType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TokenCreationType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`TokenId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9A-HJ-NP-Z]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9A-HJ-NP-Z]*$\"".into());
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
///A Worldpay token.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TokenPaymentInstrument {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cvc: ::std::option::Option<crate::payments_2024::types::Cvc>,
    #[serde(
        rename = "cvcSessionHref",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvc_session_href: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub href: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<Namespace>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub routing: ::std::option::Option<Routing>,
    #[serde(rename = "tokenId", skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<TokenId>,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///How a new token conflicts with an existing one.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TokenResponseConflicts {
    #[serde(
        rename = "conflictsExpiryDateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conflicts_expiry_date_time: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<TokenConflictPaymentInstrument>,
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<::std::string::String>,
}
///The customer's recent transaction history, for 3DS.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TransactionHistory {
    #[serde(
        rename = "addCardsLastDay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_cards_last_day: ::std::option::Option<i32>,
    #[serde(
        rename = "attemptsLastDay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attempts_last_day: ::std::option::Option<i32>,
    #[serde(
        rename = "attemptsLastYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attempts_last_year: ::std::option::Option<i32>,
    #[serde(
        rename = "completedLastSixMonths",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub completed_last_six_months: ::std::option::Option<i32>,
    #[serde(
        rename = "shippingAddressFirstUsedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shipping_address_first_used_at: ::std::option::Option<::std::string::String>,
}
///`TransactionReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TransactionReference(::std::string::String);
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
impl ::std::str::FromStr for TransactionReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[-A-Za-z0-9_!@#$%()*=.:;?\\[\\]{}~`/+]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[-A-Za-z0-9_!@#$%()*=.:;?\\[\\]{}~`/+]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransactionReference {
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
///3DS authentication could not be performed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UnavailableAuthenticationResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication: ::std::option::Option<AuthenticationUnavailable>,
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
}
///3DS authentication failed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UnsuccessfulAuthenticationResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication: ::std::option::Option<Authentication>,
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "transactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference: ::std::option::Option<::std::string::String>,
}
///`Url`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Url(::std::string::String);
impl ::std::ops::Deref for Url {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Url> for ::std::string::String {
    fn from(value: Url) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Url {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9@!£*#$)(+\\-_=.,/;:]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9@!£*#$)(+\\-_=.,/;:]*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Url {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Url {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Url {
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
///`UserAgentHeader`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct UserAgentHeader(::std::string::String);
impl ::std::ops::Deref for UserAgentHeader {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<UserAgentHeader> for ::std::string::String {
    fn from(value: UserAgentHeader) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for UserAgentHeader {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2048usize {
            return Err("longer than 2048 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for UserAgentHeader {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for UserAgentHeader {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for UserAgentHeader {
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
///`UserType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum UserType {
    #[serde(rename = "guestUser")]
    GuestUser,
    #[serde(rename = "registeredUser")]
    RegisteredUser,
    #[serde(rename = "federatedAccount")]
    FederatedAccount,
    #[serde(rename = "issuerCredentials")]
    IssuerCredentials,
    #[serde(rename = "thirdPartyAuthentication")]
    ThirdPartyAuthentication,
    #[serde(rename = "fidoAuthenticator")]
    FidoAuthenticator,
}
impl ::std::fmt::Display for UserType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::GuestUser => f.write_str("guestUser"),
            Self::RegisteredUser => f.write_str("registeredUser"),
            Self::FederatedAccount => f.write_str("federatedAccount"),
            Self::IssuerCredentials => f.write_str("issuerCredentials"),
            Self::ThirdPartyAuthentication => f.write_str("thirdPartyAuthentication"),
            Self::FidoAuthenticator => f.write_str("fidoAuthenticator"),
        }
    }
}
impl ::std::str::FromStr for UserType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "guestUser" => Ok(Self::GuestUser),
            "registeredUser" => Ok(Self::RegisteredUser),
            "federatedAccount" => Ok(Self::FederatedAccount),
            "issuerCredentials" => Ok(Self::IssuerCredentials),
            "thirdPartyAuthentication" => Ok(Self::ThirdPartyAuthentication),
            "fidoAuthenticator" => Ok(Self::FidoAuthenticator),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for UserType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for UserType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A validation error, possibly with nested errors per field.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ValidationErrorResponse {
    #[serde(
        rename = "errorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jsonPath", skip_serializing_if = "::std::option::Option::is_none")]
    pub json_path: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "validationErrors",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub validation_errors: ::std::vec::Vec<ValidationErrorResponse>,
}
///An amount in the currency's minor unit.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Value {
    #[serde(
        rename = "acceptPartialAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accept_partial_amount: ::std::option::Option<bool>,
    pub amount: i32,
    pub currency: Currency,
}
///`Version`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Version(::std::string::String);
impl ::std::ops::Deref for Version {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Version> for ::std::string::String {
    fn from(value: Version) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Version {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 5usize {
            return Err("longer than 5 characters".into());
        }
        if value.chars().count() < 5usize {
            return Err("shorter than 5 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^2[.][0-9][.][0-9]$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^2[.][0-9][.][0-9]$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Version {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Version {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Version {
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
///`WalletReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct WalletReference(::std::string::String);
impl ::std::ops::Deref for WalletReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WalletReference> for ::std::string::String {
    fn from(value: WalletReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WalletReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^[a-zA-Z0-9\\s@!£*#$)(+\\-_=.,/;:'\"]*?[a-zA-Z0-9@!£*#$)(+\\-_=.,/;:'\"][a-zA-Z0-9\\s@!£*#$)(+\\-_=.,/;:'\"]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9\\s@!£*#$)(+\\-_=.,/;:'\"]*?[a-zA-Z0-9@!£*#$)(+\\-_=.,/;:'\"][a-zA-Z0-9\\s@!£*#$)(+\\-_=.,/;:'\"]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WalletReference {
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
///`WindowSize`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum WindowSize {
    #[serde(rename = "250x400")]
    X250x400,
    #[serde(rename = "390x400")]
    X390x400,
    #[serde(rename = "600x400")]
    X600x400,
    #[serde(rename = "500x600")]
    X500x600,
    #[serde(rename = "fullPage")]
    FullPage,
}
impl ::std::fmt::Display for WindowSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X250x400 => f.write_str("250x400"),
            Self::X390x400 => f.write_str("390x400"),
            Self::X600x400 => f.write_str("600x400"),
            Self::X500x600 => f.write_str("500x600"),
            Self::FullPage => f.write_str("fullPage"),
        }
    }
}
impl ::std::str::FromStr for WindowSize {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "250x400" => Ok(Self::X250x400),
            "390x400" => Ok(Self::X390x400),
            "600x400" => Ok(Self::X600x400),
            "500x600" => Ok(Self::X500x600),
            "fullPage" => Ok(Self::FullPage),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WindowSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WindowSize {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::default::Default for WindowSize {
    fn default() -> Self {
        WindowSize::X390x400
    }
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn cancel_response_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn card_authorized_payment_response_actions() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn card_authorized_payment_response_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn challenged_response_actions() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn device_data_required_response_actions() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn partial_refund_response_actions() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn partial_refund_response_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn partial_settle_response_actions() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn partial_settle_response_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn query_events_response_actions() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn refund_response_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn reversal_response_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn sent_for_cancellation_response_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn sent_for_settlement_response_actions() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn sent_for_settlement_response_links() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn settle_response_actions() -> crate::hal::Links {
        ::serde_json::from_str::<crate::hal::Links>("{}").unwrap()
    }
    pub(super) fn settle_response_links() -> crate::hal::Links {
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
            self.created_at = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("createdAt")
                });
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
            self.modified_at = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("modifiedAt")
                });
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
            self.password_modified_at = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("passwordModifiedAt")
                });
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
            self.payment_account_enrolled_at = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("paymentAccountEnrolledAt")
                });
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
    /// A [`Cancellation`](super::Cancellation) under construction.
    #[derive(Clone, Debug)]
    pub struct Cancellation {
        avs_not_matched: ::core::result::Result<
            ::std::option::Option<super::AvsNotMatched>,
            crate::request::Refusal,
        >,
        cvc_not_matched: ::core::result::Result<
            ::std::option::Option<super::CvcNotMatched>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Cancellation {
        fn default() -> Self {
            Self {
                avs_not_matched: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                cvc_not_matched: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl Cancellation {
        /// Sets `avsNotMatched`.
        pub fn avs_not_matched<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::AvsNotMatched>,
            V::Error: crate::request::IntoRefusal,
        {
            self.avs_not_matched = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("avsNotMatched")
                });
            self
        }
        /// Leaves `avsNotMatched` out.
        pub fn without_avs_not_matched(mut self) -> Self {
            self.avs_not_matched = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cvcNotMatched`.
        pub fn cvc_not_matched<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::CvcNotMatched>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cvc_not_matched = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cvcNotMatched")
                });
            self
        }
        /// Leaves `cvcNotMatched` out.
        pub fn without_cvc_not_matched(mut self) -> Self {
            self.cvc_not_matched = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<Cancellation> for super::Cancellation {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Cancellation,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                avs_not_matched: value.avs_not_matched?,
                cvc_not_matched: value.cvc_not_matched?,
            })
        }
    }
    impl ::core::convert::From<super::Cancellation> for Cancellation {
        fn from(value: super::Cancellation) -> Self {
            Self {
                avs_not_matched: ::core::result::Result::Ok(value.avs_not_matched),
                cvc_not_matched: ::core::result::Result::Ok(value.cvc_not_matched),
            }
        }
    }
    /// A [`Challenge`](super::Challenge) under construction.
    #[derive(Clone, Debug)]
    pub struct Challenge {
        preference: ::core::result::Result<
            ::std::option::Option<super::Preference>,
            crate::request::Refusal,
        >,
        return_url: ::core::result::Result<super::ReturnUrl, crate::request::Refusal>,
        window_size: ::core::result::Result<
            ::std::option::Option<super::WindowSize>,
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
            V: ::core::convert::TryInto<super::Preference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.preference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("preference")
                });
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
            V: ::core::convert::TryInto<super::ReturnUrl>,
            V::Error: crate::request::IntoRefusal,
        {
            self.return_url = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("returnUrl")
                });
            self
        }
        /// Sets `windowSize`.
        pub fn window_size<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::WindowSize>,
            V::Error: crate::request::IntoRefusal,
        {
            self.window_size = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("windowSize")
                });
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
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        number2: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        number3: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        number4: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        number5: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        number6: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        number7: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        number8: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        number9: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        string1: ::core::result::Result<
            ::std::option::Option<super::String1>,
            crate::request::Refusal,
        >,
        string2: ::core::result::Result<
            ::std::option::Option<super::String2>,
            crate::request::Refusal,
        >,
        string3: ::core::result::Result<
            ::std::option::Option<super::String3>,
            crate::request::Refusal,
        >,
        string4: ::core::result::Result<
            ::std::option::Option<super::String4>,
            crate::request::Refusal,
        >,
        string5: ::core::result::Result<
            ::std::option::Option<super::String5>,
            crate::request::Refusal,
        >,
        string6: ::core::result::Result<
            ::std::option::Option<super::String6>,
            crate::request::Refusal,
        >,
        string7: ::core::result::Result<
            ::std::option::Option<super::String7>,
            crate::request::Refusal,
        >,
        string8: ::core::result::Result<
            ::std::option::Option<super::String8>,
            crate::request::Refusal,
        >,
        string9: ::core::result::Result<
            ::std::option::Option<super::String9>,
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number1 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number1"));
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number2 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number2"));
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number3 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number3"));
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number4 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number4"));
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number5 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number5"));
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number6 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number6"));
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number7 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number7"));
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number8 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number8"));
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number9 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number9"));
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
            V: ::core::convert::TryInto<super::String1>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string1 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("string1"));
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
            V: ::core::convert::TryInto<super::String2>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string2 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("string2"));
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
            V: ::core::convert::TryInto<super::String3>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string3 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("string3"));
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
            V: ::core::convert::TryInto<super::String4>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string4 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("string4"));
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
            V: ::core::convert::TryInto<super::String5>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string5 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("string5"));
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
            V: ::core::convert::TryInto<super::String6>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string6 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("string6"));
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
            V: ::core::convert::TryInto<super::String7>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string7 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("string7"));
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
            V: ::core::convert::TryInto<super::String8>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string8 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("string8"));
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
            V: ::core::convert::TryInto<super::String9>,
            V::Error: crate::request::IntoRefusal,
        {
            self.string9 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("string9"));
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
    /// A [`Customer`](super::Customer) under construction.
    #[derive(Clone, Debug)]
    pub struct Customer {
        customer_id: ::core::result::Result<
            ::std::option::Option<super::CustomerId>,
            crate::request::Refusal,
        >,
        date_of_birth: ::core::result::Result<
            ::std::option::Option<crate::format::Date>,
            crate::request::Refusal,
        >,
        document_reference: ::core::result::Result<
            ::std::option::Option<super::CustomerDocumentReference>,
            crate::request::Refusal,
        >,
        email: ::core::result::Result<
            ::std::option::Option<super::Email>,
            crate::request::Refusal,
        >,
        first_name: ::core::result::Result<
            ::std::option::Option<super::CustomerFirstName>,
            crate::request::Refusal,
        >,
        ip_address: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        last_name: ::core::result::Result<
            ::std::option::Option<super::CustomerLastName>,
            crate::request::Refusal,
        >,
        phone: ::core::result::Result<
            ::std::option::Option<super::Phone>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Customer {
        fn default() -> Self {
            Self {
                customer_id: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                date_of_birth: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                document_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                email: ::core::result::Result::Ok(::core::default::Default::default()),
                first_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                ip_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                last_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                phone: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl Customer {
        /// Sets `customerId`.
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::CustomerId>,
            V::Error: crate::request::IntoRefusal,
        {
            self.customer_id = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("customerId")
                });
            self
        }
        /// Leaves `customerId` out.
        pub fn without_customer_id(mut self) -> Self {
            self.customer_id = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `dateOfBirth`.
        pub fn date_of_birth<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::format::Date>,
            V::Error: crate::request::IntoRefusal,
        {
            self.date_of_birth = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("dateOfBirth")
                });
            self
        }
        /// Leaves `dateOfBirth` out.
        pub fn without_date_of_birth(mut self) -> Self {
            self.date_of_birth = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `documentReference`.
        pub fn document_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::CustomerDocumentReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.document_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("documentReference")
                });
            self
        }
        /// Leaves `documentReference` out.
        pub fn without_document_reference(mut self) -> Self {
            self.document_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `email`.
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Email>,
            V::Error: crate::request::IntoRefusal,
        {
            self.email = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("email"));
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
            V: ::core::convert::TryInto<super::CustomerFirstName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.first_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("firstName")
                });
            self
        }
        /// Leaves `firstName` out.
        pub fn without_first_name(mut self) -> Self {
            self.first_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `ipAddress`.
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.ip_address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("ipAddress")
                });
            self
        }
        /// Leaves `ipAddress` out.
        pub fn without_ip_address(mut self) -> Self {
            self.ip_address = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `lastName`.
        pub fn last_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::CustomerLastName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.last_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("lastName")
                });
            self
        }
        /// Leaves `lastName` out.
        pub fn without_last_name(mut self) -> Self {
            self.last_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `phone`.
        pub fn phone<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Phone>,
            V::Error: crate::request::IntoRefusal,
        {
            self.phone = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("phone"));
            self
        }
        /// Leaves `phone` out.
        pub fn without_phone(mut self) -> Self {
            self.phone = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<Customer> for super::Customer {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Customer,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                customer_id: value.customer_id?,
                date_of_birth: value.date_of_birth?,
                document_reference: value.document_reference?,
                email: value.email?,
                first_name: value.first_name?,
                ip_address: value.ip_address?,
                last_name: value.last_name?,
                phone: value.phone?,
            })
        }
    }
    impl ::core::convert::From<super::Customer> for Customer {
        fn from(value: super::Customer) -> Self {
            Self {
                customer_id: ::core::result::Result::Ok(value.customer_id),
                date_of_birth: ::core::result::Result::Ok(value.date_of_birth),
                document_reference: ::core::result::Result::Ok(value.document_reference),
                email: ::core::result::Result::Ok(value.email),
                first_name: ::core::result::Result::Ok(value.first_name),
                ip_address: ::core::result::Result::Ok(value.ip_address),
                last_name: ::core::result::Result::Ok(value.last_name),
                phone: ::core::result::Result::Ok(value.phone),
            }
        }
    }
    /// A [`DeviceData`](super::DeviceData) under construction.
    #[derive(Clone, Debug)]
    pub struct DeviceData {
        accept_header: ::core::result::Result<
            super::AcceptHeader,
            crate::request::Refusal,
        >,
        browser_color_depth: ::core::result::Result<
            ::std::option::Option<super::BrowserColorDepth>,
            crate::request::Refusal,
        >,
        browser_java_enabled: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        browser_javascript_enabled: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        browser_language: ::core::result::Result<
            ::std::option::Option<super::BrowserLanguage>,
            crate::request::Refusal,
        >,
        browser_screen_height: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        browser_screen_width: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        channel: ::core::result::Result<
            ::std::option::Option<super::DeviceDataChannel>,
            crate::request::Refusal,
        >,
        time_zone: ::core::result::Result<
            ::std::option::Option<super::TimeZone>,
            crate::request::Refusal,
        >,
        user_agent_header: ::core::result::Result<
            super::UserAgentHeader,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for DeviceData {
        fn default() -> Self {
            Self {
                accept_header: ::core::result::Result::Err(
                    crate::request::Refusal::missing("acceptHeader"),
                ),
                browser_color_depth: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                browser_java_enabled: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                browser_javascript_enabled: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                browser_language: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                browser_screen_height: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                browser_screen_width: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                channel: ::core::result::Result::Ok(::core::default::Default::default()),
                time_zone: ::core::result::Result::Ok(
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
            V: ::core::convert::TryInto<super::AcceptHeader>,
            V::Error: crate::request::IntoRefusal,
        {
            self.accept_header = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("acceptHeader")
                });
            self
        }
        /// Sets `browserColorDepth`.
        pub fn browser_color_depth<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::BrowserColorDepth>,
            V::Error: crate::request::IntoRefusal,
        {
            self.browser_color_depth = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("browserColorDepth")
                });
            self
        }
        /// Leaves `browserColorDepth` out.
        pub fn without_browser_color_depth(mut self) -> Self {
            self.browser_color_depth = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `browserJavaEnabled`.
        pub fn browser_java_enabled<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.browser_java_enabled = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("browserJavaEnabled")
                });
            self
        }
        /// Leaves `browserJavaEnabled` out.
        pub fn without_browser_java_enabled(mut self) -> Self {
            self.browser_java_enabled = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `browserJavascriptEnabled`.
        pub fn browser_javascript_enabled<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.browser_javascript_enabled = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("browserJavascriptEnabled")
                });
            self
        }
        /// Leaves `browserJavascriptEnabled` out.
        pub fn without_browser_javascript_enabled(mut self) -> Self {
            self.browser_javascript_enabled = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `browserLanguage`.
        pub fn browser_language<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::BrowserLanguage>,
            V::Error: crate::request::IntoRefusal,
        {
            self.browser_language = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("browserLanguage")
                });
            self
        }
        /// Leaves `browserLanguage` out.
        pub fn without_browser_language(mut self) -> Self {
            self.browser_language = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `browserScreenHeight`.
        pub fn browser_screen_height<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.browser_screen_height = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("browserScreenHeight")
                });
            self
        }
        /// Leaves `browserScreenHeight` out.
        pub fn without_browser_screen_height(mut self) -> Self {
            self.browser_screen_height = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `browserScreenWidth`.
        pub fn browser_screen_width<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.browser_screen_width = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("browserScreenWidth")
                });
            self
        }
        /// Leaves `browserScreenWidth` out.
        pub fn without_browser_screen_width(mut self) -> Self {
            self.browser_screen_width = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `channel`.
        pub fn channel<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::DeviceDataChannel>,
            V::Error: crate::request::IntoRefusal,
        {
            self.channel = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("channel"));
            self
        }
        /// Leaves `channel` out.
        pub fn without_channel(mut self) -> Self {
            self.channel = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `timeZone`.
        pub fn time_zone<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TimeZone>,
            V::Error: crate::request::IntoRefusal,
        {
            self.time_zone = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("timeZone")
                });
            self
        }
        /// Leaves `timeZone` out.
        pub fn without_time_zone(mut self) -> Self {
            self.time_zone = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `userAgentHeader`.
        pub fn user_agent_header<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::UserAgentHeader>,
            V::Error: crate::request::IntoRefusal,
        {
            self.user_agent_header = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("userAgentHeader")
                });
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
                browser_color_depth: value.browser_color_depth?,
                browser_java_enabled: value.browser_java_enabled?,
                browser_javascript_enabled: value.browser_javascript_enabled?,
                browser_language: value.browser_language?,
                browser_screen_height: value.browser_screen_height?,
                browser_screen_width: value.browser_screen_width?,
                channel: value.channel?,
                time_zone: value.time_zone?,
                user_agent_header: value.user_agent_header?,
            })
        }
    }
    impl ::core::convert::From<super::DeviceData> for DeviceData {
        fn from(value: super::DeviceData) -> Self {
            Self {
                accept_header: ::core::result::Result::Ok(value.accept_header),
                browser_color_depth: ::core::result::Result::Ok(
                    value.browser_color_depth,
                ),
                browser_java_enabled: ::core::result::Result::Ok(
                    value.browser_java_enabled,
                ),
                browser_javascript_enabled: ::core::result::Result::Ok(
                    value.browser_javascript_enabled,
                ),
                browser_language: ::core::result::Result::Ok(value.browser_language),
                browser_screen_height: ::core::result::Result::Ok(
                    value.browser_screen_height,
                ),
                browser_screen_width: ::core::result::Result::Ok(
                    value.browser_screen_width,
                ),
                channel: ::core::result::Result::Ok(value.channel),
                time_zone: ::core::result::Result::Ok(value.time_zone),
                user_agent_header: ::core::result::Result::Ok(value.user_agent_header),
            }
        }
    }
    /// A [`DeviceDataRequest`](super::DeviceDataRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct DeviceDataRequest {
        collection_reference: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for DeviceDataRequest {
        fn default() -> Self {
            Self {
                collection_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl DeviceDataRequest {
        /// Sets `collectionReference`.
        pub fn collection_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.collection_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("collectionReference")
                });
            self
        }
        /// Leaves `collectionReference` out.
        pub fn without_collection_reference(mut self) -> Self {
            self.collection_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<DeviceDataRequest> for super::DeviceDataRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: DeviceDataRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                collection_reference: value.collection_reference?,
            })
        }
    }
    impl ::core::convert::From<super::DeviceDataRequest> for DeviceDataRequest {
        fn from(value: super::DeviceDataRequest) -> Self {
            Self {
                collection_reference: ::core::result::Result::Ok(
                    value.collection_reference,
                ),
            }
        }
    }
    /// A [`Exemption`](super::Exemption) under construction.
    #[derive(Clone, Debug)]
    pub struct Exemption {
        capability: ::core::result::Result<super::Capability, crate::request::Refusal>,
        mode: ::core::result::Result<super::ExemptionMode, crate::request::Refusal>,
        request: ::core::result::Result<
            ::std::option::Option<super::PaymentsExemptionRequest>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<super::ExemptionType, crate::request::Refusal>,
    }
    impl ::core::default::Default for Exemption {
        fn default() -> Self {
            Self {
                capability: ::core::result::Result::Err(
                    crate::request::Refusal::missing("capability"),
                ),
                mode: ::core::result::Result::Err(
                    crate::request::Refusal::missing("mode"),
                ),
                request: ::core::result::Result::Ok(::core::default::Default::default()),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl Exemption {
        /// Sets `capability`.
        pub fn capability<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Capability>,
            V::Error: crate::request::IntoRefusal,
        {
            self.capability = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("capability")
                });
            self
        }
        /// Sets `mode`.
        pub fn mode<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::ExemptionMode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.mode = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("mode"));
            self
        }
        /// Sets `request`.
        pub fn request<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsExemptionRequest>,
            V::Error: crate::request::IntoRefusal,
        {
            self.request = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("request"));
            self
        }
        /// Leaves `request` out.
        pub fn without_request(mut self) -> Self {
            self.request = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::ExemptionType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<Exemption> for super::Exemption {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Exemption,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                capability: value.capability?,
                mode: value.mode?,
                request: value.request?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::Exemption> for Exemption {
        fn from(value: super::Exemption) -> Self {
            Self {
                capability: ::core::result::Result::Ok(value.capability),
                mode: ::core::result::Result::Ok(value.mode),
                request: ::core::result::Result::Ok(value.request),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`ExpiryDate`](super::ExpiryDate) under construction.
    #[derive(Clone, Debug)]
    pub struct ExpiryDate {
        month: ::core::result::Result<i32, crate::request::Refusal>,
        year: ::core::result::Result<i32, crate::request::Refusal>,
    }
    impl ::core::default::Default for ExpiryDate {
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
    impl ExpiryDate {
        /// Sets `month`.
        pub fn month<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.month = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("month"));
            self
        }
        /// Sets `year`.
        pub fn year<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.year = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("year"));
            self
        }
    }
    impl ::core::convert::TryFrom<ExpiryDate> for super::ExpiryDate {
        type Error = crate::request::Refusal;
        fn try_from(
            value: ExpiryDate,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::core::convert::From<super::ExpiryDate> for ExpiryDate {
        fn from(value: super::ExpiryDate) -> Self {
            Self {
                month: ::core::result::Result::Ok(value.month),
                year: ::core::result::Result::Ok(value.year),
            }
        }
    }
    /// A [`InstallmentPlan`](super::InstallmentPlan) under construction.
    #[derive(Clone, Debug)]
    pub struct InstallmentPlan {
        number_of_installments: ::core::result::Result<i32, crate::request::Refusal>,
    }
    impl ::core::default::Default for InstallmentPlan {
        fn default() -> Self {
            Self {
                number_of_installments: ::core::result::Result::Err(
                    crate::request::Refusal::missing("numberOfInstallments"),
                ),
            }
        }
    }
    impl InstallmentPlan {
        /// Sets `numberOfInstallments`.
        pub fn number_of_installments<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number_of_installments = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("numberOfInstallments")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<InstallmentPlan> for super::InstallmentPlan {
        type Error = crate::request::Refusal;
        fn try_from(
            value: InstallmentPlan,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                number_of_installments: value.number_of_installments?,
            })
        }
    }
    impl ::core::convert::From<super::InstallmentPlan> for InstallmentPlan {
        fn from(value: super::InstallmentPlan) -> Self {
            Self {
                number_of_installments: ::core::result::Result::Ok(
                    value.number_of_installments,
                ),
            }
        }
    }
    /// A [`Merchant`](super::Merchant) under construction.
    #[derive(Clone, Debug)]
    pub struct Merchant {
        entity: ::core::result::Result<super::Entity, crate::request::Refusal>,
        mcc: ::core::result::Result<
            ::std::option::Option<super::Mcc>,
            crate::request::Refusal,
        >,
        payment_facilitator: ::core::result::Result<
            ::std::option::Option<super::PaymentsPaymentFacilitator>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Merchant {
        fn default() -> Self {
            Self {
                entity: ::core::result::Result::Err(
                    crate::request::Refusal::missing("entity"),
                ),
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
            V: ::core::convert::TryInto<super::Entity>,
            V::Error: crate::request::IntoRefusal,
        {
            self.entity = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("entity"));
            self
        }
        /// Sets `mcc`.
        pub fn mcc<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Mcc>,
            V::Error: crate::request::IntoRefusal,
        {
            self.mcc = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("mcc"));
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
            V: ::core::convert::TryInto<super::PaymentsPaymentFacilitator>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_facilitator = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("paymentFacilitator")
                });
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
                mcc: value.mcc?,
                payment_facilitator: value.payment_facilitator?,
            })
        }
    }
    impl ::core::convert::From<super::Merchant> for Merchant {
        fn from(value: super::Merchant) -> Self {
            Self {
                entity: ::core::result::Result::Ok(value.entity),
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
        line1: ::core::result::Result<super::Line1, crate::request::Refusal>,
        line2: ::core::result::Result<
            ::std::option::Option<super::Line2>,
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
            V: ::core::convert::TryInto<super::Line1>,
            V::Error: crate::request::IntoRefusal,
        {
            self.line1 = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("line1"));
            self
        }
        /// Sets `line2`.
        pub fn line2<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Line2>,
            V::Error: crate::request::IntoRefusal,
        {
            self.line2 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("line2"));
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
    /// A [`PaymentRequest`](super::PaymentRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentRequest {
        channel: ::core::result::Result<
            ::std::option::Option<super::PaymentRequestChannel>,
            crate::request::Refusal,
        >,
        instruction: ::core::result::Result<
            crate::payments_2024::types::PaymentsInstruction,
            crate::request::Refusal,
        >,
        merchant: ::core::result::Result<super::Merchant, crate::request::Refusal>,
        order_reference: ::core::result::Result<
            ::std::option::Option<super::OrderReference>,
            crate::request::Refusal,
        >,
        transaction_reference: ::core::result::Result<
            super::TransactionReference,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentRequest {
        fn default() -> Self {
            Self {
                channel: ::core::result::Result::Ok(::core::default::Default::default()),
                instruction: ::core::result::Result::Err(
                    crate::request::Refusal::missing("instruction"),
                ),
                merchant: ::core::result::Result::Err(
                    crate::request::Refusal::missing("merchant"),
                ),
                order_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                transaction_reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("transactionReference"),
                ),
            }
        }
    }
    impl PaymentRequest {
        /// Sets `channel`.
        pub fn channel<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentRequestChannel>,
            V::Error: crate::request::IntoRefusal,
        {
            self.channel = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("channel"));
            self
        }
        /// Leaves `channel` out.
        pub fn without_channel(mut self) -> Self {
            self.channel = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `instruction`.
        pub fn instruction<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsInstruction,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.instruction = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("instruction")
                });
            self
        }
        /// Sets `merchant`.
        pub fn merchant<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Merchant>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("merchant")
                });
            self
        }
        /// Sets `orderReference`.
        pub fn order_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::OrderReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.order_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("orderReference")
                });
            self
        }
        /// Leaves `orderReference` out.
        pub fn without_order_reference(mut self) -> Self {
            self.order_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `transactionReference`.
        pub fn transaction_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TransactionReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.transaction_reference = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("transactionReference")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentRequest> for super::PaymentRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                channel: value.channel?,
                instruction: value.instruction?,
                merchant: value.merchant?,
                order_reference: value.order_reference?,
                transaction_reference: value.transaction_reference?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentRequest> for PaymentRequest {
        fn from(value: super::PaymentRequest) -> Self {
            Self {
                channel: ::core::result::Result::Ok(value.channel),
                instruction: ::core::result::Result::Ok(value.instruction),
                merchant: ::core::result::Result::Ok(value.merchant),
                order_reference: ::core::result::Result::Ok(value.order_reference),
                transaction_reference: ::core::result::Result::Ok(
                    value.transaction_reference,
                ),
            }
        }
    }
    /// A [`PaymentsApplepayInstruction`](super::PaymentsApplepayInstruction) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsApplepayInstruction {
        consumer_bill_payment: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        customer: ::core::result::Result<
            ::std::option::Option<super::Customer>,
            crate::request::Refusal,
        >,
        customer_agreement: ::core::result::Result<
            ::std::option::Option<
                crate::payments_2024::types::PaymentsCustomerAgreement,
            >,
            crate::request::Refusal,
        >,
        debt_repayment: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        exemption: ::core::result::Result<
            ::std::option::Option<super::Exemption>,
            crate::request::Refusal,
        >,
        fraud: ::core::result::Result<
            ::std::option::Option<super::PaymentsFraud>,
            crate::request::Refusal,
        >,
        funds_transfer: ::core::result::Result<
            ::std::option::Option<super::PaymentsFundsTransfer>,
            crate::request::Refusal,
        >,
        narrative: ::core::result::Result<super::Narrative, crate::request::Refusal>,
        payment_instrument: ::core::result::Result<
            crate::payments_2024::types::PaymentInstrument,
            crate::request::Refusal,
        >,
        recipient: ::core::result::Result<
            ::std::option::Option<super::PaymentsRecipient>,
            crate::request::Refusal,
        >,
        settlement: ::core::result::Result<
            ::std::option::Option<super::Settlement>,
            crate::request::Refusal,
        >,
        shipping: ::core::result::Result<
            ::std::option::Option<super::Shipping>,
            crate::request::Refusal,
        >,
        three_ds: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::PaymentsThreeDs>,
            crate::request::Refusal,
        >,
        token_creation: ::core::result::Result<
            ::std::option::Option<super::TokenCreation>,
            crate::request::Refusal,
        >,
        value: ::core::result::Result<super::Value, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsApplepayInstruction {
        fn default() -> Self {
            Self {
                consumer_bill_payment: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                customer: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                customer_agreement: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                debt_repayment: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                exemption: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                fraud: ::core::result::Result::Ok(::core::default::Default::default()),
                funds_transfer: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                narrative: ::core::result::Result::Err(
                    crate::request::Refusal::missing("narrative"),
                ),
                payment_instrument: ::core::result::Result::Err(
                    crate::request::Refusal::missing("paymentInstrument"),
                ),
                recipient: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                settlement: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shipping: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                three_ds: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                token_creation: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                value: ::core::result::Result::Err(
                    crate::request::Refusal::missing("value"),
                ),
            }
        }
    }
    impl PaymentsApplepayInstruction {
        /// Sets `consumerBillPayment`.
        pub fn consumer_bill_payment<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.consumer_bill_payment = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("consumerBillPayment")
                });
            self
        }
        /// Leaves `consumerBillPayment` out.
        pub fn without_consumer_bill_payment(mut self) -> Self {
            self.consumer_bill_payment = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `customer`.
        pub fn customer<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Customer>,
            V::Error: crate::request::IntoRefusal,
        {
            self.customer = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("customer")
                });
            self
        }
        /// Leaves `customer` out.
        pub fn without_customer(mut self) -> Self {
            self.customer = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `customerAgreement`.
        pub fn customer_agreement<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsCustomerAgreement,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.customer_agreement = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("customerAgreement")
                });
            self
        }
        /// Leaves `customerAgreement` out.
        pub fn without_customer_agreement(mut self) -> Self {
            self.customer_agreement = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `debtRepayment`.
        pub fn debt_repayment<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.debt_repayment = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("debtRepayment")
                });
            self
        }
        /// Leaves `debtRepayment` out.
        pub fn without_debt_repayment(mut self) -> Self {
            self.debt_repayment = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `exemption`.
        pub fn exemption<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Exemption>,
            V::Error: crate::request::IntoRefusal,
        {
            self.exemption = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("exemption")
                });
            self
        }
        /// Leaves `exemption` out.
        pub fn without_exemption(mut self) -> Self {
            self.exemption = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `fraud`.
        pub fn fraud<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFraud>,
            V::Error: crate::request::IntoRefusal,
        {
            self.fraud = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("fraud"));
            self
        }
        /// Leaves `fraud` out.
        pub fn without_fraud(mut self) -> Self {
            self.fraud = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `fundsTransfer`.
        pub fn funds_transfer<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFundsTransfer>,
            V::Error: crate::request::IntoRefusal,
        {
            self.funds_transfer = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("fundsTransfer")
                });
            self
        }
        /// Leaves `fundsTransfer` out.
        pub fn without_funds_transfer(mut self) -> Self {
            self.funds_transfer = ::core::result::Result::Ok(
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
            self.narrative = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("narrative")
                });
            self
        }
        /// Sets `paymentInstrument`.
        pub fn payment_instrument<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::PaymentInstrument>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_instrument = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("paymentInstrument")
                });
            self
        }
        /// Sets `recipient`.
        pub fn recipient<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsRecipient>,
            V::Error: crate::request::IntoRefusal,
        {
            self.recipient = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("recipient")
                });
            self
        }
        /// Leaves `recipient` out.
        pub fn without_recipient(mut self) -> Self {
            self.recipient = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `settlement`.
        pub fn settlement<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Settlement>,
            V::Error: crate::request::IntoRefusal,
        {
            self.settlement = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("settlement")
                });
            self
        }
        /// Leaves `settlement` out.
        pub fn without_settlement(mut self) -> Self {
            self.settlement = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `shipping`.
        pub fn shipping<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Shipping>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shipping = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("shipping")
                });
            self
        }
        /// Leaves `shipping` out.
        pub fn without_shipping(mut self) -> Self {
            self.shipping = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `threeDS`.
        pub fn three_ds<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::PaymentsThreeDs>,
            V::Error: crate::request::IntoRefusal,
        {
            self.three_ds = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("threeDS"));
            self
        }
        /// Leaves `threeDS` out.
        pub fn without_three_ds(mut self) -> Self {
            self.three_ds = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `tokenCreation`.
        pub fn token_creation<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TokenCreation>,
            V::Error: crate::request::IntoRefusal,
        {
            self.token_creation = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("tokenCreation")
                });
            self
        }
        /// Leaves `tokenCreation` out.
        pub fn without_token_creation(mut self) -> Self {
            self.token_creation = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `value`.
        pub fn value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Value>,
            V::Error: crate::request::IntoRefusal,
        {
            self.value = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("value"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsApplepayInstruction>
    for super::PaymentsApplepayInstruction {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsApplepayInstruction,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                consumer_bill_payment: value.consumer_bill_payment?,
                customer: value.customer?,
                customer_agreement: value.customer_agreement?,
                debt_repayment: value.debt_repayment?,
                exemption: value.exemption?,
                fraud: value.fraud?,
                funds_transfer: value.funds_transfer?,
                narrative: value.narrative?,
                payment_instrument: value.payment_instrument?,
                recipient: value.recipient?,
                settlement: value.settlement?,
                shipping: value.shipping?,
                three_ds: value.three_ds?,
                token_creation: value.token_creation?,
                value: value.value?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsApplepayInstruction>
    for PaymentsApplepayInstruction {
        fn from(value: super::PaymentsApplepayInstruction) -> Self {
            Self {
                consumer_bill_payment: ::core::result::Result::Ok(
                    value.consumer_bill_payment,
                ),
                customer: ::core::result::Result::Ok(value.customer),
                customer_agreement: ::core::result::Result::Ok(value.customer_agreement),
                debt_repayment: ::core::result::Result::Ok(value.debt_repayment),
                exemption: ::core::result::Result::Ok(value.exemption),
                fraud: ::core::result::Result::Ok(value.fraud),
                funds_transfer: ::core::result::Result::Ok(value.funds_transfer),
                narrative: ::core::result::Result::Ok(value.narrative),
                payment_instrument: ::core::result::Result::Ok(value.payment_instrument),
                recipient: ::core::result::Result::Ok(value.recipient),
                settlement: ::core::result::Result::Ok(value.settlement),
                shipping: ::core::result::Result::Ok(value.shipping),
                three_ds: ::core::result::Result::Ok(value.three_ds),
                token_creation: ::core::result::Result::Ok(value.token_creation),
                value: ::core::result::Result::Ok(value.value),
            }
        }
    }
    /// A [`PaymentsBankAccount`](super::PaymentsBankAccount) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsBankAccount {
        account_number: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::AccountNumber>,
            crate::request::Refusal,
        >,
        iban: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::Iban>,
            crate::request::Refusal,
        >,
        identifier_type: ::core::result::Result<
            super::IdentifierType,
            crate::request::Refusal,
        >,
        routing_number: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::RoutingNumber>,
            crate::request::Refusal,
        >,
        swift_bic: ::core::result::Result<
            ::std::option::Option<super::SwiftBic>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsBankAccount {
        fn default() -> Self {
            Self {
                account_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                iban: ::core::result::Result::Ok(::core::default::Default::default()),
                identifier_type: ::core::result::Result::Err(
                    crate::request::Refusal::missing("identifierType"),
                ),
                routing_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                swift_bic: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentsBankAccount {
        /// Sets `accountNumber`.
        pub fn account_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::AccountNumber>,
            V::Error: crate::request::IntoRefusal,
        {
            self.account_number = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("accountNumber")
                });
            self
        }
        /// Leaves `accountNumber` out.
        pub fn without_account_number(mut self) -> Self {
            self.account_number = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `iban`.
        pub fn iban<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::Iban>,
            V::Error: crate::request::IntoRefusal,
        {
            self.iban = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("iban"));
            self
        }
        /// Leaves `iban` out.
        pub fn without_iban(mut self) -> Self {
            self.iban = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `identifierType`.
        pub fn identifier_type<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::IdentifierType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.identifier_type = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("identifierType")
                });
            self
        }
        /// Sets `routingNumber`.
        pub fn routing_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::RoutingNumber>,
            V::Error: crate::request::IntoRefusal,
        {
            self.routing_number = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("routingNumber")
                });
            self
        }
        /// Leaves `routingNumber` out.
        pub fn without_routing_number(mut self) -> Self {
            self.routing_number = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `swiftBic`.
        pub fn swift_bic<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::SwiftBic>,
            V::Error: crate::request::IntoRefusal,
        {
            self.swift_bic = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("swiftBic")
                });
            self
        }
        /// Leaves `swiftBic` out.
        pub fn without_swift_bic(mut self) -> Self {
            self.swift_bic = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsBankAccount> for super::PaymentsBankAccount {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsBankAccount,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                account_number: value.account_number?,
                iban: value.iban?,
                identifier_type: value.identifier_type?,
                routing_number: value.routing_number?,
                swift_bic: value.swift_bic?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsBankAccount> for PaymentsBankAccount {
        fn from(value: super::PaymentsBankAccount) -> Self {
            Self {
                account_number: ::core::result::Result::Ok(value.account_number),
                iban: ::core::result::Result::Ok(value.iban),
                identifier_type: ::core::result::Result::Ok(value.identifier_type),
                routing_number: ::core::result::Result::Ok(value.routing_number),
                swift_bic: ::core::result::Result::Ok(value.swift_bic),
            }
        }
    }
    /// A [`PaymentsBillingAddress`](super::PaymentsBillingAddress) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsBillingAddress {
        address1: ::core::result::Result<
            super::PaymentsBillingAddressAddress1,
            crate::request::Refusal,
        >,
        address2: ::core::result::Result<
            ::std::option::Option<super::PaymentsBillingAddressAddress2>,
            crate::request::Refusal,
        >,
        address3: ::core::result::Result<
            ::std::option::Option<super::PaymentsBillingAddressAddress3>,
            crate::request::Refusal,
        >,
        city: ::core::result::Result<
            super::PaymentsBillingAddressCity,
            crate::request::Refusal,
        >,
        country_code: ::core::result::Result<
            super::PaymentsBillingAddressCountryCode,
            crate::request::Refusal,
        >,
        postal_code: ::core::result::Result<
            ::std::option::Option<super::PaymentsBillingAddressPostalCode>,
            crate::request::Refusal,
        >,
        state: ::core::result::Result<
            ::std::option::Option<super::PaymentsBillingAddressState>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsBillingAddress {
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
                postal_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                state: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentsBillingAddress {
        /// Sets `address1`.
        pub fn address1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsBillingAddressAddress1>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address1 = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("address1")
                });
            self
        }
        /// Sets `address2`.
        pub fn address2<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsBillingAddressAddress2>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address2 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("address2")
                });
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
            V: ::core::convert::TryInto<super::PaymentsBillingAddressAddress3>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address3 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("address3")
                });
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
            V: ::core::convert::TryInto<super::PaymentsBillingAddressCity>,
            V::Error: crate::request::IntoRefusal,
        {
            self.city = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("city"));
            self
        }
        /// Sets `countryCode`.
        pub fn country_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsBillingAddressCountryCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("countryCode")
                });
            self
        }
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsBillingAddressPostalCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.postal_code = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("postalCode")
                });
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
            V: ::core::convert::TryInto<super::PaymentsBillingAddressState>,
            V::Error: crate::request::IntoRefusal,
        {
            self.state = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("state"));
            self
        }
        /// Leaves `state` out.
        pub fn without_state(mut self) -> Self {
            self.state = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsBillingAddress>
    for super::PaymentsBillingAddress {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsBillingAddress,
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
    impl ::core::convert::From<super::PaymentsBillingAddress>
    for PaymentsBillingAddress {
        fn from(value: super::PaymentsBillingAddress) -> Self {
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
    /// A [`PaymentsCardAccount`](super::PaymentsCardAccount) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsCardAccount {
        card_number: ::core::result::Result<
            crate::payments_2024::types::PaymentsCardAccountCardNumber,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsCardAccount {
        fn default() -> Self {
            Self {
                card_number: ::core::result::Result::Err(
                    crate::request::Refusal::missing("cardNumber"),
                ),
            }
        }
    }
    impl PaymentsCardAccount {
        /// Sets `cardNumber`.
        pub fn card_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsCardAccountCardNumber,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_number = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cardNumber")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsCardAccount> for super::PaymentsCardAccount {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsCardAccount,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                card_number: value.card_number?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsCardAccount> for PaymentsCardAccount {
        fn from(value: super::PaymentsCardAccount) -> Self {
            Self {
                card_number: ::core::result::Result::Ok(value.card_number),
            }
        }
    }
    /// A [`PaymentsCardInstruction`](super::PaymentsCardInstruction) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsCardInstruction {
        consumer_bill_payment: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        customer: ::core::result::Result<
            ::std::option::Option<super::Customer>,
            crate::request::Refusal,
        >,
        customer_agreement: ::core::result::Result<
            ::std::option::Option<
                crate::payments_2024::types::PaymentsCustomerAgreement,
            >,
            crate::request::Refusal,
        >,
        debt_repayment: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        exemption: ::core::result::Result<
            ::std::option::Option<super::Exemption>,
            crate::request::Refusal,
        >,
        fraud: ::core::result::Result<
            ::std::option::Option<super::PaymentsFraud>,
            crate::request::Refusal,
        >,
        funds_transfer: ::core::result::Result<
            ::std::option::Option<super::PaymentsFundsTransfer>,
            crate::request::Refusal,
        >,
        narrative: ::core::result::Result<super::Narrative, crate::request::Refusal>,
        payment_instrument: ::core::result::Result<
            crate::payments_2024::types::PaymentsCardInstructionPaymentInstrument,
            crate::request::Refusal,
        >,
        recipient: ::core::result::Result<
            ::std::option::Option<super::PaymentsRecipient>,
            crate::request::Refusal,
        >,
        request_account_updater: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        settlement: ::core::result::Result<
            ::std::option::Option<super::Settlement>,
            crate::request::Refusal,
        >,
        shipping: ::core::result::Result<
            ::std::option::Option<super::Shipping>,
            crate::request::Refusal,
        >,
        three_ds: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::PaymentsThreeDs>,
            crate::request::Refusal,
        >,
        token_creation: ::core::result::Result<
            ::std::option::Option<super::TokenCreation>,
            crate::request::Refusal,
        >,
        value: ::core::result::Result<super::Value, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsCardInstruction {
        fn default() -> Self {
            Self {
                consumer_bill_payment: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                customer: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                customer_agreement: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                debt_repayment: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                exemption: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                fraud: ::core::result::Result::Ok(::core::default::Default::default()),
                funds_transfer: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                narrative: ::core::result::Result::Err(
                    crate::request::Refusal::missing("narrative"),
                ),
                payment_instrument: ::core::result::Result::Err(
                    crate::request::Refusal::missing("paymentInstrument"),
                ),
                recipient: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                request_account_updater: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                settlement: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shipping: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                three_ds: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                token_creation: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                value: ::core::result::Result::Err(
                    crate::request::Refusal::missing("value"),
                ),
            }
        }
    }
    impl PaymentsCardInstruction {
        /// Sets `consumerBillPayment`.
        pub fn consumer_bill_payment<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.consumer_bill_payment = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("consumerBillPayment")
                });
            self
        }
        /// Leaves `consumerBillPayment` out.
        pub fn without_consumer_bill_payment(mut self) -> Self {
            self.consumer_bill_payment = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `customer`.
        pub fn customer<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Customer>,
            V::Error: crate::request::IntoRefusal,
        {
            self.customer = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("customer")
                });
            self
        }
        /// Leaves `customer` out.
        pub fn without_customer(mut self) -> Self {
            self.customer = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `customerAgreement`.
        pub fn customer_agreement<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsCustomerAgreement,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.customer_agreement = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("customerAgreement")
                });
            self
        }
        /// Leaves `customerAgreement` out.
        pub fn without_customer_agreement(mut self) -> Self {
            self.customer_agreement = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `debtRepayment`.
        pub fn debt_repayment<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.debt_repayment = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("debtRepayment")
                });
            self
        }
        /// Leaves `debtRepayment` out.
        pub fn without_debt_repayment(mut self) -> Self {
            self.debt_repayment = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `exemption`.
        pub fn exemption<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Exemption>,
            V::Error: crate::request::IntoRefusal,
        {
            self.exemption = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("exemption")
                });
            self
        }
        /// Leaves `exemption` out.
        pub fn without_exemption(mut self) -> Self {
            self.exemption = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `fraud`.
        pub fn fraud<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFraud>,
            V::Error: crate::request::IntoRefusal,
        {
            self.fraud = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("fraud"));
            self
        }
        /// Leaves `fraud` out.
        pub fn without_fraud(mut self) -> Self {
            self.fraud = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `fundsTransfer`.
        pub fn funds_transfer<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFundsTransfer>,
            V::Error: crate::request::IntoRefusal,
        {
            self.funds_transfer = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("fundsTransfer")
                });
            self
        }
        /// Leaves `fundsTransfer` out.
        pub fn without_funds_transfer(mut self) -> Self {
            self.funds_transfer = ::core::result::Result::Ok(
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
            self.narrative = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("narrative")
                });
            self
        }
        /// Sets `paymentInstrument`.
        pub fn payment_instrument<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsCardInstructionPaymentInstrument,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_instrument = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("paymentInstrument")
                });
            self
        }
        /// Sets `recipient`.
        pub fn recipient<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsRecipient>,
            V::Error: crate::request::IntoRefusal,
        {
            self.recipient = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("recipient")
                });
            self
        }
        /// Leaves `recipient` out.
        pub fn without_recipient(mut self) -> Self {
            self.recipient = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `requestAccountUpdater`.
        pub fn request_account_updater<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.request_account_updater = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("requestAccountUpdater")
                });
            self
        }
        /// Leaves `requestAccountUpdater` out.
        pub fn without_request_account_updater(mut self) -> Self {
            self.request_account_updater = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `settlement`.
        pub fn settlement<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Settlement>,
            V::Error: crate::request::IntoRefusal,
        {
            self.settlement = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("settlement")
                });
            self
        }
        /// Leaves `settlement` out.
        pub fn without_settlement(mut self) -> Self {
            self.settlement = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `shipping`.
        pub fn shipping<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Shipping>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shipping = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("shipping")
                });
            self
        }
        /// Leaves `shipping` out.
        pub fn without_shipping(mut self) -> Self {
            self.shipping = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `threeDS`.
        pub fn three_ds<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::PaymentsThreeDs>,
            V::Error: crate::request::IntoRefusal,
        {
            self.three_ds = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("threeDS"));
            self
        }
        /// Leaves `threeDS` out.
        pub fn without_three_ds(mut self) -> Self {
            self.three_ds = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `tokenCreation`.
        pub fn token_creation<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TokenCreation>,
            V::Error: crate::request::IntoRefusal,
        {
            self.token_creation = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("tokenCreation")
                });
            self
        }
        /// Leaves `tokenCreation` out.
        pub fn without_token_creation(mut self) -> Self {
            self.token_creation = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `value`.
        pub fn value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Value>,
            V::Error: crate::request::IntoRefusal,
        {
            self.value = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("value"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsCardInstruction>
    for super::PaymentsCardInstruction {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsCardInstruction,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                consumer_bill_payment: value.consumer_bill_payment?,
                customer: value.customer?,
                customer_agreement: value.customer_agreement?,
                debt_repayment: value.debt_repayment?,
                exemption: value.exemption?,
                fraud: value.fraud?,
                funds_transfer: value.funds_transfer?,
                narrative: value.narrative?,
                payment_instrument: value.payment_instrument?,
                recipient: value.recipient?,
                request_account_updater: value.request_account_updater?,
                settlement: value.settlement?,
                shipping: value.shipping?,
                three_ds: value.three_ds?,
                token_creation: value.token_creation?,
                value: value.value?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsCardInstruction>
    for PaymentsCardInstruction {
        fn from(value: super::PaymentsCardInstruction) -> Self {
            Self {
                consumer_bill_payment: ::core::result::Result::Ok(
                    value.consumer_bill_payment,
                ),
                customer: ::core::result::Result::Ok(value.customer),
                customer_agreement: ::core::result::Result::Ok(value.customer_agreement),
                debt_repayment: ::core::result::Result::Ok(value.debt_repayment),
                exemption: ::core::result::Result::Ok(value.exemption),
                fraud: ::core::result::Result::Ok(value.fraud),
                funds_transfer: ::core::result::Result::Ok(value.funds_transfer),
                narrative: ::core::result::Result::Ok(value.narrative),
                payment_instrument: ::core::result::Result::Ok(value.payment_instrument),
                recipient: ::core::result::Result::Ok(value.recipient),
                request_account_updater: ::core::result::Result::Ok(
                    value.request_account_updater,
                ),
                settlement: ::core::result::Result::Ok(value.settlement),
                shipping: ::core::result::Result::Ok(value.shipping),
                three_ds: ::core::result::Result::Ok(value.three_ds),
                token_creation: ::core::result::Result::Ok(value.token_creation),
                value: ::core::result::Result::Ok(value.value),
            }
        }
    }
    /// A [`PaymentsCardOnFileCustomerAgreement`](super::PaymentsCardOnFileCustomerAgreement) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsCardOnFileCustomerAgreement {
        stored_card_usage: ::core::result::Result<
            super::StoredCardUsage,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsCardOnFileCustomerAgreement {
        fn default() -> Self {
            Self {
                stored_card_usage: ::core::result::Result::Err(
                    crate::request::Refusal::missing("storedCardUsage"),
                ),
            }
        }
    }
    impl PaymentsCardOnFileCustomerAgreement {
        /// Sets `storedCardUsage`.
        pub fn stored_card_usage<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::StoredCardUsage>,
            V::Error: crate::request::IntoRefusal,
        {
            self.stored_card_usage = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("storedCardUsage")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsCardOnFileCustomerAgreement>
    for super::PaymentsCardOnFileCustomerAgreement {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsCardOnFileCustomerAgreement,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsCardOnFileCustomerAgreement>
    for PaymentsCardOnFileCustomerAgreement {
        fn from(value: super::PaymentsCardOnFileCustomerAgreement) -> Self {
            Self {
                stored_card_usage: ::core::result::Result::Ok(value.stored_card_usage),
            }
        }
    }
    /// A [`PaymentsCardPlainPaymentInstrument`](super::PaymentsCardPlainPaymentInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsCardPlainPaymentInstrument {
        billing_address: ::core::result::Result<
            ::std::option::Option<super::PaymentsBillingAddress>,
            crate::request::Refusal,
        >,
        card_holder_name: ::core::result::Result<
            ::std::option::Option<
                crate::payments_2024::types::PaymentsCardPlainPaymentInstrumentCardHolderName,
            >,
            crate::request::Refusal,
        >,
        card_number: ::core::result::Result<
            crate::payments_2024::types::PaymentsCardPlainPaymentInstrumentCardNumber,
            crate::request::Refusal,
        >,
        cvc: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::Cvc>,
            crate::request::Refusal,
        >,
        expiry_date: ::core::result::Result<super::ExpiryDate, crate::request::Refusal>,
        routing: ::core::result::Result<
            ::std::option::Option<super::Routing>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsCardPlainPaymentInstrument {
        fn default() -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                card_holder_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                card_number: ::core::result::Result::Err(
                    crate::request::Refusal::missing("cardNumber"),
                ),
                cvc: ::core::result::Result::Ok(::core::default::Default::default()),
                expiry_date: ::core::result::Result::Err(
                    crate::request::Refusal::missing("expiryDate"),
                ),
                routing: ::core::result::Result::Ok(::core::default::Default::default()),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl PaymentsCardPlainPaymentInstrument {
        /// Sets `billingAddress`.
        pub fn billing_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsBillingAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.billing_address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("billingAddress")
                });
            self
        }
        /// Leaves `billingAddress` out.
        pub fn without_billing_address(mut self) -> Self {
            self.billing_address = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cardHolderName`.
        pub fn card_holder_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsCardPlainPaymentInstrumentCardHolderName,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_holder_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cardHolderName")
                });
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
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsCardPlainPaymentInstrumentCardNumber,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_number = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cardNumber")
                });
            self
        }
        /// Sets `cvc`.
        pub fn cvc<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::Cvc>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cvc = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("cvc"));
            self
        }
        /// Leaves `cvc` out.
        pub fn without_cvc(mut self) -> Self {
            self.cvc = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `expiryDate`.
        pub fn expiry_date<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::ExpiryDate>,
            V::Error: crate::request::IntoRefusal,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("expiryDate")
                });
            self
        }
        /// Sets `routing`.
        pub fn routing<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Routing>,
            V::Error: crate::request::IntoRefusal,
        {
            self.routing = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("routing"));
            self
        }
        /// Leaves `routing` out.
        pub fn without_routing(mut self) -> Self {
            self.routing = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsCardPlainPaymentInstrument>
    for super::PaymentsCardPlainPaymentInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsCardPlainPaymentInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                billing_address: value.billing_address?,
                card_holder_name: value.card_holder_name?,
                card_number: value.card_number?,
                cvc: value.cvc?,
                expiry_date: value.expiry_date?,
                routing: value.routing?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsCardPlainPaymentInstrument>
    for PaymentsCardPlainPaymentInstrument {
        fn from(value: super::PaymentsCardPlainPaymentInstrument) -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(value.billing_address),
                card_holder_name: ::core::result::Result::Ok(value.card_holder_name),
                card_number: ::core::result::Result::Ok(value.card_number),
                cvc: ::core::result::Result::Ok(value.cvc),
                expiry_date: ::core::result::Result::Ok(value.expiry_date),
                routing: ::core::result::Result::Ok(value.routing),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`PaymentsDecryptedPaymentInstrument`](super::PaymentsDecryptedPaymentInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsDecryptedPaymentInstrument {
        billing_address: ::core::result::Result<
            ::std::option::Option<super::PaymentsBillingAddress>,
            crate::request::Refusal,
        >,
        cryptogram: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::Cryptogram>,
            crate::request::Refusal,
        >,
        eci: ::core::result::Result<
            ::std::option::Option<super::Eci>,
            crate::request::Refusal,
        >,
        expiry_date: ::core::result::Result<super::ExpiryDate, crate::request::Refusal>,
        number: ::core::result::Result<
            crate::payments_2024::types::PaymentsDecryptedPaymentInstrumentCardNumber,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsDecryptedPaymentInstrument {
        fn default() -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                cryptogram: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                eci: ::core::result::Result::Ok(::core::default::Default::default()),
                expiry_date: ::core::result::Result::Err(
                    crate::request::Refusal::missing("expiryDate"),
                ),
                number: ::core::result::Result::Err(
                    crate::request::Refusal::missing("number"),
                ),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl PaymentsDecryptedPaymentInstrument {
        /// Sets `billingAddress`.
        pub fn billing_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsBillingAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.billing_address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("billingAddress")
                });
            self
        }
        /// Leaves `billingAddress` out.
        pub fn without_billing_address(mut self) -> Self {
            self.billing_address = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cryptogram`.
        pub fn cryptogram<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::Cryptogram>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cryptogram = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cryptogram")
                });
            self
        }
        /// Leaves `cryptogram` out.
        pub fn without_cryptogram(mut self) -> Self {
            self.cryptogram = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `eci`.
        pub fn eci<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Eci>,
            V::Error: crate::request::IntoRefusal,
        {
            self.eci = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("eci"));
            self
        }
        /// Leaves `eci` out.
        pub fn without_eci(mut self) -> Self {
            self.eci = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `expiryDate`.
        pub fn expiry_date<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::ExpiryDate>,
            V::Error: crate::request::IntoRefusal,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("expiryDate")
                });
            self
        }
        /// Sets `number`.
        pub fn number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsDecryptedPaymentInstrumentCardNumber,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.number = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number"));
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsDecryptedPaymentInstrument>
    for super::PaymentsDecryptedPaymentInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsDecryptedPaymentInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                billing_address: value.billing_address?,
                cryptogram: value.cryptogram?,
                eci: value.eci?,
                expiry_date: value.expiry_date?,
                number: value.number?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsDecryptedPaymentInstrument>
    for PaymentsDecryptedPaymentInstrument {
        fn from(value: super::PaymentsDecryptedPaymentInstrument) -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(value.billing_address),
                cryptogram: ::core::result::Result::Ok(value.cryptogram),
                eci: ::core::result::Result::Ok(value.eci),
                expiry_date: ::core::result::Result::Ok(value.expiry_date),
                number: ::core::result::Result::Ok(value.number),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`PaymentsEmailAccount`](super::PaymentsEmailAccount) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsEmailAccount {
        email_address: ::core::result::Result<
            super::EmailAddress,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsEmailAccount {
        fn default() -> Self {
            Self {
                email_address: ::core::result::Result::Err(
                    crate::request::Refusal::missing("emailAddress"),
                ),
            }
        }
    }
    impl PaymentsEmailAccount {
        /// Sets `emailAddress`.
        pub fn email_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::EmailAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.email_address = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("emailAddress")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsEmailAccount> for super::PaymentsEmailAccount {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsEmailAccount,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                email_address: value.email_address?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsEmailAccount> for PaymentsEmailAccount {
        fn from(value: super::PaymentsEmailAccount) -> Self {
            Self {
                email_address: ::core::result::Result::Ok(value.email_address),
            }
        }
    }
    /// A [`PaymentsEncryptedPaymentInstrument`](super::PaymentsEncryptedPaymentInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsEncryptedPaymentInstrument {
        billing_address: ::core::result::Result<
            ::std::option::Option<super::PaymentsBillingAddress>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        wallet_token: ::core::result::Result<
            crate::payments_2024::types::WalletToken,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsEncryptedPaymentInstrument {
        fn default() -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
                wallet_token: ::core::result::Result::Err(
                    crate::request::Refusal::missing("walletToken"),
                ),
            }
        }
    }
    impl PaymentsEncryptedPaymentInstrument {
        /// Sets `billingAddress`.
        pub fn billing_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsBillingAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.billing_address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("billingAddress")
                });
            self
        }
        /// Leaves `billingAddress` out.
        pub fn without_billing_address(mut self) -> Self {
            self.billing_address = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
        /// Sets `walletToken`.
        pub fn wallet_token<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::WalletToken>,
            V::Error: crate::request::IntoRefusal,
        {
            self.wallet_token = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("walletToken")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsEncryptedPaymentInstrument>
    for super::PaymentsEncryptedPaymentInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsEncryptedPaymentInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                billing_address: value.billing_address?,
                type_: value.type_?,
                wallet_token: value.wallet_token?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsEncryptedPaymentInstrument>
    for PaymentsEncryptedPaymentInstrument {
        fn from(value: super::PaymentsEncryptedPaymentInstrument) -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(value.billing_address),
                type_: ::core::result::Result::Ok(value.type_),
                wallet_token: ::core::result::Result::Ok(value.wallet_token),
            }
        }
    }
    /// A [`PaymentsExemptionRequest`](super::PaymentsExemptionRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsExemptionRequest {
        placement: ::core::result::Result<
            ::std::option::Option<super::Placement>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<
            ::std::option::Option<super::PaymentsExemptionRequestType>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsExemptionRequest {
        fn default() -> Self {
            Self {
                placement: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                type_: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentsExemptionRequest {
        /// Sets `placement`.
        pub fn placement<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Placement>,
            V::Error: crate::request::IntoRefusal,
        {
            self.placement = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("placement")
                });
            self
        }
        /// Leaves `placement` out.
        pub fn without_placement(mut self) -> Self {
            self.placement = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsExemptionRequestType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
        /// Leaves `type` out.
        pub fn without_type(mut self) -> Self {
            self.type_ = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsExemptionRequest>
    for super::PaymentsExemptionRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsExemptionRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                placement: value.placement?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsExemptionRequest>
    for PaymentsExemptionRequest {
        fn from(value: super::PaymentsExemptionRequest) -> Self {
            Self {
                placement: ::core::result::Result::Ok(value.placement),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`PaymentsExternalThreeDs`](super::PaymentsExternalThreeDs) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsExternalThreeDs {
        authentication_flow: ::core::result::Result<
            ::std::option::Option<super::AuthenticationFlow>,
            crate::request::Refusal,
        >,
        authentication_value: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::AuthenticationValue>,
            crate::request::Refusal,
        >,
        brand: ::core::result::Result<
            ::std::option::Option<super::PaymentsExternalThreeDsBrand>,
            crate::request::Refusal,
        >,
        challenge_preference: ::core::result::Result<
            ::std::option::Option<super::ChallengePreference>,
            crate::request::Refusal,
        >,
        cryptogram_algorithm: ::core::result::Result<
            ::std::option::Option<super::CryptogramAlgorithm>,
            crate::request::Refusal,
        >,
        ds_transaction_id: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        eci: ::core::result::Result<
            ::std::option::Option<super::PaymentsExternalThreeDsEci>,
            crate::request::Refusal,
        >,
        network_score: ::core::result::Result<
            ::std::option::Option<super::NetworkScore>,
            crate::request::Refusal,
        >,
        version: ::core::result::Result<super::Version, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsExternalThreeDs {
        fn default() -> Self {
            Self {
                authentication_flow: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                authentication_value: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                brand: ::core::result::Result::Ok(::core::default::Default::default()),
                challenge_preference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                cryptogram_algorithm: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                ds_transaction_id: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                eci: ::core::result::Result::Ok(::core::default::Default::default()),
                network_score: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                version: ::core::result::Result::Err(
                    crate::request::Refusal::missing("version"),
                ),
            }
        }
    }
    impl PaymentsExternalThreeDs {
        /// Sets `authenticationFlow`.
        pub fn authentication_flow<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::AuthenticationFlow>,
            V::Error: crate::request::IntoRefusal,
        {
            self.authentication_flow = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("authenticationFlow")
                });
            self
        }
        /// Leaves `authenticationFlow` out.
        pub fn without_authentication_flow(mut self) -> Self {
            self.authentication_flow = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `authenticationValue`.
        pub fn authentication_value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::AuthenticationValue,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.authentication_value = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("authenticationValue")
                });
            self
        }
        /// Leaves `authenticationValue` out.
        pub fn without_authentication_value(mut self) -> Self {
            self.authentication_value = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `brand`.
        pub fn brand<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsExternalThreeDsBrand>,
            V::Error: crate::request::IntoRefusal,
        {
            self.brand = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("brand"));
            self
        }
        /// Leaves `brand` out.
        pub fn without_brand(mut self) -> Self {
            self.brand = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `challengePreference`.
        pub fn challenge_preference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::ChallengePreference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.challenge_preference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("challengePreference")
                });
            self
        }
        /// Leaves `challengePreference` out.
        pub fn without_challenge_preference(mut self) -> Self {
            self.challenge_preference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cryptogramAlgorithm`.
        pub fn cryptogram_algorithm<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::CryptogramAlgorithm>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cryptogram_algorithm = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("cryptogramAlgorithm")
                });
            self
        }
        /// Leaves `cryptogramAlgorithm` out.
        pub fn without_cryptogram_algorithm(mut self) -> Self {
            self.cryptogram_algorithm = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `dsTransactionId`.
        pub fn ds_transaction_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.ds_transaction_id = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("dsTransactionId")
                });
            self
        }
        /// Leaves `dsTransactionId` out.
        pub fn without_ds_transaction_id(mut self) -> Self {
            self.ds_transaction_id = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `eci`.
        pub fn eci<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsExternalThreeDsEci>,
            V::Error: crate::request::IntoRefusal,
        {
            self.eci = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("eci"));
            self
        }
        /// Leaves `eci` out.
        pub fn without_eci(mut self) -> Self {
            self.eci = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `networkScore`.
        pub fn network_score<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::NetworkScore>,
            V::Error: crate::request::IntoRefusal,
        {
            self.network_score = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("networkScore")
                });
            self
        }
        /// Leaves `networkScore` out.
        pub fn without_network_score(mut self) -> Self {
            self.network_score = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `version`.
        pub fn version<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Version>,
            V::Error: crate::request::IntoRefusal,
        {
            self.version = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("version"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsExternalThreeDs>
    for super::PaymentsExternalThreeDs {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsExternalThreeDs,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                authentication_flow: value.authentication_flow?,
                authentication_value: value.authentication_value?,
                brand: value.brand?,
                challenge_preference: value.challenge_preference?,
                cryptogram_algorithm: value.cryptogram_algorithm?,
                ds_transaction_id: value.ds_transaction_id?,
                eci: value.eci?,
                network_score: value.network_score?,
                version: value.version?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsExternalThreeDs>
    for PaymentsExternalThreeDs {
        fn from(value: super::PaymentsExternalThreeDs) -> Self {
            Self {
                authentication_flow: ::core::result::Result::Ok(
                    value.authentication_flow,
                ),
                authentication_value: ::core::result::Result::Ok(
                    value.authentication_value,
                ),
                brand: ::core::result::Result::Ok(value.brand),
                challenge_preference: ::core::result::Result::Ok(
                    value.challenge_preference,
                ),
                cryptogram_algorithm: ::core::result::Result::Ok(
                    value.cryptogram_algorithm,
                ),
                ds_transaction_id: ::core::result::Result::Ok(value.ds_transaction_id),
                eci: ::core::result::Result::Ok(value.eci),
                network_score: ::core::result::Result::Ok(value.network_score),
                version: ::core::result::Result::Ok(value.version),
            }
        }
    }
    /// A [`PaymentsFraud`](super::PaymentsFraud) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsFraud {
        custom: ::core::result::Result<
            ::std::option::Option<super::Custom>,
            crate::request::Refusal,
        >,
        silent_mode: ::core::result::Result<bool, crate::request::Refusal>,
        tmx_session_id: ::core::result::Result<
            ::std::option::Option<super::TmxSessionId>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<super::PaymentsFraudType, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsFraud {
        fn default() -> Self {
            Self {
                custom: ::core::result::Result::Ok(::core::default::Default::default()),
                silent_mode: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                tmx_session_id: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl PaymentsFraud {
        /// Sets `custom`.
        pub fn custom<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Custom>,
            V::Error: crate::request::IntoRefusal,
        {
            self.custom = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("custom"));
            self
        }
        /// Leaves `custom` out.
        pub fn without_custom(mut self) -> Self {
            self.custom = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `silentMode`.
        pub fn silent_mode<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.silent_mode = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("silentMode")
                });
            self
        }
        /// Sets `tmxSessionId`.
        pub fn tmx_session_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TmxSessionId>,
            V::Error: crate::request::IntoRefusal,
        {
            self.tmx_session_id = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("tmxSessionId")
                });
            self
        }
        /// Leaves `tmxSessionId` out.
        pub fn without_tmx_session_id(mut self) -> Self {
            self.tmx_session_id = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFraudType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsFraud> for super::PaymentsFraud {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsFraud,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                custom: value.custom?,
                silent_mode: value.silent_mode?,
                tmx_session_id: value.tmx_session_id?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsFraud> for PaymentsFraud {
        fn from(value: super::PaymentsFraud) -> Self {
            Self {
                custom: ::core::result::Result::Ok(value.custom),
                silent_mode: ::core::result::Result::Ok(value.silent_mode),
                tmx_session_id: ::core::result::Result::Ok(value.tmx_session_id),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`PaymentsFundsRecipient`](super::PaymentsFundsRecipient) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsFundsRecipient {
        account: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::PaymentsRecipientAccount>,
            crate::request::Refusal,
        >,
        address: ::core::result::Result<
            ::std::option::Option<super::PaymentsTransferAddress>,
            crate::request::Refusal,
        >,
        date_of_birth: ::core::result::Result<
            ::std::option::Option<crate::format::Date>,
            crate::request::Refusal,
        >,
        document_reference: ::core::result::Result<
            ::std::option::Option<super::DocumentReference>,
            crate::request::Refusal,
        >,
        first_name: ::core::result::Result<
            ::std::option::Option<super::PaymentsFundsRecipientFirstName>,
            crate::request::Refusal,
        >,
        last_name: ::core::result::Result<
            ::std::option::Option<super::PaymentsFundsRecipientLastName>,
            crate::request::Refusal,
        >,
        middle_name: ::core::result::Result<
            ::std::option::Option<super::MiddleName>,
            crate::request::Refusal,
        >,
        phone_number: ::core::result::Result<
            ::std::option::Option<super::PhoneNumber>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsFundsRecipient {
        fn default() -> Self {
            Self {
                account: ::core::result::Result::Ok(::core::default::Default::default()),
                address: ::core::result::Result::Ok(::core::default::Default::default()),
                date_of_birth: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                document_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                first_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                last_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                middle_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                phone_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentsFundsRecipient {
        /// Sets `account`.
        pub fn account<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsRecipientAccount,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.account = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("account"));
            self
        }
        /// Leaves `account` out.
        pub fn without_account(mut self) -> Self {
            self.account = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `address`.
        pub fn address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsTransferAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("address"));
            self
        }
        /// Leaves `address` out.
        pub fn without_address(mut self) -> Self {
            self.address = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `dateOfBirth`.
        pub fn date_of_birth<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::format::Date>,
            V::Error: crate::request::IntoRefusal,
        {
            self.date_of_birth = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("dateOfBirth")
                });
            self
        }
        /// Leaves `dateOfBirth` out.
        pub fn without_date_of_birth(mut self) -> Self {
            self.date_of_birth = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `documentReference`.
        pub fn document_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::DocumentReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.document_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("documentReference")
                });
            self
        }
        /// Leaves `documentReference` out.
        pub fn without_document_reference(mut self) -> Self {
            self.document_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `firstName`.
        pub fn first_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFundsRecipientFirstName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.first_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("firstName")
                });
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
            V: ::core::convert::TryInto<super::PaymentsFundsRecipientLastName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.last_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("lastName")
                });
            self
        }
        /// Leaves `lastName` out.
        pub fn without_last_name(mut self) -> Self {
            self.last_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `middleName`.
        pub fn middle_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::MiddleName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.middle_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("middleName")
                });
            self
        }
        /// Leaves `middleName` out.
        pub fn without_middle_name(mut self) -> Self {
            self.middle_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `phoneNumber`.
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PhoneNumber>,
            V::Error: crate::request::IntoRefusal,
        {
            self.phone_number = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("phoneNumber")
                });
            self
        }
        /// Leaves `phoneNumber` out.
        pub fn without_phone_number(mut self) -> Self {
            self.phone_number = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsFundsRecipient>
    for super::PaymentsFundsRecipient {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsFundsRecipient,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                account: value.account?,
                address: value.address?,
                date_of_birth: value.date_of_birth?,
                document_reference: value.document_reference?,
                first_name: value.first_name?,
                last_name: value.last_name?,
                middle_name: value.middle_name?,
                phone_number: value.phone_number?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsFundsRecipient>
    for PaymentsFundsRecipient {
        fn from(value: super::PaymentsFundsRecipient) -> Self {
            Self {
                account: ::core::result::Result::Ok(value.account),
                address: ::core::result::Result::Ok(value.address),
                date_of_birth: ::core::result::Result::Ok(value.date_of_birth),
                document_reference: ::core::result::Result::Ok(value.document_reference),
                first_name: ::core::result::Result::Ok(value.first_name),
                last_name: ::core::result::Result::Ok(value.last_name),
                middle_name: ::core::result::Result::Ok(value.middle_name),
                phone_number: ::core::result::Result::Ok(value.phone_number),
            }
        }
    }
    /// A [`PaymentsFundsSender`](super::PaymentsFundsSender) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsFundsSender {
        address: ::core::result::Result<
            ::std::option::Option<super::PaymentsTransferAddress>,
            crate::request::Refusal,
        >,
        date_of_birth: ::core::result::Result<
            ::std::option::Option<crate::format::Date>,
            crate::request::Refusal,
        >,
        document_reference: ::core::result::Result<
            ::std::option::Option<super::DocumentReference>,
            crate::request::Refusal,
        >,
        first_name: ::core::result::Result<
            ::std::option::Option<super::PaymentsFundsRecipientFirstName>,
            crate::request::Refusal,
        >,
        last_name: ::core::result::Result<
            ::std::option::Option<super::PaymentsFundsRecipientLastName>,
            crate::request::Refusal,
        >,
        middle_name: ::core::result::Result<
            ::std::option::Option<super::MiddleName>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsFundsSender {
        fn default() -> Self {
            Self {
                address: ::core::result::Result::Ok(::core::default::Default::default()),
                date_of_birth: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                document_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                first_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                last_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                middle_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentsFundsSender {
        /// Sets `address`.
        pub fn address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsTransferAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("address"));
            self
        }
        /// Leaves `address` out.
        pub fn without_address(mut self) -> Self {
            self.address = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `dateOfBirth`.
        pub fn date_of_birth<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::format::Date>,
            V::Error: crate::request::IntoRefusal,
        {
            self.date_of_birth = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("dateOfBirth")
                });
            self
        }
        /// Leaves `dateOfBirth` out.
        pub fn without_date_of_birth(mut self) -> Self {
            self.date_of_birth = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `documentReference`.
        pub fn document_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::DocumentReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.document_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("documentReference")
                });
            self
        }
        /// Leaves `documentReference` out.
        pub fn without_document_reference(mut self) -> Self {
            self.document_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `firstName`.
        pub fn first_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFundsRecipientFirstName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.first_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("firstName")
                });
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
            V: ::core::convert::TryInto<super::PaymentsFundsRecipientLastName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.last_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("lastName")
                });
            self
        }
        /// Leaves `lastName` out.
        pub fn without_last_name(mut self) -> Self {
            self.last_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `middleName`.
        pub fn middle_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::MiddleName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.middle_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("middleName")
                });
            self
        }
        /// Leaves `middleName` out.
        pub fn without_middle_name(mut self) -> Self {
            self.middle_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsFundsSender> for super::PaymentsFundsSender {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsFundsSender,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                address: value.address?,
                date_of_birth: value.date_of_birth?,
                document_reference: value.document_reference?,
                first_name: value.first_name?,
                last_name: value.last_name?,
                middle_name: value.middle_name?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsFundsSender> for PaymentsFundsSender {
        fn from(value: super::PaymentsFundsSender) -> Self {
            Self {
                address: ::core::result::Result::Ok(value.address),
                date_of_birth: ::core::result::Result::Ok(value.date_of_birth),
                document_reference: ::core::result::Result::Ok(value.document_reference),
                first_name: ::core::result::Result::Ok(value.first_name),
                last_name: ::core::result::Result::Ok(value.last_name),
                middle_name: ::core::result::Result::Ok(value.middle_name),
            }
        }
    }
    /// A [`PaymentsFundsTransfer`](super::PaymentsFundsTransfer) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsFundsTransfer {
        purpose: ::core::result::Result<
            ::std::option::Option<super::Purpose>,
            crate::request::Refusal,
        >,
        recipient: ::core::result::Result<
            ::std::option::Option<super::PaymentsFundsRecipient>,
            crate::request::Refusal,
        >,
        sender: ::core::result::Result<
            ::std::option::Option<super::PaymentsFundsSender>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<
            super::PaymentsFundsTransferType,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsFundsTransfer {
        fn default() -> Self {
            Self {
                purpose: ::core::result::Result::Ok(::core::default::Default::default()),
                recipient: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                sender: ::core::result::Result::Ok(::core::default::Default::default()),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl PaymentsFundsTransfer {
        /// Sets `purpose`.
        pub fn purpose<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Purpose>,
            V::Error: crate::request::IntoRefusal,
        {
            self.purpose = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("purpose"));
            self
        }
        /// Leaves `purpose` out.
        pub fn without_purpose(mut self) -> Self {
            self.purpose = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `recipient`.
        pub fn recipient<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFundsRecipient>,
            V::Error: crate::request::IntoRefusal,
        {
            self.recipient = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("recipient")
                });
            self
        }
        /// Leaves `recipient` out.
        pub fn without_recipient(mut self) -> Self {
            self.recipient = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `sender`.
        pub fn sender<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFundsSender>,
            V::Error: crate::request::IntoRefusal,
        {
            self.sender = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("sender"));
            self
        }
        /// Leaves `sender` out.
        pub fn without_sender(mut self) -> Self {
            self.sender = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFundsTransferType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsFundsTransfer>
    for super::PaymentsFundsTransfer {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsFundsTransfer,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                purpose: value.purpose?,
                recipient: value.recipient?,
                sender: value.sender?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsFundsTransfer> for PaymentsFundsTransfer {
        fn from(value: super::PaymentsFundsTransfer) -> Self {
            Self {
                purpose: ::core::result::Result::Ok(value.purpose),
                recipient: ::core::result::Result::Ok(value.recipient),
                sender: ::core::result::Result::Ok(value.sender),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`PaymentsGiftCardsPurchase`](super::PaymentsGiftCardsPurchase) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsGiftCardsPurchase {
        quantity: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        total_value: ::core::result::Result<
            ::std::option::Option<super::Value>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsGiftCardsPurchase {
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
    impl PaymentsGiftCardsPurchase {
        /// Sets `quantity`.
        pub fn quantity<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.quantity = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("quantity")
                });
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
            V: ::core::convert::TryInto<super::Value>,
            V::Error: crate::request::IntoRefusal,
        {
            self.total_value = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("totalValue")
                });
            self
        }
        /// Leaves `totalValue` out.
        pub fn without_total_value(mut self) -> Self {
            self.total_value = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsGiftCardsPurchase>
    for super::PaymentsGiftCardsPurchase {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsGiftCardsPurchase,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                quantity: value.quantity?,
                total_value: value.total_value?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsGiftCardsPurchase>
    for PaymentsGiftCardsPurchase {
        fn from(value: super::PaymentsGiftCardsPurchase) -> Self {
            Self {
                quantity: ::core::result::Result::Ok(value.quantity),
                total_value: ::core::result::Result::Ok(value.total_value),
            }
        }
    }
    /// A [`PaymentsGooglepayInstruction`](super::PaymentsGooglepayInstruction) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsGooglepayInstruction {
        consumer_bill_payment: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        customer: ::core::result::Result<
            ::std::option::Option<super::Customer>,
            crate::request::Refusal,
        >,
        customer_agreement: ::core::result::Result<
            ::std::option::Option<
                crate::payments_2024::types::PaymentsCustomerAgreement,
            >,
            crate::request::Refusal,
        >,
        debt_repayment: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        exemption: ::core::result::Result<
            ::std::option::Option<super::Exemption>,
            crate::request::Refusal,
        >,
        fraud: ::core::result::Result<
            ::std::option::Option<super::PaymentsFraud>,
            crate::request::Refusal,
        >,
        funds_transfer: ::core::result::Result<
            ::std::option::Option<super::PaymentsFundsTransfer>,
            crate::request::Refusal,
        >,
        narrative: ::core::result::Result<super::Narrative, crate::request::Refusal>,
        payment_instrument: ::core::result::Result<
            crate::payments_2024::types::PaymentInstrument,
            crate::request::Refusal,
        >,
        recipient: ::core::result::Result<
            ::std::option::Option<super::PaymentsRecipient>,
            crate::request::Refusal,
        >,
        settlement: ::core::result::Result<
            ::std::option::Option<super::Settlement>,
            crate::request::Refusal,
        >,
        shipping: ::core::result::Result<
            ::std::option::Option<super::Shipping>,
            crate::request::Refusal,
        >,
        three_ds: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::PaymentsThreeDs>,
            crate::request::Refusal,
        >,
        token_creation: ::core::result::Result<
            ::std::option::Option<super::TokenCreation>,
            crate::request::Refusal,
        >,
        value: ::core::result::Result<super::Value, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsGooglepayInstruction {
        fn default() -> Self {
            Self {
                consumer_bill_payment: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                customer: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                customer_agreement: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                debt_repayment: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                exemption: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                fraud: ::core::result::Result::Ok(::core::default::Default::default()),
                funds_transfer: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                narrative: ::core::result::Result::Err(
                    crate::request::Refusal::missing("narrative"),
                ),
                payment_instrument: ::core::result::Result::Err(
                    crate::request::Refusal::missing("paymentInstrument"),
                ),
                recipient: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                settlement: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                shipping: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                three_ds: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                token_creation: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                value: ::core::result::Result::Err(
                    crate::request::Refusal::missing("value"),
                ),
            }
        }
    }
    impl PaymentsGooglepayInstruction {
        /// Sets `consumerBillPayment`.
        pub fn consumer_bill_payment<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.consumer_bill_payment = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("consumerBillPayment")
                });
            self
        }
        /// Leaves `consumerBillPayment` out.
        pub fn without_consumer_bill_payment(mut self) -> Self {
            self.consumer_bill_payment = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `customer`.
        pub fn customer<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Customer>,
            V::Error: crate::request::IntoRefusal,
        {
            self.customer = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("customer")
                });
            self
        }
        /// Leaves `customer` out.
        pub fn without_customer(mut self) -> Self {
            self.customer = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `customerAgreement`.
        pub fn customer_agreement<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsCustomerAgreement,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.customer_agreement = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("customerAgreement")
                });
            self
        }
        /// Leaves `customerAgreement` out.
        pub fn without_customer_agreement(mut self) -> Self {
            self.customer_agreement = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `debtRepayment`.
        pub fn debt_repayment<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.debt_repayment = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("debtRepayment")
                });
            self
        }
        /// Leaves `debtRepayment` out.
        pub fn without_debt_repayment(mut self) -> Self {
            self.debt_repayment = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `exemption`.
        pub fn exemption<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Exemption>,
            V::Error: crate::request::IntoRefusal,
        {
            self.exemption = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("exemption")
                });
            self
        }
        /// Leaves `exemption` out.
        pub fn without_exemption(mut self) -> Self {
            self.exemption = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `fraud`.
        pub fn fraud<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFraud>,
            V::Error: crate::request::IntoRefusal,
        {
            self.fraud = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("fraud"));
            self
        }
        /// Leaves `fraud` out.
        pub fn without_fraud(mut self) -> Self {
            self.fraud = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `fundsTransfer`.
        pub fn funds_transfer<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsFundsTransfer>,
            V::Error: crate::request::IntoRefusal,
        {
            self.funds_transfer = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("fundsTransfer")
                });
            self
        }
        /// Leaves `fundsTransfer` out.
        pub fn without_funds_transfer(mut self) -> Self {
            self.funds_transfer = ::core::result::Result::Ok(
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
            self.narrative = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("narrative")
                });
            self
        }
        /// Sets `paymentInstrument`.
        pub fn payment_instrument<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::PaymentInstrument>,
            V::Error: crate::request::IntoRefusal,
        {
            self.payment_instrument = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("paymentInstrument")
                });
            self
        }
        /// Sets `recipient`.
        pub fn recipient<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsRecipient>,
            V::Error: crate::request::IntoRefusal,
        {
            self.recipient = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("recipient")
                });
            self
        }
        /// Leaves `recipient` out.
        pub fn without_recipient(mut self) -> Self {
            self.recipient = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `settlement`.
        pub fn settlement<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Settlement>,
            V::Error: crate::request::IntoRefusal,
        {
            self.settlement = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("settlement")
                });
            self
        }
        /// Leaves `settlement` out.
        pub fn without_settlement(mut self) -> Self {
            self.settlement = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `shipping`.
        pub fn shipping<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Shipping>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shipping = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("shipping")
                });
            self
        }
        /// Leaves `shipping` out.
        pub fn without_shipping(mut self) -> Self {
            self.shipping = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `threeDS`.
        pub fn three_ds<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::PaymentsThreeDs>,
            V::Error: crate::request::IntoRefusal,
        {
            self.three_ds = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("threeDS"));
            self
        }
        /// Leaves `threeDS` out.
        pub fn without_three_ds(mut self) -> Self {
            self.three_ds = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `tokenCreation`.
        pub fn token_creation<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TokenCreation>,
            V::Error: crate::request::IntoRefusal,
        {
            self.token_creation = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("tokenCreation")
                });
            self
        }
        /// Leaves `tokenCreation` out.
        pub fn without_token_creation(mut self) -> Self {
            self.token_creation = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `value`.
        pub fn value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Value>,
            V::Error: crate::request::IntoRefusal,
        {
            self.value = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("value"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsGooglepayInstruction>
    for super::PaymentsGooglepayInstruction {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsGooglepayInstruction,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                consumer_bill_payment: value.consumer_bill_payment?,
                customer: value.customer?,
                customer_agreement: value.customer_agreement?,
                debt_repayment: value.debt_repayment?,
                exemption: value.exemption?,
                fraud: value.fraud?,
                funds_transfer: value.funds_transfer?,
                narrative: value.narrative?,
                payment_instrument: value.payment_instrument?,
                recipient: value.recipient?,
                settlement: value.settlement?,
                shipping: value.shipping?,
                three_ds: value.three_ds?,
                token_creation: value.token_creation?,
                value: value.value?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsGooglepayInstruction>
    for PaymentsGooglepayInstruction {
        fn from(value: super::PaymentsGooglepayInstruction) -> Self {
            Self {
                consumer_bill_payment: ::core::result::Result::Ok(
                    value.consumer_bill_payment,
                ),
                customer: ::core::result::Result::Ok(value.customer),
                customer_agreement: ::core::result::Result::Ok(value.customer_agreement),
                debt_repayment: ::core::result::Result::Ok(value.debt_repayment),
                exemption: ::core::result::Result::Ok(value.exemption),
                fraud: ::core::result::Result::Ok(value.fraud),
                funds_transfer: ::core::result::Result::Ok(value.funds_transfer),
                narrative: ::core::result::Result::Ok(value.narrative),
                payment_instrument: ::core::result::Result::Ok(value.payment_instrument),
                recipient: ::core::result::Result::Ok(value.recipient),
                settlement: ::core::result::Result::Ok(value.settlement),
                shipping: ::core::result::Result::Ok(value.shipping),
                three_ds: ::core::result::Result::Ok(value.three_ds),
                token_creation: ::core::result::Result::Ok(value.token_creation),
                value: ::core::result::Result::Ok(value.value),
            }
        }
    }
    /// A [`PaymentsInstallmentCustomerAgreement`](super::PaymentsInstallmentCustomerAgreement) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsInstallmentCustomerAgreement {
        installment_plan: ::core::result::Result<
            ::std::option::Option<super::InstallmentPlan>,
            crate::request::Refusal,
        >,
        installment_type: ::core::result::Result<
            super::InstallmentType,
            crate::request::Refusal,
        >,
        scheme_reference: ::core::result::Result<
            ::std::option::Option<super::SchemeReference>,
            crate::request::Refusal,
        >,
        stored_card_usage: ::core::result::Result<
            ::std::option::Option<super::StoredCardUsage>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsInstallmentCustomerAgreement {
        fn default() -> Self {
            Self {
                installment_plan: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                installment_type: ::core::result::Result::Err(
                    crate::request::Refusal::missing("installmentType"),
                ),
                scheme_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                stored_card_usage: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentsInstallmentCustomerAgreement {
        /// Sets `installmentPlan`.
        pub fn installment_plan<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::InstallmentPlan>,
            V::Error: crate::request::IntoRefusal,
        {
            self.installment_plan = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("installmentPlan")
                });
            self
        }
        /// Leaves `installmentPlan` out.
        pub fn without_installment_plan(mut self) -> Self {
            self.installment_plan = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `installmentType`.
        pub fn installment_type<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::InstallmentType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.installment_type = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("installmentType")
                });
            self
        }
        /// Sets `schemeReference`.
        pub fn scheme_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::SchemeReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.scheme_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("schemeReference")
                });
            self
        }
        /// Leaves `schemeReference` out.
        pub fn without_scheme_reference(mut self) -> Self {
            self.scheme_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `storedCardUsage`.
        pub fn stored_card_usage<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::StoredCardUsage>,
            V::Error: crate::request::IntoRefusal,
        {
            self.stored_card_usage = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("storedCardUsage")
                });
            self
        }
        /// Leaves `storedCardUsage` out.
        pub fn without_stored_card_usage(mut self) -> Self {
            self.stored_card_usage = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsInstallmentCustomerAgreement>
    for super::PaymentsInstallmentCustomerAgreement {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsInstallmentCustomerAgreement,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                installment_plan: value.installment_plan?,
                installment_type: value.installment_type?,
                scheme_reference: value.scheme_reference?,
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsInstallmentCustomerAgreement>
    for PaymentsInstallmentCustomerAgreement {
        fn from(value: super::PaymentsInstallmentCustomerAgreement) -> Self {
            Self {
                installment_plan: ::core::result::Result::Ok(value.installment_plan),
                installment_type: ::core::result::Result::Ok(value.installment_type),
                scheme_reference: ::core::result::Result::Ok(value.scheme_reference),
                stored_card_usage: ::core::result::Result::Ok(value.stored_card_usage),
            }
        }
    }
    /// A [`PaymentsIntegratedThreeDs`](super::PaymentsIntegratedThreeDs) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsIntegratedThreeDs {
        account_history: ::core::result::Result<
            ::std::option::Option<super::AccountHistory>,
            crate::request::Refusal,
        >,
        challenge: ::core::result::Result<super::Challenge, crate::request::Refusal>,
        device_data: ::core::result::Result<super::DeviceData, crate::request::Refusal>,
        exemption_on_outage: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        gift_cards_purchase: ::core::result::Result<
            ::std::option::Option<super::PaymentsGiftCardsPurchase>,
            crate::request::Refusal,
        >,
        mode: ::core::result::Result<
            super::PaymentsIntegratedThreeDsMode,
            crate::request::Refusal,
        >,
        pre_order_date: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        previous_suspicious_activity: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        reorder: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        transaction_history: ::core::result::Result<
            ::std::option::Option<super::TransactionHistory>,
            crate::request::Refusal,
        >,
        user_type: ::core::result::Result<
            ::std::option::Option<super::UserType>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsIntegratedThreeDs {
        fn default() -> Self {
            Self {
                account_history: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                challenge: ::core::result::Result::Err(
                    crate::request::Refusal::missing("challenge"),
                ),
                device_data: ::core::result::Result::Err(
                    crate::request::Refusal::missing("deviceData"),
                ),
                exemption_on_outage: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                gift_cards_purchase: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                mode: ::core::result::Result::Err(
                    crate::request::Refusal::missing("mode"),
                ),
                pre_order_date: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                previous_suspicious_activity: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                reorder: ::core::result::Result::Ok(::core::default::Default::default()),
                transaction_history: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                user_type: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentsIntegratedThreeDs {
        /// Sets `accountHistory`.
        pub fn account_history<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::AccountHistory>,
            V::Error: crate::request::IntoRefusal,
        {
            self.account_history = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("accountHistory")
                });
            self
        }
        /// Leaves `accountHistory` out.
        pub fn without_account_history(mut self) -> Self {
            self.account_history = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `challenge`.
        pub fn challenge<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Challenge>,
            V::Error: crate::request::IntoRefusal,
        {
            self.challenge = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("challenge")
                });
            self
        }
        /// Sets `deviceData`.
        pub fn device_data<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::DeviceData>,
            V::Error: crate::request::IntoRefusal,
        {
            self.device_data = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("deviceData")
                });
            self
        }
        /// Sets `exemptionOnOutage`.
        pub fn exemption_on_outage<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.exemption_on_outage = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("exemptionOnOutage")
                });
            self
        }
        /// Leaves `exemptionOnOutage` out.
        pub fn without_exemption_on_outage(mut self) -> Self {
            self.exemption_on_outage = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `giftCardsPurchase`.
        pub fn gift_cards_purchase<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsGiftCardsPurchase>,
            V::Error: crate::request::IntoRefusal,
        {
            self.gift_cards_purchase = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("giftCardsPurchase")
                });
            self
        }
        /// Leaves `giftCardsPurchase` out.
        pub fn without_gift_cards_purchase(mut self) -> Self {
            self.gift_cards_purchase = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `mode`.
        pub fn mode<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsIntegratedThreeDsMode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.mode = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("mode"));
            self
        }
        /// Sets `preOrderDate`.
        pub fn pre_order_date<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.pre_order_date = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("preOrderDate")
                });
            self
        }
        /// Leaves `preOrderDate` out.
        pub fn without_pre_order_date(mut self) -> Self {
            self.pre_order_date = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `previousSuspiciousActivity`.
        pub fn previous_suspicious_activity<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.previous_suspicious_activity = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("previousSuspiciousActivity")
                });
            self
        }
        /// Leaves `previousSuspiciousActivity` out.
        pub fn without_previous_suspicious_activity(mut self) -> Self {
            self.previous_suspicious_activity = ::core::result::Result::Ok(
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
            self.reorder = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("reorder"));
            self
        }
        /// Leaves `reorder` out.
        pub fn without_reorder(mut self) -> Self {
            self.reorder = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `transactionHistory`.
        pub fn transaction_history<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TransactionHistory>,
            V::Error: crate::request::IntoRefusal,
        {
            self.transaction_history = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("transactionHistory")
                });
            self
        }
        /// Leaves `transactionHistory` out.
        pub fn without_transaction_history(mut self) -> Self {
            self.transaction_history = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `userType`.
        pub fn user_type<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::UserType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.user_type = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("userType")
                });
            self
        }
        /// Leaves `userType` out.
        pub fn without_user_type(mut self) -> Self {
            self.user_type = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsIntegratedThreeDs>
    for super::PaymentsIntegratedThreeDs {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsIntegratedThreeDs,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                account_history: value.account_history?,
                challenge: value.challenge?,
                device_data: value.device_data?,
                exemption_on_outage: value.exemption_on_outage?,
                gift_cards_purchase: value.gift_cards_purchase?,
                mode: value.mode?,
                pre_order_date: value.pre_order_date?,
                previous_suspicious_activity: value.previous_suspicious_activity?,
                reorder: value.reorder?,
                transaction_history: value.transaction_history?,
                user_type: value.user_type?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsIntegratedThreeDs>
    for PaymentsIntegratedThreeDs {
        fn from(value: super::PaymentsIntegratedThreeDs) -> Self {
            Self {
                account_history: ::core::result::Result::Ok(value.account_history),
                challenge: ::core::result::Result::Ok(value.challenge),
                device_data: ::core::result::Result::Ok(value.device_data),
                exemption_on_outage: ::core::result::Result::Ok(
                    value.exemption_on_outage,
                ),
                gift_cards_purchase: ::core::result::Result::Ok(
                    value.gift_cards_purchase,
                ),
                mode: ::core::result::Result::Ok(value.mode),
                pre_order_date: ::core::result::Result::Ok(value.pre_order_date),
                previous_suspicious_activity: ::core::result::Result::Ok(
                    value.previous_suspicious_activity,
                ),
                reorder: ::core::result::Result::Ok(value.reorder),
                transaction_history: ::core::result::Result::Ok(
                    value.transaction_history,
                ),
                user_type: ::core::result::Result::Ok(value.user_type),
            }
        }
    }
    /// A [`PaymentsNetworkTokenPaymentInstrument`](super::PaymentsNetworkTokenPaymentInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsNetworkTokenPaymentInstrument {
        billing_address: ::core::result::Result<
            ::std::option::Option<super::PaymentsBillingAddress>,
            crate::request::Refusal,
        >,
        card_holder_name: ::core::result::Result<
            ::std::option::Option<
                crate::payments_2024::types::PaymentsNetworkTokenPaymentInstrumentCardHolderName,
            >,
            crate::request::Refusal,
        >,
        cryptogram: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::Cryptogram>,
            crate::request::Refusal,
        >,
        eci: ::core::result::Result<
            ::std::option::Option<super::Eci>,
            crate::request::Refusal,
        >,
        expiry_date: ::core::result::Result<super::ExpiryDate, crate::request::Refusal>,
        token_number: ::core::result::Result<
            crate::payments_2024::types::TokenNumber,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsNetworkTokenPaymentInstrument {
        fn default() -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                card_holder_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                cryptogram: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                eci: ::core::result::Result::Ok(::core::default::Default::default()),
                expiry_date: ::core::result::Result::Err(
                    crate::request::Refusal::missing("expiryDate"),
                ),
                token_number: ::core::result::Result::Err(
                    crate::request::Refusal::missing("tokenNumber"),
                ),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl PaymentsNetworkTokenPaymentInstrument {
        /// Sets `billingAddress`.
        pub fn billing_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsBillingAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.billing_address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("billingAddress")
                });
            self
        }
        /// Leaves `billingAddress` out.
        pub fn without_billing_address(mut self) -> Self {
            self.billing_address = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cardHolderName`.
        pub fn card_holder_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::PaymentsNetworkTokenPaymentInstrumentCardHolderName,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_holder_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cardHolderName")
                });
            self
        }
        /// Leaves `cardHolderName` out.
        pub fn without_card_holder_name(mut self) -> Self {
            self.card_holder_name = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cryptogram`.
        pub fn cryptogram<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::Cryptogram>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cryptogram = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cryptogram")
                });
            self
        }
        /// Leaves `cryptogram` out.
        pub fn without_cryptogram(mut self) -> Self {
            self.cryptogram = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `eci`.
        pub fn eci<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Eci>,
            V::Error: crate::request::IntoRefusal,
        {
            self.eci = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("eci"));
            self
        }
        /// Leaves `eci` out.
        pub fn without_eci(mut self) -> Self {
            self.eci = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `expiryDate`.
        pub fn expiry_date<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::ExpiryDate>,
            V::Error: crate::request::IntoRefusal,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("expiryDate")
                });
            self
        }
        /// Sets `tokenNumber`.
        pub fn token_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::TokenNumber>,
            V::Error: crate::request::IntoRefusal,
        {
            self.token_number = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("tokenNumber")
                });
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsNetworkTokenPaymentInstrument>
    for super::PaymentsNetworkTokenPaymentInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsNetworkTokenPaymentInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                billing_address: value.billing_address?,
                card_holder_name: value.card_holder_name?,
                cryptogram: value.cryptogram?,
                eci: value.eci?,
                expiry_date: value.expiry_date?,
                token_number: value.token_number?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsNetworkTokenPaymentInstrument>
    for PaymentsNetworkTokenPaymentInstrument {
        fn from(value: super::PaymentsNetworkTokenPaymentInstrument) -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(value.billing_address),
                card_holder_name: ::core::result::Result::Ok(value.card_holder_name),
                cryptogram: ::core::result::Result::Ok(value.cryptogram),
                eci: ::core::result::Result::Ok(value.eci),
                expiry_date: ::core::result::Result::Ok(value.expiry_date),
                token_number: ::core::result::Result::Ok(value.token_number),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`PaymentsPartialRefundRequest`](super::PaymentsPartialRefundRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialRefundRequest {
        reference: ::core::result::Result<super::Reference, crate::request::Refusal>,
        value: ::core::result::Result<super::Value, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsPartialRefundRequest {
        fn default() -> Self {
            Self {
                reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("reference"),
                ),
                value: ::core::result::Result::Err(
                    crate::request::Refusal::missing("value"),
                ),
            }
        }
    }
    impl PaymentsPartialRefundRequest {
        /// Sets `reference`.
        pub fn reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Reference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("reference")
                });
            self
        }
        /// Sets `value`.
        pub fn value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Value>,
            V::Error: crate::request::IntoRefusal,
        {
            self.value = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("value"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsPartialRefundRequest>
    for super::PaymentsPartialRefundRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsPartialRefundRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                reference: value.reference?,
                value: value.value?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsPartialRefundRequest>
    for PaymentsPartialRefundRequest {
        fn from(value: super::PaymentsPartialRefundRequest) -> Self {
            Self {
                reference: ::core::result::Result::Ok(value.reference),
                value: ::core::result::Result::Ok(value.value),
            }
        }
    }
    /// A [`PaymentsPartialSettleRequest`](super::PaymentsPartialSettleRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialSettleRequest {
        reference: ::core::result::Result<super::Reference, crate::request::Refusal>,
        sequence: ::core::result::Result<
            ::std::option::Option<super::PaymentsSequence>,
            crate::request::Refusal,
        >,
        value: ::core::result::Result<super::Value, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsPartialSettleRequest {
        fn default() -> Self {
            Self {
                reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("reference"),
                ),
                sequence: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                value: ::core::result::Result::Err(
                    crate::request::Refusal::missing("value"),
                ),
            }
        }
    }
    impl PaymentsPartialSettleRequest {
        /// Sets `reference`.
        pub fn reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Reference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("reference")
                });
            self
        }
        /// Sets `sequence`.
        pub fn sequence<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsSequence>,
            V::Error: crate::request::IntoRefusal,
        {
            self.sequence = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("sequence")
                });
            self
        }
        /// Leaves `sequence` out.
        pub fn without_sequence(mut self) -> Self {
            self.sequence = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `value`.
        pub fn value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Value>,
            V::Error: crate::request::IntoRefusal,
        {
            self.value = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("value"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsPartialSettleRequest>
    for super::PaymentsPartialSettleRequest {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsPartialSettleRequest,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                reference: value.reference?,
                sequence: value.sequence?,
                value: value.value?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsPartialSettleRequest>
    for PaymentsPartialSettleRequest {
        fn from(value: super::PaymentsPartialSettleRequest) -> Self {
            Self {
                reference: ::core::result::Result::Ok(value.reference),
                sequence: ::core::result::Result::Ok(value.sequence),
                value: ::core::result::Result::Ok(value.value),
            }
        }
    }
    /// A [`PaymentsPaymentFacilitator`](super::PaymentsPaymentFacilitator) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsPaymentFacilitator {
        independent_sales_organization_id: ::core::result::Result<
            ::std::option::Option<super::IndependentSalesOrganizationId>,
            crate::request::Refusal,
        >,
        scheme_id: ::core::result::Result<super::SchemeId, crate::request::Refusal>,
        sub_merchant: ::core::result::Result<
            super::PaymentsSubMerchant,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsPaymentFacilitator {
        fn default() -> Self {
            Self {
                independent_sales_organization_id: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                scheme_id: ::core::result::Result::Err(
                    crate::request::Refusal::missing("schemeId"),
                ),
                sub_merchant: ::core::result::Result::Err(
                    crate::request::Refusal::missing("subMerchant"),
                ),
            }
        }
    }
    impl PaymentsPaymentFacilitator {
        /// Sets `independentSalesOrganizationId`.
        pub fn independent_sales_organization_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::IndependentSalesOrganizationId>,
            V::Error: crate::request::IntoRefusal,
        {
            self.independent_sales_organization_id = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("independentSalesOrganizationId")
                });
            self
        }
        /// Leaves `independentSalesOrganizationId` out.
        pub fn without_independent_sales_organization_id(mut self) -> Self {
            self.independent_sales_organization_id = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `schemeId`.
        pub fn scheme_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::SchemeId>,
            V::Error: crate::request::IntoRefusal,
        {
            self.scheme_id = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("schemeId")
                });
            self
        }
        /// Sets `subMerchant`.
        pub fn sub_merchant<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsSubMerchant>,
            V::Error: crate::request::IntoRefusal,
        {
            self.sub_merchant = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("subMerchant")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsPaymentFacilitator>
    for super::PaymentsPaymentFacilitator {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsPaymentFacilitator,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                independent_sales_organization_id: value
                    .independent_sales_organization_id?,
                scheme_id: value.scheme_id?,
                sub_merchant: value.sub_merchant?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsPaymentFacilitator>
    for PaymentsPaymentFacilitator {
        fn from(value: super::PaymentsPaymentFacilitator) -> Self {
            Self {
                independent_sales_organization_id: ::core::result::Result::Ok(
                    value.independent_sales_organization_id,
                ),
                scheme_id: ::core::result::Result::Ok(value.scheme_id),
                sub_merchant: ::core::result::Result::Ok(value.sub_merchant),
            }
        }
    }
    /// A [`PaymentsPhoneAccount`](super::PaymentsPhoneAccount) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsPhoneAccount {
        phone_number: ::core::result::Result<
            super::PhoneNumber,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsPhoneAccount {
        fn default() -> Self {
            Self {
                phone_number: ::core::result::Result::Err(
                    crate::request::Refusal::missing("phoneNumber"),
                ),
            }
        }
    }
    impl PaymentsPhoneAccount {
        /// Sets `phoneNumber`.
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PhoneNumber>,
            V::Error: crate::request::IntoRefusal,
        {
            self.phone_number = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("phoneNumber")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsPhoneAccount> for super::PaymentsPhoneAccount {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsPhoneAccount,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                phone_number: value.phone_number?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsPhoneAccount> for PaymentsPhoneAccount {
        fn from(value: super::PaymentsPhoneAccount) -> Self {
            Self {
                phone_number: ::core::result::Result::Ok(value.phone_number),
            }
        }
    }
    /// A [`PaymentsRecipient`](super::PaymentsRecipient) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsRecipient {
        account_reference: ::core::result::Result<
            ::std::option::Option<super::AccountReference>,
            crate::request::Refusal,
        >,
        address: ::core::result::Result<
            ::std::option::Option<super::PaymentsRecipientAddress>,
            crate::request::Refusal,
        >,
        date_of_birth: ::core::result::Result<
            ::std::option::Option<crate::format::Date>,
            crate::request::Refusal,
        >,
        last_name: ::core::result::Result<
            ::std::option::Option<super::PaymentsRecipientLastName>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsRecipient {
        fn default() -> Self {
            Self {
                account_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                address: ::core::result::Result::Ok(::core::default::Default::default()),
                date_of_birth: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                last_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentsRecipient {
        /// Sets `accountReference`.
        pub fn account_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::AccountReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.account_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("accountReference")
                });
            self
        }
        /// Leaves `accountReference` out.
        pub fn without_account_reference(mut self) -> Self {
            self.account_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `address`.
        pub fn address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsRecipientAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("address"));
            self
        }
        /// Leaves `address` out.
        pub fn without_address(mut self) -> Self {
            self.address = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `dateOfBirth`.
        pub fn date_of_birth<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::format::Date>,
            V::Error: crate::request::IntoRefusal,
        {
            self.date_of_birth = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("dateOfBirth")
                });
            self
        }
        /// Leaves `dateOfBirth` out.
        pub fn without_date_of_birth(mut self) -> Self {
            self.date_of_birth = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `lastName`.
        pub fn last_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsRecipientLastName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.last_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("lastName")
                });
            self
        }
        /// Leaves `lastName` out.
        pub fn without_last_name(mut self) -> Self {
            self.last_name = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsRecipient> for super::PaymentsRecipient {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsRecipient,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                account_reference: value.account_reference?,
                address: value.address?,
                date_of_birth: value.date_of_birth?,
                last_name: value.last_name?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsRecipient> for PaymentsRecipient {
        fn from(value: super::PaymentsRecipient) -> Self {
            Self {
                account_reference: ::core::result::Result::Ok(value.account_reference),
                address: ::core::result::Result::Ok(value.address),
                date_of_birth: ::core::result::Result::Ok(value.date_of_birth),
                last_name: ::core::result::Result::Ok(value.last_name),
            }
        }
    }
    /// A [`PaymentsRecipientAddress`](super::PaymentsRecipientAddress) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsRecipientAddress {
        postal_code: ::core::result::Result<
            ::std::option::Option<super::PaymentsRecipientAddressPostalCode>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsRecipientAddress {
        fn default() -> Self {
            Self {
                postal_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentsRecipientAddress {
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsRecipientAddressPostalCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.postal_code = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("postalCode")
                });
            self
        }
        /// Leaves `postalCode` out.
        pub fn without_postal_code(mut self) -> Self {
            self.postal_code = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsRecipientAddress>
    for super::PaymentsRecipientAddress {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsRecipientAddress,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                postal_code: value.postal_code?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsRecipientAddress>
    for PaymentsRecipientAddress {
        fn from(value: super::PaymentsRecipientAddress) -> Self {
            Self {
                postal_code: ::core::result::Result::Ok(value.postal_code),
            }
        }
    }
    /// A [`PaymentsSequence`](super::PaymentsSequence) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsSequence {
        number: ::core::result::Result<i32, crate::request::Refusal>,
        total: ::core::result::Result<i32, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsSequence {
        fn default() -> Self {
            Self {
                number: ::core::result::Result::Err(
                    crate::request::Refusal::missing("number"),
                ),
                total: ::core::result::Result::Err(
                    crate::request::Refusal::missing("total"),
                ),
            }
        }
    }
    impl PaymentsSequence {
        /// Sets `number`.
        pub fn number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.number = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("number"));
            self
        }
        /// Sets `total`.
        pub fn total<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.total = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("total"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsSequence> for super::PaymentsSequence {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsSequence,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                number: value.number?,
                total: value.total?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsSequence> for PaymentsSequence {
        fn from(value: super::PaymentsSequence) -> Self {
            Self {
                number: ::core::result::Result::Ok(value.number),
                total: ::core::result::Result::Ok(value.total),
            }
        }
    }
    /// A [`PaymentsShippingAddress`](super::PaymentsShippingAddress) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsShippingAddress {
        address1: ::core::result::Result<
            super::PaymentsShippingAddressAddress1,
            crate::request::Refusal,
        >,
        address2: ::core::result::Result<
            ::std::option::Option<super::PaymentsShippingAddressAddress2>,
            crate::request::Refusal,
        >,
        address3: ::core::result::Result<
            ::std::option::Option<super::Address3>,
            crate::request::Refusal,
        >,
        city: ::core::result::Result<
            super::PaymentsShippingAddressCity,
            crate::request::Refusal,
        >,
        country_code: ::core::result::Result<
            super::PaymentsShippingAddressCountryCode,
            crate::request::Refusal,
        >,
        postal_code: ::core::result::Result<
            super::PaymentsShippingAddressPostalCode,
            crate::request::Refusal,
        >,
        state: ::core::result::Result<
            ::std::option::Option<super::PaymentsShippingAddressState>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsShippingAddress {
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
    impl PaymentsShippingAddress {
        /// Sets `address1`.
        pub fn address1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsShippingAddressAddress1>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address1 = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("address1")
                });
            self
        }
        /// Sets `address2`.
        pub fn address2<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsShippingAddressAddress2>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address2 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("address2")
                });
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
            V: ::core::convert::TryInto<super::Address3>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address3 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("address3")
                });
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
            V: ::core::convert::TryInto<super::PaymentsShippingAddressCity>,
            V::Error: crate::request::IntoRefusal,
        {
            self.city = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("city"));
            self
        }
        /// Sets `countryCode`.
        pub fn country_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsShippingAddressCountryCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("countryCode")
                });
            self
        }
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsShippingAddressPostalCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("postalCode")
                });
            self
        }
        /// Sets `state`.
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsShippingAddressState>,
            V::Error: crate::request::IntoRefusal,
        {
            self.state = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("state"));
            self
        }
        /// Leaves `state` out.
        pub fn without_state(mut self) -> Self {
            self.state = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsShippingAddress>
    for super::PaymentsShippingAddress {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsShippingAddress,
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
    impl ::core::convert::From<super::PaymentsShippingAddress>
    for PaymentsShippingAddress {
        fn from(value: super::PaymentsShippingAddress) -> Self {
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
    /// A [`PaymentsSocialNetworkAccount`](super::PaymentsSocialNetworkAccount) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsSocialNetworkAccount {
        social_network_reference: ::core::result::Result<
            super::SocialNetworkReference,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsSocialNetworkAccount {
        fn default() -> Self {
            Self {
                social_network_reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("socialNetworkReference"),
                ),
            }
        }
    }
    impl PaymentsSocialNetworkAccount {
        /// Sets `socialNetworkReference`.
        pub fn social_network_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::SocialNetworkReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.social_network_reference = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("socialNetworkReference")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsSocialNetworkAccount>
    for super::PaymentsSocialNetworkAccount {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsSocialNetworkAccount,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                social_network_reference: value.social_network_reference?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsSocialNetworkAccount>
    for PaymentsSocialNetworkAccount {
        fn from(value: super::PaymentsSocialNetworkAccount) -> Self {
            Self {
                social_network_reference: ::core::result::Result::Ok(
                    value.social_network_reference,
                ),
            }
        }
    }
    /// A [`PaymentsSubMerchant`](super::PaymentsSubMerchant) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsSubMerchant {
        address: ::core::result::Result<
            super::PaymentsSubMerchantAddress,
            crate::request::Refusal,
        >,
        email: ::core::result::Result<
            ::std::option::Option<super::PaymentsSubMerchantEmail>,
            crate::request::Refusal,
        >,
        name: ::core::result::Result<super::Name, crate::request::Refusal>,
        phone_number: ::core::result::Result<
            ::std::option::Option<super::PhoneNumber>,
            crate::request::Refusal,
        >,
        reference: ::core::result::Result<
            super::PaymentsSubMerchantReference,
            crate::request::Refusal,
        >,
        tax_reference: ::core::result::Result<
            ::std::option::Option<super::TaxReference>,
            crate::request::Refusal,
        >,
        url: ::core::result::Result<
            ::std::option::Option<super::Url>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsSubMerchant {
        fn default() -> Self {
            Self {
                address: ::core::result::Result::Err(
                    crate::request::Refusal::missing("address"),
                ),
                email: ::core::result::Result::Ok(::core::default::Default::default()),
                name: ::core::result::Result::Err(
                    crate::request::Refusal::missing("name"),
                ),
                phone_number: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("reference"),
                ),
                tax_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                url: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentsSubMerchant {
        /// Sets `address`.
        pub fn address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsSubMerchantAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("address"));
            self
        }
        /// Sets `email`.
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsSubMerchantEmail>,
            V::Error: crate::request::IntoRefusal,
        {
            self.email = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("email"));
            self
        }
        /// Leaves `email` out.
        pub fn without_email(mut self) -> Self {
            self.email = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `name`.
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Name>,
            V::Error: crate::request::IntoRefusal,
        {
            self.name = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("name"));
            self
        }
        /// Sets `phoneNumber`.
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PhoneNumber>,
            V::Error: crate::request::IntoRefusal,
        {
            self.phone_number = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("phoneNumber")
                });
            self
        }
        /// Leaves `phoneNumber` out.
        pub fn without_phone_number(mut self) -> Self {
            self.phone_number = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `reference`.
        pub fn reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsSubMerchantReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("reference")
                });
            self
        }
        /// Sets `taxReference`.
        pub fn tax_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TaxReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.tax_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("taxReference")
                });
            self
        }
        /// Leaves `taxReference` out.
        pub fn without_tax_reference(mut self) -> Self {
            self.tax_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `url`.
        pub fn url<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Url>,
            V::Error: crate::request::IntoRefusal,
        {
            self.url = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("url"));
            self
        }
        /// Leaves `url` out.
        pub fn without_url(mut self) -> Self {
            self.url = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsSubMerchant> for super::PaymentsSubMerchant {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsSubMerchant,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                address: value.address?,
                email: value.email?,
                name: value.name?,
                phone_number: value.phone_number?,
                reference: value.reference?,
                tax_reference: value.tax_reference?,
                url: value.url?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsSubMerchant> for PaymentsSubMerchant {
        fn from(value: super::PaymentsSubMerchant) -> Self {
            Self {
                address: ::core::result::Result::Ok(value.address),
                email: ::core::result::Result::Ok(value.email),
                name: ::core::result::Result::Ok(value.name),
                phone_number: ::core::result::Result::Ok(value.phone_number),
                reference: ::core::result::Result::Ok(value.reference),
                tax_reference: ::core::result::Result::Ok(value.tax_reference),
                url: ::core::result::Result::Ok(value.url),
            }
        }
    }
    /// A [`PaymentsSubMerchantAddress`](super::PaymentsSubMerchantAddress) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsSubMerchantAddress {
        city: ::core::result::Result<
            super::PaymentsSubMerchantAddressCity,
            crate::request::Refusal,
        >,
        country_code: ::core::result::Result<
            super::CountryCode,
            crate::request::Refusal,
        >,
        postal_code: ::core::result::Result<super::PostalCode, crate::request::Refusal>,
        state: ::core::result::Result<
            ::std::option::Option<super::State>,
            crate::request::Refusal,
        >,
        street: ::core::result::Result<super::Street, crate::request::Refusal>,
    }
    impl ::core::default::Default for PaymentsSubMerchantAddress {
        fn default() -> Self {
            Self {
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
                street: ::core::result::Result::Err(
                    crate::request::Refusal::missing("street"),
                ),
            }
        }
    }
    impl PaymentsSubMerchantAddress {
        /// Sets `city`.
        pub fn city<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsSubMerchantAddressCity>,
            V::Error: crate::request::IntoRefusal,
        {
            self.city = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("city"));
            self
        }
        /// Sets `countryCode`.
        pub fn country_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::CountryCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("countryCode")
                });
            self
        }
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PostalCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("postalCode")
                });
            self
        }
        /// Sets `state`.
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::State>,
            V::Error: crate::request::IntoRefusal,
        {
            self.state = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("state"));
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
            V: ::core::convert::TryInto<super::Street>,
            V::Error: crate::request::IntoRefusal,
        {
            self.street = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("street"));
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsSubMerchantAddress>
    for super::PaymentsSubMerchantAddress {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsSubMerchantAddress,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                city: value.city?,
                country_code: value.country_code?,
                postal_code: value.postal_code?,
                state: value.state?,
                street: value.street?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsSubMerchantAddress>
    for PaymentsSubMerchantAddress {
        fn from(value: super::PaymentsSubMerchantAddress) -> Self {
            Self {
                city: ::core::result::Result::Ok(value.city),
                country_code: ::core::result::Result::Ok(value.country_code),
                postal_code: ::core::result::Result::Ok(value.postal_code),
                state: ::core::result::Result::Ok(value.state),
                street: ::core::result::Result::Ok(value.street),
            }
        }
    }
    /// A [`PaymentsSubscriptionCustomerAgreement`](super::PaymentsSubscriptionCustomerAgreement) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsSubscriptionCustomerAgreement {
        scheme_reference: ::core::result::Result<
            ::std::option::Option<super::SchemeReference>,
            crate::request::Refusal,
        >,
        stored_card_usage: ::core::result::Result<
            super::StoredCardUsage,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsSubscriptionCustomerAgreement {
        fn default() -> Self {
            Self {
                scheme_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                stored_card_usage: ::core::result::Result::Err(
                    crate::request::Refusal::missing("storedCardUsage"),
                ),
            }
        }
    }
    impl PaymentsSubscriptionCustomerAgreement {
        /// Sets `schemeReference`.
        pub fn scheme_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::SchemeReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.scheme_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("schemeReference")
                });
            self
        }
        /// Leaves `schemeReference` out.
        pub fn without_scheme_reference(mut self) -> Self {
            self.scheme_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `storedCardUsage`.
        pub fn stored_card_usage<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::StoredCardUsage>,
            V::Error: crate::request::IntoRefusal,
        {
            self.stored_card_usage = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("storedCardUsage")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsSubscriptionCustomerAgreement>
    for super::PaymentsSubscriptionCustomerAgreement {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsSubscriptionCustomerAgreement,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                scheme_reference: value.scheme_reference?,
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsSubscriptionCustomerAgreement>
    for PaymentsSubscriptionCustomerAgreement {
        fn from(value: super::PaymentsSubscriptionCustomerAgreement) -> Self {
            Self {
                scheme_reference: ::core::result::Result::Ok(value.scheme_reference),
                stored_card_usage: ::core::result::Result::Ok(value.stored_card_usage),
            }
        }
    }
    /// A [`PaymentsTransferAddress`](super::PaymentsTransferAddress) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsTransferAddress {
        address1: ::core::result::Result<
            ::std::option::Option<super::PaymentsTransferAddressAddress1>,
            crate::request::Refusal,
        >,
        address2: ::core::result::Result<
            ::std::option::Option<super::PaymentsTransferAddressAddress2>,
            crate::request::Refusal,
        >,
        city: ::core::result::Result<
            ::std::option::Option<super::PaymentsTransferAddressCity>,
            crate::request::Refusal,
        >,
        country_code: ::core::result::Result<
            super::PaymentsTransferAddressCountryCode,
            crate::request::Refusal,
        >,
        postal_code: ::core::result::Result<
            ::std::option::Option<super::PostalCode>,
            crate::request::Refusal,
        >,
        state: ::core::result::Result<
            ::std::option::Option<super::State>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsTransferAddress {
        fn default() -> Self {
            Self {
                address1: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                address2: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                city: ::core::result::Result::Ok(::core::default::Default::default()),
                country_code: ::core::result::Result::Err(
                    crate::request::Refusal::missing("countryCode"),
                ),
                postal_code: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                state: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl PaymentsTransferAddress {
        /// Sets `address1`.
        pub fn address1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsTransferAddressAddress1>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address1 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("address1")
                });
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
            V: ::core::convert::TryInto<super::PaymentsTransferAddressAddress2>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address2 = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("address2")
                });
            self
        }
        /// Leaves `address2` out.
        pub fn without_address2(mut self) -> Self {
            self.address2 = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `city`.
        pub fn city<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsTransferAddressCity>,
            V::Error: crate::request::IntoRefusal,
        {
            self.city = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("city"));
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
            V: ::core::convert::TryInto<super::PaymentsTransferAddressCountryCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("countryCode")
                });
            self
        }
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PostalCode>,
            V::Error: crate::request::IntoRefusal,
        {
            self.postal_code = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("postalCode")
                });
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
            V: ::core::convert::TryInto<super::State>,
            V::Error: crate::request::IntoRefusal,
        {
            self.state = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("state"));
            self
        }
        /// Leaves `state` out.
        pub fn without_state(mut self) -> Self {
            self.state = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsTransferAddress>
    for super::PaymentsTransferAddress {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsTransferAddress,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                address1: value.address1?,
                address2: value.address2?,
                city: value.city?,
                country_code: value.country_code?,
                postal_code: value.postal_code?,
                state: value.state?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsTransferAddress>
    for PaymentsTransferAddress {
        fn from(value: super::PaymentsTransferAddress) -> Self {
            Self {
                address1: ::core::result::Result::Ok(value.address1),
                address2: ::core::result::Result::Ok(value.address2),
                city: ::core::result::Result::Ok(value.city),
                country_code: ::core::result::Result::Ok(value.country_code),
                postal_code: ::core::result::Result::Ok(value.postal_code),
                state: ::core::result::Result::Ok(value.state),
            }
        }
    }
    /// A [`PaymentsUnscheduledCustomerAgreement`](super::PaymentsUnscheduledCustomerAgreement) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsUnscheduledCustomerAgreement {
        scheme_reference: ::core::result::Result<
            ::std::option::Option<super::SchemeReference>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsUnscheduledCustomerAgreement {
        fn default() -> Self {
            Self {
                scheme_reference: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl PaymentsUnscheduledCustomerAgreement {
        /// Sets `schemeReference`.
        pub fn scheme_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::SchemeReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.scheme_reference = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("schemeReference")
                });
            self
        }
        /// Leaves `schemeReference` out.
        pub fn without_scheme_reference(mut self) -> Self {
            self.scheme_reference = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsUnscheduledCustomerAgreement>
    for super::PaymentsUnscheduledCustomerAgreement {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsUnscheduledCustomerAgreement,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                scheme_reference: value.scheme_reference?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsUnscheduledCustomerAgreement>
    for PaymentsUnscheduledCustomerAgreement {
        fn from(value: super::PaymentsUnscheduledCustomerAgreement) -> Self {
            Self {
                scheme_reference: ::core::result::Result::Ok(value.scheme_reference),
            }
        }
    }
    /// A [`PaymentsWalletAccount`](super::PaymentsWalletAccount) under construction.
    #[derive(Clone, Debug)]
    pub struct PaymentsWalletAccount {
        wallet_reference: ::core::result::Result<
            super::WalletReference,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for PaymentsWalletAccount {
        fn default() -> Self {
            Self {
                wallet_reference: ::core::result::Result::Err(
                    crate::request::Refusal::missing("walletReference"),
                ),
            }
        }
    }
    impl PaymentsWalletAccount {
        /// Sets `walletReference`.
        pub fn wallet_reference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::WalletReference>,
            V::Error: crate::request::IntoRefusal,
        {
            self.wallet_reference = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("walletReference")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<PaymentsWalletAccount>
    for super::PaymentsWalletAccount {
        type Error = crate::request::Refusal;
        fn try_from(
            value: PaymentsWalletAccount,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                wallet_reference: value.wallet_reference?,
            })
        }
    }
    impl ::core::convert::From<super::PaymentsWalletAccount> for PaymentsWalletAccount {
        fn from(value: super::PaymentsWalletAccount) -> Self {
            Self {
                wallet_reference: ::core::result::Result::Ok(value.wallet_reference),
            }
        }
    }
    /// A [`Routing`](super::Routing) under construction.
    #[derive(Clone, Debug)]
    pub struct Routing {
        preferred_card_brand: ::core::result::Result<
            ::std::option::Option<super::PreferredCardBrand>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Routing {
        fn default() -> Self {
            Self {
                preferred_card_brand: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl Routing {
        /// Sets `preferredCardBrand`.
        pub fn preferred_card_brand<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PreferredCardBrand>,
            V::Error: crate::request::IntoRefusal,
        {
            self.preferred_card_brand = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("preferredCardBrand")
                });
            self
        }
        /// Leaves `preferredCardBrand` out.
        pub fn without_preferred_card_brand(mut self) -> Self {
            self.preferred_card_brand = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
    }
    impl ::core::convert::TryFrom<Routing> for super::Routing {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Routing,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                preferred_card_brand: value.preferred_card_brand?,
            })
        }
    }
    impl ::core::convert::From<super::Routing> for Routing {
        fn from(value: super::Routing) -> Self {
            Self {
                preferred_card_brand: ::core::result::Result::Ok(
                    value.preferred_card_brand,
                ),
            }
        }
    }
    /// A [`SessionPaymentInstrument`](super::SessionPaymentInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct SessionPaymentInstrument {
        billing_address: ::core::result::Result<
            ::std::option::Option<super::PaymentsBillingAddress>,
            crate::request::Refusal,
        >,
        card_holder_name: ::core::result::Result<
            ::std::option::Option<
                crate::payments_2024::types::SessionPaymentInstrumentCardHolderName,
            >,
            crate::request::Refusal,
        >,
        routing: ::core::result::Result<
            ::std::option::Option<super::Routing>,
            crate::request::Refusal,
        >,
        session_href: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default for SessionPaymentInstrument {
        fn default() -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                card_holder_name: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                routing: ::core::result::Result::Ok(::core::default::Default::default()),
                session_href: ::core::result::Result::Err(
                    crate::request::Refusal::missing("sessionHref"),
                ),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl SessionPaymentInstrument {
        /// Sets `billingAddress`.
        pub fn billing_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::PaymentsBillingAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.billing_address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("billingAddress")
                });
            self
        }
        /// Leaves `billingAddress` out.
        pub fn without_billing_address(mut self) -> Self {
            self.billing_address = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `cardHolderName`.
        pub fn card_holder_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::payments_2024::types::SessionPaymentInstrumentCardHolderName,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_holder_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cardHolderName")
                });
            self
        }
        /// Leaves `cardHolderName` out.
        pub fn without_card_holder_name(mut self) -> Self {
            self.card_holder_name = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `routing`.
        pub fn routing<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Routing>,
            V::Error: crate::request::IntoRefusal,
        {
            self.routing = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("routing"));
            self
        }
        /// Leaves `routing` out.
        pub fn without_routing(mut self) -> Self {
            self.routing = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `sessionHref`.
        pub fn session_href<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.session_href = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("sessionHref")
                });
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<SessionPaymentInstrument>
    for super::SessionPaymentInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: SessionPaymentInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                billing_address: value.billing_address?,
                card_holder_name: value.card_holder_name?,
                routing: value.routing?,
                session_href: value.session_href?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::SessionPaymentInstrument>
    for SessionPaymentInstrument {
        fn from(value: super::SessionPaymentInstrument) -> Self {
            Self {
                billing_address: ::core::result::Result::Ok(value.billing_address),
                card_holder_name: ::core::result::Result::Ok(value.card_holder_name),
                routing: ::core::result::Result::Ok(value.routing),
                session_href: ::core::result::Result::Ok(value.session_href),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`SessionsDelegatePaymentInstrument`](super::SessionsDelegatePaymentInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct SessionsDelegatePaymentInstrument {
        session_href: ::core::result::Result<
            ::std::string::String,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default for SessionsDelegatePaymentInstrument {
        fn default() -> Self {
            Self {
                session_href: ::core::result::Result::Err(
                    crate::request::Refusal::missing("sessionHref"),
                ),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl SessionsDelegatePaymentInstrument {
        /// Sets `sessionHref`.
        pub fn session_href<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.session_href = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("sessionHref")
                });
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<SessionsDelegatePaymentInstrument>
    for super::SessionsDelegatePaymentInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: SessionsDelegatePaymentInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                session_href: value.session_href?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::SessionsDelegatePaymentInstrument>
    for SessionsDelegatePaymentInstrument {
        fn from(value: super::SessionsDelegatePaymentInstrument) -> Self {
            Self {
                session_href: ::core::result::Result::Ok(value.session_href),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`Settlement`](super::Settlement) under construction.
    #[derive(Clone, Debug)]
    pub struct Settlement {
        auto: ::core::result::Result<bool, crate::request::Refusal>,
        cancel_on: ::core::result::Result<
            ::std::option::Option<super::Cancellation>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for Settlement {
        fn default() -> Self {
            Self {
                auto: ::core::result::Result::Err(
                    crate::request::Refusal::missing("auto"),
                ),
                cancel_on: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
            }
        }
    }
    impl Settlement {
        /// Sets `auto`.
        pub fn auto<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.auto = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("auto"));
            self
        }
        /// Sets `cancelOn`.
        pub fn cancel_on<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Cancellation>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cancel_on = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cancelOn")
                });
            self
        }
        /// Leaves `cancelOn` out.
        pub fn without_cancel_on(mut self) -> Self {
            self.cancel_on = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<Settlement> for super::Settlement {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Settlement,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                auto: value.auto?,
                cancel_on: value.cancel_on?,
            })
        }
    }
    impl ::core::convert::From<super::Settlement> for Settlement {
        fn from(value: super::Settlement) -> Self {
            Self {
                auto: ::core::result::Result::Ok(value.auto),
                cancel_on: ::core::result::Result::Ok(value.cancel_on),
            }
        }
    }
    /// A [`Shipping`](super::Shipping) under construction.
    #[derive(Clone, Debug)]
    pub struct Shipping {
        address: ::core::result::Result<
            ::std::option::Option<super::PaymentsShippingAddress>,
            crate::request::Refusal,
        >,
        email: ::core::result::Result<
            ::std::option::Option<super::Email>,
            crate::request::Refusal,
        >,
        first_name: ::core::result::Result<
            ::std::option::Option<super::CustomerFirstName>,
            crate::request::Refusal,
        >,
        last_name: ::core::result::Result<
            ::std::option::Option<super::CustomerLastName>,
            crate::request::Refusal,
        >,
        method: ::core::result::Result<
            ::std::option::Option<super::Method>,
            crate::request::Refusal,
        >,
        phone: ::core::result::Result<
            ::std::option::Option<super::Phone>,
            crate::request::Refusal,
        >,
        time_frame: ::core::result::Result<
            ::std::option::Option<super::TimeFrame>,
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
                phone: ::core::result::Result::Ok(::core::default::Default::default()),
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
            V: ::core::convert::TryInto<super::PaymentsShippingAddress>,
            V::Error: crate::request::IntoRefusal,
        {
            self.address = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("address"));
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
            V: ::core::convert::TryInto<super::Email>,
            V::Error: crate::request::IntoRefusal,
        {
            self.email = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("email"));
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
            V: ::core::convert::TryInto<super::CustomerFirstName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.first_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("firstName")
                });
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
            V: ::core::convert::TryInto<super::CustomerLastName>,
            V::Error: crate::request::IntoRefusal,
        {
            self.last_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("lastName")
                });
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
            V: ::core::convert::TryInto<super::Method>,
            V::Error: crate::request::IntoRefusal,
        {
            self.method = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("method"));
            self
        }
        /// Leaves `method` out.
        pub fn without_method(mut self) -> Self {
            self.method = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `phone`.
        pub fn phone<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Phone>,
            V::Error: crate::request::IntoRefusal,
        {
            self.phone = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("phone"));
            self
        }
        /// Leaves `phone` out.
        pub fn without_phone(mut self) -> Self {
            self.phone = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `timeFrame`.
        pub fn time_frame<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TimeFrame>,
            V::Error: crate::request::IntoRefusal,
        {
            self.time_frame = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("timeFrame")
                });
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
                phone: value.phone?,
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
                phone: ::core::result::Result::Ok(value.phone),
                time_frame: ::core::result::Result::Ok(value.time_frame),
            }
        }
    }
    /// A [`TokenCreation`](super::TokenCreation) under construction.
    #[derive(Clone, Debug)]
    pub struct TokenCreation {
        description: ::core::result::Result<
            ::std::option::Option<super::Description>,
            crate::request::Refusal,
        >,
        namespace: ::core::result::Result<
            ::std::option::Option<super::Namespace>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<super::TokenCreationType, crate::request::Refusal>,
    }
    impl ::core::default::Default for TokenCreation {
        fn default() -> Self {
            Self {
                description: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                namespace: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl TokenCreation {
        /// Sets `description`.
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Description>,
            V::Error: crate::request::IntoRefusal,
        {
            self.description = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("description")
                });
            self
        }
        /// Leaves `description` out.
        pub fn without_description(mut self) -> Self {
            self.description = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `namespace`.
        pub fn namespace<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Namespace>,
            V::Error: crate::request::IntoRefusal,
        {
            self.namespace = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("namespace")
                });
            self
        }
        /// Leaves `namespace` out.
        pub fn without_namespace(mut self) -> Self {
            self.namespace = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TokenCreationType>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<TokenCreation> for super::TokenCreation {
        type Error = crate::request::Refusal;
        fn try_from(
            value: TokenCreation,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                description: value.description?,
                namespace: value.namespace?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::TokenCreation> for TokenCreation {
        fn from(value: super::TokenCreation) -> Self {
            Self {
                description: ::core::result::Result::Ok(value.description),
                namespace: ::core::result::Result::Ok(value.namespace),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`TokenPaymentInstrument`](super::TokenPaymentInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct TokenPaymentInstrument {
        cvc: ::core::result::Result<
            ::std::option::Option<crate::payments_2024::types::Cvc>,
            crate::request::Refusal,
        >,
        cvc_session_href: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        href: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        namespace: ::core::result::Result<
            ::std::option::Option<super::Namespace>,
            crate::request::Refusal,
        >,
        routing: ::core::result::Result<
            ::std::option::Option<super::Routing>,
            crate::request::Refusal,
        >,
        token_id: ::core::result::Result<
            ::std::option::Option<super::TokenId>,
            crate::request::Refusal,
        >,
        type_: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default for TokenPaymentInstrument {
        fn default() -> Self {
            Self {
                cvc: ::core::result::Result::Ok(::core::default::Default::default()),
                cvc_session_href: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                href: ::core::result::Result::Ok(::core::default::Default::default()),
                namespace: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                routing: ::core::result::Result::Ok(::core::default::Default::default()),
                token_id: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl TokenPaymentInstrument {
        /// Sets `cvc`.
        pub fn cvc<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::payments_2024::types::Cvc>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cvc = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("cvc"));
            self
        }
        /// Leaves `cvc` out.
        pub fn without_cvc(mut self) -> Self {
            self.cvc = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `cvcSessionHref`.
        pub fn cvc_session_href<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.cvc_session_href = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cvcSessionHref")
                });
            self
        }
        /// Leaves `cvcSessionHref` out.
        pub fn without_cvc_session_href(mut self) -> Self {
            self.cvc_session_href = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `href`.
        pub fn href<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.href = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("href"));
            self
        }
        /// Leaves `href` out.
        pub fn without_href(mut self) -> Self {
            self.href = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `namespace`.
        pub fn namespace<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Namespace>,
            V::Error: crate::request::IntoRefusal,
        {
            self.namespace = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("namespace")
                });
            self
        }
        /// Leaves `namespace` out.
        pub fn without_namespace(mut self) -> Self {
            self.namespace = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `routing`.
        pub fn routing<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Routing>,
            V::Error: crate::request::IntoRefusal,
        {
            self.routing = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("routing"));
            self
        }
        /// Leaves `routing` out.
        pub fn without_routing(mut self) -> Self {
            self.routing = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `tokenId`.
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::TokenId>,
            V::Error: crate::request::IntoRefusal,
        {
            self.token_id = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("tokenId"));
            self
        }
        /// Leaves `tokenId` out.
        pub fn without_token_id(mut self) -> Self {
            self.token_id = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<TokenPaymentInstrument>
    for super::TokenPaymentInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: TokenPaymentInstrument,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                cvc: value.cvc?,
                cvc_session_href: value.cvc_session_href?,
                href: value.href?,
                namespace: value.namespace?,
                routing: value.routing?,
                token_id: value.token_id?,
                type_: value.type_?,
            })
        }
    }
    impl ::core::convert::From<super::TokenPaymentInstrument>
    for TokenPaymentInstrument {
        fn from(value: super::TokenPaymentInstrument) -> Self {
            Self {
                cvc: ::core::result::Result::Ok(value.cvc),
                cvc_session_href: ::core::result::Result::Ok(value.cvc_session_href),
                href: ::core::result::Result::Ok(value.href),
                namespace: ::core::result::Result::Ok(value.namespace),
                routing: ::core::result::Result::Ok(value.routing),
                token_id: ::core::result::Result::Ok(value.token_id),
                type_: ::core::result::Result::Ok(value.type_),
            }
        }
    }
    /// A [`TransactionHistory`](super::TransactionHistory) under construction.
    #[derive(Clone, Debug)]
    pub struct TransactionHistory {
        add_cards_last_day: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        attempts_last_day: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        attempts_last_year: ::core::result::Result<
            ::std::option::Option<i32>,
            crate::request::Refusal,
        >,
        completed_last_six_months: ::core::result::Result<
            ::std::option::Option<i32>,
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.add_cards_last_day = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("addCardsLastDay")
                });
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.attempts_last_day = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("attemptsLastDay")
                });
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.attempts_last_year = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("attemptsLastYear")
                });
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
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.completed_last_six_months = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("completedLastSixMonths")
                });
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
            self.shipping_address_first_used_at = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("shippingAddressFirstUsedAt")
                });
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
        accept_partial_amount: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        amount: ::core::result::Result<i32, crate::request::Refusal>,
        currency: ::core::result::Result<super::Currency, crate::request::Refusal>,
    }
    impl ::core::default::Default for Value {
        fn default() -> Self {
            Self {
                accept_partial_amount: ::core::result::Result::Ok(
                    ::core::default::Default::default(),
                ),
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
        /// Sets `acceptPartialAmount`.
        pub fn accept_partial_amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.accept_partial_amount = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("acceptPartialAmount")
                });
            self
        }
        /// Leaves `acceptPartialAmount` out.
        pub fn without_accept_partial_amount(mut self) -> Self {
            self.accept_partial_amount = ::core::result::Result::Ok(
                ::core::option::Option::None,
            );
            self
        }
        /// Sets `amount`.
        pub fn amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i32>,
            V::Error: crate::request::IntoRefusal,
        {
            self.amount = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("amount"));
            self
        }
        /// Sets `currency`.
        pub fn currency<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::Currency>,
            V::Error: crate::request::IntoRefusal,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("currency")
                });
            self
        }
    }
    impl ::core::convert::TryFrom<Value> for super::Value {
        type Error = crate::request::Refusal;
        fn try_from(
            value: Value,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                accept_partial_amount: value.accept_partial_amount?,
                amount: value.amount?,
                currency: value.currency?,
            })
        }
    }
    impl ::core::convert::From<super::Value> for Value {
        fn from(value: super::Value) -> Self {
            Self {
                accept_partial_amount: ::core::result::Result::Ok(
                    value.accept_partial_amount,
                ),
                amount: ::core::result::Result::Ok(value.amount),
                currency: ::core::result::Result::Ok(value.currency),
            }
        }
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
impl Cancellation {
    /// A builder, every field unset.
    pub fn builder() -> builder::Cancellation {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::Cancellation {
        Self::builder()
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
        V0: ::core::convert::TryInto<ReturnUrl>,
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
impl Customer {
    /// A builder, every field unset.
    pub fn builder() -> builder::Customer {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::Customer {
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
        V0: ::core::convert::TryInto<AcceptHeader>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<UserAgentHeader>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().accept_header(accept_header).user_agent_header(user_agent_header)
    }
}
impl DeviceDataRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::DeviceDataRequest {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::DeviceDataRequest {
        Self::builder()
    }
}
impl Exemption {
    /// A builder, every field unset.
    pub fn builder() -> builder::Exemption {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `capability`, `mode`, `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(capability: V0, mode: V1, type_: V2) -> builder::Exemption
    where
        V0: ::core::convert::TryInto<Capability>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<ExemptionMode>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<ExemptionType>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder().capability(capability).mode(mode).type_(type_)
    }
}
impl ExpiryDate {
    /// A builder, every field unset.
    pub fn builder() -> builder::ExpiryDate {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `month`, `year`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(month: V0, year: V1) -> builder::ExpiryDate
    where
        V0: ::core::convert::TryInto<i32>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<i32>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().month(month).year(year)
    }
}
impl InstallmentPlan {
    /// A builder, every field unset.
    pub fn builder() -> builder::InstallmentPlan {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `numberOfInstallments`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(number_of_installments: V0) -> builder::InstallmentPlan
    where
        V0: ::core::convert::TryInto<i32>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().number_of_installments(number_of_installments)
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
        V0: ::core::convert::TryInto<Entity>,
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
        V0: ::core::convert::TryInto<Line1>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().line1(line1)
    }
}
impl PaymentRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentRequest {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `instruction`, `merchant`, `transactionReference`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        instruction: V0,
        merchant: V1,
        transaction_reference: V2,
    ) -> builder::PaymentRequest
    where
        V0: ::core::convert::TryInto<crate::payments_2024::types::PaymentsInstruction>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<Merchant>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<TransactionReference>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .instruction(instruction)
            .merchant(merchant)
            .transaction_reference(transaction_reference)
    }
}
impl PaymentsApplepayInstruction {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsApplepayInstruction {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `narrative`, `paymentInstrument`, `value`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        narrative: V0,
        payment_instrument: V1,
        value: V2,
    ) -> builder::PaymentsApplepayInstruction
    where
        V0: ::core::convert::TryInto<Narrative>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<crate::payments_2024::types::PaymentInstrument>,
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
impl PaymentsBankAccount {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsBankAccount {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `identifierType`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(identifier_type: V0) -> builder::PaymentsBankAccount
    where
        V0: ::core::convert::TryInto<IdentifierType>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().identifier_type(identifier_type)
    }
}
impl PaymentsBillingAddress {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsBillingAddress {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `address1`, `city`, `countryCode`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        address1: V0,
        city: V1,
        country_code: V2,
    ) -> builder::PaymentsBillingAddress
    where
        V0: ::core::convert::TryInto<PaymentsBillingAddressAddress1>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<PaymentsBillingAddressCity>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<PaymentsBillingAddressCountryCode>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder().address1(address1).city(city).country_code(country_code)
    }
}
impl PaymentsCardAccount {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsCardAccount {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `cardNumber`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(card_number: V0) -> builder::PaymentsCardAccount
    where
        V0: ::core::convert::TryInto<
            crate::payments_2024::types::PaymentsCardAccountCardNumber,
        >,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().card_number(card_number)
    }
}
impl PaymentsCardInstruction {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsCardInstruction {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `narrative`, `paymentInstrument`, `value`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        narrative: V0,
        payment_instrument: V1,
        value: V2,
    ) -> builder::PaymentsCardInstruction
    where
        V0: ::core::convert::TryInto<Narrative>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<
            crate::payments_2024::types::PaymentsCardInstructionPaymentInstrument,
        >,
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
impl PaymentsCardOnFileCustomerAgreement {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsCardOnFileCustomerAgreement {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `storedCardUsage`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(stored_card_usage: V0) -> builder::PaymentsCardOnFileCustomerAgreement
    where
        V0: ::core::convert::TryInto<StoredCardUsage>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().stored_card_usage(stored_card_usage)
    }
}
impl PaymentsCardPlainPaymentInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsCardPlainPaymentInstrument {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `cardNumber`, `expiryDate`, `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        card_number: V0,
        expiry_date: V1,
        type_: V2,
    ) -> builder::PaymentsCardPlainPaymentInstrument
    where
        V0: ::core::convert::TryInto<
            crate::payments_2024::types::PaymentsCardPlainPaymentInstrumentCardNumber,
        >,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<ExpiryDate>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<::std::string::String>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder().card_number(card_number).expiry_date(expiry_date).type_(type_)
    }
}
impl PaymentsDecryptedPaymentInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsDecryptedPaymentInstrument {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `expiryDate`, `number`, `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        expiry_date: V0,
        number: V1,
        type_: V2,
    ) -> builder::PaymentsDecryptedPaymentInstrument
    where
        V0: ::core::convert::TryInto<ExpiryDate>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<
            crate::payments_2024::types::PaymentsDecryptedPaymentInstrumentCardNumber,
        >,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<::std::string::String>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder().expiry_date(expiry_date).number(number).type_(type_)
    }
}
impl PaymentsEmailAccount {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsEmailAccount {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `emailAddress`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(email_address: V0) -> builder::PaymentsEmailAccount
    where
        V0: ::core::convert::TryInto<EmailAddress>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().email_address(email_address)
    }
}
impl PaymentsEncryptedPaymentInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsEncryptedPaymentInstrument {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `type`, `walletToken`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(
        type_: V0,
        wallet_token: V1,
    ) -> builder::PaymentsEncryptedPaymentInstrument
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<crate::payments_2024::types::WalletToken>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().type_(type_).wallet_token(wallet_token)
    }
}
impl PaymentsExemptionRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsExemptionRequest {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentsExemptionRequest {
        Self::builder()
    }
}
impl PaymentsExternalThreeDs {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsExternalThreeDs {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `version`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(version: V0) -> builder::PaymentsExternalThreeDs
    where
        V0: ::core::convert::TryInto<Version>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().version(version)
    }
}
impl PaymentsFraud {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsFraud {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(type_: V0) -> builder::PaymentsFraud
    where
        V0: ::core::convert::TryInto<PaymentsFraudType>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().type_(type_)
    }
}
impl PaymentsFundsRecipient {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsFundsRecipient {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentsFundsRecipient {
        Self::builder()
    }
}
impl PaymentsFundsSender {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsFundsSender {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentsFundsSender {
        Self::builder()
    }
}
impl PaymentsFundsTransfer {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsFundsTransfer {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(type_: V0) -> builder::PaymentsFundsTransfer
    where
        V0: ::core::convert::TryInto<PaymentsFundsTransferType>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().type_(type_)
    }
}
impl PaymentsGiftCardsPurchase {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsGiftCardsPurchase {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentsGiftCardsPurchase {
        Self::builder()
    }
}
impl PaymentsGooglepayInstruction {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsGooglepayInstruction {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `narrative`, `paymentInstrument`, `value`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        narrative: V0,
        payment_instrument: V1,
        value: V2,
    ) -> builder::PaymentsGooglepayInstruction
    where
        V0: ::core::convert::TryInto<Narrative>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<crate::payments_2024::types::PaymentInstrument>,
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
impl PaymentsInstallmentCustomerAgreement {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsInstallmentCustomerAgreement {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `installmentType`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(installment_type: V0) -> builder::PaymentsInstallmentCustomerAgreement
    where
        V0: ::core::convert::TryInto<InstallmentType>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().installment_type(installment_type)
    }
}
impl PaymentsIntegratedThreeDs {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsIntegratedThreeDs {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `challenge`, `deviceData`, `mode`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        challenge: V0,
        device_data: V1,
        mode: V2,
    ) -> builder::PaymentsIntegratedThreeDs
    where
        V0: ::core::convert::TryInto<Challenge>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<DeviceData>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<PaymentsIntegratedThreeDsMode>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder().challenge(challenge).device_data(device_data).mode(mode)
    }
}
impl PaymentsNetworkTokenPaymentInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsNetworkTokenPaymentInstrument {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `expiryDate`, `tokenNumber`, `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        expiry_date: V0,
        token_number: V1,
        type_: V2,
    ) -> builder::PaymentsNetworkTokenPaymentInstrument
    where
        V0: ::core::convert::TryInto<ExpiryDate>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<crate::payments_2024::types::TokenNumber>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<::std::string::String>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder().expiry_date(expiry_date).token_number(token_number).type_(type_)
    }
}
impl PaymentsPartialRefundRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsPartialRefundRequest {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `reference`, `value`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(reference: V0, value: V1) -> builder::PaymentsPartialRefundRequest
    where
        V0: ::core::convert::TryInto<Reference>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<Value>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().reference(reference).value(value)
    }
}
impl PaymentsPartialSettleRequest {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsPartialSettleRequest {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `reference`, `value`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(reference: V0, value: V1) -> builder::PaymentsPartialSettleRequest
    where
        V0: ::core::convert::TryInto<Reference>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<Value>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().reference(reference).value(value)
    }
}
impl PaymentsPaymentFacilitator {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsPaymentFacilitator {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `schemeId`, `subMerchant`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(
        scheme_id: V0,
        sub_merchant: V1,
    ) -> builder::PaymentsPaymentFacilitator
    where
        V0: ::core::convert::TryInto<SchemeId>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<PaymentsSubMerchant>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().scheme_id(scheme_id).sub_merchant(sub_merchant)
    }
}
impl PaymentsPhoneAccount {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsPhoneAccount {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `phoneNumber`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(phone_number: V0) -> builder::PaymentsPhoneAccount
    where
        V0: ::core::convert::TryInto<PhoneNumber>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().phone_number(phone_number)
    }
}
impl PaymentsRecipient {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsRecipient {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentsRecipient {
        Self::builder()
    }
}
impl PaymentsRecipientAddress {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsRecipientAddress {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentsRecipientAddress {
        Self::builder()
    }
}
impl PaymentsSequence {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsSequence {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `number`, `total`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(number: V0, total: V1) -> builder::PaymentsSequence
    where
        V0: ::core::convert::TryInto<i32>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<i32>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().number(number).total(total)
    }
}
impl PaymentsShippingAddress {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsShippingAddress {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `address1`, `city`, `countryCode`, `postalCode`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2, V3>(
        address1: V0,
        city: V1,
        country_code: V2,
        postal_code: V3,
    ) -> builder::PaymentsShippingAddress
    where
        V0: ::core::convert::TryInto<PaymentsShippingAddressAddress1>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<PaymentsShippingAddressCity>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<PaymentsShippingAddressCountryCode>,
        V2::Error: crate::request::IntoRefusal,
        V3: ::core::convert::TryInto<PaymentsShippingAddressPostalCode>,
        V3::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .address1(address1)
            .city(city)
            .country_code(country_code)
            .postal_code(postal_code)
    }
}
impl PaymentsSocialNetworkAccount {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsSocialNetworkAccount {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `socialNetworkReference`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(social_network_reference: V0) -> builder::PaymentsSocialNetworkAccount
    where
        V0: ::core::convert::TryInto<SocialNetworkReference>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().social_network_reference(social_network_reference)
    }
}
impl PaymentsSubMerchant {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsSubMerchant {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `address`, `name`, `reference`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        address: V0,
        name: V1,
        reference: V2,
    ) -> builder::PaymentsSubMerchant
    where
        V0: ::core::convert::TryInto<PaymentsSubMerchantAddress>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<Name>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<PaymentsSubMerchantReference>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder().address(address).name(name).reference(reference)
    }
}
impl PaymentsSubMerchantAddress {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsSubMerchantAddress {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `city`, `countryCode`, `postalCode`, `street`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2, V3>(
        city: V0,
        country_code: V1,
        postal_code: V2,
        street: V3,
    ) -> builder::PaymentsSubMerchantAddress
    where
        V0: ::core::convert::TryInto<PaymentsSubMerchantAddressCity>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<CountryCode>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<PostalCode>,
        V2::Error: crate::request::IntoRefusal,
        V3: ::core::convert::TryInto<Street>,
        V3::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .city(city)
            .country_code(country_code)
            .postal_code(postal_code)
            .street(street)
    }
}
impl PaymentsSubscriptionCustomerAgreement {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsSubscriptionCustomerAgreement {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `storedCardUsage`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(
        stored_card_usage: V0,
    ) -> builder::PaymentsSubscriptionCustomerAgreement
    where
        V0: ::core::convert::TryInto<StoredCardUsage>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().stored_card_usage(stored_card_usage)
    }
}
impl PaymentsTransferAddress {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsTransferAddress {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `countryCode`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(country_code: V0) -> builder::PaymentsTransferAddress
    where
        V0: ::core::convert::TryInto<PaymentsTransferAddressCountryCode>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().country_code(country_code)
    }
}
impl PaymentsUnscheduledCustomerAgreement {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsUnscheduledCustomerAgreement {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::PaymentsUnscheduledCustomerAgreement {
        Self::builder()
    }
}
impl PaymentsWalletAccount {
    /// A builder, every field unset.
    pub fn builder() -> builder::PaymentsWalletAccount {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `walletReference`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(wallet_reference: V0) -> builder::PaymentsWalletAccount
    where
        V0: ::core::convert::TryInto<WalletReference>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().wallet_reference(wallet_reference)
    }
}
impl Routing {
    /// A builder, every field unset.
    pub fn builder() -> builder::Routing {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::Routing {
        Self::builder()
    }
}
impl SessionPaymentInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::SessionPaymentInstrument {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `sessionHref`, `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(session_href: V0, type_: V1) -> builder::SessionPaymentInstrument
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().session_href(session_href).type_(type_)
    }
}
impl SessionsDelegatePaymentInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::SessionsDelegatePaymentInstrument {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `sessionHref`, `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(
        session_href: V0,
        type_: V1,
    ) -> builder::SessionsDelegatePaymentInstrument
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().session_href(session_href).type_(type_)
    }
}
impl Settlement {
    /// A builder, every field unset.
    pub fn builder() -> builder::Settlement {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `auto`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(auto: V0) -> builder::Settlement
    where
        V0: ::core::convert::TryInto<bool>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().auto(auto)
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
impl TokenCreation {
    /// A builder, every field unset.
    pub fn builder() -> builder::TokenCreation {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(type_: V0) -> builder::TokenCreation
    where
        V0: ::core::convert::TryInto<TokenCreationType>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().type_(type_)
    }
}
impl TokenPaymentInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::TokenPaymentInstrument {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(type_: V0) -> builder::TokenPaymentInstrument
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().type_(type_)
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
        V0: ::core::convert::TryInto<i32>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<Currency>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().amount(amount).currency(currency)
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
    /// `CardBrand`
    pub enum CardBrand {
        /// `visa`
        Visa = "visa",
        /// `mastercard`
        Mastercard = "mastercard",
        /// `amex`
        Amex = "amex",
        /// `maestro`
        Maestro = "maestro",
        /// `visaElectron`
        VisaElectron = "visaElectron",
        /// `diners`
        Diners = "diners",
        /// `discover`
        Discover = "discover",
        /// `jcb`
        Jcb = "jcb",
        /// `argencard`
        Argencard = "argencard",
        /// `cabal`
        Cabal = "cabal",
        /// `carteBleue`
        CarteBleue = "carteBleue",
        /// `cartesBancaires`
        CartesBancaires = "cartesBancaires",
        /// `carnet`
        Carnet = "carnet",
        /// `cencosud`
        Cencosud = "cencosud",
        /// `coopeplus`
        Coopeplus = "coopeplus",
        /// `credimas`
        Credimas = "credimas",
        /// `dankort`
        Dankort = "dankort",
        /// `elo`
        Elo = "elo",
        /// `eftposAU`
        EftposAu = "eftposAU",
        /// `hipercard`
        Hipercard = "hipercard",
        /// `italcred`
        Italcred = "italcred",
        /// `naranja`
        Naranja = "naranja",
        /// `nativa`
        Nativa = "nativa",
        /// `nevada`
        Nevada = "nevada",
        /// `nexo`
        Nexo = "nexo",
        /// `tarjeta`
        Tarjeta = "tarjeta",
        /// `unionPay`
        UnionPay = "unionPay",
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
    /// `Detail`
    pub enum Detail {
        /// `address`
        Address = "address",
        /// `postcode`
        Postcode = "postcode",
    }
}

crate::open_enum! {
    /// `FraudOutcome`
    pub enum FraudOutcome {
        /// `lowRisk`
        LowRisk = "lowRisk",
        /// `highRisk`
        HighRisk = "highRisk",
        /// `review`
        Review = "review",
        /// `lowRisk(silentMode)`
        LowRiskSilentMode = "lowRisk(silentMode)",
        /// `highRisk(silentMode)`
        HighRiskSilentMode = "highRisk(silentMode)",
        /// `review(silentMode)`
        ReviewSilentMode = "review(silentMode)",
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
        /// `unknown`
        Unknown = "unknown",
    }
}

crate::open_enum! {
    /// `IssuerResponse`
    pub enum IssuerResponse {
        /// `frictionless`
        Frictionless = "frictionless",
        /// `challenged`
        Challenged = "challenged",
    }
}

crate::open_enum! {
    /// `LastEvent`
    pub enum LastEvent {
        /// `Authorized`
        Authorized = "Authorized",
        /// `Refused`
        Refused = "Refused",
        /// `Sent for Settlement`
        SentForSettlement = "Sent for Settlement",
        /// `Sent for Refund`
        SentForRefund = "Sent for Refund",
        /// `Sent for Cancellation`
        SentForCancellation = "Sent for Cancellation",
        /// `Refund failed`
        RefundFailed = "Refund failed",
        /// `Settlement failed`
        SettlementFailed = "Settlement failed",
        /// `Settled`
        Settled = "Settled",
        /// `Refunded`
        Refunded = "Refunded",
        /// `Error`
        Error = "Error",
        /// `Expired`
        Expired = "Expired",
    }
}

crate::open_enum! {
    /// `PaymentsExemptionResult`
    pub enum PaymentsExemptionResult {
        /// `honored`
        Honored = "honored",
        /// `outOfScope`
        OutOfScope = "outOfScope",
        /// `rejected`
        Rejected = "rejected",
        /// `unknown`
        Unknown = "unknown",
    }
}

crate::open_enum! {
    /// `PaymentsExemptionType`
    pub enum PaymentsExemptionType {
        /// `lowRisk`
        LowRisk = "lowRisk",
        /// `lowValue`
        LowValue = "lowValue",
    }
}

crate::open_enum! {
    /// `Reason`
    pub enum Reason {
        /// `issuerHonored`
        IssuerHonored = "issuerHonored",
        /// `merchantInitiatedTransaction`
        MerchantInitiatedTransaction = "merchantInitiatedTransaction",
        /// `oneLegOut`
        OneLegOut = "oneLegOut",
        /// `moto`
        Moto = "moto",
        /// `contactless`
        Contactless = "contactless",
        /// `issuerRejected`
        IssuerRejected = "issuerRejected",
        /// `highRisk`
        HighRisk = "highRisk",
        /// `invalid`
        Invalid = "invalid",
        /// `unsupportedScheme`
        UnsupportedScheme = "unsupportedScheme",
        /// `unsupportedAcquirer`
        UnsupportedAcquirer = "unsupportedAcquirer",
        /// `unknown`
        Unknown = "unknown",
    }
}

crate::open_enum! {
    /// `Risk`
    pub enum Risk {
        /// `notChecked`
        NotChecked = "notChecked",
        /// `notMatched`
        NotMatched = "notMatched",
        /// `notSupplied`
        NotSupplied = "notSupplied",
        /// `verificationFailed`
        VerificationFailed = "verificationFailed",
    }
}

crate::open_enum! {
    /// `RiskFactorType`
    pub enum RiskFactorType {
        /// `avs`
        Avs = "avs",
        /// `cvc`
        Cvc = "cvc",
        /// `riskProfile`
        RiskProfile = "riskProfile",
    }
}

crate::open_enum! {
    /// `ThreeDsOutcome`
    pub enum ThreeDsOutcome {
        /// `authenticated`
        Authenticated = "authenticated",
        /// `authenticationOutage`
        AuthenticationOutage = "authenticationOutage",
    }
}

crate::open_enum! {
    /// `ThreeDsType`
    pub enum ThreeDsType {
        /// `external`
        External = "external",
        /// `integrated`
        Integrated = "integrated",
    }
}

crate::sensitive_string! {
    /// `Authentication_authenticationValue`
    pub struct AuthenticationAuthenticationValue {
        schema: "Authentication_authenticationValue",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `PaymentsCardAccount_cardNumber`
    pub struct PaymentsCardAccountCardNumber {
        schema: "PaymentsCardAccount_cardNumber",
        min_length: Some(12),
        max_length: Some(19),
        pattern: Some("^[0-9]+$"),
    }
}

crate::sensitive_string! {
    /// `PaymentsCardPlainPaymentInstrument_cardHolderName`
    pub struct PaymentsCardPlainPaymentInstrumentCardHolderName {
        schema: "PaymentsCardPlainPaymentInstrument_cardHolderName",
        min_length: Some(1),
        max_length: Some(255),
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `PaymentsCardPlainPaymentInstrument_cardNumber`
    pub struct PaymentsCardPlainPaymentInstrumentCardNumber {
        schema: "PaymentsCardPlainPaymentInstrument_cardNumber",
        min_length: Some(12),
        max_length: Some(19),
        pattern: Some("^[0-9]+$"),
    }
}

crate::sensitive_string! {
    /// `PaymentsDecryptedPaymentInstrument_cardNumber`
    pub struct PaymentsDecryptedPaymentInstrumentCardNumber {
        schema: "PaymentsDecryptedPaymentInstrument_cardNumber",
        min_length: Some(12),
        max_length: Some(19),
        pattern: Some("^\\d+$"),
    }
}

crate::sensitive_string! {
    /// `PaymentsNetworkTokenPaymentInstrument_cardHolderName`
    pub struct PaymentsNetworkTokenPaymentInstrumentCardHolderName {
        schema: "PaymentsNetworkTokenPaymentInstrument_cardHolderName",
        min_length: Some(1),
        max_length: Some(255),
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `SessionPaymentInstrument_cardHolderName`
    pub struct SessionPaymentInstrumentCardHolderName {
        schema: "SessionPaymentInstrument_cardHolderName",
        min_length: Some(1),
        max_length: Some(255),
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `accountNumber`
    pub struct AccountNumber {
        schema: "accountNumber",
        min_length: Some(1),
        max_length: Some(39),
        pattern: Some("^[a-zA-Z0-9\\s@!£*#$)(\\-_=.,/;:'\"]*?[a-zA-Z0-9@!£*#$)(\\-_=.,/;:'\"][a-zA-Z0-9\\s@!£*#$)(\\-_=.,/;:'\"]*$"),
    }
}

crate::sensitive_string! {
    /// `authenticationValue`
    pub struct AuthenticationValue {
        schema: "authenticationValue",
        min_length: Some(1),
        max_length: Some(29),
        pattern: Some("^[a-zA-Z0-9+/]+={0,2}$"),
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
    /// `cryptogram`
    pub struct Cryptogram {
        schema: "cryptogram",
        min_length: Some(1),
        max_length: Some(40),
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `cvc`
    pub struct Cvc {
        schema: "cvc",
        min_length: Some(3),
        max_length: Some(4),
        pattern: Some("[0-9]*$"),
    }
}

crate::sensitive_string! {
    /// `iban`
    pub struct Iban {
        schema: "iban",
        min_length: Some(1),
        max_length: Some(34),
        pattern: Some("^[A-Za-z0-9]*$"),
    }
}

crate::sensitive_string! {
    /// `routingNumber`
    pub struct RoutingNumber {
        schema: "routingNumber",
        min_length: Some(9),
        max_length: Some(9),
        pattern: Some("[0-9]*$"),
    }
}

crate::sensitive_string! {
    /// `tokenNumber`
    pub struct TokenNumber {
        schema: "tokenNumber",
        min_length: Some(12),
        max_length: Some(19),
        pattern: Some("[0-9]*$"),
    }
}

crate::sensitive_string! {
    /// `walletToken`
    pub struct WalletToken {
        schema: "walletToken",
        min_length: Some(1),
        max_length: None,
        pattern: None,
    }
}

crate::tagged_union! {
    /// Outcome of a payment after a 3DS challenge, tagged by `outcome`.
    open pub enum ChallengeResponse201 tag "outcome" field outcome {
        /// `outcome`: `3dsAuthenticationFailed`
        X3dsAuthenticationFailed(UnsuccessfulAuthenticationResponse) = "3dsAuthenticationFailed",
        /// `outcome`: `3dsUnavailable`
        X3dsUnavailable(PaymentsResponse) = "3dsUnavailable",
        /// `outcome`: `authorized`
        Authorized(CardAuthorizedPaymentResponse) = "authorized",
        /// `outcome`: `refused`
        Refused(PaymentRefusedResponse) = "refused",
    }
}

impl ::core::convert::From<UnsuccessfulAuthenticationResponse> for ChallengeResponse201 {
    fn from(value: UnsuccessfulAuthenticationResponse) -> Self {
        Self::X3dsAuthenticationFailed(value)
    }
}

impl ::core::convert::From<PaymentsResponse> for ChallengeResponse201 {
    fn from(value: PaymentsResponse) -> Self {
        Self::X3dsUnavailable(value)
    }
}

impl ::core::convert::From<CardAuthorizedPaymentResponse> for ChallengeResponse201 {
    fn from(value: CardAuthorizedPaymentResponse) -> Self {
        Self::Authorized(value)
    }
}

impl ::core::convert::From<PaymentRefusedResponse> for ChallengeResponse201 {
    fn from(value: PaymentRefusedResponse) -> Self {
        Self::Refused(value)
    }
}

crate::tagged_union! {
    /// A payment sent on after a 3DS challenge, tagged by `outcome`.
    open pub enum ChallengeResponse202 tag "outcome" field outcome {
        /// `outcome`: `sentForCancellation`
        SentForCancellation(SentForCancellationResponse) = "sentForCancellation",
        /// `outcome`: `sentForSettlement`
        SentForSettlement(SentForSettlementResponse) = "sentForSettlement",
    }
}

impl ::core::convert::From<SentForCancellationResponse> for ChallengeResponse202 {
    fn from(value: SentForCancellationResponse) -> Self {
        Self::SentForCancellation(value)
    }
}

impl ::core::convert::From<SentForSettlementResponse> for ChallengeResponse202 {
    fn from(value: SentForSettlementResponse) -> Self {
        Self::SentForSettlement(value)
    }
}

crate::tagged_union! {
    /// Outcome of a payment after device data was supplied, tagged by `outcome`.
    open pub enum DeviceDataResponse201 tag "outcome" field outcome {
        /// `outcome`: `3dsAuthenticationFailed`
        X3dsAuthenticationFailed(UnsuccessfulAuthenticationResponse) = "3dsAuthenticationFailed",
        /// `outcome`: `3dsChallenged`
        X3dsChallenged(ChallengedResponse) = "3dsChallenged",
        /// `outcome`: `3dsUnavailable`
        X3dsUnavailable(UnavailableAuthenticationResponse) = "3dsUnavailable",
        /// `outcome`: `authorized`
        Authorized(CardAuthorizedPaymentResponse) = "authorized",
        /// `outcome`: `refused`
        Refused(PaymentRefusedResponse) = "refused",
    }
}

impl ::core::convert::From<UnsuccessfulAuthenticationResponse> for DeviceDataResponse201 {
    fn from(value: UnsuccessfulAuthenticationResponse) -> Self {
        Self::X3dsAuthenticationFailed(value)
    }
}

impl ::core::convert::From<ChallengedResponse> for DeviceDataResponse201 {
    fn from(value: ChallengedResponse) -> Self {
        Self::X3dsChallenged(value)
    }
}

impl ::core::convert::From<UnavailableAuthenticationResponse> for DeviceDataResponse201 {
    fn from(value: UnavailableAuthenticationResponse) -> Self {
        Self::X3dsUnavailable(value)
    }
}

impl ::core::convert::From<CardAuthorizedPaymentResponse> for DeviceDataResponse201 {
    fn from(value: CardAuthorizedPaymentResponse) -> Self {
        Self::Authorized(value)
    }
}

impl ::core::convert::From<PaymentRefusedResponse> for DeviceDataResponse201 {
    fn from(value: PaymentRefusedResponse) -> Self {
        Self::Refused(value)
    }
}

crate::tagged_union! {
    /// A payment sent on after device data was supplied, tagged by `outcome`.
    open pub enum DeviceDataResponse202 tag "outcome" field outcome {
        /// `outcome`: `sentForCancellation`
        SentForCancellation(SentForCancellationResponse) = "sentForCancellation",
        /// `outcome`: `sentForSettlement`
        SentForSettlement(SentForSettlementResponse) = "sentForSettlement",
    }
}

impl ::core::convert::From<SentForCancellationResponse> for DeviceDataResponse202 {
    fn from(value: SentForCancellationResponse) -> Self {
        Self::SentForCancellation(value)
    }
}

impl ::core::convert::From<SentForSettlementResponse> for DeviceDataResponse202 {
    fn from(value: SentForSettlementResponse) -> Self {
        Self::SentForSettlement(value)
    }
}

crate::tagged_union! {
    /// `PaymentInstrument`, tagged on `type`
    closed pub enum PaymentInstrument tag "type" {
        /// `type`: `decrypted`
        Decrypted(PaymentsDecryptedPaymentInstrument) = "decrypted",
        /// `type`: `encrypted`
        Encrypted(PaymentsEncryptedPaymentInstrument) = "encrypted",
    }
}

impl ::core::convert::From<PaymentsDecryptedPaymentInstrument> for PaymentInstrument {
    fn from(value: PaymentsDecryptedPaymentInstrument) -> Self {
        Self::Decrypted(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsDecryptedPaymentInstrument> for PaymentInstrument {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsDecryptedPaymentInstrument) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsDecryptedPaymentInstrument::try_from(value).map(Self::Decrypted)
    }
}

impl ::core::convert::From<PaymentsEncryptedPaymentInstrument> for PaymentInstrument {
    fn from(value: PaymentsEncryptedPaymentInstrument) -> Self {
        Self::Encrypted(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsEncryptedPaymentInstrument> for PaymentInstrument {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsEncryptedPaymentInstrument) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsEncryptedPaymentInstrument::try_from(value).map(Self::Encrypted)
    }
}

crate::tagged_union! {
    /// `PaymentsCardInstructionPaymentInstrument`, tagged on `type`
    closed pub enum PaymentsCardInstructionPaymentInstrument tag "type" {
        /// `type`: `checkout`
        Checkout(SessionPaymentInstrument) = "checkout",
        /// `type`: `delegate`
        Delegate(SessionsDelegatePaymentInstrument) = "delegate",
        /// `type`: `networkToken`
        NetworkToken(PaymentsNetworkTokenPaymentInstrument) = "networkToken",
        /// `type`: `plain`
        Plain(PaymentsCardPlainPaymentInstrument) = "plain",
        /// `type`: `token`
        Token(TokenPaymentInstrument) = "token",
    }
}

impl ::core::convert::From<SessionPaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    fn from(value: SessionPaymentInstrument) -> Self {
        Self::Checkout(value)
    }
}

impl ::core::convert::TryFrom<builder::SessionPaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::SessionPaymentInstrument) -> ::core::result::Result<Self, crate::request::Refusal> {
        SessionPaymentInstrument::try_from(value).map(Self::Checkout)
    }
}

impl ::core::convert::From<SessionsDelegatePaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    fn from(value: SessionsDelegatePaymentInstrument) -> Self {
        Self::Delegate(value)
    }
}

impl ::core::convert::TryFrom<builder::SessionsDelegatePaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::SessionsDelegatePaymentInstrument) -> ::core::result::Result<Self, crate::request::Refusal> {
        SessionsDelegatePaymentInstrument::try_from(value).map(Self::Delegate)
    }
}

impl ::core::convert::From<PaymentsNetworkTokenPaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    fn from(value: PaymentsNetworkTokenPaymentInstrument) -> Self {
        Self::NetworkToken(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsNetworkTokenPaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsNetworkTokenPaymentInstrument) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsNetworkTokenPaymentInstrument::try_from(value).map(Self::NetworkToken)
    }
}

impl ::core::convert::From<PaymentsCardPlainPaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    fn from(value: PaymentsCardPlainPaymentInstrument) -> Self {
        Self::Plain(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsCardPlainPaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsCardPlainPaymentInstrument) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsCardPlainPaymentInstrument::try_from(value).map(Self::Plain)
    }
}

impl ::core::convert::From<TokenPaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    fn from(value: TokenPaymentInstrument) -> Self {
        Self::Token(value)
    }
}

impl ::core::convert::TryFrom<builder::TokenPaymentInstrument> for PaymentsCardInstructionPaymentInstrument {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::TokenPaymentInstrument) -> ::core::result::Result<Self, crate::request::Refusal> {
        TokenPaymentInstrument::try_from(value).map(Self::Token)
    }
}

crate::tagged_union! {
    /// The stored-credential agreement with the customer, tagged by `type`.
    closed pub enum PaymentsCustomerAgreement tag "type" {
        /// `type`: `cardOnFile`
        CardOnFile(PaymentsCardOnFileCustomerAgreement) = "cardOnFile",
        /// `type`: `installment`
        Installment(PaymentsInstallmentCustomerAgreement) = "installment",
        /// `type`: `subscription`
        Subscription(PaymentsSubscriptionCustomerAgreement) = "subscription",
        /// `type`: `unscheduled`
        Unscheduled(PaymentsUnscheduledCustomerAgreement) = "unscheduled",
    }
}

impl ::core::convert::From<PaymentsCardOnFileCustomerAgreement> for PaymentsCustomerAgreement {
    fn from(value: PaymentsCardOnFileCustomerAgreement) -> Self {
        Self::CardOnFile(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsCardOnFileCustomerAgreement> for PaymentsCustomerAgreement {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsCardOnFileCustomerAgreement) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsCardOnFileCustomerAgreement::try_from(value).map(Self::CardOnFile)
    }
}

impl ::core::convert::From<PaymentsInstallmentCustomerAgreement> for PaymentsCustomerAgreement {
    fn from(value: PaymentsInstallmentCustomerAgreement) -> Self {
        Self::Installment(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsInstallmentCustomerAgreement> for PaymentsCustomerAgreement {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsInstallmentCustomerAgreement) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsInstallmentCustomerAgreement::try_from(value).map(Self::Installment)
    }
}

impl ::core::convert::From<PaymentsSubscriptionCustomerAgreement> for PaymentsCustomerAgreement {
    fn from(value: PaymentsSubscriptionCustomerAgreement) -> Self {
        Self::Subscription(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsSubscriptionCustomerAgreement> for PaymentsCustomerAgreement {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsSubscriptionCustomerAgreement) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsSubscriptionCustomerAgreement::try_from(value).map(Self::Subscription)
    }
}

impl ::core::convert::From<PaymentsUnscheduledCustomerAgreement> for PaymentsCustomerAgreement {
    fn from(value: PaymentsUnscheduledCustomerAgreement) -> Self {
        Self::Unscheduled(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsUnscheduledCustomerAgreement> for PaymentsCustomerAgreement {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsUnscheduledCustomerAgreement) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsUnscheduledCustomerAgreement::try_from(value).map(Self::Unscheduled)
    }
}

crate::tagged_union! {
    /// What to pay and how, tagged by `method`.
    closed pub enum PaymentsInstruction tag "method" {
        /// `method`: `applepay`
        Applepay(PaymentsApplepayInstruction) = "applepay",
        /// `method`: `card`
        Card(PaymentsCardInstruction) = "card",
        /// `method`: `googlepay`
        Googlepay(PaymentsGooglepayInstruction) = "googlepay",
    }
}

impl ::core::convert::From<PaymentsApplepayInstruction> for PaymentsInstruction {
    fn from(value: PaymentsApplepayInstruction) -> Self {
        Self::Applepay(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsApplepayInstruction> for PaymentsInstruction {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsApplepayInstruction) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsApplepayInstruction::try_from(value).map(Self::Applepay)
    }
}

impl ::core::convert::From<PaymentsCardInstruction> for PaymentsInstruction {
    fn from(value: PaymentsCardInstruction) -> Self {
        Self::Card(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsCardInstruction> for PaymentsInstruction {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsCardInstruction) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsCardInstruction::try_from(value).map(Self::Card)
    }
}

impl ::core::convert::From<PaymentsGooglepayInstruction> for PaymentsInstruction {
    fn from(value: PaymentsGooglepayInstruction) -> Self {
        Self::Googlepay(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsGooglepayInstruction> for PaymentsInstruction {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsGooglepayInstruction) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsGooglepayInstruction::try_from(value).map(Self::Googlepay)
    }
}

crate::tagged_union! {
    /// The recipient's account, tagged by `type`.
    closed pub enum PaymentsRecipientAccount tag "type" {
        /// `type`: `bankAccount`
        BankAccount(PaymentsBankAccount) = "bankAccount",
        /// `type`: `card`
        Card(PaymentsCardAccount) = "card",
        /// `type`: `email`
        Email(PaymentsEmailAccount) = "email",
        /// `type`: `merchantWallet`
        MerchantWallet(PaymentsWalletAccount) = "merchantWallet",
        /// `type`: `stagedDigitalWallet`
        StagedDigitalWallet(PaymentsWalletAccount) = "stagedDigitalWallet",
        /// `type`: `storedValueWallet`
        StoredValueWallet(PaymentsWalletAccount) = "storedValueWallet",
        /// `type`: `wallet`
        Wallet(PaymentsWalletAccount) = "wallet",
        /// `type`: `phone`
        Phone(PaymentsPhoneAccount) = "phone",
        /// `type`: `socialNetwork`
        SocialNetwork(PaymentsSocialNetworkAccount) = "socialNetwork",
    }
}

impl ::core::convert::From<PaymentsBankAccount> for PaymentsRecipientAccount {
    fn from(value: PaymentsBankAccount) -> Self {
        Self::BankAccount(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsBankAccount> for PaymentsRecipientAccount {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsBankAccount) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsBankAccount::try_from(value).map(Self::BankAccount)
    }
}

impl ::core::convert::From<PaymentsCardAccount> for PaymentsRecipientAccount {
    fn from(value: PaymentsCardAccount) -> Self {
        Self::Card(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsCardAccount> for PaymentsRecipientAccount {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsCardAccount) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsCardAccount::try_from(value).map(Self::Card)
    }
}

impl ::core::convert::From<PaymentsEmailAccount> for PaymentsRecipientAccount {
    fn from(value: PaymentsEmailAccount) -> Self {
        Self::Email(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsEmailAccount> for PaymentsRecipientAccount {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsEmailAccount) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsEmailAccount::try_from(value).map(Self::Email)
    }
}

impl ::core::convert::From<PaymentsPhoneAccount> for PaymentsRecipientAccount {
    fn from(value: PaymentsPhoneAccount) -> Self {
        Self::Phone(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsPhoneAccount> for PaymentsRecipientAccount {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsPhoneAccount) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsPhoneAccount::try_from(value).map(Self::Phone)
    }
}

impl ::core::convert::From<PaymentsSocialNetworkAccount> for PaymentsRecipientAccount {
    fn from(value: PaymentsSocialNetworkAccount) -> Self {
        Self::SocialNetwork(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsSocialNetworkAccount> for PaymentsRecipientAccount {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsSocialNetworkAccount) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsSocialNetworkAccount::try_from(value).map(Self::SocialNetwork)
    }
}

crate::tagged_union! {
    /// Outcome of a payment, tagged by `outcome`.
    open pub enum PaymentsResponse201 tag "outcome" field outcome {
        /// `outcome`: `3dsDeviceDataRequired`
        X3dsDeviceDataRequired(DeviceDataRequiredResponse) = "3dsDeviceDataRequired",
        /// `outcome`: `authorized`
        Authorized(CardAuthorizedPaymentResponse) = "authorized",
        /// `outcome`: `fraudHighRisk`
        FraudHighRisk(FraudHighRiskResponse) = "fraudHighRisk",
        /// `outcome`: `refused`
        Refused(PaymentRefusedResponse) = "refused",
    }
}

impl ::core::convert::From<DeviceDataRequiredResponse> for PaymentsResponse201 {
    fn from(value: DeviceDataRequiredResponse) -> Self {
        Self::X3dsDeviceDataRequired(value)
    }
}

impl ::core::convert::From<CardAuthorizedPaymentResponse> for PaymentsResponse201 {
    fn from(value: CardAuthorizedPaymentResponse) -> Self {
        Self::Authorized(value)
    }
}

impl ::core::convert::From<FraudHighRiskResponse> for PaymentsResponse201 {
    fn from(value: FraudHighRiskResponse) -> Self {
        Self::FraudHighRisk(value)
    }
}

impl ::core::convert::From<PaymentRefusedResponse> for PaymentsResponse201 {
    fn from(value: PaymentRefusedResponse) -> Self {
        Self::Refused(value)
    }
}

crate::tagged_union! {
    /// A payment sent on for settlement or cancellation, tagged by `outcome`.
    open pub enum PaymentsResponse202 tag "outcome" field outcome {
        /// `outcome`: `sentForCancellation`
        SentForCancellation(SentForCancellationResponse) = "sentForCancellation",
        /// `outcome`: `sentForSettlement`
        SentForSettlement(SentForSettlementResponse) = "sentForSettlement",
    }
}

impl ::core::convert::From<SentForCancellationResponse> for PaymentsResponse202 {
    fn from(value: SentForCancellationResponse) -> Self {
        Self::SentForCancellation(value)
    }
}

impl ::core::convert::From<SentForSettlementResponse> for PaymentsResponse202 {
    fn from(value: SentForSettlementResponse) -> Self {
        Self::SentForSettlement(value)
    }
}

crate::tagged_union! {
    /// 3DS for the payment, tagged by `type`.
    closed pub enum PaymentsThreeDs tag "type" {
        /// `type`: `external`
        External(PaymentsExternalThreeDs) = "external",
        /// `type`: `integrated`
        Integrated(PaymentsIntegratedThreeDs) = "integrated",
    }
}

impl ::core::convert::From<PaymentsExternalThreeDs> for PaymentsThreeDs {
    fn from(value: PaymentsExternalThreeDs) -> Self {
        Self::External(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsExternalThreeDs> for PaymentsThreeDs {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsExternalThreeDs) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsExternalThreeDs::try_from(value).map(Self::External)
    }
}

impl ::core::convert::From<PaymentsIntegratedThreeDs> for PaymentsThreeDs {
    fn from(value: PaymentsIntegratedThreeDs) -> Self {
        Self::Integrated(value)
    }
}

impl ::core::convert::TryFrom<builder::PaymentsIntegratedThreeDs> for PaymentsThreeDs {
    type Error = crate::request::Refusal;
    fn try_from(value: builder::PaymentsIntegratedThreeDs) -> ::core::result::Result<Self, crate::request::Refusal> {
        PaymentsIntegratedThreeDs::try_from(value).map(Self::Integrated)
    }
}

crate::tagged_union! {
    /// Card details changed by the account updater, tagged by `type`.
    open pub enum PaymentsUpdatedPaymentInstrument tag "type" field type_ {
        /// `type`: `card/plain`
        CardPlain(PaymentsPlainUpdatedPaymentInstrument) = "card/plain",
        /// `type`: `card/plain+masked`
        CardPlainMasked(PaymentsPlainMaskedUpdatedPaymentInstrument) = "card/plain+masked",
    }
}

impl ::core::convert::From<PaymentsPlainUpdatedPaymentInstrument> for PaymentsUpdatedPaymentInstrument {
    fn from(value: PaymentsPlainUpdatedPaymentInstrument) -> Self {
        Self::CardPlain(value)
    }
}

impl ::core::convert::From<PaymentsPlainMaskedUpdatedPaymentInstrument> for PaymentsUpdatedPaymentInstrument {
    fn from(value: PaymentsPlainMaskedUpdatedPaymentInstrument) -> Self {
        Self::CardPlainMasked(value)
    }
}

crate::success_answer! {
    /// The answer of `payment`, by success status (each status has its own body).
    pub enum PaymentAnswer {
        /// `201`: The payment was processed; `outcome` tells how.
        Created(PaymentsResponse201) = "201",
        /// `202`: The payment was accepted and sent on for settlement or cancellation.
        Accepted(PaymentsResponse202) = "202",
    }
}

crate::success_answer! {
    /// The answer of `complete3dsChallenge`, by success status (each status has its own body).
    pub enum Complete3dsChallengeAnswer {
        /// `201`: The payment continued; `outcome` tells how.
        Created(ChallengeResponse201) = "201",
        /// `202`: The payment was accepted and sent on for settlement or cancellation.
        Accepted(ChallengeResponse202) = "202",
    }
}

crate::success_answer! {
    /// The answer of `supply3dsDeviceData`, by success status (each status has its own body).
    pub enum Supply3dsDeviceDataAnswer {
        /// `201`: The payment continued; `outcome` tells how.
        Created(DeviceDataResponse201) = "201",
        /// `202`: The payment was accepted and sent on for settlement or cancellation.
        Accepted(DeviceDataResponse202) = "202",
    }
}

/// The types grouped to browse, by the side of the wire that carries them
/// (a type both sides carry is in both).
pub mod by_side {
    /// What requests carry: strict, each built with its builder in [`super::builder`].
    pub mod requests {
        pub use super::super::{
            AcceptHeader, AccountHistory, AccountNumber, AccountReference, Address3,
            AuthenticationFlow, AuthenticationValue, AvsNotMatched, BrowserColorDepth,
            BrowserLanguage, Cancellation, Capability, Challenge, ChallengePreference,
            CountryCode, Cryptogram, CryptogramAlgorithm, Currency, Custom, Customer,
            CustomerDocumentReference, CustomerFirstName, CustomerId, CustomerLastName,
            Cvc, CvcNotMatched, Description, DeviceData, DeviceDataChannel,
            DeviceDataRequest, DocumentReference, Eci, Email, EmailAddress, Entity,
            Exemption, ExpiryDate, Iban, IdentifierType, IndependentSalesOrganizationId,
            InstallmentPlan, InstallmentType, Line1, Line2, Mcc, Merchant, Method,
            MiddleName, Name, Namespace, Narrative, NetworkScore, OrderReference,
            PaymentInstrument, PaymentRequest, PaymentRequestChannel,
            PaymentsApplepayInstruction, PaymentsBankAccount, PaymentsBillingAddress,
            PaymentsCardAccount, PaymentsCardAccountCardNumber, PaymentsCardInstruction,
            PaymentsCardInstructionPaymentInstrument,
            PaymentsCardOnFileCustomerAgreement, PaymentsCardPlainPaymentInstrument,
            PaymentsCardPlainPaymentInstrumentCardHolderName,
            PaymentsCardPlainPaymentInstrumentCardNumber, PaymentsCustomerAgreement,
            PaymentsDecryptedPaymentInstrument,
            PaymentsDecryptedPaymentInstrumentCardNumber, PaymentsEmailAccount,
            PaymentsEncryptedPaymentInstrument, PaymentsExemptionRequest,
            PaymentsExemptionRequestType, PaymentsExternalThreeDs,
            PaymentsExternalThreeDsEci, PaymentsFraud, PaymentsFundsRecipient,
            PaymentsFundsRecipientFirstName, PaymentsFundsRecipientLastName,
            PaymentsFundsSender, PaymentsFundsTransfer, PaymentsFundsTransferType,
            PaymentsGiftCardsPurchase, PaymentsGooglepayInstruction,
            PaymentsInstallmentCustomerAgreement, PaymentsInstruction,
            PaymentsIntegratedThreeDs, PaymentsNetworkTokenPaymentInstrument,
            PaymentsNetworkTokenPaymentInstrumentCardHolderName,
            PaymentsPartialRefundRequest, PaymentsPartialSettleRequest,
            PaymentsPaymentFacilitator, PaymentsPaymentInstrument, PaymentsPhoneAccount,
            PaymentsRecipient, PaymentsRecipientAccount, PaymentsRecipientAddress,
            PaymentsRecipientAddressPostalCode, PaymentsRecipientLastName,
            PaymentsReversalRequest, PaymentsSequence, PaymentsSettleRequest,
            PaymentsShippingAddress, PaymentsShippingAddressAddress1,
            PaymentsShippingAddressAddress2, PaymentsShippingAddressCity,
            PaymentsShippingAddressPostalCode, PaymentsShippingAddressState,
            PaymentsSocialNetworkAccount, PaymentsSubMerchant,
            PaymentsSubMerchantAddress, PaymentsSubMerchantAddressCity,
            PaymentsSubMerchantEmail, PaymentsSubMerchantReference,
            PaymentsSubscriptionCustomerAgreement, PaymentsThreeDs,
            PaymentsTransferAddress, PaymentsTransferAddressAddress1,
            PaymentsTransferAddressAddress2, PaymentsTransferAddressCity,
            PaymentsUnscheduledCustomerAgreement, PaymentsWalletAccount, Phone,
            PhoneNumber, Placement, PostalCode, Preference, PreferredCardBrand, Purpose,
            Reference, ReturnUrl, Routing, RoutingNumber, SchemeId, SchemeReference,
            SessionPaymentInstrument, SessionPaymentInstrumentCardHolderName,
            SessionsDelegatePaymentInstrument, Settlement, Shipping,
            SocialNetworkReference, State, StoredCardUsage, Street, String1, String2,
            String3, String4, String5, String6, String7, String8, String9, SwiftBic,
            TaxReference, TimeFrame, TimeZone, TmxSessionId, TokenCreation, TokenId,
            TokenNumber, TokenPaymentInstrument, TransactionHistory,
            TransactionReference, Url, UserAgentHeader, UserType, Value, Version,
            WalletReference, WalletToken, WindowSize,
        };
    }
    /// What answers carry: lenient, open to values Worldpay adds.
    pub mod answers {
        pub use super::super::{
            CancelResponse, LastEvent, PartialRefundResponse, PartialSettleResponse,
            QueryEventsResponse, RefundResponse, ReversalResponse, SettleResponse,
        };
    }
}
