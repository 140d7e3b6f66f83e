// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/ips-cloud/asyncapi.yaml with schemas/ips-cloud/api.yaml (sha256 09a52a3c97bf710db74784ec6e6809a58c8d1ef422ea58b1e95491d44a1e81ce)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - AsyncAPI channels read as operations: 11 published, 12 subscribed
// - discriminated unions bound to internally tagged enums: PaymentActionRequestData (on `action`,
//   open), PaymentActionResponseData (on `action`), PaymentInstrumentOutput (on `type`, open)
// - 96 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): CardDetails_type, PaymentReceipt_type,
//   PaymentServiceStatus_status, Payment_outcome, Payment_paymentType, Payment_resultValue
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AlipayInstrumentOutput {
    ///The barcode scanned, 16 to 24 digits.
    pub barcode: ::std::string::String,
    ///Always `alipay/barcode`.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl AlipayInstrumentOutput {
    pub fn builder() -> builder::AlipayInstrumentOutput {
        Default::default()
    }
}
///Address verification results to confirm: answer with `isAvsConfirmed`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AvsConfirmationRequest {
    ///Always `avs-confirmation`.
    pub action: ::std::string::String,
    #[serde(
        rename = "avsResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub avs_results: ::std::option::Option<AvsResults>,
}
impl AvsConfirmationRequest {
    pub fn builder() -> builder::AvsConfirmationRequest {
        Default::default()
    }
}
///Answer to an address verification confirmation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AvsConfirmationResponse {
    ///Whether the merchant accepts the AVS results.
    #[serde(
        rename = "isAvsConfirmed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_avs_confirmed: ::std::option::Option<bool>,
}
impl AvsConfirmationResponse {
    pub fn builder() -> builder::AvsConfirmationResponse {
        Default::default()
    }
}
///Results of the address verification (AVS) and CVV checks.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl AvsResults {
    pub fn builder() -> builder::AvsResults {
        Default::default()
    }
}
///The issuer's authorisation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl CardAuthorisation {
    pub fn builder() -> builder::CardAuthorisation {
        Default::default()
    }
}
///Chip (ICC) diagnostics, for debugging only.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl CardDebug {
    pub fn builder() -> builder::CardDebug {
        Default::default()
    }
}
///Details of the card.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl CardDetails {
    pub fn builder() -> builder::CardDetails {
        Default::default()
    }
}
///Card expiry date.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardExpiryDate {
    ///Month, 1 to 12.
    pub month: i64,
    ///Year, two digits (0 to 99).
    pub year: i64,
}
impl CardExpiryDate {
    pub fn builder() -> builder::CardExpiryDate {
        Default::default()
    }
}
///The card used for the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
impl CardInstrumentOutput {
    pub fn builder() -> builder::CardInstrumentOutput {
        Default::default()
    }
}
///Dynamic currency conversion applied to the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
impl Dcc {
    pub fn builder() -> builder::Dcc {
        Default::default()
    }
}
/**Details of the error that has occurred.

Fields from a working IPS Cloud client. Receiving an error ends the request: disconnect. The codes are listed at https://docs.worldpay.com/apis/ips-cloud/integration/direct-integration#errors.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Error {
    ///The error code.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    ///A description of the error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl Error {
    pub fn builder() -> builder::Error {
        Default::default()
    }
}
///The merchant that took the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
impl Merchant {
    pub fn builder() -> builder::Merchant {
        Default::default()
    }
}
///The merchant's address.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl MerchantAddress {
    pub fn builder() -> builder::MerchantAddress {
        Default::default()
    }
}
///The result of one payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub outcome: ::std::option::Option<crate::ips_cloud::types::PaymentOutcome>,
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
impl Payment {
    pub fn builder() -> builder::Payment {
        Default::default()
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl PaymentActionRequest {
    pub fn builder() -> builder::PaymentActionRequest {
        Default::default()
    }
}
/**Message with details of the action completed by the merchant.

Fields from a working IPS Cloud client; `data.action` repeats the action of the request answered.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl PaymentActionResponse {
    pub fn builder() -> builder::PaymentActionResponse {
        Default::default()
    }
}
/**Message to cancel a payment.

Fields from a working IPS Cloud client.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl PaymentCancel {
    pub fn builder() -> builder::PaymentCancel {
        Default::default()
    }
}
///The card expiry date. No range is documented for this message.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentCancelCardExpiryDate {
    ///Month.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub month: ::std::option::Option<i32>,
    ///Year.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<i32>,
}
impl PaymentCancelCardExpiryDate {
    pub fn builder() -> builder::PaymentCancelCardExpiryDate {
        Default::default()
    }
}
///The card of the payment to cancel.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl PaymentCancelInstrument {
    pub fn builder() -> builder::PaymentCancelInstrument {
        Default::default()
    }
}
///Always `card` (the only value a working client sends).
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
pub enum PaymentCancelInstrumentType {
    #[serde(rename = "card")]
    Card,
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl PaymentNotification {
    pub fn builder() -> builder::PaymentNotification {
        Default::default()
    }
}
/**Message to query the receipt for the last payment.

Note that the transaction reference is required here to ensure that the expected payment receipt is returned.

No source gives the fields: the field name of the transaction reference is inferred. Unknown fields are kept.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentQueryReceipt {
    ///The reference of the payment whose receipt is wanted. The seed says "the transaction reference is required" but prints no field name; `merchantTransactionReference` (the name of the reference in every other request) is inferred.
    #[serde(rename = "merchantTransactionReference")]
    pub merchant_transaction_reference: ::std::string::String,
}
impl PaymentQueryReceipt {
    pub fn builder() -> builder::PaymentQueryReceipt {
        Default::default()
    }
}
/**Message to query the last payment result.

Note that the transaction reference is required here to ensure that the expected payment result is returned.

No source gives the fields: the field name of the transaction reference is inferred. Unknown fields are kept.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentQueryResult {
    ///The reference of the payment whose result is wanted. The seed says "the transaction reference is required" but prints no field name; `merchantTransactionReference` (the name of the reference in every other request) is inferred.
    #[serde(rename = "merchantTransactionReference")]
    pub merchant_transaction_reference: ::std::string::String,
}
impl PaymentQueryResult {
    pub fn builder() -> builder::PaymentQueryResult {
        Default::default()
    }
}
/**Message with a receipt for a payment.

Fields from a working IPS Cloud client; one message per receipt type.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl PaymentReceipt {
    pub fn builder() -> builder::PaymentReceipt {
        Default::default()
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentResult {
    ///The payments the request produced.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub payments: ::std::vec::Vec<Payment>,
}
impl PaymentResult {
    pub fn builder() -> builder::PaymentResult {
        Default::default()
    }
}
/**Message confirming the status of the payment service.

The payload is not publicly documented; the only field known is `status`, from Worldpay's Android SDK (`PaymentServiceStatus.status`). It is an open object: bindings keep every field they receive.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentServiceStatus {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<
        crate::ips_cloud::types::PaymentServiceStatusStatus,
    >,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl PaymentServiceStatus {
    pub fn builder() -> builder::PaymentServiceStatus {
        Default::default()
    }
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentStart {
    ///The gateway's reference of the payment to increase (incremental authorisation). Known only from the seed's `inc-auth` example; the pattern is that of `gatewayTransactionReference` in the payment result.
    #[serde(
        rename = "gatewayTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gateway_transaction_reference: ::std::option::Option<
        PaymentStartGatewayTransactionReference,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instruction: ::std::option::Option<PaymentStartInstruction>,
    ///The merchant's reference for the payment: 1 to 30 characters of letters, digits, `_` and `-`.
    #[serde(
        rename = "merchantTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_transaction_reference: ::std::option::Option<
        PaymentStartMerchantTransactionReference,
    >,
    ///The type of payment. `sale`, `refund`, `pre-auth`, `check-card` and `check-card-payment` are what a working client sends; `inc-auth` (incremental authorisation) is printed by the seed's tenth example. An account verification is a `sale` of amount `0` with `tokenPurpose` (seed example 2); `account-verification` and `account-payment` appear only as commented-out future values in a Worldpay copy of the schema and are not listed.
    #[serde(
        rename = "paymentType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_type: ::std::option::Option<PaymentStartPaymentType>,
}
impl PaymentStart {
    pub fn builder() -> builder::PaymentStart {
        Default::default()
    }
}
///The gateway's reference of the payment to increase (incremental authorisation). Known only from the seed's `inc-auth` example; the pattern is that of `gatewayTransactionReference` in the payment result.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentStartGatewayTransactionReference(::std::string::String);
impl ::std::ops::Deref for PaymentStartGatewayTransactionReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentStartGatewayTransactionReference>
for ::std::string::String {
    fn from(value: PaymentStartGatewayTransactionReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentStartGatewayTransactionReference {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9]{12,22}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]{12,22}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentStartGatewayTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentStartGatewayTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentStartGatewayTransactionReference {
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
///What to pay and how.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentStartInstruction {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub narrative: ::std::option::Option<PaymentStartNarrative>,
    ///For token refunds: the `gatewayTransactionReference` of the payment to refund (same pattern).
    #[serde(
        rename = "originalGatewayTransactionReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_gateway_transaction_reference: ::std::option::Option<
        PaymentStartInstructionOriginalGatewayTransactionReference,
    >,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<PaymentStartInstrument>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<PaymentStartValue>,
}
impl PaymentStartInstruction {
    pub fn builder() -> builder::PaymentStartInstruction {
        Default::default()
    }
}
///For token refunds: the `gatewayTransactionReference` of the payment to refund (same pattern).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentStartInstructionOriginalGatewayTransactionReference(
    ::std::string::String,
);
impl ::std::ops::Deref for PaymentStartInstructionOriginalGatewayTransactionReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentStartInstructionOriginalGatewayTransactionReference>
for ::std::string::String {
    fn from(value: PaymentStartInstructionOriginalGatewayTransactionReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentStartInstructionOriginalGatewayTransactionReference {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9]{12,22}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]{12,22}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for PaymentStartInstructionOriginalGatewayTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentStartInstructionOriginalGatewayTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for PaymentStartInstructionOriginalGatewayTransactionReference {
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
///How the card is presented.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
    ///The card token (`card/token`): 15 to 21 alphanumeric characters (formats: alphanumeric 15, wrapped-luhn 16 to 21 starting `99`, format-preserving 20).
    #[serde(rename = "tokenId", skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<PaymentStartInstrumentTokenId>,
    ///Why the card is stored or used as a token.
    #[serde(
        rename = "tokenPurpose",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_purpose: ::std::option::Option<PaymentStartInstrumentTokenPurpose>,
    ///How the card is captured.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<PaymentStartInstrumentType>,
}
impl PaymentStartInstrument {
    pub fn builder() -> builder::PaymentStartInstrument {
        Default::default()
    }
}
///The card token (`card/token`): 15 to 21 alphanumeric characters (formats: alphanumeric 15, wrapped-luhn 16 to 21 starting `99`, format-preserving 20).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentStartInstrumentTokenId(::std::string::String);
impl ::std::ops::Deref for PaymentStartInstrumentTokenId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentStartInstrumentTokenId> for ::std::string::String {
    fn from(value: PaymentStartInstrumentTokenId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentStartInstrumentTokenId {
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
        { ::regress::Regex::new("^[0-9a-zA-Z]{15,21}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9a-zA-Z]{15,21}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentStartInstrumentTokenId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentStartInstrumentTokenId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentStartInstrumentTokenId {
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
pub enum PaymentStartInstrumentTokenPurpose {
    #[serde(rename = "unscheduled")]
    Unscheduled,
    #[serde(rename = "recurring")]
    Recurring,
}
impl ::std::fmt::Display for PaymentStartInstrumentTokenPurpose {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Unscheduled => f.write_str("unscheduled"),
            Self::Recurring => f.write_str("recurring"),
        }
    }
}
impl ::std::str::FromStr for PaymentStartInstrumentTokenPurpose {
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
impl ::std::convert::TryFrom<&str> for PaymentStartInstrumentTokenPurpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentStartInstrumentTokenPurpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///How the card is captured.
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
///The merchant's reference for the payment: 1 to 30 characters of letters, digits, `_` and `-`.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentStartMerchantTransactionReference(::std::string::String);
impl ::std::ops::Deref for PaymentStartMerchantTransactionReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentStartMerchantTransactionReference>
for ::std::string::String {
    fn from(value: PaymentStartMerchantTransactionReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentStartMerchantTransactionReference {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9_\\-]{1,30}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9_\\-]{1,30}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentStartMerchantTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentStartMerchantTransactionReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentStartMerchantTransactionReference {
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
///Text describing the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentStartNarrative {
    ///First line of the narrative. Known only from the seed's fourth start example (a sale with a stored `recurring` token), with the value `Transactiondescription`; the working IPS Cloud client has this field commented out and sends `narrative: null`. No constraint is documented.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line1: ::std::option::Option<::std::string::String>,
}
impl PaymentStartNarrative {
    pub fn builder() -> builder::PaymentStartNarrative {
        Default::default()
    }
}
///The type of payment. `sale`, `refund`, `pre-auth`, `check-card` and `check-card-payment` are what a working client sends; `inc-auth` (incremental authorisation) is printed by the seed's tenth example. An account verification is a `sale` of amount `0` with `tokenPurpose` (seed example 2); `account-verification` and `account-payment` appear only as commented-out future values in a Worldpay copy of the schema and are not listed.
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentStartValue {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<crate::ips_cloud::types::PaymentStartValueAmount>,
}
impl PaymentStartValue {
    pub fn builder() -> builder::PaymentStartValue {
        Default::default()
    }
}
///The amounts of the payment, in minor units.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
impl PaymentValue {
    pub fn builder() -> builder::PaymentValue {
        Default::default()
    }
}
///The paypoint (terminal) that took the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl Paypoint {
    pub fn builder() -> builder::Paypoint {
        Default::default()
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PosRegistrationRefreshResponse {
    #[serde(
        rename = "pointOfSaleLicenseKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub point_of_sale_license_key: ::std::option::Option<
        crate::ips_cloud::types::PosRegistrationRefreshResponseLicenceKey,
    >,
}
impl PosRegistrationRefreshResponse {
    pub fn builder() -> builder::PosRegistrationRefreshResponse {
        Default::default()
    }
}
/**The message to register a new Point of Sale.

Fields, types and constraints from the on-premise IPS Payment API 2.1.1 registration schema (additional properties allowed), confirmed by the examples of IPS 4.0.1 and a working IPS Cloud client.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PosRegistrationRequest {
    #[serde(rename = "pointOfSaleActivationCode")]
    pub point_of_sale_activation_code: crate::ips_cloud::types::PosRegistrationRequestActivationCode,
    ///Identifier of the Point of Sale: exactly 6 alphanumeric characters.
    #[serde(rename = "pointOfSaleId")]
    pub point_of_sale_id: PosRegistrationRequestPointOfSaleId,
    ///Reference of the Point of Sale: 1 to 15 alphanumeric characters.
    #[serde(rename = "pointOfSaleReference")]
    pub point_of_sale_reference: PosRegistrationRequestPointOfSaleReference,
}
impl PosRegistrationRequest {
    pub fn builder() -> builder::PosRegistrationRequest {
        Default::default()
    }
}
///Identifier of the Point of Sale: exactly 6 alphanumeric characters.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PosRegistrationRequestPointOfSaleId(::std::string::String);
impl ::std::ops::Deref for PosRegistrationRequestPointOfSaleId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PosRegistrationRequestPointOfSaleId>
for ::std::string::String {
    fn from(value: PosRegistrationRequestPointOfSaleId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PosRegistrationRequestPointOfSaleId {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9]{6}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]{6}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PosRegistrationRequestPointOfSaleId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PosRegistrationRequestPointOfSaleId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PosRegistrationRequestPointOfSaleId {
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
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PosRegistrationRequestPointOfSaleReference(::std::string::String);
impl ::std::ops::Deref for PosRegistrationRequestPointOfSaleReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PosRegistrationRequestPointOfSaleReference>
for ::std::string::String {
    fn from(value: PosRegistrationRequestPointOfSaleReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PosRegistrationRequestPointOfSaleReference {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]{1,15}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]{1,15}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PosRegistrationRequestPointOfSaleReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PosRegistrationRequestPointOfSaleReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PosRegistrationRequestPointOfSaleReference {
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
/**The message confirming the refresh of a Point of Sale registration.

(The seed prints this payload description, which speaks of a refresh, for the registration response too.) The only field known is `pointOfSaleLicenseKey` (IPS 4.0.1 examples and a working IPS Cloud client).*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PosRegistrationResponse {
    #[serde(
        rename = "pointOfSaleLicenseKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub point_of_sale_license_key: ::std::option::Option<
        crate::ips_cloud::types::PosRegistrationResponseLicenceKey,
    >,
}
impl PosRegistrationResponse {
    pub fn builder() -> builder::PosRegistrationResponse {
        Default::default()
    }
}
///A way to contact the authorisation centre.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ReferralContact {
    ///The contact method; values are not documented.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    ///The contact detail (for example the number to call).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl ReferralContact {
    pub fn builder() -> builder::ReferralContact {
        Default::default()
    }
}
///The customer signed: check the signature on the merchant receipt and answer with `isSignatureVerified`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SignatureVerificationRequest {
    ///Always `signature-verification`.
    pub action: ::std::string::String,
}
impl SignatureVerificationRequest {
    pub fn builder() -> builder::SignatureVerificationRequest {
        Default::default()
    }
}
///Answer to a signature verification.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SignatureVerificationResponse {
    ///Whether the signature matches the card.
    #[serde(
        rename = "isSignatureVerified",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_signature_verified: ::std::option::Option<bool>,
}
impl SignatureVerificationResponse {
    pub fn builder() -> builder::SignatureVerificationResponse {
        Default::default()
    }
}
///The merchant to quote on the referral call.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VoiceAuthorisationMerchant {
    ///The merchant identifier.
    #[serde(
        rename = "merchantId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_id: ::std::option::Option<::std::string::String>,
}
impl VoiceAuthorisationMerchant {
    pub fn builder() -> builder::VoiceAuthorisationMerchant {
        Default::default()
    }
}
///The issuer asks for a voice authorisation: call one of the referral contacts and answer with the `authorisationCode` obtained (or without one, to decline).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
impl VoiceAuthorisationRequest {
    pub fn builder() -> builder::VoiceAuthorisationRequest {
        Default::default()
    }
}
///Answer to a voice authorisation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VoiceAuthorisationResponse {
    ///The authorisation code given on the call (2 to 6 alphanumeric characters); omit it to decline.
    #[serde(
        rename = "authorisationCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorisation_code: ::std::option::Option<
        VoiceAuthorisationResponseAuthorisationCode,
    >,
}
impl VoiceAuthorisationResponse {
    pub fn builder() -> builder::VoiceAuthorisationResponse {
        Default::default()
    }
}
///The authorisation code given on the call (2 to 6 alphanumeric characters); omit it to decline.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct VoiceAuthorisationResponseAuthorisationCode(::std::string::String);
impl ::std::ops::Deref for VoiceAuthorisationResponseAuthorisationCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VoiceAuthorisationResponseAuthorisationCode>
for ::std::string::String {
    fn from(value: VoiceAuthorisationResponseAuthorisationCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VoiceAuthorisationResponseAuthorisationCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9a-zA-Z]{2,6}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9a-zA-Z]{2,6}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for VoiceAuthorisationResponseAuthorisationCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for VoiceAuthorisationResponseAuthorisationCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VoiceAuthorisationResponseAuthorisationCode {
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
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct AlipayInstrumentOutput {
        barcode: ::std::result::Result<::std::string::String, ::std::string::String>,
        type_: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for AlipayInstrumentOutput {
        fn default() -> Self {
            Self {
                barcode: Err("no value supplied for barcode".to_string()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl AlipayInstrumentOutput {
        pub fn barcode<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.barcode = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for barcode: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<AlipayInstrumentOutput>
    for super::AlipayInstrumentOutput {
        type Error = super::error::ConversionError;
        fn try_from(
            value: AlipayInstrumentOutput,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                barcode: value.barcode?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::AlipayInstrumentOutput> for AlipayInstrumentOutput {
        fn from(value: super::AlipayInstrumentOutput) -> Self {
            Self {
                barcode: Ok(value.barcode),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct AvsConfirmationRequest {
        action: ::std::result::Result<::std::string::String, ::std::string::String>,
        avs_results: ::std::result::Result<
            ::std::option::Option<super::AvsResults>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for AvsConfirmationRequest {
        fn default() -> Self {
            Self {
                action: Err("no value supplied for action".to_string()),
                avs_results: Ok(Default::default()),
            }
        }
    }
    impl AvsConfirmationRequest {
        pub fn action<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.action = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for action: {e}"));
            self
        }
        pub fn avs_results<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::AvsResults>>,
            T::Error: ::std::fmt::Display,
        {
            self.avs_results = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for avs_results: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<AvsConfirmationRequest>
    for super::AvsConfirmationRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: AvsConfirmationRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                action: value.action?,
                avs_results: value.avs_results?,
            })
        }
    }
    impl ::std::convert::From<super::AvsConfirmationRequest> for AvsConfirmationRequest {
        fn from(value: super::AvsConfirmationRequest) -> Self {
            Self {
                action: Ok(value.action),
                avs_results: Ok(value.avs_results),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct AvsConfirmationResponse {
        is_avs_confirmed: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for AvsConfirmationResponse {
        fn default() -> Self {
            Self {
                is_avs_confirmed: Ok(Default::default()),
            }
        }
    }
    impl AvsConfirmationResponse {
        pub fn is_avs_confirmed<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_avs_confirmed = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_avs_confirmed: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<AvsConfirmationResponse>
    for super::AvsConfirmationResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: AvsConfirmationResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                is_avs_confirmed: value.is_avs_confirmed?,
            })
        }
    }
    impl ::std::convert::From<super::AvsConfirmationResponse>
    for AvsConfirmationResponse {
        fn from(value: super::AvsConfirmationResponse) -> Self {
            Self {
                is_avs_confirmed: Ok(value.is_avs_confirmed),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct AvsResults {
        is_address_line_match: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        is_cvv_match: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        is_postal_code_match: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for AvsResults {
        fn default() -> Self {
            Self {
                is_address_line_match: Ok(Default::default()),
                is_cvv_match: Ok(Default::default()),
                is_postal_code_match: Ok(Default::default()),
            }
        }
    }
    impl AvsResults {
        pub fn is_address_line_match<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_address_line_match = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for is_address_line_match: {e}"
                    )
                });
            self
        }
        pub fn is_cvv_match<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_cvv_match = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_cvv_match: {e}")
                });
            self
        }
        pub fn is_postal_code_match<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_postal_code_match = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for is_postal_code_match: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<AvsResults> for super::AvsResults {
        type Error = super::error::ConversionError;
        fn try_from(
            value: AvsResults,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                is_address_line_match: value.is_address_line_match?,
                is_cvv_match: value.is_cvv_match?,
                is_postal_code_match: value.is_postal_code_match?,
            })
        }
    }
    impl ::std::convert::From<super::AvsResults> for AvsResults {
        fn from(value: super::AvsResults) -> Self {
            Self {
                is_address_line_match: Ok(value.is_address_line_match),
                is_cvv_match: Ok(value.is_cvv_match),
                is_postal_code_match: Ok(value.is_postal_code_match),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardAuthorisation {
        authorisation_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        cvv_response_data: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CardAuthorisation {
        fn default() -> Self {
            Self {
                authorisation_code: Ok(Default::default()),
                cvv_response_data: Ok(Default::default()),
            }
        }
    }
    impl CardAuthorisation {
        pub fn authorisation_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.authorisation_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for authorisation_code: {e}"
                    )
                });
            self
        }
        pub fn cvv_response_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.cvv_response_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for cvv_response_data: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardAuthorisation> for super::CardAuthorisation {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardAuthorisation,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                authorisation_code: value.authorisation_code?,
                cvv_response_data: value.cvv_response_data?,
            })
        }
    }
    impl ::std::convert::From<super::CardAuthorisation> for CardAuthorisation {
        fn from(value: super::CardAuthorisation) -> Self {
            Self {
                authorisation_code: Ok(value.authorisation_code),
                cvv_response_data: Ok(value.cvv_response_data),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardDebug {
        transaction_status_info: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        transaction_verification_results: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CardDebug {
        fn default() -> Self {
            Self {
                transaction_status_info: Ok(Default::default()),
                transaction_verification_results: Ok(Default::default()),
            }
        }
    }
    impl CardDebug {
        pub fn transaction_status_info<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.transaction_status_info = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for transaction_status_info: {e}"
                    )
                });
            self
        }
        pub fn transaction_verification_results<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.transaction_verification_results = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for transaction_verification_results: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardDebug> for super::CardDebug {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardDebug,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                transaction_status_info: value.transaction_status_info?,
                transaction_verification_results: value.transaction_verification_results?,
            })
        }
    }
    impl ::std::convert::From<super::CardDebug> for CardDebug {
        fn from(value: super::CardDebug) -> Self {
            Self {
                transaction_status_info: Ok(value.transaction_status_info),
                transaction_verification_results: Ok(
                    value.transaction_verification_results,
                ),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardDetails {
        application_effective_date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        application_identifier: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        application_label: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_number: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::CardDetailsCardNumber>,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        expiry_date: ::std::result::Result<
            ::std::option::Option<super::CardExpiryDate>,
            ::std::string::String,
        >,
        issuer_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        pan_sequence_number: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        token_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        track2_data: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::CardDetailsTrack2Data>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::CardDetailsType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CardDetails {
        fn default() -> Self {
            Self {
                application_effective_date: Ok(Default::default()),
                application_identifier: Ok(Default::default()),
                application_label: Ok(Default::default()),
                card_number: Ok(Default::default()),
                country_code: Ok(Default::default()),
                expiry_date: Ok(Default::default()),
                issuer_code: Ok(Default::default()),
                pan_sequence_number: Ok(Default::default()),
                token_id: Ok(Default::default()),
                track2_data: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl CardDetails {
        pub fn application_effective_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.application_effective_date = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for application_effective_date: {e}"
                    )
                });
            self
        }
        pub fn application_identifier<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.application_identifier = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for application_identifier: {e}"
                    )
                });
            self
        }
        pub fn application_label<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.application_label = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for application_label: {e}")
                });
            self
        }
        pub fn card_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::CardDetailsCardNumber>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.card_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_number: {e}")
                });
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_code: {e}")
                });
            self
        }
        pub fn expiry_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CardExpiryDate>>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_date: {e}")
                });
            self
        }
        pub fn issuer_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.issuer_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for issuer_code: {e}")
                });
            self
        }
        pub fn pan_sequence_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.pan_sequence_number = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for pan_sequence_number: {e}"
                    )
                });
            self
        }
        pub fn token_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.token_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for token_id: {e}")
                });
            self
        }
        pub fn track2_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::CardDetailsTrack2Data>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.track2_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for track2_data: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::CardDetailsType>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CardDetails> for super::CardDetails {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardDetails,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                application_effective_date: value.application_effective_date?,
                application_identifier: value.application_identifier?,
                application_label: value.application_label?,
                card_number: value.card_number?,
                country_code: value.country_code?,
                expiry_date: value.expiry_date?,
                issuer_code: value.issuer_code?,
                pan_sequence_number: value.pan_sequence_number?,
                token_id: value.token_id?,
                track2_data: value.track2_data?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::CardDetails> for CardDetails {
        fn from(value: super::CardDetails) -> Self {
            Self {
                application_effective_date: Ok(value.application_effective_date),
                application_identifier: Ok(value.application_identifier),
                application_label: Ok(value.application_label),
                card_number: Ok(value.card_number),
                country_code: Ok(value.country_code),
                expiry_date: Ok(value.expiry_date),
                issuer_code: Ok(value.issuer_code),
                pan_sequence_number: Ok(value.pan_sequence_number),
                token_id: Ok(value.token_id),
                track2_data: Ok(value.track2_data),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardExpiryDate {
        month: ::std::result::Result<i64, ::std::string::String>,
        year: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for CardExpiryDate {
        fn default() -> Self {
            Self {
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl CardExpiryDate {
        pub fn month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.month = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for month: {e}"));
            self
        }
        pub fn year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.year = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for year: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CardExpiryDate> for super::CardExpiryDate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardExpiryDate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::CardExpiryDate> for CardExpiryDate {
        fn from(value: super::CardExpiryDate) -> Self {
            Self {
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardInstrumentOutput {
        authorisation: ::std::result::Result<
            ::std::option::Option<super::CardAuthorisation>,
            ::std::string::String,
        >,
        card: ::std::result::Result<
            ::std::option::Option<super::CardDetails>,
            ::std::string::String,
        >,
        card_verification_method: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        debug: ::std::result::Result<
            ::std::option::Option<super::CardDebug>,
            ::std::string::String,
        >,
        is_handled_online: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        pos_entry_mode: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for CardInstrumentOutput {
        fn default() -> Self {
            Self {
                authorisation: Ok(Default::default()),
                card: Ok(Default::default()),
                card_verification_method: Ok(Default::default()),
                debug: Ok(Default::default()),
                is_handled_online: Ok(Default::default()),
                pos_entry_mode: Ok(Default::default()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl CardInstrumentOutput {
        pub fn authorisation<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CardAuthorisation>>,
            T::Error: ::std::fmt::Display,
        {
            self.authorisation = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for authorisation: {e}")
                });
            self
        }
        pub fn card<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CardDetails>>,
            T::Error: ::std::fmt::Display,
        {
            self.card = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for card: {e}"));
            self
        }
        pub fn card_verification_method<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_verification_method = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for card_verification_method: {e}"
                    )
                });
            self
        }
        pub fn debug<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CardDebug>>,
            T::Error: ::std::fmt::Display,
        {
            self.debug = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for debug: {e}"));
            self
        }
        pub fn is_handled_online<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_handled_online = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_handled_online: {e}")
                });
            self
        }
        pub fn pos_entry_mode<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.pos_entry_mode = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for pos_entry_mode: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CardInstrumentOutput> for super::CardInstrumentOutput {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardInstrumentOutput,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                authorisation: value.authorisation?,
                card: value.card?,
                card_verification_method: value.card_verification_method?,
                debug: value.debug?,
                is_handled_online: value.is_handled_online?,
                pos_entry_mode: value.pos_entry_mode?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::CardInstrumentOutput> for CardInstrumentOutput {
        fn from(value: super::CardInstrumentOutput) -> Self {
            Self {
                authorisation: Ok(value.authorisation),
                card: Ok(value.card),
                card_verification_method: Ok(value.card_verification_method),
                debug: Ok(value.debug),
                is_handled_online: Ok(value.is_handled_online),
                pos_entry_mode: Ok(value.pos_entry_mode),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Dcc {
        conversion_rate: ::std::result::Result<f64, ::std::string::String>,
        converted_amount: ::std::result::Result<i64, ::std::string::String>,
        converted_currency_code: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Dcc {
        fn default() -> Self {
            Self {
                conversion_rate: Err(
                    "no value supplied for conversion_rate".to_string(),
                ),
                converted_amount: Err(
                    "no value supplied for converted_amount".to_string(),
                ),
                converted_currency_code: Err(
                    "no value supplied for converted_currency_code".to_string(),
                ),
            }
        }
    }
    impl Dcc {
        pub fn conversion_rate<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<f64>,
            T::Error: ::std::fmt::Display,
        {
            self.conversion_rate = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for conversion_rate: {e}")
                });
            self
        }
        pub fn converted_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.converted_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for converted_amount: {e}")
                });
            self
        }
        pub fn converted_currency_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.converted_currency_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for converted_currency_code: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Dcc> for super::Dcc {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Dcc,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                conversion_rate: value.conversion_rate?,
                converted_amount: value.converted_amount?,
                converted_currency_code: value.converted_currency_code?,
            })
        }
    }
    impl ::std::convert::From<super::Dcc> for Dcc {
        fn from(value: super::Dcc) -> Self {
            Self {
                conversion_rate: Ok(value.conversion_rate),
                converted_amount: Ok(value.converted_amount),
                converted_currency_code: Ok(value.converted_currency_code),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Error {
        code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Error {
        fn default() -> Self {
            Self {
                code: Ok(Default::default()),
                message: Ok(Default::default()),
            }
        }
    }
    impl Error {
        pub fn code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.code = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for code: {e}"));
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
    impl ::std::convert::TryFrom<Error> for super::Error {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Error,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                code: value.code?,
                message: value.message?,
            })
        }
    }
    impl ::std::convert::From<super::Error> for Error {
        fn from(value: super::Error) -> Self {
            Self {
                code: Ok(value.code),
                message: Ok(value.message),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Merchant {
        address: ::std::result::Result<
            ::std::option::Option<super::MerchantAddress>,
            ::std::string::String,
        >,
        merchant_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Merchant {
        fn default() -> Self {
            Self {
                address: Ok(Default::default()),
                merchant_id: Err("no value supplied for merchant_id".to_string()),
                name: Ok(Default::default()),
            }
        }
    }
    impl Merchant {
        pub fn address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::MerchantAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address: {e}")
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Merchant> for super::Merchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Merchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                address: value.address?,
                merchant_id: value.merchant_id?,
                name: value.name?,
            })
        }
    }
    impl ::std::convert::From<super::Merchant> for Merchant {
        fn from(value: super::Merchant) -> Self {
            Self {
                address: Ok(value.address),
                merchant_id: Ok(value.merchant_id),
                name: Ok(value.name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MerchantAddress {
        city: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        line1: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        line2: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        line3: ::std::result::Result<
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
    impl ::std::default::Default for MerchantAddress {
        fn default() -> Self {
            Self {
                city: Ok(Default::default()),
                country_code: Ok(Default::default()),
                line1: Ok(Default::default()),
                line2: Ok(Default::default()),
                line3: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                state: Ok(Default::default()),
            }
        }
    }
    impl MerchantAddress {
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_code: {e}")
                });
            self
        }
        pub fn line1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        pub fn line3<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.line3 = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for line3: {e}"));
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
    impl ::std::convert::TryFrom<MerchantAddress> for super::MerchantAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MerchantAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                city: value.city?,
                country_code: value.country_code?,
                line1: value.line1?,
                line2: value.line2?,
                line3: value.line3?,
                postal_code: value.postal_code?,
                state: value.state?,
            })
        }
    }
    impl ::std::convert::From<super::MerchantAddress> for MerchantAddress {
        fn from(value: super::MerchantAddress) -> Self {
            Self {
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                line1: Ok(value.line1),
                line2: Ok(value.line2),
                line3: Ok(value.line3),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Payment {
        eft_sequence_number: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        gateway_transaction_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        merchant: ::std::result::Result<
            ::std::option::Option<super::Merchant>,
            ::std::string::String,
        >,
        merchant_transaction_reference: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        outcome: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::PaymentOutcome>,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::PaymentInstrumentOutput>,
            ::std::string::String,
        >,
        payment_type: ::std::result::Result<
            crate::ips_cloud::types::PaymentPaymentType,
            ::std::string::String,
        >,
        paypoint: ::std::result::Result<
            ::std::option::Option<super::Paypoint>,
            ::std::string::String,
        >,
        receipt_customer_declaration: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        receipt_number: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        receipt_retention_reminder: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        result: ::std::result::Result<
            crate::ips_cloud::types::PaymentResultValue,
            ::std::string::String,
        >,
        retrieval_reference_number: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        tax_free_voucher: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        transaction_date_time: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            ::std::option::Option<super::PaymentValue>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Payment {
        fn default() -> Self {
            Self {
                eft_sequence_number: Ok(Default::default()),
                gateway_transaction_reference: Ok(Default::default()),
                merchant: Ok(Default::default()),
                merchant_transaction_reference: Err(
                    "no value supplied for merchant_transaction_reference".to_string(),
                ),
                outcome: Ok(Default::default()),
                payment_instrument: Ok(Default::default()),
                payment_type: Err("no value supplied for payment_type".to_string()),
                paypoint: Ok(Default::default()),
                receipt_customer_declaration: Ok(Default::default()),
                receipt_number: Ok(Default::default()),
                receipt_retention_reminder: Ok(Default::default()),
                result: Err("no value supplied for result".to_string()),
                retrieval_reference_number: Ok(Default::default()),
                tax_free_voucher: Ok(Default::default()),
                transaction_date_time: Err(
                    "no value supplied for transaction_date_time".to_string(),
                ),
                value: Ok(Default::default()),
            }
        }
    }
    impl Payment {
        pub fn eft_sequence_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.eft_sequence_number = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for eft_sequence_number: {e}"
                    )
                });
            self
        }
        pub fn gateway_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.gateway_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for gateway_transaction_reference: {e}"
                    )
                });
            self
        }
        pub fn merchant<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Merchant>>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for merchant: {e}")
                });
            self
        }
        pub fn merchant_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for merchant_transaction_reference: {e}"
                    )
                });
            self
        }
        pub fn outcome<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::PaymentOutcome>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::PaymentInstrumentOutput>,
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
        pub fn payment_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::ips_cloud::types::PaymentPaymentType>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_type: {e}")
                });
            self
        }
        pub fn paypoint<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Paypoint>>,
            T::Error: ::std::fmt::Display,
        {
            self.paypoint = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for paypoint: {e}")
                });
            self
        }
        pub fn receipt_customer_declaration<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.receipt_customer_declaration = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for receipt_customer_declaration: {e}"
                    )
                });
            self
        }
        pub fn receipt_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.receipt_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for receipt_number: {e}")
                });
            self
        }
        pub fn receipt_retention_reminder<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.receipt_retention_reminder = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for receipt_retention_reminder: {e}"
                    )
                });
            self
        }
        pub fn result<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::ips_cloud::types::PaymentResultValue>,
            T::Error: ::std::fmt::Display,
        {
            self.result = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for result: {e}"));
            self
        }
        pub fn retrieval_reference_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.retrieval_reference_number = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for retrieval_reference_number: {e}"
                    )
                });
            self
        }
        pub fn tax_free_voucher<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_free_voucher = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_free_voucher: {e}")
                });
            self
        }
        pub fn transaction_date_time<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.transaction_date_time = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for transaction_date_time: {e}"
                    )
                });
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentValue>>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Payment> for super::Payment {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Payment,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                eft_sequence_number: value.eft_sequence_number?,
                gateway_transaction_reference: value.gateway_transaction_reference?,
                merchant: value.merchant?,
                merchant_transaction_reference: value.merchant_transaction_reference?,
                outcome: value.outcome?,
                payment_instrument: value.payment_instrument?,
                payment_type: value.payment_type?,
                paypoint: value.paypoint?,
                receipt_customer_declaration: value.receipt_customer_declaration?,
                receipt_number: value.receipt_number?,
                receipt_retention_reminder: value.receipt_retention_reminder?,
                result: value.result?,
                retrieval_reference_number: value.retrieval_reference_number?,
                tax_free_voucher: value.tax_free_voucher?,
                transaction_date_time: value.transaction_date_time?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::Payment> for Payment {
        fn from(value: super::Payment) -> Self {
            Self {
                eft_sequence_number: Ok(value.eft_sequence_number),
                gateway_transaction_reference: Ok(value.gateway_transaction_reference),
                merchant: Ok(value.merchant),
                merchant_transaction_reference: Ok(value.merchant_transaction_reference),
                outcome: Ok(value.outcome),
                payment_instrument: Ok(value.payment_instrument),
                payment_type: Ok(value.payment_type),
                paypoint: Ok(value.paypoint),
                receipt_customer_declaration: Ok(value.receipt_customer_declaration),
                receipt_number: Ok(value.receipt_number),
                receipt_retention_reminder: Ok(value.receipt_retention_reminder),
                result: Ok(value.result),
                retrieval_reference_number: Ok(value.retrieval_reference_number),
                tax_free_voucher: Ok(value.tax_free_voucher),
                transaction_date_time: Ok(value.transaction_date_time),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentActionRequest {
        data: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::PaymentActionRequestData>,
            ::std::string::String,
        >,
        merchant_transaction_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentActionRequest {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                merchant_transaction_reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentActionRequest {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::PaymentActionRequestData>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }
        pub fn merchant_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for merchant_transaction_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentActionRequest> for super::PaymentActionRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentActionRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                merchant_transaction_reference: value.merchant_transaction_reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentActionRequest> for PaymentActionRequest {
        fn from(value: super::PaymentActionRequest) -> Self {
            Self {
                data: Ok(value.data),
                merchant_transaction_reference: Ok(value.merchant_transaction_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentActionResponse {
        data: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::PaymentActionResponseData>,
            ::std::string::String,
        >,
        merchant_transaction_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentActionResponse {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                merchant_transaction_reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentActionResponse {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::PaymentActionResponseData>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }
        pub fn merchant_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for merchant_transaction_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentActionResponse>
    for super::PaymentActionResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentActionResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                merchant_transaction_reference: value.merchant_transaction_reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentActionResponse> for PaymentActionResponse {
        fn from(value: super::PaymentActionResponse) -> Self {
            Self {
                data: Ok(value.data),
                merchant_transaction_reference: Ok(value.merchant_transaction_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentCancel {
        gateway_transaction_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        merchant_transaction_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            ::std::option::Option<super::PaymentCancelInstrument>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentCancel {
        fn default() -> Self {
            Self {
                gateway_transaction_reference: Ok(Default::default()),
                merchant_transaction_reference: Ok(Default::default()),
                payment_instrument: Ok(Default::default()),
            }
        }
    }
    impl PaymentCancel {
        pub fn gateway_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.gateway_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for gateway_transaction_reference: {e}"
                    )
                });
            self
        }
        pub fn merchant_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for merchant_transaction_reference: {e}"
                    )
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentCancelInstrument>,
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
    }
    impl ::std::convert::TryFrom<PaymentCancel> for super::PaymentCancel {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentCancel,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                gateway_transaction_reference: value.gateway_transaction_reference?,
                merchant_transaction_reference: value.merchant_transaction_reference?,
                payment_instrument: value.payment_instrument?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentCancel> for PaymentCancel {
        fn from(value: super::PaymentCancel) -> Self {
            Self {
                gateway_transaction_reference: Ok(value.gateway_transaction_reference),
                merchant_transaction_reference: Ok(value.merchant_transaction_reference),
                payment_instrument: Ok(value.payment_instrument),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentCancelCardExpiryDate {
        month: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
        year: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    }
    impl ::std::default::Default for PaymentCancelCardExpiryDate {
        fn default() -> Self {
            Self {
                month: Ok(Default::default()),
                year: Ok(Default::default()),
            }
        }
    }
    impl PaymentCancelCardExpiryDate {
        pub fn month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i32>>,
            T::Error: ::std::fmt::Display,
        {
            self.month = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for month: {e}"));
            self
        }
        pub fn year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i32>>,
            T::Error: ::std::fmt::Display,
        {
            self.year = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for year: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentCancelCardExpiryDate>
    for super::PaymentCancelCardExpiryDate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentCancelCardExpiryDate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentCancelCardExpiryDate>
    for PaymentCancelCardExpiryDate {
        fn from(value: super::PaymentCancelCardExpiryDate) -> Self {
            Self {
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentCancelInstrument {
        card_expiry_date: ::std::result::Result<
            ::std::option::Option<super::PaymentCancelCardExpiryDate>,
            ::std::string::String,
        >,
        card_number: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::CardNumber>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<super::PaymentCancelInstrumentType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentCancelInstrument {
        fn default() -> Self {
            Self {
                card_expiry_date: Ok(Default::default()),
                card_number: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl PaymentCancelInstrument {
        pub fn card_expiry_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentCancelCardExpiryDate>,
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
        pub fn card_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::CardNumber>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.card_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_number: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentCancelInstrumentType>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentCancelInstrument>
    for super::PaymentCancelInstrument {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentCancelInstrument,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                card_expiry_date: value.card_expiry_date?,
                card_number: value.card_number?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentCancelInstrument>
    for PaymentCancelInstrument {
        fn from(value: super::PaymentCancelInstrument) -> Self {
            Self {
                card_expiry_date: Ok(value.card_expiry_date),
                card_number: Ok(value.card_number),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentNotification {
        merchant_transaction_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        notification_text: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentNotification {
        fn default() -> Self {
            Self {
                merchant_transaction_reference: Ok(Default::default()),
                notification_text: Ok(Default::default()),
            }
        }
    }
    impl PaymentNotification {
        pub fn merchant_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for merchant_transaction_reference: {e}"
                    )
                });
            self
        }
        pub fn notification_text<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.notification_text = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for notification_text: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentNotification> for super::PaymentNotification {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentNotification,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                merchant_transaction_reference: value.merchant_transaction_reference?,
                notification_text: value.notification_text?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentNotification> for PaymentNotification {
        fn from(value: super::PaymentNotification) -> Self {
            Self {
                merchant_transaction_reference: Ok(value.merchant_transaction_reference),
                notification_text: Ok(value.notification_text),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentQueryReceipt {
        merchant_transaction_reference: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentQueryReceipt {
        fn default() -> Self {
            Self {
                merchant_transaction_reference: Err(
                    "no value supplied for merchant_transaction_reference".to_string(),
                ),
            }
        }
    }
    impl PaymentQueryReceipt {
        pub fn merchant_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for merchant_transaction_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentQueryReceipt> for super::PaymentQueryReceipt {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentQueryReceipt,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                merchant_transaction_reference: value.merchant_transaction_reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentQueryReceipt> for PaymentQueryReceipt {
        fn from(value: super::PaymentQueryReceipt) -> Self {
            Self {
                merchant_transaction_reference: Ok(value.merchant_transaction_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentQueryResult {
        merchant_transaction_reference: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentQueryResult {
        fn default() -> Self {
            Self {
                merchant_transaction_reference: Err(
                    "no value supplied for merchant_transaction_reference".to_string(),
                ),
            }
        }
    }
    impl PaymentQueryResult {
        pub fn merchant_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for merchant_transaction_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentQueryResult> for super::PaymentQueryResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentQueryResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                merchant_transaction_reference: value.merchant_transaction_reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentQueryResult> for PaymentQueryResult {
        fn from(value: super::PaymentQueryResult) -> Self {
            Self {
                merchant_transaction_reference: Ok(value.merchant_transaction_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentReceipt {
        content: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        merchant_transaction_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::PaymentReceiptType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentReceipt {
        fn default() -> Self {
            Self {
                content: Ok(Default::default()),
                merchant_transaction_reference: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl PaymentReceipt {
        pub fn content<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.content = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for content: {e}")
                });
            self
        }
        pub fn merchant_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for merchant_transaction_reference: {e}"
                    )
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::PaymentReceiptType>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentReceipt> for super::PaymentReceipt {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentReceipt,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                content: value.content?,
                merchant_transaction_reference: value.merchant_transaction_reference?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentReceipt> for PaymentReceipt {
        fn from(value: super::PaymentReceipt) -> Self {
            Self {
                content: Ok(value.content),
                merchant_transaction_reference: Ok(value.merchant_transaction_reference),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentResult {
        payments: ::std::result::Result<
            ::std::vec::Vec<super::Payment>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentResult {
        fn default() -> Self {
            Self {
                payments: Ok(Default::default()),
            }
        }
    }
    impl PaymentResult {
        pub fn payments<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Payment>>,
            T::Error: ::std::fmt::Display,
        {
            self.payments = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payments: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentResult> for super::PaymentResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { payments: value.payments? })
        }
    }
    impl ::std::convert::From<super::PaymentResult> for PaymentResult {
        fn from(value: super::PaymentResult) -> Self {
            Self {
                payments: Ok(value.payments),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentServiceStatus {
        status: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::PaymentServiceStatusStatus>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentServiceStatus {
        fn default() -> Self {
            Self {
                status: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }
    impl PaymentServiceStatus {
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::ips_cloud::types::PaymentServiceStatusStatus,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
        pub fn extra<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.extra = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for extra: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentServiceStatus> for super::PaymentServiceStatus {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentServiceStatus,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                status: value.status?,
                extra: value.extra?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentServiceStatus> for PaymentServiceStatus {
        fn from(value: super::PaymentServiceStatus) -> Self {
            Self {
                status: Ok(value.status),
                extra: Ok(value.extra),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentStart {
        gateway_transaction_reference: ::std::result::Result<
            ::std::option::Option<super::PaymentStartGatewayTransactionReference>,
            ::std::string::String,
        >,
        instruction: ::std::result::Result<
            ::std::option::Option<super::PaymentStartInstruction>,
            ::std::string::String,
        >,
        merchant_transaction_reference: ::std::result::Result<
            ::std::option::Option<super::PaymentStartMerchantTransactionReference>,
            ::std::string::String,
        >,
        payment_type: ::std::result::Result<
            ::std::option::Option<super::PaymentStartPaymentType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentStart {
        fn default() -> Self {
            Self {
                gateway_transaction_reference: Ok(Default::default()),
                instruction: Ok(Default::default()),
                merchant_transaction_reference: Ok(Default::default()),
                payment_type: Ok(Default::default()),
            }
        }
    }
    impl PaymentStart {
        pub fn gateway_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentStartGatewayTransactionReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.gateway_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for gateway_transaction_reference: {e}"
                    )
                });
            self
        }
        pub fn instruction<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentStartInstruction>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.instruction = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for instruction: {e}")
                });
            self
        }
        pub fn merchant_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentStartMerchantTransactionReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for merchant_transaction_reference: {e}"
                    )
                });
            self
        }
        pub fn payment_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentStartPaymentType>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.payment_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_type: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentStart> for super::PaymentStart {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentStart,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                gateway_transaction_reference: value.gateway_transaction_reference?,
                instruction: value.instruction?,
                merchant_transaction_reference: value.merchant_transaction_reference?,
                payment_type: value.payment_type?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentStart> for PaymentStart {
        fn from(value: super::PaymentStart) -> Self {
            Self {
                gateway_transaction_reference: Ok(value.gateway_transaction_reference),
                instruction: Ok(value.instruction),
                merchant_transaction_reference: Ok(value.merchant_transaction_reference),
                payment_type: Ok(value.payment_type),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentStartInstruction {
        narrative: ::std::result::Result<
            ::std::option::Option<super::PaymentStartNarrative>,
            ::std::string::String,
        >,
        original_gateway_transaction_reference: ::std::result::Result<
            ::std::option::Option<
                super::PaymentStartInstructionOriginalGatewayTransactionReference,
            >,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            ::std::option::Option<super::PaymentStartInstrument>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            ::std::option::Option<super::PaymentStartValue>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentStartInstruction {
        fn default() -> Self {
            Self {
                narrative: Ok(Default::default()),
                original_gateway_transaction_reference: Ok(Default::default()),
                payment_instrument: Ok(Default::default()),
                value: Ok(Default::default()),
            }
        }
    }
    impl PaymentStartInstruction {
        pub fn narrative<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentStartNarrative>,
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
        pub fn original_gateway_transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::PaymentStartInstructionOriginalGatewayTransactionReference,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.original_gateway_transaction_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for original_gateway_transaction_reference: {e}"
                    )
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentStartInstrument>,
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
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentStartValue>>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentStartInstruction>
    for super::PaymentStartInstruction {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentStartInstruction,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                narrative: value.narrative?,
                original_gateway_transaction_reference: value
                    .original_gateway_transaction_reference?,
                payment_instrument: value.payment_instrument?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentStartInstruction>
    for PaymentStartInstruction {
        fn from(value: super::PaymentStartInstruction) -> Self {
            Self {
                narrative: Ok(value.narrative),
                original_gateway_transaction_reference: Ok(
                    value.original_gateway_transaction_reference,
                ),
                payment_instrument: Ok(value.payment_instrument),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentStartInstrument {
        is_handled_online: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        scheme_txn_identifier: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        token_id: ::std::result::Result<
            ::std::option::Option<super::PaymentStartInstrumentTokenId>,
            ::std::string::String,
        >,
        token_purpose: ::std::result::Result<
            ::std::option::Option<super::PaymentStartInstrumentTokenPurpose>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<super::PaymentStartInstrumentType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentStartInstrument {
        fn default() -> Self {
            Self {
                is_handled_online: Ok(Default::default()),
                scheme_txn_identifier: Ok(Default::default()),
                token_id: Ok(Default::default()),
                token_purpose: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl PaymentStartInstrument {
        pub fn is_handled_online<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_handled_online = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_handled_online: {e}")
                });
            self
        }
        pub fn scheme_txn_identifier<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.scheme_txn_identifier = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for scheme_txn_identifier: {e}"
                    )
                });
            self
        }
        pub fn token_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentStartInstrumentTokenId>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.token_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for token_id: {e}")
                });
            self
        }
        pub fn token_purpose<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentStartInstrumentTokenPurpose>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.token_purpose = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for token_purpose: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentStartInstrumentType>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentStartInstrument>
    for super::PaymentStartInstrument {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentStartInstrument,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                is_handled_online: value.is_handled_online?,
                scheme_txn_identifier: value.scheme_txn_identifier?,
                token_id: value.token_id?,
                token_purpose: value.token_purpose?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentStartInstrument> for PaymentStartInstrument {
        fn from(value: super::PaymentStartInstrument) -> Self {
            Self {
                is_handled_online: Ok(value.is_handled_online),
                scheme_txn_identifier: Ok(value.scheme_txn_identifier),
                token_id: Ok(value.token_id),
                token_purpose: Ok(value.token_purpose),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentStartNarrative {
        line1: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentStartNarrative {
        fn default() -> Self {
            Self {
                line1: Ok(Default::default()),
            }
        }
    }
    impl PaymentStartNarrative {
        pub fn line1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.line1 = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for line1: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentStartNarrative>
    for super::PaymentStartNarrative {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentStartNarrative,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { line1: value.line1? })
        }
    }
    impl ::std::convert::From<super::PaymentStartNarrative> for PaymentStartNarrative {
        fn from(value: super::PaymentStartNarrative) -> Self {
            Self { line1: Ok(value.line1) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentStartValue {
        amount: ::std::result::Result<
            ::std::option::Option<crate::ips_cloud::types::PaymentStartValueAmount>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentStartValue {
        fn default() -> Self {
            Self {
                amount: Ok(Default::default()),
            }
        }
    }
    impl PaymentStartValue {
        pub fn amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::ips_cloud::types::PaymentStartValueAmount>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.amount = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for amount: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentStartValue> for super::PaymentStartValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentStartValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { amount: value.amount? })
        }
    }
    impl ::std::convert::From<super::PaymentStartValue> for PaymentStartValue {
        fn from(value: super::PaymentStartValue) -> Self {
            Self { amount: Ok(value.amount) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentValue {
        amount: ::std::result::Result<i64, ::std::string::String>,
        cashback_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        currency_code: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        dcc: ::std::result::Result<
            ::std::option::Option<super::Dcc>,
            ::std::string::String,
        >,
        donation_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        gratuity_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentValue {
        fn default() -> Self {
            Self {
                amount: Err("no value supplied for amount".to_string()),
                cashback_amount: Ok(Default::default()),
                currency_code: Err("no value supplied for currency_code".to_string()),
                dcc: Ok(Default::default()),
                donation_amount: Ok(Default::default()),
                gratuity_amount: Ok(Default::default()),
            }
        }
    }
    impl PaymentValue {
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
        pub fn cashback_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.cashback_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for cashback_amount: {e}")
                });
            self
        }
        pub fn currency_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.currency_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency_code: {e}")
                });
            self
        }
        pub fn dcc<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Dcc>>,
            T::Error: ::std::fmt::Display,
        {
            self.dcc = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for dcc: {e}"));
            self
        }
        pub fn donation_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.donation_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for donation_amount: {e}")
                });
            self
        }
        pub fn gratuity_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.gratuity_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for gratuity_amount: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentValue> for super::PaymentValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amount: value.amount?,
                cashback_amount: value.cashback_amount?,
                currency_code: value.currency_code?,
                dcc: value.dcc?,
                donation_amount: value.donation_amount?,
                gratuity_amount: value.gratuity_amount?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentValue> for PaymentValue {
        fn from(value: super::PaymentValue) -> Self {
            Self {
                amount: Ok(value.amount),
                cashback_amount: Ok(value.cashback_amount),
                currency_code: Ok(value.currency_code),
                dcc: Ok(value.dcc),
                donation_amount: Ok(value.donation_amount),
                gratuity_amount: Ok(value.gratuity_amount),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Paypoint {
        paypoint_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        terminal_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Paypoint {
        fn default() -> Self {
            Self {
                paypoint_id: Ok(Default::default()),
                terminal_id: Ok(Default::default()),
            }
        }
    }
    impl Paypoint {
        pub fn paypoint_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.paypoint_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for paypoint_id: {e}")
                });
            self
        }
        pub fn terminal_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.terminal_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for terminal_id: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Paypoint> for super::Paypoint {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Paypoint,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                paypoint_id: value.paypoint_id?,
                terminal_id: value.terminal_id?,
            })
        }
    }
    impl ::std::convert::From<super::Paypoint> for Paypoint {
        fn from(value: super::Paypoint) -> Self {
            Self {
                paypoint_id: Ok(value.paypoint_id),
                terminal_id: Ok(value.terminal_id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PosRegistrationRefreshResponse {
        point_of_sale_license_key: ::std::result::Result<
            ::std::option::Option<
                crate::ips_cloud::types::PosRegistrationRefreshResponseLicenceKey,
            >,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PosRegistrationRefreshResponse {
        fn default() -> Self {
            Self {
                point_of_sale_license_key: Ok(Default::default()),
            }
        }
    }
    impl PosRegistrationRefreshResponse {
        pub fn point_of_sale_license_key<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::ips_cloud::types::PosRegistrationRefreshResponseLicenceKey,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.point_of_sale_license_key = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for point_of_sale_license_key: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PosRegistrationRefreshResponse>
    for super::PosRegistrationRefreshResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PosRegistrationRefreshResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                point_of_sale_license_key: value.point_of_sale_license_key?,
            })
        }
    }
    impl ::std::convert::From<super::PosRegistrationRefreshResponse>
    for PosRegistrationRefreshResponse {
        fn from(value: super::PosRegistrationRefreshResponse) -> Self {
            Self {
                point_of_sale_license_key: Ok(value.point_of_sale_license_key),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PosRegistrationRequest {
        point_of_sale_activation_code: ::std::result::Result<
            crate::ips_cloud::types::PosRegistrationRequestActivationCode,
            ::std::string::String,
        >,
        point_of_sale_id: ::std::result::Result<
            super::PosRegistrationRequestPointOfSaleId,
            ::std::string::String,
        >,
        point_of_sale_reference: ::std::result::Result<
            super::PosRegistrationRequestPointOfSaleReference,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PosRegistrationRequest {
        fn default() -> Self {
            Self {
                point_of_sale_activation_code: Err(
                    "no value supplied for point_of_sale_activation_code".to_string(),
                ),
                point_of_sale_id: Err(
                    "no value supplied for point_of_sale_id".to_string(),
                ),
                point_of_sale_reference: Err(
                    "no value supplied for point_of_sale_reference".to_string(),
                ),
            }
        }
    }
    impl PosRegistrationRequest {
        pub fn point_of_sale_activation_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::ips_cloud::types::PosRegistrationRequestActivationCode,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.point_of_sale_activation_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for point_of_sale_activation_code: {e}"
                    )
                });
            self
        }
        pub fn point_of_sale_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PosRegistrationRequestPointOfSaleId>,
            T::Error: ::std::fmt::Display,
        {
            self.point_of_sale_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for point_of_sale_id: {e}")
                });
            self
        }
        pub fn point_of_sale_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::PosRegistrationRequestPointOfSaleReference,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.point_of_sale_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for point_of_sale_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PosRegistrationRequest>
    for super::PosRegistrationRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PosRegistrationRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                point_of_sale_activation_code: value.point_of_sale_activation_code?,
                point_of_sale_id: value.point_of_sale_id?,
                point_of_sale_reference: value.point_of_sale_reference?,
            })
        }
    }
    impl ::std::convert::From<super::PosRegistrationRequest> for PosRegistrationRequest {
        fn from(value: super::PosRegistrationRequest) -> Self {
            Self {
                point_of_sale_activation_code: Ok(value.point_of_sale_activation_code),
                point_of_sale_id: Ok(value.point_of_sale_id),
                point_of_sale_reference: Ok(value.point_of_sale_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PosRegistrationResponse {
        point_of_sale_license_key: ::std::result::Result<
            ::std::option::Option<
                crate::ips_cloud::types::PosRegistrationResponseLicenceKey,
            >,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PosRegistrationResponse {
        fn default() -> Self {
            Self {
                point_of_sale_license_key: Ok(Default::default()),
            }
        }
    }
    impl PosRegistrationResponse {
        pub fn point_of_sale_license_key<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::ips_cloud::types::PosRegistrationResponseLicenceKey,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.point_of_sale_license_key = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for point_of_sale_license_key: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PosRegistrationResponse>
    for super::PosRegistrationResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PosRegistrationResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                point_of_sale_license_key: value.point_of_sale_license_key?,
            })
        }
    }
    impl ::std::convert::From<super::PosRegistrationResponse>
    for PosRegistrationResponse {
        fn from(value: super::PosRegistrationResponse) -> Self {
            Self {
                point_of_sale_license_key: Ok(value.point_of_sale_license_key),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ReferralContact {
        method: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ReferralContact {
        fn default() -> Self {
            Self {
                method: Ok(Default::default()),
                value: Ok(Default::default()),
            }
        }
    }
    impl ReferralContact {
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
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ReferralContact> for super::ReferralContact {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ReferralContact,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                method: value.method?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::ReferralContact> for ReferralContact {
        fn from(value: super::ReferralContact) -> Self {
            Self {
                method: Ok(value.method),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct SignatureVerificationRequest {
        action: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for SignatureVerificationRequest {
        fn default() -> Self {
            Self {
                action: Err("no value supplied for action".to_string()),
            }
        }
    }
    impl SignatureVerificationRequest {
        pub fn action<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.action = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for action: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<SignatureVerificationRequest>
    for super::SignatureVerificationRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: SignatureVerificationRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { action: value.action? })
        }
    }
    impl ::std::convert::From<super::SignatureVerificationRequest>
    for SignatureVerificationRequest {
        fn from(value: super::SignatureVerificationRequest) -> Self {
            Self { action: Ok(value.action) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct SignatureVerificationResponse {
        is_signature_verified: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for SignatureVerificationResponse {
        fn default() -> Self {
            Self {
                is_signature_verified: Ok(Default::default()),
            }
        }
    }
    impl SignatureVerificationResponse {
        pub fn is_signature_verified<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_signature_verified = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for is_signature_verified: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<SignatureVerificationResponse>
    for super::SignatureVerificationResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: SignatureVerificationResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                is_signature_verified: value.is_signature_verified?,
            })
        }
    }
    impl ::std::convert::From<super::SignatureVerificationResponse>
    for SignatureVerificationResponse {
        fn from(value: super::SignatureVerificationResponse) -> Self {
            Self {
                is_signature_verified: Ok(value.is_signature_verified),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VoiceAuthorisationMerchant {
        merchant_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VoiceAuthorisationMerchant {
        fn default() -> Self {
            Self {
                merchant_id: Ok(Default::default()),
            }
        }
    }
    impl VoiceAuthorisationMerchant {
        pub fn merchant_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for merchant_id: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VoiceAuthorisationMerchant>
    for super::VoiceAuthorisationMerchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VoiceAuthorisationMerchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                merchant_id: value.merchant_id?,
            })
        }
    }
    impl ::std::convert::From<super::VoiceAuthorisationMerchant>
    for VoiceAuthorisationMerchant {
        fn from(value: super::VoiceAuthorisationMerchant) -> Self {
            Self {
                merchant_id: Ok(value.merchant_id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VoiceAuthorisationRequest {
        action: ::std::result::Result<::std::string::String, ::std::string::String>,
        merchant: ::std::result::Result<
            ::std::option::Option<super::VoiceAuthorisationMerchant>,
            ::std::string::String,
        >,
        referral_contacts: ::std::result::Result<
            ::std::vec::Vec<super::ReferralContact>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VoiceAuthorisationRequest {
        fn default() -> Self {
            Self {
                action: Err("no value supplied for action".to_string()),
                merchant: Ok(Default::default()),
                referral_contacts: Ok(Default::default()),
            }
        }
    }
    impl VoiceAuthorisationRequest {
        pub fn action<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.action = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for action: {e}"));
            self
        }
        pub fn merchant<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::VoiceAuthorisationMerchant>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.merchant = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for merchant: {e}")
                });
            self
        }
        pub fn referral_contacts<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::ReferralContact>>,
            T::Error: ::std::fmt::Display,
        {
            self.referral_contacts = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for referral_contacts: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VoiceAuthorisationRequest>
    for super::VoiceAuthorisationRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VoiceAuthorisationRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                action: value.action?,
                merchant: value.merchant?,
                referral_contacts: value.referral_contacts?,
            })
        }
    }
    impl ::std::convert::From<super::VoiceAuthorisationRequest>
    for VoiceAuthorisationRequest {
        fn from(value: super::VoiceAuthorisationRequest) -> Self {
            Self {
                action: Ok(value.action),
                merchant: Ok(value.merchant),
                referral_contacts: Ok(value.referral_contacts),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct VoiceAuthorisationResponse {
        authorisation_code: ::std::result::Result<
            ::std::option::Option<super::VoiceAuthorisationResponseAuthorisationCode>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for VoiceAuthorisationResponse {
        fn default() -> Self {
            Self {
                authorisation_code: Ok(Default::default()),
            }
        }
    }
    impl VoiceAuthorisationResponse {
        pub fn authorisation_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::VoiceAuthorisationResponseAuthorisationCode>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.authorisation_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for authorisation_code: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<VoiceAuthorisationResponse>
    for super::VoiceAuthorisationResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: VoiceAuthorisationResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                authorisation_code: value.authorisation_code?,
            })
        }
    }
    impl ::std::convert::From<super::VoiceAuthorisationResponse>
    for VoiceAuthorisationResponse {
        fn from(value: super::VoiceAuthorisationResponse) -> Self {
            Self {
                authorisation_code: Ok(value.authorisation_code),
            }
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
    /// The receipt type: `customer` or `merchant`, the values a working IPS Cloud client receives. No source shows any other value on the wire: a signature slip comes as a `merchant` receipt (that client tells it apart by its text, which asks the customer to sign), and the `signature` of that client's own enum is never sent. No source says the list is closed.
    pub enum PaymentReceiptType {
        /// `customer`
        Customer = "customer",
        /// `merchant`
        Merchant = "merchant",
    }
}

crate::open_enum! {
    /// Whether the payment service is busy. The values are the SDK's enum constants; that the wire carries the same spelling is inferred.
    pub enum PaymentServiceStatusStatus {
        /// `BUSY`
        Busy = "BUSY",
        /// `NOT_BUSY`
        NotBusy = "NOT_BUSY",
    }
}

crate::open_enum! {
    /// The overall outcome (a newer field, sent by IPS Cloud but absent from the published result schema).
    pub enum PaymentOutcome {
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

impl ::core::convert::From<VoiceAuthorisationResponse> for PaymentActionResponseData {
    fn from(value: VoiceAuthorisationResponse) -> Self {
        Self::VoiceAuthorisation(value)
    }
}

impl ::core::convert::From<AvsConfirmationResponse> for PaymentActionResponseData {
    fn from(value: AvsConfirmationResponse) -> Self {
        Self::AvsConfirmation(value)
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
