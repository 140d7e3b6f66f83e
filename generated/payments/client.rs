// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/payments/openapi.yaml with schemas/payments/api.yaml (sha256 be2671b165cb208fc79dc661d77262284ac7461a48a9bad5a90003703a037d6c)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - 8 `_links` properties bound to the HAL link map (every relation and curie kept)
// - inline discriminated unions named: authorizationRequest_instruction_paymentInstrument,
//   authorizeResponse, migrateCardOnFileAuthorizationRequest_instruction_paymentInstrument,
//   migrateCardOnFileResponse, migrateRecurringAuthorizationRequest_instruction_paymentInstrument,
//   migrateRecurringResponse
// - discriminated unions bound to internally tagged enums:
//   authorizationRequest_instruction_paymentInstrument (on `type`), authorizeResponse (on
//   `outcome`, open), migrateCardOnFileAuthorizationRequest_instruction_paymentInstrument (on
//   `type`), migrateCardOnFileResponse (on `outcome`, open),
//   migrateRecurringAuthorizationRequest_instruction_paymentInstrument (on `type`),
//   migrateRecurringResponse (on `outcome`, open)
// - response enums made open (unknown values kept): eventsResponse_lastEvent,
//   riskFactors_item_detail, riskFactors_item_risk, riskFactors_item_type
// - card data and secrets bound to redacting types: authenticationValue, cardHolderName,
//   cardNumber, card_wallet_applepay_walletToken, cvc, walletToken
// - 45 error responses read raw and decoded by status (ErrorResponse, ValidationErrorResponse)
// - 9 schemas no operation reaches any more left out of generation: authorizedLinks,
//   cancelledLinks, eventsLinks, link, migrateCardOnFileAuthorizedLinks,
//   migrateRecurringAuthorizedLinks, partiallySettledLinks, rootLinks, settledLinks

#[allow(unused_imports)]
use super::types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for Payments

Take a payment

To take a payment, you must first create an authorization request. Your response contains links to your next available actions.

If you want to reserve funds in your customer's account, send us an authorization request. POST your authorization request to the `payments:authorize` action link received in your query the payments root resource request to authorize a payment.

Use our recurring resource (`payments:migrateRecurringAuthorize`) to authorize merchant initiated transactions where you have stored the card details, and our card on file resource (`payments:migrateCardOnFileAuthorize`) to authorize customer initiated transactions where you have stored the card details.

You can use the `payments:settle` action link to settle the payment straight away. Alternatively you can cache the response and use the link to settle the payment later.


