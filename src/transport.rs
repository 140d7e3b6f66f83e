//! The HTTP side shared by the REST APIs: where requests go, how long they
//! may take, and what every request gets on the wire before it leaves.
//!
//! The generated clients call [`Context`]'s hook on every built request. It
//! sets the media types the API description documents for that operation
//! (the generator rewrote them to `application/json` for progenitor), drops
//! progenitor's `api-version` header, omits an optional body left empty,
//! refuses any origin other than the configured one, and only then adds the
//! credentials.

use std::time::Duration;

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue};

use crate::auth::Credentials;
use crate::error::{ApiError, ApiErrorBody, DecodeError, Error, InvalidRequest, RawBody};
use crate::operation::{self, Operation};
use crate::sensitive::redact_url;

/// Where requests go.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Environment {
    /// Worldpay's test environment, `https://try.access.worldpay.com`.
    Try,
    /// Worldpay's live environment, `https://access.worldpay.com`.
    Live,
    /// Worldpay Online's API, `https://api.worldpay.com/v1` (test and live
    /// orders are told apart by the service key).
    WorldpayOnline,
    /// Any other base URL: a simulator, a proxy. Plain `http` is accepted
    /// only for loopback hosts, so credentials never cross a network in clear.
    Custom(String),
}

impl Environment {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        match self {
            Environment::Try => "https://try.access.worldpay.com",
            Environment::Live => "https://access.worldpay.com",
            Environment::WorldpayOnline => "https://api.worldpay.com/v1",
            Environment::Custom(url) => url.trim_end_matches('/'),
        }
    }
}

/// The default time a whole request may take.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The default time connecting may take.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How a REST client is set up.
#[derive(Clone, Debug)]
pub struct ClientConfig {
    environment: Environment,
    credentials: Option<Credentials>,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
}

impl ClientConfig {
    /// A configuration for `environment`, without credentials, with the
    /// default timeouts.
    pub fn new(environment: Environment) -> Self {
        Self {
            environment,
            credentials: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: format!("worldpay-rust/{}", env!("CARGO_PKG_VERSION")),
        }
    }

    /// The credentials every request carries.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// The time a whole request may take (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The time connecting may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// The configured environment.
    pub fn environment(&self) -> &Environment {
        &self.environment
    }

    /// The configured request timeout.
    pub fn request_timeout(&self) -> Duration {
        self.timeout
    }

    /// Checks the base URL and builds the HTTP client and hook context.
    pub(crate) fn build(
        &self,
        operations: &'static [Operation],
    ) -> Result<(String, reqwest::Client, Context), Error> {
        let base = self.environment.base_url().to_string();
        let url = reqwest::Url::parse(&base)
            .map_err(|e| Error::Config(format!("base URL `{}`: {e}", redact_url(&base))))?;
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            "http" => {
                return Err(Error::Config(format!(
                    "base URL `{}`: plain http is only allowed for loopback hosts",
                    redact_url(&base)
                )));
            }
            other => {
                return Err(Error::Config(format!(
                    "base URL `{}`: unsupported scheme `{other}`",
                    redact_url(&base)
                )));
            }
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(Error::Config(format!(
                "base URL `{}`: must not have a query or fragment",
                redact_url(&base)
            )));
        }
        if let Some(c) = &self.credentials {
            c.check().map_err(|e| Error::Config(e.to_string()))?;
        }
        install_crypto_provider();
        let client = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .user_agent(self.user_agent.clone())
            // Redirects would carry the request elsewhere; Worldpay does not
            // redirect API calls.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::Config(format!("HTTP client: {e}")))?;
        let context = Context {
            credentials: self.credentials.clone(),
            operations,
            origin: url.origin(),
        };
        Ok((base, client, context))
    }
}

fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// rustls needs one process-wide crypto provider; `ring` is installed
/// unless the application installed another first. (The default,
/// aws-lc-rs, adds a long C build to every user's compile.)
fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Losing a race to another thread installing one is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// What the generated clients carry for their hooks.
#[derive(Clone, Debug)]
pub struct Context {
    credentials: Option<Credentials>,
    operations: &'static [Operation],
    origin: url::Origin,
}

