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

#[allow(unused_imports)]
use super::types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for Worldpay Online

Worldpay Online (legacy REST API): create, query, capture, cancel and refund orders, and look up tokens.

## Authentication Header

```text
Authorization: {your_service_key}
```

The service key is sent as the whole header value, with no scheme.

## Content-Type Header

Requests and responses are JSON (`application/json`).

## Order States

Worldpay uses the following Order States:

* `SUCCESS`: The order was created successfully and the funds were charged to the customer's account
* `FAILED`: The order was not successful
* `SENT_FOR_REFUND`: A full or part refund has been requested for the order and is being processed
* `REFUNDED`: The order has been wholly refunded to the customer
* `PARTIALLY_REFUNDED`: Part of the order value has been refunded to the customer
* `AUTHORIZED`: The order was authorised by the payment provider and the funds are reserved on the customer's account awaiting capture
* `CANCELLED`: The authorization has been cancelled and the funds released to the customer's account
* `EXPIRED`: The authorization expired and the funds released on the customer's account
* `SETTLED`: The order value has been received from the payment provider
* `CHARGED_BACK`: The customer disputed this order and the money was returned
* `INFORMATION_REQUESTED`: When WorldPay disputes a charge-back, we will ask you for supporting information and doumentation
* `INFORMATION_SUPPLIED`: You have supplied us information with which to dispute the charge-back

## Order Types

Worldpay uses the following Order Types:

* `ECOM`: the default value for an order
* `RECURRING`: set the order to be of type recurring
* `MOTO`: set the order to be of type Mail Order Telephone Order / Virtual Terminal

## Card Types

Worldpay returns the following Card Types:

* `VISA_CREDIT`: Visa Credit
* `VISA_DEBIT`: Visa Debit
* `VISA_CORPORATE_CREDIT`: Visa Corporate Credit
* `VISA_CORPORATE_DEBIT`: Visa Corporate Debit
* `MASTERCARD_CREDIT`: Mastercard Credit
* `MASTERCARD_DEBIT`: Mastercard Debit
* `MASTERCARD_CORPORATE_CREDIT`: Mastercard Corporate Credit
* `MASTERCARD_CORPORATE_DEBIT`: Mastercard Corporate Debit
* `MAESTRO`: Maestro
* `AMEX`: American Express
* `CARTEBLEUE`: Cartebleue
* `JCB`: JCB
* `DINERS`: Diners

## AVS Result Codes

Worldpay returns these AVS Result Codes:

* `APPROVED`: The supplied street and postal code details fully matched the payment provider's records
* `PARTIAL APPROVED`: One of the supplied street or postal code details did not match the payment provider's records
* `NOT SENT TO ACQUIRER`: Problem with acquirer - possibly no AVS support
* `NO RESPONSE FROM ACQUIRER`: Problem with acquirer - possibly no AVS support
* `NOT CHECKED BY ACQUIRER`: The acquirer did not check the address details
* `NOT SUPPLIED BY SHOPPER`: Missing, incomplete or invalid address details in the order prevented the address from being checked
* `FAILED`: Both street and postal code details did not match the payment provider's records

## CVC Result Codes

Worldpay returns these CVC Result Codes:

* `APPROVED`: The supplied CVC details matched the payment provider's records
* `NOT SENT TO ACQUIRER`: Problem with acquirer - possibly no CVC support
* `NO RESPONSE FROM ACQUIRER`: Problem with acquirer - possibly no CVC support
* `NOT CHECKED BY ACQUIRER`: The acquirer did not check the CVC details
* `NOT SUPPLIED BY SHOPPER`: Missing, or invalid CVC in the payment details prevented the CVC from being checked
* `FAILED`: The supplied CVC did not match the payment provider's records


