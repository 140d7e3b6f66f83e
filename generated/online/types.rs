// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/online/openapi.yaml with schemas/online/api.yaml (sha256 2fc9f479e26834a33f2127ac8d7797af9e4a6066d2c9deebafb8de43c75738de)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - 1 descriptions with unlabelled code blocks labelled `text` (not doctests)
// - inline discriminated unions named: orderRequest_paymentMethod, order_paymentResponse,
//   token_paymentMethod
// - schemas used by both requests and responses split (responses read a lenient copy): address,
//   apmFields, customerIdentifiers, deliveryAddress, orderType
// - discriminated unions bound to internally tagged enums: orderRequest_paymentMethod (on `type`),
//   order_paymentResponse (on `type`, open), token_paymentMethod (on `type`, open)
// - 5 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): ObfuscatedCard_cardType, orderState,
//   orderTypeReceived, order_environment, order_resultCodes_avsResultCode,
//   order_resultCodes_cvcResultCode
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl Address {
    pub fn builder() -> builder::Address {
        Default::default()
    }
}
///Object containing the address where the customer's card is registered. This object will be used for AVS address verification and other fraud checks, and is strongly recommended to be set. If any of (address1, city, postalCode or countryCode) are unset this object will be silently ignored. In the request this object is passed at the top-level of the JSON. In the response it will be embedded in paymentResponse
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl AddressReceived {
    pub fn builder() -> builder::AddressReceived {
        Default::default()
    }
}
///The alternative payment method (WPM/APM) of an order or token (`type` "APM").
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
impl Apm {
    pub fn builder() -> builder::Apm {
        Default::default()
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
impl ApmPaymentMethod {
    pub fn builder() -> builder::ApmPaymentMethod {
        Default::default()
    }
}
///An optional capture amount.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CaptureRequest {
    ///The amount to capture, in the smallest unit of the order's currency.
    #[serde(
        rename = "captureAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capture_amount: ::std::option::Option<i64>,
}
impl CaptureRequest {
    pub fn builder() -> builder::CaptureRequest {
        Default::default()
    }
}
///Card details for a new order (`type` "Card").
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
impl CardPaymentMethod {
    pub fn builder() -> builder::CardPaymentMethod {
        Default::default()
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl DeliveryAddress {
    pub fn builder() -> builder::DeliveryAddress {
        Default::default()
    }
}
///Object containing the address where the goods/services are to be delivered/invoiced. This object will be used for fraud checks, and is strongly recommended to be set. If any of (address1, city, postalCode or countryCode) are unspecified this object will be silently ignored
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl DeliveryAddressReceived {
    pub fn builder() -> builder::DeliveryAddressReceived {
        Default::default()
    }
}
///The error body Worldpay's client libraries read.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl ErrorResponse {
    pub fn builder() -> builder::ErrorResponse {
        Default::default()
    }
}
///The card of an order or token, obfuscated (`type` "ObfuscatedCard").
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    pub card_type: ::std::option::Option<crate::online::types::ObfuscatedCardCardType>,
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
impl ObfuscatedCard {
    pub fn builder() -> builder::ObfuscatedCard {
        Default::default()
    }
}
///An order, as Worldpay returns it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
    pub disputes: ::std::vec::Vec<OrderDisputesItem>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environment: ::std::option::Option<crate::online::types::OrderEnvironment>,
    ///The history of paymentStatuses that this order has gone through.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub history: ::std::vec::Vec<OrderHistoryItem>,
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
    pub payment_response: ::std::option::Option<
        crate::online::types::OrderPaymentResponse,
    >,
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
    pub result_codes: ::std::option::Option<OrderResultCodes>,
    #[serde(
        rename = "riskScore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_score: ::std::option::Option<OrderRiskScore>,
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
impl Order {
    pub fn builder() -> builder::Order {
        Default::default()
    }
}
///`OrderDisputesItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct OrderDisputesItem {
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
impl OrderDisputesItem {
    pub fn builder() -> builder::OrderDisputesItem {
        Default::default()
    }
}
///`OrderHistoryItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct OrderHistoryItem {
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
impl OrderHistoryItem {
    pub fn builder() -> builder::OrderHistoryItem {
        Default::default()
    }
}
///An order to create. One of `token` or `paymentMethod` must be specified.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    ///Allows the automatically generated orderCode to be prefixed with a specified string. This prefix can be up to 20 characters long, and may only include alphanumeric (a-z A-Z 0-9) characters and - minus and _ underscore symbols.
    #[serde(
        rename = "orderCodePrefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_code_prefix: ::std::option::Option<OrderRequestOrderCodePrefix>,
    ///Allows the automatically generated orderCode to be suffixed with a specified string. This suffix can be up to 20 characters long, and may only include alphanumeric (a-z A-Z 0-9) characters and - minus and _ underscore symbols.
    #[serde(
        rename = "orderCodeSuffix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_code_suffix: ::std::option::Option<OrderRequestOrderCodeSuffix>,
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
impl OrderRequest {
    pub fn builder() -> builder::OrderRequest {
        Default::default()
    }
}
///Allows the automatically generated orderCode to be prefixed with a specified string. This prefix can be up to 20 characters long, and may only include alphanumeric (a-z A-Z 0-9) characters and - minus and _ underscore symbols.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OrderRequestOrderCodePrefix(::std::string::String);
impl ::std::ops::Deref for OrderRequestOrderCodePrefix {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderRequestOrderCodePrefix> for ::std::string::String {
    fn from(value: OrderRequestOrderCodePrefix) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderRequestOrderCodePrefix {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9_-]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9_-]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderRequestOrderCodePrefix {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderRequestOrderCodePrefix {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderRequestOrderCodePrefix {
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
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OrderRequestOrderCodeSuffix(::std::string::String);
impl ::std::ops::Deref for OrderRequestOrderCodeSuffix {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrderRequestOrderCodeSuffix> for ::std::string::String {
    fn from(value: OrderRequestOrderCodeSuffix) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrderRequestOrderCodeSuffix {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 20usize {
            return Err("longer than 20 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9_-]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Za-z0-9_-]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrderRequestOrderCodeSuffix {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrderRequestOrderCodeSuffix {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderRequestOrderCodeSuffix {
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
///Contains feedback from the payment issuer which indicates the status of various checks on the payment details
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct OrderResultCodes {
    #[serde(
        rename = "avsResultCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub avs_result_code: ::std::option::Option<
        crate::online::types::OrderResultCodesAvsResultCode,
    >,
    #[serde(
        rename = "cvcResultCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvc_result_code: ::std::option::Option<
        crate::online::types::OrderResultCodesCvcResultCode,
    >,
}
impl OrderResultCodes {
    pub fn builder() -> builder::OrderResultCodes {
        Default::default()
    }
}
///Contains feedback from the Worldpay fraud detection services which you can optionally use to complement scoring of your own risk management systems
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct OrderRiskScore {
    ///Worldpay assigned risk score for this order. Orders with a risk score of >=100 will be declined by Worldpay.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl OrderRiskScore {
    pub fn builder() -> builder::OrderRiskScore {
        Default::default()
    }
}
///Indicates the type of order you will be placing. If this field is not specified the default value is ECOM. `ECOM` - the default value for an order; `RECURRING` - set the order to be of type recurring; `MOTO` - set the order to be of type Mail Order Telephone Order / Virtual Terminal; `APM` - an alternative payment method order (known to Worldpay's client libraries, not listed on the seed's page).
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RefundRequest {
    ///The amount to refund, in the smallest unit of the order's currency.
    #[serde(
        rename = "refundAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refund_amount: ::std::option::Option<i64>,
}
impl RefundRequest {
    pub fn builder() -> builder::RefundRequest {
        Default::default()
    }
}
///The order update that completes a 3D Secure order.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ThreeDsCompletionRequest {
    ///3D Secure Orders only: Response code you will receive from the card issuer after shopper authentication. This code must be provided in your order update when completing a 3D Secure order
    #[serde(rename = "threeDSResponseCode")]
    pub three_ds_response_code: ::std::string::String,
}
impl ThreeDsCompletionRequest {
    pub fn builder() -> builder::ThreeDsCompletionRequest {
        Default::default()
    }
}
///A token and the payment method it represents. (The seed's page does not show this object; its fields are those of Worldpay's client libraries.)
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
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
impl Token {
    pub fn builder() -> builder::Token {
        Default::default()
    }
}
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct Address {
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
        telephone_number: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Address {
        fn default() -> Self {
            Self {
                address1: Ok(Default::default()),
                address2: Ok(Default::default()),
                address3: Ok(Default::default()),
                city: Ok(Default::default()),
                country_code: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                state: Ok(Default::default()),
                telephone_number: Ok(Default::default()),
            }
        }
    }
    impl Address {
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
        pub fn telephone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.telephone_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for telephone_number: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Address> for super::Address {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Address,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::Address> for Address {
        fn from(value: super::Address) -> Self {
            Self {
                address1: Ok(value.address1),
                address2: Ok(value.address2),
                address3: Ok(value.address3),
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
                telephone_number: Ok(value.telephone_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct AddressReceived {
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
        telephone_number: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for AddressReceived {
        fn default() -> Self {
            Self {
                address1: Ok(Default::default()),
                address2: Ok(Default::default()),
                address3: Ok(Default::default()),
                city: Ok(Default::default()),
                country_code: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                state: Ok(Default::default()),
                telephone_number: Ok(Default::default()),
            }
        }
    }
    impl AddressReceived {
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
        pub fn telephone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.telephone_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for telephone_number: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<AddressReceived> for super::AddressReceived {
        type Error = super::error::ConversionError;
        fn try_from(
            value: AddressReceived,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::AddressReceived> for AddressReceived {
        fn from(value: super::AddressReceived) -> Self {
            Self {
                address1: Ok(value.address1),
                address2: Ok(value.address2),
                address3: Ok(value.address3),
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
                telephone_number: Ok(value.telephone_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Apm {
        apm_fields: ::std::result::Result<
            ::std::option::Option<super::ApmFieldsReceived>,
            ::std::string::String,
        >,
        apm_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        billing_address: ::std::result::Result<
            ::std::option::Option<super::AddressReceived>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<crate::online::types::ApmCardHolderName>,
            ::std::string::String,
        >,
        shopper_country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for Apm {
        fn default() -> Self {
            Self {
                apm_fields: Ok(Default::default()),
                apm_name: Ok(Default::default()),
                billing_address: Ok(Default::default()),
                name: Ok(Default::default()),
                shopper_country_code: Ok(Default::default()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl Apm {
        pub fn apm_fields<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ApmFieldsReceived>>,
            T::Error: ::std::fmt::Display,
        {
            self.apm_fields = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for apm_fields: {e}")
                });
            self
        }
        pub fn apm_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.apm_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for apm_name: {e}")
                });
            self
        }
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::AddressReceived>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::ApmCardHolderName>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn shopper_country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_country_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_country_code: {e}"
                    )
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
    impl ::std::convert::TryFrom<Apm> for super::Apm {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Apm,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                apm_fields: value.apm_fields?,
                apm_name: value.apm_name?,
                billing_address: value.billing_address?,
                name: value.name?,
                shopper_country_code: value.shopper_country_code?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::Apm> for Apm {
        fn from(value: super::Apm) -> Self {
            Self {
                apm_fields: Ok(value.apm_fields),
                apm_name: Ok(value.apm_name),
                billing_address: Ok(value.billing_address),
                name: Ok(value.name),
                shopper_country_code: Ok(value.shopper_country_code),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ApmPaymentMethod {
        apm_fields: ::std::result::Result<
            ::std::option::Option<super::ApmFields>,
            ::std::string::String,
        >,
        apm_name: ::std::result::Result<::std::string::String, ::std::string::String>,
        shopper_country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ApmPaymentMethod {
        fn default() -> Self {
            Self {
                apm_fields: Ok(Default::default()),
                apm_name: Err("no value supplied for apm_name".to_string()),
                shopper_country_code: Ok(Default::default()),
            }
        }
    }
    impl ApmPaymentMethod {
        pub fn apm_fields<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ApmFields>>,
            T::Error: ::std::fmt::Display,
        {
            self.apm_fields = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for apm_fields: {e}")
                });
            self
        }
        pub fn apm_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.apm_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for apm_name: {e}")
                });
            self
        }
        pub fn shopper_country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_country_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_country_code: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ApmPaymentMethod> for super::ApmPaymentMethod {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ApmPaymentMethod,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                apm_fields: value.apm_fields?,
                apm_name: value.apm_name?,
                shopper_country_code: value.shopper_country_code?,
            })
        }
    }
    impl ::std::convert::From<super::ApmPaymentMethod> for ApmPaymentMethod {
        fn from(value: super::ApmPaymentMethod) -> Self {
            Self {
                apm_fields: Ok(value.apm_fields),
                apm_name: Ok(value.apm_name),
                shopper_country_code: Ok(value.shopper_country_code),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CaptureRequest {
        capture_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CaptureRequest {
        fn default() -> Self {
            Self {
                capture_amount: Ok(Default::default()),
            }
        }
    }
    impl CaptureRequest {
        pub fn capture_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.capture_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for capture_amount: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CaptureRequest> for super::CaptureRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CaptureRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                capture_amount: value.capture_amount?,
            })
        }
    }
    impl ::std::convert::From<super::CaptureRequest> for CaptureRequest {
        fn from(value: super::CaptureRequest) -> Self {
            Self {
                capture_amount: Ok(value.capture_amount),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CardPaymentMethod {
        card_number: ::std::result::Result<
            crate::online::types::CardNumber,
            ::std::string::String,
        >,
        cvc: ::std::result::Result<
            ::std::option::Option<crate::online::types::Cvc>,
            ::std::string::String,
        >,
        expiry_month: ::std::result::Result<i64, ::std::string::String>,
        expiry_year: ::std::result::Result<i64, ::std::string::String>,
        issue_number: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<crate::online::types::CardPaymentMethodCardHolderName>,
            ::std::string::String,
        >,
        start_month: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        start_year: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CardPaymentMethod {
        fn default() -> Self {
            Self {
                card_number: Err("no value supplied for card_number".to_string()),
                cvc: Ok(Default::default()),
                expiry_month: Err("no value supplied for expiry_month".to_string()),
                expiry_year: Err("no value supplied for expiry_year".to_string()),
                issue_number: Ok(Default::default()),
                name: Ok(Default::default()),
                start_month: Ok(Default::default()),
                start_year: Ok(Default::default()),
            }
        }
    }
    impl CardPaymentMethod {
        pub fn card_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::online::types::CardNumber>,
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
            T: ::std::convert::TryInto<::std::option::Option<crate::online::types::Cvc>>,
            T::Error: ::std::fmt::Display,
        {
            self.cvc = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for cvc: {e}"));
            self
        }
        pub fn expiry_month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_month = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_month: {e}")
                });
            self
        }
        pub fn expiry_year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_year = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_year: {e}")
                });
            self
        }
        pub fn issue_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.issue_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for issue_number: {e}")
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::online::types::CardPaymentMethodCardHolderName,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn start_month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.start_month = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for start_month: {e}")
                });
            self
        }
        pub fn start_year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.start_year = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for start_year: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CardPaymentMethod> for super::CardPaymentMethod {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CardPaymentMethod,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::CardPaymentMethod> for CardPaymentMethod {
        fn from(value: super::CardPaymentMethod) -> Self {
            Self {
                card_number: Ok(value.card_number),
                cvc: Ok(value.cvc),
                expiry_month: Ok(value.expiry_month),
                expiry_year: Ok(value.expiry_year),
                issue_number: Ok(value.issue_number),
                name: Ok(value.name),
                start_month: Ok(value.start_month),
                start_year: Ok(value.start_year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct DeliveryAddress {
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
        postal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        telephone_number: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for DeliveryAddress {
        fn default() -> Self {
            Self {
                address1: Ok(Default::default()),
                address2: Ok(Default::default()),
                address3: Ok(Default::default()),
                city: Ok(Default::default()),
                country_code: Ok(Default::default()),
                first_name: Ok(Default::default()),
                last_name: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                state: Ok(Default::default()),
                telephone_number: Ok(Default::default()),
            }
        }
    }
    impl DeliveryAddress {
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
        pub fn telephone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.telephone_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for telephone_number: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<DeliveryAddress> for super::DeliveryAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: DeliveryAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::DeliveryAddress> for DeliveryAddress {
        fn from(value: super::DeliveryAddress) -> Self {
            Self {
                address1: Ok(value.address1),
                address2: Ok(value.address2),
                address3: Ok(value.address3),
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                first_name: Ok(value.first_name),
                last_name: Ok(value.last_name),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
                telephone_number: Ok(value.telephone_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct DeliveryAddressReceived {
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
        postal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        telephone_number: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for DeliveryAddressReceived {
        fn default() -> Self {
            Self {
                address1: Ok(Default::default()),
                address2: Ok(Default::default()),
                address3: Ok(Default::default()),
                city: Ok(Default::default()),
                country_code: Ok(Default::default()),
                first_name: Ok(Default::default()),
                last_name: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                state: Ok(Default::default()),
                telephone_number: Ok(Default::default()),
            }
        }
    }
    impl DeliveryAddressReceived {
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
        pub fn telephone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.telephone_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for telephone_number: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<DeliveryAddressReceived>
    for super::DeliveryAddressReceived {
        type Error = super::error::ConversionError;
        fn try_from(
            value: DeliveryAddressReceived,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::DeliveryAddressReceived>
    for DeliveryAddressReceived {
        fn from(value: super::DeliveryAddressReceived) -> Self {
            Self {
                address1: Ok(value.address1),
                address2: Ok(value.address2),
                address3: Ok(value.address3),
                city: Ok(value.city),
                country_code: Ok(value.country_code),
                first_name: Ok(value.first_name),
                last_name: Ok(value.last_name),
                postal_code: Ok(value.postal_code),
                state: Ok(value.state),
                telephone_number: Ok(value.telephone_number),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ErrorResponse {
        custom_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        description: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        error_help_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        http_status_code: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        original_request: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ErrorResponse {
        fn default() -> Self {
            Self {
                custom_code: Ok(Default::default()),
                description: Ok(Default::default()),
                error_help_url: Ok(Default::default()),
                http_status_code: Ok(Default::default()),
                message: Ok(Default::default()),
                original_request: Ok(Default::default()),
            }
        }
    }
    impl ErrorResponse {
        pub fn custom_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.custom_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for custom_code: {e}")
                });
            self
        }
        pub fn description<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.description = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for description: {e}")
                });
            self
        }
        pub fn error_help_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.error_help_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for error_help_url: {e}")
                });
            self
        }
        pub fn http_status_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.http_status_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for http_status_code: {e}")
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
        pub fn original_request<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.original_request = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for original_request: {e}")
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
                custom_code: value.custom_code?,
                description: value.description?,
                error_help_url: value.error_help_url?,
                http_status_code: value.http_status_code?,
                message: value.message?,
                original_request: value.original_request?,
            })
        }
    }
    impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
        fn from(value: super::ErrorResponse) -> Self {
            Self {
                custom_code: Ok(value.custom_code),
                description: Ok(value.description),
                error_help_url: Ok(value.error_help_url),
                http_status_code: Ok(value.http_status_code),
                message: Ok(value.message),
                original_request: Ok(value.original_request),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ObfuscatedCard {
        apm_fields: ::std::result::Result<
            ::std::option::Option<super::ApmFieldsReceived>,
            ::std::string::String,
        >,
        billing_address: ::std::result::Result<
            ::std::option::Option<super::AddressReceived>,
            ::std::string::String,
        >,
        card_class: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_issuer: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_product_type_desc_contactless: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_product_type_desc_non_contactless: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_scheme_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_scheme_type: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        card_type: ::std::result::Result<
            ::std::option::Option<crate::online::types::ObfuscatedCardCardType>,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        expiry_month: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        expiry_year: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        issue_number: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        masked_card_number: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<crate::online::types::ObfuscatedCardCardHolderName>,
            ::std::string::String,
        >,
        prepaid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        start_month: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        start_year: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for ObfuscatedCard {
        fn default() -> Self {
            Self {
                apm_fields: Ok(Default::default()),
                billing_address: Ok(Default::default()),
                card_class: Ok(Default::default()),
                card_issuer: Ok(Default::default()),
                card_product_type_desc_contactless: Ok(Default::default()),
                card_product_type_desc_non_contactless: Ok(Default::default()),
                card_scheme_name: Ok(Default::default()),
                card_scheme_type: Ok(Default::default()),
                card_type: Ok(Default::default()),
                country_code: Ok(Default::default()),
                expiry_month: Ok(Default::default()),
                expiry_year: Ok(Default::default()),
                issue_number: Ok(Default::default()),
                masked_card_number: Ok(Default::default()),
                name: Ok(Default::default()),
                prepaid: Ok(Default::default()),
                start_month: Ok(Default::default()),
                start_year: Ok(Default::default()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl ObfuscatedCard {
        pub fn apm_fields<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ApmFieldsReceived>>,
            T::Error: ::std::fmt::Display,
        {
            self.apm_fields = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for apm_fields: {e}")
                });
            self
        }
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::AddressReceived>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn card_class<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_class = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_class: {e}")
                });
            self
        }
        pub fn card_issuer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_issuer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_issuer: {e}")
                });
            self
        }
        pub fn card_product_type_desc_contactless<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_product_type_desc_contactless = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for card_product_type_desc_contactless: {e}"
                    )
                });
            self
        }
        pub fn card_product_type_desc_non_contactless<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_product_type_desc_non_contactless = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for card_product_type_desc_non_contactless: {e}"
                    )
                });
            self
        }
        pub fn card_scheme_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_scheme_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_scheme_name: {e}")
                });
            self
        }
        pub fn card_scheme_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.card_scheme_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_scheme_type: {e}")
                });
            self
        }
        pub fn card_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::ObfuscatedCardCardType>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.card_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for card_type: {e}")
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
        pub fn expiry_month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_month = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_month: {e}")
                });
            self
        }
        pub fn expiry_year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.expiry_year = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for expiry_year: {e}")
                });
            self
        }
        pub fn issue_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.issue_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for issue_number: {e}")
                });
            self
        }
        pub fn masked_card_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.masked_card_number = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for masked_card_number: {e}"
                    )
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::ObfuscatedCardCardHolderName>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn prepaid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.prepaid = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for prepaid: {e}")
                });
            self
        }
        pub fn start_month<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.start_month = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for start_month: {e}")
                });
            self
        }
        pub fn start_year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.start_year = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for start_year: {e}")
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
    impl ::std::convert::TryFrom<ObfuscatedCard> for super::ObfuscatedCard {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ObfuscatedCard,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                apm_fields: value.apm_fields?,
                billing_address: value.billing_address?,
                card_class: value.card_class?,
                card_issuer: value.card_issuer?,
                card_product_type_desc_contactless: value
                    .card_product_type_desc_contactless?,
                card_product_type_desc_non_contactless: value
                    .card_product_type_desc_non_contactless?,
                card_scheme_name: value.card_scheme_name?,
                card_scheme_type: value.card_scheme_type?,
                card_type: value.card_type?,
                country_code: value.country_code?,
                expiry_month: value.expiry_month?,
                expiry_year: value.expiry_year?,
                issue_number: value.issue_number?,
                masked_card_number: value.masked_card_number?,
                name: value.name?,
                prepaid: value.prepaid?,
                start_month: value.start_month?,
                start_year: value.start_year?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::ObfuscatedCard> for ObfuscatedCard {
        fn from(value: super::ObfuscatedCard) -> Self {
            Self {
                apm_fields: Ok(value.apm_fields),
                billing_address: Ok(value.billing_address),
                card_class: Ok(value.card_class),
                card_issuer: Ok(value.card_issuer),
                card_product_type_desc_contactless: Ok(
                    value.card_product_type_desc_contactless,
                ),
                card_product_type_desc_non_contactless: Ok(
                    value.card_product_type_desc_non_contactless,
                ),
                card_scheme_name: Ok(value.card_scheme_name),
                card_scheme_type: Ok(value.card_scheme_type),
                card_type: Ok(value.card_type),
                country_code: Ok(value.country_code),
                expiry_month: Ok(value.expiry_month),
                expiry_year: Ok(value.expiry_year),
                issue_number: Ok(value.issue_number),
                masked_card_number: Ok(value.masked_card_number),
                name: Ok(value.name),
                prepaid: Ok(value.prepaid),
                start_month: Ok(value.start_month),
                start_year: Ok(value.start_year),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Order {
        amount: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        authorize_only: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        authorized_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        billing_address: ::std::result::Result<
            ::std::option::Option<super::AddressReceived>,
            ::std::string::String,
        >,
        commission: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        currency_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        currency_code_exponent: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        customer_identifiers: ::std::result::Result<
            ::std::option::Option<super::CustomerIdentifiersReceived>,
            ::std::string::String,
        >,
        customer_order_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        delivery_address: ::std::result::Result<
            ::std::option::Option<super::DeliveryAddressReceived>,
            ::std::string::String,
        >,
        disputes: ::std::result::Result<
            ::std::vec::Vec<super::OrderDisputesItem>,
            ::std::string::String,
        >,
        environment: ::std::result::Result<
            ::std::option::Option<crate::online::types::OrderEnvironment>,
            ::std::string::String,
        >,
        history: ::std::result::Result<
            ::std::vec::Vec<super::OrderHistoryItem>,
            ::std::string::String,
        >,
        is3_ds_order: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        net_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        one_time3_ds_token: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_code_prefix: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_code_suffix: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_description: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_type: ::std::result::Result<
            ::std::option::Option<crate::online::types::OrderTypeReceived>,
            ::std::string::String,
        >,
        payment_response: ::std::result::Result<
            ::std::option::Option<crate::online::types::OrderPaymentResponse>,
            ::std::string::String,
        >,
        payment_status: ::std::result::Result<
            ::std::option::Option<crate::online::types::OrderState>,
            ::std::string::String,
        >,
        payment_status_reason: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        redirect_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        result_codes: ::std::result::Result<
            ::std::option::Option<super::OrderResultCodes>,
            ::std::string::String,
        >,
        risk_score: ::std::result::Result<
            ::std::option::Option<super::OrderRiskScore>,
            ::std::string::String,
        >,
        settlement_currency: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        settlement_currency_exponent: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        shopper_accept_header: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_email_address: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_ip_address: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_language_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_session_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_user_agent: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        three_ds_response_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        token: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Order {
        fn default() -> Self {
            Self {
                amount: Ok(Default::default()),
                authorize_only: Ok(Default::default()),
                authorized_amount: Ok(Default::default()),
                billing_address: Ok(Default::default()),
                commission: Ok(Default::default()),
                currency_code: Ok(Default::default()),
                currency_code_exponent: Ok(Default::default()),
                customer_identifiers: Ok(Default::default()),
                customer_order_code: Ok(Default::default()),
                delivery_address: Ok(Default::default()),
                disputes: Ok(Default::default()),
                environment: Ok(Default::default()),
                history: Ok(Default::default()),
                is3_ds_order: Ok(Default::default()),
                net_amount: Ok(Default::default()),
                one_time3_ds_token: Ok(Default::default()),
                order_code: Ok(Default::default()),
                order_code_prefix: Ok(Default::default()),
                order_code_suffix: Ok(Default::default()),
                order_description: Ok(Default::default()),
                order_type: Ok(Default::default()),
                payment_response: Ok(Default::default()),
                payment_status: Ok(Default::default()),
                payment_status_reason: Ok(Default::default()),
                redirect_url: Ok(Default::default()),
                result_codes: Ok(Default::default()),
                risk_score: Ok(Default::default()),
                settlement_currency: Ok(Default::default()),
                settlement_currency_exponent: Ok(Default::default()),
                shopper_accept_header: Ok(Default::default()),
                shopper_email_address: Ok(Default::default()),
                shopper_ip_address: Ok(Default::default()),
                shopper_language_code: Ok(Default::default()),
                shopper_session_id: Ok(Default::default()),
                shopper_user_agent: Ok(Default::default()),
                three_ds_response_code: Ok(Default::default()),
                token: Ok(Default::default()),
            }
        }
    }
    impl Order {
        pub fn amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.amount = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for amount: {e}"));
            self
        }
        pub fn authorize_only<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.authorize_only = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for authorize_only: {e}")
                });
            self
        }
        pub fn authorized_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.authorized_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for authorized_amount: {e}")
                });
            self
        }
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::AddressReceived>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn commission<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.commission = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for commission: {e}")
                });
            self
        }
        pub fn currency_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.currency_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency_code: {e}")
                });
            self
        }
        pub fn currency_code_exponent<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.currency_code_exponent = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for currency_code_exponent: {e}"
                    )
                });
            self
        }
        pub fn customer_identifiers<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::CustomerIdentifiersReceived>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.customer_identifiers = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for customer_identifiers: {e}"
                    )
                });
            self
        }
        pub fn customer_order_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.customer_order_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for customer_order_code: {e}"
                    )
                });
            self
        }
        pub fn delivery_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::DeliveryAddressReceived>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.delivery_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for delivery_address: {e}")
                });
            self
        }
        pub fn disputes<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::OrderDisputesItem>>,
            T::Error: ::std::fmt::Display,
        {
            self.disputes = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for disputes: {e}")
                });
            self
        }
        pub fn environment<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::OrderEnvironment>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.environment = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for environment: {e}")
                });
            self
        }
        pub fn history<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::OrderHistoryItem>>,
            T::Error: ::std::fmt::Display,
        {
            self.history = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for history: {e}")
                });
            self
        }
        pub fn is3_ds_order<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is3_ds_order = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is3_ds_order: {e}")
                });
            self
        }
        pub fn net_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.net_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for net_amount: {e}")
                });
            self
        }
        pub fn one_time3_ds_token<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.one_time3_ds_token = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for one_time3_ds_token: {e}"
                    )
                });
            self
        }
        pub fn order_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_code: {e}")
                });
            self
        }
        pub fn order_code_prefix<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_code_prefix = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_code_prefix: {e}")
                });
            self
        }
        pub fn order_code_suffix<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_code_suffix = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_code_suffix: {e}")
                });
            self
        }
        pub fn order_description<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_description = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_description: {e}")
                });
            self
        }
        pub fn order_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::OrderTypeReceived>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.order_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_type: {e}")
                });
            self
        }
        pub fn payment_response<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::OrderPaymentResponse>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.payment_response = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_response: {e}")
                });
            self
        }
        pub fn payment_status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::OrderState>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.payment_status = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_status: {e}")
                });
            self
        }
        pub fn payment_status_reason<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.payment_status_reason = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for payment_status_reason: {e}"
                    )
                });
            self
        }
        pub fn redirect_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.redirect_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for redirect_url: {e}")
                });
            self
        }
        pub fn result_codes<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::OrderResultCodes>>,
            T::Error: ::std::fmt::Display,
        {
            self.result_codes = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for result_codes: {e}")
                });
            self
        }
        pub fn risk_score<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::OrderRiskScore>>,
            T::Error: ::std::fmt::Display,
        {
            self.risk_score = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for risk_score: {e}")
                });
            self
        }
        pub fn settlement_currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.settlement_currency = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for settlement_currency: {e}"
                    )
                });
            self
        }
        pub fn settlement_currency_exponent<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.settlement_currency_exponent = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for settlement_currency_exponent: {e}"
                    )
                });
            self
        }
        pub fn shopper_accept_header<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_accept_header = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_accept_header: {e}"
                    )
                });
            self
        }
        pub fn shopper_email_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_email_address = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_email_address: {e}"
                    )
                });
            self
        }
        pub fn shopper_ip_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_ip_address = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_ip_address: {e}"
                    )
                });
            self
        }
        pub fn shopper_language_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_language_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_language_code: {e}"
                    )
                });
            self
        }
        pub fn shopper_session_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_session_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_session_id: {e}"
                    )
                });
            self
        }
        pub fn shopper_user_agent<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_user_agent = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_user_agent: {e}"
                    )
                });
            self
        }
        pub fn three_ds_response_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.three_ds_response_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for three_ds_response_code: {e}"
                    )
                });
            self
        }
        pub fn token<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.token = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for token: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Order> for super::Order {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Order,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amount: value.amount?,
                authorize_only: value.authorize_only?,
                authorized_amount: value.authorized_amount?,
                billing_address: value.billing_address?,
                commission: value.commission?,
                currency_code: value.currency_code?,
                currency_code_exponent: value.currency_code_exponent?,
                customer_identifiers: value.customer_identifiers?,
                customer_order_code: value.customer_order_code?,
                delivery_address: value.delivery_address?,
                disputes: value.disputes?,
                environment: value.environment?,
                history: value.history?,
                is3_ds_order: value.is3_ds_order?,
                net_amount: value.net_amount?,
                one_time3_ds_token: value.one_time3_ds_token?,
                order_code: value.order_code?,
                order_code_prefix: value.order_code_prefix?,
                order_code_suffix: value.order_code_suffix?,
                order_description: value.order_description?,
                order_type: value.order_type?,
                payment_response: value.payment_response?,
                payment_status: value.payment_status?,
                payment_status_reason: value.payment_status_reason?,
                redirect_url: value.redirect_url?,
                result_codes: value.result_codes?,
                risk_score: value.risk_score?,
                settlement_currency: value.settlement_currency?,
                settlement_currency_exponent: value.settlement_currency_exponent?,
                shopper_accept_header: value.shopper_accept_header?,
                shopper_email_address: value.shopper_email_address?,
                shopper_ip_address: value.shopper_ip_address?,
                shopper_language_code: value.shopper_language_code?,
                shopper_session_id: value.shopper_session_id?,
                shopper_user_agent: value.shopper_user_agent?,
                three_ds_response_code: value.three_ds_response_code?,
                token: value.token?,
            })
        }
    }
    impl ::std::convert::From<super::Order> for Order {
        fn from(value: super::Order) -> Self {
            Self {
                amount: Ok(value.amount),
                authorize_only: Ok(value.authorize_only),
                authorized_amount: Ok(value.authorized_amount),
                billing_address: Ok(value.billing_address),
                commission: Ok(value.commission),
                currency_code: Ok(value.currency_code),
                currency_code_exponent: Ok(value.currency_code_exponent),
                customer_identifiers: Ok(value.customer_identifiers),
                customer_order_code: Ok(value.customer_order_code),
                delivery_address: Ok(value.delivery_address),
                disputes: Ok(value.disputes),
                environment: Ok(value.environment),
                history: Ok(value.history),
                is3_ds_order: Ok(value.is3_ds_order),
                net_amount: Ok(value.net_amount),
                one_time3_ds_token: Ok(value.one_time3_ds_token),
                order_code: Ok(value.order_code),
                order_code_prefix: Ok(value.order_code_prefix),
                order_code_suffix: Ok(value.order_code_suffix),
                order_description: Ok(value.order_description),
                order_type: Ok(value.order_type),
                payment_response: Ok(value.payment_response),
                payment_status: Ok(value.payment_status),
                payment_status_reason: Ok(value.payment_status_reason),
                redirect_url: Ok(value.redirect_url),
                result_codes: Ok(value.result_codes),
                risk_score: Ok(value.risk_score),
                settlement_currency: Ok(value.settlement_currency),
                settlement_currency_exponent: Ok(value.settlement_currency_exponent),
                shopper_accept_header: Ok(value.shopper_accept_header),
                shopper_email_address: Ok(value.shopper_email_address),
                shopper_ip_address: Ok(value.shopper_ip_address),
                shopper_language_code: Ok(value.shopper_language_code),
                shopper_session_id: Ok(value.shopper_session_id),
                shopper_user_agent: Ok(value.shopper_user_agent),
                three_ds_response_code: Ok(value.three_ds_response_code),
                token: Ok(value.token),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct OrderDisputesItem {
        creation_date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        document_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for OrderDisputesItem {
        fn default() -> Self {
            Self {
                creation_date: Ok(Default::default()),
                document_name: Ok(Default::default()),
                id: Ok(Default::default()),
            }
        }
    }
    impl OrderDisputesItem {
        pub fn creation_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.creation_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for creation_date: {e}")
                });
            self
        }
        pub fn document_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.document_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for document_name: {e}")
                });
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<OrderDisputesItem> for super::OrderDisputesItem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: OrderDisputesItem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                creation_date: value.creation_date?,
                document_name: value.document_name?,
                id: value.id?,
            })
        }
    }
    impl ::std::convert::From<super::OrderDisputesItem> for OrderDisputesItem {
        fn from(value: super::OrderDisputesItem) -> Self {
            Self {
                creation_date: Ok(value.creation_date),
                document_name: Ok(value.document_name),
                id: Ok(value.id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct OrderHistoryItem {
        amount: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        commission: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        currency_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        currency_code_exponent: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        modification_date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        net_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        settlement_currency: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        settlement_currency_exponent: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        state: ::std::result::Result<
            ::std::option::Option<crate::online::types::OrderState>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for OrderHistoryItem {
        fn default() -> Self {
            Self {
                amount: Ok(Default::default()),
                commission: Ok(Default::default()),
                currency_code: Ok(Default::default()),
                currency_code_exponent: Ok(Default::default()),
                modification_date: Ok(Default::default()),
                net_amount: Ok(Default::default()),
                settlement_currency: Ok(Default::default()),
                settlement_currency_exponent: Ok(Default::default()),
                state: Ok(Default::default()),
            }
        }
    }
    impl OrderHistoryItem {
        pub fn amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.amount = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for amount: {e}"));
            self
        }
        pub fn commission<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.commission = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for commission: {e}")
                });
            self
        }
        pub fn currency_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.currency_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency_code: {e}")
                });
            self
        }
        pub fn currency_code_exponent<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.currency_code_exponent = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for currency_code_exponent: {e}"
                    )
                });
            self
        }
        pub fn modification_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.modification_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for modification_date: {e}")
                });
            self
        }
        pub fn net_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.net_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for net_amount: {e}")
                });
            self
        }
        pub fn settlement_currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.settlement_currency = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for settlement_currency: {e}"
                    )
                });
            self
        }
        pub fn settlement_currency_exponent<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.settlement_currency_exponent = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for settlement_currency_exponent: {e}"
                    )
                });
            self
        }
        pub fn state<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::OrderState>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.state = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for state: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<OrderHistoryItem> for super::OrderHistoryItem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: OrderHistoryItem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                amount: value.amount?,
                commission: value.commission?,
                currency_code: value.currency_code?,
                currency_code_exponent: value.currency_code_exponent?,
                modification_date: value.modification_date?,
                net_amount: value.net_amount?,
                settlement_currency: value.settlement_currency?,
                settlement_currency_exponent: value.settlement_currency_exponent?,
                state: value.state?,
            })
        }
    }
    impl ::std::convert::From<super::OrderHistoryItem> for OrderHistoryItem {
        fn from(value: super::OrderHistoryItem) -> Self {
            Self {
                amount: Ok(value.amount),
                commission: Ok(value.commission),
                currency_code: Ok(value.currency_code),
                currency_code_exponent: Ok(value.currency_code_exponent),
                modification_date: Ok(value.modification_date),
                net_amount: Ok(value.net_amount),
                settlement_currency: Ok(value.settlement_currency),
                settlement_currency_exponent: Ok(value.settlement_currency_exponent),
                state: Ok(value.state),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct OrderRequest {
        amount: ::std::result::Result<i64, ::std::string::String>,
        authorize_only: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        billing_address: ::std::result::Result<
            ::std::option::Option<super::Address>,
            ::std::string::String,
        >,
        cancel_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        currency_code: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        customer_identifiers: ::std::result::Result<
            ::std::option::Option<super::CustomerIdentifiers>,
            ::std::string::String,
        >,
        customer_order_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        delivery_address: ::std::result::Result<
            ::std::option::Option<super::DeliveryAddress>,
            ::std::string::String,
        >,
        failure_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        is3_ds_order: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<crate::online::types::OrderRequestCardHolderName>,
            ::std::string::String,
        >,
        order_code_prefix: ::std::result::Result<
            ::std::option::Option<super::OrderRequestOrderCodePrefix>,
            ::std::string::String,
        >,
        order_code_suffix: ::std::result::Result<
            ::std::option::Option<super::OrderRequestOrderCodeSuffix>,
            ::std::string::String,
        >,
        order_description: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        order_type: ::std::result::Result<
            ::std::option::Option<super::OrderType>,
            ::std::string::String,
        >,
        payment_method: ::std::result::Result<
            ::std::option::Option<crate::online::types::OrderRequestPaymentMethod>,
            ::std::string::String,
        >,
        pending_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        reusable: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        settlement_currency: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_accept_header: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_email_address: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_ip_address: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_language_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_session_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shopper_user_agent: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        statement_narrative: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        success_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        token: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for OrderRequest {
        fn default() -> Self {
            Self {
                amount: Err("no value supplied for amount".to_string()),
                authorize_only: Ok(Default::default()),
                billing_address: Ok(Default::default()),
                cancel_url: Ok(Default::default()),
                currency_code: Err("no value supplied for currency_code".to_string()),
                customer_identifiers: Ok(Default::default()),
                customer_order_code: Ok(Default::default()),
                delivery_address: Ok(Default::default()),
                failure_url: Ok(Default::default()),
                is3_ds_order: Ok(Default::default()),
                name: Ok(Default::default()),
                order_code_prefix: Ok(Default::default()),
                order_code_suffix: Ok(Default::default()),
                order_description: Err(
                    "no value supplied for order_description".to_string(),
                ),
                order_type: Ok(Default::default()),
                payment_method: Ok(Default::default()),
                pending_url: Ok(Default::default()),
                reusable: Ok(Default::default()),
                settlement_currency: Ok(Default::default()),
                shopper_accept_header: Ok(Default::default()),
                shopper_email_address: Ok(Default::default()),
                shopper_ip_address: Ok(Default::default()),
                shopper_language_code: Ok(Default::default()),
                shopper_session_id: Ok(Default::default()),
                shopper_user_agent: Ok(Default::default()),
                statement_narrative: Ok(Default::default()),
                success_url: Ok(Default::default()),
                token: Ok(Default::default()),
            }
        }
    }
    impl OrderRequest {
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
        pub fn authorize_only<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.authorize_only = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for authorize_only: {e}")
                });
            self
        }
        pub fn billing_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_address: {e}")
                });
            self
        }
        pub fn cancel_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.cancel_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for cancel_url: {e}")
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
        pub fn customer_identifiers<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::CustomerIdentifiers>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.customer_identifiers = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for customer_identifiers: {e}"
                    )
                });
            self
        }
        pub fn customer_order_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.customer_order_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for customer_order_code: {e}"
                    )
                });
            self
        }
        pub fn delivery_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::DeliveryAddress>>,
            T::Error: ::std::fmt::Display,
        {
            self.delivery_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for delivery_address: {e}")
                });
            self
        }
        pub fn failure_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.failure_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for failure_url: {e}")
                });
            self
        }
        pub fn is3_ds_order<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is3_ds_order = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is3_ds_order: {e}")
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::OrderRequestCardHolderName>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn order_code_prefix<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::OrderRequestOrderCodePrefix>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.order_code_prefix = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_code_prefix: {e}")
                });
            self
        }
        pub fn order_code_suffix<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::OrderRequestOrderCodeSuffix>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.order_code_suffix = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_code_suffix: {e}")
                });
            self
        }
        pub fn order_description<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.order_description = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_description: {e}")
                });
            self
        }
        pub fn order_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::OrderType>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_type: {e}")
                });
            self
        }
        pub fn payment_method<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::OrderRequestPaymentMethod>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.payment_method = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_method: {e}")
                });
            self
        }
        pub fn pending_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.pending_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for pending_url: {e}")
                });
            self
        }
        pub fn reusable<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.reusable = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reusable: {e}")
                });
            self
        }
        pub fn settlement_currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.settlement_currency = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for settlement_currency: {e}"
                    )
                });
            self
        }
        pub fn shopper_accept_header<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_accept_header = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_accept_header: {e}"
                    )
                });
            self
        }
        pub fn shopper_email_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_email_address = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_email_address: {e}"
                    )
                });
            self
        }
        pub fn shopper_ip_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_ip_address = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_ip_address: {e}"
                    )
                });
            self
        }
        pub fn shopper_language_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_language_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_language_code: {e}"
                    )
                });
            self
        }
        pub fn shopper_session_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_session_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_session_id: {e}"
                    )
                });
            self
        }
        pub fn shopper_user_agent<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.shopper_user_agent = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shopper_user_agent: {e}"
                    )
                });
            self
        }
        pub fn statement_narrative<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.statement_narrative = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for statement_narrative: {e}"
                    )
                });
            self
        }
        pub fn success_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.success_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success_url: {e}")
                });
            self
        }
        pub fn token<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.token = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for token: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<OrderRequest> for super::OrderRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: OrderRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
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
    impl ::std::convert::From<super::OrderRequest> for OrderRequest {
        fn from(value: super::OrderRequest) -> Self {
            Self {
                amount: Ok(value.amount),
                authorize_only: Ok(value.authorize_only),
                billing_address: Ok(value.billing_address),
                cancel_url: Ok(value.cancel_url),
                currency_code: Ok(value.currency_code),
                customer_identifiers: Ok(value.customer_identifiers),
                customer_order_code: Ok(value.customer_order_code),
                delivery_address: Ok(value.delivery_address),
                failure_url: Ok(value.failure_url),
                is3_ds_order: Ok(value.is3_ds_order),
                name: Ok(value.name),
                order_code_prefix: Ok(value.order_code_prefix),
                order_code_suffix: Ok(value.order_code_suffix),
                order_description: Ok(value.order_description),
                order_type: Ok(value.order_type),
                payment_method: Ok(value.payment_method),
                pending_url: Ok(value.pending_url),
                reusable: Ok(value.reusable),
                settlement_currency: Ok(value.settlement_currency),
                shopper_accept_header: Ok(value.shopper_accept_header),
                shopper_email_address: Ok(value.shopper_email_address),
                shopper_ip_address: Ok(value.shopper_ip_address),
                shopper_language_code: Ok(value.shopper_language_code),
                shopper_session_id: Ok(value.shopper_session_id),
                shopper_user_agent: Ok(value.shopper_user_agent),
                statement_narrative: Ok(value.statement_narrative),
                success_url: Ok(value.success_url),
                token: Ok(value.token),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct OrderResultCodes {
        avs_result_code: ::std::result::Result<
            ::std::option::Option<crate::online::types::OrderResultCodesAvsResultCode>,
            ::std::string::String,
        >,
        cvc_result_code: ::std::result::Result<
            ::std::option::Option<crate::online::types::OrderResultCodesCvcResultCode>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for OrderResultCodes {
        fn default() -> Self {
            Self {
                avs_result_code: Ok(Default::default()),
                cvc_result_code: Ok(Default::default()),
            }
        }
    }
    impl OrderResultCodes {
        pub fn avs_result_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::online::types::OrderResultCodesAvsResultCode,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.avs_result_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for avs_result_code: {e}")
                });
            self
        }
        pub fn cvc_result_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    crate::online::types::OrderResultCodesCvcResultCode,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.cvc_result_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for cvc_result_code: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<OrderResultCodes> for super::OrderResultCodes {
        type Error = super::error::ConversionError;
        fn try_from(
            value: OrderResultCodes,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                avs_result_code: value.avs_result_code?,
                cvc_result_code: value.cvc_result_code?,
            })
        }
    }
    impl ::std::convert::From<super::OrderResultCodes> for OrderResultCodes {
        fn from(value: super::OrderResultCodes) -> Self {
            Self {
                avs_result_code: Ok(value.avs_result_code),
                cvc_result_code: Ok(value.cvc_result_code),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct OrderRiskScore {
        value: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for OrderRiskScore {
        fn default() -> Self {
            Self {
                value: Ok(Default::default()),
            }
        }
    }
    impl OrderRiskScore {
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
    impl ::std::convert::TryFrom<OrderRiskScore> for super::OrderRiskScore {
        type Error = super::error::ConversionError;
        fn try_from(
            value: OrderRiskScore,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { value: value.value? })
        }
    }
    impl ::std::convert::From<super::OrderRiskScore> for OrderRiskScore {
        fn from(value: super::OrderRiskScore) -> Self {
            Self { value: Ok(value.value) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct RefundRequest {
        refund_amount: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for RefundRequest {
        fn default() -> Self {
            Self {
                refund_amount: Ok(Default::default()),
            }
        }
    }
    impl RefundRequest {
        pub fn refund_amount<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.refund_amount = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for refund_amount: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<RefundRequest> for super::RefundRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: RefundRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                refund_amount: value.refund_amount?,
            })
        }
    }
    impl ::std::convert::From<super::RefundRequest> for RefundRequest {
        fn from(value: super::RefundRequest) -> Self {
            Self {
                refund_amount: Ok(value.refund_amount),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ThreeDsCompletionRequest {
        three_ds_response_code: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ThreeDsCompletionRequest {
        fn default() -> Self {
            Self {
                three_ds_response_code: Err(
                    "no value supplied for three_ds_response_code".to_string(),
                ),
            }
        }
    }
    impl ThreeDsCompletionRequest {
        pub fn three_ds_response_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.three_ds_response_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for three_ds_response_code: {e}"
                    )
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ThreeDsCompletionRequest>
    for super::ThreeDsCompletionRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ThreeDsCompletionRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                three_ds_response_code: value.three_ds_response_code?,
            })
        }
    }
    impl ::std::convert::From<super::ThreeDsCompletionRequest>
    for ThreeDsCompletionRequest {
        fn from(value: super::ThreeDsCompletionRequest) -> Self {
            Self {
                three_ds_response_code: Ok(value.three_ds_response_code),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Token {
        common_token: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        payment_method: ::std::result::Result<
            ::std::option::Option<crate::online::types::TokenPaymentMethod>,
            ::std::string::String,
        >,
        reusable: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        token: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Token {
        fn default() -> Self {
            Self {
                common_token: Ok(Default::default()),
                payment_method: Ok(Default::default()),
                reusable: Ok(Default::default()),
                token: Ok(Default::default()),
            }
        }
    }
    impl Token {
        pub fn common_token<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.common_token = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for common_token: {e}")
                });
            self
        }
        pub fn payment_method<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<crate::online::types::TokenPaymentMethod>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.payment_method = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payment_method: {e}")
                });
            self
        }
        pub fn reusable<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.reusable = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reusable: {e}")
                });
            self
        }
        pub fn token<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.token = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for token: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Token> for super::Token {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Token,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                common_token: value.common_token?,
                payment_method: value.payment_method?,
                reusable: value.reusable?,
                token: value.token?,
            })
        }
    }
    impl ::std::convert::From<super::Token> for Token {
        fn from(value: super::Token) -> Self {
            Self {
                common_token: Ok(value.common_token),
                payment_method: Ok(value.payment_method),
                reusable: Ok(value.reusable),
                token: Ok(value.token),
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
    /// Type of the card that was used. For many cards more detailed information about the card used including whether it was a debit or a credit card and the country it is registered in can be obtained via the Token API.
    pub enum ObfuscatedCardCardType {
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

crate::open_enum! {
    /// Indicates whether this order was made in the TEST or LIVE environment
    pub enum OrderEnvironment {
        /// `TEST`
        Test = "TEST",
        /// `LIVE`
        Live = "LIVE",
    }
}

crate::open_enum! {
    /// Indicates the issuer-supplied outcome of the check between issuer-known and shopper-supplied billing address details, where available.
    pub enum OrderResultCodesAvsResultCode {
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
    /// Indicates the issuer-supplied outcome of the check between issuer-known and shopper-supplied security code details, where available.
    pub enum OrderResultCodesCvcResultCode {
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

impl ::core::convert::From<ApmPaymentMethod> for OrderRequestPaymentMethod {
    fn from(value: ApmPaymentMethod) -> Self {
        Self::Apm(value)
    }
}

crate::tagged_union! {
    /// Object containing all payment details
    open pub enum OrderPaymentResponse tag "type" field type_ {
        /// `type`: `ObfuscatedCard`
        ObfuscatedCard(ObfuscatedCard) = "ObfuscatedCard",
        /// `type`: `APM`
        Apm(Apm) = "APM",
    }
}

impl ::core::convert::From<ObfuscatedCard> for OrderPaymentResponse {
    fn from(value: ObfuscatedCard) -> Self {
        Self::ObfuscatedCard(value)
    }
}

impl ::core::convert::From<Apm> for OrderPaymentResponse {
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
