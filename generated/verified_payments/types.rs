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
// - card data and secrets bound to redacting types: cardHolderName, cardNumber, cvc
// - bounded request integers checked:
//   verifiedPaymentRequest_instruction_paymentInstrument_cardExpiryDate_month,
//   verifiedPaymentRequest_instruction_paymentInstrument_cardExpiryDate_year
// - 8 error responses read raw and decoded by status (ErrorResponse, ValidationErrorResponse)
// - 2 schemas no operation reaches any more left out of generation: link,
//   verifiedPaymentsRootLinks

///`ErrorResponse`
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
impl ErrorResponse {
    pub fn builder() -> builder::ErrorResponse {
        Default::default()
    }
}
///`ValidationErrorResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
    pub validation_errors: ::std::vec::Vec<ValidationErrorResponseValidationErrorsItem>,
}
impl ValidationErrorResponse {
    pub fn builder() -> builder::ValidationErrorResponse {
        Default::default()
    }
}
///`ValidationErrorResponseValidationErrorsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ValidationErrorResponseValidationErrorsItem {
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
impl ValidationErrorResponseValidationErrorsItem {
    pub fn builder() -> builder::ValidationErrorResponseValidationErrorsItem {
        Default::default()
    }
}
///`VerifiedPaymentRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequest {
    pub challenge: VerifiedPaymentRequestChallenge,
    #[serde(rename = "deviceData")]
    pub device_data: VerifiedPaymentRequestDeviceData,
    pub instruction: VerifiedPaymentRequestInstruction,
    pub merchant: VerifiedPaymentRequestMerchant,
    #[serde(rename = "riskData", skip_serializing_if = "::std::option::Option::is_none")]
    pub risk_data: ::std::option::Option<VerifiedPaymentRequestRiskData>,
    #[serde(rename = "transactionReference")]
    pub transaction_reference: ::std::string::String,
}
impl VerifiedPaymentRequest {
    pub fn builder() -> builder::VerifiedPaymentRequest {
        Default::default()
    }
}
///`VerifiedPaymentRequestChallenge`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestChallenge {
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
impl VerifiedPaymentRequestChallenge {
    pub fn builder() -> builder::VerifiedPaymentRequestChallenge {
        Default::default()
    }
}
///`VerifiedPaymentRequestDeviceData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestDeviceData {
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
impl VerifiedPaymentRequestDeviceData {
    pub fn builder() -> builder::VerifiedPaymentRequestDeviceData {
        Default::default()
    }
}
///`VerifiedPaymentRequestInstruction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestInstruction {
    #[serde(
        rename = "debtRepayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debt_repayment: ::std::option::Option<bool>,
    pub narrative: VerifiedPaymentRequestInstructionNarrative,
    #[serde(rename = "paymentInstrument")]
    pub payment_instrument: VerifiedPaymentRequestInstructionPaymentInstrument,
    pub value: VerifiedPaymentRequestInstructionValue,
}
impl VerifiedPaymentRequestInstruction {
    pub fn builder() -> builder::VerifiedPaymentRequestInstruction {
        Default::default()
    }
}
///`VerifiedPaymentRequestInstructionNarrative`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestInstructionNarrative {
    pub line1: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line2: ::std::option::Option<::std::string::String>,
}
impl VerifiedPaymentRequestInstructionNarrative {
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionNarrative {
        Default::default()
    }
}
///`VerifiedPaymentRequestInstructionPaymentInstrument`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestInstructionPaymentInstrument {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<
        VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
    >,
    #[serde(rename = "cardExpiryDate")]
    pub card_expiry_date: VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
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
    pub type_: VerifiedPaymentRequestInstructionPaymentInstrumentType,
}
impl VerifiedPaymentRequestInstructionPaymentInstrument {
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionPaymentInstrument {
        Default::default()
    }
}
///`VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
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
impl VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        Default::default()
    }
}
///`VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
    pub month: crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateMonth,
    pub year: crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateYear,
}
impl VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        Default::default()
    }
}
///`VerifiedPaymentRequestInstructionPaymentInstrumentType`
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
pub enum VerifiedPaymentRequestInstructionPaymentInstrumentType {
    #[serde(rename = "card/plain")]
    CardPlain,
}
impl ::std::fmt::Display for VerifiedPaymentRequestInstructionPaymentInstrumentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CardPlain => f.write_str("card/plain"),
        }
    }
}
impl ::std::str::FromStr for VerifiedPaymentRequestInstructionPaymentInstrumentType {
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
impl ::std::convert::TryFrom<&str>
for VerifiedPaymentRequestInstructionPaymentInstrumentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for VerifiedPaymentRequestInstructionPaymentInstrumentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`VerifiedPaymentRequestInstructionValue`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestInstructionValue {
    pub amount: i64,
    pub currency: ::std::string::String,
}
impl VerifiedPaymentRequestInstructionValue {
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionValue {
        Default::default()
    }
}
///`VerifiedPaymentRequestMerchant`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestMerchant {
    pub entity: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fraud: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mcc: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "paymentFacilitator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_facilitator: ::std::option::Option<
        VerifiedPaymentRequestMerchantPaymentFacilitator,
    >,
}
impl VerifiedPaymentRequestMerchant {
    pub fn builder() -> builder::VerifiedPaymentRequestMerchant {
        Default::default()
    }
}
///`VerifiedPaymentRequestMerchantPaymentFacilitator`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestMerchantPaymentFacilitator {
    #[serde(rename = "isoId", skip_serializing_if = "::std::option::Option::is_none")]
    pub iso_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "pfId")]
    pub pf_id: ::std::string::String,
    #[serde(rename = "subMerchant")]
    pub sub_merchant: VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
}
impl VerifiedPaymentRequestMerchantPaymentFacilitator {
    pub fn builder() -> builder::VerifiedPaymentRequestMerchantPaymentFacilitator {
        Default::default()
    }
}
///`VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
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
impl VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
    pub fn builder() -> builder::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentRequestRiskData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<VerifiedPaymentRequestRiskDataAccount>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom: ::std::option::Option<VerifiedPaymentRequestRiskDataCustom>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<VerifiedPaymentRequestRiskDataShipping>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction: ::std::option::Option<VerifiedPaymentRequestRiskDataTransaction>,
}
impl VerifiedPaymentRequestRiskData {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskData {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskDataAccount`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataAccount {
    #[serde(
        rename = "dateOfBirth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_of_birth: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub history: ::std::option::Option<VerifiedPaymentRequestRiskDataAccountHistory>,
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
impl VerifiedPaymentRequestRiskDataAccount {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataAccount {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskDataAccountHistory`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataAccountHistory {
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
impl VerifiedPaymentRequestRiskDataAccountHistory {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataAccountHistory {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskDataCustom`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataCustom {
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
impl VerifiedPaymentRequestRiskDataCustom {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataCustom {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskDataShipping`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataShipping {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<VerifiedPaymentRequestRiskDataShippingAddress>,
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
impl VerifiedPaymentRequestRiskDataShipping {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataShipping {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskDataShippingAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataShippingAddress {
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
impl VerifiedPaymentRequestRiskDataShippingAddress {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataShippingAddress {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskDataTransaction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataTransaction {
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "giftCardsPurchase",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gift_cards_purchase: ::std::option::Option<
        VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub history: ::std::option::Option<VerifiedPaymentRequestRiskDataTransactionHistory>,
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
impl VerifiedPaymentRequestRiskDataTransaction {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataTransaction {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub quantity: ::std::option::Option<i64>,
    #[serde(
        rename = "totalValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_value: ::std::option::Option<
        VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
    >,
}
impl VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
    pub amount: i64,
    pub currency: ::std::string::String,
}
impl VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        Default::default()
    }
}
///`VerifiedPaymentRequestRiskDataTransactionHistory`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataTransactionHistory {
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
impl VerifiedPaymentRequestRiskDataTransactionHistory {
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataTransactionHistory {
        Default::default()
    }
}
///`VerifiedPaymentResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentResponse {
    #[serde(
        rename = "deviceDataCollection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_data_collection: ::std::option::Option<
        VerifiedPaymentResponseDeviceDataCollection,
    >,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
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
impl VerifiedPaymentResponse {
    pub fn builder() -> builder::VerifiedPaymentResponse {
        Default::default()
    }
}
///`VerifiedPaymentResponseDeviceDataCollection`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentResponseDeviceDataCollection {
    pub bin: ::std::string::String,
    pub jwt: ::std::string::String,
    pub url: ::std::string::String,
}
impl VerifiedPaymentResponseDeviceDataCollection {
    pub fn builder() -> builder::VerifiedPaymentResponseDeviceDataCollection {
        Default::default()
    }
}
///`VerifiedPaymentsRoot`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VerifiedPaymentsRoot {
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
}
impl VerifiedPaymentsRoot {
    pub fn builder() -> builder::VerifiedPaymentsRoot {
        Default::default()
    }
}
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct ErrorResponse {
        error_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ErrorResponse {
        fn default() -> Self {
            Self {
                error_name: Ok(Default::default()),
                message: Ok(Default::default()),
            }
        }
    }
    impl ErrorResponse {
        pub fn error_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.error_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for error_name: {e}")
                });
            self
        }
        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ErrorResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                error_name: value.error_name?,
                message: value.message?,
            })
        }
    }
    impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
        fn from(value: super::ErrorResponse) -> Self {
            Self {
                error_name: Ok(value.error_name),
                message: Ok(value.message),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ValidationErrorResponse {
        error_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        validation_errors: ::std::result::Result<
            ::std::vec::Vec<super::ValidationErrorResponseValidationErrorsItem>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ValidationErrorResponse {
        fn default() -> Self {
            Self {
                error_name: Ok(Default::default()),
                message: Ok(Default::default()),
                validation_errors: Ok(Default::default()),
            }
        }
    }
    impl ValidationErrorResponse {
        pub fn error_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.error_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for error_name: {e}")
                });
            self
        }
        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }
        pub fn validation_errors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::vec::Vec<super::ValidationErrorResponseValidationErrorsItem>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.validation_errors = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for validation_errors: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ValidationErrorResponse>
    for super::ValidationErrorResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ValidationErrorResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                error_name: value.error_name?,
                message: value.message?,
                validation_errors: value.validation_errors?,
            })
        }
    }
    impl ::std::convert::From<super::ValidationErrorResponse>
    for ValidationErrorResponse {
        fn from(value: super::ValidationErrorResponse) -> Self {
            Self {
                error_name: Ok(value.error_name),
                message: Ok(value.message),
                validation_errors: Ok(value.validation_errors),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ValidationErrorResponseValidationErrorsItem {
        error_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        json_path: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ValidationErrorResponseValidationErrorsItem {
        fn default() -> Self {
            Self {
                error_name: Ok(Default::default()),
                json_path: Ok(Default::default()),
                message: Ok(Default::default()),
            }
        }
    }
    impl ValidationErrorResponseValidationErrorsItem {
        pub fn error_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.error_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for error_name: {e}")
                });
            self
        }
        pub fn json_path<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.json_path = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for json_path: {e}")
                });
            self
        }
        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ValidationErrorResponseValidationErrorsItem>
    for super::ValidationErrorResponseValidationErrorsItem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ValidationErrorResponseValidationErrorsItem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                error_name: value.error_name?,
                json_path: value.json_path?,
                message: value.message?,
            })
        }
    }
    impl ::std::convert::From<super::ValidationErrorResponseValidationErrorsItem>
    for ValidationErrorResponseValidationErrorsItem {
        fn from(value: super::ValidationErrorResponseValidationErrorsItem) -> Self {
            Self {
                error_name: Ok(value.error_name),
                json_path: Ok(value.json_path),
                message: Ok(value.message),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequest {
        challenge: ::std::result::Result<
            super::VerifiedPaymentRequestChallenge,
            ::std::string::String,
        >,
        device_data: ::std::result::Result<
            super::VerifiedPaymentRequestDeviceData,
            ::std::string::String,
        >,
        instruction: ::std::result::Result<
            super::VerifiedPaymentRequestInstruction,
            ::std::string::String,
        >,
        merchant: ::std::result::Result<
            super::VerifiedPaymentRequestMerchant,
            ::std::string::String,
        >,
        risk_data: ::std::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskData>,
            ::std::string::String,
        >,
        transaction_reference: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequest {
        fn default() -> Self {
            Self {
                challenge: Err("no value supplied for challenge".to_string()),
                device_data: Err("no value supplied for device_data".to_string()),
                instruction: Err("no value supplied for instruction".to_string()),
                merchant: Err("no value supplied for merchant".to_string()),
                risk_data: Ok(Default::default()),
                transaction_reference: Err(
                    "no value supplied for transaction_reference".to_string(),
                ),
            }
        }
    }
    impl VerifiedPaymentRequest {
        pub fn challenge<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::VerifiedPaymentRequestChallenge>,
            T::Error: ::std::fmt::Display,
        {
            self.challenge = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for challenge: {e}")
                });
            self
        }
        pub fn device_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::VerifiedPaymentRequestDeviceData>,
            T::Error: ::std::fmt::Display,
        {
            self.device_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for device_data: {e}")
                });
            self
        }
        pub fn instruction<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::VerifiedPaymentRequestInstruction>,
            T::Error: ::std::fmt::Display,
        {
            self.instruction = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for instruction: {e}")
                });
            self
        }
        pub fn merchant<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::VerifiedPaymentRequestMerchant>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for merchant: {e}")
                });
            self
        }
        pub fn risk_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::VerifiedPaymentRequestRiskData>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.risk_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_data: {e}")
                });
            self
        }
        pub fn transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for transaction_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequest>
    for super::VerifiedPaymentRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                challenge: value.challenge?,
                device_data: value.device_data?,
                instruction: value.instruction?,
                merchant: value.merchant?,
                risk_data: value.risk_data?,
                transaction_reference: value.transaction_reference?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequest> for VerifiedPaymentRequest {
        fn from(value: super::VerifiedPaymentRequest) -> Self {
            Self {
                challenge: Ok(value.challenge),
                device_data: Ok(value.device_data),
                instruction: Ok(value.instruction),
                merchant: Ok(value.merchant),
                risk_data: Ok(value.risk_data),
                transaction_reference: Ok(value.transaction_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestChallenge {
        preference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        return_url: ::std::result::Result<::std::string::String, ::std::string::String>,
        window_size: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestChallenge {
        fn default() -> Self {
            Self {
                preference: Ok(Default::default()),
                return_url: Err("no value supplied for return_url".to_string()),
                window_size: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestChallenge {
        pub fn preference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.preference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for preference: {e}")
                });
            self
        }
        pub fn return_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.return_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for return_url: {e}")
                });
            self
        }
        pub fn window_size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.window_size = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for window_size: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestChallenge>
    for super::VerifiedPaymentRequestChallenge {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestChallenge,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                preference: value.preference?,
                return_url: value.return_url?,
                window_size: value.window_size?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestChallenge>
    for VerifiedPaymentRequestChallenge {
        fn from(value: super::VerifiedPaymentRequestChallenge) -> Self {
            Self {
                preference: Ok(value.preference),
                return_url: Ok(value.return_url),
                window_size: Ok(value.window_size),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestDeviceData {
        accept_header: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        browser_language: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        ip_address: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        tmx_session_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        user_agent_header: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestDeviceData {
        fn default() -> Self {
            Self {
                accept_header: Err("no value supplied for accept_header".to_string()),
                browser_language: Ok(Default::default()),
                ip_address: Ok(Default::default()),
                tmx_session_id: Ok(Default::default()),
                user_agent_header: Err(
                    "no value supplied for user_agent_header".to_string(),
                ),
            }
        }
    }
    impl VerifiedPaymentRequestDeviceData {
        pub fn accept_header<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.accept_header = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for accept_header: {e}")
                });
            self
        }
        pub fn browser_language<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.browser_language = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for browser_language: {e}")
                });
            self
        }
        pub fn ip_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.ip_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for ip_address: {e}")
                });
            self
        }
        pub fn tmx_session_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tmx_session_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tmx_session_id: {e}")
                });
            self
        }
        pub fn user_agent_header<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.user_agent_header = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for user_agent_header: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestDeviceData>
    for super::VerifiedPaymentRequestDeviceData {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestDeviceData,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                accept_header: value.accept_header?,
                browser_language: value.browser_language?,
                ip_address: value.ip_address?,
                tmx_session_id: value.tmx_session_id?,
                user_agent_header: value.user_agent_header?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestDeviceData>
    for VerifiedPaymentRequestDeviceData {
        fn from(value: super::VerifiedPaymentRequestDeviceData) -> Self {
            Self {
                accept_header: Ok(value.accept_header),
                browser_language: Ok(value.browser_language),
                ip_address: Ok(value.ip_address),
                tmx_session_id: Ok(value.tmx_session_id),
                user_agent_header: Ok(value.user_agent_header),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstruction {
        debt_repayment: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        narrative: ::std::result::Result<
            super::VerifiedPaymentRequestInstructionNarrative,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            super::VerifiedPaymentRequestInstructionPaymentInstrument,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            super::VerifiedPaymentRequestInstructionValue,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestInstruction {
        fn default() -> Self {
            Self {
                debt_repayment: Ok(Default::default()),
                narrative: Err("no value supplied for narrative".to_string()),
                payment_instrument: Err(
                    "no value supplied for payment_instrument".to_string(),
                ),
                value: Err("no value supplied for value".to_string()),
            }
        }
    }
    impl VerifiedPaymentRequestInstruction {
        pub fn debt_repayment<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.debt_repayment = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for debt_repayment: {e}")
                });
            self
        }
        pub fn narrative<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::VerifiedPaymentRequestInstructionNarrative,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.narrative = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for narrative: {e}")
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::VerifiedPaymentRequestInstructionPaymentInstrument,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.payment_instrument = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for payment_instrument: {e}"
                    )
                });
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::VerifiedPaymentRequestInstructionValue>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestInstruction>
    for super::VerifiedPaymentRequestInstruction {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestInstruction,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                debt_repayment: value.debt_repayment?,
                narrative: value.narrative?,
                payment_instrument: value.payment_instrument?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestInstruction>
    for VerifiedPaymentRequestInstruction {
        fn from(value: super::VerifiedPaymentRequestInstruction) -> Self {
            Self {
                debt_repayment: Ok(value.debt_repayment),
                narrative: Ok(value.narrative),
                payment_instrument: Ok(value.payment_instrument),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionNarrative {
        line1: ::std::result::Result<::std::string::String, ::std::string::String>,
        line2: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestInstructionNarrative {
        fn default() -> Self {
            Self {
                line1: Err("no value supplied for line1".to_string()),
                line2: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestInstructionNarrative {
        pub fn line1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.line1 = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for line1: {e}"));
            self
        }
        pub fn line2<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.line2 = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for line2: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestInstructionNarrative>
    for super::VerifiedPaymentRequestInstructionNarrative {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestInstructionNarrative,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                line1: value.line1?,
                line2: value.line2?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestInstructionNarrative>
    for VerifiedPaymentRequestInstructionNarrative {
        fn from(value: super::VerifiedPaymentRequestInstructionNarrative) -> Self {
            Self {
                line1: Ok(value.line1),
                line2: Ok(value.line2),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionPaymentInstrument {
        billing_address: ::std::result::Result<
            ::std::option::Option<
                super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
            >,
            ::std::string::String,
        >,
        card_expiry_date: ::std::result::Result<
            super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
            ::std::string::String,
        >,
        card_holder_name: ::std::result::Result<
            ::std::option::Option<crate::verified_payments::types::CardHolderName>,
            ::std::string::String,
        >,
        card_number: ::std::result::Result<
            crate::verified_payments::types::CardNumber,
            ::std::string::String,
        >,
        cvc: ::std::result::Result<
            ::std::option::Option<crate::verified_payments::types::Cvc>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            super::VerifiedPaymentRequestInstructionPaymentInstrumentType,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestInstructionPaymentInstrument {
        fn default() -> Self {
            Self {
                billing_address: Ok(Default::default()),
                card_expiry_date: Err(
                    "no value supplied for card_expiry_date".to_string(),
                ),
                card_holder_name: Ok(Default::default()),
                card_number: Err("no value supplied for card_number".to_string()),
                cvc: Ok(Default::default()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl VerifiedPaymentRequestInstructionPaymentInstrument {
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn card_expiry_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.card_expiry_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_expiry_date: {e}")
                });
            self
        }
        pub fn card_holder_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::verified_payments::types::CardHolderName>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.card_holder_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_holder_name: {e}")
                });
            self
        }
        pub fn card_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::verified_payments::types::CardNumber>,
            T::Error: ::std::fmt::Display,
        {
            self.card_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_number: {e}")
                });
            self
        }
        pub fn cvc<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::verified_payments::types::Cvc>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.cvc = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for cvc: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::VerifiedPaymentRequestInstructionPaymentInstrumentType,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestInstructionPaymentInstrument>
    for super::VerifiedPaymentRequestInstructionPaymentInstrument {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestInstructionPaymentInstrument,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                billing_address: value.billing_address?,
                card_expiry_date: value.card_expiry_date?,
                card_holder_name: value.card_holder_name?,
                card_number: value.card_number?,
                cvc: value.cvc?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestInstructionPaymentInstrument>
    for VerifiedPaymentRequestInstructionPaymentInstrument {
        fn from(
            value: super::VerifiedPaymentRequestInstructionPaymentInstrument,
        ) -> Self {
            Self {
                billing_address: Ok(value.billing_address),
                card_expiry_date: Ok(value.card_expiry_date),
                card_holder_name: Ok(value.card_holder_name),
                card_number: Ok(value.card_number),
                cvc: Ok(value.cvc),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        address1: ::std::result::Result<::std::string::String, ::std::string::String>,
        address2: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        address3: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        city: ::std::result::Result<::std::string::String, ::std::string::String>,
        country_code: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<::std::string::String, ::std::string::String>,
        state: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default
    for VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        fn default() -> Self {
            Self {
                address1: Err("no value supplied for address1".to_string()),
                address2: Ok(Default::default()),
                address3: Ok(Default::default()),
                city: Err("no value supplied for city".to_string()),
                country_code: Err("no value supplied for country_code".to_string()),
                postal_code: Err("no value supplied for postal_code".to_string()),
                state: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        pub fn address1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.address1 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address1: {e}")
                });
            self
        }
        pub fn address2<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.address2 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address2: {e}")
                });
            self
        }
        pub fn address3<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.address3 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address3: {e}")
                });
            self
        }
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_code: {e}")
                });
            self
        }
        pub fn postal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
        pub fn state<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.state = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for state: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<
        VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
    > for super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<
        super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
    > for VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        fn from(
            value: super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
        ) -> Self {
            Self {
                address1: Ok(value.address1),
                address2: Ok(value.address2),
                address3: Ok(value.address3),
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        month: ::std::result::Result<
            crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateMonth,
            ::std::string::String,
        >,
        year: ::std::result::Result<
            crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateYear,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default
    for VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        fn default() -> Self {
            Self {
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        pub fn month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateMonth,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.month = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for month: {e}"));
            self
        }
        pub fn year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateYear,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.year = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for year: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<
        VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
    > for super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<
        super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
    > for VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        fn from(
            value: super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
        ) -> Self {
            Self {
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionValue {
        amount: ::std::result::Result<i64, ::std::string::String>,
        currency: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for VerifiedPaymentRequestInstructionValue {
        fn default() -> Self {
            Self {
                amount: Err("no value supplied for amount".to_string()),
                currency: Err("no value supplied for currency".to_string()),
            }
        }
    }
    impl VerifiedPaymentRequestInstructionValue {
        pub fn amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.amount = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for amount: {e}"));
            self
        }
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestInstructionValue>
    for super::VerifiedPaymentRequestInstructionValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestInstructionValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amount: value.amount?,
                currency: value.currency?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestInstructionValue>
    for VerifiedPaymentRequestInstructionValue {
        fn from(value: super::VerifiedPaymentRequestInstructionValue) -> Self {
            Self {
                amount: Ok(value.amount),
                currency: Ok(value.currency),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestMerchant {
        entity: ::std::result::Result<::std::string::String, ::std::string::String>,
        fraud: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        mcc: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        payment_facilitator: ::std::result::Result<
            ::std::option::Option<
                super::VerifiedPaymentRequestMerchantPaymentFacilitator,
            >,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestMerchant {
        fn default() -> Self {
            Self {
                entity: Err("no value supplied for entity".to_string()),
                fraud: Ok(Default::default()),
                mcc: Ok(Default::default()),
                payment_facilitator: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestMerchant {
        pub fn entity<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.entity = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for entity: {e}"));
            self
        }
        pub fn fraud<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.fraud = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for fraud: {e}"));
            self
        }
        pub fn mcc<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.mcc = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for mcc: {e}"));
            self
        }
        pub fn payment_facilitator<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::VerifiedPaymentRequestMerchantPaymentFacilitator,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.payment_facilitator = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for payment_facilitator: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestMerchant>
    for super::VerifiedPaymentRequestMerchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestMerchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                entity: value.entity?,
                fraud: value.fraud?,
                mcc: value.mcc?,
                payment_facilitator: value.payment_facilitator?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestMerchant>
    for VerifiedPaymentRequestMerchant {
        fn from(value: super::VerifiedPaymentRequestMerchant) -> Self {
            Self {
                entity: Ok(value.entity),
                fraud: Ok(value.fraud),
                mcc: Ok(value.mcc),
                payment_facilitator: Ok(value.payment_facilitator),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestMerchantPaymentFacilitator {
        iso_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        pf_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        sub_merchant: ::std::result::Result<
            super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestMerchantPaymentFacilitator {
        fn default() -> Self {
            Self {
                iso_id: Ok(Default::default()),
                pf_id: Err("no value supplied for pf_id".to_string()),
                sub_merchant: Err("no value supplied for sub_merchant".to_string()),
            }
        }
    }
    impl VerifiedPaymentRequestMerchantPaymentFacilitator {
        pub fn iso_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.iso_id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for iso_id: {e}"));
            self
        }
        pub fn pf_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.pf_id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for pf_id: {e}"));
            self
        }
        pub fn sub_merchant<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.sub_merchant = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for sub_merchant: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestMerchantPaymentFacilitator>
    for super::VerifiedPaymentRequestMerchantPaymentFacilitator {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestMerchantPaymentFacilitator,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                iso_id: value.iso_id?,
                pf_id: value.pf_id?,
                sub_merchant: value.sub_merchant?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestMerchantPaymentFacilitator>
    for VerifiedPaymentRequestMerchantPaymentFacilitator {
        fn from(value: super::VerifiedPaymentRequestMerchantPaymentFacilitator) -> Self {
            Self {
                iso_id: Ok(value.iso_id),
                pf_id: Ok(value.pf_id),
                sub_merchant: Ok(value.sub_merchant),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
        city: ::std::result::Result<::std::string::String, ::std::string::String>,
        country_code: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        merchant_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        name: ::std::result::Result<::std::string::String, ::std::string::String>,
        postal_code: ::std::result::Result<::std::string::String, ::std::string::String>,
        state: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        street: ::std::result::Result<::std::string::String, ::std::string::String>,
        tax_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default
    for VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
        fn default() -> Self {
            Self {
                city: Err("no value supplied for city".to_string()),
                country_code: Err("no value supplied for country_code".to_string()),
                merchant_id: Err("no value supplied for merchant_id".to_string()),
                name: Err("no value supplied for name".to_string()),
                postal_code: Err("no value supplied for postal_code".to_string()),
                state: Ok(Default::default()),
                street: Err("no value supplied for street".to_string()),
                tax_id: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_code: {e}")
                });
            self
        }
        pub fn merchant_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for merchant_id: {e}")
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn postal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
        pub fn state<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.state = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for state: {e}"));
            self
        }
        pub fn street<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.street = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for street: {e}"));
            self
        }
        pub fn tax_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tax_id: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<
        VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
    > for super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<
        super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
    > for VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
        fn from(
            value: super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
        ) -> Self {
            Self {
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                merchant_id: Ok(value.merchant_id),
                name: Ok(value.name),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
                street: Ok(value.street),
                tax_id: Ok(value.tax_id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskData {
        account: ::std::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataAccount>,
            ::std::string::String,
        >,
        custom: ::std::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataCustom>,
            ::std::string::String,
        >,
        shipping: ::std::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataShipping>,
            ::std::string::String,
        >,
        transaction: ::std::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataTransaction>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestRiskData {
        fn default() -> Self {
            Self {
                account: Ok(Default::default()),
                custom: Ok(Default::default()),
                shipping: Ok(Default::default()),
                transaction: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskData {
        pub fn account<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::VerifiedPaymentRequestRiskDataAccount>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.account = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for account: {e}")
                });
            self
        }
        pub fn custom<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::VerifiedPaymentRequestRiskDataCustom>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.custom = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for custom: {e}"));
            self
        }
        pub fn shipping<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::VerifiedPaymentRequestRiskDataShipping>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.shipping = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for shipping: {e}")
                });
            self
        }
        pub fn transaction<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::VerifiedPaymentRequestRiskDataTransaction>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.transaction = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for transaction: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestRiskData>
    for super::VerifiedPaymentRequestRiskData {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskData,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                account: value.account?,
                custom: value.custom?,
                shipping: value.shipping?,
                transaction: value.transaction?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestRiskData>
    for VerifiedPaymentRequestRiskData {
        fn from(value: super::VerifiedPaymentRequestRiskData) -> Self {
            Self {
                account: Ok(value.account),
                custom: Ok(value.custom),
                shipping: Ok(value.shipping),
                transaction: Ok(value.transaction),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataAccount {
        date_of_birth: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        history: ::std::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataAccountHistory>,
            ::std::string::String,
        >,
        previous_suspicious_activity: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        shopper_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestRiskDataAccount {
        fn default() -> Self {
            Self {
                date_of_birth: Ok(Default::default()),
                email: Ok(Default::default()),
                history: Ok(Default::default()),
                previous_suspicious_activity: Ok(Default::default()),
                shopper_id: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskDataAccount {
        pub fn date_of_birth<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.date_of_birth = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for date_of_birth: {e}")
                });
            self
        }
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn history<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::VerifiedPaymentRequestRiskDataAccountHistory,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.history = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for history: {e}")
                });
            self
        }
        pub fn previous_suspicious_activity<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.previous_suspicious_activity = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for previous_suspicious_activity: {e}"
                    )
                });
            self
        }
        pub fn shopper_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for shopper_id: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestRiskDataAccount>
    for super::VerifiedPaymentRequestRiskDataAccount {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataAccount,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                date_of_birth: value.date_of_birth?,
                email: value.email?,
                history: value.history?,
                previous_suspicious_activity: value.previous_suspicious_activity?,
                shopper_id: value.shopper_id?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestRiskDataAccount>
    for VerifiedPaymentRequestRiskDataAccount {
        fn from(value: super::VerifiedPaymentRequestRiskDataAccount) -> Self {
            Self {
                date_of_birth: Ok(value.date_of_birth),
                email: Ok(value.email),
                history: Ok(value.history),
                previous_suspicious_activity: Ok(value.previous_suspicious_activity),
                shopper_id: Ok(value.shopper_id),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataAccountHistory {
        created_at: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        modified_at: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        password_modified_at: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        payment_account_enrolled_at: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestRiskDataAccountHistory {
        fn default() -> Self {
            Self {
                created_at: Ok(Default::default()),
                modified_at: Ok(Default::default()),
                password_modified_at: Ok(Default::default()),
                payment_account_enrolled_at: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskDataAccountHistory {
        pub fn created_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.created_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_at: {e}")
                });
            self
        }
        pub fn modified_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.modified_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for modified_at: {e}")
                });
            self
        }
        pub fn password_modified_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.password_modified_at = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for password_modified_at: {e}"
                    )
                });
            self
        }
        pub fn payment_account_enrolled_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_account_enrolled_at = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for payment_account_enrolled_at: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestRiskDataAccountHistory>
    for super::VerifiedPaymentRequestRiskDataAccountHistory {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataAccountHistory,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                created_at: value.created_at?,
                modified_at: value.modified_at?,
                password_modified_at: value.password_modified_at?,
                payment_account_enrolled_at: value.payment_account_enrolled_at?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestRiskDataAccountHistory>
    for VerifiedPaymentRequestRiskDataAccountHistory {
        fn from(value: super::VerifiedPaymentRequestRiskDataAccountHistory) -> Self {
            Self {
                created_at: Ok(value.created_at),
                modified_at: Ok(value.modified_at),
                password_modified_at: Ok(value.password_modified_at),
                payment_account_enrolled_at: Ok(value.payment_account_enrolled_at),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataCustom {
        number1: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        number2: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        number3: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        number4: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        number5: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        number6: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        number7: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        number8: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        number9: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        string1: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        string2: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        string3: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        string4: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        string5: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        string6: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        string7: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        string8: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        string9: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestRiskDataCustom {
        fn default() -> Self {
            Self {
                number1: Ok(Default::default()),
                number2: Ok(Default::default()),
                number3: Ok(Default::default()),
                number4: Ok(Default::default()),
                number5: Ok(Default::default()),
                number6: Ok(Default::default()),
                number7: Ok(Default::default()),
                number8: Ok(Default::default()),
                number9: Ok(Default::default()),
                string1: Ok(Default::default()),
                string2: Ok(Default::default()),
                string3: Ok(Default::default()),
                string4: Ok(Default::default()),
                string5: Ok(Default::default()),
                string6: Ok(Default::default()),
                string7: Ok(Default::default()),
                string8: Ok(Default::default()),
                string9: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskDataCustom {
        pub fn number1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number1 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number1: {e}")
                });
            self
        }
        pub fn number2<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number2 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number2: {e}")
                });
            self
        }
        pub fn number3<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number3 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number3: {e}")
                });
            self
        }
        pub fn number4<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number4 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number4: {e}")
                });
            self
        }
        pub fn number5<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number5 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number5: {e}")
                });
            self
        }
        pub fn number6<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number6 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number6: {e}")
                });
            self
        }
        pub fn number7<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number7 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number7: {e}")
                });
            self
        }
        pub fn number8<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number8 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number8: {e}")
                });
            self
        }
        pub fn number9<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number9 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number9: {e}")
                });
            self
        }
        pub fn string1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.string1 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for string1: {e}")
                });
            self
        }
        pub fn string2<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.string2 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for string2: {e}")
                });
            self
        }
        pub fn string3<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.string3 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for string3: {e}")
                });
            self
        }
        pub fn string4<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.string4 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for string4: {e}")
                });
            self
        }
        pub fn string5<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.string5 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for string5: {e}")
                });
            self
        }
        pub fn string6<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.string6 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for string6: {e}")
                });
            self
        }
        pub fn string7<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.string7 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for string7: {e}")
                });
            self
        }
        pub fn string8<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.string8 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for string8: {e}")
                });
            self
        }
        pub fn string9<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.string9 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for string9: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestRiskDataCustom>
    for super::VerifiedPaymentRequestRiskDataCustom {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataCustom,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::VerifiedPaymentRequestRiskDataCustom>
    for VerifiedPaymentRequestRiskDataCustom {
        fn from(value: super::VerifiedPaymentRequestRiskDataCustom) -> Self {
            Self {
                number1: Ok(value.number1),
                number2: Ok(value.number2),
                number3: Ok(value.number3),
                number4: Ok(value.number4),
                number5: Ok(value.number5),
                number6: Ok(value.number6),
                number7: Ok(value.number7),
                number8: Ok(value.number8),
                number9: Ok(value.number9),
                string1: Ok(value.string1),
                string2: Ok(value.string2),
                string3: Ok(value.string3),
                string4: Ok(value.string4),
                string5: Ok(value.string5),
                string6: Ok(value.string6),
                string7: Ok(value.string7),
                string8: Ok(value.string8),
                string9: Ok(value.string9),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataShipping {
        address: ::std::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataShippingAddress>,
            ::std::string::String,
        >,
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        first_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        last_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        method: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name_matches_account_name: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        time_frame: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestRiskDataShipping {
        fn default() -> Self {
            Self {
                address: Ok(Default::default()),
                email: Ok(Default::default()),
                first_name: Ok(Default::default()),
                last_name: Ok(Default::default()),
                method: Ok(Default::default()),
                name_matches_account_name: Ok(Default::default()),
                time_frame: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskDataShipping {
        pub fn address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::VerifiedPaymentRequestRiskDataShippingAddress,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address: {e}")
                });
            self
        }
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_name: {e}")
                });
            self
        }
        pub fn last_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
        pub fn method<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.method = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for method: {e}"));
            self
        }
        pub fn name_matches_account_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.name_matches_account_name = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for name_matches_account_name: {e}"
                    )
                });
            self
        }
        pub fn time_frame<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.time_frame = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for time_frame: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestRiskDataShipping>
    for super::VerifiedPaymentRequestRiskDataShipping {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataShipping,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::VerifiedPaymentRequestRiskDataShipping>
    for VerifiedPaymentRequestRiskDataShipping {
        fn from(value: super::VerifiedPaymentRequestRiskDataShipping) -> Self {
            Self {
                address: Ok(value.address),
                email: Ok(value.email),
                first_name: Ok(value.first_name),
                last_name: Ok(value.last_name),
                method: Ok(value.method),
                name_matches_account_name: Ok(value.name_matches_account_name),
                time_frame: Ok(value.time_frame),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataShippingAddress {
        address1: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        address2: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        address3: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        city: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        phone_number: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestRiskDataShippingAddress {
        fn default() -> Self {
            Self {
                address1: Ok(Default::default()),
                address2: Ok(Default::default()),
                address3: Ok(Default::default()),
                city: Ok(Default::default()),
                country_code: Err("no value supplied for country_code".to_string()),
                phone_number: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                state: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskDataShippingAddress {
        pub fn address1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.address1 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address1: {e}")
                });
            self
        }
        pub fn address2<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.address2 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address2: {e}")
                });
            self
        }
        pub fn address3<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.address3 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address3: {e}")
                });
            self
        }
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_code: {e}")
                });
            self
        }
        pub fn phone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.phone_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for phone_number: {e}")
                });
            self
        }
        pub fn postal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
        pub fn state<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.state = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for state: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestRiskDataShippingAddress>
    for super::VerifiedPaymentRequestRiskDataShippingAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataShippingAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::VerifiedPaymentRequestRiskDataShippingAddress>
    for VerifiedPaymentRequestRiskDataShippingAddress {
        fn from(value: super::VerifiedPaymentRequestRiskDataShippingAddress) -> Self {
            Self {
                address1: Ok(value.address1),
                address2: Ok(value.address2),
                address3: Ok(value.address3),
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                phone_number: Ok(value.phone_number),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataTransaction {
        first_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        gift_cards_purchase: ::std::result::Result<
            ::std::option::Option<
                super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
            >,
            ::std::string::String,
        >,
        history: ::std::result::Result<
            ::std::option::Option<
                super::VerifiedPaymentRequestRiskDataTransactionHistory,
            >,
            ::std::string::String,
        >,
        last_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        phone_number: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        pre_order_date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        reorder: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestRiskDataTransaction {
        fn default() -> Self {
            Self {
                first_name: Ok(Default::default()),
                gift_cards_purchase: Ok(Default::default()),
                history: Ok(Default::default()),
                last_name: Ok(Default::default()),
                phone_number: Ok(Default::default()),
                pre_order_date: Ok(Default::default()),
                reorder: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskDataTransaction {
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_name: {e}")
                });
            self
        }
        pub fn gift_cards_purchase<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.gift_cards_purchase = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for gift_cards_purchase: {e}"
                    )
                });
            self
        }
        pub fn history<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::VerifiedPaymentRequestRiskDataTransactionHistory,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.history = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for history: {e}")
                });
            self
        }
        pub fn last_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
        pub fn phone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.phone_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for phone_number: {e}")
                });
            self
        }
        pub fn pre_order_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.pre_order_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for pre_order_date: {e}")
                });
            self
        }
        pub fn reorder<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.reorder = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reorder: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestRiskDataTransaction>
    for super::VerifiedPaymentRequestRiskDataTransaction {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataTransaction,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::VerifiedPaymentRequestRiskDataTransaction>
    for VerifiedPaymentRequestRiskDataTransaction {
        fn from(value: super::VerifiedPaymentRequestRiskDataTransaction) -> Self {
            Self {
                first_name: Ok(value.first_name),
                gift_cards_purchase: Ok(value.gift_cards_purchase),
                history: Ok(value.history),
                last_name: Ok(value.last_name),
                phone_number: Ok(value.phone_number),
                pre_order_date: Ok(value.pre_order_date),
                reorder: Ok(value.reorder),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        quantity: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total_value: ::std::result::Result<
            ::std::option::Option<
                super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
            >,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default
    for VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        fn default() -> Self {
            Self {
                quantity: Ok(Default::default()),
                total_value: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        pub fn quantity<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.quantity = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for quantity: {e}")
                });
            self
        }
        pub fn total_value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.total_value = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for total_value: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<
        VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
    > for super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                quantity: value.quantity?,
                total_value: value.total_value?,
            })
        }
    }
    impl ::std::convert::From<
        super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
    > for VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        fn from(
            value: super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
        ) -> Self {
            Self {
                quantity: Ok(value.quantity),
                total_value: Ok(value.total_value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        amount: ::std::result::Result<i64, ::std::string::String>,
        currency: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default
    for VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        fn default() -> Self {
            Self {
                amount: Err("no value supplied for amount".to_string()),
                currency: Err("no value supplied for currency".to_string()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        pub fn amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.amount = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for amount: {e}"));
            self
        }
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<
        VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
    > for super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amount: value.amount?,
                currency: value.currency?,
            })
        }
    }
    impl ::std::convert::From<
        super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
    > for VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        fn from(
            value: super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
        ) -> Self {
            Self {
                amount: Ok(value.amount),
                currency: Ok(value.currency),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataTransactionHistory {
        add_cards_last_day: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        attempts_last_day: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        attempts_last_year: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        completed_last_six_months: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        shipping_address_first_used_at: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentRequestRiskDataTransactionHistory {
        fn default() -> Self {
            Self {
                add_cards_last_day: Ok(Default::default()),
                attempts_last_day: Ok(Default::default()),
                attempts_last_year: Ok(Default::default()),
                completed_last_six_months: Ok(Default::default()),
                shipping_address_first_used_at: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestRiskDataTransactionHistory {
        pub fn add_cards_last_day<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.add_cards_last_day = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for add_cards_last_day: {e}"
                    )
                });
            self
        }
        pub fn attempts_last_day<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.attempts_last_day = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for attempts_last_day: {e}")
                });
            self
        }
        pub fn attempts_last_year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.attempts_last_year = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for attempts_last_year: {e}"
                    )
                });
            self
        }
        pub fn completed_last_six_months<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.completed_last_six_months = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for completed_last_six_months: {e}"
                    )
                });
            self
        }
        pub fn shipping_address_first_used_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shipping_address_first_used_at = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shipping_address_first_used_at: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentRequestRiskDataTransactionHistory>
    for super::VerifiedPaymentRequestRiskDataTransactionHistory {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataTransactionHistory,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                add_cards_last_day: value.add_cards_last_day?,
                attempts_last_day: value.attempts_last_day?,
                attempts_last_year: value.attempts_last_year?,
                completed_last_six_months: value.completed_last_six_months?,
                shipping_address_first_used_at: value.shipping_address_first_used_at?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentRequestRiskDataTransactionHistory>
    for VerifiedPaymentRequestRiskDataTransactionHistory {
        fn from(value: super::VerifiedPaymentRequestRiskDataTransactionHistory) -> Self {
            Self {
                add_cards_last_day: Ok(value.add_cards_last_day),
                attempts_last_day: Ok(value.attempts_last_day),
                attempts_last_year: Ok(value.attempts_last_year),
                completed_last_six_months: Ok(value.completed_last_six_months),
                shipping_address_first_used_at: Ok(value.shipping_address_first_used_at),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentResponse {
        device_data_collection: ::std::result::Result<
            ::std::option::Option<super::VerifiedPaymentResponseDeviceDataCollection>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        outcome: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        reason: ::std::result::Result<
            ::std::vec::Vec<::std::string::String>,
            ::std::string::String,
        >,
        score: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
        transaction_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentResponse {
        fn default() -> Self {
            Self {
                device_data_collection: Ok(Default::default()),
                links: Ok(Default::default()),
                outcome: Ok(Default::default()),
                reason: Ok(Default::default()),
                score: Ok(Default::default()),
                transaction_reference: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentResponse {
        pub fn device_data_collection<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::VerifiedPaymentResponseDeviceDataCollection>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.device_data_collection = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for device_data_collection: {e}"
                    )
                });
            self
        }
        pub fn links<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::hal::Links>>,
            T::Error: ::std::fmt::Display,
        {
            self.links = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for links: {e}"));
            self
        }
        pub fn outcome<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn reason<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.reason = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for reason: {e}"));
            self
        }
        pub fn score<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<f64>>,
            T::Error: ::std::fmt::Display,
        {
            self.score = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for score: {e}"));
            self
        }
        pub fn transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for transaction_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentResponse>
    for super::VerifiedPaymentResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                device_data_collection: value.device_data_collection?,
                links: value.links?,
                outcome: value.outcome?,
                reason: value.reason?,
                score: value.score?,
                transaction_reference: value.transaction_reference?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentResponse>
    for VerifiedPaymentResponse {
        fn from(value: super::VerifiedPaymentResponse) -> Self {
            Self {
                device_data_collection: Ok(value.device_data_collection),
                links: Ok(value.links),
                outcome: Ok(value.outcome),
                reason: Ok(value.reason),
                score: Ok(value.score),
                transaction_reference: Ok(value.transaction_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentResponseDeviceDataCollection {
        bin: ::std::result::Result<::std::string::String, ::std::string::String>,
        jwt: ::std::result::Result<::std::string::String, ::std::string::String>,
        url: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for VerifiedPaymentResponseDeviceDataCollection {
        fn default() -> Self {
            Self {
                bin: Err("no value supplied for bin".to_string()),
                jwt: Err("no value supplied for jwt".to_string()),
                url: Err("no value supplied for url".to_string()),
            }
        }
    }
    impl VerifiedPaymentResponseDeviceDataCollection {
        pub fn bin<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.bin = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for bin: {e}"));
            self
        }
        pub fn jwt<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.jwt = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for jwt: {e}"));
            self
        }
        pub fn url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.url = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for url: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentResponseDeviceDataCollection>
    for super::VerifiedPaymentResponseDeviceDataCollection {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentResponseDeviceDataCollection,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                bin: value.bin?,
                jwt: value.jwt?,
                url: value.url?,
            })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentResponseDeviceDataCollection>
    for VerifiedPaymentResponseDeviceDataCollection {
        fn from(value: super::VerifiedPaymentResponseDeviceDataCollection) -> Self {
            Self {
                bin: Ok(value.bin),
                jwt: Ok(value.jwt),
                url: Ok(value.url),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentsRoot {
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VerifiedPaymentsRoot {
        fn default() -> Self {
            Self {
                links: Ok(Default::default()),
            }
        }
    }
    impl VerifiedPaymentsRoot {
        pub fn links<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::hal::Links>>,
            T::Error: ::std::fmt::Display,
        {
            self.links = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for links: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<VerifiedPaymentsRoot> for super::VerifiedPaymentsRoot {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VerifiedPaymentsRoot,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { links: value.links? })
        }
    }
    impl ::std::convert::From<super::VerifiedPaymentsRoot> for VerifiedPaymentsRoot {
        fn from(value: super::VerifiedPaymentsRoot) -> Self {
            Self { links: Ok(value.links) }
        }
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

// Types the fix-up stage bound by name, made by the runtime's macros
// (src/open_enum.rs, src/sensitive.rs, src/constraint.rs, src/tagged_union.rs).

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
    /// `verifiedPaymentRequest_instruction_paymentInstrument_cardExpiryDate_month`
    pub struct VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateMonth {
        schema: "verifiedPaymentRequest_instruction_paymentInstrument_cardExpiryDate_month",
        minimum: Some(1),
        maximum: Some(12),
    }
}

crate::bounded_integer! {
    /// `verifiedPaymentRequest_instruction_paymentInstrument_cardExpiryDate_year`
    pub struct VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateYear {
        schema: "verifiedPaymentRequest_instruction_paymentInstrument_cardExpiryDate_year",
        minimum: Some(1000),
        maximum: Some(9999),
    }
}