Version: 1*/
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
        "1"
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
    /**Create an order

Create an order that charges the payment method given by `token` (or by `paymentMethod`) with `amount` in `currencyCode`. With `authorizeOnly` the funds are only authorized and must be taken with a capture request (captureOrder). A 3D Secure order (`is3DSOrder`) comes back with a `redirectURL` and a `oneTime3DsToken`; after the shopper authenticates, complete it with completeThreeDsOrder.

Sends a `POST` request to `/orders`

```ignore
let response = client.create_order()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_order(&self) -> builder::CreateOrder<'_> {
        builder::CreateOrder::new(self)
    }
    /**Get an order

Retrieve an order by its `orderCode`.

Sends a `GET` request to `/orders/{orderCode}`

Arguments:
- `order_code`: The Worldpay generated order code returned when the order was created.
```ignore
let response = client.get_order()
    .order_code(order_code)
    .send()
    .await;
```*/
    pub fn get_order(&self) -> builder::GetOrder<'_> {
        builder::GetOrder::new(self)
    }
    /**Complete a 3D Secure order

Complete a 3D Secure order with the `threeDSResponseCode` you received from the card issuer after shopper authentication.

Sends a `PUT` request to `/orders/{orderCode}`

Arguments:
- `order_code`: The Worldpay generated order code returned when the order was created.
- `body`
```ignore
let response = client.complete_three_ds_order()
    .order_code(order_code)
    .body(body)
    .send()
    .await;
```*/
    pub fn complete_three_ds_order(&self) -> builder::CompleteThreeDsOrder<'_> {
        builder::CompleteThreeDsOrder::new(self)
    }
    /**Cancel an authorized order

Cancel an authorized order; the funds are released to the customer's account.

Sends a `DELETE` request to `/orders/{orderCode}`

Arguments:
- `order_code`: The Worldpay generated order code returned when the order was created.
```ignore
let response = client.cancel_order()
    .order_code(order_code)
    .send()
    .await;
```*/
    pub fn cancel_order(&self) -> builder::CancelOrder<'_> {
        builder::CancelOrder::new(self)
    }
    /**Capture an authorized order

Take payment for an order created with `authorizeOnly` (its funds are authorized, awaiting capture). The body and its `captureAmount` are optional.

Sends a `POST` request to `/orders/{orderCode}/capture`

Arguments:
- `order_code`: The Worldpay generated order code returned when the order was created.
- `body`
```ignore
let response = client.capture_order()
    .order_code(order_code)
    .body(body)
    .send()
    .await;
```*/
    pub fn capture_order(&self) -> builder::CaptureOrder<'_> {
        builder::CaptureOrder::new(self)
    }
    /**Refund an order

Request a full or part refund of an order. The body and its `refundAmount` are optional.

Sends a `POST` request to `/orders/{orderCode}/refund`

Arguments:
- `order_code`: The Worldpay generated order code returned when the order was created.
- `body`
```ignore
let response = client.refund_order()
    .order_code(order_code)
    .body(body)
    .send()
    .await;
```*/
    pub fn refund_order(&self) -> builder::RefundOrder<'_> {
        builder::RefundOrder::new(self)
    }
    /**Get a token

Retrieve a token and the payment method it represents. For many cards more detailed information about the card used including whether it was a debit or a credit card and the country it is registered in can be obtained via the Token API.

Sends a `GET` request to `/tokens/{token}`

Arguments:
- `token`: The token, as added to your checkout form by the WorldPay.js library or obtained via the token API.
```ignore
let response = client.get_token()
    .token(token)
    .send()
    .await;
```*/
    pub fn get_token(&self) -> builder::GetToken<'_> {
        builder::GetToken::new(self)
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
    /**Builder for [`Client::create_order`]

[`Client::create_order`]: super::Client::create_order*/
    #[derive(Debug, Clone)]
    pub struct CreateOrder<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrderRequest, String>,
    }
    impl<'a> CreateOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrderRequest>,
            <V as std::convert::TryInto<types::OrderRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OrderRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrderRequest,
            ) -> types::builder::OrderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/orders`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrderRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/orders", client.baseurl,);
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
                operation_id: "create_order",
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
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_order`]

