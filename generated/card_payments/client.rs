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

#[allow(unused_imports)]
use super::types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for Card Payments

Take online payments with our Card Payments API.

## Authentication Header

```text
Authorization: {your_credentials}
```

Replace `{your_credentials}` with your base64-encoded Basic Auth username and password given to your by your Implementation Manager.

You must use the `Authorization` header for any request you send to our Card Payments APIs, unless you are using client certificate authenticating with SSL/TLS.

## Accept/Content-Type Header

```text
Content-Type: application/vnd.worldpay.payments-v7+json
Accept: application/vnd.worldpay.payments-v7+json
```

We use the `Accept` header to identify which version of our API you are using. You must use the `Accept` header for any request you send to our Card Payments APIs.

We require the `Content-Type` header if the request you're sending includes a request body, and if the HTTP method is a `POST` or a `PUT`.

## DNS Whitelisting

Whitelist the following URLs:

* https://try.access.worldpay.com/
* https://access.worldpay.com/

Please ensure you use DNS whitelisting, not explicit IP whitelisting.


Version: 7*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Context,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::transport::Context) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Context,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::transport::Context> for Client {
    fn api_version() -> &'static str {
        "7"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::transport::Context {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::transport::Context>,
    {}
};
impl Client {
    /**Take a card payment

Take online card payments using our Card Payments API.

Sends a `POST` request to `/cardPayments/customerInitiatedTransactions`

```ignore
let response = client.authorize()
    .body(body)
    .send()
    .await;
```*/
    pub fn authorize(&self) -> builder::Authorize<'_> {
        builder::Authorize::new(self)
    }
    /**Take a repeat card payment

Take online payments using our Card Payments API.

Sends a `POST` request to `/cardPayments/merchantInitiatedTransactions`

```ignore
let response = client.recurring()
    .body(body)
    .send()
    .await;
```*/
    pub fn recurring(&self) -> builder::Recurring<'_> {
        builder::Recurring::new(self)
    }
    /**Cancel partial authorization

If you don't want to proceed with a payment, you can send a partial cancel request Note: You can only cancel a payment which is authorized. If the payment is settled, you must create a refund.

Sends a `POST` request to `/payments/authorizations/cancellations/partials/{linkData}`

Arguments:
- `link_data`: Action link that's received in your request
- `body`
```ignore
let response = client.partial_cancel()
    .link_data(link_data)
    .body(body)
    .send()
    .await;
```*/
    pub fn partial_cancel(&self) -> builder::PartialCancel<'_> {
        builder::PartialCancel::new(self)
    }
    /**Cancel full authorization

If you don't want to proceed with a payment, you can send a full cancel request Note: You can only cancel a payment which is authorized. If the payment is settled, you must create a refund.

Sends a `POST` request to `/payments/authorizations/cancellations/{linkData}`

Arguments:
- `link_data`: Action link that's received in your request
- `body`
```ignore
let response = client.cancel()
    .link_data(link_data)
    .body(body)
    .send()
    .await;
```*/
    pub fn cancel(&self) -> builder::Cancel<'_> {
        builder::Cancel::new(self)
    }
    /**Increase authorization amount

If you want to increase an intial estimated authorization amount (submitted with estimated flag true), you can send a incremental authorization request.

Sends a `POST` request to `/payments/authorizations/incrementalAuthorizations/{linkData}`

Arguments:
- `link_data`: Action link that's received in your request
- `body`
```ignore
let response = client.increase_authorize()
    .link_data(link_data)
    .body(body)
    .send()
    .await;
```*/
    pub fn increase_authorize(&self) -> builder::IncreaseAuthorize<'_> {
        builder::IncreaseAuthorize::new(self)
    }
    /**Query payment status recovery

Query the last event of a payment when you have not received an action link for it (status recovery).

Sends a `GET` request to `/payments/events`

Arguments:
- `entity`: The merchant `entity` the payment was made under, as sent in its authorization request.
- `transaction_ref`: The `transactionReference` of the payment to find, as sent in its authorization request.
```ignore
let response = client.event_recovery()
    .entity(entity)
    .transaction_ref(transaction_ref)
    .send()
    .await;
```*/
    pub fn event_recovery(&self) -> builder::EventRecovery<'_> {
        builder::EventRecovery::new(self)
    }
    /**Query payment status

Query the last event of a payment, using the cardPayments:events action link received in a previous response.

Sends a `GET` request to `/payments/events/{linkData}`

Arguments:
- `link_data`: Action link that's received in your request
```ignore
let response = client.event_query()
    .link_data(link_data)
    .send()
    .await;
```*/
    pub fn event_query(&self) -> builder::EventQuery<'_> {
        builder::EventQuery::new(self)
    }
    /**Reversal

Your reversal request is processed as a cancel or refund request. This depends on the time passed after your sale request was submitted. For US entities the payment is refunded after one day after a successful sale request. Any other payment moves to refunded after 15 minutes. Note: No request body is needed for this request.

Sends a `POST` request to `/payments/sales/reversals/{linkData}`

Arguments:
- `link_data`: Action link that's received in your request
```ignore
let response = client.reversal()
    .link_data(link_data)
    .send()
    .await;
```*/
    pub fn reversal(&self) -> builder::Reversal<'_> {
        builder::Reversal::new(self)
    }
    /**Settle for partial amount

To receive a portion of the funds of a payment, send us a partial settle request.

Sends a `POST` request to `/payments/settlements/partials/{linkData}`

Arguments:
- `link_data`: Action link that's received in your request
- `body`
```ignore
let response = client.partial_settlement()
    .link_data(link_data)
    .body(body)
    .send()
    .await;
```*/
    pub fn partial_settlement(&self) -> builder::PartialSettlement<'_> {
        builder::PartialSettlement::new(self)
    }
    /**Refund full amount

Send a refund request to return the full settled amount to your customer. Note: No request body is needed for this request.

Sends a `POST` request to `/payments/settlements/refunds/full/{linkData}`

Arguments:
- `link_data`: Action link that's received in your request
- `body`
```ignore
let response = client.refund()
    .link_data(link_data)
    .body(body)
    .send()
    .await;
```*/
    pub fn refund(&self) -> builder::Refund<'_> {
        builder::Refund::new(self)
    }
    /**Refund partial amount

Send a partial refund request to return a portion of the settled amount to your customer. Send the amount to refund and the authorization currency in the body.

Sends a `POST` request to `/payments/settlements/refunds/partials/{linkData}`

Arguments:
- `link_data`: Action link that's received in your request
- `body`
```ignore
let response = client.partial_refund()
    .link_data(link_data)
    .body(body)
    .send()
    .await;
```*/
    pub fn partial_refund(&self) -> builder::PartialRefund<'_> {
        builder::PartialRefund::new(self)
    }
    /**Settle for full amount

To receive all the funds from the customer, send us a settle request.

Sends a `POST` request to `/payments/settlements/{linkData}`

Arguments:
- `link_data`: Action link that's received in your request
- `body`
```ignore
let response = client.settle()
    .link_data(link_data)
    .body(body)
    .send()
    .await;
```*/
    pub fn settle(&self) -> builder::Settle<'_> {
        builder::Settle::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::authorize`]

[`Client::authorize`]: super::Client::authorize*/
    #[derive(Debug, Clone)]
    pub struct Authorize<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CustomerInitiatedTransaction, String>,
    }
    impl<'a> Authorize<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerInitiatedTransaction>,
            <V as std::convert::TryInto<
                types::CustomerInitiatedTransaction,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomerInitiatedTransaction` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerInitiatedTransaction,
            ) -> types::builder::CustomerInitiatedTransaction,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/cardPayments/customerInitiatedTransactions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::card_payments::types::AuthorizeResponse>,
            Error<ByteStream>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CustomerInitiatedTransaction::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/cardPayments/customerInitiatedTransactions", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "authorize",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::recurring`]