Version: 6*/
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
        "6"
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
    /**Query the payments root resource

Query the payments root resource to receive the action links of the payments API. POST your authorization request to the payments:authorize action link, your recurring authorization request to the payments:migrateRecurringAuthorize action link and your card on file authorizations to the payments:migrateCardOnFileAuthorize action link.

Sends a `GET` request to `/payments`

```ignore
let response = client.payments_root()
    .send()
    .await;
```*/
    pub fn payments_root(&self) -> builder::PaymentsRoot<'_> {
        builder::PaymentsRoot::new(self)
    }
    /**Authorize a payment

If you want to reserve funds in your customer's account, send us an authorization request. POST your authorization request to the payments:authorize action link received in your query the payments root resource request to authorize a payment. Your response contains links to your next available actions.

Sends a `POST` request to `/payments/authorizations`

```ignore
let response = client.authorize()
    .body(body)
    .send()
    .await;
```*/
    pub fn authorize(&self) -> builder::Authorize<'_> {
        builder::Authorize::new(self)
    }
    /**Cancel the payment

Cancel the authorization, using the payments:cancel action link received in the authorization response. No request body is needed.

Sends a `POST` request to `/payments/authorizations/cancellations/{linkData}`

Arguments:
- `link_data`: The action link data received in a previous response (the last segment of the link's href).
```ignore
let response = client.cancel()
    .link_data(link_data)
    .send()
    .await;
```*/
    pub fn cancel(&self) -> builder::Cancel<'_> {
        builder::Cancel::new(self)
    }
    /**migrateCardOnFile authorization

Use our card on file resource to authorize customer initiated transactions where you have stored the card details. POST your card on file authorizations to our payments:migrateCardOnFileAuthorize action link resource received in your query the payments root resource request. Important: From July 2020 you must submit the CVC for any card on file payment if your MCC is 7995, 7800, 7801, 7802 or 9406 and you are not authenticating your customer. For all other MCCs/schemas it is optional, and not providing it should not have a direct effect on acceptance rates. We do, however, recommend submitting the CVC to help you manage fraud levels. You must store and use the link returned in the payments:CardOnFileAuthorize action link to authorize your next CardOnFile payments.

Sends a `POST` request to `/payments/authorizations/migrateCardOnFile`

```ignore
let response = client.migrate_card_on_file()
    .body(body)
    .send()
    .await;
```*/
    pub fn migrate_card_on_file(&self) -> builder::MigrateCardOnFile<'_> {
        builder::MigrateCardOnFile::new(self)
    }
    /**migrateRecurring authorization

Use our recurring resource to authorize merchant initiated transactions where you have stored the card details. POST your recurring authorization request to our payments:migrateRecurringAuthorize action link received in your query the payments root resource request. You must always store and use the link returned in the payments:recurringAuthorize action link to authorize your next recurring payments.

Sends a `POST` request to `/payments/authorizations/migrateRecurring`

```ignore
let response = client.migrate_recurring()
    .body(body)
    .send()
    .await;
```*/
    pub fn migrate_recurring(&self) -> builder::MigrateRecurring<'_> {
        builder::MigrateRecurring::new(self)
    }
    /**Query a payment by its transaction reference

Query the last event of a payment when its answer never arrived (a timeout, a dropped connection) and so you hold none of its action links: name it by the transactionReference and merchant entity of its authorization request, as Worldpay's "query a payment" page shows. The answer carries the payment's next actions. A payment's events can take up to 15 minutes to appear: a 404 soon after the authorization is no proof that it was not taken.

Sends a `GET` request to `/payments/events`

Arguments:
- `entity`: The merchant entity of the payment's authorization request.
- `transaction_ref`: The transactionReference of the payment's authorization request.
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
    /**Track payment events

Query the last event of a payment, using the payments:events action link received in a previous response.

Sends a `GET` request to `/payments/events/{linkData}`

Arguments:
- `link_data`: The action link data received in a previous response (the last segment of the link's href).
```ignore
let response = client.events()
    .link_data(link_data)
    .send()
    .await;
```*/
    pub fn events(&self) -> builder::Events<'_> {
        builder::Events::new(self)
    }
    /**Settle the payment

You can use the payments:settle action link to settle the payment straight away. Alternatively you can cache the response and use the link to settle the payment later. No request body is needed.

Sends a `POST` request to `/payments/settlements/full/{linkData}`

Arguments:
- `link_data`: The action link data received in a previous response (the last segment of the link's href).
```ignore
let response = client.settle()
    .link_data(link_data)
    .send()
    .await;
```*/
    pub fn settle(&self) -> builder::Settle<'_> {
        builder::Settle::new(self)
    }
    /**Partially settle the payment

Send a portion of the authorized amount for settlement, using the payments:partialSettle action link received in the authorization response.

Sends a `POST` request to `/payments/settlements/partials/{linkData}`

Arguments:
- `link_data`: The action link data received in a previous response (the last segment of the link's href).
- `body`
```ignore
let response = client.partial_settle()
    .link_data(link_data)
    .body(body)
    .send()
    .await;
```*/
    pub fn partial_settle(&self) -> builder::PartialSettle<'_> {
        builder::PartialSettle::new(self)
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
    /**Builder for [`Client::payments_root`]

[`Client::payments_root`]: super::Client::payments_root*/
    #[derive(Debug, Clone)]
    pub struct PaymentsRoot<'a> {
        client: &'a super::Client,
    }
    impl<'a> PaymentsRoot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/payments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RootResponse>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/payments", client.baseurl,);
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
                operation_id: "payments_root",
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
    /**Builder for [`Client::authorize`]

[`Client::authorize`]: super::Client::authorize*/
    #[derive(Debug, Clone)]
    pub struct Authorize<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AuthorizationRequest, String>,
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
            V: std::convert::TryInto<types::AuthorizationRequest>,
            <V as std::convert::TryInto<
                types::AuthorizationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AuthorizationRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AuthorizationRequest,
            ) -> types::builder::AuthorizationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/authorizations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::payments::types::AuthorizeResponse>,
            Error<ByteStream>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AuthorizationRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/payments/authorizations", client.baseurl,);
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
    /**Builder for [`Client::cancel`]

[`Client::cancel`]: super::Client::cancel*/
    #[derive(Debug, Clone)]
    pub struct Cancel<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
    }
    impl<'a> Cancel<'a> {
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
        ///Sends a `POST` request to `/payments/authorizations/cancellations/{linkData}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CancelResponse>, Error<ByteStream>> {
            let Self { client, link_data } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
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
    /**Builder for [`Client::migrate_card_on_file`]

[`Client::migrate_card_on_file`]: super::Client::migrate_card_on_file*/
    #[derive(Debug, Clone)]
    pub struct MigrateCardOnFile<'a> {
        client: &'a super::Client,
        body: Result<types::builder::MigrateCardOnFileAuthorizationRequest, String>,
    }
    impl<'a> MigrateCardOnFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MigrateCardOnFileAuthorizationRequest>,
            <V as std::convert::TryInto<
                types::MigrateCardOnFileAuthorizationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `MigrateCardOnFileAuthorizationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MigrateCardOnFileAuthorizationRequest,
            ) -> types::builder::MigrateCardOnFileAuthorizationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/authorizations/migrateCardOnFile`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::payments::types::MigrateCardOnFileResponse>,
            Error<ByteStream>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::MigrateCardOnFileAuthorizationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/authorizations/migrateCardOnFile", client.baseurl,
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
                operation_id: "migrate_card_on_file",
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
    /**Builder for [`Client::migrate_recurring`]

[`Client::migrate_recurring`]: super::Client::migrate_recurring*/
    #[derive(Debug, Clone)]
    pub struct MigrateRecurring<'a> {
        client: &'a super::Client,
        body: Result<types::builder::MigrateRecurringAuthorizationRequest, String>,
    }
    impl<'a> MigrateRecurring<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MigrateRecurringAuthorizationRequest>,
            <V as std::convert::TryInto<
                types::MigrateRecurringAuthorizationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `MigrateRecurringAuthorizationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MigrateRecurringAuthorizationRequest,
            ) -> types::builder::MigrateRecurringAuthorizationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/authorizations/migrateRecurring`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::payments::types::MigrateRecurringResponse>,
            Error<ByteStream>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::MigrateRecurringAuthorizationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/authorizations/migrateRecurring", client.baseurl,
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
                operation_id: "migrate_recurring",
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
    /**Builder for [`Client::event_recovery`]

[`Client::event_recovery`]: super::Client::event_recovery*/
    #[derive(Debug, Clone)]
    pub struct EventRecovery<'a> {
        client: &'a super::Client,
        entity: Result<::std::string::String, String>,
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
            V: std::convert::TryInto<::std::string::String>,
        {
            self.entity = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for entity failed"
                        .to_string()
                });
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
        ) -> Result<ResponseValue<types::EventsResponse>, Error<ByteStream>> {
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
    /**Builder for [`Client::events`]

[`Client::events`]: super::Client::events*/
    #[derive(Debug, Clone)]
    pub struct Events<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
    }
    impl<'a> Events<'a> {
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
        ) -> Result<ResponseValue<types::EventsResponse>, Error<ByteStream>> {
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
                operation_id: "events",
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
    /**Builder for [`Client::settle`]

[`Client::settle`]: super::Client::settle*/
    #[derive(Debug, Clone)]
    pub struct Settle<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
    }
    impl<'a> Settle<'a> {
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
        ///Sends a `POST` request to `/payments/settlements/full/{linkData}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SettleResponse>, Error<ByteStream>> {
            let Self { client, link_data } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/payments/settlements/full/{}", client.baseurl, encode_path(&
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
    /**Builder for [`Client::partial_settle`]

[`Client::partial_settle`]: super::Client::partial_settle*/
    #[derive(Debug, Clone)]
    pub struct PartialSettle<'a> {
        client: &'a super::Client,
        link_data: Result<::std::string::String, String>,
        body: Result<types::builder::PartialSettleRequest, String>,
    }
    impl<'a> PartialSettle<'a> {
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
            V: std::convert::TryInto<types::PartialSettleRequest>,
            <V as std::convert::TryInto<
                types::PartialSettleRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PartialSettleRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PartialSettleRequest,
            ) -> types::builder::PartialSettleRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments/settlements/partials/{linkData}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PartialSettleResponse>, Error<ByteStream>> {
            let Self { client, link_data, body } = self;
            let link_data = link_data.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PartialSettleRequest::try_from(v).map_err(|e| e.to_string())
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
                operation_id: "partial_settle",
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