impl Context {
    /// Puts a built request in the form the API description documents.
    pub(crate) fn prepare(
        &self,
        request: &mut reqwest::Request,
        client_id: &str,
    ) -> Result<(), String> {
        let op = operation::find(self.operations, client_id)
            .ok_or_else(|| format!("operation `{client_id}` is not in the operation table"))?;
        if request.url().origin() != self.origin {
            return Err(format!(
                "{}: {} is not the configured origin {}",
                op.id,
                request.url().origin().ascii_serialization(),
                self.origin.ascii_serialization()
            ));
        }
        let headers = request.headers_mut();
        headers.remove("api-version");
        headers.remove(ACCEPT);
        headers.remove(CONTENT_TYPE);
        if let Some(accept) = op.response_media_type {
            headers.insert(ACCEPT, HeaderValue::from_static(accept));
        }
        let empty_optional_body = !op.request_body_required
            && request
                .body()
                .and_then(|b| b.as_bytes())
                .is_some_and(|b| b == b"{}");
        if empty_optional_body {
            *request.body_mut() = None;
        }
        if request.body().is_some()
            && let Some(ct) = op.request_media_type
        {
            request
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static(ct));
        }
        if let Some(c) = &self.credentials {
            request
                .headers_mut()
                .insert(AUTHORIZATION, c.header_value());
        }
        Ok(())
    }
}

// Every API but Worldpay Online (which has no links) follows links.
#[allow(dead_code)]
/// Sends a request to `url` (a followed link) as operation `op`, with the
/// same hook and decoding as the generated client: documented success
/// statuses decode as `T`, documented error statuses as the API's error
/// bodies.
pub(crate) async fn execute<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    context: &Context,
    op: &'static Operation,
    url: reqwest::Url,
    body: Option<Vec<u8>>,
    decode: ErrorDecoder,
) -> Result<progenitor_client::ResponseValue<T>, Error> {
    let method = reqwest::Method::from_bytes(op.method.as_bytes())
        .map_err(|e| Error::Config(format!("{}: method {}: {e}", op.id, op.method)))?;
    let mut request = reqwest::Request::new(method, url);
    if let Some(body) = body {
        *request.body_mut() = Some(body.into());
    }
    context
        .prepare(&mut request, op.client_id)
        .map_err(Error::Refused)?;
    let response = http.execute(request).await.map_err(|e| Error::Transport {
        operation: op.id,
        source: e.without_url(),
    })?;
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.map_err(|e| Error::Transport {
        operation: op.id,
        source: e.without_url(),
    })?;
    let code = status.as_u16().to_string();
    if op.success.iter().any(|(s, _)| *s == code) {
        let value = serde_json::from_slice::<T>(&bytes)
            .map_err(|e| Error::Decode(DecodeError::new(op.id, &e)))?;
        return Ok(progenitor_client::ResponseValue::new(
            value, status, headers,
        ));
    }
    let ct = content_type(&headers);
    if op.error_schema(status.as_u16()).is_some() {
        Err(api_error(op, status.as_u16(), ct, bytes.to_vec(), decode))
    } else {
        Err(Error::UnexpectedStatus {
            operation: op.id,
            status: status.as_u16(),
            body: RawBody::new(ct, bytes.to_vec()),
        })
    }
}

/// What the shared client machinery needs to know of one API.
pub(crate) struct ApiSpec {
    /// The generated operation table.
    pub(crate) operations: &'static [Operation],
    /// Rust field name → JSON property name, for naming fields in errors.
    pub(crate) field_names: &'static [(&'static str, &'static str)],
    /// Decodes the API's documented error bodies.
    pub(crate) decode_error: ErrorDecoder,
}

/// The part of every REST API client that is the same for all of them:
/// request checks, following links, turning answers into results.
// Worldpay Online alone follows no links (`http`, `encode`, `follow`).
#[allow(dead_code)]
#[derive(Clone)]
pub(crate) struct Core {
    spec: &'static ApiSpec,
    base: reqwest::Url,
    http: reqwest::Client,
    context: Context,
}

impl std::fmt::Debug for Core {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Core")
            .field("base", &self.base.as_str())
            .field("context", &self.context)
            .finish()
    }
}