[`Client::recurring`]: super::Client::recurring*/
    #[derive(Debug, Clone)]
    pub struct Recurring<'a> {
        client: &'a super::Client,
        body: Result<types::builder::MerchantInitiatedTransaction, String>,
    }
    impl<'a> Recurring<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MerchantInitiatedTransaction>,
            <V as std::convert::TryInto<
                types::MerchantInitiatedTransaction,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `MerchantInitiatedTransaction` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MerchantInitiatedTransaction,
            ) -> types::builder::MerchantInitiatedTransaction,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/cardPayments/merchantInitiatedTransactions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::card_payments::types::RecurringResponse>,
            Error<ByteStream>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::MerchantInitiatedTransaction::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/cardPayments/merchantInitiatedTransactions", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "recurring",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::partial_cancel`]

[`Client::partial_cancel`]: super::Client::partial_cancel*/
    #[derive(Debug, Clone)]
    pub struct PartialCancel<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
        body: Result<types::builder::PaymentsPartialCancel, String>,
    }
    impl<'a> PartialCancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                link_data: Err("link_data was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn link_data<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.link_data = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for link_data failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentsPartialCancel>,
            <V as std::convert::TryInto<
                types::PaymentsPartialCancel,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PaymentsPartialCancel` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentsPartialCancel,
            ) -> types::builder::PaymentsPartialCancel,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/authorizations/cancellations/partials/{linkData}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentsPartialCancelResponse>,
            Error<ByteStream>,
        > {
            let Self { client, link_data, body } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PaymentsPartialCancel::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/authorizations/cancellations/partials/{}", client.baseurl,
                encode_path(& link_data.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "partial_cancel",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::cancel`]

