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
///`VerifiedPaymentRequestInstructionNarrative`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestInstructionNarrative {
    pub line1: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line2: ::std::option::Option<::std::string::String>,
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
///`VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
    pub month: crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateMonth,
    pub year: crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateYear,
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
///`VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
    pub amount: i64,
    pub currency: ::std::string::String,
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
///`VerifiedPaymentResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentResponse {
    #[serde(
        rename = "deviceDataCollection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_data_collection: ::std::option::Option<
        VerifiedPaymentResponseDeviceDataCollection,
    >,
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
///`VerifiedPaymentResponseDeviceDataCollection`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentResponseDeviceDataCollection {
    pub bin: ::std::string::String,
    pub jwt: ::std::string::String,
    pub url: ::std::string::String,
}
///`VerifiedPaymentsRoot`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VerifiedPaymentsRoot {
    #[serde(rename = "_links", default = "defaults::verified_payments_root_links")]
    #[serde(skip_serializing_if = "crate::hal::Links::is_empty")]
    pub links: crate::hal::Links,
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
    /// A [`VerifiedPaymentRequest`](super::VerifiedPaymentRequest) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequest {
        challenge: ::core::result::Result<
            super::VerifiedPaymentRequestChallenge,
            crate::request::Refusal,
        >,
        device_data: ::core::result::Result<
            super::VerifiedPaymentRequestDeviceData,
            crate::request::Refusal,
        >,
        instruction: ::core::result::Result<
            super::VerifiedPaymentRequestInstruction,
            crate::request::Refusal,
        >,
        merchant: ::core::result::Result<
            super::VerifiedPaymentRequestMerchant,
            crate::request::Refusal,
        >,
        risk_data: ::core::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskData>,
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
            V: ::core::convert::TryInto<super::VerifiedPaymentRequestChallenge>,
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
            V: ::core::convert::TryInto<super::VerifiedPaymentRequestDeviceData>,
            V::Error: crate::request::IntoRefusal,
        {
            self.device_data = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("deviceData")
                });
            self
        }
        /// Sets `instruction`.
        pub fn instruction<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::VerifiedPaymentRequestInstruction>,
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
            V: ::core::convert::TryInto<super::VerifiedPaymentRequestMerchant>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("merchant")
                });
            self
        }
        /// Sets `riskData`.
        pub fn risk_data<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::VerifiedPaymentRequestRiskData>,
            V::Error: crate::request::IntoRefusal,
        {
            self.risk_data = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("riskData")
                });
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
            self.transaction_reference = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("transactionReference")
                });
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
    /// A [`VerifiedPaymentRequestChallenge`](super::VerifiedPaymentRequestChallenge) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestChallenge {
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
    impl ::core::default::Default for VerifiedPaymentRequestChallenge {
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
    impl VerifiedPaymentRequestChallenge {
        /// Sets `preference`.
        pub fn preference<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestChallenge>
    for super::VerifiedPaymentRequestChallenge {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestChallenge,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                preference: value.preference?,
                return_url: value.return_url?,
                window_size: value.window_size?,
            })
        }
    }
    impl ::core::convert::From<super::VerifiedPaymentRequestChallenge>
    for VerifiedPaymentRequestChallenge {
        fn from(value: super::VerifiedPaymentRequestChallenge) -> Self {
            Self {
                preference: ::core::result::Result::Ok(value.preference),
                return_url: ::core::result::Result::Ok(value.return_url),
                window_size: ::core::result::Result::Ok(value.window_size),
            }
        }
    }
    /// A [`VerifiedPaymentRequestDeviceData`](super::VerifiedPaymentRequestDeviceData) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestDeviceData {
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
    impl ::core::default::Default for VerifiedPaymentRequestDeviceData {
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
    impl VerifiedPaymentRequestDeviceData {
        /// Sets `acceptHeader`.
        pub fn accept_header<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.accept_header = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("acceptHeader")
                });
            self
        }
        /// Sets `browserLanguage`.
        pub fn browser_language<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
        /// Sets `tmxSessionId`.
        pub fn tmx_session_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
        /// Sets `userAgentHeader`.
        pub fn user_agent_header<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestDeviceData>
    for super::VerifiedPaymentRequestDeviceData {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestDeviceData,
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
    impl ::core::convert::From<super::VerifiedPaymentRequestDeviceData>
    for VerifiedPaymentRequestDeviceData {
        fn from(value: super::VerifiedPaymentRequestDeviceData) -> Self {
            Self {
                accept_header: ::core::result::Result::Ok(value.accept_header),
                browser_language: ::core::result::Result::Ok(value.browser_language),
                ip_address: ::core::result::Result::Ok(value.ip_address),
                tmx_session_id: ::core::result::Result::Ok(value.tmx_session_id),
                user_agent_header: ::core::result::Result::Ok(value.user_agent_header),
            }
        }
    }
    /// A [`VerifiedPaymentRequestInstruction`](super::VerifiedPaymentRequestInstruction) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstruction {
        debt_repayment: ::core::result::Result<
            ::std::option::Option<bool>,
            crate::request::Refusal,
        >,
        narrative: ::core::result::Result<
            super::VerifiedPaymentRequestInstructionNarrative,
            crate::request::Refusal,
        >,
        payment_instrument: ::core::result::Result<
            super::VerifiedPaymentRequestInstructionPaymentInstrument,
            crate::request::Refusal,
        >,
        value: ::core::result::Result<
            super::VerifiedPaymentRequestInstructionValue,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for VerifiedPaymentRequestInstruction {
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
    impl VerifiedPaymentRequestInstruction {
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
        /// Sets `narrative`.
        pub fn narrative<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestInstructionNarrative,
            >,
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
                super::VerifiedPaymentRequestInstructionPaymentInstrument,
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
        /// Sets `value`.
        pub fn value<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::VerifiedPaymentRequestInstructionValue>,
            V::Error: crate::request::IntoRefusal,
        {
            self.value = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("value"));
            self
        }
    }
    impl ::core::convert::TryFrom<VerifiedPaymentRequestInstruction>
    for super::VerifiedPaymentRequestInstruction {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestInstruction,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                debt_repayment: value.debt_repayment?,
                narrative: value.narrative?,
                payment_instrument: value.payment_instrument?,
                value: value.value?,
            })
        }
    }
    impl ::core::convert::From<super::VerifiedPaymentRequestInstruction>
    for VerifiedPaymentRequestInstruction {
        fn from(value: super::VerifiedPaymentRequestInstruction) -> Self {
            Self {
                debt_repayment: ::core::result::Result::Ok(value.debt_repayment),
                narrative: ::core::result::Result::Ok(value.narrative),
                payment_instrument: ::core::result::Result::Ok(value.payment_instrument),
                value: ::core::result::Result::Ok(value.value),
            }
        }
    }
    /// A [`VerifiedPaymentRequestInstructionNarrative`](super::VerifiedPaymentRequestInstructionNarrative) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionNarrative {
        line1: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        line2: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for VerifiedPaymentRequestInstructionNarrative {
        fn default() -> Self {
            Self {
                line1: ::core::result::Result::Err(
                    crate::request::Refusal::missing("line1"),
                ),
                line2: ::core::result::Result::Ok(::core::default::Default::default()),
            }
        }
    }
    impl VerifiedPaymentRequestInstructionNarrative {
        /// Sets `line1`.
        pub fn line1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestInstructionNarrative>
    for super::VerifiedPaymentRequestInstructionNarrative {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestInstructionNarrative,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                line1: value.line1?,
                line2: value.line2?,
            })
        }
    }
    impl ::core::convert::From<super::VerifiedPaymentRequestInstructionNarrative>
    for VerifiedPaymentRequestInstructionNarrative {
        fn from(value: super::VerifiedPaymentRequestInstructionNarrative) -> Self {
            Self {
                line1: ::core::result::Result::Ok(value.line1),
                line2: ::core::result::Result::Ok(value.line2),
            }
        }
    }
    /// A [`VerifiedPaymentRequestInstructionPaymentInstrument`](super::VerifiedPaymentRequestInstructionPaymentInstrument) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionPaymentInstrument {
        billing_address: ::core::result::Result<
            ::std::option::Option<
                super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
            >,
            crate::request::Refusal,
        >,
        card_expiry_date: ::core::result::Result<
            super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
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
            super::VerifiedPaymentRequestInstructionPaymentInstrumentType,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default
    for VerifiedPaymentRequestInstructionPaymentInstrument {
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
                type_: ::core::result::Result::Err(
                    crate::request::Refusal::missing("type"),
                ),
            }
        }
    }
    impl VerifiedPaymentRequestInstructionPaymentInstrument {
        /// Sets `billingAddress`.
        pub fn billing_address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
            >,
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
        /// Sets `cardExpiryDate`.
        pub fn card_expiry_date<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.card_expiry_date = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("cardExpiryDate")
                });
            self
        }
        /// Sets `cardHolderName`.
        pub fn card_holder_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<crate::verified_payments::types::CardHolderName>,
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
            V: ::core::convert::TryInto<crate::verified_payments::types::CardNumber>,
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
            V: ::core::convert::TryInto<crate::verified_payments::types::Cvc>,
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
        /// Sets `type`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestInstructionPaymentInstrumentType,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("type"));
            self
        }
    }
    impl ::core::convert::TryFrom<VerifiedPaymentRequestInstructionPaymentInstrument>
    for super::VerifiedPaymentRequestInstructionPaymentInstrument {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestInstructionPaymentInstrument,
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
    impl ::core::convert::From<super::VerifiedPaymentRequestInstructionPaymentInstrument>
    for VerifiedPaymentRequestInstructionPaymentInstrument {
        fn from(
            value: super::VerifiedPaymentRequestInstructionPaymentInstrument,
        ) -> Self {
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
    /// A [`VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress`](super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
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
    impl ::core::default::Default
    for VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
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
    impl VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        /// Sets `address1`.
        pub fn address1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
    impl ::core::convert::TryFrom<
        VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
    > for super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
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
    impl ::core::convert::From<
        super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
    > for VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        fn from(
            value: super::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress,
        ) -> Self {
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
    /// A [`VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate`](super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        month: ::core::result::Result<
            crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateMonth,
            crate::request::Refusal,
        >,
        year: ::core::result::Result<
            crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateYear,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default
    for VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
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
    impl VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        /// Sets `month`.
        pub fn month<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateMonth,
            >,
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
            V: ::core::convert::TryInto<
                crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateYear,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.year = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("year"));
            self
        }
    }
    impl ::core::convert::TryFrom<
        VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
    > for super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::core::convert::From<
        super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
    > for VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        fn from(
            value: super::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
        ) -> Self {
            Self {
                month: ::core::result::Result::Ok(value.month),
                year: ::core::result::Result::Ok(value.year),
            }
        }
    }
    /// A [`VerifiedPaymentRequestInstructionValue`](super::VerifiedPaymentRequestInstructionValue) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestInstructionValue {
        amount: ::core::result::Result<i64, crate::request::Refusal>,
        currency: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default for VerifiedPaymentRequestInstructionValue {
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
    impl VerifiedPaymentRequestInstructionValue {
        /// Sets `amount`.
        pub fn amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestInstructionValue>
    for super::VerifiedPaymentRequestInstructionValue {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestInstructionValue,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                amount: value.amount?,
                currency: value.currency?,
            })
        }
    }
    impl ::core::convert::From<super::VerifiedPaymentRequestInstructionValue>
    for VerifiedPaymentRequestInstructionValue {
        fn from(value: super::VerifiedPaymentRequestInstructionValue) -> Self {
            Self {
                amount: ::core::result::Result::Ok(value.amount),
                currency: ::core::result::Result::Ok(value.currency),
            }
        }
    }
    /// A [`VerifiedPaymentRequestMerchant`](super::VerifiedPaymentRequestMerchant) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestMerchant {
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
            ::std::option::Option<
                super::VerifiedPaymentRequestMerchantPaymentFacilitator,
            >,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for VerifiedPaymentRequestMerchant {
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
    impl VerifiedPaymentRequestMerchant {
        /// Sets `entity`.
        pub fn entity<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.entity = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("entity"));
            self
        }
        /// Sets `fraud`.
        pub fn fraud<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
        /// Sets `mcc`.
        pub fn mcc<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestMerchantPaymentFacilitator,
            >,
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestMerchant>
    for super::VerifiedPaymentRequestMerchant {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestMerchant,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                entity: value.entity?,
                fraud: value.fraud?,
                mcc: value.mcc?,
                payment_facilitator: value.payment_facilitator?,
            })
        }
    }
    impl ::core::convert::From<super::VerifiedPaymentRequestMerchant>
    for VerifiedPaymentRequestMerchant {
        fn from(value: super::VerifiedPaymentRequestMerchant) -> Self {
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
    /// A [`VerifiedPaymentRequestMerchantPaymentFacilitator`](super::VerifiedPaymentRequestMerchantPaymentFacilitator) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestMerchantPaymentFacilitator {
        iso_id: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        pf_id: ::core::result::Result<::std::string::String, crate::request::Refusal>,
        sub_merchant: ::core::result::Result<
            super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for VerifiedPaymentRequestMerchantPaymentFacilitator {
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
    impl VerifiedPaymentRequestMerchantPaymentFacilitator {
        /// Sets `isoId`.
        pub fn iso_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.iso_id = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("isoId"));
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
            self.pf_id = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("pfId"));
            self
        }
        /// Sets `subMerchant`.
        pub fn sub_merchant<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
            >,
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestMerchantPaymentFacilitator>
    for super::VerifiedPaymentRequestMerchantPaymentFacilitator {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestMerchantPaymentFacilitator,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                iso_id: value.iso_id?,
                pf_id: value.pf_id?,
                sub_merchant: value.sub_merchant?,
            })
        }
    }
    impl ::core::convert::From<super::VerifiedPaymentRequestMerchantPaymentFacilitator>
    for VerifiedPaymentRequestMerchantPaymentFacilitator {
        fn from(value: super::VerifiedPaymentRequestMerchantPaymentFacilitator) -> Self {
            Self {
                iso_id: ::core::result::Result::Ok(value.iso_id),
                pf_id: ::core::result::Result::Ok(value.pf_id),
                sub_merchant: ::core::result::Result::Ok(value.sub_merchant),
            }
        }
    }
    /// A [`VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant`](super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
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
    impl ::core::default::Default
    for VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
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
    impl VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
        /// Sets `city`.
        pub fn city<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("countryCode")
                });
            self
        }
        /// Sets `merchantId`.
        pub fn merchant_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.merchant_id = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("merchantId")
                });
            self
        }
        /// Sets `name`.
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.name = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("name"));
            self
        }
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.street = value
                .try_into()
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("street"));
            self
        }
        /// Sets `taxId`.
        pub fn tax_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.tax_id = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("taxId"));
            self
        }
        /// Leaves `taxId` out.
        pub fn without_tax_id(mut self) -> Self {
            self.tax_id = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<
        VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
    > for super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
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
    impl ::core::convert::From<
        super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
    > for VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
        fn from(
            value: super::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
        ) -> Self {
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
    /// A [`VerifiedPaymentRequestRiskData`](super::VerifiedPaymentRequestRiskData) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskData {
        account: ::core::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataAccount>,
            crate::request::Refusal,
        >,
        custom: ::core::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataCustom>,
            crate::request::Refusal,
        >,
        shipping: ::core::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataShipping>,
            crate::request::Refusal,
        >,
        transaction: ::core::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataTransaction>,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default for VerifiedPaymentRequestRiskData {
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
    impl VerifiedPaymentRequestRiskData {
        /// Sets `account`.
        pub fn account<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::VerifiedPaymentRequestRiskDataAccount>,
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
        /// Sets `custom`.
        pub fn custom<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::VerifiedPaymentRequestRiskDataCustom>,
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
        /// Sets `shipping`.
        pub fn shipping<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<super::VerifiedPaymentRequestRiskDataShipping>,
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
        /// Sets `transaction`.
        pub fn transaction<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestRiskDataTransaction,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.transaction = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("transaction")
                });
            self
        }
        /// Leaves `transaction` out.
        pub fn without_transaction(mut self) -> Self {
            self.transaction = ::core::result::Result::Ok(::core::option::Option::None);
            self
        }
    }
    impl ::core::convert::TryFrom<VerifiedPaymentRequestRiskData>
    for super::VerifiedPaymentRequestRiskData {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskData,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                account: value.account?,
                custom: value.custom?,
                shipping: value.shipping?,
                transaction: value.transaction?,
            })
        }
    }
    impl ::core::convert::From<super::VerifiedPaymentRequestRiskData>
    for VerifiedPaymentRequestRiskData {
        fn from(value: super::VerifiedPaymentRequestRiskData) -> Self {
            Self {
                account: ::core::result::Result::Ok(value.account),
                custom: ::core::result::Result::Ok(value.custom),
                shipping: ::core::result::Result::Ok(value.shipping),
                transaction: ::core::result::Result::Ok(value.transaction),
            }
        }
    }
    /// A [`VerifiedPaymentRequestRiskDataAccount`](super::VerifiedPaymentRequestRiskDataAccount) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataAccount {
        date_of_birth: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        email: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        history: ::core::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataAccountHistory>,
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
    impl ::core::default::Default for VerifiedPaymentRequestRiskDataAccount {
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
    impl VerifiedPaymentRequestRiskDataAccount {
        /// Sets `dateOfBirth`.
        pub fn date_of_birth<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
        /// Sets `email`.
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
        /// Sets `history`.
        pub fn history<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestRiskDataAccountHistory,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.history = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("history"));
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
        /// Sets `shopperId`.
        pub fn shopper_id<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.shopper_id = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("shopperId")
                });
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestRiskDataAccount>
    for super::VerifiedPaymentRequestRiskDataAccount {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataAccount,
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
    impl ::core::convert::From<super::VerifiedPaymentRequestRiskDataAccount>
    for VerifiedPaymentRequestRiskDataAccount {
        fn from(value: super::VerifiedPaymentRequestRiskDataAccount) -> Self {
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
    /// A [`VerifiedPaymentRequestRiskDataAccountHistory`](super::VerifiedPaymentRequestRiskDataAccountHistory) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataAccountHistory {
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
    impl ::core::default::Default for VerifiedPaymentRequestRiskDataAccountHistory {
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
    impl VerifiedPaymentRequestRiskDataAccountHistory {
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestRiskDataAccountHistory>
    for super::VerifiedPaymentRequestRiskDataAccountHistory {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataAccountHistory,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                created_at: value.created_at?,
                modified_at: value.modified_at?,
                password_modified_at: value.password_modified_at?,
                payment_account_enrolled_at: value.payment_account_enrolled_at?,
            })
        }
    }
    impl ::core::convert::From<super::VerifiedPaymentRequestRiskDataAccountHistory>
    for VerifiedPaymentRequestRiskDataAccountHistory {
        fn from(value: super::VerifiedPaymentRequestRiskDataAccountHistory) -> Self {
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
    /// A [`VerifiedPaymentRequestRiskDataCustom`](super::VerifiedPaymentRequestRiskDataCustom) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataCustom {
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
    impl ::core::default::Default for VerifiedPaymentRequestRiskDataCustom {
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
    impl VerifiedPaymentRequestRiskDataCustom {
        /// Sets `number1`.
        pub fn number1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestRiskDataCustom>
    for super::VerifiedPaymentRequestRiskDataCustom {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataCustom,
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
    impl ::core::convert::From<super::VerifiedPaymentRequestRiskDataCustom>
    for VerifiedPaymentRequestRiskDataCustom {
        fn from(value: super::VerifiedPaymentRequestRiskDataCustom) -> Self {
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
    /// A [`VerifiedPaymentRequestRiskDataShipping`](super::VerifiedPaymentRequestRiskDataShipping) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataShipping {
        address: ::core::result::Result<
            ::std::option::Option<super::VerifiedPaymentRequestRiskDataShippingAddress>,
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
    impl ::core::default::Default for VerifiedPaymentRequestRiskDataShipping {
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
    impl VerifiedPaymentRequestRiskDataShipping {
        /// Sets `address`.
        pub fn address<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestRiskDataShippingAddress,
            >,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
        /// Sets `nameMatchesAccountName`.
        pub fn name_matches_account_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<bool>,
            V::Error: crate::request::IntoRefusal,
        {
            self.name_matches_account_name = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e)
                        .at("nameMatchesAccountName")
                });
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestRiskDataShipping>
    for super::VerifiedPaymentRequestRiskDataShipping {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataShipping,
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
    impl ::core::convert::From<super::VerifiedPaymentRequestRiskDataShipping>
    for VerifiedPaymentRequestRiskDataShipping {
        fn from(value: super::VerifiedPaymentRequestRiskDataShipping) -> Self {
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
    /// A [`VerifiedPaymentRequestRiskDataShippingAddress`](super::VerifiedPaymentRequestRiskDataShippingAddress) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataShippingAddress {
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
    impl ::core::default::Default for VerifiedPaymentRequestRiskDataShippingAddress {
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
    impl VerifiedPaymentRequestRiskDataShippingAddress {
        /// Sets `address1`.
        pub fn address1<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
            V::Error: crate::request::IntoRefusal,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    crate::request::IntoRefusal::into_refusal(e).at("countryCode")
                });
            self
        }
        /// Sets `phoneNumber`.
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
        /// Sets `postalCode`.
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestRiskDataShippingAddress>
    for super::VerifiedPaymentRequestRiskDataShippingAddress {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataShippingAddress,
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
    impl ::core::convert::From<super::VerifiedPaymentRequestRiskDataShippingAddress>
    for VerifiedPaymentRequestRiskDataShippingAddress {
        fn from(value: super::VerifiedPaymentRequestRiskDataShippingAddress) -> Self {
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
    /// A [`VerifiedPaymentRequestRiskDataTransaction`](super::VerifiedPaymentRequestRiskDataTransaction) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataTransaction {
        first_name: ::core::result::Result<
            ::std::option::Option<::std::string::String>,
            crate::request::Refusal,
        >,
        gift_cards_purchase: ::core::result::Result<
            ::std::option::Option<
                super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
            >,
            crate::request::Refusal,
        >,
        history: ::core::result::Result<
            ::std::option::Option<
                super::VerifiedPaymentRequestRiskDataTransactionHistory,
            >,
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
    impl ::core::default::Default for VerifiedPaymentRequestRiskDataTransaction {
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
    impl VerifiedPaymentRequestRiskDataTransaction {
        /// Sets `firstName`.
        pub fn first_name<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
        /// Sets `giftCardsPurchase`.
        pub fn gift_cards_purchase<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
            >,
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
        /// Sets `history`.
        pub fn history<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestRiskDataTransactionHistory,
            >,
            V::Error: crate::request::IntoRefusal,
        {
            self.history = value
                .try_into()
                .map(::core::option::Option::Some)
                .map_err(|e| crate::request::IntoRefusal::into_refusal(e).at("history"));
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
        /// Sets `phoneNumber`.
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<::std::string::String>,
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
    }
    impl ::core::convert::TryFrom<VerifiedPaymentRequestRiskDataTransaction>
    for super::VerifiedPaymentRequestRiskDataTransaction {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataTransaction,
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
    impl ::core::convert::From<super::VerifiedPaymentRequestRiskDataTransaction>
    for VerifiedPaymentRequestRiskDataTransaction {
        fn from(value: super::VerifiedPaymentRequestRiskDataTransaction) -> Self {
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
    /// A [`VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase`](super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        quantity: ::core::result::Result<
            ::std::option::Option<i64>,
            crate::request::Refusal,
        >,
        total_value: ::core::result::Result<
            ::std::option::Option<
                super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
            >,
            crate::request::Refusal,
        >,
    }
    impl ::core::default::Default
    for VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
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
    impl VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        /// Sets `quantity`.
        pub fn quantity<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<
                super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
            >,
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
    impl ::core::convert::TryFrom<
        VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
    > for super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                quantity: value.quantity?,
                total_value: value.total_value?,
            })
        }
    }
    impl ::core::convert::From<
        super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
    > for VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        fn from(
            value: super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase,
        ) -> Self {
            Self {
                quantity: ::core::result::Result::Ok(value.quantity),
                total_value: ::core::result::Result::Ok(value.total_value),
            }
        }
    }
    /// A [`VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue`](super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        amount: ::core::result::Result<i64, crate::request::Refusal>,
        currency: ::core::result::Result<::std::string::String, crate::request::Refusal>,
    }
    impl ::core::default::Default
    for VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
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
    impl VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        /// Sets `amount`.
        pub fn amount<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<::std::string::String>,
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
    impl ::core::convert::TryFrom<
        VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
    > for super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
        ) -> ::core::result::Result<Self, crate::request::Refusal> {
            ::core::result::Result::Ok(Self {
                amount: value.amount?,
                currency: value.currency?,
            })
        }
    }
    impl ::core::convert::From<
        super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
    > for VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        fn from(
            value: super::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue,
        ) -> Self {
            Self {
                amount: ::core::result::Result::Ok(value.amount),
                currency: ::core::result::Result::Ok(value.currency),
            }
        }
    }
    /// A [`VerifiedPaymentRequestRiskDataTransactionHistory`](super::VerifiedPaymentRequestRiskDataTransactionHistory) under construction.
    #[derive(Clone, Debug)]
    pub struct VerifiedPaymentRequestRiskDataTransactionHistory {
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
    impl ::core::default::Default for VerifiedPaymentRequestRiskDataTransactionHistory {
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
    impl VerifiedPaymentRequestRiskDataTransactionHistory {
        /// Sets `addCardsLastDay`.
        pub fn add_cards_last_day<V>(mut self, value: V) -> Self
        where
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
            V: ::core::convert::TryInto<i64>,
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
    impl ::core::convert::TryFrom<VerifiedPaymentRequestRiskDataTransactionHistory>
    for super::VerifiedPaymentRequestRiskDataTransactionHistory {
        type Error = crate::request::Refusal;
        fn try_from(
            value: VerifiedPaymentRequestRiskDataTransactionHistory,
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
    impl ::core::convert::From<super::VerifiedPaymentRequestRiskDataTransactionHistory>
    for VerifiedPaymentRequestRiskDataTransactionHistory {
        fn from(value: super::VerifiedPaymentRequestRiskDataTransactionHistory) -> Self {
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
        V0: ::core::convert::TryInto<VerifiedPaymentRequestChallenge>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<VerifiedPaymentRequestDeviceData>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<VerifiedPaymentRequestInstruction>,
        V2::Error: crate::request::IntoRefusal,
        V3: ::core::convert::TryInto<VerifiedPaymentRequestMerchant>,
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
impl VerifiedPaymentRequestChallenge {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestChallenge {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `returnUrl`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(return_url: V0) -> builder::VerifiedPaymentRequestChallenge
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().return_url(return_url)
    }
}
impl VerifiedPaymentRequestDeviceData {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestDeviceData {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `acceptHeader`, `userAgentHeader`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(
        accept_header: V0,
        user_agent_header: V1,
    ) -> builder::VerifiedPaymentRequestDeviceData
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().accept_header(accept_header).user_agent_header(user_agent_header)
    }
}
impl VerifiedPaymentRequestInstruction {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestInstruction {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `narrative`, `paymentInstrument`, `value`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        narrative: V0,
        payment_instrument: V1,
        value: V2,
    ) -> builder::VerifiedPaymentRequestInstruction
    where
        V0: ::core::convert::TryInto<VerifiedPaymentRequestInstructionNarrative>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<VerifiedPaymentRequestInstructionPaymentInstrument>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<VerifiedPaymentRequestInstructionValue>,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .narrative(narrative)
            .payment_instrument(payment_instrument)
            .value(value)
    }
}
impl VerifiedPaymentRequestInstructionNarrative {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionNarrative {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `line1`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(line1: V0) -> builder::VerifiedPaymentRequestInstructionNarrative
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().line1(line1)
    }
}
impl VerifiedPaymentRequestInstructionPaymentInstrument {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionPaymentInstrument {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `cardExpiryDate`, `cardNumber`, `type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2>(
        card_expiry_date: V0,
        card_number: V1,
        type_: V2,
    ) -> builder::VerifiedPaymentRequestInstructionPaymentInstrument
    where
        V0: ::core::convert::TryInto<
            VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate,
        >,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<crate::verified_payments::types::CardNumber>,
        V1::Error: crate::request::IntoRefusal,
        V2: ::core::convert::TryInto<
            VerifiedPaymentRequestInstructionPaymentInstrumentType,
        >,
        V2::Error: crate::request::IntoRefusal,
    {
        Self::builder()
            .card_expiry_date(card_expiry_date)
            .card_number(card_number)
            .type_(type_)
    }
}
impl VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `address1`, `city`, `countryCode`, `postalCode`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1, V2, V3>(
        address1: V0,
        city: V1,
        country_code: V2,
        postal_code: V3,
    ) -> builder::VerifiedPaymentRequestInstructionPaymentInstrumentBillingAddress
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
impl VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `month`, `year`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(
        month: V0,
        year: V1,
    ) -> builder::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDate
    where
        V0: ::core::convert::TryInto<
            crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateMonth,
        >,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<
            crate::verified_payments::types::VerifiedPaymentRequestInstructionPaymentInstrumentCardExpiryDateYear,
        >,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().month(month).year(year)
    }
}
impl VerifiedPaymentRequestInstructionValue {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestInstructionValue {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `amount`, `currency`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(
        amount: V0,
        currency: V1,
    ) -> builder::VerifiedPaymentRequestInstructionValue
    where
        V0: ::core::convert::TryInto<i64>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().amount(amount).currency(currency)
    }
}
impl VerifiedPaymentRequestMerchant {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestMerchant {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `entity`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(entity: V0) -> builder::VerifiedPaymentRequestMerchant
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().entity(entity)
    }
}
impl VerifiedPaymentRequestMerchantPaymentFacilitator {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestMerchantPaymentFacilitator {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `pfId`, `subMerchant`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(
        pf_id: V0,
        sub_merchant: V1,
    ) -> builder::VerifiedPaymentRequestMerchantPaymentFacilitator
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<
            VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant,
        >,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().pf_id(pf_id).sub_merchant(sub_merchant)
    }
}
impl VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant {
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
    ) -> builder::VerifiedPaymentRequestMerchantPaymentFacilitatorSubMerchant
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
impl VerifiedPaymentRequestRiskData {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskData {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::VerifiedPaymentRequestRiskData {
        Self::builder()
    }
}
impl VerifiedPaymentRequestRiskDataAccount {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataAccount {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::VerifiedPaymentRequestRiskDataAccount {
        Self::builder()
    }
}
impl VerifiedPaymentRequestRiskDataAccountHistory {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataAccountHistory {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::VerifiedPaymentRequestRiskDataAccountHistory {
        Self::builder()
    }
}
impl VerifiedPaymentRequestRiskDataCustom {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataCustom {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::VerifiedPaymentRequestRiskDataCustom {
        Self::builder()
    }
}
impl VerifiedPaymentRequestRiskDataShipping {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataShipping {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::VerifiedPaymentRequestRiskDataShipping {
        Self::builder()
    }
}
impl VerifiedPaymentRequestRiskDataShippingAddress {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataShippingAddress {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `countryCode`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0>(
        country_code: V0,
    ) -> builder::VerifiedPaymentRequestRiskDataShippingAddress
    where
        V0: ::core::convert::TryInto<::std::string::String>,
        V0::Error: crate::request::IntoRefusal,
    {
        Self::builder().country_code(country_code)
    }
}
impl VerifiedPaymentRequestRiskDataTransaction {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataTransaction {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::VerifiedPaymentRequestRiskDataTransaction {
        Self::builder()
    }
}
impl VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchase {
        Self::builder()
    }
}
impl VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue {
        ::core::default::Default::default()
    }
    /// A builder with the required fields set: `amount`, `currency`.
    #[allow(clippy::too_many_arguments)]
    pub fn new<V0, V1>(
        amount: V0,
        currency: V1,
    ) -> builder::VerifiedPaymentRequestRiskDataTransactionGiftCardsPurchaseTotalValue
    where
        V0: ::core::convert::TryInto<i64>,
        V0::Error: crate::request::IntoRefusal,
        V1: ::core::convert::TryInto<::std::string::String>,
        V1::Error: crate::request::IntoRefusal,
    {
        Self::builder().amount(amount).currency(currency)
    }
}
impl VerifiedPaymentRequestRiskDataTransactionHistory {
    /// A builder, every field unset.
    pub fn builder() -> builder::VerifiedPaymentRequestRiskDataTransactionHistory {
        ::core::default::Default::default()
    }
    /// A builder (no field is required).
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> builder::VerifiedPaymentRequestRiskDataTransactionHistory {
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
