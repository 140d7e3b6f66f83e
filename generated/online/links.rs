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

/// The link relations of this API, each naming the operation it leads to.
pub mod rel {}
/// Every relation of the API and the operation it leads to (as its
/// `api.yaml` says), for what builds links (the simulator).
pub const RELATIONS: &[(&str, ::core::option::Option<&str>)] = &[];
/// Every answer type whose schema spells out its `_links` or
/// `_actions`, and the relations it lists there (`("_actions",
/// "refundPayment")`, sorted), for what builds answers (the
/// simulator).
pub const OFFERED: &[(&str, &[(&str, &str)])] = &[];