[`Client::get_order`]: super::Client::get_order*/
    #[derive(Debug, Clone)]
    pub struct GetOrder<'a> {
        client: &'a super::Client,
        order_code: Result<::std::string::String, String>,
    }
    impl<'a> GetOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_code: Err("order_code was not initialized".to_string()),
            }
        }
        pub fn order_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_code failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/orders/{orderCode}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<ByteStream>> {
            let Self { client, order_code } = self;
            let order_code = order_code.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}", client.baseurl, encode_path(& order_code.to_string()),
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
                operation_id: "get_order",
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
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::complete_three_ds_order`]

[`Client::complete_three_ds_order`]: super::Client::complete_three_ds_order*/
    #[derive(Debug, Clone)]
    pub struct CompleteThreeDsOrder<'a> {
        client: &'a super::Client,
        order_code: Result<::std::string::String, String>,
        body: Result<types::builder::ThreeDsCompletionRequest, String>,
    }
    impl<'a> CompleteThreeDsOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_code: Err("order_code was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn order_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_code failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ThreeDsCompletionRequest>,
            <V as std::convert::TryInto<
                types::ThreeDsCompletionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ThreeDsCompletionRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ThreeDsCompletionRequest,
            ) -> types::builder::ThreeDsCompletionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/orders/{orderCode}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<ByteStream>> {
            let Self { client, order_code, body } = self;
            let order_code = order_code.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ThreeDsCompletionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}", client.baseurl, encode_path(& order_code.to_string()),
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "complete_three_ds_order",
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
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::cancel_order`]

[`Client::cancel_order`]: super::Client::cancel_order*/
    #[derive(Debug, Clone)]
    pub struct CancelOrder<'a> {
        client: &'a super::Client,
        order_code: Result<::std::string::String, String>,
    }
    impl<'a> CancelOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_code: Err("order_code was not initialized".to_string()),
            }
        }
        pub fn order_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_code failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/orders/{orderCode}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
            let Self { client, order_code } = self;
            let order_code = order_code.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}", client.baseurl, encode_path(& order_code.to_string()),
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
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "cancel_order",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::capture_order`]

[`Client::capture_order`]: super::Client::capture_order*/
    #[derive(Debug, Clone)]
    pub struct CaptureOrder<'a> {
        client: &'a super::Client,
        order_code: Result<::std::string::String, String>,
        body: Result<types::builder::CaptureRequest, String>,
    }
    impl<'a> CaptureOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_code: Err("order_code was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn order_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_code failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CaptureRequest>,
            <V as std::convert::TryInto<
                types::CaptureRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CaptureRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CaptureRequest,
            ) -> types::builder::CaptureRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/orders/{orderCode}/capture`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<ByteStream>> {
            let Self { client, order_code, body } = self;
            let order_code = order_code.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CaptureRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}/capture", client.baseurl, encode_path(& order_code
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
                operation_id: "capture_order",
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
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::refund_order`]

[`Client::refund_order`]: super::Client::refund_order*/
    #[derive(Debug, Clone)]
    pub struct RefundOrder<'a> {
        client: &'a super::Client,
        order_code: Result<::std::string::String, String>,
        body: Result<types::builder::RefundRequest, String>,
    }
    impl<'a> RefundOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_code: Err("order_code was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn order_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_code failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RefundRequest>,
            <V as std::convert::TryInto<types::RefundRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RefundRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RefundRequest,
            ) -> types::builder::RefundRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/orders/{orderCode}/refund`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
            let Self { client, order_code, body } = self;
            let order_code = order_code.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RefundRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}/refund", client.baseurl, encode_path(& order_code
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refund_order",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_token`]

[`Client::get_token`]: super::Client::get_token*/
    #[derive(Debug, Clone)]
    pub struct GetToken<'a> {
        client: &'a super::Client,
        token: Result<::std::string::String, String>,
    }
    impl<'a> GetToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token: Err("token was not initialized".to_string()),
            }
        }
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.token = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/tokens/{token}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Token>, Error<ByteStream>> {
            let Self { client, token } = self;
            let token = token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/tokens/{}", client.baseurl, encode_path(& token.to_string()),
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
                operation_id: "get_token",
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