#[allow(dead_code)]
impl Core {
    /// Builds the core and returns, with it, what the generated client is
    /// made from: the base URL, the HTTP client and the hook context.
    pub(crate) fn new(
        config: &ClientConfig,
        spec: &'static ApiSpec,
    ) -> Result<(Self, String, reqwest::Client, Context), Error> {
        let (base, http, context) = config.build(spec.operations)?;
        let base_url = reqwest::Url::parse(&format!("{base}/"))
            .map_err(|e| Error::Config(format!("base URL `{}`: {e}", redact_url(&base))))?;
        let core = Core {
            spec,
            base: base_url,
            http: http.clone(),
            context: context.clone(),
        };
        Ok((core, base, http, context))
    }

    /// The operation with Worldpay's id `id`.
    pub(crate) fn operation(&self, id: &str) -> &'static Operation {
        self.spec
            .operations
            .iter()
            .find(|o| o.id == id)
            .expect("the operation table lists every operation of the client")
    }

    /// Converts a request (or its builder) to its type, naming the field
    /// and rule of any violation.
    pub(crate) fn check<B, T>(&self, operation: &str, body: B) -> Result<T, Error>
    where
        B: TryInto<T>,
        B::Error: std::fmt::Display,
    {
        body.try_into().map_err(|e| {
            Error::InvalidRequest(InvalidRequest::from_builder_message(
                Some(self.operation(operation).id),
                &e.to_string(),
                self.spec.field_names,
            ))
        })
    }

    /// Checks and serializes a request body.
    pub(crate) fn encode<B, T>(&self, operation: &str, body: B) -> Result<Vec<u8>, Error>
    where
        B: TryInto<T>,
        B::Error: std::fmt::Display,
        T: serde::Serialize,
    {
        let value: T = self.check(operation, body)?;
        serde_json::to_vec(&value).map_err(|e| {
            Error::InvalidRequest(InvalidRequest {
                operation: Some(self.operation(operation).id),
                field: "(body)".into(),
                rule: crate::constraint::Rule::Other(e.to_string()),
            })
        })
    }

    /// Turns the generated client's result into this crate's.
    pub(crate) async fn finish<T>(
        &self,
        operation: &str,
        result: Result<
            progenitor_client::ResponseValue<T>,
            progenitor_client::Error<progenitor_client::ByteStream>,
        >,
    ) -> Result<progenitor_client::ResponseValue<T>, Error> {
        match result {
            Ok(v) => Ok(v),
            Err(e) => Err(map_error(
                self.operation(operation),
                e,
                self.spec.field_names,
                self.spec.decode_error,
            )
            .await),
        }
    }

    /// Follows relation `R` of `from`: checks the link (offered, same
    /// origin, no downgrade, the right path for `R`'s operation), then
    /// sends `body` to its `href` exactly.
    pub(crate) async fn follow<R, T>(
        &self,
        from: &impl crate::hal::Offers<R>,
        body: Option<Vec<u8>>,
    ) -> Result<progenitor_client::ResponseValue<T>, Error>
    where
        R: crate::hal::Relation,
        T: serde::de::DeserializeOwned,
    {
        let (url, op) = crate::hal::resolve::<R>(from, &self.base, self.spec.operations)?;
        execute(
            &self.http,
            &self.context,
            op,
            url,
            body,
            self.spec.decode_error,
        )
        .await
    }
}

