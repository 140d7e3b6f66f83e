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

#[allow(unused_imports)]
use super::types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for Verified Payments

Access Worldpay Verified Payments: one request that authenticates
(3DS), assesses risk and authorizes.

The request and response bodies are the JSON Schemas Worldpay publishes
on its reference page, kept verbatim beside this file
(`verifiedPaymentRequest.json`, `verifiedPaymentResponse.json`); this
document wraps them in the operation the page describes: POST, with
Bearer authentication and the media type
`application/vnd.worldpay.verifiedpayments-v1.hal+json`, to the
`verifiedPayments:verifiedPayment` link of the Verified Payments root
resource. The page gives neither the root's path nor the link's; the
root is `/verifiedPayments` as for Access Worldpay's other root
resources, and the payment link is any path under it.


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
    /**Query the Verified Payments root resource

The root resource; its `_links` name the `verifiedPayments:verifiedPayment` action link.

Sends a `GET` request to `/verifiedPayments`

```ignore
let response = client.verified_payments_root()
    .send()
    .await;
```*/
    pub fn verified_payments_root(&self) -> builder::VerifiedPaymentsRoot<'_> {
        builder::VerifiedPaymentsRoot::new(self)
    }
    /**Initiate Verified Payment

POST to the `verifiedPayments:verifiedPayment` link from the Verified
Payments root resource response.


Sends a `POST` request to `/verifiedPayments/{linkData}`

Arguments:
- `link_data`: The rest of the `verifiedPayments:verifiedPayment` link's path.
- `body`
```ignore
let response = client.verified_payment()
    .link_data(link_data)
    .body(body)
    .send()
    .await;
```*/
    pub fn verified_payment(&self) -> builder::VerifiedPayment<'_> {
        builder::VerifiedPayment::new(self)
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
    /**Builder for [`Client::verified_payments_root`]

[`Client::verified_payments_root`]: super::Client::verified_payments_root*/
    #[derive(Debug, Clone)]
    pub struct VerifiedPaymentsRoot<'a> {
        client: &'a super::Client,
    }
    impl<'a> VerifiedPaymentsRoot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/verifiedPayments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::VerifiedPaymentsRoot>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/verifiedPayments", client.baseurl,);
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
                operation_id: "verified_payments_root",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::verified_payment`]

[`Client::verified_payment`]: super::Client::verified_payment*/
    #[derive(Debug, Clone)]
    pub struct VerifiedPayment<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
        body: Result<types::builder::VerifiedPaymentRequest, String>,
    }
    impl<'a> VerifiedPayment<'a> {
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
            V: std::convert::TryInto<types::VerifiedPaymentRequest>,
            <V as std::convert::TryInto<
                types::VerifiedPaymentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `VerifiedPaymentRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VerifiedPaymentRequest,
            ) -> types::builder::VerifiedPaymentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/verifiedPayments/{linkData}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::VerifiedPaymentResponse>, Error<ByteStream>> {
            let Self { client, link_data, body } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::VerifiedPaymentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/verifiedPayments/{}", client.baseurl, encode_path(& link_data
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
                operation_id: "verified_payment",
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