[`Client::cancel`]: super::Client::cancel*/
    #[derive(Debug, Clone)]
    pub struct Cancel<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
        body: Result<types::builder::PaymentsCancel, String>,
    }
    impl<'a> Cancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                link_data: Err("link_data was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn link_data<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.link_data = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for link_data failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentsCancel>,
            <V as std::convert::TryInto<
                types::PaymentsCancel,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PaymentsCancel` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentsCancel,
            ) -> types::builder::PaymentsCancel,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/authorizations/cancellations/{linkData}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentsFullCancelResponse>,
            Error<ByteStream>,
        > {
            let Self { client, link_data, body } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PaymentsCancel::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/authorizations/cancellations/{}", client.baseurl,
                encode_path(& link_data.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "cancel",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::increase_authorize`]

[`Client::increase_authorize`]: super::Client::increase_authorize*/
    #[derive(Debug, Clone)]
    pub struct IncreaseAuthorize<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
        body: Result<types::builder::PaymentsIncreaseAuthorize, String>,
    }
    impl<'a> IncreaseAuthorize<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                link_data: Err("link_data was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn link_data<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.link_data = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for link_data failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentsIncreaseAuthorize>,
            <V as std::convert::TryInto<
                types::PaymentsIncreaseAuthorize,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PaymentsIncreaseAuthorize` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentsIncreaseAuthorize,
            ) -> types::builder::PaymentsIncreaseAuthorize,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/authorizations/incrementalAuthorizations/{linkData}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::card_payments::types::IncreaseAuthorizeResponse>,
            Error<ByteStream>,
        > {
            let Self { client, link_data, body } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PaymentsIncreaseAuthorize::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/authorizations/incrementalAuthorizations/{}", client
                .baseurl, encode_path(& link_data.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "increase_authorize",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::event_recovery`]