// Unused when no REST API feature is on.
#[allow(unused_macros)]
/// The generated modules of one REST API (`types`, `client`, the link
/// relations and the operation table, from `generated/<dir>/`), the hook
/// that puts its requests in their documented form, and its [`ApiSpec`]
/// (`SPEC`), and its `Client` (the generated client and the shared
/// [`Core`]) with `new` and `generated`; the API module adds its methods.
/// `$variant` is the API's [`ApiErrorBody`] variant.
macro_rules! rest_api {
    ($dir:literal, $variant:ident, $(#[$client_doc:meta])*) => {
        #[doc = concat!("Request and response types, generated from the description in `schemas/` (see `generated/", $dir, "/types.rs`).")]
        #[allow(missing_docs, unused_imports, clippy::all, rustdoc::bare_urls)]
        pub mod types {
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/generated/", $dir, "/types.rs"));
        }

        /// The progenitor-generated client (builder style). The hand-written
        /// `Client` wraps it; use it directly only for what the wrapper lacks.
        #[allow(missing_docs, unused_imports, clippy::all, rustdoc::bare_urls)]
        pub mod client {
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/generated/", $dir, "/client.rs"));
        }

        #[allow(clippy::all, unused_imports)]
        mod links {
            use super::types;
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/generated/", $dir, "/links.rs"));
        }

        #[allow(clippy::all)]
        mod operations {
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/generated/", $dir, "/operations.rs"));
        }

        pub use links::rel;
        #[allow(unused_imports)]
        pub(crate) use operations::FIELD_NAMES;
        pub use operations::{ErrorBody, OPERATIONS};

        impl progenitor_client::ClientHooks<$crate::transport::Context> for client::Client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                info: &progenitor_client::OperationInfo,
            ) -> Result<(), progenitor_client::Error<E>> {
                use progenitor_client::ClientInfo;
                self.inner()
                    .prepare(request, info.operation_id)
                    .map_err(progenitor_client::Error::Custom)
            }
        }

        fn decode_error(
            schema: &str,
            bytes: &[u8],
        ) -> Option<Result<$crate::error::ApiErrorBody, serde_json::Error>> {
            ErrorBody::decode(schema, bytes).map(|r| r.map($crate::error::ApiErrorBody::$variant))
        }

        static SPEC: $crate::transport::ApiSpec = $crate::transport::ApiSpec {
            operations: OPERATIONS,
            field_names: operations::FIELD_NAMES,
            decode_error,
        };

        $(#[$client_doc])*
        #[derive(Clone, Debug)]
        pub struct Client {
            inner: client::Client,
            #[allow(dead_code)]
            core: $crate::transport::Core,
        }

        impl Client {
            /// A client for `config`.
            pub fn new(config: &$crate::transport::ClientConfig) -> Result<Self, $crate::Error> {
                let (core, base, http, context) = $crate::transport::Core::new(config, &SPEC)?;
                Ok(Self {
                    inner: client::Client::new_with_client(&base, http, context),
                    core,
                })
            }

            /// The generated client underneath.
            pub fn generated(&self) -> &client::Client {
                &self.inner
            }

            /// The base URL requests go to.
            pub fn base_url(&self) -> &str {
                progenitor_client::ClientInfo::baseurl(&self.inner)
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use rest_api;

/// The largest error body read into memory; the rest is not read.
const MAX_ERROR_BODY: usize = 1 << 20;

async fn read_stream(stream: progenitor_client::ByteStream) -> Result<Vec<u8>, reqwest::Error> {
    use futures_core::Stream;
    let mut inner = stream.into_inner();
    let mut out = Vec::new();
    while let Some(chunk) = std::future::poll_fn(|cx| Stream::poll_next(inner.as_mut(), cx)).await {
        let chunk = chunk?;
        let room = MAX_ERROR_BODY.saturating_sub(out.len());
        out.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if out.len() >= MAX_ERROR_BODY {
            break;
        }
    }
    Ok(out)
}

fn content_type(headers: &reqwest::header::HeaderMap) -> Option<String> {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// How an API decodes its documented error bodies.
pub(crate) type ErrorDecoder = fn(&str, &[u8]) -> Option<Result<ApiErrorBody, serde_json::Error>>;

/// Turns the generated client's error into [`Error`], reading and decoding
/// error bodies by the schema documented for their status.
pub(crate) async fn map_error(
    op: &'static Operation,
    error: progenitor_client::Error<progenitor_client::ByteStream>,
    field_names: &[(&str, &str)],
    decode: ErrorDecoder,
) -> Error {
    use progenitor_client::Error as E;
    match error {
        E::InvalidRequest(msg) => Error::InvalidRequest(InvalidRequest::from_builder_message(
            Some(op.id),
            &msg,
            field_names,
        )),
        E::CommunicationError(e) | E::InvalidUpgrade(e) | E::ResponseBodyError(e) => {
            Error::Transport {
                operation: op.id,
                source: e.without_url(),
            }
        }
        E::ErrorResponse(rv) => {
            let status = rv.status().as_u16();
            let ct = content_type(rv.headers());
            match read_stream(rv.into_inner()).await {
                Ok(bytes) => api_error(op, status, ct, bytes, decode),
                Err(e) => Error::Transport {
                    operation: op.id,
                    source: e.without_url(),
                },
            }
        }
        E::InvalidResponsePayload(_bytes, e) => Error::Decode(DecodeError::new(op.id, &e)),
        E::UnexpectedResponse(response) => {
            let status = response.status().as_u16();
            let ct = content_type(response.headers());
            match response.bytes().await {
                Ok(bytes) if op.error_schema(status).is_some() => {
                    api_error(op, status, ct, bytes.to_vec(), decode)
                }
                Ok(bytes) => Error::UnexpectedStatus {
                    operation: op.id,
                    status,
                    body: RawBody::new(ct, bytes.to_vec()),
                },
                Err(e) => Error::Transport {
                    operation: op.id,
                    source: e.without_url(),
                },
            }
        }
        E::Custom(msg) => Error::Refused(msg),
    }
}

fn api_error(
    op: &'static Operation,
    status: u16,
    content_type: Option<String>,
    bytes: Vec<u8>,
    decode: ErrorDecoder,
) -> Error {
    let body = match op.error_schema(status).and_then(|s| decode(s, &bytes)) {
        Some(Ok(body)) => body,
        _ => ApiErrorBody::Undocumented(RawBody::new(content_type, bytes)),
    };
    Error::Api(Box::new(ApiError {
        operation: op.id,
        status,
        body,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPS: &[Operation] = &[Operation {
        id: "partialSettlement",
        client_id: "partial_settlement",
        method: "POST",
        path: "/payments/settlements/partials/{linkData}",
        summary: "",
        request_media_type: Some("application/vnd.worldpay.payments-v7+json"),
        request_body_required: true,
        response_media_type: Some("application/vnd.worldpay.payments-v7+json"),
        success: &[("202", None)],
        errors: &[],
    }];

    fn context() -> Context {
        ClientConfig::new(Environment::Custom("http://127.0.0.1:8080".into()))
            .credentials(Credentials::basic("u", "p"))
            .build(OPS)
            .unwrap()
            .2
    }

    fn request(url: &str) -> reqwest::Request {
        let mut r = reqwest::Request::new(reqwest::Method::POST, url.parse().unwrap());
        r.headers_mut()
            .insert("api-version", HeaderValue::from_static("7"));
        r.headers_mut()
            .insert(ACCEPT, HeaderValue::from_static("application/json"));
        *r.body_mut() = Some(reqwest::Body::from("{\"a\":1}"));
        r
    }

    #[test]
    fn the_hook_sets_documented_media_types_and_credentials() {
        let mut r = request("http://127.0.0.1:8080/payments/settlements/partials/x");
        context().prepare(&mut r, "partial_settlement").unwrap();
        let h = r.headers();
        assert!(h.get("api-version").is_none());
        assert_eq!(h[ACCEPT], "application/vnd.worldpay.payments-v7+json");
        assert_eq!(h[CONTENT_TYPE], "application/vnd.worldpay.payments-v7+json");
        assert!(h[AUTHORIZATION].is_sensitive());
    }

    #[test]
    fn the_hook_refuses_another_origin_before_adding_credentials() {
        for url in [
            "http://127.0.0.1:8081/payments/x",
            "https://127.0.0.1:8080/payments/x",
            "http://evil.example/payments/x",
        ] {
            let mut r = request(url);
            let e = context().prepare(&mut r, "partial_settlement").unwrap_err();
            assert!(e.contains("is not the configured origin"), "{e}");
            assert!(r.headers().get(AUTHORIZATION).is_none(), "{url}");
        }
    }

    #[test]
    fn the_hook_refuses_an_operation_it_does_not_know() {
        let mut r = request("http://127.0.0.1:8080/x");
        assert!(context().prepare(&mut r, "nope").is_err());
    }

    #[test]
    fn plain_http_only_on_loopback() {
        let ok = ClientConfig::new(Environment::Custom("http://127.0.0.1:8080/".into()));
        assert!(ok.build(&[]).is_ok());
        let bad = ClientConfig::new(Environment::Custom("http://example.com".into()));
        assert!(matches!(bad.build(&[]), Err(Error::Config(_))));
        assert_eq!(
            Environment::Try.base_url(),
            "https://try.access.worldpay.com"
        );
    }
}
