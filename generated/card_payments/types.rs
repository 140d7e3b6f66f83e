// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/card-payments-v7/openapi.yaml with schemas/card-payments-v7/api.yaml (sha256 e6055a4ad310cabd11caff502e05376d2d9b4354f6495343863a53a2de3b455b)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - patch `currency-pattern-single-letter`: `currency` has `pattern: ^[A-Z]$` (one letter) and
//   length 3, which no value satisfies; every example sends ISO 4217 codes such as "GBP". The
//   pattern becomes `^[A-Z]{3}$`.
// - patch `narrative-pattern-unescaped-brackets`: `narrative.line1`/`line2` use `[...?[]{}~...]`:
//   the unescaped `]` ends the character class early, so the pattern demands a literal `{}~/` and
//   rejects the example "MindPalace". The brackets are escaped.
// - patch `expiry-date-integer-pattern`: `expiryDateCard`/`expiryDateToken` give the integers
//   `month` and `year` a string `pattern`, which JSON Schema ignores for integers (month 13 would
//   pass). The patterns become the bounds they mean: month 1..=12, year 1000..=9999.
// - patch `exemption-allof-cycle`: `exemption` is a oneOf of `exemption_external` and
//   `exemption_authentication-outage`, each of which is `allOf: [exemption]`: a cycle that
//   validators and generators recurse into forever. Each branch becomes an object with the `type`
//   discriminator (an `exemption_type` string), which is all the published file says of it.
// - patch `risk-factor-items-untyped`: `riskFactors` is an array of bare objects: the published
//   file gives its items no properties, so a generator can only keep them as untyped JSON.
//   Worldpay's reference page and every example give each item `type` (avs, cvc, riskProfile),
//   `risk` (notChecked, notMatched, notSupplied, verificationFailed) and an optional `detail`
//   (address, postcode); the items get those properties (open enums in answers, as every response
//   enum).
// - patch `events-answers-links`: `payments_events_200_response` and
//   `payments_events_recovery_200_response` list only `lastEvent`, while Worldpay's examples and
//   its "query a payment" pages answer both queries with `_links` to the payment's next actions
//   (cancel, settle, partial settle, refund, ...). Without them a payment recovered after a lost
//   answer could not be acted on. Both get `_links` listing every action of the payment's link
//   lists; which ones an answer offers is checked when a link is followed.
// - patch `events-recovery-query-parameters`: `eventRecovery` (`GET /payments/events`) lists no
//   parameters, while Worldpay's "query a payment" pages call it as
//   `?transactionRef={transactionReference}&entity={merchant entity}`. Both query parameters are
//   added, required, typed as the request's `transactionReference` and `entity`.
// - patch `masked-instrument-token-number`: `responsePaymentInstrument` omits `tokenNumber`, which
//   Worldpay's answers to an encrypted-wallet authorization carry (masked, like
//   `555555******4444`, with `type` `card/network+masked`). It is added as a string, so it is kept
//   (and, being a token number, redacted).
// - patch `split-funding-reference-spaces`: `merchant.marketplace.splitFundingReference` (partial
//   settle, partial refund) has a pattern without a space, while Worldpay's own examples send "my
//   split funding ref". A space is added to the pattern's class.
// - patch `account-updater-message-typo`: `updatedPaymentInstrument.accountUpdaterMessage` lists
//   "TThe expiration date was changed" (doubled T), while Worldpay's page shows "The expiry was
//   changed". Both spellings Worldpay may send are listed; the enum is open in responses anyway.
// - patch `events-recovery-send-for-cancellation`:
//   `payments_events_recovery_200_response.lastEvent` lists "Send for Cancellation" where the
//   event query lists "Sent for Cancellation". The correct spelling is added beside the published
//   one.
// - media type key `aapplication/vnd.worldpay.payments-v7+json` of increaseAuthorize 400 corrected
//   to `application/vnd.worldpay.payments-v7+json`
// - media type key `aapplication/vnd.worldpay.payments-v7+json` of settle 500 corrected to
//   `application/vnd.worldpay.payments-v7+json`
// - lookahead pattern rewritten: `^(?!\s*$)[0-9\s()+-/.x]*$` →
//   `^[0-9\s()+-/.x]*?[0-9()+-/.x][0-9\s()+-/.x]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9 ]*$` → `^[A-Za-z0-9
//   ]*?[A-Za-z0-9][A-Za-z0-9 ]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9\s]*$` →
//   `^[A-Za-z0-9\s]*?[A-Za-z0-9][A-Za-z0-9\s]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z\s-]*$` →
//   `^[A-Za-z\s-]*?[A-Za-z-][A-Za-z\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s-]*$` →
//   `^[a-zA-Z0-9\s-]*?[a-zA-Z0-9-][a-zA-Z0-9\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s]*$` →
//   `^[a-zA-Z0-9\s]*?[a-zA-Z0-9][a-zA-Z0-9\s]*$`
// - lookahead pattern kept (ECMAScript only): `^(?=(?:[^@]*@){1}[^@]*$)[\x20-\x7E]{1,128}$`
// - discriminator values set as constants on their branches: cit_cardOnFile, cit_installment,
//   cit_subscription, exemption_authentication-outage, exemption_external, mit_delayedCharge,
//   mit_installment, mit_noShow, mit_reauthorization, mit_resubmission, mit_subscription,
//   mit_unscheduled, payments_authorize_201_refusal, payments_authorize_201_refusal_mit,
//   payments_authorize_201_response, payments_authorize_201_response_mit,
//   payments_increaseAuthorize_response, payments_increaseAuthorize_response_refused,
//   payments_sentForSettlement_201_response, payments_sentForSettlement_201_response_mit
// - 24 reserved header parameters (Accept, Content-Type, Authorization) ignored, as OpenAPI 3.0
//   requires
// - 1 descriptions with unlabelled code blocks labelled `text` (not doctests)
// - 14 `_links` properties bound to the HAL link map (every relation and curie kept)
// - inline discriminated unions named: authorizeResponse,
//   customerInitiatedTransaction_authentication_customerData,
//   customerInitiatedTransaction_instruction_customerAgreement,
//   customerInitiatedTransaction_instruction_paymentInstrument, fundsTransfer_recipient_account,
//   increaseAuthorizeResponse, merchantInitiatedTransaction_instruction_customerAgreement,
//   merchantInitiatedTransaction_instruction_paymentInstrument, recurringResponse
// - discriminated unions bound to internally tagged enums: authorizeResponse (on `outcome`, open),
//   customerInitiatedTransaction_authentication_customerData (on `type`),
//   customerInitiatedTransaction_instruction_customerAgreement (on `type`),
//   customerInitiatedTransaction_instruction_paymentInstrument (on `type`), exemption (on `type`),
//   fundsTransfer_recipient_account (on `type`), increaseAuthorizeResponse (on `outcome`, open),
//   merchantInitiatedTransaction_instruction_customerAgreement (on `type`),
//   merchantInitiatedTransaction_instruction_paymentInstrument (on `type`), recurringResponse (on
//   `outcome`, open)
// - 28 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): exemptionOutcome_reason,
//   exemptionOutcome_result, payments_events_200_response_lastEvent,
//   payments_events_recovery_200_response_lastEvent, responsePaymentInstrument_cardBrand,
//   responsePaymentInstrument_category, responsePaymentInstrument_debitNetwork,
//   responsePaymentInstrument_fundingType, riskFactors_item_detail, riskFactors_item_risk,
//   riskFactors_item_type, updatedPaymentInstrument_accountUpdaterMessage
// - card data and secrets bound to redacting types: authenticationValue, cardHolderName,
//   cardNumber, cryptogram, cvc, fundsTransfer_card_cardNumber,
//   responsePaymentInstrument_tokenNumber, tokenNumber, updatedPaymentInstrument_cardNumber,
//   walletToken
// - bounded request integers checked: expiryDateCard_month, expiryDateCard_year,
//   expiryDateToken_month, expiryDateToken_year
// - 60 error responses read raw and decoded by status (ErrorResponse, ValidationErrorResponse)
// - 12 schemas no operation reaches any more left out of generation: exemption_type,
//   payments_links_list_authorized, payments_links_list_events, payments_links_list_fullCancel,
//   payments_links_list_fullRefund, payments_links_list_fullSettle,
//   payments_links_list_increaseAuthorizedAmount, payments_links_list_partialCancel,
//   payments_links_list_partialRefund, payments_links_list_partialSettle,
//   payments_links_list_reversal, payments_links_list_sentForSettlement

///`Advice`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Advice {
    pub code: ::std::string::String,
}
impl Advice {
    pub fn builder() -> builder::Advice {
        Default::default()
    }
}
///`Amounts`
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
impl Amounts {
    pub fn builder() -> builder::Amounts {
        Default::default()
    }
}
///`BillingAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BillingAddress {
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
    pub phone_number: ::std::option::Option<BillingAddressPhoneNumber>,
    #[serde(rename = "postalCode")]
    pub postal_code: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}
impl BillingAddress {
    pub fn builder() -> builder::BillingAddress {
        Default::default()
    }
}
///`BillingAddressPhoneNumber`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct BillingAddressPhoneNumber(::std::string::String);
impl ::std::ops::Deref for BillingAddressPhoneNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<BillingAddressPhoneNumber> for ::std::string::String {
    fn from(value: BillingAddressPhoneNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for BillingAddressPhoneNumber {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9()+-/.x ]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9()+-/.x ]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for BillingAddressPhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for BillingAddressPhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for BillingAddressPhoneNumber {
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
///`CardCheckout`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardCheckout {
    #[serde(rename = "cvcHref", skip_serializing_if = "::std::option::Option::is_none")]
    pub cvc_href: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tokenHref")]
    pub token_href: ::std::string::String,
}
impl CardCheckout {
    pub fn builder() -> builder::CardCheckout {
        Default::default()
    }
}
///`CardNetworkToken`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardNetworkToken {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<BillingAddress>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::card_payments::types::CardHolderName,
    >,
    #[serde(rename = "expiryDate")]
    pub expiry_date: ExpiryDateToken,
    #[serde(rename = "tokenNumber")]
    pub token_number: crate::card_payments::types::TokenNumber,
}
impl CardNetworkToken {
    pub fn builder() -> builder::CardNetworkToken {
        Default::default()
    }
}
///`CardNetworkTokenApplepay`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardNetworkTokenApplepay {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<BillingAddress>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::card_payments::types::CardHolderName,
    >,
    #[serde(rename = "expiryDate")]
    pub expiry_date: ExpiryDateToken,
    #[serde(rename = "tokenNumber")]
    pub token_number: crate::card_payments::types::TokenNumber,
}
impl CardNetworkTokenApplepay {
    pub fn builder() -> builder::CardNetworkTokenApplepay {
        Default::default()
    }
}
///`CardNetworkTokenGooglepay`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardNetworkTokenGooglepay {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<BillingAddress>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::card_payments::types::CardHolderName,
    >,
    #[serde(rename = "expiryDate")]
    pub expiry_date: ExpiryDateToken,
    #[serde(rename = "tokenNumber")]
    pub token_number: crate::card_payments::types::TokenNumber,
}
impl CardNetworkTokenGooglepay {
    pub fn builder() -> builder::CardNetworkTokenGooglepay {
        Default::default()
    }
}
///`CardPlain`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardPlain {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<BillingAddress>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::card_payments::types::CardHolderName,
    >,
    #[serde(rename = "cardNumber")]
    pub card_number: crate::card_payments::types::CardNumber,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cvc: ::std::option::Option<crate::card_payments::types::Cvc>,
    #[serde(rename = "expiryDate")]
    pub expiry_date: ExpiryDateCard,
}
impl CardPlain {
    pub fn builder() -> builder::CardPlain {
        Default::default()
    }
}
///`CardPlainMit`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardPlainMit {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<BillingAddress>,
    #[serde(
        rename = "cardHolderName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_name: ::std::option::Option<
        crate::card_payments::types::CardHolderName,
    >,
    #[serde(rename = "cardNumber")]
    pub card_number: crate::card_payments::types::CardNumber,
    #[serde(rename = "expiryDate")]
    pub expiry_date: ExpiryDateCard,
}
impl CardPlainMit {
    pub fn builder() -> builder::CardPlainMit {
        Default::default()
    }
}
///`CardToken`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardToken {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cvc: ::std::option::Option<crate::card_payments::types::Cvc>,
    pub href: ::std::string::String,
}
impl CardToken {
    pub fn builder() -> builder::CardToken {
        Default::default()
    }
}
///`CardTokenMit`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardTokenMit {
    pub href: ::std::string::String,
}
impl CardTokenMit {
    pub fn builder() -> builder::CardTokenMit {
        Default::default()
    }
}
///`CardWalletApplepay`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardWalletApplepay {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<BillingAddress>,
    #[serde(rename = "walletToken")]
    pub wallet_token: crate::card_payments::types::WalletToken,
}
impl CardWalletApplepay {
    pub fn builder() -> builder::CardWalletApplepay {
        Default::default()
    }
}
///`CardWalletGooglepay`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CardWalletGooglepay {
    #[serde(
        rename = "billingAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_address: ::std::option::Option<BillingAddress>,
    #[serde(rename = "walletToken")]
    pub wallet_token: crate::card_payments::types::WalletToken,
}
impl CardWalletGooglepay {
    pub fn builder() -> builder::CardWalletGooglepay {
        Default::default()
    }
}
///A customer-initiated payment that stores the card for later use, or uses a stored card. Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CitCardOnFile {
    ///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
    #[serde(rename = "storedCardUsage")]
    pub stored_card_usage: CitCardOnFileStoredCardUsage,
}
impl CitCardOnFile {
    pub fn builder() -> builder::CitCardOnFile {
        Default::default()
    }
}
///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
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
pub enum CitCardOnFileStoredCardUsage {
    #[serde(rename = "first")]
    First,
    #[serde(rename = "subsequent")]
    Subsequent,
}
impl ::std::fmt::Display for CitCardOnFileStoredCardUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::First => f.write_str("first"),
            Self::Subsequent => f.write_str("subsequent"),
        }
    }
}
impl ::std::str::FromStr for CitCardOnFileStoredCardUsage {
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
impl ::std::convert::TryFrom<&str> for CitCardOnFileStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CitCardOnFileStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CitInstallment`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CitInstallment {
    #[serde(
        rename = "installmentPlan",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub installment_plan: ::std::option::Option<CitInstallmentInstallmentPlan>,
    #[serde(rename = "installmentType")]
    pub installment_type: CitInstallmentInstallmentType,
    #[serde(
        rename = "storedCardUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stored_card_usage: ::std::option::Option<CitInstallmentStoredCardUsage>,
}
impl CitInstallment {
    pub fn builder() -> builder::CitInstallment {
        Default::default()
    }
}
///`CitInstallmentInstallmentPlan`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CitInstallmentInstallmentPlan {
    #[serde(rename = "numberOfInstallments")]
    pub number_of_installments: i64,
}
impl CitInstallmentInstallmentPlan {
    pub fn builder() -> builder::CitInstallmentInstallmentPlan {
        Default::default()
    }
}
///`CitInstallmentInstallmentType`
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
pub enum CitInstallmentInstallmentType {
    #[serde(rename = "merchant")]
    Merchant,
    #[serde(rename = "latinAmerica")]
    LatinAmerica,
}
impl ::std::fmt::Display for CitInstallmentInstallmentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Merchant => f.write_str("merchant"),
            Self::LatinAmerica => f.write_str("latinAmerica"),
        }
    }
}
impl ::std::str::FromStr for CitInstallmentInstallmentType {
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
impl ::std::convert::TryFrom<&str> for CitInstallmentInstallmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CitInstallmentInstallmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CitInstallmentStoredCardUsage`
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
pub enum CitInstallmentStoredCardUsage {
    #[serde(rename = "first")]
    First,
    #[serde(rename = "subsequent")]
    Subsequent,
}
impl ::std::fmt::Display for CitInstallmentStoredCardUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::First => f.write_str("first"),
            Self::Subsequent => f.write_str("subsequent"),
        }
    }
}
impl ::std::str::FromStr for CitInstallmentStoredCardUsage {
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
impl ::std::convert::TryFrom<&str> for CitInstallmentStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CitInstallmentStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A customer-initiated payment that starts or continues a subscription (payments at a fixed interval). Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CitSubscription {
    ///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
    #[serde(
        rename = "storedCardUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stored_card_usage: ::std::option::Option<CitSubscriptionStoredCardUsage>,
}
impl CitSubscription {
    pub fn builder() -> builder::CitSubscription {
        Default::default()
    }
}
///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
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
pub enum CitSubscriptionStoredCardUsage {
    #[serde(rename = "first")]
    First,
}
impl ::std::fmt::Display for CitSubscriptionStoredCardUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::First => f.write_str("first"),
        }
    }
}
impl ::std::str::FromStr for CitSubscriptionStoredCardUsage {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "first" => Ok(Self::First),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CitSubscriptionStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CitSubscriptionStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CommandId`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct CommandId(pub ::std::string::String);
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
///Consumer Bill Payment is a flag which identifies a bill payment paid by providers on behalf of consumers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct ConsumerBillPayment(pub bool);
impl ::std::ops::Deref for ConsumerBillPayment {
    type Target = bool;
    fn deref(&self) -> &bool {
        &self.0
    }
}
impl ::std::convert::From<ConsumerBillPayment> for bool {
    fn from(value: ConsumerBillPayment) -> Self {
        value.0
    }
}
impl ::std::convert::From<bool> for ConsumerBillPayment {
    fn from(value: bool) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for ConsumerBillPayment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for ConsumerBillPayment {
    type Err = <bool as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for ConsumerBillPayment {
    type Error = <bool as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for ConsumerBillPayment {
    type Error = <bool as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///`CustomerInitiatedTransaction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerInitiatedTransaction {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication: ::std::option::Option<
        CustomerInitiatedTransactionAuthentication,
    >,
    ///Interaction between the cardholder and you. Supply a value of ecom to process an eCommerce authorization. Supply a value of moto to process an authorization as a Mail Order or Telephone Order transaction. Note: 3DS authentication cannot be supplied for MOTO payments.
    pub channel: CustomerInitiatedTransactionChannel,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer: ::std::option::Option<CustomerInitiatedTransactionCustomer>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<crate::card_payments::types::Exemption>,
    #[serde(
        rename = "industryData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub industry_data: ::std::option::Option<IndustryData>,
    pub instruction: CustomerInitiatedTransactionInstruction,
    pub merchant: CustomerInitiatedTransactionMerchant,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<Order>,
    #[serde(
        rename = "orderReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_reference: ::std::option::Option<OrderReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recipient: ::std::option::Option<Recipient>,
    ///Used to apply the SCA exemption in the payment request and update the FraudSight data model to benefit future payments.
    #[serde(
        rename = "riskProfile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_profile: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<Shipping>,
    #[serde(rename = "transactionReference")]
    pub transaction_reference: TransactionReference,
}
impl CustomerInitiatedTransaction {
    pub fn builder() -> builder::CustomerInitiatedTransaction {
        Default::default()
    }
}
///Authentication data of the payment: the outcome of 3DS authentication, the cryptogram of a network token, or cardholder data some domestic schemes require. Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerInitiatedTransactionAuthentication {
    #[serde(
        rename = "customerData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_data: ::std::option::Option<
        crate::card_payments::types::CustomerInitiatedTransactionAuthenticationCustomerData,
    >,
    #[serde(
        rename = "networkToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_token: ::std::option::Option<
        CustomerInitiatedTransactionAuthenticationNetworkToken,
    >,
    #[serde(rename = "threeDS", skip_serializing_if = "::std::option::Option::is_none")]
    pub three_ds: ::std::option::Option<
        CustomerInitiatedTransactionAuthenticationThreeDs,
    >,
}
impl CustomerInitiatedTransactionAuthentication {
    pub fn builder() -> builder::CustomerInitiatedTransactionAuthentication {
        Default::default()
    }
}
///Network Token authentication. Only allowed for card/networkToken transactions.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerInitiatedTransactionAuthenticationNetworkToken {
    pub cryptogram: crate::card_payments::types::Cryptogram,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub eci: ::std::option::Option<
        CustomerInitiatedTransactionAuthenticationNetworkTokenEci,
    >,
}
impl CustomerInitiatedTransactionAuthenticationNetworkToken {
    pub fn builder() -> builder::CustomerInitiatedTransactionAuthenticationNetworkToken {
        Default::default()
    }
}
///`CustomerInitiatedTransactionAuthenticationNetworkTokenEci`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionAuthenticationNetworkTokenEci(
    ::std::string::String,
);
impl ::std::ops::Deref for CustomerInitiatedTransactionAuthenticationNetworkTokenEci {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionAuthenticationNetworkTokenEci>
for ::std::string::String {
    fn from(value: CustomerInitiatedTransactionAuthenticationNetworkTokenEci) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionAuthenticationNetworkTokenEci {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionAuthenticationNetworkTokenEci {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionAuthenticationNetworkTokenEci {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CustomerInitiatedTransactionAuthenticationNetworkTokenEci {
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
///`CustomerInitiatedTransactionAuthenticationThreeDs`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerInitiatedTransactionAuthenticationThreeDs {
    ///How the cardholder was authenticated: with a challenge, frictionless, or frictionless by a delegated party.
    #[serde(
        rename = "authenticationFlow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authentication_flow: ::std::option::Option<
        CustomerInitiatedTransactionAuthenticationThreeDsAuthenticationFlow,
    >,
    #[serde(
        rename = "authenticationValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authentication_value: ::std::option::Option<
        crate::card_payments::types::AuthenticationValue,
    >,
    ///The card brand that authenticated the cardholder, where it is not the card's primary brand.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<
        CustomerInitiatedTransactionAuthenticationThreeDsBrand,
    >,
    ///Why the 3DS authentication was cancelled, as the two-digit code the authentication returned.
    #[serde(
        rename = "cancellationIndicator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cancellation_indicator: ::std::option::Option<
        CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator,
    >,
    ///The challenge preference sent in the 3DS authentication request.
    #[serde(
        rename = "challengePreference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub challenge_preference: ::std::option::Option<
        CustomerInitiatedTransactionAuthenticationThreeDsChallengePreference,
    >,
    ///The algorithm the 3DS server used to produce the authentication value, as the 3DS authentication returned it.
    #[serde(
        rename = "cryptogramAlgorithm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cryptogram_algorithm: ::std::option::Option<i64>,
    pub eci: CustomerInitiatedTransactionAuthenticationThreeDsEci,
    ///The risk score the card network gave during 3DS authentication.
    #[serde(
        rename = "networkScore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_score: ::std::option::Option<
        CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore,
    >,
    ///The transaction status of the 3DS authentication, as the 3DS authentication returned it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    ///The reason code for the 3DS transaction status, when the authentication returned one.
    #[serde(
        rename = "statusReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transactionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_id: ::std::option::Option<
        CustomerInitiatedTransactionAuthenticationThreeDsTransactionId,
    >,
    pub version: CustomerInitiatedTransactionAuthenticationThreeDsVersion,
}
impl CustomerInitiatedTransactionAuthenticationThreeDs {
    pub fn builder() -> builder::CustomerInitiatedTransactionAuthenticationThreeDs {
        Default::default()
    }
}
///How the cardholder was authenticated: with a challenge, frictionless, or frictionless by a delegated party.
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
pub enum CustomerInitiatedTransactionAuthenticationThreeDsAuthenticationFlow {
    #[serde(rename = "challenge")]
    Challenge,
    #[serde(rename = "frictionless")]
    Frictionless,
    #[serde(rename = "frictionlessDelegated")]
    FrictionlessDelegated,
}
impl ::std::fmt::Display
for CustomerInitiatedTransactionAuthenticationThreeDsAuthenticationFlow {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Challenge => f.write_str("challenge"),
            Self::Frictionless => f.write_str("frictionless"),
            Self::FrictionlessDelegated => f.write_str("frictionlessDelegated"),
        }
    }
}
impl ::std::str::FromStr
for CustomerInitiatedTransactionAuthenticationThreeDsAuthenticationFlow {
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
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionAuthenticationThreeDsAuthenticationFlow {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionAuthenticationThreeDsAuthenticationFlow {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The card brand that authenticated the cardholder, where it is not the card's primary brand.
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
pub enum CustomerInitiatedTransactionAuthenticationThreeDsBrand {
    #[serde(rename = "cartesBancaires")]
    CartesBancaires,
}
impl ::std::fmt::Display for CustomerInitiatedTransactionAuthenticationThreeDsBrand {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CartesBancaires => f.write_str("cartesBancaires"),
        }
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionAuthenticationThreeDsBrand {
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
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionAuthenticationThreeDsBrand {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionAuthenticationThreeDsBrand {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Why the 3DS authentication was cancelled, as the two-digit code the authentication returned.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator(
    ::std::string::String,
);
impl ::std::ops::Deref
for CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<
    CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator,
> for ::std::string::String {
    fn from(
        value: CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator,
    ) -> Self {
        value.0
    }
}
impl ::std::str::FromStr
for CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator {
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
///The challenge preference sent in the 3DS authentication request.
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
pub enum CustomerInitiatedTransactionAuthenticationThreeDsChallengePreference {
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
impl ::std::fmt::Display
for CustomerInitiatedTransactionAuthenticationThreeDsChallengePreference {
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
impl ::std::str::FromStr
for CustomerInitiatedTransactionAuthenticationThreeDsChallengePreference {
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
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionAuthenticationThreeDsChallengePreference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionAuthenticationThreeDsChallengePreference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CustomerInitiatedTransactionAuthenticationThreeDsEci`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionAuthenticationThreeDsEci(::std::string::String);
impl ::std::ops::Deref for CustomerInitiatedTransactionAuthenticationThreeDsEci {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionAuthenticationThreeDsEci>
for ::std::string::String {
    fn from(value: CustomerInitiatedTransactionAuthenticationThreeDsEci) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionAuthenticationThreeDsEci {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionAuthenticationThreeDsEci {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionAuthenticationThreeDsEci {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CustomerInitiatedTransactionAuthenticationThreeDsEci {
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
///The risk score the card network gave during 3DS authentication.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore(
    ::std::string::String,
);
impl ::std::ops::Deref
for CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore>
for ::std::string::String {
    fn from(
        value: CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore,
    ) -> Self {
        value.0
    }
}
impl ::std::str::FromStr
for CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore {
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
        { ::regress::Regex::new("^[0-9]{1,2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]{1,2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore {
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
///`CustomerInitiatedTransactionAuthenticationThreeDsTransactionId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionAuthenticationThreeDsTransactionId(
    ::std::string::String,
);
impl ::std::ops::Deref
for CustomerInitiatedTransactionAuthenticationThreeDsTransactionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionAuthenticationThreeDsTransactionId>
for ::std::string::String {
    fn from(
        value: CustomerInitiatedTransactionAuthenticationThreeDsTransactionId,
    ) -> Self {
        value.0
    }
}
impl ::std::str::FromStr
for CustomerInitiatedTransactionAuthenticationThreeDsTransactionId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 36usize {
            return Err("longer than 36 characters".into());
        }
        if value.chars().count() < 36usize {
            return Err("shorter than 36 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionAuthenticationThreeDsTransactionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionAuthenticationThreeDsTransactionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CustomerInitiatedTransactionAuthenticationThreeDsTransactionId {
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
///`CustomerInitiatedTransactionAuthenticationThreeDsVersion`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionAuthenticationThreeDsVersion(
    ::std::string::String,
);
impl ::std::ops::Deref for CustomerInitiatedTransactionAuthenticationThreeDsVersion {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionAuthenticationThreeDsVersion>
for ::std::string::String {
    fn from(value: CustomerInitiatedTransactionAuthenticationThreeDsVersion) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionAuthenticationThreeDsVersion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10usize {
            return Err("longer than 10 characters".into());
        }
        if value.chars().count() < 5usize {
            return Err("shorter than 5 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionAuthenticationThreeDsVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionAuthenticationThreeDsVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CustomerInitiatedTransactionAuthenticationThreeDsVersion {
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
///Interaction between the cardholder and you. Supply a value of ecom to process an eCommerce authorization. Supply a value of moto to process an authorization as a Mail Order or Telephone Order transaction. Note: 3DS authentication cannot be supplied for MOTO payments.
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
pub enum CustomerInitiatedTransactionChannel {
    #[serde(rename = "ecom")]
    Ecom,
    #[serde(rename = "moto")]
    Moto,
}
impl ::std::fmt::Display for CustomerInitiatedTransactionChannel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Ecom => f.write_str("ecom"),
            Self::Moto => f.write_str("moto"),
        }
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionChannel {
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
impl ::std::convert::TryFrom<&str> for CustomerInitiatedTransactionChannel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionChannel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Additional customer data.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerInitiatedTransactionCustomer {
    ///Required for domestic processing in some Latin American countries.
    #[serde(
        rename = "documentReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_reference: ::std::option::Option<
        CustomerInitiatedTransactionCustomerDocumentReference,
    >,
    #[serde(
        rename = "emailAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub email_address: ::std::option::Option<
        CustomerInitiatedTransactionCustomerEmailAddress,
    >,
    #[serde(
        rename = "ipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<CustomerInitiatedTransactionCustomerIpAddress>,
    ///Merchant-generated customer reference.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<CustomerInitiatedTransactionCustomerReference>,
}
impl CustomerInitiatedTransactionCustomer {
    pub fn builder() -> builder::CustomerInitiatedTransactionCustomer {
        Default::default()
    }
}
///Required for domestic processing in some Latin American countries.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionCustomerDocumentReference(::std::string::String);
impl ::std::ops::Deref for CustomerInitiatedTransactionCustomerDocumentReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionCustomerDocumentReference>
for ::std::string::String {
    fn from(value: CustomerInitiatedTransactionCustomerDocumentReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionCustomerDocumentReference {
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
        { ::regress::Regex::new("^[A-Za-z0-9_\\-\\/\\\\*~+.,&()]{1,50}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9_\\-\\/\\\\*~+.,&()]{1,50}$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionCustomerDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionCustomerDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CustomerInitiatedTransactionCustomerDocumentReference {
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
///`CustomerInitiatedTransactionCustomerEmailAddress`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionCustomerEmailAddress(::std::string::String);
impl ::std::ops::Deref for CustomerInitiatedTransactionCustomerEmailAddress {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionCustomerEmailAddress>
for ::std::string::String {
    fn from(value: CustomerInitiatedTransactionCustomerEmailAddress) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionCustomerEmailAddress {
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
        {
            ::regress::Regex::new("^(?=(?:[^@]*@){1}[^@]*$)[\\x20-\\x7E]{1,128}$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(?=(?:[^@]*@){1}[^@]*$)[\\x20-\\x7E]{1,128}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerInitiatedTransactionCustomerEmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionCustomerEmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CustomerInitiatedTransactionCustomerEmailAddress {
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
///`CustomerInitiatedTransactionCustomerIpAddress`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionCustomerIpAddress(::std::string::String);
impl ::std::ops::Deref for CustomerInitiatedTransactionCustomerIpAddress {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionCustomerIpAddress>
for ::std::string::String {
    fn from(value: CustomerInitiatedTransactionCustomerIpAddress) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionCustomerIpAddress {
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
        { ::regress::Regex::new("^[a-zA-Z0-9\\-:.]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9\\-:.]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerInitiatedTransactionCustomerIpAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionCustomerIpAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomerInitiatedTransactionCustomerIpAddress {
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
///Merchant-generated customer reference.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionCustomerReference(::std::string::String);
impl ::std::ops::Deref for CustomerInitiatedTransactionCustomerReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionCustomerReference>
for ::std::string::String {
    fn from(value: CustomerInitiatedTransactionCustomerReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionCustomerReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 17usize {
            return Err("longer than 17 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[A-Za-z0-9 @!£*#$()\\+\\-_=.,/;:'\"]{1,17}$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9 @!£*#$()\\+\\-_=.,/;:'\"]{1,17}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CustomerInitiatedTransactionCustomerReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionCustomerReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomerInitiatedTransactionCustomerReference {
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
///An object that contains all information related to the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerInitiatedTransactionInstruction {
    #[serde(
        rename = "consumerBillPayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumer_bill_payment: ::std::option::Option<ConsumerBillPayment>,
    #[serde(
        rename = "customerAgreement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_agreement: ::std::option::Option<
        crate::card_payments::types::CustomerInitiatedTransactionInstructionCustomerAgreement,
    >,
    #[serde(
        rename = "debtRepayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debt_repayment: ::std::option::Option<DebtRepayment>,
    #[serde(
        rename = "fundsTransfer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funds_transfer: ::std::option::Option<FundsTransfer>,
    pub narrative: Narrative,
    #[serde(rename = "paymentInstrument")]
    pub payment_instrument: crate::card_payments::types::CustomerInitiatedTransactionInstructionPaymentInstrument,
    #[serde(
        rename = "requestAccountUpdater",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_account_updater: ::std::option::Option<RequestAccountUpdater>,
    #[serde(rename = "requestAutoSettlement")]
    pub request_auto_settlement: CustomerInitiatedTransactionInstructionRequestAutoSettlement,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub routing: ::std::option::Option<Routing>,
    pub value: CustomerInitiatedTransactionInstructionValue,
}
impl CustomerInitiatedTransactionInstruction {
    pub fn builder() -> builder::CustomerInitiatedTransactionInstruction {
        Default::default()
    }
}
///Indicates whether the transaction should be sent for settlement now true or later false at a time of your choosing.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerInitiatedTransactionInstructionRequestAutoSettlement {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}
impl CustomerInitiatedTransactionInstructionRequestAutoSettlement {
    pub fn builder() -> builder::CustomerInitiatedTransactionInstructionRequestAutoSettlement {
        Default::default()
    }
}
///An object that contains information about the value of the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerInitiatedTransactionInstructionValue {
    #[serde(
        rename = "acceptPartialAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accept_partial_amount: ::std::option::Option<bool>,
    ///The payment amount. This is a whole number with an exponent e.g. if exponent is two, 250 is 2.50.
    pub amount: i64,
    #[serde(
        rename = "convenienceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub convenience_amount: ::std::option::Option<i64>,
    pub currency: CustomerInitiatedTransactionInstructionValueCurrency,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub estimated: ::std::option::Option<bool>,
    #[serde(
        rename = "surchargeAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub surcharge_amount: ::std::option::Option<i64>,
}
impl CustomerInitiatedTransactionInstructionValue {
    pub fn builder() -> builder::CustomerInitiatedTransactionInstructionValue {
        Default::default()
    }
}
///`CustomerInitiatedTransactionInstructionValueCurrency`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CustomerInitiatedTransactionInstructionValueCurrency(::std::string::String);
impl ::std::ops::Deref for CustomerInitiatedTransactionInstructionValueCurrency {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CustomerInitiatedTransactionInstructionValueCurrency>
for ::std::string::String {
    fn from(value: CustomerInitiatedTransactionInstructionValueCurrency) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CustomerInitiatedTransactionInstructionValueCurrency {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 3usize {
            return Err("longer than 3 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for CustomerInitiatedTransactionInstructionValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CustomerInitiatedTransactionInstructionValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CustomerInitiatedTransactionInstructionValueCurrency {
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
///An object that contains information about the merchant.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerInitiatedTransactionMerchant {
    pub entity: Entity,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mcc: ::std::option::Option<Mcc>,
    #[serde(
        rename = "paymentFacilitator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_facilitator: ::std::option::Option<PaymentFacilitator>,
    #[serde(
        rename = "taxReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_reference: ::std::option::Option<TaxReference>,
}
impl CustomerInitiatedTransactionMerchant {
    pub fn builder() -> builder::CustomerInitiatedTransactionMerchant {
        Default::default()
    }
}
///Debt Repayment Indicator is a flag which identifies a payment with the purpose of repaying a debt.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct DebtRepayment(pub bool);
impl ::std::ops::Deref for DebtRepayment {
    type Target = bool;
    fn deref(&self) -> &bool {
        &self.0
    }
}
impl ::std::convert::From<DebtRepayment> for bool {
    fn from(value: DebtRepayment) -> Self {
        value.0
    }
}
impl ::std::convert::From<bool> for DebtRepayment {
    fn from(value: bool) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for DebtRepayment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for DebtRepayment {
    type Err = <bool as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for DebtRepayment {
    type Error = <bool as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for DebtRepayment {
    type Error = <bool as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///Direct your payment to assist with billing, reporting and reconciliation. This is mandatory for authentication and queries.
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
///`ExemptionAuthenticationOutage`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct ExemptionAuthenticationOutage(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for ExemptionAuthenticationOutage {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<ExemptionAuthenticationOutage>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: ExemptionAuthenticationOutage) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for ExemptionAuthenticationOutage {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`ExemptionExternal`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ExemptionExternal {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub request: ::std::option::Option<ExemptionExternalRequest>,
}
impl ExemptionExternal {
    pub fn builder() -> builder::ExemptionExternal {
        Default::default()
    }
}
///The exemption the merchant requests, and where in the flow it applies.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ExemptionExternalRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub placement: ::std::option::Option<ExemptionExternalRequestPlacement>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ExemptionExternalRequestType>,
}
impl ExemptionExternalRequest {
    pub fn builder() -> builder::ExemptionExternalRequest {
        Default::default()
    }
}
///`ExemptionExternalRequestPlacement`
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
pub enum ExemptionExternalRequestPlacement {
    #[serde(rename = "authorization")]
    Authorization,
    #[serde(rename = "authentication")]
    Authentication,
}
impl ::std::fmt::Display for ExemptionExternalRequestPlacement {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Authorization => f.write_str("authorization"),
            Self::Authentication => f.write_str("authentication"),
        }
    }
}
impl ::std::str::FromStr for ExemptionExternalRequestPlacement {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "authorization" => Ok(Self::Authorization),
            "authentication" => Ok(Self::Authentication),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExemptionExternalRequestPlacement {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ExemptionExternalRequestPlacement {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ExemptionExternalRequestType`
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
pub enum ExemptionExternalRequestType {
    #[serde(rename = "lowValue")]
    LowValue,
    #[serde(rename = "lowRisk")]
    LowRisk,
}
impl ::std::fmt::Display for ExemptionExternalRequestType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::LowValue => f.write_str("lowValue"),
            Self::LowRisk => f.write_str("lowRisk"),
        }
    }
}
impl ::std::str::FromStr for ExemptionExternalRequestType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "lowValue" => Ok(Self::LowValue),
            "lowRisk" => Ok(Self::LowRisk),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExemptionExternalRequestType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExemptionExternalRequestType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///An exemption result and reason if a risk profile was included in your authorization request.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExemptionOutcome {
    pub reason: crate::card_payments::types::ExemptionOutcomeReason,
    pub result: crate::card_payments::types::ExemptionOutcomeResult,
}
impl ExemptionOutcome {
    pub fn builder() -> builder::ExemptionOutcome {
        Default::default()
    }
}
///`ExpiryDateCard`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExpiryDateCard {
    pub month: crate::card_payments::types::ExpiryDateCardMonth,
    pub year: crate::card_payments::types::ExpiryDateCardYear,
}
impl ExpiryDateCard {
    pub fn builder() -> builder::ExpiryDateCard {
        Default::default()
    }
}
///`ExpiryDateToken`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExpiryDateToken {
    pub month: crate::card_payments::types::ExpiryDateTokenMonth,
    pub year: crate::card_payments::types::ExpiryDateTokenYear,
}
impl ExpiryDateToken {
    pub fn builder() -> builder::ExpiryDateToken {
        Default::default()
    }
}
///Contains details of the funds transfer request, which is a money movement for a reason other than the purchase of goods or services (also known as Account Funding Transaction (AFT)).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransfer {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub purpose: ::std::option::Option<FundsTransferPurpose>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recipient: ::std::option::Option<FundsTransferRecipient>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sender: ::std::option::Option<FundsTransferSender>,
    #[serde(rename = "type")]
    pub type_: FundsTransferType,
}
impl FundsTransfer {
    pub fn builder() -> builder::FundsTransfer {
        Default::default()
    }
}
///`FundsTransferBankAccount`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferBankAccount {
    #[serde(
        rename = "accountNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_number: ::std::option::Option<FundsTransferBankAccountAccountNumber>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iban: ::std::option::Option<FundsTransferBankAccountIban>,
    #[serde(rename = "identifierType")]
    pub identifier_type: FundsTransferBankAccountIdentifierType,
    #[serde(
        rename = "routingNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub routing_number: ::std::option::Option<FundsTransferBankAccountRoutingNumber>,
    #[serde(rename = "swiftBic", skip_serializing_if = "::std::option::Option::is_none")]
    pub swift_bic: ::std::option::Option<FundsTransferBankAccountSwiftBic>,
}
impl FundsTransferBankAccount {
    pub fn builder() -> builder::FundsTransferBankAccount {
        Default::default()
    }
}
///`FundsTransferBankAccountAccountNumber`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferBankAccountAccountNumber(::std::string::String);
impl ::std::ops::Deref for FundsTransferBankAccountAccountNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferBankAccountAccountNumber>
for ::std::string::String {
    fn from(value: FundsTransferBankAccountAccountNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferBankAccountAccountNumber {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 39usize {
            return Err("longer than 39 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferBankAccountAccountNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferBankAccountAccountNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferBankAccountAccountNumber {
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
///`FundsTransferBankAccountIban`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferBankAccountIban(::std::string::String);
impl ::std::ops::Deref for FundsTransferBankAccountIban {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferBankAccountIban> for ::std::string::String {
    fn from(value: FundsTransferBankAccountIban) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferBankAccountIban {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 34usize {
            return Err("longer than 34 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferBankAccountIban {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferBankAccountIban {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferBankAccountIban {
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
///`FundsTransferBankAccountIdentifierType`
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
pub enum FundsTransferBankAccountIdentifierType {
    #[serde(rename = "iban")]
    Iban,
    #[serde(rename = "swift")]
    Swift,
    #[serde(rename = "routingNumber")]
    RoutingNumber,
    #[serde(rename = "accountNumber")]
    AccountNumber,
}
impl ::std::fmt::Display for FundsTransferBankAccountIdentifierType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Iban => f.write_str("iban"),
            Self::Swift => f.write_str("swift"),
            Self::RoutingNumber => f.write_str("routingNumber"),
            Self::AccountNumber => f.write_str("accountNumber"),
        }
    }
}
impl ::std::str::FromStr for FundsTransferBankAccountIdentifierType {
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
impl ::std::convert::TryFrom<&str> for FundsTransferBankAccountIdentifierType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferBankAccountIdentifierType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`FundsTransferBankAccountRoutingNumber`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferBankAccountRoutingNumber(::std::string::String);
impl ::std::ops::Deref for FundsTransferBankAccountRoutingNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferBankAccountRoutingNumber>
for ::std::string::String {
    fn from(value: FundsTransferBankAccountRoutingNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferBankAccountRoutingNumber {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 9usize {
            return Err("longer than 9 characters".into());
        }
        if value.chars().count() < 9usize {
            return Err("shorter than 9 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferBankAccountRoutingNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferBankAccountRoutingNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferBankAccountRoutingNumber {
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
///`FundsTransferBankAccountSwiftBic`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferBankAccountSwiftBic(::std::string::String);
impl ::std::ops::Deref for FundsTransferBankAccountSwiftBic {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferBankAccountSwiftBic> for ::std::string::String {
    fn from(value: FundsTransferBankAccountSwiftBic) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferBankAccountSwiftBic {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferBankAccountSwiftBic {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferBankAccountSwiftBic {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferBankAccountSwiftBic {
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
///`FundsTransferCard`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferCard {
    #[serde(rename = "cardNumber")]
    pub card_number: crate::card_payments::types::FundsTransferCardCardNumber,
}
impl FundsTransferCard {
    pub fn builder() -> builder::FundsTransferCard {
        Default::default()
    }
}
///`FundsTransferEmail`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferEmail {
    #[serde(rename = "emailAddress")]
    pub email_address: FundsTransferEmailEmailAddress,
}
impl FundsTransferEmail {
    pub fn builder() -> builder::FundsTransferEmail {
        Default::default()
    }
}
///`FundsTransferEmailEmailAddress`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferEmailEmailAddress(::std::string::String);
impl ::std::ops::Deref for FundsTransferEmailEmailAddress {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferEmailEmailAddress> for ::std::string::String {
    fn from(value: FundsTransferEmailEmailAddress) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferEmailEmailAddress {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferEmailEmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferEmailEmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferEmailEmailAddress {
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
///`FundsTransferMerchantWallet`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferMerchantWallet {
    #[serde(rename = "walletReference")]
    pub wallet_reference: FundsTransferMerchantWalletWalletReference,
}
impl FundsTransferMerchantWallet {
    pub fn builder() -> builder::FundsTransferMerchantWallet {
        Default::default()
    }
}
///`FundsTransferMerchantWalletWalletReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferMerchantWalletWalletReference(::std::string::String);
impl ::std::ops::Deref for FundsTransferMerchantWalletWalletReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferMerchantWalletWalletReference>
for ::std::string::String {
    fn from(value: FundsTransferMerchantWalletWalletReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferMerchantWalletWalletReference {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferMerchantWalletWalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferMerchantWalletWalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferMerchantWalletWalletReference {
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
///`FundsTransferPhone`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferPhone {
    #[serde(rename = "phoneNumber")]
    pub phone_number: FundsTransferPhonePhoneNumber,
}
impl FundsTransferPhone {
    pub fn builder() -> builder::FundsTransferPhone {
        Default::default()
    }
}
///`FundsTransferPhonePhoneNumber`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferPhonePhoneNumber(::std::string::String);
impl ::std::ops::Deref for FundsTransferPhonePhoneNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferPhonePhoneNumber> for ::std::string::String {
    fn from(value: FundsTransferPhonePhoneNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferPhonePhoneNumber {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9 ()+\\-/.x]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9 ()+\\-/.x]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferPhonePhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferPhonePhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferPhonePhoneNumber {
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
///`FundsTransferPurpose`
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
pub enum FundsTransferPurpose {
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
impl ::std::fmt::Display for FundsTransferPurpose {
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
impl ::std::str::FromStr for FundsTransferPurpose {
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
impl ::std::convert::TryFrom<&str> for FundsTransferPurpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferPurpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`FundsTransferRecipient`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct FundsTransferRecipient {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<
        crate::card_payments::types::FundsTransferRecipientAccount,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<FundsTransferRecipientAddress>,
    #[serde(
        rename = "dateOfBirth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_of_birth: ::std::option::Option<FundsTransferRecipientDateOfBirth>,
    #[serde(
        rename = "documentReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_reference: ::std::option::Option<
        FundsTransferRecipientDocumentReference,
    >,
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<FundsTransferRecipientFirstName>,
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<FundsTransferRecipientLastName>,
    #[serde(
        rename = "middleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub middle_name: ::std::option::Option<FundsTransferRecipientMiddleName>,
    #[serde(
        rename = "phoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub phone_number: ::std::option::Option<FundsTransferRecipientPhoneNumber>,
}
impl FundsTransferRecipient {
    pub fn builder() -> builder::FundsTransferRecipient {
        Default::default()
    }
}
///`FundsTransferRecipientAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferRecipientAddress {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<FundsTransferRecipientAddressAddress1>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<FundsTransferRecipientAddressAddress2>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<FundsTransferRecipientAddressCity>,
    #[serde(rename = "countryCode")]
    pub country_code: FundsTransferRecipientAddressCountryCode,
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<FundsTransferRecipientAddressPostalCode>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<FundsTransferRecipientAddressState>,
}
impl FundsTransferRecipientAddress {
    pub fn builder() -> builder::FundsTransferRecipientAddress {
        Default::default()
    }
}
///`FundsTransferRecipientAddressAddress1`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientAddressAddress1(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientAddressAddress1 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientAddressAddress1>
for ::std::string::String {
    fn from(value: FundsTransferRecipientAddressAddress1) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientAddressAddress1 {
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
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferRecipientAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientAddressAddress1 {
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
///`FundsTransferRecipientAddressAddress2`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientAddressAddress2(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientAddressAddress2 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientAddressAddress2>
for ::std::string::String {
    fn from(value: FundsTransferRecipientAddressAddress2) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientAddressAddress2 {
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
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferRecipientAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientAddressAddress2 {
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
///`FundsTransferRecipientAddressCity`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientAddressCity(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientAddressCity {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientAddressCity> for ::std::string::String {
    fn from(value: FundsTransferRecipientAddressCity) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientAddressCity {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferRecipientAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientAddressCity {
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
///`FundsTransferRecipientAddressCountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientAddressCountryCode(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientAddressCountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientAddressCountryCode>
for ::std::string::String {
    fn from(value: FundsTransferRecipientAddressCountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientAddressCountryCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferRecipientAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientAddressCountryCode {
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
///`FundsTransferRecipientAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientAddressPostalCode>
for ::std::string::String {
    fn from(value: FundsTransferRecipientAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientAddressPostalCode {
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
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferRecipientAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientAddressPostalCode {
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
///`FundsTransferRecipientAddressState`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientAddressState(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientAddressState {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientAddressState> for ::std::string::String {
    fn from(value: FundsTransferRecipientAddressState) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientAddressState {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferRecipientAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientAddressState {
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
///`FundsTransferRecipientDateOfBirth`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferRecipientDateOfBirth {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}
impl FundsTransferRecipientDateOfBirth {
    pub fn builder() -> builder::FundsTransferRecipientDateOfBirth {
        Default::default()
    }
}
///`FundsTransferRecipientDocumentReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientDocumentReference(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientDocumentReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientDocumentReference>
for ::std::string::String {
    fn from(value: FundsTransferRecipientDocumentReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientDocumentReference {
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
        { ::regress::Regex::new("^[A-Za-z0-9\\-\\/+.()]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9\\-\\/+.()]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferRecipientDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientDocumentReference {
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
///`FundsTransferRecipientFirstName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientFirstName(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientFirstName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientFirstName> for ::std::string::String {
    fn from(value: FundsTransferRecipientFirstName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientFirstName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 35usize {
            return Err("longer than 35 characters".into());
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
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferRecipientFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientFirstName {
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
///`FundsTransferRecipientLastName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientLastName(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientLastName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientLastName> for ::std::string::String {
    fn from(value: FundsTransferRecipientLastName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientLastName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 35usize {
            return Err("longer than 35 characters".into());
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
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferRecipientLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientLastName {
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
///`FundsTransferRecipientMiddleName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientMiddleName(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientMiddleName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientMiddleName> for ::std::string::String {
    fn from(value: FundsTransferRecipientMiddleName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientMiddleName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 35usize {
            return Err("longer than 35 characters".into());
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
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientMiddleName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferRecipientMiddleName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientMiddleName {
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
///`FundsTransferRecipientPhoneNumber`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferRecipientPhoneNumber(::std::string::String);
impl ::std::ops::Deref for FundsTransferRecipientPhoneNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferRecipientPhoneNumber> for ::std::string::String {
    fn from(value: FundsTransferRecipientPhoneNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferRecipientPhoneNumber {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9 ()+\\-/.x]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9 ()+\\-/.x]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferRecipientPhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferRecipientPhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferRecipientPhoneNumber {
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
///`FundsTransferSender`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct FundsTransferSender {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<FundsTransferSenderAddress>,
    #[serde(
        rename = "dateOfBirth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_of_birth: ::std::option::Option<FundsTransferSenderDateOfBirth>,
    #[serde(
        rename = "documentReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_reference: ::std::option::Option<FundsTransferSenderDocumentReference>,
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<FundsTransferSenderFirstName>,
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<FundsTransferSenderLastName>,
    #[serde(
        rename = "middleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub middle_name: ::std::option::Option<FundsTransferSenderMiddleName>,
}
impl FundsTransferSender {
    pub fn builder() -> builder::FundsTransferSender {
        Default::default()
    }
}
///`FundsTransferSenderAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferSenderAddress {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<FundsTransferSenderAddressAddress1>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<FundsTransferSenderAddressAddress2>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<FundsTransferSenderAddressCity>,
    #[serde(rename = "countryCode")]
    pub country_code: FundsTransferSenderAddressCountryCode,
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<FundsTransferSenderAddressPostalCode>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<FundsTransferSenderAddressState>,
}
impl FundsTransferSenderAddress {
    pub fn builder() -> builder::FundsTransferSenderAddress {
        Default::default()
    }
}
///`FundsTransferSenderAddressAddress1`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderAddressAddress1(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderAddressAddress1 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderAddressAddress1> for ::std::string::String {
    fn from(value: FundsTransferSenderAddressAddress1) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderAddressAddress1 {
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
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferSenderAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferSenderAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderAddressAddress1 {
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
///`FundsTransferSenderAddressAddress2`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderAddressAddress2(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderAddressAddress2 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderAddressAddress2> for ::std::string::String {
    fn from(value: FundsTransferSenderAddressAddress2) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderAddressAddress2 {
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
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferSenderAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferSenderAddressAddress2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderAddressAddress2 {
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
///`FundsTransferSenderAddressCity`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderAddressCity(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderAddressCity {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderAddressCity> for ::std::string::String {
    fn from(value: FundsTransferSenderAddressCity) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderAddressCity {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferSenderAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferSenderAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderAddressCity {
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
///`FundsTransferSenderAddressCountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderAddressCountryCode(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderAddressCountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderAddressCountryCode>
for ::std::string::String {
    fn from(value: FundsTransferSenderAddressCountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderAddressCountryCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferSenderAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferSenderAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderAddressCountryCode {
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
///`FundsTransferSenderAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderAddressPostalCode>
for ::std::string::String {
    fn from(value: FundsTransferSenderAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderAddressPostalCode {
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
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferSenderAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferSenderAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderAddressPostalCode {
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
///`FundsTransferSenderAddressState`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderAddressState(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderAddressState {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderAddressState> for ::std::string::String {
    fn from(value: FundsTransferSenderAddressState) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderAddressState {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferSenderAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferSenderAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderAddressState {
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
///`FundsTransferSenderDateOfBirth`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferSenderDateOfBirth {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}
impl FundsTransferSenderDateOfBirth {
    pub fn builder() -> builder::FundsTransferSenderDateOfBirth {
        Default::default()
    }
}
///`FundsTransferSenderDocumentReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderDocumentReference(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderDocumentReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderDocumentReference>
for ::std::string::String {
    fn from(value: FundsTransferSenderDocumentReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderDocumentReference {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferSenderDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferSenderDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderDocumentReference {
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
///`FundsTransferSenderFirstName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderFirstName(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderFirstName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderFirstName> for ::std::string::String {
    fn from(value: FundsTransferSenderFirstName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderFirstName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 35usize {
            return Err("longer than 35 characters".into());
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
impl ::std::convert::TryFrom<&str> for FundsTransferSenderFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferSenderFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderFirstName {
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
///`FundsTransferSenderLastName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderLastName(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderLastName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderLastName> for ::std::string::String {
    fn from(value: FundsTransferSenderLastName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderLastName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 35usize {
            return Err("longer than 35 characters".into());
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
impl ::std::convert::TryFrom<&str> for FundsTransferSenderLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferSenderLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderLastName {
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
///`FundsTransferSenderMiddleName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSenderMiddleName(::std::string::String);
impl ::std::ops::Deref for FundsTransferSenderMiddleName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSenderMiddleName> for ::std::string::String {
    fn from(value: FundsTransferSenderMiddleName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSenderMiddleName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 35usize {
            return Err("longer than 35 characters".into());
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
impl ::std::convert::TryFrom<&str> for FundsTransferSenderMiddleName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferSenderMiddleName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferSenderMiddleName {
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
///`FundsTransferSocialNetwork`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferSocialNetwork {
    #[serde(rename = "socialNetworkReference")]
    pub social_network_reference: FundsTransferSocialNetworkSocialNetworkReference,
}
impl FundsTransferSocialNetwork {
    pub fn builder() -> builder::FundsTransferSocialNetwork {
        Default::default()
    }
}
///`FundsTransferSocialNetworkSocialNetworkReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferSocialNetworkSocialNetworkReference(::std::string::String);
impl ::std::ops::Deref for FundsTransferSocialNetworkSocialNetworkReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferSocialNetworkSocialNetworkReference>
for ::std::string::String {
    fn from(value: FundsTransferSocialNetworkSocialNetworkReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferSocialNetworkSocialNetworkReference {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferSocialNetworkSocialNetworkReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferSocialNetworkSocialNetworkReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for FundsTransferSocialNetworkSocialNetworkReference {
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
///`FundsTransferStagedDigitalWallet`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferStagedDigitalWallet {
    #[serde(rename = "walletReference")]
    pub wallet_reference: FundsTransferStagedDigitalWalletWalletReference,
}
impl FundsTransferStagedDigitalWallet {
    pub fn builder() -> builder::FundsTransferStagedDigitalWallet {
        Default::default()
    }
}
///`FundsTransferStagedDigitalWalletWalletReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferStagedDigitalWalletWalletReference(::std::string::String);
impl ::std::ops::Deref for FundsTransferStagedDigitalWalletWalletReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferStagedDigitalWalletWalletReference>
for ::std::string::String {
    fn from(value: FundsTransferStagedDigitalWalletWalletReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferStagedDigitalWalletWalletReference {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferStagedDigitalWalletWalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferStagedDigitalWalletWalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferStagedDigitalWalletWalletReference {
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
///`FundsTransferStoredValueWallet`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferStoredValueWallet {
    #[serde(rename = "walletReference")]
    pub wallet_reference: FundsTransferStoredValueWalletWalletReference,
}
impl FundsTransferStoredValueWallet {
    pub fn builder() -> builder::FundsTransferStoredValueWallet {
        Default::default()
    }
}
///`FundsTransferStoredValueWalletWalletReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferStoredValueWalletWalletReference(::std::string::String);
impl ::std::ops::Deref for FundsTransferStoredValueWalletWalletReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferStoredValueWalletWalletReference>
for ::std::string::String {
    fn from(value: FundsTransferStoredValueWalletWalletReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferStoredValueWalletWalletReference {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferStoredValueWalletWalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferStoredValueWalletWalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferStoredValueWalletWalletReference {
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
///`FundsTransferType`
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
pub enum FundsTransferType {
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
impl ::std::fmt::Display for FundsTransferType {
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
impl ::std::str::FromStr for FundsTransferType {
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
impl ::std::convert::TryFrom<&str> for FundsTransferType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FundsTransferType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`FundsTransferWallet`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FundsTransferWallet {
    #[serde(rename = "walletReference")]
    pub wallet_reference: FundsTransferWalletWalletReference,
}
impl FundsTransferWallet {
    pub fn builder() -> builder::FundsTransferWallet {
        Default::default()
    }
}
///`FundsTransferWalletWalletReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FundsTransferWalletWalletReference(::std::string::String);
impl ::std::ops::Deref for FundsTransferWalletWalletReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FundsTransferWalletWalletReference> for ::std::string::String {
    fn from(value: FundsTransferWalletWalletReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FundsTransferWalletWalletReference {
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
        { ::regress::Regex::new("^[A-Za-z0-9@!£$*#)(+\\-_=.,/:;\"]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9@!£$*#)(+\\-_=.,/:;\"]*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FundsTransferWalletWalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for FundsTransferWalletWalletReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsTransferWalletWalletReference {
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
///An object containing industry specific order data.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IndustryData {
    ///The IATA travel agency code.
    #[serde(rename = "agentCode")]
    pub agent_code: IndustryDataAgentCode,
    ///The name of the travel agent.
    #[serde(
        rename = "agentName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_name: ::std::option::Option<IndustryDataAgentName>,
    ///The two character IATA airline code.
    #[serde(rename = "airlineCode")]
    pub airline_code: IndustryDataAirlineCode,
    ///The name of the airline (displayed as it would be on a bill).
    #[serde(rename = "airlineName")]
    pub airline_name: IndustryDataAirlineName,
    ///Billing Settlement Plan invoice reference.
    #[serde(
        rename = "invoiceReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_reference: ::std::option::Option<IndustryDataInvoiceReference>,
    pub passenger: IndustryDataPassenger,
    pub ticket: IndustryDataTicket,
    #[serde(rename = "type")]
    pub type_: IndustryDataType,
}
impl IndustryData {
    pub fn builder() -> builder::IndustryData {
        Default::default()
    }
}
///The IATA travel agency code.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataAgentCode(::std::string::String);
impl ::std::ops::Deref for IndustryDataAgentCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataAgentCode> for ::std::string::String {
    fn from(value: IndustryDataAgentCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataAgentCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataAgentCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataAgentCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataAgentCode {
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
///The name of the travel agent.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataAgentName(::std::string::String);
impl ::std::ops::Deref for IndustryDataAgentName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataAgentName> for ::std::string::String {
    fn from(value: IndustryDataAgentName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataAgentName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 26usize {
            return Err("longer than 26 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[A-Za-z0-9 @!£*#\\$()\\+\\-_=.,\\/;:'\"]+$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9 @!£*#\\$()\\+\\-_=.,\\/;:'\"]+$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataAgentName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataAgentName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataAgentName {
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
///The two character IATA airline code.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataAirlineCode(::std::string::String);
impl ::std::ops::Deref for IndustryDataAirlineCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataAirlineCode> for ::std::string::String {
    fn from(value: IndustryDataAirlineCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataAirlineCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataAirlineCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataAirlineCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataAirlineCode {
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
///The name of the airline (displayed as it would be on a bill).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataAirlineName(::std::string::String);
impl ::std::ops::Deref for IndustryDataAirlineName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataAirlineName> for ::std::string::String {
    fn from(value: IndustryDataAirlineName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataAirlineName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 256usize {
            return Err("longer than 256 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[A-Za-z0-9 @!£*#\\$()\\+\\-_=.,\\/;:'\"]+$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9 @!£*#\\$()\\+\\-_=.,\\/;:'\"]+$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataAirlineName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataAirlineName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataAirlineName {
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
///Billing Settlement Plan invoice reference.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataInvoiceReference(::std::string::String);
impl ::std::ops::Deref for IndustryDataInvoiceReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataInvoiceReference> for ::std::string::String {
    fn from(value: IndustryDataInvoiceReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataInvoiceReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 14usize {
            return Err("longer than 14 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataInvoiceReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataInvoiceReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataInvoiceReference {
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
///An object containing passenger details.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IndustryDataPassenger {
    pub code: IndustryDataPassengerCode,
    #[serde(rename = "firstName")]
    pub first_name: IndustryDataPassengerFirstName,
    #[serde(rename = "lastName")]
    pub last_name: IndustryDataPassengerLastName,
}
impl IndustryDataPassenger {
    pub fn builder() -> builder::IndustryDataPassenger {
        Default::default()
    }
}
///`IndustryDataPassengerCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataPassengerCode(::std::string::String);
impl ::std::ops::Deref for IndustryDataPassengerCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataPassengerCode> for ::std::string::String {
    fn from(value: IndustryDataPassengerCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataPassengerCode {
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
        { ::regress::Regex::new("^[A-Za-z0-9]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataPassengerCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataPassengerCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataPassengerCode {
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
///`IndustryDataPassengerFirstName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataPassengerFirstName(::std::string::String);
impl ::std::ops::Deref for IndustryDataPassengerFirstName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataPassengerFirstName> for ::std::string::String {
    fn from(value: IndustryDataPassengerFirstName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataPassengerFirstName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 60usize {
            return Err("longer than 60 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z @!£*#\\$()\\+\\-_=.,\\/;:'\"]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z @!£*#\\$()\\+\\-_=.,\\/;:'\"]+$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataPassengerFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataPassengerFirstName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataPassengerFirstName {
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
///`IndustryDataPassengerLastName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataPassengerLastName(::std::string::String);
impl ::std::ops::Deref for IndustryDataPassengerLastName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataPassengerLastName> for ::std::string::String {
    fn from(value: IndustryDataPassengerLastName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataPassengerLastName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 60usize {
            return Err("longer than 60 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z @!£*#\\$()\\+\\-_=.,\\/;:'\"]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z @!£*#\\$()\\+\\-_=.,\\/;:'\"]+$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataPassengerLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataPassengerLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataPassengerLastName {
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
///An object containing ticket details.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IndustryDataTicket {
    #[serde(
        rename = "flightDetails",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub flight_details: ::std::vec::Vec<IndustryDataTicketFlightDetailsItem>,
    #[serde(
        rename = "issueDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_date: ::std::option::Option<IndustryDataTicketIssueDate>,
    #[serde(rename = "issuerAddress")]
    pub issuer_address: IndustryDataTicketIssuerAddress,
    pub number: IndustryDataTicketNumber,
    pub restricted: bool,
}
impl IndustryDataTicket {
    pub fn builder() -> builder::IndustryDataTicket {
        Default::default()
    }
}
///`IndustryDataTicketFlightDetailsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IndustryDataTicketFlightDetailsItem {
    #[serde(rename = "arrivalAirport")]
    pub arrival_airport: IndustryDataTicketFlightDetailsItemArrivalAirport,
    #[serde(rename = "carrierCode")]
    pub carrier_code: IndustryDataTicketFlightDetailsItemCarrierCode,
    #[serde(rename = "departureAirport")]
    pub departure_airport: IndustryDataTicketFlightDetailsItemDepartureAirport,
    #[serde(rename = "departureDate")]
    pub departure_date: IndustryDataTicketFlightDetailsItemDepartureDate,
    #[serde(
        rename = "fareBasisCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fare_basis_code: ::std::option::Option<
        IndustryDataTicketFlightDetailsItemFareBasisCode,
    >,
    #[serde(rename = "fareClassCode")]
    pub fare_class_code: IndustryDataTicketFlightDetailsItemFareClassCode,
    #[serde(rename = "flightCode")]
    pub flight_code: IndustryDataTicketFlightDetailsItemFlightCode,
    #[serde(rename = "stopOver", skip_serializing_if = "::std::option::Option::is_none")]
    pub stop_over: ::std::option::Option<bool>,
    #[serde(rename = "taxAmount")]
    pub tax_amount: i64,
}
impl IndustryDataTicketFlightDetailsItem {
    pub fn builder() -> builder::IndustryDataTicketFlightDetailsItem {
        Default::default()
    }
}
///`IndustryDataTicketFlightDetailsItemArrivalAirport`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketFlightDetailsItemArrivalAirport(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketFlightDetailsItemArrivalAirport {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketFlightDetailsItemArrivalAirport>
for ::std::string::String {
    fn from(value: IndustryDataTicketFlightDetailsItemArrivalAirport) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketFlightDetailsItemArrivalAirport {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 3usize {
            return Err("longer than 3 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for IndustryDataTicketFlightDetailsItemArrivalAirport {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketFlightDetailsItemArrivalAirport {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for IndustryDataTicketFlightDetailsItemArrivalAirport {
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
///`IndustryDataTicketFlightDetailsItemCarrierCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketFlightDetailsItemCarrierCode(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketFlightDetailsItemCarrierCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketFlightDetailsItemCarrierCode>
for ::std::string::String {
    fn from(value: IndustryDataTicketFlightDetailsItemCarrierCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketFlightDetailsItemCarrierCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataTicketFlightDetailsItemCarrierCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketFlightDetailsItemCarrierCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataTicketFlightDetailsItemCarrierCode {
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
///`IndustryDataTicketFlightDetailsItemDepartureAirport`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketFlightDetailsItemDepartureAirport(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketFlightDetailsItemDepartureAirport {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketFlightDetailsItemDepartureAirport>
for ::std::string::String {
    fn from(value: IndustryDataTicketFlightDetailsItemDepartureAirport) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketFlightDetailsItemDepartureAirport {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 3usize {
            return Err("longer than 3 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for IndustryDataTicketFlightDetailsItemDepartureAirport {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketFlightDetailsItemDepartureAirport {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for IndustryDataTicketFlightDetailsItemDepartureAirport {
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
///`IndustryDataTicketFlightDetailsItemDepartureDate`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IndustryDataTicketFlightDetailsItemDepartureDate {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}
impl IndustryDataTicketFlightDetailsItemDepartureDate {
    pub fn builder() -> builder::IndustryDataTicketFlightDetailsItemDepartureDate {
        Default::default()
    }
}
///`IndustryDataTicketFlightDetailsItemFareBasisCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketFlightDetailsItemFareBasisCode(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketFlightDetailsItemFareBasisCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketFlightDetailsItemFareBasisCode>
for ::std::string::String {
    fn from(value: IndustryDataTicketFlightDetailsItemFareBasisCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketFlightDetailsItemFareBasisCode {
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
        { ::regress::Regex::new("^[A-Za-z0-9]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataTicketFlightDetailsItemFareBasisCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketFlightDetailsItemFareBasisCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for IndustryDataTicketFlightDetailsItemFareBasisCode {
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
///`IndustryDataTicketFlightDetailsItemFareClassCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketFlightDetailsItemFareClassCode(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketFlightDetailsItemFareClassCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketFlightDetailsItemFareClassCode>
for ::std::string::String {
    fn from(value: IndustryDataTicketFlightDetailsItemFareClassCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketFlightDetailsItemFareClassCode {
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
        { ::regress::Regex::new("^[A-Za-z0-9]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataTicketFlightDetailsItemFareClassCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketFlightDetailsItemFareClassCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for IndustryDataTicketFlightDetailsItemFareClassCode {
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
///`IndustryDataTicketFlightDetailsItemFlightCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketFlightDetailsItemFlightCode(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketFlightDetailsItemFlightCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketFlightDetailsItemFlightCode>
for ::std::string::String {
    fn from(value: IndustryDataTicketFlightDetailsItemFlightCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketFlightDetailsItemFlightCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 5usize {
            return Err("longer than 5 characters".into());
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
impl ::std::convert::TryFrom<&str> for IndustryDataTicketFlightDetailsItemFlightCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketFlightDetailsItemFlightCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataTicketFlightDetailsItemFlightCode {
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
///`IndustryDataTicketIssueDate`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IndustryDataTicketIssueDate {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}
impl IndustryDataTicketIssueDate {
    pub fn builder() -> builder::IndustryDataTicketIssueDate {
        Default::default()
    }
}
///`IndustryDataTicketIssuerAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IndustryDataTicketIssuerAddress {
    pub address1: IndustryDataTicketIssuerAddressAddress1,
    pub city: IndustryDataTicketIssuerAddressCity,
    #[serde(rename = "countryCode")]
    pub country_code: IndustryDataTicketIssuerAddressCountryCode,
    #[serde(rename = "postalCode")]
    pub postal_code: IndustryDataTicketIssuerAddressPostalCode,
}
impl IndustryDataTicketIssuerAddress {
    pub fn builder() -> builder::IndustryDataTicketIssuerAddress {
        Default::default()
    }
}
///`IndustryDataTicketIssuerAddressAddress1`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketIssuerAddressAddress1(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketIssuerAddressAddress1 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketIssuerAddressAddress1>
for ::std::string::String {
    fn from(value: IndustryDataTicketIssuerAddressAddress1) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketIssuerAddressAddress1 {
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
        { ::regress::Regex::new("^[A-Za-z0-9 ]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9 ]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataTicketIssuerAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketIssuerAddressAddress1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataTicketIssuerAddressAddress1 {
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
///`IndustryDataTicketIssuerAddressCity`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketIssuerAddressCity(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketIssuerAddressCity {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketIssuerAddressCity>
for ::std::string::String {
    fn from(value: IndustryDataTicketIssuerAddressCity) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketIssuerAddressCity {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9 ]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9 ]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataTicketIssuerAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketIssuerAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataTicketIssuerAddressCity {
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
///`IndustryDataTicketIssuerAddressCountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketIssuerAddressCountryCode(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketIssuerAddressCountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketIssuerAddressCountryCode>
for ::std::string::String {
    fn from(value: IndustryDataTicketIssuerAddressCountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketIssuerAddressCountryCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataTicketIssuerAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketIssuerAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataTicketIssuerAddressCountryCode {
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
///`IndustryDataTicketIssuerAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketIssuerAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketIssuerAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketIssuerAddressPostalCode>
for ::std::string::String {
    fn from(value: IndustryDataTicketIssuerAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketIssuerAddressPostalCode {
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
        { ::regress::Regex::new("^[A-Za-z0-9 ]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9 ]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataTicketIssuerAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for IndustryDataTicketIssuerAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataTicketIssuerAddressPostalCode {
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
///`IndustryDataTicketNumber`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IndustryDataTicketNumber(::std::string::String);
impl ::std::ops::Deref for IndustryDataTicketNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IndustryDataTicketNumber> for ::std::string::String {
    fn from(value: IndustryDataTicketNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IndustryDataTicketNumber {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 16usize {
            return Err("longer than 16 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataTicketNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataTicketNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IndustryDataTicketNumber {
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
///`IndustryDataType`
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
pub enum IndustryDataType {
    #[serde(rename = "airline")]
    Airline,
}
impl ::std::fmt::Display for IndustryDataType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Airline => f.write_str("airline"),
        }
    }
}
impl ::std::str::FromStr for IndustryDataType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "airline" => Ok(Self::Airline),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for IndustryDataType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IndustryDataType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///An object containing information returned by the issuer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Issuer {
    ///A code returned by the card issuer for a successful authorization. Used in reconciliation and dispute management.
    #[serde(rename = "authorizationCode")]
    pub authorization_code: ::std::string::String,
}
impl Issuer {
    pub fn builder() -> builder::Issuer {
        Default::default()
    }
}
///You can apply a merchant category code mcc to an individual request. You can only provide an mcc if we have enabled the dynamic mcc feature during boarding. If enabled but not provided, merchant.mcc defaults to a configured value.
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
        if value.chars().count() > 4usize {
            return Err("longer than 4 characters".into());
        }
        if value.chars().count() < 4usize {
            return Err("shorter than 4 characters".into());
        }
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
///`MerchantInitiatedTransaction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MerchantInitiatedTransaction {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer: ::std::option::Option<MerchantInitiatedTransactionCustomer>,
    #[serde(
        rename = "industryData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub industry_data: ::std::option::Option<IndustryData>,
    pub instruction: MerchantInitiatedTransactionInstruction,
    pub merchant: MerchantInitiatedTransactionMerchant,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<Order>,
    #[serde(
        rename = "orderReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_reference: ::std::option::Option<OrderReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recipient: ::std::option::Option<Recipient>,
    ///Used to update the FraudSight data model to benefit future payments.
    #[serde(
        rename = "riskProfile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_profile: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<Shipping>,
    #[serde(rename = "transactionReference")]
    pub transaction_reference: TransactionReference,
}
impl MerchantInitiatedTransaction {
    pub fn builder() -> builder::MerchantInitiatedTransaction {
        Default::default()
    }
}
///Additional customer data.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MerchantInitiatedTransactionCustomer {
    ///Required for domestic processing in some Latin American countries.
    #[serde(
        rename = "documentReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_reference: ::std::option::Option<
        MerchantInitiatedTransactionCustomerDocumentReference,
    >,
    #[serde(
        rename = "emailAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub email_address: ::std::option::Option<
        MerchantInitiatedTransactionCustomerEmailAddress,
    >,
    ///Merchant-generated customer reference.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<MerchantInitiatedTransactionCustomerReference>,
}
impl MerchantInitiatedTransactionCustomer {
    pub fn builder() -> builder::MerchantInitiatedTransactionCustomer {
        Default::default()
    }
}
///Required for domestic processing in some Latin American countries.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MerchantInitiatedTransactionCustomerDocumentReference(::std::string::String);
impl ::std::ops::Deref for MerchantInitiatedTransactionCustomerDocumentReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MerchantInitiatedTransactionCustomerDocumentReference>
for ::std::string::String {
    fn from(value: MerchantInitiatedTransactionCustomerDocumentReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MerchantInitiatedTransactionCustomerDocumentReference {
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
impl ::std::convert::TryFrom<&str>
for MerchantInitiatedTransactionCustomerDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for MerchantInitiatedTransactionCustomerDocumentReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for MerchantInitiatedTransactionCustomerDocumentReference {
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
///`MerchantInitiatedTransactionCustomerEmailAddress`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MerchantInitiatedTransactionCustomerEmailAddress(::std::string::String);
impl ::std::ops::Deref for MerchantInitiatedTransactionCustomerEmailAddress {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MerchantInitiatedTransactionCustomerEmailAddress>
for ::std::string::String {
    fn from(value: MerchantInitiatedTransactionCustomerEmailAddress) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MerchantInitiatedTransactionCustomerEmailAddress {
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
impl ::std::convert::TryFrom<&str> for MerchantInitiatedTransactionCustomerEmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for MerchantInitiatedTransactionCustomerEmailAddress {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for MerchantInitiatedTransactionCustomerEmailAddress {
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
///Merchant-generated customer reference.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MerchantInitiatedTransactionCustomerReference(::std::string::String);
impl ::std::ops::Deref for MerchantInitiatedTransactionCustomerReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MerchantInitiatedTransactionCustomerReference>
for ::std::string::String {
    fn from(value: MerchantInitiatedTransactionCustomerReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MerchantInitiatedTransactionCustomerReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 17usize {
            return Err("longer than 17 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MerchantInitiatedTransactionCustomerReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for MerchantInitiatedTransactionCustomerReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MerchantInitiatedTransactionCustomerReference {
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
///An object that contains all information related to the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MerchantInitiatedTransactionInstruction {
    #[serde(
        rename = "consumerBillPayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumer_bill_payment: ::std::option::Option<ConsumerBillPayment>,
    #[serde(rename = "customerAgreement")]
    pub customer_agreement: crate::card_payments::types::MerchantInitiatedTransactionInstructionCustomerAgreement,
    #[serde(
        rename = "debtRepayment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debt_repayment: ::std::option::Option<DebtRepayment>,
    #[serde(
        rename = "fundsTransfer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funds_transfer: ::std::option::Option<FundsTransfer>,
    pub narrative: Narrative,
    #[serde(rename = "paymentInstrument")]
    pub payment_instrument: crate::card_payments::types::MerchantInitiatedTransactionInstructionPaymentInstrument,
    #[serde(
        rename = "requestAccountUpdater",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_account_updater: ::std::option::Option<RequestAccountUpdater>,
    #[serde(rename = "requestAutoSettlement")]
    pub request_auto_settlement: MerchantInitiatedTransactionInstructionRequestAutoSettlement,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub routing: ::std::option::Option<Routing>,
    pub value: MerchantInitiatedTransactionInstructionValue,
}
impl MerchantInitiatedTransactionInstruction {
    pub fn builder() -> builder::MerchantInitiatedTransactionInstruction {
        Default::default()
    }
}
///Indicates whether the transaction should be sent for settlement now true or later false at a time of your choosing.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MerchantInitiatedTransactionInstructionRequestAutoSettlement {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}
impl MerchantInitiatedTransactionInstructionRequestAutoSettlement {
    pub fn builder() -> builder::MerchantInitiatedTransactionInstructionRequestAutoSettlement {
        Default::default()
    }
}
///An object that contains information about the value of the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MerchantInitiatedTransactionInstructionValue {
    #[serde(
        rename = "acceptPartialAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accept_partial_amount: ::std::option::Option<bool>,
    ///The payment amount. This is a whole number with an exponent e.g. if exponent is two, 250 is 2.50.
    pub amount: i64,
    #[serde(
        rename = "convenienceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub convenience_amount: ::std::option::Option<i64>,
    pub currency: MerchantInitiatedTransactionInstructionValueCurrency,
    #[serde(
        rename = "surchargeAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub surcharge_amount: ::std::option::Option<i64>,
}
impl MerchantInitiatedTransactionInstructionValue {
    pub fn builder() -> builder::MerchantInitiatedTransactionInstructionValue {
        Default::default()
    }
}
///`MerchantInitiatedTransactionInstructionValueCurrency`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MerchantInitiatedTransactionInstructionValueCurrency(::std::string::String);
impl ::std::ops::Deref for MerchantInitiatedTransactionInstructionValueCurrency {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MerchantInitiatedTransactionInstructionValueCurrency>
for ::std::string::String {
    fn from(value: MerchantInitiatedTransactionInstructionValueCurrency) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MerchantInitiatedTransactionInstructionValueCurrency {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 3usize {
            return Err("longer than 3 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for MerchantInitiatedTransactionInstructionValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for MerchantInitiatedTransactionInstructionValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for MerchantInitiatedTransactionInstructionValueCurrency {
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
///An object that contains information about the merchant.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MerchantInitiatedTransactionMerchant {
    pub entity: Entity,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mcc: ::std::option::Option<Mcc>,
    #[serde(
        rename = "paymentFacilitator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_facilitator: ::std::option::Option<PaymentFacilitator>,
    #[serde(
        rename = "taxReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_reference: ::std::option::Option<TaxReference>,
}
impl MerchantInitiatedTransactionMerchant {
    pub fn builder() -> builder::MerchantInitiatedTransactionMerchant {
        Default::default()
    }
}
///A merchant-initiated delayed charge after the original payment, for example for damages or a minibar. Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MitDelayedCharge {
    ///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<MitDelayedChargeSchemeReference>,
    ///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
    #[serde(
        rename = "storedCardUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stored_card_usage: ::std::option::Option<MitDelayedChargeStoredCardUsage>,
}
impl MitDelayedCharge {
    pub fn builder() -> builder::MitDelayedCharge {
        Default::default()
    }
}
///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MitDelayedChargeSchemeReference(::std::string::String);
impl ::std::ops::Deref for MitDelayedChargeSchemeReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MitDelayedChargeSchemeReference> for ::std::string::String {
    fn from(value: MitDelayedChargeSchemeReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MitDelayedChargeSchemeReference {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MitDelayedChargeSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitDelayedChargeSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MitDelayedChargeSchemeReference {
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
///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
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
pub enum MitDelayedChargeStoredCardUsage {
    #[serde(rename = "subsequent")]
    Subsequent,
}
impl ::std::fmt::Display for MitDelayedChargeStoredCardUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Subsequent => f.write_str("subsequent"),
        }
    }
}
impl ::std::str::FromStr for MitDelayedChargeStoredCardUsage {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "subsequent" => Ok(Self::Subsequent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for MitDelayedChargeStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitDelayedChargeStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A merchant-initiated instalment of a purchase paid in a fixed number of parts. Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MitInstallment {
    #[serde(rename = "installmentType")]
    pub installment_type: MitInstallmentInstallmentType,
    ///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<MitInstallmentSchemeReference>,
}
impl MitInstallment {
    pub fn builder() -> builder::MitInstallment {
        Default::default()
    }
}
///`MitInstallmentInstallmentType`
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
pub enum MitInstallmentInstallmentType {
    #[serde(rename = "merchant")]
    Merchant,
}
impl ::std::fmt::Display for MitInstallmentInstallmentType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Merchant => f.write_str("merchant"),
        }
    }
}
impl ::std::str::FromStr for MitInstallmentInstallmentType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "merchant" => Ok(Self::Merchant),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for MitInstallmentInstallmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitInstallmentInstallmentType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MitInstallmentSchemeReference(::std::string::String);
impl ::std::ops::Deref for MitInstallmentSchemeReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MitInstallmentSchemeReference> for ::std::string::String {
    fn from(value: MitInstallmentSchemeReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MitInstallmentSchemeReference {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MitInstallmentSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitInstallmentSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MitInstallmentSchemeReference {
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
///A merchant-initiated charge for a no-show, as the agreement with the customer allows. Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MitNoShow {
    ///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<MitNoShowSchemeReference>,
    ///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
    #[serde(
        rename = "storedCardUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stored_card_usage: ::std::option::Option<MitNoShowStoredCardUsage>,
}
impl MitNoShow {
    pub fn builder() -> builder::MitNoShow {
        Default::default()
    }
}
///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MitNoShowSchemeReference(::std::string::String);
impl ::std::ops::Deref for MitNoShowSchemeReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MitNoShowSchemeReference> for ::std::string::String {
    fn from(value: MitNoShowSchemeReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MitNoShowSchemeReference {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MitNoShowSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitNoShowSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MitNoShowSchemeReference {
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
///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
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
pub enum MitNoShowStoredCardUsage {
    #[serde(rename = "subsequent")]
    Subsequent,
}
impl ::std::fmt::Display for MitNoShowStoredCardUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Subsequent => f.write_str("subsequent"),
        }
    }
}
impl ::std::str::FromStr for MitNoShowStoredCardUsage {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "subsequent" => Ok(Self::Subsequent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for MitNoShowStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitNoShowStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A merchant-initiated re-authorization of an earlier payment, for example when the original authorization expired before fulfilment. Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MitReauthorization {
    ///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<MitReauthorizationSchemeReference>,
    ///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
    #[serde(
        rename = "storedCardUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stored_card_usage: ::std::option::Option<MitReauthorizationStoredCardUsage>,
}
impl MitReauthorization {
    pub fn builder() -> builder::MitReauthorization {
        Default::default()
    }
}
///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MitReauthorizationSchemeReference(::std::string::String);
impl ::std::ops::Deref for MitReauthorizationSchemeReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MitReauthorizationSchemeReference> for ::std::string::String {
    fn from(value: MitReauthorizationSchemeReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MitReauthorizationSchemeReference {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MitReauthorizationSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for MitReauthorizationSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MitReauthorizationSchemeReference {
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
///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
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
pub enum MitReauthorizationStoredCardUsage {
    #[serde(rename = "subsequent")]
    Subsequent,
}
impl ::std::fmt::Display for MitReauthorizationStoredCardUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Subsequent => f.write_str("subsequent"),
        }
    }
}
impl ::std::str::FromStr for MitReauthorizationStoredCardUsage {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "subsequent" => Ok(Self::Subsequent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for MitReauthorizationStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for MitReauthorizationStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A merchant-initiated resubmission of a payment that was refused for insufficient funds. Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MitResubmission {
    ///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<MitResubmissionSchemeReference>,
    ///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
    #[serde(
        rename = "storedCardUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stored_card_usage: ::std::option::Option<MitResubmissionStoredCardUsage>,
}
impl MitResubmission {
    pub fn builder() -> builder::MitResubmission {
        Default::default()
    }
}
///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MitResubmissionSchemeReference(::std::string::String);
impl ::std::ops::Deref for MitResubmissionSchemeReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MitResubmissionSchemeReference> for ::std::string::String {
    fn from(value: MitResubmissionSchemeReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MitResubmissionSchemeReference {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MitResubmissionSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitResubmissionSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MitResubmissionSchemeReference {
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
///Whether the card details are being stored now (`first`) or were stored by an earlier payment (`subsequent`).
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
pub enum MitResubmissionStoredCardUsage {
    #[serde(rename = "subsequent")]
    Subsequent,
}
impl ::std::fmt::Display for MitResubmissionStoredCardUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Subsequent => f.write_str("subsequent"),
        }
    }
}
impl ::std::str::FromStr for MitResubmissionStoredCardUsage {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "subsequent" => Ok(Self::Subsequent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for MitResubmissionStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitResubmissionStoredCardUsage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A merchant-initiated subscription payment, at the agreed fixed interval. Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MitSubscription {
    ///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<MitSubscriptionSchemeReference>,
}
impl MitSubscription {
    pub fn builder() -> builder::MitSubscription {
        Default::default()
    }
}
///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MitSubscriptionSchemeReference(::std::string::String);
impl ::std::ops::Deref for MitSubscriptionSchemeReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MitSubscriptionSchemeReference> for ::std::string::String {
    fn from(value: MitSubscriptionSchemeReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MitSubscriptionSchemeReference {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MitSubscriptionSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitSubscriptionSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MitSubscriptionSchemeReference {
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
///A merchant-initiated payment at no fixed schedule (for example a top-up when a balance runs low). Untyped in Worldpay's published description (no `type`, only properties); the generator treats a schema with properties as an object.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MitUnscheduled {
    ///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
    #[serde(
        rename = "schemeReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheme_reference: ::std::option::Option<MitUnscheduledSchemeReference>,
}
impl MitUnscheduled {
    pub fn builder() -> builder::MitUnscheduled {
        Default::default()
    }
}
///The scheme reference (scheme.reference) returned in the response to the customer initiated transaction that set up this agreement.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MitUnscheduledSchemeReference(::std::string::String);
impl ::std::ops::Deref for MitUnscheduledSchemeReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MitUnscheduledSchemeReference> for ::std::string::String {
    fn from(value: MitUnscheduledSchemeReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MitUnscheduledSchemeReference {
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
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MitUnscheduledSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MitUnscheduledSchemeReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MitUnscheduledSchemeReference {
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
///The text that appears on your customer's statement. Used to identify the merchant.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Narrative {
    pub line1: NarrativeLine1,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line2: ::std::option::Option<NarrativeLine2>,
}
impl Narrative {
    pub fn builder() -> builder::Narrative {
        Default::default()
    }
}
///`NarrativeLine1`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct NarrativeLine1(::std::string::String);
impl ::std::ops::Deref for NarrativeLine1 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<NarrativeLine1> for ::std::string::String {
    fn from(value: NarrativeLine1) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for NarrativeLine1 {
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
        {
            ::regress::Regex::new("^[a-zA-Z0-9 _!@#$%()*=.:;?\\[\\]{}~/+\\-,`^&]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9 _!@#$%()*=.:;?\\[\\]{}~/+\\-,`^&]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for NarrativeLine1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NarrativeLine1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for NarrativeLine1 {
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
///`NarrativeLine2`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct NarrativeLine2(::std::string::String);
impl ::std::ops::Deref for NarrativeLine2 {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<NarrativeLine2> for ::std::string::String {
    fn from(value: NarrativeLine2) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for NarrativeLine2 {
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
        {
            ::regress::Regex::new("^[a-zA-Z0-9 _!@#$%()*=.:;?\\[\\]{}~/+\\-,`^&]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9 _!@#$%()*=.:;?\\[\\]{}~/+\\-,`^&]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for NarrativeLine2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NarrativeLine2 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for NarrativeLine2 {
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
///An object containing details about the order.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Order {
    ///Total amount of discounts for the order.
    #[serde(
        rename = "discountAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_amount: ::std::option::Option<i64>,
    ///Total amount of duty costs for the order.
    #[serde(
        rename = "dutyAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duty_amount: ::std::option::Option<i64>,
    ///Invoice reference for the order.
    #[serde(
        rename = "invoiceReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_reference: ::std::option::Option<OrderInvoiceReference>,
    ///Array of order items. You can send up to 99 individual order objects within this array.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub items: ::std::vec::Vec<OrderItemsItem>,
    #[serde(
        rename = "orderDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_date: ::std::option::Option<OrderOrderDate>,
    ///Total amount of sales tax for the order. Must be provided if merchant.taxReference is supplied.
    #[serde(rename = "salesTax", skip_serializing_if = "::std::option::Option::is_none")]
    pub sales_tax: ::std::option::Option<i64>,
    ///Total amount of shipping costs for the order.
    #[serde(
        rename = "shippingAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shipping_amount: ::std::option::Option<i64>,
    ///A flag to indicate whether the purchase is exempt from tax. Must be set to true if order.salesTax is 0
    #[serde(
        rename = "taxExempt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_exempt: ::std::option::Option<bool>,
}
impl Order {
    pub fn builder() -> builder::Order {
        Default::default()
    }
}
///Invoice reference for the order.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OrderInvoiceReference(::std::string::String);
impl ::std::ops::Deref for OrderInvoiceReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderInvoiceReference> for ::std::string::String {
    fn from(value: OrderInvoiceReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderInvoiceReference {
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
        {
            ::regress::Regex::new("^[A-Za-z0-9 @!£*#\\$)\\(+_=.,/;:'\"-]{1,15}$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9 @!£*#\\$)\\(+_=.,/;:'\"-]{1,15}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderInvoiceReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderInvoiceReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderInvoiceReference {
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
///`OrderItemsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderItemsItem {
    #[serde(
        rename = "commodityCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub commodity_code: ::std::option::Option<OrderItemsItemCommodityCode>,
    pub name: OrderItemsItemName,
    #[serde(
        rename = "productCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<OrderItemsItemProductCode>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub quantity: ::std::option::Option<i64>,
    #[serde(
        rename = "totalAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_amount: ::std::option::Option<i64>,
    #[serde(
        rename = "totalAmountNoTax",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_amount_no_tax: ::std::option::Option<i64>,
    #[serde(
        rename = "totalDiscountAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_discount_amount: ::std::option::Option<i64>,
    #[serde(
        rename = "totalTaxAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_tax_amount: ::std::option::Option<i64>,
    #[serde(rename = "unitCost", skip_serializing_if = "::std::option::Option::is_none")]
    pub unit_cost: ::std::option::Option<i64>,
    #[serde(
        rename = "unitOfMeasure",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_of_measure: ::std::option::Option<OrderItemsItemUnitOfMeasure>,
}
impl OrderItemsItem {
    pub fn builder() -> builder::OrderItemsItem {
        Default::default()
    }
}
///`OrderItemsItemCommodityCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OrderItemsItemCommodityCode(::std::string::String);
impl ::std::ops::Deref for OrderItemsItemCommodityCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderItemsItemCommodityCode> for ::std::string::String {
    fn from(value: OrderItemsItemCommodityCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderItemsItemCommodityCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 12usize {
            return Err("longer than 12 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9@!£*#$)(-+_=.,/;:'\"]{1,12}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9@!£*#$)(-+_=.,/;:'\"]{1,12}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderItemsItemCommodityCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderItemsItemCommodityCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderItemsItemCommodityCode {
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
///`OrderItemsItemName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OrderItemsItemName(::std::string::String);
impl ::std::ops::Deref for OrderItemsItemName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderItemsItemName> for ::std::string::String {
    fn from(value: OrderItemsItemName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderItemsItemName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 26usize {
            return Err("longer than 26 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9 @!£*#$)(+_=.,/;:'\"-]{1,26}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9 @!£*#$)(+_=.,/;:'\"-]{1,26}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderItemsItemName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderItemsItemName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderItemsItemName {
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
///`OrderItemsItemProductCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OrderItemsItemProductCode(::std::string::String);
impl ::std::ops::Deref for OrderItemsItemProductCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderItemsItemProductCode> for ::std::string::String {
    fn from(value: OrderItemsItemProductCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderItemsItemProductCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 12usize {
            return Err("longer than 12 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[A-Za-z0-9@!£*#\\$)(+_=.,/;:'\"-]{1,12}$").unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9@!£*#\\$)(+_=.,/;:'\"-]{1,12}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderItemsItemProductCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderItemsItemProductCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderItemsItemProductCode {
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
///`OrderItemsItemUnitOfMeasure`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OrderItemsItemUnitOfMeasure(::std::string::String);
impl ::std::ops::Deref for OrderItemsItemUnitOfMeasure {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderItemsItemUnitOfMeasure> for ::std::string::String {
    fn from(value: OrderItemsItemUnitOfMeasure) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderItemsItemUnitOfMeasure {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9@!£*#$)(+_=.,/;:'\"-]{1,8}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9@!£*#$)(+_=.,/;:'\"-]{1,8}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderItemsItemUnitOfMeasure {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderItemsItemUnitOfMeasure {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderItemsItemUnitOfMeasure {
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
///Date of the order.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderOrderDate {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}
impl OrderOrderDate {
    pub fn builder() -> builder::OrderOrderDate {
        Default::default()
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
///An object containing Payment Facilitator information. This information is required for every authorization only if you are a Payment Facilitator.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentFacilitator {
    #[serde(
        rename = "independentSalesOrganizationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub independent_sales_organization_id: ::std::option::Option<
        PaymentFacilitatorIndependentSalesOrganizationId,
    >,
    #[serde(rename = "schemeId")]
    pub scheme_id: PaymentFacilitatorSchemeId,
    #[serde(rename = "subMerchant")]
    pub sub_merchant: PaymentFacilitatorSubMerchant,
}
impl PaymentFacilitator {
    pub fn builder() -> builder::PaymentFacilitator {
        Default::default()
    }
}
///`PaymentFacilitatorIndependentSalesOrganizationId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorIndependentSalesOrganizationId(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorIndependentSalesOrganizationId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorIndependentSalesOrganizationId>
for ::std::string::String {
    fn from(value: PaymentFacilitatorIndependentSalesOrganizationId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorIndependentSalesOrganizationId {
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
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorIndependentSalesOrganizationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorIndependentSalesOrganizationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for PaymentFacilitatorIndependentSalesOrganizationId {
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
///`PaymentFacilitatorSchemeId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSchemeId(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSchemeId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSchemeId> for ::std::string::String {
    fn from(value: PaymentFacilitatorSchemeId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSchemeId {
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
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSchemeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentFacilitatorSchemeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSchemeId {
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
///`PaymentFacilitatorSubMerchant`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentFacilitatorSubMerchant {
    pub address: PaymentFacilitatorSubMerchantAddress,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<PaymentFacilitatorSubMerchantEmail>,
    pub name: PaymentFacilitatorSubMerchantName,
    #[serde(
        rename = "phoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub phone_number: ::std::option::Option<PaymentFacilitatorSubMerchantPhoneNumber>,
    pub reference: PaymentFacilitatorSubMerchantReference,
    #[serde(
        rename = "taxReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_reference: ::std::option::Option<PaymentFacilitatorSubMerchantTaxReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<PaymentFacilitatorSubMerchantUrl>,
}
impl PaymentFacilitatorSubMerchant {
    pub fn builder() -> builder::PaymentFacilitatorSubMerchant {
        Default::default()
    }
}
///`PaymentFacilitatorSubMerchantAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentFacilitatorSubMerchantAddress {
    pub city: PaymentFacilitatorSubMerchantAddressCity,
    #[serde(rename = "countryCode")]
    pub country_code: PaymentFacilitatorSubMerchantAddressCountryCode,
    #[serde(rename = "postalCode")]
    pub postal_code: PaymentFacilitatorSubMerchantAddressPostalCode,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<PaymentFacilitatorSubMerchantAddressState>,
    pub street: PaymentFacilitatorSubMerchantAddressStreet,
}
impl PaymentFacilitatorSubMerchantAddress {
    pub fn builder() -> builder::PaymentFacilitatorSubMerchantAddress {
        Default::default()
    }
}
///`PaymentFacilitatorSubMerchantAddressCity`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantAddressCity(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantAddressCity {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantAddressCity>
for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantAddressCity) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantAddressCity {
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
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantAddressCity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantAddressCity {
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
///`PaymentFacilitatorSubMerchantAddressCountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantAddressCountryCode(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantAddressCountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantAddressCountryCode>
for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantAddressCountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantAddressCountryCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantAddressCountryCode {
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
///`PaymentFacilitatorSubMerchantAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantAddressPostalCode>
for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantAddressPostalCode {
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
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantAddressPostalCode {
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
///`PaymentFacilitatorSubMerchantAddressState`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantAddressState(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantAddressState {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantAddressState>
for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantAddressState) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantAddressState {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantAddressState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantAddressState {
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
///`PaymentFacilitatorSubMerchantAddressStreet`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantAddressStreet(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantAddressStreet {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantAddressStreet>
for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantAddressStreet) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantAddressStreet {
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
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantAddressStreet {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantAddressStreet {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantAddressStreet {
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
///`PaymentFacilitatorSubMerchantEmail`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantEmail(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantEmail {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantEmail> for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantEmail) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantEmail {
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
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantEmail {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantEmail {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantEmail {
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
///`PaymentFacilitatorSubMerchantName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantName(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantName> for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantName {
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
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantName {
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
///`PaymentFacilitatorSubMerchantPhoneNumber`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantPhoneNumber(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantPhoneNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantPhoneNumber>
for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantPhoneNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantPhoneNumber {
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
            ::regress::Regex::new("^[0-9\\s()+-/.x]*?[0-9()+-/.x][0-9\\s()+-/.x]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[0-9\\s()+-/.x]*?[0-9()+-/.x][0-9\\s()+-/.x]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantPhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantPhoneNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantPhoneNumber {
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
///`PaymentFacilitatorSubMerchantReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantReference(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantReference>
for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantReference {
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
        { ::regress::Regex::new("^[A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantReference {
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
///`PaymentFacilitatorSubMerchantTaxReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantTaxReference(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantTaxReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantTaxReference>
for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantTaxReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantTaxReference {
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
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantTaxReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantTaxReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantTaxReference {
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
///`PaymentFacilitatorSubMerchantUrl`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentFacilitatorSubMerchantUrl(::std::string::String);
impl ::std::ops::Deref for PaymentFacilitatorSubMerchantUrl {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentFacilitatorSubMerchantUrl> for ::std::string::String {
    fn from(value: PaymentFacilitatorSubMerchantUrl) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentFacilitatorSubMerchantUrl {
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
        { ::regress::Regex::new("^[a-zA-Z0-9@!£*#$)(+-_=.,/;:]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z0-9@!£*#$)(+-_=.,/;:]*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentFacilitatorSubMerchantUrl {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentFacilitatorSubMerchantUrl {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentFacilitatorSubMerchantUrl {
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
///`PaymentId`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct PaymentId(pub ::std::string::String);
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
///`PaymentsAuthorize201Refusal`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsAuthorize201Refusal {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub advice: ::std::option::Option<Advice>,
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<ExemptionOutcome>,
    #[serde(
        rename = "gatewayRefusalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gateway_refusal_code: ::std::option::Option<::std::string::String>,
    ///Outcome of the request. Sent for Settlement returned only if requestAutoSettlement is enabled in the request.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<ResponsePaymentInstrument>,
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
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_factors: ::std::option::Option<RiskFactors>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<UpdatedPaymentInstrument>,
}
impl PaymentsAuthorize201Refusal {
    pub fn builder() -> builder::PaymentsAuthorize201Refusal {
        Default::default()
    }
}
///`PaymentsAuthorize201RefusalMit`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsAuthorize201RefusalMit {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub advice: ::std::option::Option<Advice>,
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(
        rename = "gatewayRefusalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gateway_refusal_code: ::std::option::Option<::std::string::String>,
    ///Outcome of the request. Sent for Settlement returned only if requestAutoSettlement is enabled in the request.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<ResponsePaymentInstrument>,
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
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_factors: ::std::option::Option<RiskFactors>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<UpdatedPaymentInstrument>,
}
impl PaymentsAuthorize201RefusalMit {
    pub fn builder() -> builder::PaymentsAuthorize201RefusalMit {
        Default::default()
    }
}
///`PaymentsAuthorize201Response`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsAuthorize201Response {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amounts: ::std::option::Option<Amounts>,
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<ExemptionOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
    ///Outcome of the request. Sent for Settlement returned only if requestAutoSettlement is enabled in the request.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<ResponsePaymentInstrument>,
    #[serde(
        rename = "riskFactors",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_factors: ::std::option::Option<RiskFactors>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<Scheme>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<UpdatedPaymentInstrument>,
}
impl PaymentsAuthorize201Response {
    pub fn builder() -> builder::PaymentsAuthorize201Response {
        Default::default()
    }
}
///`PaymentsAuthorize201ResponseMit`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsAuthorize201ResponseMit {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amounts: ::std::option::Option<Amounts>,
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
    ///Outcome of the request. Sent for Settlement returned only if requestAutoSettlement is enabled in the request.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<ResponsePaymentInstrument>,
    #[serde(
        rename = "riskFactors",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_factors: ::std::option::Option<RiskFactors>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<Scheme>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<UpdatedPaymentInstrument>,
}
impl PaymentsAuthorize201ResponseMit {
    pub fn builder() -> builder::PaymentsAuthorize201ResponseMit {
        Default::default()
    }
}
///`PaymentsCancel`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsCancel {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<PaymentsCancelReference>,
}
impl PaymentsCancel {
    pub fn builder() -> builder::PaymentsCancel {
        Default::default()
    }
}
///`PaymentsCancelReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsCancelReference(::std::string::String);
impl ::std::ops::Deref for PaymentsCancelReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsCancelReference> for ::std::string::String {
    fn from(value: PaymentsCancelReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsCancelReference {
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
        { ::regress::Regex::new("^[-A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[-A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsCancelReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsCancelReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsCancelReference {
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
///`PaymentsEvents200Response`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsEvents200Response {
    #[serde(rename = "lastEvent")]
    pub last_event: crate::card_payments::types::PaymentsEvents200ResponseLastEvent,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
}
impl PaymentsEvents200Response {
    pub fn builder() -> builder::PaymentsEvents200Response {
        Default::default()
    }
}
///`PaymentsEventsRecovery200Response`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsEventsRecovery200Response {
    #[serde(rename = "lastEvent")]
    pub last_event: crate::card_payments::types::PaymentsEventsRecovery200ResponseLastEvent,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
}
impl PaymentsEventsRecovery200Response {
    pub fn builder() -> builder::PaymentsEventsRecovery200Response {
        Default::default()
    }
}
///`PaymentsFullCancelResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsFullCancelResponse {
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
}
impl PaymentsFullCancelResponse {
    pub fn builder() -> builder::PaymentsFullCancelResponse {
        Default::default()
    }
}
///`PaymentsFullRefundResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsFullRefundResponse {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
}
impl PaymentsFullRefundResponse {
    pub fn builder() -> builder::PaymentsFullRefundResponse {
        Default::default()
    }
}
///`PaymentsFullSettleResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsFullSettleResponse {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
}
impl PaymentsFullSettleResponse {
    pub fn builder() -> builder::PaymentsFullSettleResponse {
        Default::default()
    }
}
///`PaymentsIncreaseAuthorize`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsIncreaseAuthorize {
    pub value: Value,
}
impl PaymentsIncreaseAuthorize {
    pub fn builder() -> builder::PaymentsIncreaseAuthorize {
        Default::default()
    }
}
///`PaymentsIncreaseAuthorizeResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsIncreaseAuthorizeResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amounts: ::std::option::Option<PaymentsIncreaseAuthorizeResponseAmounts>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<Scheme>,
}
impl PaymentsIncreaseAuthorizeResponse {
    pub fn builder() -> builder::PaymentsIncreaseAuthorizeResponse {
        Default::default()
    }
}
///`PaymentsIncreaseAuthorizeResponseAmounts`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsIncreaseAuthorizeResponseAmounts {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "totalAuthorized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_authorized: ::std::option::Option<i64>,
}
impl PaymentsIncreaseAuthorizeResponseAmounts {
    pub fn builder() -> builder::PaymentsIncreaseAuthorizeResponseAmounts {
        Default::default()
    }
}
///`PaymentsIncreaseAuthorizeResponseRefused`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsIncreaseAuthorizeResponseRefused {
    ///The tag of this branch, as received.
    pub outcome: ::std::string::String,
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
}
impl PaymentsIncreaseAuthorizeResponseRefused {
    pub fn builder() -> builder::PaymentsIncreaseAuthorizeResponseRefused {
        Default::default()
    }
}
///`PaymentsPartialCancel`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPartialCancel {
    pub reference: PaymentsPartialCancelReference,
    pub value: Value,
}
impl PaymentsPartialCancel {
    pub fn builder() -> builder::PaymentsPartialCancel {
        Default::default()
    }
}
///`PaymentsPartialCancelReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsPartialCancelReference(::std::string::String);
impl ::std::ops::Deref for PaymentsPartialCancelReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsPartialCancelReference> for ::std::string::String {
    fn from(value: PaymentsPartialCancelReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsPartialCancelReference {
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
        { ::regress::Regex::new("^[-A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[-A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsPartialCancelReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsPartialCancelReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsPartialCancelReference {
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
///`PaymentsPartialCancelResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsPartialCancelResponse {
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
}
impl PaymentsPartialCancelResponse {
    pub fn builder() -> builder::PaymentsPartialCancelResponse {
        Default::default()
    }
}
///`PaymentsPartialRefund`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPartialRefund {
    #[serde(
        rename = "fastRefund",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fast_refund: ::std::option::Option<PaymentsPartialRefundFastRefund>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant: ::std::option::Option<PaymentsPartialRefundMerchant>,
    pub reference: PaymentsPartialRefundReference,
    pub value: PaymentsPartialRefundValue,
}
impl PaymentsPartialRefund {
    pub fn builder() -> builder::PaymentsPartialRefund {
        Default::default()
    }
}
///`PaymentsPartialRefundFastRefund`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPartialRefundFastRefund {
    pub enabled: bool,
    #[serde(
        rename = "fallbackToStandard",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fallback_to_standard: ::std::option::Option<bool>,
}
impl PaymentsPartialRefundFastRefund {
    pub fn builder() -> builder::PaymentsPartialRefundFastRefund {
        Default::default()
    }
}
///`PaymentsPartialRefundMerchant`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsPartialRefundMerchant {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub marketplace: ::std::option::Option<PaymentsPartialRefundMerchantMarketplace>,
}
impl PaymentsPartialRefundMerchant {
    pub fn builder() -> builder::PaymentsPartialRefundMerchant {
        Default::default()
    }
}
///`PaymentsPartialRefundMerchantMarketplace`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsPartialRefundMerchantMarketplace {
    #[serde(
        rename = "splitFundingReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub split_funding_reference: ::std::option::Option<
        PaymentsPartialRefundMerchantMarketplaceSplitFundingReference,
    >,
}
impl PaymentsPartialRefundMerchantMarketplace {
    pub fn builder() -> builder::PaymentsPartialRefundMerchantMarketplace {
        Default::default()
    }
}
///`PaymentsPartialRefundMerchantMarketplaceSplitFundingReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsPartialRefundMerchantMarketplaceSplitFundingReference(
    ::std::string::String,
);
impl ::std::ops::Deref
for PaymentsPartialRefundMerchantMarketplaceSplitFundingReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsPartialRefundMerchantMarketplaceSplitFundingReference>
for ::std::string::String {
    fn from(
        value: PaymentsPartialRefundMerchantMarketplaceSplitFundingReference,
    ) -> Self {
        value.0
    }
}
impl ::std::str::FromStr
for PaymentsPartialRefundMerchantMarketplaceSplitFundingReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 256usize {
            return Err("longer than 256 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[-A-Za-z0-9 _!@#$%()*=.:;?\\[\\]{}~`/+]*$").unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[-A-Za-z0-9 _!@#$%()*=.:;?\\[\\]{}~`/+]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for PaymentsPartialRefundMerchantMarketplaceSplitFundingReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsPartialRefundMerchantMarketplaceSplitFundingReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for PaymentsPartialRefundMerchantMarketplaceSplitFundingReference {
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
///`PaymentsPartialRefundReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsPartialRefundReference(::std::string::String);
impl ::std::ops::Deref for PaymentsPartialRefundReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsPartialRefundReference> for ::std::string::String {
    fn from(value: PaymentsPartialRefundReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsPartialRefundReference {
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
        { ::regress::Regex::new("^[-A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[-A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsPartialRefundReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsPartialRefundReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsPartialRefundReference {
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
///`PaymentsPartialRefundResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsPartialRefundResponse {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
}
impl PaymentsPartialRefundResponse {
    pub fn builder() -> builder::PaymentsPartialRefundResponse {
        Default::default()
    }
}
///An object that contains information about the value of the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPartialRefundValue {
    ///The payment amount. This is a whole number with an exponent e.g. if exponent is two, 250 is 2.50.
    pub amount: i64,
    #[serde(
        rename = "convenienceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub convenience_amount: ::std::option::Option<i64>,
    pub currency: PaymentsPartialRefundValueCurrency,
    #[serde(
        rename = "surchargeAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub surcharge_amount: ::std::option::Option<i64>,
}
impl PaymentsPartialRefundValue {
    pub fn builder() -> builder::PaymentsPartialRefundValue {
        Default::default()
    }
}
///`PaymentsPartialRefundValueCurrency`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsPartialRefundValueCurrency(::std::string::String);
impl ::std::ops::Deref for PaymentsPartialRefundValueCurrency {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsPartialRefundValueCurrency> for ::std::string::String {
    fn from(value: PaymentsPartialRefundValueCurrency) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsPartialRefundValueCurrency {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 3usize {
            return Err("longer than 3 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsPartialRefundValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsPartialRefundValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsPartialRefundValueCurrency {
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
///`PaymentsPartialSettle`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPartialSettle {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer: ::std::option::Option<PaymentsPartialSettleCustomer>,
    #[serde(
        rename = "industryData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub industry_data: ::std::option::Option<IndustryData>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant: ::std::option::Option<PaymentsPartialSettleMerchant>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<Order>,
    pub reference: PaymentsPartialSettleReference,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sequence: ::std::option::Option<PaymentsPartialSettleSequence>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<Shipping>,
    pub value: PaymentsPartialSettleValue,
}
impl PaymentsPartialSettle {
    pub fn builder() -> builder::PaymentsPartialSettle {
        Default::default()
    }
}
///Additional customer data.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsPartialSettleCustomer {
    ///Merchant-generated customer reference.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<::std::string::String>,
}
impl PaymentsPartialSettleCustomer {
    pub fn builder() -> builder::PaymentsPartialSettleCustomer {
        Default::default()
    }
}
///Contains information about the merchant.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsPartialSettleMerchant {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub marketplace: ::std::option::Option<PaymentsPartialSettleMerchantMarketplace>,
    ///Merchant's tax reference.
    #[serde(
        rename = "taxReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_reference: ::std::option::Option<::std::string::String>,
}
impl PaymentsPartialSettleMerchant {
    pub fn builder() -> builder::PaymentsPartialSettleMerchant {
        Default::default()
    }
}
///`PaymentsPartialSettleMerchantMarketplace`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsPartialSettleMerchantMarketplace {
    #[serde(
        rename = "sellerCountryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub seller_country_code: ::std::option::Option<
        PaymentsPartialSettleMerchantMarketplaceSellerCountryCode,
    >,
    #[serde(
        rename = "splitFundingReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub split_funding_reference: ::std::option::Option<
        PaymentsPartialSettleMerchantMarketplaceSplitFundingReference,
    >,
}
impl PaymentsPartialSettleMerchantMarketplace {
    pub fn builder() -> builder::PaymentsPartialSettleMerchantMarketplace {
        Default::default()
    }
}
///`PaymentsPartialSettleMerchantMarketplaceSellerCountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsPartialSettleMerchantMarketplaceSellerCountryCode(
    ::std::string::String,
);
impl ::std::ops::Deref for PaymentsPartialSettleMerchantMarketplaceSellerCountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsPartialSettleMerchantMarketplaceSellerCountryCode>
for ::std::string::String {
    fn from(value: PaymentsPartialSettleMerchantMarketplaceSellerCountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsPartialSettleMerchantMarketplaceSellerCountryCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for PaymentsPartialSettleMerchantMarketplaceSellerCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsPartialSettleMerchantMarketplaceSellerCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for PaymentsPartialSettleMerchantMarketplaceSellerCountryCode {
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
///`PaymentsPartialSettleMerchantMarketplaceSplitFundingReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsPartialSettleMerchantMarketplaceSplitFundingReference(
    ::std::string::String,
);
impl ::std::ops::Deref
for PaymentsPartialSettleMerchantMarketplaceSplitFundingReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsPartialSettleMerchantMarketplaceSplitFundingReference>
for ::std::string::String {
    fn from(
        value: PaymentsPartialSettleMerchantMarketplaceSplitFundingReference,
    ) -> Self {
        value.0
    }
}
impl ::std::str::FromStr
for PaymentsPartialSettleMerchantMarketplaceSplitFundingReference {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 256usize {
            return Err("longer than 256 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^[-A-Za-z0-9 _!@#$%()*=.:;?\\[\\]{}~`/+]*$").unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[-A-Za-z0-9 _!@#$%()*=.:;?\\[\\]{}~`/+]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for PaymentsPartialSettleMerchantMarketplaceSplitFundingReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsPartialSettleMerchantMarketplaceSplitFundingReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for PaymentsPartialSettleMerchantMarketplaceSplitFundingReference {
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
///`PaymentsPartialSettleReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsPartialSettleReference(::std::string::String);
impl ::std::ops::Deref for PaymentsPartialSettleReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsPartialSettleReference> for ::std::string::String {
    fn from(value: PaymentsPartialSettleReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsPartialSettleReference {
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
        { ::regress::Regex::new("^[-A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[-A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsPartialSettleReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsPartialSettleReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsPartialSettleReference {
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
///`PaymentsPartialSettleResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsPartialSettleResponse {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
}
impl PaymentsPartialSettleResponse {
    pub fn builder() -> builder::PaymentsPartialSettleResponse {
        Default::default()
    }
}
///The sequence number and total number of expected partial settlement requests for the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPartialSettleSequence {
    pub number: i64,
    pub total: i64,
}
impl PaymentsPartialSettleSequence {
    pub fn builder() -> builder::PaymentsPartialSettleSequence {
        Default::default()
    }
}
///An object that contains information about the value of the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsPartialSettleValue {
    ///The payment amount. This is a whole number with an exponent e.g. if exponent is two, 250 is 2.50.
    pub amount: i64,
    pub currency: PaymentsPartialSettleValueCurrency,
    #[serde(
        rename = "surchargeAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub surcharge_amount: ::std::option::Option<i64>,
}
impl PaymentsPartialSettleValue {
    pub fn builder() -> builder::PaymentsPartialSettleValue {
        Default::default()
    }
}
///`PaymentsPartialSettleValueCurrency`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsPartialSettleValueCurrency(::std::string::String);
impl ::std::ops::Deref for PaymentsPartialSettleValueCurrency {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsPartialSettleValueCurrency> for ::std::string::String {
    fn from(value: PaymentsPartialSettleValueCurrency) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsPartialSettleValueCurrency {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 3usize {
            return Err("longer than 3 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsPartialSettleValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PaymentsPartialSettleValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsPartialSettleValueCurrency {
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
///`PaymentsRefund`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsRefund {
    #[serde(
        rename = "fastRefund",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fast_refund: ::std::option::Option<PaymentsRefundFastRefund>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<PaymentsRefundReference>,
}
impl PaymentsRefund {
    pub fn builder() -> builder::PaymentsRefund {
        Default::default()
    }
}
///`PaymentsRefundFastRefund`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsRefundFastRefund {
    pub enabled: bool,
    #[serde(
        rename = "fallbackToStandard",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fallback_to_standard: ::std::option::Option<bool>,
}
impl PaymentsRefundFastRefund {
    pub fn builder() -> builder::PaymentsRefundFastRefund {
        Default::default()
    }
}
///`PaymentsRefundReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsRefundReference(::std::string::String);
impl ::std::ops::Deref for PaymentsRefundReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsRefundReference> for ::std::string::String {
    fn from(value: PaymentsRefundReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsRefundReference {
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
        { ::regress::Regex::new("^[-A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[-A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsRefundReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsRefundReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsRefundReference {
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
///`PaymentsReversalResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsReversalResponse {
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
}
impl PaymentsReversalResponse {
    pub fn builder() -> builder::PaymentsReversalResponse {
        Default::default()
    }
}
///`PaymentsSentForSettlement201Response`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsSentForSettlement201Response {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exemption: ::std::option::Option<ExemptionOutcome>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
    ///Outcome of the request. Sent for Settlement returned only if requestAutoSettlement is enabled in the request.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<ResponsePaymentInstrument>,
    #[serde(
        rename = "riskFactors",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_factors: ::std::option::Option<RiskFactors>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<Scheme>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<UpdatedPaymentInstrument>,
}
impl PaymentsSentForSettlement201Response {
    pub fn builder() -> builder::PaymentsSentForSettlement201Response {
        Default::default()
    }
}
///`PaymentsSentForSettlement201ResponseMit`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentsSentForSettlement201ResponseMit {
    #[serde(
        rename = "commandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<CommandId>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<Issuer>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<crate::hal::Links>,
    ///Outcome of the request. Sent for Settlement returned only if requestAutoSettlement is enabled in the request.
    pub outcome: ::std::string::String,
    #[serde(
        rename = "paymentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_id: ::std::option::Option<PaymentId>,
    #[serde(
        rename = "paymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_instrument: ::std::option::Option<ResponsePaymentInstrument>,
    #[serde(
        rename = "riskFactors",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_factors: ::std::option::Option<RiskFactors>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<Scheme>,
    #[serde(
        rename = "updatedPaymentInstrument",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_payment_instrument: ::std::option::Option<UpdatedPaymentInstrument>,
}
impl PaymentsSentForSettlement201ResponseMit {
    pub fn builder() -> builder::PaymentsSentForSettlement201ResponseMit {
        Default::default()
    }
}
///`PaymentsSettle`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsSettle {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer: ::std::option::Option<PaymentsSettleCustomer>,
    #[serde(
        rename = "industryData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub industry_data: ::std::option::Option<IndustryData>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant: ::std::option::Option<PaymentsSettleMerchant>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<Order>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<PaymentsSettleReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<Shipping>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<PaymentsSettleValue>,
}
impl PaymentsSettle {
    pub fn builder() -> builder::PaymentsSettle {
        Default::default()
    }
}
///Additional customer data.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsSettleCustomer {
    ///Merchant-generated customer reference.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<::std::string::String>,
}
impl PaymentsSettleCustomer {
    pub fn builder() -> builder::PaymentsSettleCustomer {
        Default::default()
    }
}
///Contains information about the merchant.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsSettleMerchant {
    ///Merchant's tax reference.
    #[serde(
        rename = "taxReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_reference: ::std::option::Option<::std::string::String>,
}
impl PaymentsSettleMerchant {
    pub fn builder() -> builder::PaymentsSettleMerchant {
        Default::default()
    }
}
///`PaymentsSettleReference`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PaymentsSettleReference(::std::string::String);
impl ::std::ops::Deref for PaymentsSettleReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PaymentsSettleReference> for ::std::string::String {
    fn from(value: PaymentsSettleReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PaymentsSettleReference {
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
        { ::regress::Regex::new("^[-A-Za-z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[-A-Za-z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PaymentsSettleReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PaymentsSettleReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentsSettleReference {
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
///`PaymentsSettleValue`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PaymentsSettleValue {
    #[serde(
        rename = "surchargeAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub surcharge_amount: ::std::option::Option<i64>,
}
impl PaymentsSettleValue {
    pub fn builder() -> builder::PaymentsSettleValue {
        Default::default()
    }
}
///Additional transaction recipient data.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Recipient {
    ///Partial account reference of the primary recipient. Either partial card number (first 6 and last 4, no spaces), or a bank account number
    #[serde(
        rename = "accountReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_reference: ::std::option::Option<RecipientAccountReference>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<RecipientAddress>,
    #[serde(
        rename = "dateOfBirth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_of_birth: ::std::option::Option<RecipientDateOfBirth>,
    ///The last name of the recipient. If for a business, then use the company name.
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<RecipientLastName>,
}
impl Recipient {
    pub fn builder() -> builder::Recipient {
        Default::default()
    }
}
///Partial account reference of the primary recipient. Either partial card number (first 6 and last 4, no spaces), or a bank account number
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct RecipientAccountReference(::std::string::String);
impl ::std::ops::Deref for RecipientAccountReference {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<RecipientAccountReference> for ::std::string::String {
    fn from(value: RecipientAccountReference) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for RecipientAccountReference {
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
        { ::regress::Regex::new("^[a-zA-Z0-9]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for RecipientAccountReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for RecipientAccountReference {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for RecipientAccountReference {
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
///Address of the recipient
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RecipientAddress {
    #[serde(rename = "postalCode")]
    pub postal_code: RecipientAddressPostalCode,
}
impl RecipientAddress {
    pub fn builder() -> builder::RecipientAddress {
        Default::default()
    }
}
///`RecipientAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct RecipientAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for RecipientAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<RecipientAddressPostalCode> for ::std::string::String {
    fn from(value: RecipientAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for RecipientAddressPostalCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 7usize {
            return Err("longer than 7 characters".into());
        }
        if value.chars().count() < 5usize {
            return Err("shorter than 5 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for RecipientAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for RecipientAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for RecipientAddressPostalCode {
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
///Birth date of the recipient
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RecipientDateOfBirth {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}
impl RecipientDateOfBirth {
    pub fn builder() -> builder::RecipientDateOfBirth {
        Default::default()
    }
}
///The last name of the recipient. If for a business, then use the company name.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct RecipientLastName(::std::string::String);
impl ::std::ops::Deref for RecipientLastName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<RecipientLastName> for ::std::string::String {
    fn from(value: RecipientLastName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for RecipientLastName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 60usize {
            return Err("longer than 60 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-zA-Z@!£*#$)(+-_=.,/;:'\" ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-zA-Z@!£*#$)(+-_=.,/;:'\" ]*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for RecipientLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for RecipientLastName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for RecipientLastName {
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
///Allows you to request a real-time account update when using a previously stored card. You can only use this with customerAgreement transactions with a storedCardUsage value of subsequent. If the stored card details that you provided for the transaction are no longer valid and new credentials are available, the authorization will be processed with the new card and its details will be returned in the updatedPaymentInstrument object in the response.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct RequestAccountUpdater(pub bool);
impl ::std::ops::Deref for RequestAccountUpdater {
    type Target = bool;
    fn deref(&self) -> &bool {
        &self.0
    }
}
impl ::std::convert::From<RequestAccountUpdater> for bool {
    fn from(value: RequestAccountUpdater) -> Self {
        value.0
    }
}
impl ::std::convert::From<bool> for RequestAccountUpdater {
    fn from(value: bool) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for RequestAccountUpdater {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for RequestAccountUpdater {
    type Err = <bool as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for RequestAccountUpdater {
    type Error = <bool as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for RequestAccountUpdater {
    type Error = <bool as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///Details of the paymentInstrument used.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ResponsePaymentInstrument {
    ///The card BIN (Bank Identification Number) is the first 6 or 8 digits of the card number, and can be used to identify the card issuer, the card brand(s) (eg Visa, Cartes Bancaires), and the country. Card BINs are used to route transactions, check card capabilities, and in fraud assessments.
    #[serde(rename = "cardBin", skip_serializing_if = "::std::option::Option::is_none")]
    pub card_bin: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cardBrand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_brand: ::std::option::Option<
        crate::card_payments::types::ResponsePaymentInstrumentCardBrand,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<
        crate::card_payments::types::ResponsePaymentInstrumentCategory,
    >,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "debitNetwork",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_network: ::std::option::Option<
        crate::card_payments::types::ResponsePaymentInstrumentDebitNetwork,
    >,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<ResponsePaymentInstrumentExpiryDate>,
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<
        crate::card_payments::types::ResponsePaymentInstrumentFundingType,
    >,
    ///The name of the card issuer.
    #[serde(
        rename = "issuerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issuer_name: ::std::option::Option<::std::string::String>,
    ///The last four digits of the card. Some characters may be obfuscated with a * if the PAN length is less than 16 characters.
    #[serde(rename = "lastFour", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_four: ::std::option::Option<::std::string::String>,
    ///The payment account reference (PAR) is a non-financial reference that uniquely identifies the underlying cardholder account. This allows you to correlate payments made from the same account with differing instruments (e.g. card/plain and card/wallet+applepay), where the same account funds the transaction. A PAR cannot be used to initiate a payment.
    #[serde(
        rename = "paymentAccountReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_account_reference: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tokenNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_number: ::std::option::Option<
        crate::card_payments::types::ResponsePaymentInstrumentTokenNumber,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ResponsePaymentInstrument {
    pub fn builder() -> builder::ResponsePaymentInstrument {
        Default::default()
    }
}
///The expiry date of the card or network token (where the supplied paymentInstrument was card/wallet+applepay, card/wallet+googlepay, card/networkToken, card/networkToken+applepay or card/networkToken+googlepay)
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ResponsePaymentInstrumentExpiryDate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub month: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<i64>,
}
impl ResponsePaymentInstrumentExpiryDate {
    pub fn builder() -> builder::ResponsePaymentInstrumentExpiryDate {
        Default::default()
    }
}
///Any risk factors which have been identified for the authorization. This section will not appear if no risks are identified.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct RiskFactors(pub ::std::vec::Vec<RiskFactorsItem>);
impl ::std::ops::Deref for RiskFactors {
    type Target = ::std::vec::Vec<RiskFactorsItem>;
    fn deref(&self) -> &::std::vec::Vec<RiskFactorsItem> {
        &self.0
    }
}
impl ::std::convert::From<RiskFactors> for ::std::vec::Vec<RiskFactorsItem> {
    fn from(value: RiskFactors) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::vec::Vec<RiskFactorsItem>> for RiskFactors {
    fn from(value: ::std::vec::Vec<RiskFactorsItem>) -> Self {
        Self(value)
    }
}
///`RiskFactorsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RiskFactorsItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<
        crate::card_payments::types::RiskFactorsItemDetail,
    >,
    pub risk: crate::card_payments::types::RiskFactorsItemRisk,
    #[serde(rename = "type")]
    pub type_: crate::card_payments::types::RiskFactorsItemType,
}
impl RiskFactorsItem {
    pub fn builder() -> builder::RiskFactorsItem {
        Default::default()
    }
}
///An object containing specific routing preferences.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Routing {
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<RoutingFundingType>,
    #[serde(
        rename = "preferredCardBrand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preferred_card_brand: ::std::option::Option<RoutingPreferredCardBrand>,
}
impl Routing {
    pub fn builder() -> builder::Routing {
        Default::default()
    }
}
///`RoutingFundingType`
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
pub enum RoutingFundingType {
    #[serde(rename = "credit")]
    Credit,
    #[serde(rename = "debit")]
    Debit,
}
impl ::std::fmt::Display for RoutingFundingType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Credit => f.write_str("credit"),
            Self::Debit => f.write_str("debit"),
        }
    }
}
impl ::std::str::FromStr for RoutingFundingType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "credit" => Ok(Self::Credit),
            "debit" => Ok(Self::Debit),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for RoutingFundingType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for RoutingFundingType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`RoutingPreferredCardBrand`
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
pub enum RoutingPreferredCardBrand {
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
    #[serde(rename = "unionPay")]
    UnionPay,
}
impl ::std::fmt::Display for RoutingPreferredCardBrand {
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
            Self::UnionPay => f.write_str("unionPay"),
        }
    }
}
impl ::std::str::FromStr for RoutingPreferredCardBrand {
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
            "unionPay" => Ok(Self::UnionPay),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for RoutingPreferredCardBrand {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for RoutingPreferredCardBrand {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///An object containing information returned by the card scheme.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Scheme {
    ///The reference returned by the scheme for this particular payment authorization. The scheme reference returned in a customer initiated transaction should be provided in all subsequent merchant initiated transactions.
    pub reference: ::std::string::String,
}
impl Scheme {
    pub fn builder() -> builder::Scheme {
        Default::default()
    }
}
///An object containing shipping details.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Shipping {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recipient: ::std::option::Option<ShippingRecipient>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sender: ::std::option::Option<ShippingSender>,
}
impl Shipping {
    pub fn builder() -> builder::Shipping {
        Default::default()
    }
}
///`ShippingRecipient`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ShippingRecipient {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<ShippingRecipientAddress>,
}
impl ShippingRecipient {
    pub fn builder() -> builder::ShippingRecipient {
        Default::default()
    }
}
///`ShippingRecipientAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ShippingRecipientAddress {
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<ShippingRecipientAddressCountryCode>,
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<ShippingRecipientAddressPostalCode>,
}
impl ShippingRecipientAddress {
    pub fn builder() -> builder::ShippingRecipientAddress {
        Default::default()
    }
}
///`ShippingRecipientAddressCountryCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ShippingRecipientAddressCountryCode(::std::string::String);
impl ::std::ops::Deref for ShippingRecipientAddressCountryCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ShippingRecipientAddressCountryCode>
for ::std::string::String {
    fn from(value: ShippingRecipientAddressCountryCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ShippingRecipientAddressCountryCode {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ShippingRecipientAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ShippingRecipientAddressCountryCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShippingRecipientAddressCountryCode {
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
///`ShippingRecipientAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ShippingRecipientAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for ShippingRecipientAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ShippingRecipientAddressPostalCode> for ::std::string::String {
    fn from(value: ShippingRecipientAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ShippingRecipientAddressPostalCode {
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
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ShippingRecipientAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ShippingRecipientAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShippingRecipientAddressPostalCode {
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
///`ShippingSender`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ShippingSender {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<ShippingSenderAddress>,
}
impl ShippingSender {
    pub fn builder() -> builder::ShippingSender {
        Default::default()
    }
}
///`ShippingSenderAddress`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ShippingSenderAddress {
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<ShippingSenderAddressPostalCode>,
}
impl ShippingSenderAddress {
    pub fn builder() -> builder::ShippingSenderAddress {
        Default::default()
    }
}
///`ShippingSenderAddressPostalCode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ShippingSenderAddressPostalCode(::std::string::String);
impl ::std::ops::Deref for ShippingSenderAddressPostalCode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ShippingSenderAddressPostalCode> for ::std::string::String {
    fn from(value: ShippingSenderAddressPostalCode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ShippingSenderAddressPostalCode {
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
        { ::regress::Regex::new("^[a-zA-Z0-9 ]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-zA-Z0-9 ]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ShippingSenderAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ShippingSenderAddressPostalCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShippingSenderAddressPostalCode {
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
///`SouthKoreaCorporateAuth`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SouthKoreaCorporateAuth {
    #[serde(rename = "businessRegistrationNumber")]
    pub business_registration_number: SouthKoreaCorporateAuthBusinessRegistrationNumber,
    #[serde(rename = "firstTwoOfPin")]
    pub first_two_of_pin: SouthKoreaCorporateAuthFirstTwoOfPin,
}
impl SouthKoreaCorporateAuth {
    pub fn builder() -> builder::SouthKoreaCorporateAuth {
        Default::default()
    }
}
///`SouthKoreaCorporateAuthBusinessRegistrationNumber`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SouthKoreaCorporateAuthBusinessRegistrationNumber(::std::string::String);
impl ::std::ops::Deref for SouthKoreaCorporateAuthBusinessRegistrationNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SouthKoreaCorporateAuthBusinessRegistrationNumber>
for ::std::string::String {
    fn from(value: SouthKoreaCorporateAuthBusinessRegistrationNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SouthKoreaCorporateAuthBusinessRegistrationNumber {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10usize {
            return Err("longer than 10 characters".into());
        }
        if value.chars().count() < 6usize {
            return Err("shorter than 6 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for SouthKoreaCorporateAuthBusinessRegistrationNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SouthKoreaCorporateAuthBusinessRegistrationNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for SouthKoreaCorporateAuthBusinessRegistrationNumber {
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
///`SouthKoreaCorporateAuthFirstTwoOfPin`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SouthKoreaCorporateAuthFirstTwoOfPin(::std::string::String);
impl ::std::ops::Deref for SouthKoreaCorporateAuthFirstTwoOfPin {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SouthKoreaCorporateAuthFirstTwoOfPin>
for ::std::string::String {
    fn from(value: SouthKoreaCorporateAuthFirstTwoOfPin) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SouthKoreaCorporateAuthFirstTwoOfPin {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SouthKoreaCorporateAuthFirstTwoOfPin {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SouthKoreaCorporateAuthFirstTwoOfPin {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SouthKoreaCorporateAuthFirstTwoOfPin {
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
///`SouthKoreaPersonalAuth`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SouthKoreaPersonalAuth {
    #[serde(rename = "dateOfBirth")]
    pub date_of_birth: SouthKoreaPersonalAuthDateOfBirth,
    #[serde(rename = "firstTwoOfPin")]
    pub first_two_of_pin: SouthKoreaPersonalAuthFirstTwoOfPin,
}
impl SouthKoreaPersonalAuth {
    pub fn builder() -> builder::SouthKoreaPersonalAuth {
        Default::default()
    }
}
///`SouthKoreaPersonalAuthDateOfBirth`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SouthKoreaPersonalAuthDateOfBirth {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}
impl SouthKoreaPersonalAuthDateOfBirth {
    pub fn builder() -> builder::SouthKoreaPersonalAuthDateOfBirth {
        Default::default()
    }
}
///`SouthKoreaPersonalAuthFirstTwoOfPin`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SouthKoreaPersonalAuthFirstTwoOfPin(::std::string::String);
impl ::std::ops::Deref for SouthKoreaPersonalAuthFirstTwoOfPin {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SouthKoreaPersonalAuthFirstTwoOfPin>
for ::std::string::String {
    fn from(value: SouthKoreaPersonalAuthFirstTwoOfPin) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SouthKoreaPersonalAuthFirstTwoOfPin {
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
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]{2}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]{2}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SouthKoreaPersonalAuthFirstTwoOfPin {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SouthKoreaPersonalAuthFirstTwoOfPin {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SouthKoreaPersonalAuthFirstTwoOfPin {
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
///Merchant's tax reference.
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
///A unique reference generated by you that is used to identify a payment throughout its lifecycle.
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
///Details of the updated payment instrument.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UpdatedPaymentInstrument {
    #[serde(
        rename = "accountUpdaterMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_updater_message: ::std::option::Option<
        crate::card_payments::types::UpdatedPaymentInstrumentAccountUpdaterMessage,
    >,
    ///Returned if the payment instrument was swapped for a network token.
    #[serde(
        rename = "appliedNetworkToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub applied_network_token: ::std::option::Option<bool>,
    ///The updated card BIN (Bank Identification Number).
    #[serde(rename = "cardBin", skip_serializing_if = "::std::option::Option::is_none")]
    pub card_bin: ::std::option::Option<::std::string::String>,
    ///The brand of the updated card. In rare circumstances a card may be reissued under a different brand.
    #[serde(
        rename = "cardBrand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_brand: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<
        crate::card_payments::types::UpdatedPaymentInstrumentCardNumber,
    >,
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "expiryDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<UpdatedPaymentInstrumentExpiryDate>,
    ///How the card is funded.
    #[serde(
        rename = "fundingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub funding_type: ::std::option::Option<::std::string::String>,
    ///The four digits of the updated card. Some characters may be obfuscated with a * if the PAN length is less than 16 characters.
    #[serde(rename = "lastFour", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_four: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl UpdatedPaymentInstrument {
    pub fn builder() -> builder::UpdatedPaymentInstrument {
        Default::default()
    }
}
///`UpdatedPaymentInstrumentExpiryDate`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UpdatedPaymentInstrumentExpiryDate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub month: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<i64>,
}
impl UpdatedPaymentInstrumentExpiryDate {
    pub fn builder() -> builder::UpdatedPaymentInstrumentExpiryDate {
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
///An object that contains information about the value of the payment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Value {
    ///The payment amount. This is a whole number with an exponent e.g. if exponent is two, 250 is 2.50.
    pub amount: i64,
    pub currency: ValueCurrency,
}
impl Value {
    pub fn builder() -> builder::Value {
        Default::default()
    }
}
///`ValueCurrency`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ValueCurrency(::std::string::String);
impl ::std::ops::Deref for ValueCurrency {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ValueCurrency> for ::std::string::String {
    fn from(value: ValueCurrency) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ValueCurrency {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 3usize {
            return Err("longer than 3 characters".into());
        }
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ValueCurrency {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ValueCurrency {
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
    pub struct Advice {
        code: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for Advice {
        fn default() -> Self {
            Self {
                code: Err("no value supplied for code".to_string()),
            }
        }
    }
    impl Advice {
        pub fn code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.code = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for code: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Advice> for super::Advice {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Advice,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { code: value.code? })
        }
    }
    impl ::std::convert::From<super::Advice> for Advice {
        fn from(value: super::Advice) -> Self {
            Self { code: Ok(value.code) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Amounts {
        currency: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        partial_authorization: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        requested: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total_authorized: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Amounts {
        fn default() -> Self {
            Self {
                currency: Ok(Default::default()),
                partial_authorization: Ok(Default::default()),
                requested: Ok(Default::default()),
                total_authorized: Ok(Default::default()),
            }
        }
    }
    impl Amounts {
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
        pub fn partial_authorization<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.partial_authorization = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for partial_authorization: {e}"
                    )
                });
            self
        }
        pub fn requested<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.requested = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for requested: {e}")
                });
            self
        }
        pub fn total_authorized<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total_authorized = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for total_authorized: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Amounts> for super::Amounts {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Amounts,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                currency: value.currency?,
                partial_authorization: value.partial_authorization?,
                requested: value.requested?,
                total_authorized: value.total_authorized?,
            })
        }
    }
    impl ::std::convert::From<super::Amounts> for Amounts {
        fn from(value: super::Amounts) -> Self {
            Self {
                currency: Ok(value.currency),
                partial_authorization: Ok(value.partial_authorization),
                requested: Ok(value.requested),
                total_authorized: Ok(value.total_authorized),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct BillingAddress {
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
            ::std::option::Option<super::BillingAddressPhoneNumber>,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<::std::string::String, ::std::string::String>,
        state: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for BillingAddress {
        fn default() -> Self {
            Self {
                address1: Ok(Default::default()),
                address2: Ok(Default::default()),
                address3: Ok(Default::default()),
                city: Ok(Default::default()),
                country_code: Err("no value supplied for country_code".to_string()),
                phone_number: Ok(Default::default()),
                postal_code: Err("no value supplied for postal_code".to_string()),
                state: Ok(Default::default()),
            }
        }
    }
    impl BillingAddress {
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::BillingAddressPhoneNumber>,
            >,
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
    impl ::std::convert::TryFrom<BillingAddress> for super::BillingAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: BillingAddress,
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
    impl ::std::convert::From<super::BillingAddress> for BillingAddress {
        fn from(value: super::BillingAddress) -> Self {
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
    pub struct CardCheckout {
        cvc_href: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        token_href: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for CardCheckout {
        fn default() -> Self {
            Self {
                cvc_href: Ok(Default::default()),
                token_href: Err("no value supplied for token_href".to_string()),
            }
        }
    }
    impl CardCheckout {
        pub fn cvc_href<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.cvc_href = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for cvc_href: {e}")
                });
            self
        }
        pub fn token_href<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.token_href = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for token_href: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardCheckout> for super::CardCheckout {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardCheckout,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                cvc_href: value.cvc_href?,
                token_href: value.token_href?,
            })
        }
    }
    impl ::std::convert::From<super::CardCheckout> for CardCheckout {
        fn from(value: super::CardCheckout) -> Self {
            Self {
                cvc_href: Ok(value.cvc_href),
                token_href: Ok(value.token_href),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardNetworkToken {
        billing_address: ::std::result::Result<
            ::std::option::Option<super::BillingAddress>,
            ::std::string::String,
        >,
        card_holder_name: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::CardHolderName>,
            ::std::string::String,
        >,
        expiry_date: ::std::result::Result<
            super::ExpiryDateToken,
            ::std::string::String,
        >,
        token_number: ::std::result::Result<
            crate::card_payments::types::TokenNumber,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CardNetworkToken {
        fn default() -> Self {
            Self {
                billing_address: Ok(Default::default()),
                card_holder_name: Ok(Default::default()),
                expiry_date: Err("no value supplied for expiry_date".to_string()),
                token_number: Err("no value supplied for token_number".to_string()),
            }
        }
    }
    impl CardNetworkToken {
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn card_holder_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::card_payments::types::CardHolderName>,
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
        pub fn expiry_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::ExpiryDateToken>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_date: {e}")
                });
            self
        }
        pub fn token_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::TokenNumber>,
            T::Error: ::std::fmt::Display,
        {
            self.token_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for token_number: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardNetworkToken> for super::CardNetworkToken {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardNetworkToken,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                billing_address: value.billing_address?,
                card_holder_name: value.card_holder_name?,
                expiry_date: value.expiry_date?,
                token_number: value.token_number?,
            })
        }
    }
    impl ::std::convert::From<super::CardNetworkToken> for CardNetworkToken {
        fn from(value: super::CardNetworkToken) -> Self {
            Self {
                billing_address: Ok(value.billing_address),
                card_holder_name: Ok(value.card_holder_name),
                expiry_date: Ok(value.expiry_date),
                token_number: Ok(value.token_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardNetworkTokenApplepay {
        billing_address: ::std::result::Result<
            ::std::option::Option<super::BillingAddress>,
            ::std::string::String,
        >,
        card_holder_name: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::CardHolderName>,
            ::std::string::String,
        >,
        expiry_date: ::std::result::Result<
            super::ExpiryDateToken,
            ::std::string::String,
        >,
        token_number: ::std::result::Result<
            crate::card_payments::types::TokenNumber,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CardNetworkTokenApplepay {
        fn default() -> Self {
            Self {
                billing_address: Ok(Default::default()),
                card_holder_name: Ok(Default::default()),
                expiry_date: Err("no value supplied for expiry_date".to_string()),
                token_number: Err("no value supplied for token_number".to_string()),
            }
        }
    }
    impl CardNetworkTokenApplepay {
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn card_holder_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::card_payments::types::CardHolderName>,
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
        pub fn expiry_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::ExpiryDateToken>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_date: {e}")
                });
            self
        }
        pub fn token_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::TokenNumber>,
            T::Error: ::std::fmt::Display,
        {
            self.token_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for token_number: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardNetworkTokenApplepay>
    for super::CardNetworkTokenApplepay {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardNetworkTokenApplepay,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                billing_address: value.billing_address?,
                card_holder_name: value.card_holder_name?,
                expiry_date: value.expiry_date?,
                token_number: value.token_number?,
            })
        }
    }
    impl ::std::convert::From<super::CardNetworkTokenApplepay>
    for CardNetworkTokenApplepay {
        fn from(value: super::CardNetworkTokenApplepay) -> Self {
            Self {
                billing_address: Ok(value.billing_address),
                card_holder_name: Ok(value.card_holder_name),
                expiry_date: Ok(value.expiry_date),
                token_number: Ok(value.token_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardNetworkTokenGooglepay {
        billing_address: ::std::result::Result<
            ::std::option::Option<super::BillingAddress>,
            ::std::string::String,
        >,
        card_holder_name: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::CardHolderName>,
            ::std::string::String,
        >,
        expiry_date: ::std::result::Result<
            super::ExpiryDateToken,
            ::std::string::String,
        >,
        token_number: ::std::result::Result<
            crate::card_payments::types::TokenNumber,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CardNetworkTokenGooglepay {
        fn default() -> Self {
            Self {
                billing_address: Ok(Default::default()),
                card_holder_name: Ok(Default::default()),
                expiry_date: Err("no value supplied for expiry_date".to_string()),
                token_number: Err("no value supplied for token_number".to_string()),
            }
        }
    }
    impl CardNetworkTokenGooglepay {
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn card_holder_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::card_payments::types::CardHolderName>,
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
        pub fn expiry_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::ExpiryDateToken>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_date: {e}")
                });
            self
        }
        pub fn token_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::TokenNumber>,
            T::Error: ::std::fmt::Display,
        {
            self.token_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for token_number: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardNetworkTokenGooglepay>
    for super::CardNetworkTokenGooglepay {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardNetworkTokenGooglepay,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                billing_address: value.billing_address?,
                card_holder_name: value.card_holder_name?,
                expiry_date: value.expiry_date?,
                token_number: value.token_number?,
            })
        }
    }
    impl ::std::convert::From<super::CardNetworkTokenGooglepay>
    for CardNetworkTokenGooglepay {
        fn from(value: super::CardNetworkTokenGooglepay) -> Self {
            Self {
                billing_address: Ok(value.billing_address),
                card_holder_name: Ok(value.card_holder_name),
                expiry_date: Ok(value.expiry_date),
                token_number: Ok(value.token_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardPlain {
        billing_address: ::std::result::Result<
            ::std::option::Option<super::BillingAddress>,
            ::std::string::String,
        >,
        card_holder_name: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::CardHolderName>,
            ::std::string::String,
        >,
        card_number: ::std::result::Result<
            crate::card_payments::types::CardNumber,
            ::std::string::String,
        >,
        cvc: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::Cvc>,
            ::std::string::String,
        >,
        expiry_date: ::std::result::Result<super::ExpiryDateCard, ::std::string::String>,
    }
    impl ::std::default::Default for CardPlain {
        fn default() -> Self {
            Self {
                billing_address: Ok(Default::default()),
                card_holder_name: Ok(Default::default()),
                card_number: Err("no value supplied for card_number".to_string()),
                cvc: Ok(Default::default()),
                expiry_date: Err("no value supplied for expiry_date".to_string()),
            }
        }
    }
    impl CardPlain {
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn card_holder_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::card_payments::types::CardHolderName>,
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
            T: ::std::convert::TryInto<crate::card_payments::types::CardNumber>,
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
                ::std::option::Option<crate::card_payments::types::Cvc>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.cvc = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for cvc: {e}"));
            self
        }
        pub fn expiry_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::ExpiryDateCard>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_date: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardPlain> for super::CardPlain {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardPlain,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                billing_address: value.billing_address?,
                card_holder_name: value.card_holder_name?,
                card_number: value.card_number?,
                cvc: value.cvc?,
                expiry_date: value.expiry_date?,
            })
        }
    }
    impl ::std::convert::From<super::CardPlain> for CardPlain {
        fn from(value: super::CardPlain) -> Self {
            Self {
                billing_address: Ok(value.billing_address),
                card_holder_name: Ok(value.card_holder_name),
                card_number: Ok(value.card_number),
                cvc: Ok(value.cvc),
                expiry_date: Ok(value.expiry_date),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardPlainMit {
        billing_address: ::std::result::Result<
            ::std::option::Option<super::BillingAddress>,
            ::std::string::String,
        >,
        card_holder_name: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::CardHolderName>,
            ::std::string::String,
        >,
        card_number: ::std::result::Result<
            crate::card_payments::types::CardNumber,
            ::std::string::String,
        >,
        expiry_date: ::std::result::Result<super::ExpiryDateCard, ::std::string::String>,
    }
    impl ::std::default::Default for CardPlainMit {
        fn default() -> Self {
            Self {
                billing_address: Ok(Default::default()),
                card_holder_name: Ok(Default::default()),
                card_number: Err("no value supplied for card_number".to_string()),
                expiry_date: Err("no value supplied for expiry_date".to_string()),
            }
        }
    }
    impl CardPlainMit {
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn card_holder_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::card_payments::types::CardHolderName>,
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
            T: ::std::convert::TryInto<crate::card_payments::types::CardNumber>,
            T::Error: ::std::fmt::Display,
        {
            self.card_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_number: {e}")
                });
            self
        }
        pub fn expiry_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::ExpiryDateCard>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_date: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardPlainMit> for super::CardPlainMit {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardPlainMit,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                billing_address: value.billing_address?,
                card_holder_name: value.card_holder_name?,
                card_number: value.card_number?,
                expiry_date: value.expiry_date?,
            })
        }
    }
    impl ::std::convert::From<super::CardPlainMit> for CardPlainMit {
        fn from(value: super::CardPlainMit) -> Self {
            Self {
                billing_address: Ok(value.billing_address),
                card_holder_name: Ok(value.card_holder_name),
                card_number: Ok(value.card_number),
                expiry_date: Ok(value.expiry_date),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardToken {
        cvc: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::Cvc>,
            ::std::string::String,
        >,
        href: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for CardToken {
        fn default() -> Self {
            Self {
                cvc: Ok(Default::default()),
                href: Err("no value supplied for href".to_string()),
            }
        }
    }
    impl CardToken {
        pub fn cvc<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::card_payments::types::Cvc>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.cvc = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for cvc: {e}"));
            self
        }
        pub fn href<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.href = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for href: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CardToken> for super::CardToken {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardToken,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                cvc: value.cvc?,
                href: value.href?,
            })
        }
    }
    impl ::std::convert::From<super::CardToken> for CardToken {
        fn from(value: super::CardToken) -> Self {
            Self {
                cvc: Ok(value.cvc),
                href: Ok(value.href),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardTokenMit {
        href: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for CardTokenMit {
        fn default() -> Self {
            Self {
                href: Err("no value supplied for href".to_string()),
            }
        }
    }
    impl CardTokenMit {
        pub fn href<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.href = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for href: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CardTokenMit> for super::CardTokenMit {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardTokenMit,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { href: value.href? })
        }
    }
    impl ::std::convert::From<super::CardTokenMit> for CardTokenMit {
        fn from(value: super::CardTokenMit) -> Self {
            Self { href: Ok(value.href) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardWalletApplepay {
        billing_address: ::std::result::Result<
            ::std::option::Option<super::BillingAddress>,
            ::std::string::String,
        >,
        wallet_token: ::std::result::Result<
            crate::card_payments::types::WalletToken,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CardWalletApplepay {
        fn default() -> Self {
            Self {
                billing_address: Ok(Default::default()),
                wallet_token: Err("no value supplied for wallet_token".to_string()),
            }
        }
    }
    impl CardWalletApplepay {
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn wallet_token<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::WalletToken>,
            T::Error: ::std::fmt::Display,
        {
            self.wallet_token = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for wallet_token: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardWalletApplepay> for super::CardWalletApplepay {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardWalletApplepay,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                billing_address: value.billing_address?,
                wallet_token: value.wallet_token?,
            })
        }
    }
    impl ::std::convert::From<super::CardWalletApplepay> for CardWalletApplepay {
        fn from(value: super::CardWalletApplepay) -> Self {
            Self {
                billing_address: Ok(value.billing_address),
                wallet_token: Ok(value.wallet_token),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardWalletGooglepay {
        billing_address: ::std::result::Result<
            ::std::option::Option<super::BillingAddress>,
            ::std::string::String,
        >,
        wallet_token: ::std::result::Result<
            crate::card_payments::types::WalletToken,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CardWalletGooglepay {
        fn default() -> Self {
            Self {
                billing_address: Ok(Default::default()),
                wallet_token: Err("no value supplied for wallet_token".to_string()),
            }
        }
    }
    impl CardWalletGooglepay {
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn wallet_token<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::WalletToken>,
            T::Error: ::std::fmt::Display,
        {
            self.wallet_token = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for wallet_token: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardWalletGooglepay> for super::CardWalletGooglepay {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardWalletGooglepay,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                billing_address: value.billing_address?,
                wallet_token: value.wallet_token?,
            })
        }
    }
    impl ::std::convert::From<super::CardWalletGooglepay> for CardWalletGooglepay {
        fn from(value: super::CardWalletGooglepay) -> Self {
            Self {
                billing_address: Ok(value.billing_address),
                wallet_token: Ok(value.wallet_token),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CitCardOnFile {
        stored_card_usage: ::std::result::Result<
            super::CitCardOnFileStoredCardUsage,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CitCardOnFile {
        fn default() -> Self {
            Self {
                stored_card_usage: Err(
                    "no value supplied for stored_card_usage".to_string(),
                ),
            }
        }
    }
    impl CitCardOnFile {
        pub fn stored_card_usage<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::CitCardOnFileStoredCardUsage>,
            T::Error: ::std::fmt::Display,
        {
            self.stored_card_usage = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for stored_card_usage: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CitCardOnFile> for super::CitCardOnFile {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CitCardOnFile,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::std::convert::From<super::CitCardOnFile> for CitCardOnFile {
        fn from(value: super::CitCardOnFile) -> Self {
            Self {
                stored_card_usage: Ok(value.stored_card_usage),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CitInstallment {
        installment_plan: ::std::result::Result<
            ::std::option::Option<super::CitInstallmentInstallmentPlan>,
            ::std::string::String,
        >,
        installment_type: ::std::result::Result<
            super::CitInstallmentInstallmentType,
            ::std::string::String,
        >,
        stored_card_usage: ::std::result::Result<
            ::std::option::Option<super::CitInstallmentStoredCardUsage>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CitInstallment {
        fn default() -> Self {
            Self {
                installment_plan: Ok(Default::default()),
                installment_type: Err(
                    "no value supplied for installment_type".to_string(),
                ),
                stored_card_usage: Ok(Default::default()),
            }
        }
    }
    impl CitInstallment {
        pub fn installment_plan<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::CitInstallmentInstallmentPlan>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.installment_plan = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for installment_plan: {e}")
                });
            self
        }
        pub fn installment_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::CitInstallmentInstallmentType>,
            T::Error: ::std::fmt::Display,
        {
            self.installment_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for installment_type: {e}")
                });
            self
        }
        pub fn stored_card_usage<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::CitInstallmentStoredCardUsage>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.stored_card_usage = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for stored_card_usage: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CitInstallment> for super::CitInstallment {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CitInstallment,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                installment_plan: value.installment_plan?,
                installment_type: value.installment_type?,
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::std::convert::From<super::CitInstallment> for CitInstallment {
        fn from(value: super::CitInstallment) -> Self {
            Self {
                installment_plan: Ok(value.installment_plan),
                installment_type: Ok(value.installment_type),
                stored_card_usage: Ok(value.stored_card_usage),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CitInstallmentInstallmentPlan {
        number_of_installments: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for CitInstallmentInstallmentPlan {
        fn default() -> Self {
            Self {
                number_of_installments: Err(
                    "no value supplied for number_of_installments".to_string(),
                ),
            }
        }
    }
    impl CitInstallmentInstallmentPlan {
        pub fn number_of_installments<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.number_of_installments = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for number_of_installments: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CitInstallmentInstallmentPlan>
    for super::CitInstallmentInstallmentPlan {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CitInstallmentInstallmentPlan,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                number_of_installments: value.number_of_installments?,
            })
        }
    }
    impl ::std::convert::From<super::CitInstallmentInstallmentPlan>
    for CitInstallmentInstallmentPlan {
        fn from(value: super::CitInstallmentInstallmentPlan) -> Self {
            Self {
                number_of_installments: Ok(value.number_of_installments),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CitSubscription {
        stored_card_usage: ::std::result::Result<
            ::std::option::Option<super::CitSubscriptionStoredCardUsage>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CitSubscription {
        fn default() -> Self {
            Self {
                stored_card_usage: Ok(Default::default()),
            }
        }
    }
    impl CitSubscription {
        pub fn stored_card_usage<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::CitSubscriptionStoredCardUsage>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.stored_card_usage = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for stored_card_usage: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CitSubscription> for super::CitSubscription {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CitSubscription,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::std::convert::From<super::CitSubscription> for CitSubscription {
        fn from(value: super::CitSubscription) -> Self {
            Self {
                stored_card_usage: Ok(value.stored_card_usage),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInitiatedTransaction {
        authentication: ::std::result::Result<
            ::std::option::Option<super::CustomerInitiatedTransactionAuthentication>,
            ::std::string::String,
        >,
        channel: ::std::result::Result<
            super::CustomerInitiatedTransactionChannel,
            ::std::string::String,
        >,
        customer: ::std::result::Result<
            ::std::option::Option<super::CustomerInitiatedTransactionCustomer>,
            ::std::string::String,
        >,
        exemption: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::Exemption>,
            ::std::string::String,
        >,
        industry_data: ::std::result::Result<
            ::std::option::Option<super::IndustryData>,
            ::std::string::String,
        >,
        instruction: ::std::result::Result<
            super::CustomerInitiatedTransactionInstruction,
            ::std::string::String,
        >,
        merchant: ::std::result::Result<
            super::CustomerInitiatedTransactionMerchant,
            ::std::string::String,
        >,
        order: ::std::result::Result<
            ::std::option::Option<super::Order>,
            ::std::string::String,
        >,
        order_reference: ::std::result::Result<
            ::std::option::Option<super::OrderReference>,
            ::std::string::String,
        >,
        recipient: ::std::result::Result<
            ::std::option::Option<super::Recipient>,
            ::std::string::String,
        >,
        risk_profile: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shipping: ::std::result::Result<
            ::std::option::Option<super::Shipping>,
            ::std::string::String,
        >,
        transaction_reference: ::std::result::Result<
            super::TransactionReference,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerInitiatedTransaction {
        fn default() -> Self {
            Self {
                authentication: Ok(Default::default()),
                channel: Err("no value supplied for channel".to_string()),
                customer: Ok(Default::default()),
                exemption: Ok(Default::default()),
                industry_data: Ok(Default::default()),
                instruction: Err("no value supplied for instruction".to_string()),
                merchant: Err("no value supplied for merchant".to_string()),
                order: Ok(Default::default()),
                order_reference: Ok(Default::default()),
                recipient: Ok(Default::default()),
                risk_profile: Ok(Default::default()),
                shipping: Ok(Default::default()),
                transaction_reference: Err(
                    "no value supplied for transaction_reference".to_string(),
                ),
            }
        }
    }
    impl CustomerInitiatedTransaction {
        pub fn authentication<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::CustomerInitiatedTransactionAuthentication>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.authentication = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for authentication: {e}")
                });
            self
        }
        pub fn channel<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::CustomerInitiatedTransactionChannel>,
            T::Error: ::std::fmt::Display,
        {
            self.channel = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for channel: {e}")
                });
            self
        }
        pub fn customer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::CustomerInitiatedTransactionCustomer>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.customer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer: {e}")
                });
            self
        }
        pub fn exemption<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::card_payments::types::Exemption>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.exemption = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for exemption: {e}")
                });
            self
        }
        pub fn industry_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::IndustryData>>,
            T::Error: ::std::fmt::Display,
        {
            self.industry_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for industry_data: {e}")
                });
            self
        }
        pub fn instruction<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::CustomerInitiatedTransactionInstruction>,
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
            T: ::std::convert::TryInto<super::CustomerInitiatedTransactionMerchant>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for merchant: {e}")
                });
            self
        }
        pub fn order<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Order>>,
            T::Error: ::std::fmt::Display,
        {
            self.order = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for order: {e}"));
            self
        }
        pub fn order_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::OrderReference>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_reference: {e}")
                });
            self
        }
        pub fn recipient<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Recipient>>,
            T::Error: ::std::fmt::Display,
        {
            self.recipient = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for recipient: {e}")
                });
            self
        }
        pub fn risk_profile<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.risk_profile = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_profile: {e}")
                });
            self
        }
        pub fn shipping<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Shipping>>,
            T::Error: ::std::fmt::Display,
        {
            self.shipping = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for shipping: {e}")
                });
            self
        }
        pub fn transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::TransactionReference>,
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
    impl ::std::convert::TryFrom<CustomerInitiatedTransaction>
    for super::CustomerInitiatedTransaction {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInitiatedTransaction,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                authentication: value.authentication?,
                channel: value.channel?,
                customer: value.customer?,
                exemption: value.exemption?,
                industry_data: value.industry_data?,
                instruction: value.instruction?,
                merchant: value.merchant?,
                order: value.order?,
                order_reference: value.order_reference?,
                recipient: value.recipient?,
                risk_profile: value.risk_profile?,
                shipping: value.shipping?,
                transaction_reference: value.transaction_reference?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerInitiatedTransaction>
    for CustomerInitiatedTransaction {
        fn from(value: super::CustomerInitiatedTransaction) -> Self {
            Self {
                authentication: Ok(value.authentication),
                channel: Ok(value.channel),
                customer: Ok(value.customer),
                exemption: Ok(value.exemption),
                industry_data: Ok(value.industry_data),
                instruction: Ok(value.instruction),
                merchant: Ok(value.merchant),
                order: Ok(value.order),
                order_reference: Ok(value.order_reference),
                recipient: Ok(value.recipient),
                risk_profile: Ok(value.risk_profile),
                shipping: Ok(value.shipping),
                transaction_reference: Ok(value.transaction_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInitiatedTransactionAuthentication {
        customer_data: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::CustomerInitiatedTransactionAuthenticationCustomerData,
            >,
            ::std::string::String,
        >,
        network_token: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionAuthenticationNetworkToken,
            >,
            ::std::string::String,
        >,
        three_ds: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionAuthenticationThreeDs,
            >,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerInitiatedTransactionAuthentication {
        fn default() -> Self {
            Self {
                customer_data: Ok(Default::default()),
                network_token: Ok(Default::default()),
                three_ds: Ok(Default::default()),
            }
        }
    }
    impl CustomerInitiatedTransactionAuthentication {
        pub fn customer_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::CustomerInitiatedTransactionAuthenticationCustomerData,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.customer_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer_data: {e}")
                });
            self
        }
        pub fn network_token<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionAuthenticationNetworkToken,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.network_token = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for network_token: {e}")
                });
            self
        }
        pub fn three_ds<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionAuthenticationThreeDs,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.three_ds = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for three_ds: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerInitiatedTransactionAuthentication>
    for super::CustomerInitiatedTransactionAuthentication {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInitiatedTransactionAuthentication,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                customer_data: value.customer_data?,
                network_token: value.network_token?,
                three_ds: value.three_ds?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerInitiatedTransactionAuthentication>
    for CustomerInitiatedTransactionAuthentication {
        fn from(value: super::CustomerInitiatedTransactionAuthentication) -> Self {
            Self {
                customer_data: Ok(value.customer_data),
                network_token: Ok(value.network_token),
                three_ds: Ok(value.three_ds),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInitiatedTransactionAuthenticationNetworkToken {
        cryptogram: ::std::result::Result<
            crate::card_payments::types::Cryptogram,
            ::std::string::String,
        >,
        eci: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionAuthenticationNetworkTokenEci,
            >,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default
    for CustomerInitiatedTransactionAuthenticationNetworkToken {
        fn default() -> Self {
            Self {
                cryptogram: Err("no value supplied for cryptogram".to_string()),
                eci: Ok(Default::default()),
            }
        }
    }
    impl CustomerInitiatedTransactionAuthenticationNetworkToken {
        pub fn cryptogram<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::Cryptogram>,
            T::Error: ::std::fmt::Display,
        {
            self.cryptogram = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for cryptogram: {e}")
                });
            self
        }
        pub fn eci<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionAuthenticationNetworkTokenEci,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.eci = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for eci: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerInitiatedTransactionAuthenticationNetworkToken>
    for super::CustomerInitiatedTransactionAuthenticationNetworkToken {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInitiatedTransactionAuthenticationNetworkToken,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                cryptogram: value.cryptogram?,
                eci: value.eci?,
            })
        }
    }
    impl ::std::convert::From<
        super::CustomerInitiatedTransactionAuthenticationNetworkToken,
    > for CustomerInitiatedTransactionAuthenticationNetworkToken {
        fn from(
            value: super::CustomerInitiatedTransactionAuthenticationNetworkToken,
        ) -> Self {
            Self {
                cryptogram: Ok(value.cryptogram),
                eci: Ok(value.eci),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInitiatedTransactionAuthenticationThreeDs {
        authentication_flow: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionAuthenticationThreeDsAuthenticationFlow,
            >,
            ::std::string::String,
        >,
        authentication_value: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::AuthenticationValue>,
            ::std::string::String,
        >,
        brand: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionAuthenticationThreeDsBrand,
            >,
            ::std::string::String,
        >,
        cancellation_indicator: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator,
            >,
            ::std::string::String,
        >,
        challenge_preference: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionAuthenticationThreeDsChallengePreference,
            >,
            ::std::string::String,
        >,
        cryptogram_algorithm: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        eci: ::std::result::Result<
            super::CustomerInitiatedTransactionAuthenticationThreeDsEci,
            ::std::string::String,
        >,
        network_score: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore,
            >,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status_reason: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        transaction_id: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionAuthenticationThreeDsTransactionId,
            >,
            ::std::string::String,
        >,
        version: ::std::result::Result<
            super::CustomerInitiatedTransactionAuthenticationThreeDsVersion,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerInitiatedTransactionAuthenticationThreeDs {
        fn default() -> Self {
            Self {
                authentication_flow: Ok(Default::default()),
                authentication_value: Ok(Default::default()),
                brand: Ok(Default::default()),
                cancellation_indicator: Ok(Default::default()),
                challenge_preference: Ok(Default::default()),
                cryptogram_algorithm: Ok(Default::default()),
                eci: Err("no value supplied for eci".to_string()),
                network_score: Ok(Default::default()),
                status: Ok(Default::default()),
                status_reason: Ok(Default::default()),
                transaction_id: Ok(Default::default()),
                version: Err("no value supplied for version".to_string()),
            }
        }
    }
    impl CustomerInitiatedTransactionAuthenticationThreeDs {
        pub fn authentication_flow<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionAuthenticationThreeDsAuthenticationFlow,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.authentication_flow = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for authentication_flow: {e}"
                    )
                });
            self
        }
        pub fn authentication_value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::card_payments::types::AuthenticationValue>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.authentication_value = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for authentication_value: {e}"
                    )
                });
            self
        }
        pub fn brand<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionAuthenticationThreeDsBrand,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.brand = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for brand: {e}"));
            self
        }
        pub fn cancellation_indicator<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionAuthenticationThreeDsCancellationIndicator,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.cancellation_indicator = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for cancellation_indicator: {e}"
                    )
                });
            self
        }
        pub fn challenge_preference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionAuthenticationThreeDsChallengePreference,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.challenge_preference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for challenge_preference: {e}"
                    )
                });
            self
        }
        pub fn cryptogram_algorithm<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.cryptogram_algorithm = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for cryptogram_algorithm: {e}"
                    )
                });
            self
        }
        pub fn eci<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::CustomerInitiatedTransactionAuthenticationThreeDsEci,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.eci = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for eci: {e}"));
            self
        }
        pub fn network_score<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionAuthenticationThreeDsNetworkScore,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.network_score = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for network_score: {e}")
                });
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
        pub fn status_reason<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.status_reason = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for status_reason: {e}")
                });
            self
        }
        pub fn transaction_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionAuthenticationThreeDsTransactionId,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.transaction_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for transaction_id: {e}")
                });
            self
        }
        pub fn version<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::CustomerInitiatedTransactionAuthenticationThreeDsVersion,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.version = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for version: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerInitiatedTransactionAuthenticationThreeDs>
    for super::CustomerInitiatedTransactionAuthenticationThreeDs {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInitiatedTransactionAuthenticationThreeDs,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                authentication_flow: value.authentication_flow?,
                authentication_value: value.authentication_value?,
                brand: value.brand?,
                cancellation_indicator: value.cancellation_indicator?,
                challenge_preference: value.challenge_preference?,
                cryptogram_algorithm: value.cryptogram_algorithm?,
                eci: value.eci?,
                network_score: value.network_score?,
                status: value.status?,
                status_reason: value.status_reason?,
                transaction_id: value.transaction_id?,
                version: value.version?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerInitiatedTransactionAuthenticationThreeDs>
    for CustomerInitiatedTransactionAuthenticationThreeDs {
        fn from(
            value: super::CustomerInitiatedTransactionAuthenticationThreeDs,
        ) -> Self {
            Self {
                authentication_flow: Ok(value.authentication_flow),
                authentication_value: Ok(value.authentication_value),
                brand: Ok(value.brand),
                cancellation_indicator: Ok(value.cancellation_indicator),
                challenge_preference: Ok(value.challenge_preference),
                cryptogram_algorithm: Ok(value.cryptogram_algorithm),
                eci: Ok(value.eci),
                network_score: Ok(value.network_score),
                status: Ok(value.status),
                status_reason: Ok(value.status_reason),
                transaction_id: Ok(value.transaction_id),
                version: Ok(value.version),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInitiatedTransactionCustomer {
        document_reference: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionCustomerDocumentReference,
            >,
            ::std::string::String,
        >,
        email_address: ::std::result::Result<
            ::std::option::Option<
                super::CustomerInitiatedTransactionCustomerEmailAddress,
            >,
            ::std::string::String,
        >,
        ip_address: ::std::result::Result<
            ::std::option::Option<super::CustomerInitiatedTransactionCustomerIpAddress>,
            ::std::string::String,
        >,
        reference: ::std::result::Result<
            ::std::option::Option<super::CustomerInitiatedTransactionCustomerReference>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerInitiatedTransactionCustomer {
        fn default() -> Self {
            Self {
                document_reference: Ok(Default::default()),
                email_address: Ok(Default::default()),
                ip_address: Ok(Default::default()),
                reference: Ok(Default::default()),
            }
        }
    }
    impl CustomerInitiatedTransactionCustomer {
        pub fn document_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionCustomerDocumentReference,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.document_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for document_reference: {e}"
                    )
                });
            self
        }
        pub fn email_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionCustomerEmailAddress,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.email_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for email_address: {e}")
                });
            self
        }
        pub fn ip_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionCustomerIpAddress,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.ip_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for ip_address: {e}")
                });
            self
        }
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::CustomerInitiatedTransactionCustomerReference,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerInitiatedTransactionCustomer>
    for super::CustomerInitiatedTransactionCustomer {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInitiatedTransactionCustomer,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                document_reference: value.document_reference?,
                email_address: value.email_address?,
                ip_address: value.ip_address?,
                reference: value.reference?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerInitiatedTransactionCustomer>
    for CustomerInitiatedTransactionCustomer {
        fn from(value: super::CustomerInitiatedTransactionCustomer) -> Self {
            Self {
                document_reference: Ok(value.document_reference),
                email_address: Ok(value.email_address),
                ip_address: Ok(value.ip_address),
                reference: Ok(value.reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInitiatedTransactionInstruction {
        consumer_bill_payment: ::std::result::Result<
            ::std::option::Option<super::ConsumerBillPayment>,
            ::std::string::String,
        >,
        customer_agreement: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::CustomerInitiatedTransactionInstructionCustomerAgreement,
            >,
            ::std::string::String,
        >,
        debt_repayment: ::std::result::Result<
            ::std::option::Option<super::DebtRepayment>,
            ::std::string::String,
        >,
        funds_transfer: ::std::result::Result<
            ::std::option::Option<super::FundsTransfer>,
            ::std::string::String,
        >,
        narrative: ::std::result::Result<super::Narrative, ::std::string::String>,
        payment_instrument: ::std::result::Result<
            crate::card_payments::types::CustomerInitiatedTransactionInstructionPaymentInstrument,
            ::std::string::String,
        >,
        request_account_updater: ::std::result::Result<
            ::std::option::Option<super::RequestAccountUpdater>,
            ::std::string::String,
        >,
        request_auto_settlement: ::std::result::Result<
            super::CustomerInitiatedTransactionInstructionRequestAutoSettlement,
            ::std::string::String,
        >,
        routing: ::std::result::Result<
            ::std::option::Option<super::Routing>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            super::CustomerInitiatedTransactionInstructionValue,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerInitiatedTransactionInstruction {
        fn default() -> Self {
            Self {
                consumer_bill_payment: Ok(Default::default()),
                customer_agreement: Ok(Default::default()),
                debt_repayment: Ok(Default::default()),
                funds_transfer: Ok(Default::default()),
                narrative: Err("no value supplied for narrative".to_string()),
                payment_instrument: Err(
                    "no value supplied for payment_instrument".to_string(),
                ),
                request_account_updater: Ok(Default::default()),
                request_auto_settlement: Err(
                    "no value supplied for request_auto_settlement".to_string(),
                ),
                routing: Ok(Default::default()),
                value: Err("no value supplied for value".to_string()),
            }
        }
    }
    impl CustomerInitiatedTransactionInstruction {
        pub fn consumer_bill_payment<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ConsumerBillPayment>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.consumer_bill_payment = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for consumer_bill_payment: {e}"
                    )
                });
            self
        }
        pub fn customer_agreement<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::CustomerInitiatedTransactionInstructionCustomerAgreement,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.customer_agreement = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for customer_agreement: {e}"
                    )
                });
            self
        }
        pub fn debt_repayment<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::DebtRepayment>>,
            T::Error: ::std::fmt::Display,
        {
            self.debt_repayment = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for debt_repayment: {e}")
                });
            self
        }
        pub fn funds_transfer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::FundsTransfer>>,
            T::Error: ::std::fmt::Display,
        {
            self.funds_transfer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for funds_transfer: {e}")
                });
            self
        }
        pub fn narrative<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Narrative>,
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
                crate::card_payments::types::CustomerInitiatedTransactionInstructionPaymentInstrument,
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
        pub fn request_account_updater<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::RequestAccountUpdater>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.request_account_updater = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for request_account_updater: {e}"
                    )
                });
            self
        }
        pub fn request_auto_settlement<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::CustomerInitiatedTransactionInstructionRequestAutoSettlement,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.request_auto_settlement = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for request_auto_settlement: {e}"
                    )
                });
            self
        }
        pub fn routing<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Routing>>,
            T::Error: ::std::fmt::Display,
        {
            self.routing = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for routing: {e}")
                });
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::CustomerInitiatedTransactionInstructionValue,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerInitiatedTransactionInstruction>
    for super::CustomerInitiatedTransactionInstruction {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInitiatedTransactionInstruction,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                consumer_bill_payment: value.consumer_bill_payment?,
                customer_agreement: value.customer_agreement?,
                debt_repayment: value.debt_repayment?,
                funds_transfer: value.funds_transfer?,
                narrative: value.narrative?,
                payment_instrument: value.payment_instrument?,
                request_account_updater: value.request_account_updater?,
                request_auto_settlement: value.request_auto_settlement?,
                routing: value.routing?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerInitiatedTransactionInstruction>
    for CustomerInitiatedTransactionInstruction {
        fn from(value: super::CustomerInitiatedTransactionInstruction) -> Self {
            Self {
                consumer_bill_payment: Ok(value.consumer_bill_payment),
                customer_agreement: Ok(value.customer_agreement),
                debt_repayment: Ok(value.debt_repayment),
                funds_transfer: Ok(value.funds_transfer),
                narrative: Ok(value.narrative),
                payment_instrument: Ok(value.payment_instrument),
                request_account_updater: Ok(value.request_account_updater),
                request_auto_settlement: Ok(value.request_auto_settlement),
                routing: Ok(value.routing),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInitiatedTransactionInstructionRequestAutoSettlement {
        enabled: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default
    for CustomerInitiatedTransactionInstructionRequestAutoSettlement {
        fn default() -> Self {
            Self {
                enabled: Ok(Default::default()),
            }
        }
    }
    impl CustomerInitiatedTransactionInstructionRequestAutoSettlement {
        pub fn enabled<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.enabled = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for enabled: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<
        CustomerInitiatedTransactionInstructionRequestAutoSettlement,
    > for super::CustomerInitiatedTransactionInstructionRequestAutoSettlement {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInitiatedTransactionInstructionRequestAutoSettlement,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { enabled: value.enabled? })
        }
    }
    impl ::std::convert::From<
        super::CustomerInitiatedTransactionInstructionRequestAutoSettlement,
    > for CustomerInitiatedTransactionInstructionRequestAutoSettlement {
        fn from(
            value: super::CustomerInitiatedTransactionInstructionRequestAutoSettlement,
        ) -> Self {
            Self { enabled: Ok(value.enabled) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInitiatedTransactionInstructionValue {
        accept_partial_amount: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        amount: ::std::result::Result<i64, ::std::string::String>,
        convenience_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        currency: ::std::result::Result<
            super::CustomerInitiatedTransactionInstructionValueCurrency,
            ::std::string::String,
        >,
        estimated: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        surcharge_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerInitiatedTransactionInstructionValue {
        fn default() -> Self {
            Self {
                accept_partial_amount: Ok(Default::default()),
                amount: Err("no value supplied for amount".to_string()),
                convenience_amount: Ok(Default::default()),
                currency: Err("no value supplied for currency".to_string()),
                estimated: Ok(Default::default()),
                surcharge_amount: Ok(Default::default()),
            }
        }
    }
    impl CustomerInitiatedTransactionInstructionValue {
        pub fn accept_partial_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.accept_partial_amount = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for accept_partial_amount: {e}"
                    )
                });
            self
        }
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
        pub fn convenience_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.convenience_amount = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for convenience_amount: {e}"
                    )
                });
            self
        }
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::CustomerInitiatedTransactionInstructionValueCurrency,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
        pub fn estimated<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.estimated = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for estimated: {e}")
                });
            self
        }
        pub fn surcharge_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.surcharge_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for surcharge_amount: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerInitiatedTransactionInstructionValue>
    for super::CustomerInitiatedTransactionInstructionValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInitiatedTransactionInstructionValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                accept_partial_amount: value.accept_partial_amount?,
                amount: value.amount?,
                convenience_amount: value.convenience_amount?,
                currency: value.currency?,
                estimated: value.estimated?,
                surcharge_amount: value.surcharge_amount?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerInitiatedTransactionInstructionValue>
    for CustomerInitiatedTransactionInstructionValue {
        fn from(value: super::CustomerInitiatedTransactionInstructionValue) -> Self {
            Self {
                accept_partial_amount: Ok(value.accept_partial_amount),
                amount: Ok(value.amount),
                convenience_amount: Ok(value.convenience_amount),
                currency: Ok(value.currency),
                estimated: Ok(value.estimated),
                surcharge_amount: Ok(value.surcharge_amount),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInitiatedTransactionMerchant {
        entity: ::std::result::Result<super::Entity, ::std::string::String>,
        mcc: ::std::result::Result<
            ::std::option::Option<super::Mcc>,
            ::std::string::String,
        >,
        payment_facilitator: ::std::result::Result<
            ::std::option::Option<super::PaymentFacilitator>,
            ::std::string::String,
        >,
        tax_reference: ::std::result::Result<
            ::std::option::Option<super::TaxReference>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerInitiatedTransactionMerchant {
        fn default() -> Self {
            Self {
                entity: Err("no value supplied for entity".to_string()),
                mcc: Ok(Default::default()),
                payment_facilitator: Ok(Default::default()),
                tax_reference: Ok(Default::default()),
            }
        }
    }
    impl CustomerInitiatedTransactionMerchant {
        pub fn entity<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Entity>,
            T::Error: ::std::fmt::Display,
        {
            self.entity = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for entity: {e}"));
            self
        }
        pub fn mcc<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Mcc>>,
            T::Error: ::std::fmt::Display,
        {
            self.mcc = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for mcc: {e}"));
            self
        }
        pub fn payment_facilitator<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentFacilitator>>,
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
        pub fn tax_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::TaxReference>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerInitiatedTransactionMerchant>
    for super::CustomerInitiatedTransactionMerchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInitiatedTransactionMerchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                entity: value.entity?,
                mcc: value.mcc?,
                payment_facilitator: value.payment_facilitator?,
                tax_reference: value.tax_reference?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerInitiatedTransactionMerchant>
    for CustomerInitiatedTransactionMerchant {
        fn from(value: super::CustomerInitiatedTransactionMerchant) -> Self {
            Self {
                entity: Ok(value.entity),
                mcc: Ok(value.mcc),
                payment_facilitator: Ok(value.payment_facilitator),
                tax_reference: Ok(value.tax_reference),
            }
        }
    }
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
    pub struct ExemptionExternal {
        request: ::std::result::Result<
            ::std::option::Option<super::ExemptionExternalRequest>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ExemptionExternal {
        fn default() -> Self {
            Self {
                request: Ok(Default::default()),
            }
        }
    }
    impl ExemptionExternal {
        pub fn request<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ExemptionExternalRequest>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.request = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for request: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ExemptionExternal> for super::ExemptionExternal {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ExemptionExternal,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { request: value.request? })
        }
    }
    impl ::std::convert::From<super::ExemptionExternal> for ExemptionExternal {
        fn from(value: super::ExemptionExternal) -> Self {
            Self { request: Ok(value.request) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ExemptionExternalRequest {
        placement: ::std::result::Result<
            ::std::option::Option<super::ExemptionExternalRequestPlacement>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<super::ExemptionExternalRequestType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ExemptionExternalRequest {
        fn default() -> Self {
            Self {
                placement: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl ExemptionExternalRequest {
        pub fn placement<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ExemptionExternalRequestPlacement>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.placement = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for placement: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ExemptionExternalRequestType>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ExemptionExternalRequest>
    for super::ExemptionExternalRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ExemptionExternalRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                placement: value.placement?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::ExemptionExternalRequest>
    for ExemptionExternalRequest {
        fn from(value: super::ExemptionExternalRequest) -> Self {
            Self {
                placement: Ok(value.placement),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ExemptionOutcome {
        reason: ::std::result::Result<
            crate::card_payments::types::ExemptionOutcomeReason,
            ::std::string::String,
        >,
        result: ::std::result::Result<
            crate::card_payments::types::ExemptionOutcomeResult,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ExemptionOutcome {
        fn default() -> Self {
            Self {
                reason: Err("no value supplied for reason".to_string()),
                result: Err("no value supplied for result".to_string()),
            }
        }
    }
    impl ExemptionOutcome {
        pub fn reason<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::card_payments::types::ExemptionOutcomeReason,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.reason = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for reason: {e}"));
            self
        }
        pub fn result<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::card_payments::types::ExemptionOutcomeResult,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.result = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for result: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ExemptionOutcome> for super::ExemptionOutcome {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ExemptionOutcome,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                reason: value.reason?,
                result: value.result?,
            })
        }
    }
    impl ::std::convert::From<super::ExemptionOutcome> for ExemptionOutcome {
        fn from(value: super::ExemptionOutcome) -> Self {
            Self {
                reason: Ok(value.reason),
                result: Ok(value.result),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ExpiryDateCard {
        month: ::std::result::Result<
            crate::card_payments::types::ExpiryDateCardMonth,
            ::std::string::String,
        >,
        year: ::std::result::Result<
            crate::card_payments::types::ExpiryDateCardYear,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ExpiryDateCard {
        fn default() -> Self {
            Self {
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl ExpiryDateCard {
        pub fn month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::ExpiryDateCardMonth>,
            T::Error: ::std::fmt::Display,
        {
            self.month = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for month: {e}"));
            self
        }
        pub fn year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::ExpiryDateCardYear>,
            T::Error: ::std::fmt::Display,
        {
            self.year = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for year: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ExpiryDateCard> for super::ExpiryDateCard {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ExpiryDateCard,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::ExpiryDateCard> for ExpiryDateCard {
        fn from(value: super::ExpiryDateCard) -> Self {
            Self {
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ExpiryDateToken {
        month: ::std::result::Result<
            crate::card_payments::types::ExpiryDateTokenMonth,
            ::std::string::String,
        >,
        year: ::std::result::Result<
            crate::card_payments::types::ExpiryDateTokenYear,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ExpiryDateToken {
        fn default() -> Self {
            Self {
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl ExpiryDateToken {
        pub fn month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::card_payments::types::ExpiryDateTokenMonth,
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
            T: ::std::convert::TryInto<crate::card_payments::types::ExpiryDateTokenYear>,
            T::Error: ::std::fmt::Display,
        {
            self.year = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for year: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ExpiryDateToken> for super::ExpiryDateToken {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ExpiryDateToken,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::ExpiryDateToken> for ExpiryDateToken {
        fn from(value: super::ExpiryDateToken) -> Self {
            Self {
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransfer {
        purpose: ::std::result::Result<
            ::std::option::Option<super::FundsTransferPurpose>,
            ::std::string::String,
        >,
        recipient: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipient>,
            ::std::string::String,
        >,
        sender: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSender>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<super::FundsTransferType, ::std::string::String>,
    }
    impl ::std::default::Default for FundsTransfer {
        fn default() -> Self {
            Self {
                purpose: Ok(Default::default()),
                recipient: Ok(Default::default()),
                sender: Ok(Default::default()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl FundsTransfer {
        pub fn purpose<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferPurpose>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.purpose = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for purpose: {e}")
                });
            self
        }
        pub fn recipient<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipient>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.recipient = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for recipient: {e}")
                });
            self
        }
        pub fn sender<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSender>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.sender = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for sender: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::FundsTransferType>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransfer> for super::FundsTransfer {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransfer,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                purpose: value.purpose?,
                recipient: value.recipient?,
                sender: value.sender?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransfer> for FundsTransfer {
        fn from(value: super::FundsTransfer) -> Self {
            Self {
                purpose: Ok(value.purpose),
                recipient: Ok(value.recipient),
                sender: Ok(value.sender),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferBankAccount {
        account_number: ::std::result::Result<
            ::std::option::Option<super::FundsTransferBankAccountAccountNumber>,
            ::std::string::String,
        >,
        iban: ::std::result::Result<
            ::std::option::Option<super::FundsTransferBankAccountIban>,
            ::std::string::String,
        >,
        identifier_type: ::std::result::Result<
            super::FundsTransferBankAccountIdentifierType,
            ::std::string::String,
        >,
        routing_number: ::std::result::Result<
            ::std::option::Option<super::FundsTransferBankAccountRoutingNumber>,
            ::std::string::String,
        >,
        swift_bic: ::std::result::Result<
            ::std::option::Option<super::FundsTransferBankAccountSwiftBic>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferBankAccount {
        fn default() -> Self {
            Self {
                account_number: Ok(Default::default()),
                iban: Ok(Default::default()),
                identifier_type: Err(
                    "no value supplied for identifier_type".to_string(),
                ),
                routing_number: Ok(Default::default()),
                swift_bic: Ok(Default::default()),
            }
        }
    }
    impl FundsTransferBankAccount {
        pub fn account_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferBankAccountAccountNumber>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.account_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for account_number: {e}")
                });
            self
        }
        pub fn iban<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferBankAccountIban>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.iban = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for iban: {e}"));
            self
        }
        pub fn identifier_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::FundsTransferBankAccountIdentifierType>,
            T::Error: ::std::fmt::Display,
        {
            self.identifier_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for identifier_type: {e}")
                });
            self
        }
        pub fn routing_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferBankAccountRoutingNumber>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.routing_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for routing_number: {e}")
                });
            self
        }
        pub fn swift_bic<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferBankAccountSwiftBic>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.swift_bic = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for swift_bic: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferBankAccount>
    for super::FundsTransferBankAccount {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferBankAccount,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                account_number: value.account_number?,
                iban: value.iban?,
                identifier_type: value.identifier_type?,
                routing_number: value.routing_number?,
                swift_bic: value.swift_bic?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferBankAccount>
    for FundsTransferBankAccount {
        fn from(value: super::FundsTransferBankAccount) -> Self {
            Self {
                account_number: Ok(value.account_number),
                iban: Ok(value.iban),
                identifier_type: Ok(value.identifier_type),
                routing_number: Ok(value.routing_number),
                swift_bic: Ok(value.swift_bic),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferCard {
        card_number: ::std::result::Result<
            crate::card_payments::types::FundsTransferCardCardNumber,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferCard {
        fn default() -> Self {
            Self {
                card_number: Err("no value supplied for card_number".to_string()),
            }
        }
    }
    impl FundsTransferCard {
        pub fn card_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::card_payments::types::FundsTransferCardCardNumber,
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
    }
    impl ::std::convert::TryFrom<FundsTransferCard> for super::FundsTransferCard {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferCard,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                card_number: value.card_number?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferCard> for FundsTransferCard {
        fn from(value: super::FundsTransferCard) -> Self {
            Self {
                card_number: Ok(value.card_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferEmail {
        email_address: ::std::result::Result<
            super::FundsTransferEmailEmailAddress,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferEmail {
        fn default() -> Self {
            Self {
                email_address: Err("no value supplied for email_address".to_string()),
            }
        }
    }
    impl FundsTransferEmail {
        pub fn email_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::FundsTransferEmailEmailAddress>,
            T::Error: ::std::fmt::Display,
        {
            self.email_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for email_address: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferEmail> for super::FundsTransferEmail {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferEmail,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                email_address: value.email_address?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferEmail> for FundsTransferEmail {
        fn from(value: super::FundsTransferEmail) -> Self {
            Self {
                email_address: Ok(value.email_address),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferMerchantWallet {
        wallet_reference: ::std::result::Result<
            super::FundsTransferMerchantWalletWalletReference,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferMerchantWallet {
        fn default() -> Self {
            Self {
                wallet_reference: Err(
                    "no value supplied for wallet_reference".to_string(),
                ),
            }
        }
    }
    impl FundsTransferMerchantWallet {
        pub fn wallet_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::FundsTransferMerchantWalletWalletReference,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.wallet_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for wallet_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferMerchantWallet>
    for super::FundsTransferMerchantWallet {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferMerchantWallet,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                wallet_reference: value.wallet_reference?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferMerchantWallet>
    for FundsTransferMerchantWallet {
        fn from(value: super::FundsTransferMerchantWallet) -> Self {
            Self {
                wallet_reference: Ok(value.wallet_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferPhone {
        phone_number: ::std::result::Result<
            super::FundsTransferPhonePhoneNumber,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferPhone {
        fn default() -> Self {
            Self {
                phone_number: Err("no value supplied for phone_number".to_string()),
            }
        }
    }
    impl FundsTransferPhone {
        pub fn phone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::FundsTransferPhonePhoneNumber>,
            T::Error: ::std::fmt::Display,
        {
            self.phone_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for phone_number: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferPhone> for super::FundsTransferPhone {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferPhone,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                phone_number: value.phone_number?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferPhone> for FundsTransferPhone {
        fn from(value: super::FundsTransferPhone) -> Self {
            Self {
                phone_number: Ok(value.phone_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferRecipient {
        account: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::FundsTransferRecipientAccount,
            >,
            ::std::string::String,
        >,
        address: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientAddress>,
            ::std::string::String,
        >,
        date_of_birth: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientDateOfBirth>,
            ::std::string::String,
        >,
        document_reference: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientDocumentReference>,
            ::std::string::String,
        >,
        first_name: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientFirstName>,
            ::std::string::String,
        >,
        last_name: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientLastName>,
            ::std::string::String,
        >,
        middle_name: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientMiddleName>,
            ::std::string::String,
        >,
        phone_number: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientPhoneNumber>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferRecipient {
        fn default() -> Self {
            Self {
                account: Ok(Default::default()),
                address: Ok(Default::default()),
                date_of_birth: Ok(Default::default()),
                document_reference: Ok(Default::default()),
                first_name: Ok(Default::default()),
                last_name: Ok(Default::default()),
                middle_name: Ok(Default::default()),
                phone_number: Ok(Default::default()),
            }
        }
    }
    impl FundsTransferRecipient {
        pub fn account<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::FundsTransferRecipientAccount,
                >,
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
        pub fn address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientAddress>,
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
        pub fn date_of_birth<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientDateOfBirth>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.date_of_birth = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for date_of_birth: {e}")
                });
            self
        }
        pub fn document_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientDocumentReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.document_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for document_reference: {e}"
                    )
                });
            self
        }
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientFirstName>,
            >,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientLastName>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
        pub fn middle_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientMiddleName>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.middle_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for middle_name: {e}")
                });
            self
        }
        pub fn phone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientPhoneNumber>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.phone_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for phone_number: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferRecipient>
    for super::FundsTransferRecipient {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferRecipient,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::FundsTransferRecipient> for FundsTransferRecipient {
        fn from(value: super::FundsTransferRecipient) -> Self {
            Self {
                account: Ok(value.account),
                address: Ok(value.address),
                date_of_birth: Ok(value.date_of_birth),
                document_reference: Ok(value.document_reference),
                first_name: Ok(value.first_name),
                last_name: Ok(value.last_name),
                middle_name: Ok(value.middle_name),
                phone_number: Ok(value.phone_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferRecipientAddress {
        address1: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientAddressAddress1>,
            ::std::string::String,
        >,
        address2: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientAddressAddress2>,
            ::std::string::String,
        >,
        city: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientAddressCity>,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            super::FundsTransferRecipientAddressCountryCode,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientAddressPostalCode>,
            ::std::string::String,
        >,
        state: ::std::result::Result<
            ::std::option::Option<super::FundsTransferRecipientAddressState>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferRecipientAddress {
        fn default() -> Self {
            Self {
                address1: Ok(Default::default()),
                address2: Ok(Default::default()),
                city: Ok(Default::default()),
                country_code: Err("no value supplied for country_code".to_string()),
                postal_code: Ok(Default::default()),
                state: Ok(Default::default()),
            }
        }
    }
    impl FundsTransferRecipientAddress {
        pub fn address1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientAddressAddress1>,
            >,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientAddressAddress2>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.address2 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address2: {e}")
                });
            self
        }
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientAddressCity>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::FundsTransferRecipientAddressCountryCode>,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientAddressPostalCode>,
            >,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferRecipientAddressState>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.state = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for state: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferRecipientAddress>
    for super::FundsTransferRecipientAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferRecipientAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                address1: value.address1?,
                address2: value.address2?,
                city: value.city?,
                country_code: value.country_code?,
                postal_code: value.postal_code?,
                state: value.state?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferRecipientAddress>
    for FundsTransferRecipientAddress {
        fn from(value: super::FundsTransferRecipientAddress) -> Self {
            Self {
                address1: Ok(value.address1),
                address2: Ok(value.address2),
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferRecipientDateOfBirth {
        day: ::std::result::Result<i64, ::std::string::String>,
        month: ::std::result::Result<i64, ::std::string::String>,
        year: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for FundsTransferRecipientDateOfBirth {
        fn default() -> Self {
            Self {
                day: Err("no value supplied for day".to_string()),
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl FundsTransferRecipientDateOfBirth {
        pub fn day<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.day = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for day: {e}"));
            self
        }
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
    impl ::std::convert::TryFrom<FundsTransferRecipientDateOfBirth>
    for super::FundsTransferRecipientDateOfBirth {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferRecipientDateOfBirth,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                day: value.day?,
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferRecipientDateOfBirth>
    for FundsTransferRecipientDateOfBirth {
        fn from(value: super::FundsTransferRecipientDateOfBirth) -> Self {
            Self {
                day: Ok(value.day),
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferSender {
        address: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderAddress>,
            ::std::string::String,
        >,
        date_of_birth: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderDateOfBirth>,
            ::std::string::String,
        >,
        document_reference: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderDocumentReference>,
            ::std::string::String,
        >,
        first_name: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderFirstName>,
            ::std::string::String,
        >,
        last_name: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderLastName>,
            ::std::string::String,
        >,
        middle_name: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderMiddleName>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferSender {
        fn default() -> Self {
            Self {
                address: Ok(Default::default()),
                date_of_birth: Ok(Default::default()),
                document_reference: Ok(Default::default()),
                first_name: Ok(Default::default()),
                last_name: Ok(Default::default()),
                middle_name: Ok(Default::default()),
            }
        }
    }
    impl FundsTransferSender {
        pub fn address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderAddress>,
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
        pub fn date_of_birth<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderDateOfBirth>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.date_of_birth = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for date_of_birth: {e}")
                });
            self
        }
        pub fn document_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderDocumentReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.document_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for document_reference: {e}"
                    )
                });
            self
        }
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderFirstName>,
            >,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderLastName>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
        pub fn middle_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderMiddleName>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.middle_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for middle_name: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferSender> for super::FundsTransferSender {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferSender,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                address: value.address?,
                date_of_birth: value.date_of_birth?,
                document_reference: value.document_reference?,
                first_name: value.first_name?,
                last_name: value.last_name?,
                middle_name: value.middle_name?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferSender> for FundsTransferSender {
        fn from(value: super::FundsTransferSender) -> Self {
            Self {
                address: Ok(value.address),
                date_of_birth: Ok(value.date_of_birth),
                document_reference: Ok(value.document_reference),
                first_name: Ok(value.first_name),
                last_name: Ok(value.last_name),
                middle_name: Ok(value.middle_name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferSenderAddress {
        address1: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderAddressAddress1>,
            ::std::string::String,
        >,
        address2: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderAddressAddress2>,
            ::std::string::String,
        >,
        city: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderAddressCity>,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            super::FundsTransferSenderAddressCountryCode,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderAddressPostalCode>,
            ::std::string::String,
        >,
        state: ::std::result::Result<
            ::std::option::Option<super::FundsTransferSenderAddressState>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferSenderAddress {
        fn default() -> Self {
            Self {
                address1: Ok(Default::default()),
                address2: Ok(Default::default()),
                city: Ok(Default::default()),
                country_code: Err("no value supplied for country_code".to_string()),
                postal_code: Ok(Default::default()),
                state: Ok(Default::default()),
            }
        }
    }
    impl FundsTransferSenderAddress {
        pub fn address1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderAddressAddress1>,
            >,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderAddressAddress2>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.address2 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address2: {e}")
                });
            self
        }
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderAddressCity>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::FundsTransferSenderAddressCountryCode>,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderAddressPostalCode>,
            >,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::FundsTransferSenderAddressState>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.state = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for state: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferSenderAddress>
    for super::FundsTransferSenderAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferSenderAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                address1: value.address1?,
                address2: value.address2?,
                city: value.city?,
                country_code: value.country_code?,
                postal_code: value.postal_code?,
                state: value.state?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferSenderAddress>
    for FundsTransferSenderAddress {
        fn from(value: super::FundsTransferSenderAddress) -> Self {
            Self {
                address1: Ok(value.address1),
                address2: Ok(value.address2),
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferSenderDateOfBirth {
        day: ::std::result::Result<i64, ::std::string::String>,
        month: ::std::result::Result<i64, ::std::string::String>,
        year: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for FundsTransferSenderDateOfBirth {
        fn default() -> Self {
            Self {
                day: Err("no value supplied for day".to_string()),
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl FundsTransferSenderDateOfBirth {
        pub fn day<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.day = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for day: {e}"));
            self
        }
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
    impl ::std::convert::TryFrom<FundsTransferSenderDateOfBirth>
    for super::FundsTransferSenderDateOfBirth {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferSenderDateOfBirth,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                day: value.day?,
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferSenderDateOfBirth>
    for FundsTransferSenderDateOfBirth {
        fn from(value: super::FundsTransferSenderDateOfBirth) -> Self {
            Self {
                day: Ok(value.day),
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferSocialNetwork {
        social_network_reference: ::std::result::Result<
            super::FundsTransferSocialNetworkSocialNetworkReference,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferSocialNetwork {
        fn default() -> Self {
            Self {
                social_network_reference: Err(
                    "no value supplied for social_network_reference".to_string(),
                ),
            }
        }
    }
    impl FundsTransferSocialNetwork {
        pub fn social_network_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::FundsTransferSocialNetworkSocialNetworkReference,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.social_network_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for social_network_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferSocialNetwork>
    for super::FundsTransferSocialNetwork {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferSocialNetwork,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                social_network_reference: value.social_network_reference?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferSocialNetwork>
    for FundsTransferSocialNetwork {
        fn from(value: super::FundsTransferSocialNetwork) -> Self {
            Self {
                social_network_reference: Ok(value.social_network_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferStagedDigitalWallet {
        wallet_reference: ::std::result::Result<
            super::FundsTransferStagedDigitalWalletWalletReference,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferStagedDigitalWallet {
        fn default() -> Self {
            Self {
                wallet_reference: Err(
                    "no value supplied for wallet_reference".to_string(),
                ),
            }
        }
    }
    impl FundsTransferStagedDigitalWallet {
        pub fn wallet_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::FundsTransferStagedDigitalWalletWalletReference,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.wallet_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for wallet_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferStagedDigitalWallet>
    for super::FundsTransferStagedDigitalWallet {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferStagedDigitalWallet,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                wallet_reference: value.wallet_reference?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferStagedDigitalWallet>
    for FundsTransferStagedDigitalWallet {
        fn from(value: super::FundsTransferStagedDigitalWallet) -> Self {
            Self {
                wallet_reference: Ok(value.wallet_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferStoredValueWallet {
        wallet_reference: ::std::result::Result<
            super::FundsTransferStoredValueWalletWalletReference,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferStoredValueWallet {
        fn default() -> Self {
            Self {
                wallet_reference: Err(
                    "no value supplied for wallet_reference".to_string(),
                ),
            }
        }
    }
    impl FundsTransferStoredValueWallet {
        pub fn wallet_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::FundsTransferStoredValueWalletWalletReference,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.wallet_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for wallet_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferStoredValueWallet>
    for super::FundsTransferStoredValueWallet {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferStoredValueWallet,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                wallet_reference: value.wallet_reference?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferStoredValueWallet>
    for FundsTransferStoredValueWallet {
        fn from(value: super::FundsTransferStoredValueWallet) -> Self {
            Self {
                wallet_reference: Ok(value.wallet_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct FundsTransferWallet {
        wallet_reference: ::std::result::Result<
            super::FundsTransferWalletWalletReference,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for FundsTransferWallet {
        fn default() -> Self {
            Self {
                wallet_reference: Err(
                    "no value supplied for wallet_reference".to_string(),
                ),
            }
        }
    }
    impl FundsTransferWallet {
        pub fn wallet_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::FundsTransferWalletWalletReference>,
            T::Error: ::std::fmt::Display,
        {
            self.wallet_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for wallet_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<FundsTransferWallet> for super::FundsTransferWallet {
        type Error = super::error::ConversionError;
        fn try_from(
            value: FundsTransferWallet,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                wallet_reference: value.wallet_reference?,
            })
        }
    }
    impl ::std::convert::From<super::FundsTransferWallet> for FundsTransferWallet {
        fn from(value: super::FundsTransferWallet) -> Self {
            Self {
                wallet_reference: Ok(value.wallet_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct IndustryData {
        agent_code: ::std::result::Result<
            super::IndustryDataAgentCode,
            ::std::string::String,
        >,
        agent_name: ::std::result::Result<
            ::std::option::Option<super::IndustryDataAgentName>,
            ::std::string::String,
        >,
        airline_code: ::std::result::Result<
            super::IndustryDataAirlineCode,
            ::std::string::String,
        >,
        airline_name: ::std::result::Result<
            super::IndustryDataAirlineName,
            ::std::string::String,
        >,
        invoice_reference: ::std::result::Result<
            ::std::option::Option<super::IndustryDataInvoiceReference>,
            ::std::string::String,
        >,
        passenger: ::std::result::Result<
            super::IndustryDataPassenger,
            ::std::string::String,
        >,
        ticket: ::std::result::Result<super::IndustryDataTicket, ::std::string::String>,
        type_: ::std::result::Result<super::IndustryDataType, ::std::string::String>,
    }
    impl ::std::default::Default for IndustryData {
        fn default() -> Self {
            Self {
                agent_code: Err("no value supplied for agent_code".to_string()),
                agent_name: Ok(Default::default()),
                airline_code: Err("no value supplied for airline_code".to_string()),
                airline_name: Err("no value supplied for airline_name".to_string()),
                invoice_reference: Ok(Default::default()),
                passenger: Err("no value supplied for passenger".to_string()),
                ticket: Err("no value supplied for ticket".to_string()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl IndustryData {
        pub fn agent_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataAgentCode>,
            T::Error: ::std::fmt::Display,
        {
            self.agent_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for agent_code: {e}")
                });
            self
        }
        pub fn agent_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::IndustryDataAgentName>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.agent_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for agent_name: {e}")
                });
            self
        }
        pub fn airline_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataAirlineCode>,
            T::Error: ::std::fmt::Display,
        {
            self.airline_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for airline_code: {e}")
                });
            self
        }
        pub fn airline_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataAirlineName>,
            T::Error: ::std::fmt::Display,
        {
            self.airline_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for airline_name: {e}")
                });
            self
        }
        pub fn invoice_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::IndustryDataInvoiceReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.invoice_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for invoice_reference: {e}")
                });
            self
        }
        pub fn passenger<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataPassenger>,
            T::Error: ::std::fmt::Display,
        {
            self.passenger = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for passenger: {e}")
                });
            self
        }
        pub fn ticket<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataTicket>,
            T::Error: ::std::fmt::Display,
        {
            self.ticket = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for ticket: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataType>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<IndustryData> for super::IndustryData {
        type Error = super::error::ConversionError;
        fn try_from(
            value: IndustryData,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                agent_code: value.agent_code?,
                agent_name: value.agent_name?,
                airline_code: value.airline_code?,
                airline_name: value.airline_name?,
                invoice_reference: value.invoice_reference?,
                passenger: value.passenger?,
                ticket: value.ticket?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::IndustryData> for IndustryData {
        fn from(value: super::IndustryData) -> Self {
            Self {
                agent_code: Ok(value.agent_code),
                agent_name: Ok(value.agent_name),
                airline_code: Ok(value.airline_code),
                airline_name: Ok(value.airline_name),
                invoice_reference: Ok(value.invoice_reference),
                passenger: Ok(value.passenger),
                ticket: Ok(value.ticket),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct IndustryDataPassenger {
        code: ::std::result::Result<
            super::IndustryDataPassengerCode,
            ::std::string::String,
        >,
        first_name: ::std::result::Result<
            super::IndustryDataPassengerFirstName,
            ::std::string::String,
        >,
        last_name: ::std::result::Result<
            super::IndustryDataPassengerLastName,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for IndustryDataPassenger {
        fn default() -> Self {
            Self {
                code: Err("no value supplied for code".to_string()),
                first_name: Err("no value supplied for first_name".to_string()),
                last_name: Err("no value supplied for last_name".to_string()),
            }
        }
    }
    impl IndustryDataPassenger {
        pub fn code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataPassengerCode>,
            T::Error: ::std::fmt::Display,
        {
            self.code = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for code: {e}"));
            self
        }
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataPassengerFirstName>,
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
            T: ::std::convert::TryInto<super::IndustryDataPassengerLastName>,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<IndustryDataPassenger>
    for super::IndustryDataPassenger {
        type Error = super::error::ConversionError;
        fn try_from(
            value: IndustryDataPassenger,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                code: value.code?,
                first_name: value.first_name?,
                last_name: value.last_name?,
            })
        }
    }
    impl ::std::convert::From<super::IndustryDataPassenger> for IndustryDataPassenger {
        fn from(value: super::IndustryDataPassenger) -> Self {
            Self {
                code: Ok(value.code),
                first_name: Ok(value.first_name),
                last_name: Ok(value.last_name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct IndustryDataTicket {
        flight_details: ::std::result::Result<
            ::std::vec::Vec<super::IndustryDataTicketFlightDetailsItem>,
            ::std::string::String,
        >,
        issue_date: ::std::result::Result<
            ::std::option::Option<super::IndustryDataTicketIssueDate>,
            ::std::string::String,
        >,
        issuer_address: ::std::result::Result<
            super::IndustryDataTicketIssuerAddress,
            ::std::string::String,
        >,
        number: ::std::result::Result<
            super::IndustryDataTicketNumber,
            ::std::string::String,
        >,
        restricted: ::std::result::Result<bool, ::std::string::String>,
    }
    impl ::std::default::Default for IndustryDataTicket {
        fn default() -> Self {
            Self {
                flight_details: Ok(Default::default()),
                issue_date: Ok(Default::default()),
                issuer_address: Err("no value supplied for issuer_address".to_string()),
                number: Err("no value supplied for number".to_string()),
                restricted: Err("no value supplied for restricted".to_string()),
            }
        }
    }
    impl IndustryDataTicket {
        pub fn flight_details<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::vec::Vec<super::IndustryDataTicketFlightDetailsItem>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.flight_details = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for flight_details: {e}")
                });
            self
        }
        pub fn issue_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::IndustryDataTicketIssueDate>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.issue_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for issue_date: {e}")
                });
            self
        }
        pub fn issuer_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataTicketIssuerAddress>,
            T::Error: ::std::fmt::Display,
        {
            self.issuer_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for issuer_address: {e}")
                });
            self
        }
        pub fn number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataTicketNumber>,
            T::Error: ::std::fmt::Display,
        {
            self.number = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for number: {e}"));
            self
        }
        pub fn restricted<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.restricted = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for restricted: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<IndustryDataTicket> for super::IndustryDataTicket {
        type Error = super::error::ConversionError;
        fn try_from(
            value: IndustryDataTicket,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                flight_details: value.flight_details?,
                issue_date: value.issue_date?,
                issuer_address: value.issuer_address?,
                number: value.number?,
                restricted: value.restricted?,
            })
        }
    }
    impl ::std::convert::From<super::IndustryDataTicket> for IndustryDataTicket {
        fn from(value: super::IndustryDataTicket) -> Self {
            Self {
                flight_details: Ok(value.flight_details),
                issue_date: Ok(value.issue_date),
                issuer_address: Ok(value.issuer_address),
                number: Ok(value.number),
                restricted: Ok(value.restricted),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct IndustryDataTicketFlightDetailsItem {
        arrival_airport: ::std::result::Result<
            super::IndustryDataTicketFlightDetailsItemArrivalAirport,
            ::std::string::String,
        >,
        carrier_code: ::std::result::Result<
            super::IndustryDataTicketFlightDetailsItemCarrierCode,
            ::std::string::String,
        >,
        departure_airport: ::std::result::Result<
            super::IndustryDataTicketFlightDetailsItemDepartureAirport,
            ::std::string::String,
        >,
        departure_date: ::std::result::Result<
            super::IndustryDataTicketFlightDetailsItemDepartureDate,
            ::std::string::String,
        >,
        fare_basis_code: ::std::result::Result<
            ::std::option::Option<
                super::IndustryDataTicketFlightDetailsItemFareBasisCode,
            >,
            ::std::string::String,
        >,
        fare_class_code: ::std::result::Result<
            super::IndustryDataTicketFlightDetailsItemFareClassCode,
            ::std::string::String,
        >,
        flight_code: ::std::result::Result<
            super::IndustryDataTicketFlightDetailsItemFlightCode,
            ::std::string::String,
        >,
        stop_over: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        tax_amount: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for IndustryDataTicketFlightDetailsItem {
        fn default() -> Self {
            Self {
                arrival_airport: Err(
                    "no value supplied for arrival_airport".to_string(),
                ),
                carrier_code: Err("no value supplied for carrier_code".to_string()),
                departure_airport: Err(
                    "no value supplied for departure_airport".to_string(),
                ),
                departure_date: Err("no value supplied for departure_date".to_string()),
                fare_basis_code: Ok(Default::default()),
                fare_class_code: Err(
                    "no value supplied for fare_class_code".to_string(),
                ),
                flight_code: Err("no value supplied for flight_code".to_string()),
                stop_over: Ok(Default::default()),
                tax_amount: Err("no value supplied for tax_amount".to_string()),
            }
        }
    }
    impl IndustryDataTicketFlightDetailsItem {
        pub fn arrival_airport<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::IndustryDataTicketFlightDetailsItemArrivalAirport,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.arrival_airport = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for arrival_airport: {e}")
                });
            self
        }
        pub fn carrier_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::IndustryDataTicketFlightDetailsItemCarrierCode,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.carrier_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for carrier_code: {e}")
                });
            self
        }
        pub fn departure_airport<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::IndustryDataTicketFlightDetailsItemDepartureAirport,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.departure_airport = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for departure_airport: {e}")
                });
            self
        }
        pub fn departure_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::IndustryDataTicketFlightDetailsItemDepartureDate,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.departure_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for departure_date: {e}")
                });
            self
        }
        pub fn fare_basis_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::IndustryDataTicketFlightDetailsItemFareBasisCode,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.fare_basis_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for fare_basis_code: {e}")
                });
            self
        }
        pub fn fare_class_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::IndustryDataTicketFlightDetailsItemFareClassCode,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.fare_class_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for fare_class_code: {e}")
                });
            self
        }
        pub fn flight_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::IndustryDataTicketFlightDetailsItemFlightCode,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.flight_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for flight_code: {e}")
                });
            self
        }
        pub fn stop_over<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.stop_over = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for stop_over: {e}")
                });
            self
        }
        pub fn tax_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_amount: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<IndustryDataTicketFlightDetailsItem>
    for super::IndustryDataTicketFlightDetailsItem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: IndustryDataTicketFlightDetailsItem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                arrival_airport: value.arrival_airport?,
                carrier_code: value.carrier_code?,
                departure_airport: value.departure_airport?,
                departure_date: value.departure_date?,
                fare_basis_code: value.fare_basis_code?,
                fare_class_code: value.fare_class_code?,
                flight_code: value.flight_code?,
                stop_over: value.stop_over?,
                tax_amount: value.tax_amount?,
            })
        }
    }
    impl ::std::convert::From<super::IndustryDataTicketFlightDetailsItem>
    for IndustryDataTicketFlightDetailsItem {
        fn from(value: super::IndustryDataTicketFlightDetailsItem) -> Self {
            Self {
                arrival_airport: Ok(value.arrival_airport),
                carrier_code: Ok(value.carrier_code),
                departure_airport: Ok(value.departure_airport),
                departure_date: Ok(value.departure_date),
                fare_basis_code: Ok(value.fare_basis_code),
                fare_class_code: Ok(value.fare_class_code),
                flight_code: Ok(value.flight_code),
                stop_over: Ok(value.stop_over),
                tax_amount: Ok(value.tax_amount),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct IndustryDataTicketFlightDetailsItemDepartureDate {
        day: ::std::result::Result<i64, ::std::string::String>,
        month: ::std::result::Result<i64, ::std::string::String>,
        year: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for IndustryDataTicketFlightDetailsItemDepartureDate {
        fn default() -> Self {
            Self {
                day: Err("no value supplied for day".to_string()),
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl IndustryDataTicketFlightDetailsItemDepartureDate {
        pub fn day<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.day = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for day: {e}"));
            self
        }
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
    impl ::std::convert::TryFrom<IndustryDataTicketFlightDetailsItemDepartureDate>
    for super::IndustryDataTicketFlightDetailsItemDepartureDate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: IndustryDataTicketFlightDetailsItemDepartureDate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                day: value.day?,
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::IndustryDataTicketFlightDetailsItemDepartureDate>
    for IndustryDataTicketFlightDetailsItemDepartureDate {
        fn from(value: super::IndustryDataTicketFlightDetailsItemDepartureDate) -> Self {
            Self {
                day: Ok(value.day),
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct IndustryDataTicketIssueDate {
        day: ::std::result::Result<i64, ::std::string::String>,
        month: ::std::result::Result<i64, ::std::string::String>,
        year: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for IndustryDataTicketIssueDate {
        fn default() -> Self {
            Self {
                day: Err("no value supplied for day".to_string()),
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl IndustryDataTicketIssueDate {
        pub fn day<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.day = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for day: {e}"));
            self
        }
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
    impl ::std::convert::TryFrom<IndustryDataTicketIssueDate>
    for super::IndustryDataTicketIssueDate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: IndustryDataTicketIssueDate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                day: value.day?,
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::IndustryDataTicketIssueDate>
    for IndustryDataTicketIssueDate {
        fn from(value: super::IndustryDataTicketIssueDate) -> Self {
            Self {
                day: Ok(value.day),
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct IndustryDataTicketIssuerAddress {
        address1: ::std::result::Result<
            super::IndustryDataTicketIssuerAddressAddress1,
            ::std::string::String,
        >,
        city: ::std::result::Result<
            super::IndustryDataTicketIssuerAddressCity,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            super::IndustryDataTicketIssuerAddressCountryCode,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            super::IndustryDataTicketIssuerAddressPostalCode,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for IndustryDataTicketIssuerAddress {
        fn default() -> Self {
            Self {
                address1: Err("no value supplied for address1".to_string()),
                city: Err("no value supplied for city".to_string()),
                country_code: Err("no value supplied for country_code".to_string()),
                postal_code: Err("no value supplied for postal_code".to_string()),
            }
        }
    }
    impl IndustryDataTicketIssuerAddress {
        pub fn address1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataTicketIssuerAddressAddress1>,
            T::Error: ::std::fmt::Display,
        {
            self.address1 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address1: {e}")
                });
            self
        }
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::IndustryDataTicketIssuerAddressCity>,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::IndustryDataTicketIssuerAddressCountryCode,
            >,
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
            T: ::std::convert::TryInto<super::IndustryDataTicketIssuerAddressPostalCode>,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<IndustryDataTicketIssuerAddress>
    for super::IndustryDataTicketIssuerAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: IndustryDataTicketIssuerAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                address1: value.address1?,
                city: value.city?,
                country_code: value.country_code?,
                postal_code: value.postal_code?,
            })
        }
    }
    impl ::std::convert::From<super::IndustryDataTicketIssuerAddress>
    for IndustryDataTicketIssuerAddress {
        fn from(value: super::IndustryDataTicketIssuerAddress) -> Self {
            Self {
                address1: Ok(value.address1),
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                postal_code: Ok(value.postal_code),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Issuer {
        authorization_code: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Issuer {
        fn default() -> Self {
            Self {
                authorization_code: Err(
                    "no value supplied for authorization_code".to_string(),
                ),
            }
        }
    }
    impl Issuer {
        pub fn authorization_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.authorization_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for authorization_code: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Issuer> for super::Issuer {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Issuer,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                authorization_code: value.authorization_code?,
            })
        }
    }
    impl ::std::convert::From<super::Issuer> for Issuer {
        fn from(value: super::Issuer) -> Self {
            Self {
                authorization_code: Ok(value.authorization_code),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MerchantInitiatedTransaction {
        customer: ::std::result::Result<
            ::std::option::Option<super::MerchantInitiatedTransactionCustomer>,
            ::std::string::String,
        >,
        industry_data: ::std::result::Result<
            ::std::option::Option<super::IndustryData>,
            ::std::string::String,
        >,
        instruction: ::std::result::Result<
            super::MerchantInitiatedTransactionInstruction,
            ::std::string::String,
        >,
        merchant: ::std::result::Result<
            super::MerchantInitiatedTransactionMerchant,
            ::std::string::String,
        >,
        order: ::std::result::Result<
            ::std::option::Option<super::Order>,
            ::std::string::String,
        >,
        order_reference: ::std::result::Result<
            ::std::option::Option<super::OrderReference>,
            ::std::string::String,
        >,
        recipient: ::std::result::Result<
            ::std::option::Option<super::Recipient>,
            ::std::string::String,
        >,
        risk_profile: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shipping: ::std::result::Result<
            ::std::option::Option<super::Shipping>,
            ::std::string::String,
        >,
        transaction_reference: ::std::result::Result<
            super::TransactionReference,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MerchantInitiatedTransaction {
        fn default() -> Self {
            Self {
                customer: Ok(Default::default()),
                industry_data: Ok(Default::default()),
                instruction: Err("no value supplied for instruction".to_string()),
                merchant: Err("no value supplied for merchant".to_string()),
                order: Ok(Default::default()),
                order_reference: Ok(Default::default()),
                recipient: Ok(Default::default()),
                risk_profile: Ok(Default::default()),
                shipping: Ok(Default::default()),
                transaction_reference: Err(
                    "no value supplied for transaction_reference".to_string(),
                ),
            }
        }
    }
    impl MerchantInitiatedTransaction {
        pub fn customer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MerchantInitiatedTransactionCustomer>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.customer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer: {e}")
                });
            self
        }
        pub fn industry_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::IndustryData>>,
            T::Error: ::std::fmt::Display,
        {
            self.industry_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for industry_data: {e}")
                });
            self
        }
        pub fn instruction<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::MerchantInitiatedTransactionInstruction>,
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
            T: ::std::convert::TryInto<super::MerchantInitiatedTransactionMerchant>,
            T::Error: ::std::fmt::Display,
        {
            self.merchant = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for merchant: {e}")
                });
            self
        }
        pub fn order<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Order>>,
            T::Error: ::std::fmt::Display,
        {
            self.order = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for order: {e}"));
            self
        }
        pub fn order_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::OrderReference>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_reference: {e}")
                });
            self
        }
        pub fn recipient<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Recipient>>,
            T::Error: ::std::fmt::Display,
        {
            self.recipient = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for recipient: {e}")
                });
            self
        }
        pub fn risk_profile<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.risk_profile = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_profile: {e}")
                });
            self
        }
        pub fn shipping<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Shipping>>,
            T::Error: ::std::fmt::Display,
        {
            self.shipping = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for shipping: {e}")
                });
            self
        }
        pub fn transaction_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::TransactionReference>,
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
    impl ::std::convert::TryFrom<MerchantInitiatedTransaction>
    for super::MerchantInitiatedTransaction {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MerchantInitiatedTransaction,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                customer: value.customer?,
                industry_data: value.industry_data?,
                instruction: value.instruction?,
                merchant: value.merchant?,
                order: value.order?,
                order_reference: value.order_reference?,
                recipient: value.recipient?,
                risk_profile: value.risk_profile?,
                shipping: value.shipping?,
                transaction_reference: value.transaction_reference?,
            })
        }
    }
    impl ::std::convert::From<super::MerchantInitiatedTransaction>
    for MerchantInitiatedTransaction {
        fn from(value: super::MerchantInitiatedTransaction) -> Self {
            Self {
                customer: Ok(value.customer),
                industry_data: Ok(value.industry_data),
                instruction: Ok(value.instruction),
                merchant: Ok(value.merchant),
                order: Ok(value.order),
                order_reference: Ok(value.order_reference),
                recipient: Ok(value.recipient),
                risk_profile: Ok(value.risk_profile),
                shipping: Ok(value.shipping),
                transaction_reference: Ok(value.transaction_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MerchantInitiatedTransactionCustomer {
        document_reference: ::std::result::Result<
            ::std::option::Option<
                super::MerchantInitiatedTransactionCustomerDocumentReference,
            >,
            ::std::string::String,
        >,
        email_address: ::std::result::Result<
            ::std::option::Option<
                super::MerchantInitiatedTransactionCustomerEmailAddress,
            >,
            ::std::string::String,
        >,
        reference: ::std::result::Result<
            ::std::option::Option<super::MerchantInitiatedTransactionCustomerReference>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MerchantInitiatedTransactionCustomer {
        fn default() -> Self {
            Self {
                document_reference: Ok(Default::default()),
                email_address: Ok(Default::default()),
                reference: Ok(Default::default()),
            }
        }
    }
    impl MerchantInitiatedTransactionCustomer {
        pub fn document_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::MerchantInitiatedTransactionCustomerDocumentReference,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.document_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for document_reference: {e}"
                    )
                });
            self
        }
        pub fn email_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::MerchantInitiatedTransactionCustomerEmailAddress,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.email_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for email_address: {e}")
                });
            self
        }
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::MerchantInitiatedTransactionCustomerReference,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MerchantInitiatedTransactionCustomer>
    for super::MerchantInitiatedTransactionCustomer {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MerchantInitiatedTransactionCustomer,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                document_reference: value.document_reference?,
                email_address: value.email_address?,
                reference: value.reference?,
            })
        }
    }
    impl ::std::convert::From<super::MerchantInitiatedTransactionCustomer>
    for MerchantInitiatedTransactionCustomer {
        fn from(value: super::MerchantInitiatedTransactionCustomer) -> Self {
            Self {
                document_reference: Ok(value.document_reference),
                email_address: Ok(value.email_address),
                reference: Ok(value.reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MerchantInitiatedTransactionInstruction {
        consumer_bill_payment: ::std::result::Result<
            ::std::option::Option<super::ConsumerBillPayment>,
            ::std::string::String,
        >,
        customer_agreement: ::std::result::Result<
            crate::card_payments::types::MerchantInitiatedTransactionInstructionCustomerAgreement,
            ::std::string::String,
        >,
        debt_repayment: ::std::result::Result<
            ::std::option::Option<super::DebtRepayment>,
            ::std::string::String,
        >,
        funds_transfer: ::std::result::Result<
            ::std::option::Option<super::FundsTransfer>,
            ::std::string::String,
        >,
        narrative: ::std::result::Result<super::Narrative, ::std::string::String>,
        payment_instrument: ::std::result::Result<
            crate::card_payments::types::MerchantInitiatedTransactionInstructionPaymentInstrument,
            ::std::string::String,
        >,
        request_account_updater: ::std::result::Result<
            ::std::option::Option<super::RequestAccountUpdater>,
            ::std::string::String,
        >,
        request_auto_settlement: ::std::result::Result<
            super::MerchantInitiatedTransactionInstructionRequestAutoSettlement,
            ::std::string::String,
        >,
        routing: ::std::result::Result<
            ::std::option::Option<super::Routing>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            super::MerchantInitiatedTransactionInstructionValue,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MerchantInitiatedTransactionInstruction {
        fn default() -> Self {
            Self {
                consumer_bill_payment: Ok(Default::default()),
                customer_agreement: Err(
                    "no value supplied for customer_agreement".to_string(),
                ),
                debt_repayment: Ok(Default::default()),
                funds_transfer: Ok(Default::default()),
                narrative: Err("no value supplied for narrative".to_string()),
                payment_instrument: Err(
                    "no value supplied for payment_instrument".to_string(),
                ),
                request_account_updater: Ok(Default::default()),
                request_auto_settlement: Err(
                    "no value supplied for request_auto_settlement".to_string(),
                ),
                routing: Ok(Default::default()),
                value: Err("no value supplied for value".to_string()),
            }
        }
    }
    impl MerchantInitiatedTransactionInstruction {
        pub fn consumer_bill_payment<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ConsumerBillPayment>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.consumer_bill_payment = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for consumer_bill_payment: {e}"
                    )
                });
            self
        }
        pub fn customer_agreement<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::card_payments::types::MerchantInitiatedTransactionInstructionCustomerAgreement,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.customer_agreement = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for customer_agreement: {e}"
                    )
                });
            self
        }
        pub fn debt_repayment<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::DebtRepayment>>,
            T::Error: ::std::fmt::Display,
        {
            self.debt_repayment = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for debt_repayment: {e}")
                });
            self
        }
        pub fn funds_transfer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::FundsTransfer>>,
            T::Error: ::std::fmt::Display,
        {
            self.funds_transfer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for funds_transfer: {e}")
                });
            self
        }
        pub fn narrative<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Narrative>,
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
                crate::card_payments::types::MerchantInitiatedTransactionInstructionPaymentInstrument,
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
        pub fn request_account_updater<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::RequestAccountUpdater>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.request_account_updater = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for request_account_updater: {e}"
                    )
                });
            self
        }
        pub fn request_auto_settlement<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::MerchantInitiatedTransactionInstructionRequestAutoSettlement,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.request_auto_settlement = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for request_auto_settlement: {e}"
                    )
                });
            self
        }
        pub fn routing<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Routing>>,
            T::Error: ::std::fmt::Display,
        {
            self.routing = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for routing: {e}")
                });
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::MerchantInitiatedTransactionInstructionValue,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<MerchantInitiatedTransactionInstruction>
    for super::MerchantInitiatedTransactionInstruction {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MerchantInitiatedTransactionInstruction,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                consumer_bill_payment: value.consumer_bill_payment?,
                customer_agreement: value.customer_agreement?,
                debt_repayment: value.debt_repayment?,
                funds_transfer: value.funds_transfer?,
                narrative: value.narrative?,
                payment_instrument: value.payment_instrument?,
                request_account_updater: value.request_account_updater?,
                request_auto_settlement: value.request_auto_settlement?,
                routing: value.routing?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::MerchantInitiatedTransactionInstruction>
    for MerchantInitiatedTransactionInstruction {
        fn from(value: super::MerchantInitiatedTransactionInstruction) -> Self {
            Self {
                consumer_bill_payment: Ok(value.consumer_bill_payment),
                customer_agreement: Ok(value.customer_agreement),
                debt_repayment: Ok(value.debt_repayment),
                funds_transfer: Ok(value.funds_transfer),
                narrative: Ok(value.narrative),
                payment_instrument: Ok(value.payment_instrument),
                request_account_updater: Ok(value.request_account_updater),
                request_auto_settlement: Ok(value.request_auto_settlement),
                routing: Ok(value.routing),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MerchantInitiatedTransactionInstructionRequestAutoSettlement {
        enabled: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default
    for MerchantInitiatedTransactionInstructionRequestAutoSettlement {
        fn default() -> Self {
            Self {
                enabled: Ok(Default::default()),
            }
        }
    }
    impl MerchantInitiatedTransactionInstructionRequestAutoSettlement {
        pub fn enabled<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.enabled = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for enabled: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<
        MerchantInitiatedTransactionInstructionRequestAutoSettlement,
    > for super::MerchantInitiatedTransactionInstructionRequestAutoSettlement {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MerchantInitiatedTransactionInstructionRequestAutoSettlement,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { enabled: value.enabled? })
        }
    }
    impl ::std::convert::From<
        super::MerchantInitiatedTransactionInstructionRequestAutoSettlement,
    > for MerchantInitiatedTransactionInstructionRequestAutoSettlement {
        fn from(
            value: super::MerchantInitiatedTransactionInstructionRequestAutoSettlement,
        ) -> Self {
            Self { enabled: Ok(value.enabled) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MerchantInitiatedTransactionInstructionValue {
        accept_partial_amount: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        amount: ::std::result::Result<i64, ::std::string::String>,
        convenience_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        currency: ::std::result::Result<
            super::MerchantInitiatedTransactionInstructionValueCurrency,
            ::std::string::String,
        >,
        surcharge_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MerchantInitiatedTransactionInstructionValue {
        fn default() -> Self {
            Self {
                accept_partial_amount: Ok(Default::default()),
                amount: Err("no value supplied for amount".to_string()),
                convenience_amount: Ok(Default::default()),
                currency: Err("no value supplied for currency".to_string()),
                surcharge_amount: Ok(Default::default()),
            }
        }
    }
    impl MerchantInitiatedTransactionInstructionValue {
        pub fn accept_partial_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.accept_partial_amount = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for accept_partial_amount: {e}"
                    )
                });
            self
        }
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
        pub fn convenience_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.convenience_amount = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for convenience_amount: {e}"
                    )
                });
            self
        }
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::MerchantInitiatedTransactionInstructionValueCurrency,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
        pub fn surcharge_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.surcharge_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for surcharge_amount: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MerchantInitiatedTransactionInstructionValue>
    for super::MerchantInitiatedTransactionInstructionValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MerchantInitiatedTransactionInstructionValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                accept_partial_amount: value.accept_partial_amount?,
                amount: value.amount?,
                convenience_amount: value.convenience_amount?,
                currency: value.currency?,
                surcharge_amount: value.surcharge_amount?,
            })
        }
    }
    impl ::std::convert::From<super::MerchantInitiatedTransactionInstructionValue>
    for MerchantInitiatedTransactionInstructionValue {
        fn from(value: super::MerchantInitiatedTransactionInstructionValue) -> Self {
            Self {
                accept_partial_amount: Ok(value.accept_partial_amount),
                amount: Ok(value.amount),
                convenience_amount: Ok(value.convenience_amount),
                currency: Ok(value.currency),
                surcharge_amount: Ok(value.surcharge_amount),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MerchantInitiatedTransactionMerchant {
        entity: ::std::result::Result<super::Entity, ::std::string::String>,
        mcc: ::std::result::Result<
            ::std::option::Option<super::Mcc>,
            ::std::string::String,
        >,
        payment_facilitator: ::std::result::Result<
            ::std::option::Option<super::PaymentFacilitator>,
            ::std::string::String,
        >,
        tax_reference: ::std::result::Result<
            ::std::option::Option<super::TaxReference>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MerchantInitiatedTransactionMerchant {
        fn default() -> Self {
            Self {
                entity: Err("no value supplied for entity".to_string()),
                mcc: Ok(Default::default()),
                payment_facilitator: Ok(Default::default()),
                tax_reference: Ok(Default::default()),
            }
        }
    }
    impl MerchantInitiatedTransactionMerchant {
        pub fn entity<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Entity>,
            T::Error: ::std::fmt::Display,
        {
            self.entity = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for entity: {e}"));
            self
        }
        pub fn mcc<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Mcc>>,
            T::Error: ::std::fmt::Display,
        {
            self.mcc = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for mcc: {e}"));
            self
        }
        pub fn payment_facilitator<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentFacilitator>>,
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
        pub fn tax_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::TaxReference>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MerchantInitiatedTransactionMerchant>
    for super::MerchantInitiatedTransactionMerchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MerchantInitiatedTransactionMerchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                entity: value.entity?,
                mcc: value.mcc?,
                payment_facilitator: value.payment_facilitator?,
                tax_reference: value.tax_reference?,
            })
        }
    }
    impl ::std::convert::From<super::MerchantInitiatedTransactionMerchant>
    for MerchantInitiatedTransactionMerchant {
        fn from(value: super::MerchantInitiatedTransactionMerchant) -> Self {
            Self {
                entity: Ok(value.entity),
                mcc: Ok(value.mcc),
                payment_facilitator: Ok(value.payment_facilitator),
                tax_reference: Ok(value.tax_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MitDelayedCharge {
        scheme_reference: ::std::result::Result<
            ::std::option::Option<super::MitDelayedChargeSchemeReference>,
            ::std::string::String,
        >,
        stored_card_usage: ::std::result::Result<
            ::std::option::Option<super::MitDelayedChargeStoredCardUsage>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MitDelayedCharge {
        fn default() -> Self {
            Self {
                scheme_reference: Ok(Default::default()),
                stored_card_usage: Ok(Default::default()),
            }
        }
    }
    impl MitDelayedCharge {
        pub fn scheme_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitDelayedChargeSchemeReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.scheme_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for scheme_reference: {e}")
                });
            self
        }
        pub fn stored_card_usage<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitDelayedChargeStoredCardUsage>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.stored_card_usage = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for stored_card_usage: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MitDelayedCharge> for super::MitDelayedCharge {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MitDelayedCharge,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                scheme_reference: value.scheme_reference?,
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::std::convert::From<super::MitDelayedCharge> for MitDelayedCharge {
        fn from(value: super::MitDelayedCharge) -> Self {
            Self {
                scheme_reference: Ok(value.scheme_reference),
                stored_card_usage: Ok(value.stored_card_usage),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MitInstallment {
        installment_type: ::std::result::Result<
            super::MitInstallmentInstallmentType,
            ::std::string::String,
        >,
        scheme_reference: ::std::result::Result<
            ::std::option::Option<super::MitInstallmentSchemeReference>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MitInstallment {
        fn default() -> Self {
            Self {
                installment_type: Err(
                    "no value supplied for installment_type".to_string(),
                ),
                scheme_reference: Ok(Default::default()),
            }
        }
    }
    impl MitInstallment {
        pub fn installment_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::MitInstallmentInstallmentType>,
            T::Error: ::std::fmt::Display,
        {
            self.installment_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for installment_type: {e}")
                });
            self
        }
        pub fn scheme_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitInstallmentSchemeReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.scheme_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for scheme_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MitInstallment> for super::MitInstallment {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MitInstallment,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                installment_type: value.installment_type?,
                scheme_reference: value.scheme_reference?,
            })
        }
    }
    impl ::std::convert::From<super::MitInstallment> for MitInstallment {
        fn from(value: super::MitInstallment) -> Self {
            Self {
                installment_type: Ok(value.installment_type),
                scheme_reference: Ok(value.scheme_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MitNoShow {
        scheme_reference: ::std::result::Result<
            ::std::option::Option<super::MitNoShowSchemeReference>,
            ::std::string::String,
        >,
        stored_card_usage: ::std::result::Result<
            ::std::option::Option<super::MitNoShowStoredCardUsage>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MitNoShow {
        fn default() -> Self {
            Self {
                scheme_reference: Ok(Default::default()),
                stored_card_usage: Ok(Default::default()),
            }
        }
    }
    impl MitNoShow {
        pub fn scheme_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitNoShowSchemeReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.scheme_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for scheme_reference: {e}")
                });
            self
        }
        pub fn stored_card_usage<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitNoShowStoredCardUsage>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.stored_card_usage = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for stored_card_usage: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MitNoShow> for super::MitNoShow {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MitNoShow,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                scheme_reference: value.scheme_reference?,
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::std::convert::From<super::MitNoShow> for MitNoShow {
        fn from(value: super::MitNoShow) -> Self {
            Self {
                scheme_reference: Ok(value.scheme_reference),
                stored_card_usage: Ok(value.stored_card_usage),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MitReauthorization {
        scheme_reference: ::std::result::Result<
            ::std::option::Option<super::MitReauthorizationSchemeReference>,
            ::std::string::String,
        >,
        stored_card_usage: ::std::result::Result<
            ::std::option::Option<super::MitReauthorizationStoredCardUsage>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MitReauthorization {
        fn default() -> Self {
            Self {
                scheme_reference: Ok(Default::default()),
                stored_card_usage: Ok(Default::default()),
            }
        }
    }
    impl MitReauthorization {
        pub fn scheme_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitReauthorizationSchemeReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.scheme_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for scheme_reference: {e}")
                });
            self
        }
        pub fn stored_card_usage<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitReauthorizationStoredCardUsage>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.stored_card_usage = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for stored_card_usage: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MitReauthorization> for super::MitReauthorization {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MitReauthorization,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                scheme_reference: value.scheme_reference?,
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::std::convert::From<super::MitReauthorization> for MitReauthorization {
        fn from(value: super::MitReauthorization) -> Self {
            Self {
                scheme_reference: Ok(value.scheme_reference),
                stored_card_usage: Ok(value.stored_card_usage),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MitResubmission {
        scheme_reference: ::std::result::Result<
            ::std::option::Option<super::MitResubmissionSchemeReference>,
            ::std::string::String,
        >,
        stored_card_usage: ::std::result::Result<
            ::std::option::Option<super::MitResubmissionStoredCardUsage>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MitResubmission {
        fn default() -> Self {
            Self {
                scheme_reference: Ok(Default::default()),
                stored_card_usage: Ok(Default::default()),
            }
        }
    }
    impl MitResubmission {
        pub fn scheme_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitResubmissionSchemeReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.scheme_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for scheme_reference: {e}")
                });
            self
        }
        pub fn stored_card_usage<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitResubmissionStoredCardUsage>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.stored_card_usage = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for stored_card_usage: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MitResubmission> for super::MitResubmission {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MitResubmission,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                scheme_reference: value.scheme_reference?,
                stored_card_usage: value.stored_card_usage?,
            })
        }
    }
    impl ::std::convert::From<super::MitResubmission> for MitResubmission {
        fn from(value: super::MitResubmission) -> Self {
            Self {
                scheme_reference: Ok(value.scheme_reference),
                stored_card_usage: Ok(value.stored_card_usage),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MitSubscription {
        scheme_reference: ::std::result::Result<
            ::std::option::Option<super::MitSubscriptionSchemeReference>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MitSubscription {
        fn default() -> Self {
            Self {
                scheme_reference: Ok(Default::default()),
            }
        }
    }
    impl MitSubscription {
        pub fn scheme_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitSubscriptionSchemeReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.scheme_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for scheme_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MitSubscription> for super::MitSubscription {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MitSubscription,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                scheme_reference: value.scheme_reference?,
            })
        }
    }
    impl ::std::convert::From<super::MitSubscription> for MitSubscription {
        fn from(value: super::MitSubscription) -> Self {
            Self {
                scheme_reference: Ok(value.scheme_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct MitUnscheduled {
        scheme_reference: ::std::result::Result<
            ::std::option::Option<super::MitUnscheduledSchemeReference>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MitUnscheduled {
        fn default() -> Self {
            Self {
                scheme_reference: Ok(Default::default()),
            }
        }
    }
    impl MitUnscheduled {
        pub fn scheme_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::MitUnscheduledSchemeReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.scheme_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for scheme_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MitUnscheduled> for super::MitUnscheduled {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MitUnscheduled,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                scheme_reference: value.scheme_reference?,
            })
        }
    }
    impl ::std::convert::From<super::MitUnscheduled> for MitUnscheduled {
        fn from(value: super::MitUnscheduled) -> Self {
            Self {
                scheme_reference: Ok(value.scheme_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Narrative {
        line1: ::std::result::Result<super::NarrativeLine1, ::std::string::String>,
        line2: ::std::result::Result<
            ::std::option::Option<super::NarrativeLine2>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Narrative {
        fn default() -> Self {
            Self {
                line1: Err("no value supplied for line1".to_string()),
                line2: Ok(Default::default()),
            }
        }
    }
    impl Narrative {
        pub fn line1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::NarrativeLine1>,
            T::Error: ::std::fmt::Display,
        {
            self.line1 = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for line1: {e}"));
            self
        }
        pub fn line2<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::NarrativeLine2>>,
            T::Error: ::std::fmt::Display,
        {
            self.line2 = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for line2: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Narrative> for super::Narrative {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Narrative,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                line1: value.line1?,
                line2: value.line2?,
            })
        }
    }
    impl ::std::convert::From<super::Narrative> for Narrative {
        fn from(value: super::Narrative) -> Self {
            Self {
                line1: Ok(value.line1),
                line2: Ok(value.line2),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Order {
        discount_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        duty_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        invoice_reference: ::std::result::Result<
            ::std::option::Option<super::OrderInvoiceReference>,
            ::std::string::String,
        >,
        items: ::std::result::Result<
            ::std::vec::Vec<super::OrderItemsItem>,
            ::std::string::String,
        >,
        order_date: ::std::result::Result<
            ::std::option::Option<super::OrderOrderDate>,
            ::std::string::String,
        >,
        sales_tax: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        shipping_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        tax_exempt: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Order {
        fn default() -> Self {
            Self {
                discount_amount: Ok(Default::default()),
                duty_amount: Ok(Default::default()),
                invoice_reference: Ok(Default::default()),
                items: Ok(Default::default()),
                order_date: Ok(Default::default()),
                sales_tax: Ok(Default::default()),
                shipping_amount: Ok(Default::default()),
                tax_exempt: Ok(Default::default()),
            }
        }
    }
    impl Order {
        pub fn discount_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.discount_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for discount_amount: {e}")
                });
            self
        }
        pub fn duty_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.duty_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for duty_amount: {e}")
                });
            self
        }
        pub fn invoice_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::OrderInvoiceReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.invoice_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for invoice_reference: {e}")
                });
            self
        }
        pub fn items<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::OrderItemsItem>>,
            T::Error: ::std::fmt::Display,
        {
            self.items = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for items: {e}"));
            self
        }
        pub fn order_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::OrderOrderDate>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_date: {e}")
                });
            self
        }
        pub fn sales_tax<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.sales_tax = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for sales_tax: {e}")
                });
            self
        }
        pub fn shipping_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.shipping_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for shipping_amount: {e}")
                });
            self
        }
        pub fn tax_exempt<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_exempt = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_exempt: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Order> for super::Order {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Order,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                discount_amount: value.discount_amount?,
                duty_amount: value.duty_amount?,
                invoice_reference: value.invoice_reference?,
                items: value.items?,
                order_date: value.order_date?,
                sales_tax: value.sales_tax?,
                shipping_amount: value.shipping_amount?,
                tax_exempt: value.tax_exempt?,
            })
        }
    }
    impl ::std::convert::From<super::Order> for Order {
        fn from(value: super::Order) -> Self {
            Self {
                discount_amount: Ok(value.discount_amount),
                duty_amount: Ok(value.duty_amount),
                invoice_reference: Ok(value.invoice_reference),
                items: Ok(value.items),
                order_date: Ok(value.order_date),
                sales_tax: Ok(value.sales_tax),
                shipping_amount: Ok(value.shipping_amount),
                tax_exempt: Ok(value.tax_exempt),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct OrderItemsItem {
        commodity_code: ::std::result::Result<
            ::std::option::Option<super::OrderItemsItemCommodityCode>,
            ::std::string::String,
        >,
        name: ::std::result::Result<super::OrderItemsItemName, ::std::string::String>,
        product_code: ::std::result::Result<
            ::std::option::Option<super::OrderItemsItemProductCode>,
            ::std::string::String,
        >,
        quantity: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total_amount_no_tax: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total_discount_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total_tax_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        unit_cost: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        unit_of_measure: ::std::result::Result<
            ::std::option::Option<super::OrderItemsItemUnitOfMeasure>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for OrderItemsItem {
        fn default() -> Self {
            Self {
                commodity_code: Ok(Default::default()),
                name: Err("no value supplied for name".to_string()),
                product_code: Ok(Default::default()),
                quantity: Ok(Default::default()),
                total_amount: Ok(Default::default()),
                total_amount_no_tax: Ok(Default::default()),
                total_discount_amount: Ok(Default::default()),
                total_tax_amount: Ok(Default::default()),
                unit_cost: Ok(Default::default()),
                unit_of_measure: Ok(Default::default()),
            }
        }
    }
    impl OrderItemsItem {
        pub fn commodity_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::OrderItemsItemCommodityCode>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.commodity_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for commodity_code: {e}")
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::OrderItemsItemName>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn product_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::OrderItemsItemProductCode>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.product_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for product_code: {e}")
                });
            self
        }
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
        pub fn total_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for total_amount: {e}")
                });
            self
        }
        pub fn total_amount_no_tax<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total_amount_no_tax = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for total_amount_no_tax: {e}"
                    )
                });
            self
        }
        pub fn total_discount_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total_discount_amount = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for total_discount_amount: {e}"
                    )
                });
            self
        }
        pub fn total_tax_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total_tax_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for total_tax_amount: {e}")
                });
            self
        }
        pub fn unit_cost<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.unit_cost = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for unit_cost: {e}")
                });
            self
        }
        pub fn unit_of_measure<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::OrderItemsItemUnitOfMeasure>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.unit_of_measure = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for unit_of_measure: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<OrderItemsItem> for super::OrderItemsItem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: OrderItemsItem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                commodity_code: value.commodity_code?,
                name: value.name?,
                product_code: value.product_code?,
                quantity: value.quantity?,
                total_amount: value.total_amount?,
                total_amount_no_tax: value.total_amount_no_tax?,
                total_discount_amount: value.total_discount_amount?,
                total_tax_amount: value.total_tax_amount?,
                unit_cost: value.unit_cost?,
                unit_of_measure: value.unit_of_measure?,
            })
        }
    }
    impl ::std::convert::From<super::OrderItemsItem> for OrderItemsItem {
        fn from(value: super::OrderItemsItem) -> Self {
            Self {
                commodity_code: Ok(value.commodity_code),
                name: Ok(value.name),
                product_code: Ok(value.product_code),
                quantity: Ok(value.quantity),
                total_amount: Ok(value.total_amount),
                total_amount_no_tax: Ok(value.total_amount_no_tax),
                total_discount_amount: Ok(value.total_discount_amount),
                total_tax_amount: Ok(value.total_tax_amount),
                unit_cost: Ok(value.unit_cost),
                unit_of_measure: Ok(value.unit_of_measure),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct OrderOrderDate {
        day: ::std::result::Result<i64, ::std::string::String>,
        month: ::std::result::Result<i64, ::std::string::String>,
        year: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for OrderOrderDate {
        fn default() -> Self {
            Self {
                day: Err("no value supplied for day".to_string()),
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl OrderOrderDate {
        pub fn day<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.day = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for day: {e}"));
            self
        }
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
    impl ::std::convert::TryFrom<OrderOrderDate> for super::OrderOrderDate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: OrderOrderDate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                day: value.day?,
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::OrderOrderDate> for OrderOrderDate {
        fn from(value: super::OrderOrderDate) -> Self {
            Self {
                day: Ok(value.day),
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentFacilitator {
        independent_sales_organization_id: ::std::result::Result<
            ::std::option::Option<
                super::PaymentFacilitatorIndependentSalesOrganizationId,
            >,
            ::std::string::String,
        >,
        scheme_id: ::std::result::Result<
            super::PaymentFacilitatorSchemeId,
            ::std::string::String,
        >,
        sub_merchant: ::std::result::Result<
            super::PaymentFacilitatorSubMerchant,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentFacilitator {
        fn default() -> Self {
            Self {
                independent_sales_organization_id: Ok(Default::default()),
                scheme_id: Err("no value supplied for scheme_id".to_string()),
                sub_merchant: Err("no value supplied for sub_merchant".to_string()),
            }
        }
    }
    impl PaymentFacilitator {
        pub fn independent_sales_organization_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::PaymentFacilitatorIndependentSalesOrganizationId,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.independent_sales_organization_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for independent_sales_organization_id: {e}"
                    )
                });
            self
        }
        pub fn scheme_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentFacilitatorSchemeId>,
            T::Error: ::std::fmt::Display,
        {
            self.scheme_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for scheme_id: {e}")
                });
            self
        }
        pub fn sub_merchant<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentFacilitatorSubMerchant>,
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
    impl ::std::convert::TryFrom<PaymentFacilitator> for super::PaymentFacilitator {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentFacilitator,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                independent_sales_organization_id: value
                    .independent_sales_organization_id?,
                scheme_id: value.scheme_id?,
                sub_merchant: value.sub_merchant?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentFacilitator> for PaymentFacilitator {
        fn from(value: super::PaymentFacilitator) -> Self {
            Self {
                independent_sales_organization_id: Ok(
                    value.independent_sales_organization_id,
                ),
                scheme_id: Ok(value.scheme_id),
                sub_merchant: Ok(value.sub_merchant),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentFacilitatorSubMerchant {
        address: ::std::result::Result<
            super::PaymentFacilitatorSubMerchantAddress,
            ::std::string::String,
        >,
        email: ::std::result::Result<
            ::std::option::Option<super::PaymentFacilitatorSubMerchantEmail>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            super::PaymentFacilitatorSubMerchantName,
            ::std::string::String,
        >,
        phone_number: ::std::result::Result<
            ::std::option::Option<super::PaymentFacilitatorSubMerchantPhoneNumber>,
            ::std::string::String,
        >,
        reference: ::std::result::Result<
            super::PaymentFacilitatorSubMerchantReference,
            ::std::string::String,
        >,
        tax_reference: ::std::result::Result<
            ::std::option::Option<super::PaymentFacilitatorSubMerchantTaxReference>,
            ::std::string::String,
        >,
        url: ::std::result::Result<
            ::std::option::Option<super::PaymentFacilitatorSubMerchantUrl>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentFacilitatorSubMerchant {
        fn default() -> Self {
            Self {
                address: Err("no value supplied for address".to_string()),
                email: Ok(Default::default()),
                name: Err("no value supplied for name".to_string()),
                phone_number: Ok(Default::default()),
                reference: Err("no value supplied for reference".to_string()),
                tax_reference: Ok(Default::default()),
                url: Ok(Default::default()),
            }
        }
    }
    impl PaymentFacilitatorSubMerchant {
        pub fn address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentFacilitatorSubMerchantAddress>,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentFacilitatorSubMerchantEmail>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentFacilitatorSubMerchantName>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn phone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentFacilitatorSubMerchantPhoneNumber>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.phone_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for phone_number: {e}")
                });
            self
        }
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentFacilitatorSubMerchantReference>,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
        pub fn tax_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentFacilitatorSubMerchantTaxReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.tax_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_reference: {e}")
                });
            self
        }
        pub fn url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentFacilitatorSubMerchantUrl>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.url = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for url: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentFacilitatorSubMerchant>
    for super::PaymentFacilitatorSubMerchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentFacilitatorSubMerchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::PaymentFacilitatorSubMerchant>
    for PaymentFacilitatorSubMerchant {
        fn from(value: super::PaymentFacilitatorSubMerchant) -> Self {
            Self {
                address: Ok(value.address),
                email: Ok(value.email),
                name: Ok(value.name),
                phone_number: Ok(value.phone_number),
                reference: Ok(value.reference),
                tax_reference: Ok(value.tax_reference),
                url: Ok(value.url),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentFacilitatorSubMerchantAddress {
        city: ::std::result::Result<
            super::PaymentFacilitatorSubMerchantAddressCity,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            super::PaymentFacilitatorSubMerchantAddressCountryCode,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            super::PaymentFacilitatorSubMerchantAddressPostalCode,
            ::std::string::String,
        >,
        state: ::std::result::Result<
            ::std::option::Option<super::PaymentFacilitatorSubMerchantAddressState>,
            ::std::string::String,
        >,
        street: ::std::result::Result<
            super::PaymentFacilitatorSubMerchantAddressStreet,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentFacilitatorSubMerchantAddress {
        fn default() -> Self {
            Self {
                city: Err("no value supplied for city".to_string()),
                country_code: Err("no value supplied for country_code".to_string()),
                postal_code: Err("no value supplied for postal_code".to_string()),
                state: Ok(Default::default()),
                street: Err("no value supplied for street".to_string()),
            }
        }
    }
    impl PaymentFacilitatorSubMerchantAddress {
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentFacilitatorSubMerchantAddressCity>,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::PaymentFacilitatorSubMerchantAddressCountryCode,
            >,
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
            T: ::std::convert::TryInto<
                super::PaymentFacilitatorSubMerchantAddressPostalCode,
            >,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentFacilitatorSubMerchantAddressState>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.state = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for state: {e}"));
            self
        }
        pub fn street<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::PaymentFacilitatorSubMerchantAddressStreet,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.street = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for street: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentFacilitatorSubMerchantAddress>
    for super::PaymentFacilitatorSubMerchantAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentFacilitatorSubMerchantAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                city: value.city?,
                country_code: value.country_code?,
                postal_code: value.postal_code?,
                state: value.state?,
                street: value.street?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentFacilitatorSubMerchantAddress>
    for PaymentFacilitatorSubMerchantAddress {
        fn from(value: super::PaymentFacilitatorSubMerchantAddress) -> Self {
            Self {
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
                street: Ok(value.street),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsAuthorize201Refusal {
        advice: ::std::result::Result<
            ::std::option::Option<super::Advice>,
            ::std::string::String,
        >,
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        exemption: ::std::result::Result<
            ::std::option::Option<super::ExemptionOutcome>,
            ::std::string::String,
        >,
        gateway_refusal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        outcome: ::std::result::Result<::std::string::String, ::std::string::String>,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            ::std::option::Option<super::ResponsePaymentInstrument>,
            ::std::string::String,
        >,
        refusal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        refusal_description: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        risk_factors: ::std::result::Result<
            ::std::option::Option<super::RiskFactors>,
            ::std::string::String,
        >,
        updated_payment_instrument: ::std::result::Result<
            ::std::option::Option<super::UpdatedPaymentInstrument>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsAuthorize201Refusal {
        fn default() -> Self {
            Self {
                advice: Ok(Default::default()),
                command_id: Ok(Default::default()),
                exemption: Ok(Default::default()),
                gateway_refusal_code: Ok(Default::default()),
                outcome: Err("no value supplied for outcome".to_string()),
                payment_id: Ok(Default::default()),
                payment_instrument: Ok(Default::default()),
                refusal_code: Ok(Default::default()),
                refusal_description: Ok(Default::default()),
                risk_factors: Ok(Default::default()),
                updated_payment_instrument: Ok(Default::default()),
            }
        }
    }
    impl PaymentsAuthorize201Refusal {
        pub fn advice<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Advice>>,
            T::Error: ::std::fmt::Display,
        {
            self.advice = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for advice: {e}"));
            self
        }
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
                });
            self
        }
        pub fn exemption<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ExemptionOutcome>>,
            T::Error: ::std::fmt::Display,
        {
            self.exemption = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for exemption: {e}")
                });
            self
        }
        pub fn gateway_refusal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.gateway_refusal_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for gateway_refusal_code: {e}"
                    )
                });
            self
        }
        pub fn outcome<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ResponsePaymentInstrument>,
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
        pub fn refusal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.refusal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for refusal_code: {e}")
                });
            self
        }
        pub fn refusal_description<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.refusal_description = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for refusal_description: {e}"
                    )
                });
            self
        }
        pub fn risk_factors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RiskFactors>>,
            T::Error: ::std::fmt::Display,
        {
            self.risk_factors = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_factors: {e}")
                });
            self
        }
        pub fn updated_payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::UpdatedPaymentInstrument>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.updated_payment_instrument = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for updated_payment_instrument: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsAuthorize201Refusal>
    for super::PaymentsAuthorize201Refusal {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsAuthorize201Refusal,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                advice: value.advice?,
                command_id: value.command_id?,
                exemption: value.exemption?,
                gateway_refusal_code: value.gateway_refusal_code?,
                outcome: value.outcome?,
                payment_id: value.payment_id?,
                payment_instrument: value.payment_instrument?,
                refusal_code: value.refusal_code?,
                refusal_description: value.refusal_description?,
                risk_factors: value.risk_factors?,
                updated_payment_instrument: value.updated_payment_instrument?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsAuthorize201Refusal>
    for PaymentsAuthorize201Refusal {
        fn from(value: super::PaymentsAuthorize201Refusal) -> Self {
            Self {
                advice: Ok(value.advice),
                command_id: Ok(value.command_id),
                exemption: Ok(value.exemption),
                gateway_refusal_code: Ok(value.gateway_refusal_code),
                outcome: Ok(value.outcome),
                payment_id: Ok(value.payment_id),
                payment_instrument: Ok(value.payment_instrument),
                refusal_code: Ok(value.refusal_code),
                refusal_description: Ok(value.refusal_description),
                risk_factors: Ok(value.risk_factors),
                updated_payment_instrument: Ok(value.updated_payment_instrument),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsAuthorize201RefusalMit {
        advice: ::std::result::Result<
            ::std::option::Option<super::Advice>,
            ::std::string::String,
        >,
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        gateway_refusal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        outcome: ::std::result::Result<::std::string::String, ::std::string::String>,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            ::std::option::Option<super::ResponsePaymentInstrument>,
            ::std::string::String,
        >,
        refusal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        refusal_description: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        risk_factors: ::std::result::Result<
            ::std::option::Option<super::RiskFactors>,
            ::std::string::String,
        >,
        updated_payment_instrument: ::std::result::Result<
            ::std::option::Option<super::UpdatedPaymentInstrument>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsAuthorize201RefusalMit {
        fn default() -> Self {
            Self {
                advice: Ok(Default::default()),
                command_id: Ok(Default::default()),
                gateway_refusal_code: Ok(Default::default()),
                outcome: Err("no value supplied for outcome".to_string()),
                payment_id: Ok(Default::default()),
                payment_instrument: Ok(Default::default()),
                refusal_code: Ok(Default::default()),
                refusal_description: Ok(Default::default()),
                risk_factors: Ok(Default::default()),
                updated_payment_instrument: Ok(Default::default()),
            }
        }
    }
    impl PaymentsAuthorize201RefusalMit {
        pub fn advice<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Advice>>,
            T::Error: ::std::fmt::Display,
        {
            self.advice = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for advice: {e}"));
            self
        }
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
                });
            self
        }
        pub fn gateway_refusal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.gateway_refusal_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for gateway_refusal_code: {e}"
                    )
                });
            self
        }
        pub fn outcome<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ResponsePaymentInstrument>,
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
        pub fn refusal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.refusal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for refusal_code: {e}")
                });
            self
        }
        pub fn refusal_description<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.refusal_description = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for refusal_description: {e}"
                    )
                });
            self
        }
        pub fn risk_factors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RiskFactors>>,
            T::Error: ::std::fmt::Display,
        {
            self.risk_factors = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_factors: {e}")
                });
            self
        }
        pub fn updated_payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::UpdatedPaymentInstrument>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.updated_payment_instrument = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for updated_payment_instrument: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsAuthorize201RefusalMit>
    for super::PaymentsAuthorize201RefusalMit {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsAuthorize201RefusalMit,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                advice: value.advice?,
                command_id: value.command_id?,
                gateway_refusal_code: value.gateway_refusal_code?,
                outcome: value.outcome?,
                payment_id: value.payment_id?,
                payment_instrument: value.payment_instrument?,
                refusal_code: value.refusal_code?,
                refusal_description: value.refusal_description?,
                risk_factors: value.risk_factors?,
                updated_payment_instrument: value.updated_payment_instrument?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsAuthorize201RefusalMit>
    for PaymentsAuthorize201RefusalMit {
        fn from(value: super::PaymentsAuthorize201RefusalMit) -> Self {
            Self {
                advice: Ok(value.advice),
                command_id: Ok(value.command_id),
                gateway_refusal_code: Ok(value.gateway_refusal_code),
                outcome: Ok(value.outcome),
                payment_id: Ok(value.payment_id),
                payment_instrument: Ok(value.payment_instrument),
                refusal_code: Ok(value.refusal_code),
                refusal_description: Ok(value.refusal_description),
                risk_factors: Ok(value.risk_factors),
                updated_payment_instrument: Ok(value.updated_payment_instrument),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsAuthorize201Response {
        amounts: ::std::result::Result<
            ::std::option::Option<super::Amounts>,
            ::std::string::String,
        >,
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        exemption: ::std::result::Result<
            ::std::option::Option<super::ExemptionOutcome>,
            ::std::string::String,
        >,
        issuer: ::std::result::Result<
            ::std::option::Option<super::Issuer>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        outcome: ::std::result::Result<::std::string::String, ::std::string::String>,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            ::std::option::Option<super::ResponsePaymentInstrument>,
            ::std::string::String,
        >,
        risk_factors: ::std::result::Result<
            ::std::option::Option<super::RiskFactors>,
            ::std::string::String,
        >,
        scheme: ::std::result::Result<
            ::std::option::Option<super::Scheme>,
            ::std::string::String,
        >,
        updated_payment_instrument: ::std::result::Result<
            ::std::option::Option<super::UpdatedPaymentInstrument>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsAuthorize201Response {
        fn default() -> Self {
            Self {
                amounts: Ok(Default::default()),
                command_id: Ok(Default::default()),
                exemption: Ok(Default::default()),
                issuer: Ok(Default::default()),
                links: Ok(Default::default()),
                outcome: Err("no value supplied for outcome".to_string()),
                payment_id: Ok(Default::default()),
                payment_instrument: Ok(Default::default()),
                risk_factors: Ok(Default::default()),
                scheme: Ok(Default::default()),
                updated_payment_instrument: Ok(Default::default()),
            }
        }
    }
    impl PaymentsAuthorize201Response {
        pub fn amounts<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Amounts>>,
            T::Error: ::std::fmt::Display,
        {
            self.amounts = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for amounts: {e}")
                });
            self
        }
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
                });
            self
        }
        pub fn exemption<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ExemptionOutcome>>,
            T::Error: ::std::fmt::Display,
        {
            self.exemption = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for exemption: {e}")
                });
            self
        }
        pub fn issuer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Issuer>>,
            T::Error: ::std::fmt::Display,
        {
            self.issuer = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for issuer: {e}"));
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
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ResponsePaymentInstrument>,
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
        pub fn risk_factors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RiskFactors>>,
            T::Error: ::std::fmt::Display,
        {
            self.risk_factors = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_factors: {e}")
                });
            self
        }
        pub fn scheme<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Scheme>>,
            T::Error: ::std::fmt::Display,
        {
            self.scheme = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for scheme: {e}"));
            self
        }
        pub fn updated_payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::UpdatedPaymentInstrument>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.updated_payment_instrument = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for updated_payment_instrument: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsAuthorize201Response>
    for super::PaymentsAuthorize201Response {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsAuthorize201Response,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amounts: value.amounts?,
                command_id: value.command_id?,
                exemption: value.exemption?,
                issuer: value.issuer?,
                links: value.links?,
                outcome: value.outcome?,
                payment_id: value.payment_id?,
                payment_instrument: value.payment_instrument?,
                risk_factors: value.risk_factors?,
                scheme: value.scheme?,
                updated_payment_instrument: value.updated_payment_instrument?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsAuthorize201Response>
    for PaymentsAuthorize201Response {
        fn from(value: super::PaymentsAuthorize201Response) -> Self {
            Self {
                amounts: Ok(value.amounts),
                command_id: Ok(value.command_id),
                exemption: Ok(value.exemption),
                issuer: Ok(value.issuer),
                links: Ok(value.links),
                outcome: Ok(value.outcome),
                payment_id: Ok(value.payment_id),
                payment_instrument: Ok(value.payment_instrument),
                risk_factors: Ok(value.risk_factors),
                scheme: Ok(value.scheme),
                updated_payment_instrument: Ok(value.updated_payment_instrument),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsAuthorize201ResponseMit {
        amounts: ::std::result::Result<
            ::std::option::Option<super::Amounts>,
            ::std::string::String,
        >,
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        issuer: ::std::result::Result<
            ::std::option::Option<super::Issuer>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        outcome: ::std::result::Result<::std::string::String, ::std::string::String>,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            ::std::option::Option<super::ResponsePaymentInstrument>,
            ::std::string::String,
        >,
        risk_factors: ::std::result::Result<
            ::std::option::Option<super::RiskFactors>,
            ::std::string::String,
        >,
        scheme: ::std::result::Result<
            ::std::option::Option<super::Scheme>,
            ::std::string::String,
        >,
        updated_payment_instrument: ::std::result::Result<
            ::std::option::Option<super::UpdatedPaymentInstrument>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsAuthorize201ResponseMit {
        fn default() -> Self {
            Self {
                amounts: Ok(Default::default()),
                command_id: Ok(Default::default()),
                issuer: Ok(Default::default()),
                links: Ok(Default::default()),
                outcome: Err("no value supplied for outcome".to_string()),
                payment_id: Ok(Default::default()),
                payment_instrument: Ok(Default::default()),
                risk_factors: Ok(Default::default()),
                scheme: Ok(Default::default()),
                updated_payment_instrument: Ok(Default::default()),
            }
        }
    }
    impl PaymentsAuthorize201ResponseMit {
        pub fn amounts<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Amounts>>,
            T::Error: ::std::fmt::Display,
        {
            self.amounts = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for amounts: {e}")
                });
            self
        }
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
                });
            self
        }
        pub fn issuer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Issuer>>,
            T::Error: ::std::fmt::Display,
        {
            self.issuer = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for issuer: {e}"));
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
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ResponsePaymentInstrument>,
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
        pub fn risk_factors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RiskFactors>>,
            T::Error: ::std::fmt::Display,
        {
            self.risk_factors = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_factors: {e}")
                });
            self
        }
        pub fn scheme<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Scheme>>,
            T::Error: ::std::fmt::Display,
        {
            self.scheme = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for scheme: {e}"));
            self
        }
        pub fn updated_payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::UpdatedPaymentInstrument>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.updated_payment_instrument = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for updated_payment_instrument: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsAuthorize201ResponseMit>
    for super::PaymentsAuthorize201ResponseMit {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsAuthorize201ResponseMit,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amounts: value.amounts?,
                command_id: value.command_id?,
                issuer: value.issuer?,
                links: value.links?,
                outcome: value.outcome?,
                payment_id: value.payment_id?,
                payment_instrument: value.payment_instrument?,
                risk_factors: value.risk_factors?,
                scheme: value.scheme?,
                updated_payment_instrument: value.updated_payment_instrument?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsAuthorize201ResponseMit>
    for PaymentsAuthorize201ResponseMit {
        fn from(value: super::PaymentsAuthorize201ResponseMit) -> Self {
            Self {
                amounts: Ok(value.amounts),
                command_id: Ok(value.command_id),
                issuer: Ok(value.issuer),
                links: Ok(value.links),
                outcome: Ok(value.outcome),
                payment_id: Ok(value.payment_id),
                payment_instrument: Ok(value.payment_instrument),
                risk_factors: Ok(value.risk_factors),
                scheme: Ok(value.scheme),
                updated_payment_instrument: Ok(value.updated_payment_instrument),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsCancel {
        reference: ::std::result::Result<
            ::std::option::Option<super::PaymentsCancelReference>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsCancel {
        fn default() -> Self {
            Self {
                reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentsCancel {
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsCancelReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsCancel> for super::PaymentsCancel {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsCancel,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                reference: value.reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsCancel> for PaymentsCancel {
        fn from(value: super::PaymentsCancel) -> Self {
            Self {
                reference: Ok(value.reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsEvents200Response {
        last_event: ::std::result::Result<
            crate::card_payments::types::PaymentsEvents200ResponseLastEvent,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsEvents200Response {
        fn default() -> Self {
            Self {
                last_event: Err("no value supplied for last_event".to_string()),
                links: Ok(Default::default()),
            }
        }
    }
    impl PaymentsEvents200Response {
        pub fn last_event<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::card_payments::types::PaymentsEvents200ResponseLastEvent,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.last_event = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_event: {e}")
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
    }
    impl ::std::convert::TryFrom<PaymentsEvents200Response>
    for super::PaymentsEvents200Response {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsEvents200Response,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                last_event: value.last_event?,
                links: value.links?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsEvents200Response>
    for PaymentsEvents200Response {
        fn from(value: super::PaymentsEvents200Response) -> Self {
            Self {
                last_event: Ok(value.last_event),
                links: Ok(value.links),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsEventsRecovery200Response {
        last_event: ::std::result::Result<
            crate::card_payments::types::PaymentsEventsRecovery200ResponseLastEvent,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsEventsRecovery200Response {
        fn default() -> Self {
            Self {
                last_event: Err("no value supplied for last_event".to_string()),
                links: Ok(Default::default()),
            }
        }
    }
    impl PaymentsEventsRecovery200Response {
        pub fn last_event<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                crate::card_payments::types::PaymentsEventsRecovery200ResponseLastEvent,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.last_event = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_event: {e}")
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
    }
    impl ::std::convert::TryFrom<PaymentsEventsRecovery200Response>
    for super::PaymentsEventsRecovery200Response {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsEventsRecovery200Response,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                last_event: value.last_event?,
                links: value.links?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsEventsRecovery200Response>
    for PaymentsEventsRecovery200Response {
        fn from(value: super::PaymentsEventsRecovery200Response) -> Self {
            Self {
                last_event: Ok(value.last_event),
                links: Ok(value.links),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsFullCancelResponse {
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsFullCancelResponse {
        fn default() -> Self {
            Self {
                links: Ok(Default::default()),
            }
        }
    }
    impl PaymentsFullCancelResponse {
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
    impl ::std::convert::TryFrom<PaymentsFullCancelResponse>
    for super::PaymentsFullCancelResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsFullCancelResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { links: value.links? })
        }
    }
    impl ::std::convert::From<super::PaymentsFullCancelResponse>
    for PaymentsFullCancelResponse {
        fn from(value: super::PaymentsFullCancelResponse) -> Self {
            Self { links: Ok(value.links) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsFullRefundResponse {
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsFullRefundResponse {
        fn default() -> Self {
            Self {
                command_id: Ok(Default::default()),
                links: Ok(Default::default()),
                payment_id: Ok(Default::default()),
            }
        }
    }
    impl PaymentsFullRefundResponse {
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
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
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsFullRefundResponse>
    for super::PaymentsFullRefundResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsFullRefundResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                command_id: value.command_id?,
                links: value.links?,
                payment_id: value.payment_id?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsFullRefundResponse>
    for PaymentsFullRefundResponse {
        fn from(value: super::PaymentsFullRefundResponse) -> Self {
            Self {
                command_id: Ok(value.command_id),
                links: Ok(value.links),
                payment_id: Ok(value.payment_id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsFullSettleResponse {
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsFullSettleResponse {
        fn default() -> Self {
            Self {
                command_id: Ok(Default::default()),
                links: Ok(Default::default()),
                payment_id: Ok(Default::default()),
            }
        }
    }
    impl PaymentsFullSettleResponse {
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
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
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsFullSettleResponse>
    for super::PaymentsFullSettleResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsFullSettleResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                command_id: value.command_id?,
                links: value.links?,
                payment_id: value.payment_id?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsFullSettleResponse>
    for PaymentsFullSettleResponse {
        fn from(value: super::PaymentsFullSettleResponse) -> Self {
            Self {
                command_id: Ok(value.command_id),
                links: Ok(value.links),
                payment_id: Ok(value.payment_id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsIncreaseAuthorize {
        value: ::std::result::Result<super::Value, ::std::string::String>,
    }
    impl ::std::default::Default for PaymentsIncreaseAuthorize {
        fn default() -> Self {
            Self {
                value: Err("no value supplied for value".to_string()),
            }
        }
    }
    impl PaymentsIncreaseAuthorize {
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Value>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsIncreaseAuthorize>
    for super::PaymentsIncreaseAuthorize {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsIncreaseAuthorize,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { value: value.value? })
        }
    }
    impl ::std::convert::From<super::PaymentsIncreaseAuthorize>
    for PaymentsIncreaseAuthorize {
        fn from(value: super::PaymentsIncreaseAuthorize) -> Self {
            Self { value: Ok(value.value) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsIncreaseAuthorizeResponse {
        amounts: ::std::result::Result<
            ::std::option::Option<super::PaymentsIncreaseAuthorizeResponseAmounts>,
            ::std::string::String,
        >,
        issuer: ::std::result::Result<
            ::std::option::Option<super::Issuer>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        outcome: ::std::result::Result<::std::string::String, ::std::string::String>,
        scheme: ::std::result::Result<
            ::std::option::Option<super::Scheme>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsIncreaseAuthorizeResponse {
        fn default() -> Self {
            Self {
                amounts: Ok(Default::default()),
                issuer: Ok(Default::default()),
                links: Ok(Default::default()),
                outcome: Err("no value supplied for outcome".to_string()),
                scheme: Ok(Default::default()),
            }
        }
    }
    impl PaymentsIncreaseAuthorizeResponse {
        pub fn amounts<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsIncreaseAuthorizeResponseAmounts>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.amounts = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for amounts: {e}")
                });
            self
        }
        pub fn issuer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Issuer>>,
            T::Error: ::std::fmt::Display,
        {
            self.issuer = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for issuer: {e}"));
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
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn scheme<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Scheme>>,
            T::Error: ::std::fmt::Display,
        {
            self.scheme = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for scheme: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsIncreaseAuthorizeResponse>
    for super::PaymentsIncreaseAuthorizeResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsIncreaseAuthorizeResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amounts: value.amounts?,
                issuer: value.issuer?,
                links: value.links?,
                outcome: value.outcome?,
                scheme: value.scheme?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsIncreaseAuthorizeResponse>
    for PaymentsIncreaseAuthorizeResponse {
        fn from(value: super::PaymentsIncreaseAuthorizeResponse) -> Self {
            Self {
                amounts: Ok(value.amounts),
                issuer: Ok(value.issuer),
                links: Ok(value.links),
                outcome: Ok(value.outcome),
                scheme: Ok(value.scheme),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsIncreaseAuthorizeResponseAmounts {
        currency: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        total_authorized: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsIncreaseAuthorizeResponseAmounts {
        fn default() -> Self {
            Self {
                currency: Ok(Default::default()),
                total_authorized: Ok(Default::default()),
            }
        }
    }
    impl PaymentsIncreaseAuthorizeResponseAmounts {
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
        pub fn total_authorized<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total_authorized = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for total_authorized: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsIncreaseAuthorizeResponseAmounts>
    for super::PaymentsIncreaseAuthorizeResponseAmounts {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsIncreaseAuthorizeResponseAmounts,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                currency: value.currency?,
                total_authorized: value.total_authorized?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsIncreaseAuthorizeResponseAmounts>
    for PaymentsIncreaseAuthorizeResponseAmounts {
        fn from(value: super::PaymentsIncreaseAuthorizeResponseAmounts) -> Self {
            Self {
                currency: Ok(value.currency),
                total_authorized: Ok(value.total_authorized),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsIncreaseAuthorizeResponseRefused {
        outcome: ::std::result::Result<::std::string::String, ::std::string::String>,
        refusal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        refusal_description: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsIncreaseAuthorizeResponseRefused {
        fn default() -> Self {
            Self {
                outcome: Err("no value supplied for outcome".to_string()),
                refusal_code: Ok(Default::default()),
                refusal_description: Ok(Default::default()),
            }
        }
    }
    impl PaymentsIncreaseAuthorizeResponseRefused {
        pub fn outcome<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn refusal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.refusal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for refusal_code: {e}")
                });
            self
        }
        pub fn refusal_description<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.refusal_description = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for refusal_description: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsIncreaseAuthorizeResponseRefused>
    for super::PaymentsIncreaseAuthorizeResponseRefused {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsIncreaseAuthorizeResponseRefused,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                outcome: value.outcome?,
                refusal_code: value.refusal_code?,
                refusal_description: value.refusal_description?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsIncreaseAuthorizeResponseRefused>
    for PaymentsIncreaseAuthorizeResponseRefused {
        fn from(value: super::PaymentsIncreaseAuthorizeResponseRefused) -> Self {
            Self {
                outcome: Ok(value.outcome),
                refusal_code: Ok(value.refusal_code),
                refusal_description: Ok(value.refusal_description),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialCancel {
        reference: ::std::result::Result<
            super::PaymentsPartialCancelReference,
            ::std::string::String,
        >,
        value: ::std::result::Result<super::Value, ::std::string::String>,
    }
    impl ::std::default::Default for PaymentsPartialCancel {
        fn default() -> Self {
            Self {
                reference: Err("no value supplied for reference".to_string()),
                value: Err("no value supplied for value".to_string()),
            }
        }
    }
    impl PaymentsPartialCancel {
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentsPartialCancelReference>,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Value>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialCancel>
    for super::PaymentsPartialCancel {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialCancel,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                reference: value.reference?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialCancel> for PaymentsPartialCancel {
        fn from(value: super::PaymentsPartialCancel) -> Self {
            Self {
                reference: Ok(value.reference),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialCancelResponse {
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialCancelResponse {
        fn default() -> Self {
            Self {
                links: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialCancelResponse {
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
    impl ::std::convert::TryFrom<PaymentsPartialCancelResponse>
    for super::PaymentsPartialCancelResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialCancelResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { links: value.links? })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialCancelResponse>
    for PaymentsPartialCancelResponse {
        fn from(value: super::PaymentsPartialCancelResponse) -> Self {
            Self { links: Ok(value.links) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialRefund {
        fast_refund: ::std::result::Result<
            ::std::option::Option<super::PaymentsPartialRefundFastRefund>,
            ::std::string::String,
        >,
        merchant: ::std::result::Result<
            ::std::option::Option<super::PaymentsPartialRefundMerchant>,
            ::std::string::String,
        >,
        reference: ::std::result::Result<
            super::PaymentsPartialRefundReference,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            super::PaymentsPartialRefundValue,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialRefund {
        fn default() -> Self {
            Self {
                fast_refund: Ok(Default::default()),
                merchant: Ok(Default::default()),
                reference: Err("no value supplied for reference".to_string()),
                value: Err("no value supplied for value".to_string()),
            }
        }
    }
    impl PaymentsPartialRefund {
        pub fn fast_refund<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsPartialRefundFastRefund>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.fast_refund = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for fast_refund: {e}")
                });
            self
        }
        pub fn merchant<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsPartialRefundMerchant>,
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
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentsPartialRefundReference>,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentsPartialRefundValue>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialRefund>
    for super::PaymentsPartialRefund {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialRefund,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                fast_refund: value.fast_refund?,
                merchant: value.merchant?,
                reference: value.reference?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialRefund> for PaymentsPartialRefund {
        fn from(value: super::PaymentsPartialRefund) -> Self {
            Self {
                fast_refund: Ok(value.fast_refund),
                merchant: Ok(value.merchant),
                reference: Ok(value.reference),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialRefundFastRefund {
        enabled: ::std::result::Result<bool, ::std::string::String>,
        fallback_to_standard: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialRefundFastRefund {
        fn default() -> Self {
            Self {
                enabled: Err("no value supplied for enabled".to_string()),
                fallback_to_standard: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialRefundFastRefund {
        pub fn enabled<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.enabled = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for enabled: {e}")
                });
            self
        }
        pub fn fallback_to_standard<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.fallback_to_standard = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for fallback_to_standard: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialRefundFastRefund>
    for super::PaymentsPartialRefundFastRefund {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialRefundFastRefund,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                enabled: value.enabled?,
                fallback_to_standard: value.fallback_to_standard?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialRefundFastRefund>
    for PaymentsPartialRefundFastRefund {
        fn from(value: super::PaymentsPartialRefundFastRefund) -> Self {
            Self {
                enabled: Ok(value.enabled),
                fallback_to_standard: Ok(value.fallback_to_standard),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialRefundMerchant {
        marketplace: ::std::result::Result<
            ::std::option::Option<super::PaymentsPartialRefundMerchantMarketplace>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialRefundMerchant {
        fn default() -> Self {
            Self {
                marketplace: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialRefundMerchant {
        pub fn marketplace<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsPartialRefundMerchantMarketplace>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.marketplace = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for marketplace: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialRefundMerchant>
    for super::PaymentsPartialRefundMerchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialRefundMerchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                marketplace: value.marketplace?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialRefundMerchant>
    for PaymentsPartialRefundMerchant {
        fn from(value: super::PaymentsPartialRefundMerchant) -> Self {
            Self {
                marketplace: Ok(value.marketplace),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialRefundMerchantMarketplace {
        split_funding_reference: ::std::result::Result<
            ::std::option::Option<
                super::PaymentsPartialRefundMerchantMarketplaceSplitFundingReference,
            >,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialRefundMerchantMarketplace {
        fn default() -> Self {
            Self {
                split_funding_reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialRefundMerchantMarketplace {
        pub fn split_funding_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::PaymentsPartialRefundMerchantMarketplaceSplitFundingReference,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.split_funding_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for split_funding_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialRefundMerchantMarketplace>
    for super::PaymentsPartialRefundMerchantMarketplace {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialRefundMerchantMarketplace,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                split_funding_reference: value.split_funding_reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialRefundMerchantMarketplace>
    for PaymentsPartialRefundMerchantMarketplace {
        fn from(value: super::PaymentsPartialRefundMerchantMarketplace) -> Self {
            Self {
                split_funding_reference: Ok(value.split_funding_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialRefundResponse {
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialRefundResponse {
        fn default() -> Self {
            Self {
                command_id: Ok(Default::default()),
                links: Ok(Default::default()),
                payment_id: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialRefundResponse {
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
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
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialRefundResponse>
    for super::PaymentsPartialRefundResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialRefundResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                command_id: value.command_id?,
                links: value.links?,
                payment_id: value.payment_id?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialRefundResponse>
    for PaymentsPartialRefundResponse {
        fn from(value: super::PaymentsPartialRefundResponse) -> Self {
            Self {
                command_id: Ok(value.command_id),
                links: Ok(value.links),
                payment_id: Ok(value.payment_id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialRefundValue {
        amount: ::std::result::Result<i64, ::std::string::String>,
        convenience_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        currency: ::std::result::Result<
            super::PaymentsPartialRefundValueCurrency,
            ::std::string::String,
        >,
        surcharge_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialRefundValue {
        fn default() -> Self {
            Self {
                amount: Err("no value supplied for amount".to_string()),
                convenience_amount: Ok(Default::default()),
                currency: Err("no value supplied for currency".to_string()),
                surcharge_amount: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialRefundValue {
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
        pub fn convenience_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.convenience_amount = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for convenience_amount: {e}"
                    )
                });
            self
        }
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentsPartialRefundValueCurrency>,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
        pub fn surcharge_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.surcharge_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for surcharge_amount: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialRefundValue>
    for super::PaymentsPartialRefundValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialRefundValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amount: value.amount?,
                convenience_amount: value.convenience_amount?,
                currency: value.currency?,
                surcharge_amount: value.surcharge_amount?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialRefundValue>
    for PaymentsPartialRefundValue {
        fn from(value: super::PaymentsPartialRefundValue) -> Self {
            Self {
                amount: Ok(value.amount),
                convenience_amount: Ok(value.convenience_amount),
                currency: Ok(value.currency),
                surcharge_amount: Ok(value.surcharge_amount),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialSettle {
        customer: ::std::result::Result<
            ::std::option::Option<super::PaymentsPartialSettleCustomer>,
            ::std::string::String,
        >,
        industry_data: ::std::result::Result<
            ::std::option::Option<super::IndustryData>,
            ::std::string::String,
        >,
        merchant: ::std::result::Result<
            ::std::option::Option<super::PaymentsPartialSettleMerchant>,
            ::std::string::String,
        >,
        order: ::std::result::Result<
            ::std::option::Option<super::Order>,
            ::std::string::String,
        >,
        reference: ::std::result::Result<
            super::PaymentsPartialSettleReference,
            ::std::string::String,
        >,
        sequence: ::std::result::Result<
            ::std::option::Option<super::PaymentsPartialSettleSequence>,
            ::std::string::String,
        >,
        shipping: ::std::result::Result<
            ::std::option::Option<super::Shipping>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            super::PaymentsPartialSettleValue,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialSettle {
        fn default() -> Self {
            Self {
                customer: Ok(Default::default()),
                industry_data: Ok(Default::default()),
                merchant: Ok(Default::default()),
                order: Ok(Default::default()),
                reference: Err("no value supplied for reference".to_string()),
                sequence: Ok(Default::default()),
                shipping: Ok(Default::default()),
                value: Err("no value supplied for value".to_string()),
            }
        }
    }
    impl PaymentsPartialSettle {
        pub fn customer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsPartialSettleCustomer>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.customer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer: {e}")
                });
            self
        }
        pub fn industry_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::IndustryData>>,
            T::Error: ::std::fmt::Display,
        {
            self.industry_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for industry_data: {e}")
                });
            self
        }
        pub fn merchant<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsPartialSettleMerchant>,
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
        pub fn order<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Order>>,
            T::Error: ::std::fmt::Display,
        {
            self.order = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for order: {e}"));
            self
        }
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentsPartialSettleReference>,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
        pub fn sequence<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsPartialSettleSequence>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.sequence = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for sequence: {e}")
                });
            self
        }
        pub fn shipping<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Shipping>>,
            T::Error: ::std::fmt::Display,
        {
            self.shipping = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for shipping: {e}")
                });
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::PaymentsPartialSettleValue>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialSettle>
    for super::PaymentsPartialSettle {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialSettle,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                customer: value.customer?,
                industry_data: value.industry_data?,
                merchant: value.merchant?,
                order: value.order?,
                reference: value.reference?,
                sequence: value.sequence?,
                shipping: value.shipping?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialSettle> for PaymentsPartialSettle {
        fn from(value: super::PaymentsPartialSettle) -> Self {
            Self {
                customer: Ok(value.customer),
                industry_data: Ok(value.industry_data),
                merchant: Ok(value.merchant),
                order: Ok(value.order),
                reference: Ok(value.reference),
                sequence: Ok(value.sequence),
                shipping: Ok(value.shipping),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialSettleCustomer {
        reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialSettleCustomer {
        fn default() -> Self {
            Self {
                reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialSettleCustomer {
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialSettleCustomer>
    for super::PaymentsPartialSettleCustomer {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialSettleCustomer,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                reference: value.reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialSettleCustomer>
    for PaymentsPartialSettleCustomer {
        fn from(value: super::PaymentsPartialSettleCustomer) -> Self {
            Self {
                reference: Ok(value.reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialSettleMerchant {
        marketplace: ::std::result::Result<
            ::std::option::Option<super::PaymentsPartialSettleMerchantMarketplace>,
            ::std::string::String,
        >,
        tax_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialSettleMerchant {
        fn default() -> Self {
            Self {
                marketplace: Ok(Default::default()),
                tax_reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialSettleMerchant {
        pub fn marketplace<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsPartialSettleMerchantMarketplace>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.marketplace = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for marketplace: {e}")
                });
            self
        }
        pub fn tax_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialSettleMerchant>
    for super::PaymentsPartialSettleMerchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialSettleMerchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                marketplace: value.marketplace?,
                tax_reference: value.tax_reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialSettleMerchant>
    for PaymentsPartialSettleMerchant {
        fn from(value: super::PaymentsPartialSettleMerchant) -> Self {
            Self {
                marketplace: Ok(value.marketplace),
                tax_reference: Ok(value.tax_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialSettleMerchantMarketplace {
        seller_country_code: ::std::result::Result<
            ::std::option::Option<
                super::PaymentsPartialSettleMerchantMarketplaceSellerCountryCode,
            >,
            ::std::string::String,
        >,
        split_funding_reference: ::std::result::Result<
            ::std::option::Option<
                super::PaymentsPartialSettleMerchantMarketplaceSplitFundingReference,
            >,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialSettleMerchantMarketplace {
        fn default() -> Self {
            Self {
                seller_country_code: Ok(Default::default()),
                split_funding_reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialSettleMerchantMarketplace {
        pub fn seller_country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::PaymentsPartialSettleMerchantMarketplaceSellerCountryCode,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.seller_country_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for seller_country_code: {e}"
                    )
                });
            self
        }
        pub fn split_funding_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    super::PaymentsPartialSettleMerchantMarketplaceSplitFundingReference,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.split_funding_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for split_funding_reference: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialSettleMerchantMarketplace>
    for super::PaymentsPartialSettleMerchantMarketplace {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialSettleMerchantMarketplace,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                seller_country_code: value.seller_country_code?,
                split_funding_reference: value.split_funding_reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialSettleMerchantMarketplace>
    for PaymentsPartialSettleMerchantMarketplace {
        fn from(value: super::PaymentsPartialSettleMerchantMarketplace) -> Self {
            Self {
                seller_country_code: Ok(value.seller_country_code),
                split_funding_reference: Ok(value.split_funding_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialSettleResponse {
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialSettleResponse {
        fn default() -> Self {
            Self {
                command_id: Ok(Default::default()),
                links: Ok(Default::default()),
                payment_id: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialSettleResponse {
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
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
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialSettleResponse>
    for super::PaymentsPartialSettleResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialSettleResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                command_id: value.command_id?,
                links: value.links?,
                payment_id: value.payment_id?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialSettleResponse>
    for PaymentsPartialSettleResponse {
        fn from(value: super::PaymentsPartialSettleResponse) -> Self {
            Self {
                command_id: Ok(value.command_id),
                links: Ok(value.links),
                payment_id: Ok(value.payment_id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialSettleSequence {
        number: ::std::result::Result<i64, ::std::string::String>,
        total: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for PaymentsPartialSettleSequence {
        fn default() -> Self {
            Self {
                number: Err("no value supplied for number".to_string()),
                total: Err("no value supplied for total".to_string()),
            }
        }
    }
    impl PaymentsPartialSettleSequence {
        pub fn number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.number = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for number: {e}"));
            self
        }
        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialSettleSequence>
    for super::PaymentsPartialSettleSequence {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialSettleSequence,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                number: value.number?,
                total: value.total?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialSettleSequence>
    for PaymentsPartialSettleSequence {
        fn from(value: super::PaymentsPartialSettleSequence) -> Self {
            Self {
                number: Ok(value.number),
                total: Ok(value.total),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsPartialSettleValue {
        amount: ::std::result::Result<i64, ::std::string::String>,
        currency: ::std::result::Result<
            super::PaymentsPartialSettleValueCurrency,
            ::std::string::String,
        >,
        surcharge_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsPartialSettleValue {
        fn default() -> Self {
            Self {
                amount: Err("no value supplied for amount".to_string()),
                currency: Err("no value supplied for currency".to_string()),
                surcharge_amount: Ok(Default::default()),
            }
        }
    }
    impl PaymentsPartialSettleValue {
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
            T: ::std::convert::TryInto<super::PaymentsPartialSettleValueCurrency>,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
        pub fn surcharge_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.surcharge_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for surcharge_amount: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsPartialSettleValue>
    for super::PaymentsPartialSettleValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsPartialSettleValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amount: value.amount?,
                currency: value.currency?,
                surcharge_amount: value.surcharge_amount?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsPartialSettleValue>
    for PaymentsPartialSettleValue {
        fn from(value: super::PaymentsPartialSettleValue) -> Self {
            Self {
                amount: Ok(value.amount),
                currency: Ok(value.currency),
                surcharge_amount: Ok(value.surcharge_amount),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsRefund {
        fast_refund: ::std::result::Result<
            ::std::option::Option<super::PaymentsRefundFastRefund>,
            ::std::string::String,
        >,
        reference: ::std::result::Result<
            ::std::option::Option<super::PaymentsRefundReference>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsRefund {
        fn default() -> Self {
            Self {
                fast_refund: Ok(Default::default()),
                reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentsRefund {
        pub fn fast_refund<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsRefundFastRefund>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.fast_refund = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for fast_refund: {e}")
                });
            self
        }
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsRefundReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsRefund> for super::PaymentsRefund {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsRefund,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                fast_refund: value.fast_refund?,
                reference: value.reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsRefund> for PaymentsRefund {
        fn from(value: super::PaymentsRefund) -> Self {
            Self {
                fast_refund: Ok(value.fast_refund),
                reference: Ok(value.reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsRefundFastRefund {
        enabled: ::std::result::Result<bool, ::std::string::String>,
        fallback_to_standard: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsRefundFastRefund {
        fn default() -> Self {
            Self {
                enabled: Err("no value supplied for enabled".to_string()),
                fallback_to_standard: Ok(Default::default()),
            }
        }
    }
    impl PaymentsRefundFastRefund {
        pub fn enabled<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.enabled = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for enabled: {e}")
                });
            self
        }
        pub fn fallback_to_standard<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.fallback_to_standard = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for fallback_to_standard: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsRefundFastRefund>
    for super::PaymentsRefundFastRefund {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsRefundFastRefund,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                enabled: value.enabled?,
                fallback_to_standard: value.fallback_to_standard?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsRefundFastRefund>
    for PaymentsRefundFastRefund {
        fn from(value: super::PaymentsRefundFastRefund) -> Self {
            Self {
                enabled: Ok(value.enabled),
                fallback_to_standard: Ok(value.fallback_to_standard),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsReversalResponse {
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsReversalResponse {
        fn default() -> Self {
            Self {
                links: Ok(Default::default()),
            }
        }
    }
    impl PaymentsReversalResponse {
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
    impl ::std::convert::TryFrom<PaymentsReversalResponse>
    for super::PaymentsReversalResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsReversalResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { links: value.links? })
        }
    }
    impl ::std::convert::From<super::PaymentsReversalResponse>
    for PaymentsReversalResponse {
        fn from(value: super::PaymentsReversalResponse) -> Self {
            Self { links: Ok(value.links) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsSentForSettlement201Response {
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        exemption: ::std::result::Result<
            ::std::option::Option<super::ExemptionOutcome>,
            ::std::string::String,
        >,
        issuer: ::std::result::Result<
            ::std::option::Option<super::Issuer>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        outcome: ::std::result::Result<::std::string::String, ::std::string::String>,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            ::std::option::Option<super::ResponsePaymentInstrument>,
            ::std::string::String,
        >,
        risk_factors: ::std::result::Result<
            ::std::option::Option<super::RiskFactors>,
            ::std::string::String,
        >,
        scheme: ::std::result::Result<
            ::std::option::Option<super::Scheme>,
            ::std::string::String,
        >,
        updated_payment_instrument: ::std::result::Result<
            ::std::option::Option<super::UpdatedPaymentInstrument>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsSentForSettlement201Response {
        fn default() -> Self {
            Self {
                command_id: Ok(Default::default()),
                exemption: Ok(Default::default()),
                issuer: Ok(Default::default()),
                links: Ok(Default::default()),
                outcome: Err("no value supplied for outcome".to_string()),
                payment_id: Ok(Default::default()),
                payment_instrument: Ok(Default::default()),
                risk_factors: Ok(Default::default()),
                scheme: Ok(Default::default()),
                updated_payment_instrument: Ok(Default::default()),
            }
        }
    }
    impl PaymentsSentForSettlement201Response {
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
                });
            self
        }
        pub fn exemption<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ExemptionOutcome>>,
            T::Error: ::std::fmt::Display,
        {
            self.exemption = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for exemption: {e}")
                });
            self
        }
        pub fn issuer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Issuer>>,
            T::Error: ::std::fmt::Display,
        {
            self.issuer = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for issuer: {e}"));
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
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ResponsePaymentInstrument>,
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
        pub fn risk_factors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RiskFactors>>,
            T::Error: ::std::fmt::Display,
        {
            self.risk_factors = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_factors: {e}")
                });
            self
        }
        pub fn scheme<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Scheme>>,
            T::Error: ::std::fmt::Display,
        {
            self.scheme = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for scheme: {e}"));
            self
        }
        pub fn updated_payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::UpdatedPaymentInstrument>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.updated_payment_instrument = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for updated_payment_instrument: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsSentForSettlement201Response>
    for super::PaymentsSentForSettlement201Response {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsSentForSettlement201Response,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                command_id: value.command_id?,
                exemption: value.exemption?,
                issuer: value.issuer?,
                links: value.links?,
                outcome: value.outcome?,
                payment_id: value.payment_id?,
                payment_instrument: value.payment_instrument?,
                risk_factors: value.risk_factors?,
                scheme: value.scheme?,
                updated_payment_instrument: value.updated_payment_instrument?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsSentForSettlement201Response>
    for PaymentsSentForSettlement201Response {
        fn from(value: super::PaymentsSentForSettlement201Response) -> Self {
            Self {
                command_id: Ok(value.command_id),
                exemption: Ok(value.exemption),
                issuer: Ok(value.issuer),
                links: Ok(value.links),
                outcome: Ok(value.outcome),
                payment_id: Ok(value.payment_id),
                payment_instrument: Ok(value.payment_instrument),
                risk_factors: Ok(value.risk_factors),
                scheme: Ok(value.scheme),
                updated_payment_instrument: Ok(value.updated_payment_instrument),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsSentForSettlement201ResponseMit {
        command_id: ::std::result::Result<
            ::std::option::Option<super::CommandId>,
            ::std::string::String,
        >,
        issuer: ::std::result::Result<
            ::std::option::Option<super::Issuer>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::option::Option<crate::hal::Links>,
            ::std::string::String,
        >,
        outcome: ::std::result::Result<::std::string::String, ::std::string::String>,
        payment_id: ::std::result::Result<
            ::std::option::Option<super::PaymentId>,
            ::std::string::String,
        >,
        payment_instrument: ::std::result::Result<
            ::std::option::Option<super::ResponsePaymentInstrument>,
            ::std::string::String,
        >,
        risk_factors: ::std::result::Result<
            ::std::option::Option<super::RiskFactors>,
            ::std::string::String,
        >,
        scheme: ::std::result::Result<
            ::std::option::Option<super::Scheme>,
            ::std::string::String,
        >,
        updated_payment_instrument: ::std::result::Result<
            ::std::option::Option<super::UpdatedPaymentInstrument>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsSentForSettlement201ResponseMit {
        fn default() -> Self {
            Self {
                command_id: Ok(Default::default()),
                issuer: Ok(Default::default()),
                links: Ok(Default::default()),
                outcome: Err("no value supplied for outcome".to_string()),
                payment_id: Ok(Default::default()),
                payment_instrument: Ok(Default::default()),
                risk_factors: Ok(Default::default()),
                scheme: Ok(Default::default()),
                updated_payment_instrument: Ok(Default::default()),
            }
        }
    }
    impl PaymentsSentForSettlement201ResponseMit {
        pub fn command_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommandId>>,
            T::Error: ::std::fmt::Display,
        {
            self.command_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for command_id: {e}")
                });
            self
        }
        pub fn issuer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Issuer>>,
            T::Error: ::std::fmt::Display,
        {
            self.issuer = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for issuer: {e}"));
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
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.outcome = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for outcome: {e}")
                });
            self
        }
        pub fn payment_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentId>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_id: {e}")
                });
            self
        }
        pub fn payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ResponsePaymentInstrument>,
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
        pub fn risk_factors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RiskFactors>>,
            T::Error: ::std::fmt::Display,
        {
            self.risk_factors = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_factors: {e}")
                });
            self
        }
        pub fn scheme<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Scheme>>,
            T::Error: ::std::fmt::Display,
        {
            self.scheme = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for scheme: {e}"));
            self
        }
        pub fn updated_payment_instrument<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::UpdatedPaymentInstrument>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.updated_payment_instrument = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for updated_payment_instrument: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsSentForSettlement201ResponseMit>
    for super::PaymentsSentForSettlement201ResponseMit {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsSentForSettlement201ResponseMit,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                command_id: value.command_id?,
                issuer: value.issuer?,
                links: value.links?,
                outcome: value.outcome?,
                payment_id: value.payment_id?,
                payment_instrument: value.payment_instrument?,
                risk_factors: value.risk_factors?,
                scheme: value.scheme?,
                updated_payment_instrument: value.updated_payment_instrument?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsSentForSettlement201ResponseMit>
    for PaymentsSentForSettlement201ResponseMit {
        fn from(value: super::PaymentsSentForSettlement201ResponseMit) -> Self {
            Self {
                command_id: Ok(value.command_id),
                issuer: Ok(value.issuer),
                links: Ok(value.links),
                outcome: Ok(value.outcome),
                payment_id: Ok(value.payment_id),
                payment_instrument: Ok(value.payment_instrument),
                risk_factors: Ok(value.risk_factors),
                scheme: Ok(value.scheme),
                updated_payment_instrument: Ok(value.updated_payment_instrument),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsSettle {
        customer: ::std::result::Result<
            ::std::option::Option<super::PaymentsSettleCustomer>,
            ::std::string::String,
        >,
        industry_data: ::std::result::Result<
            ::std::option::Option<super::IndustryData>,
            ::std::string::String,
        >,
        merchant: ::std::result::Result<
            ::std::option::Option<super::PaymentsSettleMerchant>,
            ::std::string::String,
        >,
        order: ::std::result::Result<
            ::std::option::Option<super::Order>,
            ::std::string::String,
        >,
        reference: ::std::result::Result<
            ::std::option::Option<super::PaymentsSettleReference>,
            ::std::string::String,
        >,
        shipping: ::std::result::Result<
            ::std::option::Option<super::Shipping>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            ::std::option::Option<super::PaymentsSettleValue>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsSettle {
        fn default() -> Self {
            Self {
                customer: Ok(Default::default()),
                industry_data: Ok(Default::default()),
                merchant: Ok(Default::default()),
                order: Ok(Default::default()),
                reference: Ok(Default::default()),
                shipping: Ok(Default::default()),
                value: Ok(Default::default()),
            }
        }
    }
    impl PaymentsSettle {
        pub fn customer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsSettleCustomer>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.customer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer: {e}")
                });
            self
        }
        pub fn industry_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::IndustryData>>,
            T::Error: ::std::fmt::Display,
        {
            self.industry_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for industry_data: {e}")
                });
            self
        }
        pub fn merchant<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsSettleMerchant>,
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
        pub fn order<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Order>>,
            T::Error: ::std::fmt::Display,
        {
            self.order = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for order: {e}"));
            self
        }
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsSettleReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
        pub fn shipping<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Shipping>>,
            T::Error: ::std::fmt::Display,
        {
            self.shipping = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for shipping: {e}")
                });
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::PaymentsSettleValue>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsSettle> for super::PaymentsSettle {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsSettle,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                customer: value.customer?,
                industry_data: value.industry_data?,
                merchant: value.merchant?,
                order: value.order?,
                reference: value.reference?,
                shipping: value.shipping?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsSettle> for PaymentsSettle {
        fn from(value: super::PaymentsSettle) -> Self {
            Self {
                customer: Ok(value.customer),
                industry_data: Ok(value.industry_data),
                merchant: Ok(value.merchant),
                order: Ok(value.order),
                reference: Ok(value.reference),
                shipping: Ok(value.shipping),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsSettleCustomer {
        reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsSettleCustomer {
        fn default() -> Self {
            Self {
                reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentsSettleCustomer {
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsSettleCustomer>
    for super::PaymentsSettleCustomer {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsSettleCustomer,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                reference: value.reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsSettleCustomer> for PaymentsSettleCustomer {
        fn from(value: super::PaymentsSettleCustomer) -> Self {
            Self {
                reference: Ok(value.reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsSettleMerchant {
        tax_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsSettleMerchant {
        fn default() -> Self {
            Self {
                tax_reference: Ok(Default::default()),
            }
        }
    }
    impl PaymentsSettleMerchant {
        pub fn tax_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsSettleMerchant>
    for super::PaymentsSettleMerchant {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsSettleMerchant,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                tax_reference: value.tax_reference?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsSettleMerchant> for PaymentsSettleMerchant {
        fn from(value: super::PaymentsSettleMerchant) -> Self {
            Self {
                tax_reference: Ok(value.tax_reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentsSettleValue {
        surcharge_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PaymentsSettleValue {
        fn default() -> Self {
            Self {
                surcharge_amount: Ok(Default::default()),
            }
        }
    }
    impl PaymentsSettleValue {
        pub fn surcharge_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.surcharge_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for surcharge_amount: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentsSettleValue> for super::PaymentsSettleValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentsSettleValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                surcharge_amount: value.surcharge_amount?,
            })
        }
    }
    impl ::std::convert::From<super::PaymentsSettleValue> for PaymentsSettleValue {
        fn from(value: super::PaymentsSettleValue) -> Self {
            Self {
                surcharge_amount: Ok(value.surcharge_amount),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Recipient {
        account_reference: ::std::result::Result<
            ::std::option::Option<super::RecipientAccountReference>,
            ::std::string::String,
        >,
        address: ::std::result::Result<
            ::std::option::Option<super::RecipientAddress>,
            ::std::string::String,
        >,
        date_of_birth: ::std::result::Result<
            ::std::option::Option<super::RecipientDateOfBirth>,
            ::std::string::String,
        >,
        last_name: ::std::result::Result<
            ::std::option::Option<super::RecipientLastName>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Recipient {
        fn default() -> Self {
            Self {
                account_reference: Ok(Default::default()),
                address: Ok(Default::default()),
                date_of_birth: Ok(Default::default()),
                last_name: Ok(Default::default()),
            }
        }
    }
    impl Recipient {
        pub fn account_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::RecipientAccountReference>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.account_reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for account_reference: {e}")
                });
            self
        }
        pub fn address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RecipientAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address: {e}")
                });
            self
        }
        pub fn date_of_birth<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::RecipientDateOfBirth>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.date_of_birth = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for date_of_birth: {e}")
                });
            self
        }
        pub fn last_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RecipientLastName>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Recipient> for super::Recipient {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Recipient,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                account_reference: value.account_reference?,
                address: value.address?,
                date_of_birth: value.date_of_birth?,
                last_name: value.last_name?,
            })
        }
    }
    impl ::std::convert::From<super::Recipient> for Recipient {
        fn from(value: super::Recipient) -> Self {
            Self {
                account_reference: Ok(value.account_reference),
                address: Ok(value.address),
                date_of_birth: Ok(value.date_of_birth),
                last_name: Ok(value.last_name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct RecipientAddress {
        postal_code: ::std::result::Result<
            super::RecipientAddressPostalCode,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for RecipientAddress {
        fn default() -> Self {
            Self {
                postal_code: Err("no value supplied for postal_code".to_string()),
            }
        }
    }
    impl RecipientAddress {
        pub fn postal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::RecipientAddressPostalCode>,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<RecipientAddress> for super::RecipientAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: RecipientAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                postal_code: value.postal_code?,
            })
        }
    }
    impl ::std::convert::From<super::RecipientAddress> for RecipientAddress {
        fn from(value: super::RecipientAddress) -> Self {
            Self {
                postal_code: Ok(value.postal_code),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct RecipientDateOfBirth {
        day: ::std::result::Result<i64, ::std::string::String>,
        month: ::std::result::Result<i64, ::std::string::String>,
        year: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for RecipientDateOfBirth {
        fn default() -> Self {
            Self {
                day: Err("no value supplied for day".to_string()),
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl RecipientDateOfBirth {
        pub fn day<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.day = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for day: {e}"));
            self
        }
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
    impl ::std::convert::TryFrom<RecipientDateOfBirth> for super::RecipientDateOfBirth {
        type Error = super::error::ConversionError;
        fn try_from(
            value: RecipientDateOfBirth,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                day: value.day?,
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::RecipientDateOfBirth> for RecipientDateOfBirth {
        fn from(value: super::RecipientDateOfBirth) -> Self {
            Self {
                day: Ok(value.day),
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ResponsePaymentInstrument {
        card_bin: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_brand: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::ResponsePaymentInstrumentCardBrand,
            >,
            ::std::string::String,
        >,
        category: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::ResponsePaymentInstrumentCategory,
            >,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        debit_network: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::ResponsePaymentInstrumentDebitNetwork,
            >,
            ::std::string::String,
        >,
        expiry_date: ::std::result::Result<
            ::std::option::Option<super::ResponsePaymentInstrumentExpiryDate>,
            ::std::string::String,
        >,
        funding_type: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::ResponsePaymentInstrumentFundingType,
            >,
            ::std::string::String,
        >,
        issuer_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        last_four: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        payment_account_reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        token_number: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::ResponsePaymentInstrumentTokenNumber,
            >,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ResponsePaymentInstrument {
        fn default() -> Self {
            Self {
                card_bin: Ok(Default::default()),
                card_brand: Ok(Default::default()),
                category: Ok(Default::default()),
                country_code: Ok(Default::default()),
                debit_network: Ok(Default::default()),
                expiry_date: Ok(Default::default()),
                funding_type: Ok(Default::default()),
                issuer_name: Ok(Default::default()),
                last_four: Ok(Default::default()),
                payment_account_reference: Ok(Default::default()),
                token_number: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl ResponsePaymentInstrument {
        pub fn card_bin<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_bin = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_bin: {e}")
                });
            self
        }
        pub fn card_brand<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::ResponsePaymentInstrumentCardBrand,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.card_brand = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_brand: {e}")
                });
            self
        }
        pub fn category<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::ResponsePaymentInstrumentCategory,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.category = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for category: {e}")
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
        pub fn debit_network<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::ResponsePaymentInstrumentDebitNetwork,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.debit_network = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for debit_network: {e}")
                });
            self
        }
        pub fn expiry_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ResponsePaymentInstrumentExpiryDate>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_date: {e}")
                });
            self
        }
        pub fn funding_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::ResponsePaymentInstrumentFundingType,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.funding_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for funding_type: {e}")
                });
            self
        }
        pub fn issuer_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.issuer_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for issuer_name: {e}")
                });
            self
        }
        pub fn last_four<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_four = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_four: {e}")
                });
            self
        }
        pub fn payment_account_reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_account_reference = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for payment_account_reference: {e}"
                    )
                });
            self
        }
        pub fn token_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::ResponsePaymentInstrumentTokenNumber,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.token_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for token_number: {e}")
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
    impl ::std::convert::TryFrom<ResponsePaymentInstrument>
    for super::ResponsePaymentInstrument {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ResponsePaymentInstrument,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                card_bin: value.card_bin?,
                card_brand: value.card_brand?,
                category: value.category?,
                country_code: value.country_code?,
                debit_network: value.debit_network?,
                expiry_date: value.expiry_date?,
                funding_type: value.funding_type?,
                issuer_name: value.issuer_name?,
                last_four: value.last_four?,
                payment_account_reference: value.payment_account_reference?,
                token_number: value.token_number?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::ResponsePaymentInstrument>
    for ResponsePaymentInstrument {
        fn from(value: super::ResponsePaymentInstrument) -> Self {
            Self {
                card_bin: Ok(value.card_bin),
                card_brand: Ok(value.card_brand),
                category: Ok(value.category),
                country_code: Ok(value.country_code),
                debit_network: Ok(value.debit_network),
                expiry_date: Ok(value.expiry_date),
                funding_type: Ok(value.funding_type),
                issuer_name: Ok(value.issuer_name),
                last_four: Ok(value.last_four),
                payment_account_reference: Ok(value.payment_account_reference),
                token_number: Ok(value.token_number),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ResponsePaymentInstrumentExpiryDate {
        month: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        year: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for ResponsePaymentInstrumentExpiryDate {
        fn default() -> Self {
            Self {
                month: Ok(Default::default()),
                year: Ok(Default::default()),
            }
        }
    }
    impl ResponsePaymentInstrumentExpiryDate {
        pub fn month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.month = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for month: {e}"));
            self
        }
        pub fn year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.year = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for year: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ResponsePaymentInstrumentExpiryDate>
    for super::ResponsePaymentInstrumentExpiryDate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ResponsePaymentInstrumentExpiryDate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::ResponsePaymentInstrumentExpiryDate>
    for ResponsePaymentInstrumentExpiryDate {
        fn from(value: super::ResponsePaymentInstrumentExpiryDate) -> Self {
            Self {
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct RiskFactorsItem {
        detail: ::std::result::Result<
            ::std::option::Option<crate::card_payments::types::RiskFactorsItemDetail>,
            ::std::string::String,
        >,
        risk: ::std::result::Result<
            crate::card_payments::types::RiskFactorsItemRisk,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            crate::card_payments::types::RiskFactorsItemType,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for RiskFactorsItem {
        fn default() -> Self {
            Self {
                detail: Ok(Default::default()),
                risk: Err("no value supplied for risk".to_string()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl RiskFactorsItem {
        pub fn detail<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::card_payments::types::RiskFactorsItemDetail>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.detail = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for detail: {e}"));
            self
        }
        pub fn risk<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::RiskFactorsItemRisk>,
            T::Error: ::std::fmt::Display,
        {
            self.risk = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for risk: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::card_payments::types::RiskFactorsItemType>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<RiskFactorsItem> for super::RiskFactorsItem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: RiskFactorsItem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                detail: value.detail?,
                risk: value.risk?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::RiskFactorsItem> for RiskFactorsItem {
        fn from(value: super::RiskFactorsItem) -> Self {
            Self {
                detail: Ok(value.detail),
                risk: Ok(value.risk),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Routing {
        funding_type: ::std::result::Result<
            ::std::option::Option<super::RoutingFundingType>,
            ::std::string::String,
        >,
        preferred_card_brand: ::std::result::Result<
            ::std::option::Option<super::RoutingPreferredCardBrand>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Routing {
        fn default() -> Self {
            Self {
                funding_type: Ok(Default::default()),
                preferred_card_brand: Ok(Default::default()),
            }
        }
    }
    impl Routing {
        pub fn funding_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RoutingFundingType>>,
            T::Error: ::std::fmt::Display,
        {
            self.funding_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for funding_type: {e}")
                });
            self
        }
        pub fn preferred_card_brand<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::RoutingPreferredCardBrand>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.preferred_card_brand = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for preferred_card_brand: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Routing> for super::Routing {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Routing,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                funding_type: value.funding_type?,
                preferred_card_brand: value.preferred_card_brand?,
            })
        }
    }
    impl ::std::convert::From<super::Routing> for Routing {
        fn from(value: super::Routing) -> Self {
            Self {
                funding_type: Ok(value.funding_type),
                preferred_card_brand: Ok(value.preferred_card_brand),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Scheme {
        reference: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for Scheme {
        fn default() -> Self {
            Self {
                reference: Err("no value supplied for reference".to_string()),
            }
        }
    }
    impl Scheme {
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Scheme> for super::Scheme {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Scheme,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                reference: value.reference?,
            })
        }
    }
    impl ::std::convert::From<super::Scheme> for Scheme {
        fn from(value: super::Scheme) -> Self {
            Self {
                reference: Ok(value.reference),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Shipping {
        recipient: ::std::result::Result<
            ::std::option::Option<super::ShippingRecipient>,
            ::std::string::String,
        >,
        sender: ::std::result::Result<
            ::std::option::Option<super::ShippingSender>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Shipping {
        fn default() -> Self {
            Self {
                recipient: Ok(Default::default()),
                sender: Ok(Default::default()),
            }
        }
    }
    impl Shipping {
        pub fn recipient<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ShippingRecipient>>,
            T::Error: ::std::fmt::Display,
        {
            self.recipient = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for recipient: {e}")
                });
            self
        }
        pub fn sender<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ShippingSender>>,
            T::Error: ::std::fmt::Display,
        {
            self.sender = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for sender: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Shipping> for super::Shipping {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Shipping,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                recipient: value.recipient?,
                sender: value.sender?,
            })
        }
    }
    impl ::std::convert::From<super::Shipping> for Shipping {
        fn from(value: super::Shipping) -> Self {
            Self {
                recipient: Ok(value.recipient),
                sender: Ok(value.sender),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ShippingRecipient {
        address: ::std::result::Result<
            ::std::option::Option<super::ShippingRecipientAddress>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ShippingRecipient {
        fn default() -> Self {
            Self {
                address: Ok(Default::default()),
            }
        }
    }
    impl ShippingRecipient {
        pub fn address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ShippingRecipientAddress>,
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
    }
    impl ::std::convert::TryFrom<ShippingRecipient> for super::ShippingRecipient {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ShippingRecipient,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { address: value.address? })
        }
    }
    impl ::std::convert::From<super::ShippingRecipient> for ShippingRecipient {
        fn from(value: super::ShippingRecipient) -> Self {
            Self { address: Ok(value.address) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ShippingRecipientAddress {
        country_code: ::std::result::Result<
            ::std::option::Option<super::ShippingRecipientAddressCountryCode>,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            ::std::option::Option<super::ShippingRecipientAddressPostalCode>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ShippingRecipientAddress {
        fn default() -> Self {
            Self {
                country_code: Ok(Default::default()),
                postal_code: Ok(Default::default()),
            }
        }
    }
    impl ShippingRecipientAddress {
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ShippingRecipientAddressCountryCode>,
            >,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ShippingRecipientAddressPostalCode>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ShippingRecipientAddress>
    for super::ShippingRecipientAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ShippingRecipientAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                country_code: value.country_code?,
                postal_code: value.postal_code?,
            })
        }
    }
    impl ::std::convert::From<super::ShippingRecipientAddress>
    for ShippingRecipientAddress {
        fn from(value: super::ShippingRecipientAddress) -> Self {
            Self {
                country_code: Ok(value.country_code),
                postal_code: Ok(value.postal_code),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ShippingSender {
        address: ::std::result::Result<
            ::std::option::Option<super::ShippingSenderAddress>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ShippingSender {
        fn default() -> Self {
            Self {
                address: Ok(Default::default()),
            }
        }
    }
    impl ShippingSender {
        pub fn address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ShippingSenderAddress>,
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
    }
    impl ::std::convert::TryFrom<ShippingSender> for super::ShippingSender {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ShippingSender,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { address: value.address? })
        }
    }
    impl ::std::convert::From<super::ShippingSender> for ShippingSender {
        fn from(value: super::ShippingSender) -> Self {
            Self { address: Ok(value.address) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ShippingSenderAddress {
        postal_code: ::std::result::Result<
            ::std::option::Option<super::ShippingSenderAddressPostalCode>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ShippingSenderAddress {
        fn default() -> Self {
            Self {
                postal_code: Ok(Default::default()),
            }
        }
    }
    impl ShippingSenderAddress {
        pub fn postal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::ShippingSenderAddressPostalCode>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ShippingSenderAddress>
    for super::ShippingSenderAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ShippingSenderAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                postal_code: value.postal_code?,
            })
        }
    }
    impl ::std::convert::From<super::ShippingSenderAddress> for ShippingSenderAddress {
        fn from(value: super::ShippingSenderAddress) -> Self {
            Self {
                postal_code: Ok(value.postal_code),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct SouthKoreaCorporateAuth {
        business_registration_number: ::std::result::Result<
            super::SouthKoreaCorporateAuthBusinessRegistrationNumber,
            ::std::string::String,
        >,
        first_two_of_pin: ::std::result::Result<
            super::SouthKoreaCorporateAuthFirstTwoOfPin,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for SouthKoreaCorporateAuth {
        fn default() -> Self {
            Self {
                business_registration_number: Err(
                    "no value supplied for business_registration_number".to_string(),
                ),
                first_two_of_pin: Err(
                    "no value supplied for first_two_of_pin".to_string(),
                ),
            }
        }
    }
    impl SouthKoreaCorporateAuth {
        pub fn business_registration_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                super::SouthKoreaCorporateAuthBusinessRegistrationNumber,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.business_registration_number = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for business_registration_number: {e}"
                    )
                });
            self
        }
        pub fn first_two_of_pin<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::SouthKoreaCorporateAuthFirstTwoOfPin>,
            T::Error: ::std::fmt::Display,
        {
            self.first_two_of_pin = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_two_of_pin: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<SouthKoreaCorporateAuth>
    for super::SouthKoreaCorporateAuth {
        type Error = super::error::ConversionError;
        fn try_from(
            value: SouthKoreaCorporateAuth,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                business_registration_number: value.business_registration_number?,
                first_two_of_pin: value.first_two_of_pin?,
            })
        }
    }
    impl ::std::convert::From<super::SouthKoreaCorporateAuth>
    for SouthKoreaCorporateAuth {
        fn from(value: super::SouthKoreaCorporateAuth) -> Self {
            Self {
                business_registration_number: Ok(value.business_registration_number),
                first_two_of_pin: Ok(value.first_two_of_pin),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct SouthKoreaPersonalAuth {
        date_of_birth: ::std::result::Result<
            super::SouthKoreaPersonalAuthDateOfBirth,
            ::std::string::String,
        >,
        first_two_of_pin: ::std::result::Result<
            super::SouthKoreaPersonalAuthFirstTwoOfPin,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for SouthKoreaPersonalAuth {
        fn default() -> Self {
            Self {
                date_of_birth: Err("no value supplied for date_of_birth".to_string()),
                first_two_of_pin: Err(
                    "no value supplied for first_two_of_pin".to_string(),
                ),
            }
        }
    }
    impl SouthKoreaPersonalAuth {
        pub fn date_of_birth<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::SouthKoreaPersonalAuthDateOfBirth>,
            T::Error: ::std::fmt::Display,
        {
            self.date_of_birth = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for date_of_birth: {e}")
                });
            self
        }
        pub fn first_two_of_pin<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::SouthKoreaPersonalAuthFirstTwoOfPin>,
            T::Error: ::std::fmt::Display,
        {
            self.first_two_of_pin = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_two_of_pin: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<SouthKoreaPersonalAuth>
    for super::SouthKoreaPersonalAuth {
        type Error = super::error::ConversionError;
        fn try_from(
            value: SouthKoreaPersonalAuth,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                date_of_birth: value.date_of_birth?,
                first_two_of_pin: value.first_two_of_pin?,
            })
        }
    }
    impl ::std::convert::From<super::SouthKoreaPersonalAuth> for SouthKoreaPersonalAuth {
        fn from(value: super::SouthKoreaPersonalAuth) -> Self {
            Self {
                date_of_birth: Ok(value.date_of_birth),
                first_two_of_pin: Ok(value.first_two_of_pin),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct SouthKoreaPersonalAuthDateOfBirth {
        day: ::std::result::Result<i64, ::std::string::String>,
        month: ::std::result::Result<i64, ::std::string::String>,
        year: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for SouthKoreaPersonalAuthDateOfBirth {
        fn default() -> Self {
            Self {
                day: Err("no value supplied for day".to_string()),
                month: Err("no value supplied for month".to_string()),
                year: Err("no value supplied for year".to_string()),
            }
        }
    }
    impl SouthKoreaPersonalAuthDateOfBirth {
        pub fn day<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.day = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for day: {e}"));
            self
        }
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
    impl ::std::convert::TryFrom<SouthKoreaPersonalAuthDateOfBirth>
    for super::SouthKoreaPersonalAuthDateOfBirth {
        type Error = super::error::ConversionError;
        fn try_from(
            value: SouthKoreaPersonalAuthDateOfBirth,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                day: value.day?,
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::SouthKoreaPersonalAuthDateOfBirth>
    for SouthKoreaPersonalAuthDateOfBirth {
        fn from(value: super::SouthKoreaPersonalAuthDateOfBirth) -> Self {
            Self {
                day: Ok(value.day),
                month: Ok(value.month),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct UpdatedPaymentInstrument {
        account_updater_message: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::UpdatedPaymentInstrumentAccountUpdaterMessage,
            >,
            ::std::string::String,
        >,
        applied_network_token: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        card_bin: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_brand: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_number: ::std::result::Result<
            ::std::option::Option<
                crate::card_payments::types::UpdatedPaymentInstrumentCardNumber,
            >,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        expiry_date: ::std::result::Result<
            ::std::option::Option<super::UpdatedPaymentInstrumentExpiryDate>,
            ::std::string::String,
        >,
        funding_type: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        last_four: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for UpdatedPaymentInstrument {
        fn default() -> Self {
            Self {
                account_updater_message: Ok(Default::default()),
                applied_network_token: Ok(Default::default()),
                card_bin: Ok(Default::default()),
                card_brand: Ok(Default::default()),
                card_number: Ok(Default::default()),
                country_code: Ok(Default::default()),
                expiry_date: Ok(Default::default()),
                funding_type: Ok(Default::default()),
                last_four: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl UpdatedPaymentInstrument {
        pub fn account_updater_message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::UpdatedPaymentInstrumentAccountUpdaterMessage,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.account_updater_message = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for account_updater_message: {e}"
                    )
                });
            self
        }
        pub fn applied_network_token<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.applied_network_token = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for applied_network_token: {e}"
                    )
                });
            self
        }
        pub fn card_bin<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_bin = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_bin: {e}")
                });
            self
        }
        pub fn card_brand<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_brand = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_brand: {e}")
                });
            self
        }
        pub fn card_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::card_payments::types::UpdatedPaymentInstrumentCardNumber,
                >,
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
            T: ::std::convert::TryInto<
                ::std::option::Option<super::UpdatedPaymentInstrumentExpiryDate>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_date: {e}")
                });
            self
        }
        pub fn funding_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.funding_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for funding_type: {e}")
                });
            self
        }
        pub fn last_four<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_four = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_four: {e}")
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
    impl ::std::convert::TryFrom<UpdatedPaymentInstrument>
    for super::UpdatedPaymentInstrument {
        type Error = super::error::ConversionError;
        fn try_from(
            value: UpdatedPaymentInstrument,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                account_updater_message: value.account_updater_message?,
                applied_network_token: value.applied_network_token?,
                card_bin: value.card_bin?,
                card_brand: value.card_brand?,
                card_number: value.card_number?,
                country_code: value.country_code?,
                expiry_date: value.expiry_date?,
                funding_type: value.funding_type?,
                last_four: value.last_four?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::UpdatedPaymentInstrument>
    for UpdatedPaymentInstrument {
        fn from(value: super::UpdatedPaymentInstrument) -> Self {
            Self {
                account_updater_message: Ok(value.account_updater_message),
                applied_network_token: Ok(value.applied_network_token),
                card_bin: Ok(value.card_bin),
                card_brand: Ok(value.card_brand),
                card_number: Ok(value.card_number),
                country_code: Ok(value.country_code),
                expiry_date: Ok(value.expiry_date),
                funding_type: Ok(value.funding_type),
                last_four: Ok(value.last_four),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct UpdatedPaymentInstrumentExpiryDate {
        month: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        year: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for UpdatedPaymentInstrumentExpiryDate {
        fn default() -> Self {
            Self {
                month: Ok(Default::default()),
                year: Ok(Default::default()),
            }
        }
    }
    impl UpdatedPaymentInstrumentExpiryDate {
        pub fn month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.month = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for month: {e}"));
            self
        }
        pub fn year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.year = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for year: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<UpdatedPaymentInstrumentExpiryDate>
    for super::UpdatedPaymentInstrumentExpiryDate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: UpdatedPaymentInstrumentExpiryDate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                month: value.month?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::UpdatedPaymentInstrumentExpiryDate>
    for UpdatedPaymentInstrumentExpiryDate {
        fn from(value: super::UpdatedPaymentInstrumentExpiryDate) -> Self {
            Self {
                month: Ok(value.month),
                year: Ok(value.year),
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
    pub struct Value {
        amount: ::std::result::Result<i64, ::std::string::String>,
        currency: ::std::result::Result<super::ValueCurrency, ::std::string::String>,
    }
    impl ::std::default::Default for Value {
        fn default() -> Self {
            Self {
                amount: Err("no value supplied for amount".to_string()),
                currency: Err("no value supplied for currency".to_string()),
            }
        }
    }
    impl Value {
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
            T: ::std::convert::TryInto<super::ValueCurrency>,
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
    impl ::std::convert::TryFrom<Value> for super::Value {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Value,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amount: value.amount?,
                currency: value.currency?,
            })
        }
    }
    impl ::std::convert::From<super::Value> for Value {
        fn from(value: super::Value) -> Self {
            Self {
                amount: Ok(value.amount),
                currency: Ok(value.currency),
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
    /// `exemptionOutcome_reason`
    pub enum ExemptionOutcomeReason {
        /// `highRisk`
        HighRisk = "highRisk",
        /// `invalid`
        Invalid = "invalid",
        /// `issuerHonored`
        IssuerHonored = "issuerHonored",
        /// `issuerRejected`
        IssuerRejected = "issuerRejected",
        /// `notSubscribed`
        NotSubscribed = "notSubscribed",
        /// `oneLegOut`
        OneLegOut = "oneLegOut",
        /// `unsupportedAcquirer`
        UnsupportedAcquirer = "unsupportedAcquirer",
    }
}

crate::open_enum! {
    /// `exemptionOutcome_result`
    pub enum ExemptionOutcomeResult {
        /// `honored`
        Honored = "honored",
        /// `outOfScope`
        OutOfScope = "outOfScope",
        /// `rejected`
        Rejected = "rejected",
    }
}

crate::open_enum! {
    /// `payments_events_200_response_lastEvent`
    pub enum PaymentsEvents200ResponseLastEvent {
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
    /// `payments_events_recovery_200_response_lastEvent`
    pub enum PaymentsEventsRecovery200ResponseLastEvent {
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
        /// `Send for Cancellation`
        SendForCancellation = "Send for Cancellation",
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
    /// The card brand that the transaction was processed with. Sometimes referred to as the network or scheme.
    pub enum ResponsePaymentInstrumentCardBrand {
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
    /// Whether the card is classed as a consumer card or a card for commercial use.
    pub enum ResponsePaymentInstrumentCategory {
        /// `commercial`
        Commercial = "commercial",
        /// `consumer`
        Consumer = "consumer",
    }
}

crate::open_enum! {
    /// `responsePaymentInstrument_debitNetwork`
    pub enum ResponsePaymentInstrumentDebitNetwork {
        /// `accel`
        Accel = "accel",
        /// `affn`
        Affn = "affn",
        /// `alaskaOption`
        AlaskaOption = "alaskaOption",
        /// `ath`
        Ath = "ath",
        /// `culiancePrime`
        CuliancePrime = "culiancePrime",
        /// `culiance`
        Culiance = "culiance",
        /// `interlink`
        Interlink = "interlink",
        /// `jeanie`
        Jeanie = "jeanie",
        /// `maestro`
        Maestro = "maestro",
        /// `nyce`
        Nyce = "nyce",
        /// `pavd`
        Pavd = "pavd",
        /// `pulse`
        Pulse = "pulse",
        /// `shazam`
        Shazam = "shazam",
        /// `star`
        Star = "star",
        /// `starAccess`
        StarAccess = "starAccess",
    }
}

crate::open_enum! {
    /// How the card is funded.
    pub enum ResponsePaymentInstrumentFundingType {
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
    /// Which part of the address an `avs` factor is about.
    pub enum RiskFactorsItemDetail {
        /// `address`
        Address = "address",
        /// `postcode`
        Postcode = "postcode",
    }
}

crate::open_enum! {
    /// Result of the verification.
    pub enum RiskFactorsItemRisk {
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
    /// What was checked.
    pub enum RiskFactorsItemType {
        /// `avs`
        Avs = "avs",
        /// `cvc`
        Cvc = "cvc",
        /// `riskProfile`
        RiskProfile = "riskProfile",
    }
}

crate::open_enum! {
    /// Details on the type of payment instrument update.
    pub enum UpdatedPaymentInstrumentAccountUpdaterMessage {
        /// `The merchant is not registered in the update program`
        TheMerchantIsNotRegisteredInTheUpdateProgram = "The merchant is not registered in the update program",
        /// `The account number was changed`
        TheAccountNumberWasChanged = "The account number was changed",
        /// `The account was closed`
        TheAccountWasClosed = "The account was closed",
        /// `The expiration date was changed`
        TheExpirationDateWasChanged = "The expiration date was changed",
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

crate::sensitive_string! {
    /// `authenticationValue`
    pub struct AuthenticationValue {
        schema: "authenticationValue",
        min_length: Some(1),
        max_length: Some(40),
        pattern: None,
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
        pattern: Some("^[0-9]+$"),
    }
}

crate::sensitive_string! {
    /// `fundsTransfer_card_cardNumber`
    pub struct FundsTransferCardCardNumber {
        schema: "fundsTransfer_card_cardNumber",
        min_length: Some(12),
        max_length: Some(19),
        pattern: Some("^[0-9]*$"),
    }
}

crate::sensitive_string! {
    /// The network token's number, masked (`555555******4444`): sent for encrypted-wallet payments (`card/network+masked`).
    pub struct ResponsePaymentInstrumentTokenNumber {
        schema: "responsePaymentInstrument_tokenNumber",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `tokenNumber`
    pub struct TokenNumber {
        schema: "tokenNumber",
        min_length: Some(12),
        max_length: Some(19),
        pattern: Some("^[0-9]+$"),
    }
}

crate::sensitive_string! {
    /// `updatedPaymentInstrument_cardNumber`
    pub struct UpdatedPaymentInstrumentCardNumber {
        schema: "updatedPaymentInstrument_cardNumber",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::sensitive_string! {
    /// `walletToken`
    pub struct WalletToken {
        schema: "walletToken",
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

crate::bounded_integer! {
    /// `expiryDateCard_month`
    pub struct ExpiryDateCardMonth {
        schema: "expiryDateCard_month",
        minimum: Some(1),
        maximum: Some(12),
    }
}

crate::bounded_integer! {
    /// `expiryDateCard_year`
    pub struct ExpiryDateCardYear {
        schema: "expiryDateCard_year",
        minimum: Some(1000),
        maximum: Some(9999),
    }
}

crate::bounded_integer! {
    /// `expiryDateToken_month`
    pub struct ExpiryDateTokenMonth {
        schema: "expiryDateToken_month",
        minimum: Some(1),
        maximum: Some(12),
    }
}

crate::bounded_integer! {
    /// `expiryDateToken_year`
    pub struct ExpiryDateTokenYear {
        schema: "expiryDateToken_year",
        minimum: Some(1000),
        maximum: Some(9999),
    }
}

crate::tagged_union! {
    /// `authorizeResponse`, tagged on `outcome`
    open pub enum AuthorizeResponse tag "outcome" field outcome {
        /// `outcome`: `authorized`
        Authorized(PaymentsAuthorize201Response) = "authorized",
        /// `outcome`: `Sent for Settlement` (also read as `sentForSettlement`)
        SentForSettlement(PaymentsSentForSettlement201Response) = "Sent for Settlement" | "sentForSettlement",
        /// `outcome`: `refused`
        Refused(PaymentsAuthorize201Refusal) = "refused",
    }
}

impl ::core::convert::From<PaymentsAuthorize201Response> for AuthorizeResponse {
    fn from(value: PaymentsAuthorize201Response) -> Self {
        Self::Authorized(value)
    }
}

impl ::core::convert::From<PaymentsSentForSettlement201Response> for AuthorizeResponse {
    fn from(value: PaymentsSentForSettlement201Response) -> Self {
        Self::SentForSettlement(value)
    }
}

impl ::core::convert::From<PaymentsAuthorize201Refusal> for AuthorizeResponse {
    fn from(value: PaymentsAuthorize201Refusal) -> Self {
        Self::Refused(value)
    }
}

crate::tagged_union! {
    /// Cardholder data required for domestic card payments in South Korea, personal or corporate.
    closed pub enum CustomerInitiatedTransactionAuthenticationCustomerData tag "type" {
        /// `type`: `southKorea/personal`
        SouthKoreaPersonal(SouthKoreaPersonalAuth) = "southKorea/personal",
        /// `type`: `southKorea/corporate`
        SouthKoreaCorporate(SouthKoreaCorporateAuth) = "southKorea/corporate",
    }
}

impl ::core::convert::From<SouthKoreaPersonalAuth> for CustomerInitiatedTransactionAuthenticationCustomerData {
    fn from(value: SouthKoreaPersonalAuth) -> Self {
        Self::SouthKoreaPersonal(value)
    }
}

impl ::core::convert::From<SouthKoreaCorporateAuth> for CustomerInitiatedTransactionAuthenticationCustomerData {
    fn from(value: SouthKoreaCorporateAuth) -> Self {
        Self::SouthKoreaCorporate(value)
    }
}

crate::tagged_union! {
    /// Contains specific customer agreements for the transaction.
    closed pub enum CustomerInitiatedTransactionInstructionCustomerAgreement tag "type" {
        /// `type`: `cardOnFile`
        CardOnFile(CitCardOnFile) = "cardOnFile",
        /// `type`: `subscription`
        Subscription(CitSubscription) = "subscription",
        /// `type`: `installment`
        Installment(CitInstallment) = "installment",
    }
}

impl ::core::convert::From<CitCardOnFile> for CustomerInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: CitCardOnFile) -> Self {
        Self::CardOnFile(value)
    }
}

impl ::core::convert::From<CitSubscription> for CustomerInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: CitSubscription) -> Self {
        Self::Subscription(value)
    }
}

impl ::core::convert::From<CitInstallment> for CustomerInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: CitInstallment) -> Self {
        Self::Installment(value)
    }
}

crate::tagged_union! {
    /// `customerInitiatedTransaction_instruction_paymentInstrument`, tagged on `type`
    closed pub enum CustomerInitiatedTransactionInstructionPaymentInstrument tag "type" {
        /// `type`: `card/plain`
        CardPlain(CardPlain) = "card/plain",
        /// `type`: `card/token`
        CardToken(CardToken) = "card/token",
        /// `type`: `card/networkToken`
        CardNetworkToken(CardNetworkToken) = "card/networkToken",
        /// `type`: `card/checkout`
        CardCheckout(CardCheckout) = "card/checkout",
        /// `type`: `card/wallet+applepay`
        CardWalletApplepay(CardWalletApplepay) = "card/wallet+applepay",
        /// `type`: `card/wallet+googlepay`
        CardWalletGooglepay(CardWalletGooglepay) = "card/wallet+googlepay",
        /// `type`: `card/networkToken+applepay`
        CardNetworkTokenApplepay(CardNetworkTokenApplepay) = "card/networkToken+applepay",
        /// `type`: `card/networkToken+googlepay`
        CardNetworkTokenGooglepay(CardNetworkTokenGooglepay) = "card/networkToken+googlepay",
    }
}

impl ::core::convert::From<CardPlain> for CustomerInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardPlain) -> Self {
        Self::CardPlain(value)
    }
}

impl ::core::convert::From<CardToken> for CustomerInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardToken) -> Self {
        Self::CardToken(value)
    }
}

impl ::core::convert::From<CardNetworkToken> for CustomerInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardNetworkToken) -> Self {
        Self::CardNetworkToken(value)
    }
}

impl ::core::convert::From<CardCheckout> for CustomerInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardCheckout) -> Self {
        Self::CardCheckout(value)
    }
}

impl ::core::convert::From<CardWalletApplepay> for CustomerInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardWalletApplepay) -> Self {
        Self::CardWalletApplepay(value)
    }
}

impl ::core::convert::From<CardWalletGooglepay> for CustomerInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardWalletGooglepay) -> Self {
        Self::CardWalletGooglepay(value)
    }
}

impl ::core::convert::From<CardNetworkTokenApplepay> for CustomerInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardNetworkTokenApplepay) -> Self {
        Self::CardNetworkTokenApplepay(value)
    }
}

impl ::core::convert::From<CardNetworkTokenGooglepay> for CustomerInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardNetworkTokenGooglepay) -> Self {
        Self::CardNetworkTokenGooglepay(value)
    }
}

crate::tagged_union! {
    /// `exemption`, tagged on `type`
    closed pub enum Exemption tag "type" {
        /// `type`: `external`
        External(ExemptionExternal) = "external",
        /// `type`: `authenticationOutage`
        AuthenticationOutage(ExemptionAuthenticationOutage) = "authenticationOutage",
    }
}

impl ::core::convert::From<ExemptionExternal> for Exemption {
    fn from(value: ExemptionExternal) -> Self {
        Self::External(value)
    }
}

impl ::core::convert::From<ExemptionAuthenticationOutage> for Exemption {
    fn from(value: ExemptionAuthenticationOutage) -> Self {
        Self::AuthenticationOutage(value)
    }
}

crate::tagged_union! {
    /// `fundsTransfer_recipient_account`, tagged on `type`
    closed pub enum FundsTransferRecipientAccount tag "type" {
        /// `type`: `bankAccount`
        BankAccount(FundsTransferBankAccount) = "bankAccount",
        /// `type`: `card`
        Card(FundsTransferCard) = "card",
        /// `type`: `wallet`
        Wallet(FundsTransferWallet) = "wallet",
        /// `type`: `storedValueWallet`
        StoredValueWallet(FundsTransferStoredValueWallet) = "storedValueWallet",
        /// `type`: `stagedDigitalWallet`
        StagedDigitalWallet(FundsTransferStagedDigitalWallet) = "stagedDigitalWallet",
        /// `type`: `merchantWallet`
        MerchantWallet(FundsTransferMerchantWallet) = "merchantWallet",
        /// `type`: `email`
        Email(FundsTransferEmail) = "email",
        /// `type`: `phone`
        Phone(FundsTransferPhone) = "phone",
        /// `type`: `socialNetwork`
        SocialNetwork(FundsTransferSocialNetwork) = "socialNetwork",
    }
}

impl ::core::convert::From<FundsTransferBankAccount> for FundsTransferRecipientAccount {
    fn from(value: FundsTransferBankAccount) -> Self {
        Self::BankAccount(value)
    }
}

impl ::core::convert::From<FundsTransferCard> for FundsTransferRecipientAccount {
    fn from(value: FundsTransferCard) -> Self {
        Self::Card(value)
    }
}

impl ::core::convert::From<FundsTransferWallet> for FundsTransferRecipientAccount {
    fn from(value: FundsTransferWallet) -> Self {
        Self::Wallet(value)
    }
}

impl ::core::convert::From<FundsTransferStoredValueWallet> for FundsTransferRecipientAccount {
    fn from(value: FundsTransferStoredValueWallet) -> Self {
        Self::StoredValueWallet(value)
    }
}

impl ::core::convert::From<FundsTransferStagedDigitalWallet> for FundsTransferRecipientAccount {
    fn from(value: FundsTransferStagedDigitalWallet) -> Self {
        Self::StagedDigitalWallet(value)
    }
}

impl ::core::convert::From<FundsTransferMerchantWallet> for FundsTransferRecipientAccount {
    fn from(value: FundsTransferMerchantWallet) -> Self {
        Self::MerchantWallet(value)
    }
}

impl ::core::convert::From<FundsTransferEmail> for FundsTransferRecipientAccount {
    fn from(value: FundsTransferEmail) -> Self {
        Self::Email(value)
    }
}

impl ::core::convert::From<FundsTransferPhone> for FundsTransferRecipientAccount {
    fn from(value: FundsTransferPhone) -> Self {
        Self::Phone(value)
    }
}

impl ::core::convert::From<FundsTransferSocialNetwork> for FundsTransferRecipientAccount {
    fn from(value: FundsTransferSocialNetwork) -> Self {
        Self::SocialNetwork(value)
    }
}

crate::tagged_union! {
    /// `increaseAuthorizeResponse`, tagged on `outcome`
    open pub enum IncreaseAuthorizeResponse tag "outcome" field outcome {
        /// `outcome`: `authorized`
        Authorized(PaymentsIncreaseAuthorizeResponse) = "authorized",
        /// `outcome`: `refused`
        Refused(PaymentsIncreaseAuthorizeResponseRefused) = "refused",
    }
}

impl ::core::convert::From<PaymentsIncreaseAuthorizeResponse> for IncreaseAuthorizeResponse {
    fn from(value: PaymentsIncreaseAuthorizeResponse) -> Self {
        Self::Authorized(value)
    }
}

impl ::core::convert::From<PaymentsIncreaseAuthorizeResponseRefused> for IncreaseAuthorizeResponse {
    fn from(value: PaymentsIncreaseAuthorizeResponseRefused) -> Self {
        Self::Refused(value)
    }
}

crate::tagged_union! {
    /// Contains specific customer agreements for the transaction.
    closed pub enum MerchantInitiatedTransactionInstructionCustomerAgreement tag "type" {
        /// `type`: `subscription`
        Subscription(MitSubscription) = "subscription",
        /// `type`: `installment`
        Installment(MitInstallment) = "installment",
        /// `type`: `unscheduled`
        Unscheduled(MitUnscheduled) = "unscheduled",
        /// `type`: `reauthorization`
        Reauthorization(MitReauthorization) = "reauthorization",
        /// `type`: `resubmission`
        Resubmission(MitResubmission) = "resubmission",
        /// `type`: `noShow`
        NoShow(MitNoShow) = "noShow",
        /// `type`: `delayedCharge`
        DelayedCharge(MitDelayedCharge) = "delayedCharge",
    }
}

impl ::core::convert::From<MitSubscription> for MerchantInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: MitSubscription) -> Self {
        Self::Subscription(value)
    }
}

impl ::core::convert::From<MitInstallment> for MerchantInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: MitInstallment) -> Self {
        Self::Installment(value)
    }
}

impl ::core::convert::From<MitUnscheduled> for MerchantInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: MitUnscheduled) -> Self {
        Self::Unscheduled(value)
    }
}

impl ::core::convert::From<MitReauthorization> for MerchantInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: MitReauthorization) -> Self {
        Self::Reauthorization(value)
    }
}

impl ::core::convert::From<MitResubmission> for MerchantInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: MitResubmission) -> Self {
        Self::Resubmission(value)
    }
}

impl ::core::convert::From<MitNoShow> for MerchantInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: MitNoShow) -> Self {
        Self::NoShow(value)
    }
}

impl ::core::convert::From<MitDelayedCharge> for MerchantInitiatedTransactionInstructionCustomerAgreement {
    fn from(value: MitDelayedCharge) -> Self {
        Self::DelayedCharge(value)
    }
}

crate::tagged_union! {
    /// `merchantInitiatedTransaction_instruction_paymentInstrument`, tagged on `type`
    closed pub enum MerchantInitiatedTransactionInstructionPaymentInstrument tag "type" {
        /// `type`: `card/plain`
        CardPlain(CardPlainMit) = "card/plain",
        /// `type`: `card/token`
        CardToken(CardTokenMit) = "card/token",
        /// `type`: `card/networkToken`
        CardNetworkToken(CardNetworkToken) = "card/networkToken",
        /// `type`: `card/networkToken+applepay`
        CardNetworkTokenApplepay(CardNetworkTokenApplepay) = "card/networkToken+applepay",
        /// `type`: `card/networkToken+googlepay`
        CardNetworkTokenGooglepay(CardNetworkTokenGooglepay) = "card/networkToken+googlepay",
    }
}

impl ::core::convert::From<CardPlainMit> for MerchantInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardPlainMit) -> Self {
        Self::CardPlain(value)
    }
}

impl ::core::convert::From<CardTokenMit> for MerchantInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardTokenMit) -> Self {
        Self::CardToken(value)
    }
}

impl ::core::convert::From<CardNetworkToken> for MerchantInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardNetworkToken) -> Self {
        Self::CardNetworkToken(value)
    }
}

impl ::core::convert::From<CardNetworkTokenApplepay> for MerchantInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardNetworkTokenApplepay) -> Self {
        Self::CardNetworkTokenApplepay(value)
    }
}

impl ::core::convert::From<CardNetworkTokenGooglepay> for MerchantInitiatedTransactionInstructionPaymentInstrument {
    fn from(value: CardNetworkTokenGooglepay) -> Self {
        Self::CardNetworkTokenGooglepay(value)
    }
}

crate::tagged_union! {
    /// `recurringResponse`, tagged on `outcome`
    open pub enum RecurringResponse tag "outcome" field outcome {
        /// `outcome`: `authorized`
        Authorized(PaymentsAuthorize201ResponseMit) = "authorized",
        /// `outcome`: `Sent for Settlement` (also read as `sentForSettlement`)
        SentForSettlement(PaymentsSentForSettlement201ResponseMit) = "Sent for Settlement" | "sentForSettlement",
        /// `outcome`: `refused`
        Refused(PaymentsAuthorize201RefusalMit) = "refused",
    }
}

impl ::core::convert::From<PaymentsAuthorize201ResponseMit> for RecurringResponse {
    fn from(value: PaymentsAuthorize201ResponseMit) -> Self {
        Self::Authorized(value)
    }
}

impl ::core::convert::From<PaymentsSentForSettlement201ResponseMit> for RecurringResponse {
    fn from(value: PaymentsSentForSettlement201ResponseMit) -> Self {
        Self::SentForSettlement(value)
    }
}

impl ::core::convert::From<PaymentsAuthorize201RefusalMit> for RecurringResponse {
    fn from(value: PaymentsAuthorize201RefusalMit) -> Self {
        Self::Refused(value)
    }
}