[`Client::event_recovery`]: super::Client::event_recovery*/
    #[derive(Debug, Clone)]
    pub struct EventRecovery<'a> {
        client: &'a super::Client,
        entity: Result<types::Entity, String>,
        transaction_ref: Result<types::TransactionReference, String>,
    }
    impl<'a> EventRecovery<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                entity: Err("entity was not initialized".to_string()),
                transaction_ref: Err("transaction_ref was not initialized".to_string()),
            }
        }
        pub fn entity<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Entity>,
        {
            self.entity = value
                .try_into()
                .map_err(|_| "conversion to `Entity` for entity failed".to_string());
            self
        }
        pub fn transaction_ref<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TransactionReference>,
        {
            self.transaction_ref = value
                .try_into()
                .map_err(|_| {
                    "conversion to `TransactionReference` for transaction_ref failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/payments/events`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentsEventsRecovery200Response>,
            Error<ByteStream>,
        > {
            let Self { client, entity, transaction_ref } = self;
            let entity = entity.map_err(Error::InvalidRequest)?;
            let transaction_ref = transaction_ref.map_err(Error::InvalidRequest)?;
            let url = format!("{}/payments/events", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("entity", &entity))
                .query(
                    &progenitor_client::QueryParam::new(
                        "transactionRef",
                        &transaction_ref,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "event_recovery",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::event_query`]

[`Client::event_query`]: super::Client::event_query*/
    #[derive(Debug, Clone)]
    pub struct EventQuery<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
    }
    impl<'a> EventQuery<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                link_data: Err("link_data was not initialized".to_string()),
            }
        }
        pub fn link_data<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.link_data = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for link_data failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/payments/events/{linkData}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentsEvents200Response>, Error<ByteStream>> {
            let Self { client, link_data } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/events/{}", client.baseurl, encode_path(& link_data
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "event_query",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::reversal`]

[`Client::reversal`]: super::Client::reversal*/
    #[derive(Debug, Clone)]
    pub struct Reversal<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
    }
    impl<'a> Reversal<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                link_data: Err("link_data was not initialized".to_string()),
            }
        }
        pub fn link_data<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.link_data = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for link_data failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/payments/sales/reversals/{linkData}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentsReversalResponse>, Error<ByteStream>> {
            let Self { client, link_data } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/sales/reversals/{}", client.baseurl, encode_path(& link_data
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reversal",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::partial_settlement`]

[`Client::partial_settlement`]: super::Client::partial_settlement*/
    #[derive(Debug, Clone)]
    pub struct PartialSettlement<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
        body: Result<types::builder::PaymentsPartialSettle, String>,
    }
    impl<'a> PartialSettlement<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                link_data: Err("link_data was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn link_data<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.link_data = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for link_data failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentsPartialSettle>,
            <V as std::convert::TryInto<
                types::PaymentsPartialSettle,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PaymentsPartialSettle` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentsPartialSettle,
            ) -> types::builder::PaymentsPartialSettle,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/settlements/partials/{linkData}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentsPartialSettleResponse>,
            Error<ByteStream>,
        > {
            let Self { client, link_data, body } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PaymentsPartialSettle::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/settlements/partials/{}", client.baseurl, encode_path(&
                link_data.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "partial_settlement",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::refund`]

[`Client::refund`]: super::Client::refund*/
    #[derive(Debug, Clone)]
    pub struct Refund<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
        body: Result<types::builder::PaymentsRefund, String>,
    }
    impl<'a> Refund<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                link_data: Err("link_data was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn link_data<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.link_data = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for link_data failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentsRefund>,
            <V as std::convert::TryInto<
                types::PaymentsRefund,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PaymentsRefund` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentsRefund,
            ) -> types::builder::PaymentsRefund,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/settlements/refunds/full/{linkData}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentsFullRefundResponse>,
            Error<ByteStream>,
        > {
            let Self { client, link_data, body } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PaymentsRefund::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/settlements/refunds/full/{}", client.baseurl, encode_path(&
                link_data.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refund",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::partial_refund`]

[`Client::partial_refund`]: super::Client::partial_refund*/
    #[derive(Debug, Clone)]
    pub struct PartialRefund<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
        body: Result<types::builder::PaymentsPartialRefund, String>,
    }
    impl<'a> PartialRefund<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                link_data: Err("link_data was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn link_data<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.link_data = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for link_data failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentsPartialRefund>,
            <V as std::convert::TryInto<
                types::PaymentsPartialRefund,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PaymentsPartialRefund` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentsPartialRefund,
            ) -> types::builder::PaymentsPartialRefund,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/settlements/refunds/partials/{linkData}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentsPartialRefundResponse>,
            Error<ByteStream>,
        > {
            let Self { client, link_data, body } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PaymentsPartialRefund::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/settlements/refunds/partials/{}", client.baseurl,
                encode_path(& link_data.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "partial_refund",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::settle`]

[`Client::settle`]: super::Client::settle*/
    #[derive(Debug, Clone)]
    pub struct Settle<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
        body: Result<types::builder::PaymentsSettle, String>,
    }
    impl<'a> Settle<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                link_data: Err("link_data was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn link_data<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.link_data = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for link_data failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentsSettle>,
            <V as std::convert::TryInto<
                types::PaymentsSettle,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PaymentsSettle` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentsSettle,
            ) -> types::builder::PaymentsSettle,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/settlements/{linkData}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentsFullSettleResponse>,
            Error<ByteStream>,
        > {
            let Self { client, link_data, body } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PaymentsSettle::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/settlements/{}", client.baseurl, encode_path(& link_data
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "settle",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                415u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
