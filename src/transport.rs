//! The HTTP side shared by the REST APIs: where requests go, how long they
//! may take, what every request gets on the wire before it leaves, which
//! requests are retried, and what is traced.
//!
//! The generated clients call [`Context`]'s hook on every built request. It
//! sets the media types the API description documents for that operation
//! (the generator rewrote them to `application/json` for progenitor), drops
//! progenitor's `api-version` header, omits an optional body left empty,
//! refuses any origin other than the configured one, and only then adds the
//! credentials.
//!
//! # Retries
//!
//! Only reads (`GET`/`HEAD` operations, including followed links such as
//! `cardPayments:events`) are retried, by the [`RetryPolicy`] of the
//! [`ClientConfig`]. **A payment-creating or money-moving request (every
//! `POST`, `PUT`, `PATCH`, `DELETE`: authorize, settle, refund, cancel,
//! reverse, 3DS, orders) is sent exactly once**: repeating one the server
//! may already have carried out could take or move money twice. When such a
//! request fails, [`Error::outcome`](crate::Error::outcome) says whether it
//! may have taken effect.
//!
//! # Tracing
//!
//! Every request emits [`tracing`] events with target `worldpay::http`.
//! Each event has the fields `operation` (Worldpay's operation id), `method`,
//! `path` (the documented path template, such as `/payments/events/{linkData}`:
//! never a query string, a link's own path or an identifier) and `attempt`
//! (1 for the first try):
//!
//! | level | message | more fields |
//! |---|---|---|
//! | `DEBUG` | `sending request` | |
//! | `DEBUG` | `answer received` | `status`, `elapsed_ms` |
//! | `DEBUG` / `WARN` | `request failed` (`WARN` when the outcome is unknown) | `status` (if an answer arrived), `error` (a short kind such as `timeout`), `delivery`, `outcome`, `elapsed_ms` |
//! | `INFO` | `retrying read` | `backoff_ms` |
//!
//! No event carries headers, bodies, credentials, card data or query
//! strings.

use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue, RETRY_AFTER};

use crate::auth::Credentials;
use crate::error::{
    ApiError, ApiErrorBody, DecodeError, Error, InvalidRequest, Outcome, RawBody, TransportKind,
};
use crate::operation::{self, Operation};
use crate::sensitive::redact_url;

/// The tracing target of every HTTP event.
const TARGET: &str = "worldpay::http";

/// Where requests go.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Environment {
    /// Worldpay's test environment, `https://try.access.worldpay.com`.
    Try,
    /// Worldpay's live environment, `https://access.worldpay.com`.
    Live,
    /// An environment an API's description names (each API module's
    /// generated `environments`, such as `online::environments::LIVE`).
    Named {
        /// Its name in the API's `api.yaml`.
        name: &'static str,
        /// Its base URL.
        url: &'static str,
    },
    /// Any other base URL: a simulator, a proxy. Plain `http` is accepted
    /// only for loopback hosts, so credentials never cross a network in clear.
    Custom(String),
}

impl std::fmt::Debug for Environment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Environment::Try => f.write_str("Try"),
            Environment::Live => f.write_str("Live"),
            Environment::Named { name, .. } => write!(f, "Named({name})"),
            // A URL can carry a user name and password: never shown.
            Environment::Custom(url) => f.debug_tuple("Custom").field(&redact_url(url)).finish(),
        }
    }
}

impl Environment {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        match self {
            Environment::Try => "https://try.access.worldpay.com",
            Environment::Live => "https://access.worldpay.com",
            Environment::Named { url, .. } => url.trim_end_matches('/'),
            Environment::Custom(url) => url.trim_end_matches('/'),
        }
    }
}

/// The default time a whole request may take.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The default time connecting may take.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Which failed requests the client sends again, and when.
///
/// **Only reads are ever retried**: operations whose method is `GET` or
/// `HEAD` (queries, the events of a payment, root resources, followed
/// `GET` links). A payment-creating or money-moving request (every `POST`,
/// `PUT`, `PATCH` and `DELETE`: authorize, recurring, settle, refund,
/// cancel, reverse, 3DS completion, orders) is sent exactly once whatever
/// the policy says, because the server may have carried it out before the
/// failure: sending it again could take or move money twice. Learn its
/// outcome instead (see [`Error::outcome`](crate::Error::outcome)).
///
/// A read is retried after a failure to connect, a timeout, a broken
/// connection or answer, and the statuses `429`, `502`, `503` and `504`,
/// until `max_attempts` attempts were made. Before attempt *n* + 1 the
/// client waits `initial_backoff × multiplierⁿ⁻¹`, at most `max_backoff`,
/// with jitter drawn from its upper half when `jitter` is on. A
/// `Retry-After` header (in seconds) on a `429` or `503` is waited for
/// instead when longer; if it asks for more than `max_retry_after`, the
/// read is not retried and the error is returned.
///
/// The default: 3 attempts, 200 ms initial backoff doubling up to 2 s,
/// jitter on, `Retry-After` honoured up to 10 s.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    multiplier: f64,
    jitter: bool,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(2),
            multiplier: 2.0,
            jitter: true,
            max_retry_after: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// No retries: every request is sent once.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// How many times a read is attempted in all, the first included
    /// (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the first retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest wait between attempts (a longer `Retry-After` aside).
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// What each wait is multiplied by for the next (at least 1).
    pub fn multiplier(mut self, multiplier: f64) -> Self {
        self.multiplier = if multiplier.is_finite() {
            multiplier.max(1.0)
        } else {
            1.0
        };
        self
    }

    /// Whether each wait is drawn at random from its upper half, so that
    /// many clients do not retry in step.
    pub fn jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// The longest `Retry-After` the client waits for; a longer one ends
    /// the retries.
    pub fn max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// The configured number of attempts.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait before attempt `attempt + 1` of a read that failed with
    /// `error`, or `None` when it is not retried.
    fn delay(
        &self,
        op: &Operation,
        attempt: u32,
        error: &Error,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if !op.is_read() || attempt >= self.max_attempts {
            return None;
        }
        let retryable = match error {
            Error::Transport { .. } => true,
            e => matches!(e.status(), Some(429 | 502 | 503 | 504)),
        };
        if !retryable {
            return None;
        }
        let exp = self
            .multiplier
            .powi(i32::try_from(attempt - 1).unwrap_or(i32::MAX));
        let mut wait = self
            .initial_backoff
            .mul_f64(exp.min(1e9))
            .min(self.max_backoff);
        if self.jitter {
            let half = wait / 2;
            wait = half + half.mul_f64(random_fraction());
        }
        match retry_after {
            Some(ra) if ra > self.max_retry_after => None,
            Some(ra) => Some(wait.max(ra)),
            None => Some(wait),
        }
    }
}

/// A number in `[0, 1)`, from the standard library's randomly seeded hasher
/// (enough for jitter; nothing depends on it being unpredictable).
fn random_fraction() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0);
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// How a REST client is set up.
#[derive(Clone, Debug)]
pub struct ClientConfig {
    environment: Environment,
    credentials: Option<Credentials>,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    recovery: crate::recovery::RecoveryPolicy,
    max_response_size: usize,
    https_proxy: Option<String>,
}

/// The default cap on a success answer's body (4 MiB): Worldpay's answers
/// are a few kilobytes.
pub const DEFAULT_MAX_RESPONSE_SIZE: usize = 4 << 20;

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
            retry: RetryPolicy::default(),
            recovery: crate::recovery::RecoveryPolicy::default(),
            max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
            https_proxy: None,
        }
    }

    /// The most bytes a success answer's body may have (default
    /// [`DEFAULT_MAX_RESPONSE_SIZE`]). A larger one (announced by its
    /// `Content-Length`, or found while reading) is not read further and
    /// fails with [`Error::TooLarge`], whose outcome is unknown for a write.
    /// Error bodies are kept up to [`RawBody::MAX_LEN`](crate::error::RawBody::MAX_LEN).
    pub fn max_response_size(mut self, bytes: usize) -> Self {
        self.max_response_size = bytes;
        self
    }

    /// Sends `https` requests through the proxy at `url`, which sees only
    /// a `CONNECT` to Worldpay's host: the request itself, credentials and
    /// card data included, stays inside TLS. Plain-`http` requests (a
    /// simulator on loopback) never go through it.
    ///
    /// Without this setting no proxy is used, whatever `HTTP_PROXY`,
    /// `HTTPS_PROXY` or `ALL_PROXY` say: an environment variable must not be
    /// able to send card data somewhere.
    pub fn https_proxy(mut self, url: impl Into<String>) -> Self {
        self.https_proxy = Some(url.into());
        self
    }

    /// How long a recovery (`recover`, after an answer was lost) keeps
    /// asking before it concludes that Worldpay has no payment under the
    /// reference (default: across Worldpay's documented delay of 15
    /// minutes; see [`RecoveryPolicy`](crate::recovery::RecoveryPolicy)).
    pub fn recovery(mut self, policy: crate::recovery::RecoveryPolicy) -> Self {
        self.recovery = policy;
        self
    }

    /// Which reads are retried, and when (default [`RetryPolicy::default`];
    /// [`RetryPolicy::none`] turns retries off). Payment-creating and
    /// money-moving requests are never retried, whatever the policy.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The configured retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The credentials every request carries.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// The time a whole request may take, from connecting to the last byte
    /// of the answer (default 60 s). Passing it after the request went out
    /// gives [`TransportKind::Timeout`]: the request may have reached
    /// Worldpay.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The time connecting may take (default 10 s). Passing it gives
    /// [`TransportKind::ConnectTimeout`]: nothing was sent.
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
        // reqwest would quietly turn a URL's user name and password into
        // Basic credentials, and every log of the URL would show them.
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Error::Config(format!(
                "base URL `{}`: must not carry a user name or password; \
                 give credentials with ClientConfig::credentials",
                redact_url(&base)
            )));
        }
        if let Some(c) = &self.credentials {
            c.check().map_err(|e| Error::Config(e.to_string()))?;
        }
        install_crypto_provider();
        let mut builder = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .user_agent(self.user_agent.clone())
            // Redirects would carry the request elsewhere; Worldpay does not
            // redirect API calls.
            .redirect(reqwest::redirect::Policy::none())
            // No proxy from the environment: a plain-http request would go
            // to it whole.
            .no_proxy();
        if let Some(proxy) = &self.https_proxy {
            let parsed = reqwest::Url::parse(proxy)
                .map_err(|e| Error::Config(format!("https proxy `{}`: {e}", redact_url(proxy))))?;
            if !matches!(parsed.scheme(), "http" | "https") {
                return Err(Error::Config(format!(
                    "https proxy `{}`: unsupported scheme `{}`",
                    redact_url(proxy),
                    parsed.scheme()
                )));
            }
            // `Proxy::https` applies to https targets only: the proxy sees a
            // CONNECT, never a request.
            builder =
                builder.proxy(reqwest::Proxy::https(parsed).map_err(|e| {
                    Error::Config(format!("https proxy `{}`: {e}", redact_url(proxy)))
                })?);
        }
        let client = builder
            .build()
            .map_err(|e| Error::Config(format!("HTTP client: {e}")))?;
        let context = Context {
            credentials: self.credentials.clone(),
            operations,
            origin: url.origin(),
            max_response_size: self.max_response_size,
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
pub(crate) fn install_crypto_provider() {
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
    max_response_size: usize,
}

impl Context {
    /// A server's text as an error may keep it: the configured credentials
    /// removed, in every form they could be echoed in, then card numbers,
    /// CVC fields and JWT-shaped tokens masked
    /// ([`mask_server_text`](crate::sensitive::mask_server_text)). What a
    /// server repeats of the request never reaches an error's `Display`,
    /// `Debug` or raw body.
    fn scrub(&self, bytes: Vec<u8>) -> Vec<u8> {
        let bytes = match &self.credentials {
            Some(c) => {
                let forms = c.secret_forms();
                let forms: Vec<&str> = forms.iter().map(|f| f.as_str()).collect();
                crate::sensitive::remove_secrets_from_bytes(&bytes, &forms)
            }
            None => bytes,
        };
        crate::sensitive::mask_server_text(&String::from_utf8_lossy(&bytes)).into_bytes()
    }

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
        for (name, value) in op.headers {
            let bad = |e: &dyn std::fmt::Display| format!("{}: fixed header {name}: {e}", op.id);
            let header =
                reqwest::header::HeaderName::from_bytes(name.as_bytes()).map_err(|e| bad(&e))?;
            let value = HeaderValue::from_str(value).map_err(|e| bad(&e))?;
            headers.insert(header, value);
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

/// A failed attempt: the error, and how long the server asked to wait
/// before another (`Retry-After`).
pub(crate) struct Failure {
    error: Error,
    retry_after: Option<Duration>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure {
            error,
            retry_after: None,
        }
    }
}

/// `Retry-After` in seconds (the HTTP-date form is not read).
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

fn transport(op: &'static Operation, e: reqwest::Error, answered: bool) -> Error {
    Error::Transport {
        operation: op.id,
        kind: TransportKind::classify(&e, answered),
        source: e.without_url(),
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Traces a failed attempt: a warning when the outcome is unknown (the
/// request may have been carried out), else at debug level.
fn trace_failure(op: &'static Operation, attempt: u32, error: &Error, elapsed_ms: u64) {
    // A level is part of an event's static metadata: one event per level,
    // the same fields.
    macro_rules! failed {
        ($level:ident) => {
            tracing::$level!(
                target: TARGET,
                operation = op.id,
                method = op.method,
                path = op.path,
                attempt,
                status = error.status(),
                error = error.kind_name(),
                delivery = %error.delivery(),
                outcome = %error.outcome(),
                elapsed_ms,
                "request failed"
            )
        };
    }
    if error.outcome() == Outcome::Unknown {
        failed!(warn);
    } else {
        failed!(debug);
    }
}

/// Makes attempts at operation `op` until one succeeds or `policy` says to
/// stop (a write: after the first), tracing each.
///
/// The answer comes with the number of the attempt it answered and how
/// long that attempt took (milliseconds), for tracing what follows.
async fn run<F, Fut>(
    policy: &RetryPolicy,
    op: &'static Operation,
    mut attempt: F,
) -> Result<(Received, u32, u64), Error>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<Received, Failure>>,
{
    let mut n: u32 = 1;
    loop {
        tracing::debug!(
            target: TARGET,
            operation = op.id,
            method = op.method,
            path = op.path,
            attempt = n,
            "sending request"
        );
        let started = Instant::now();
        let failure = match attempt().await {
            Ok(value) => {
                tracing::debug!(
                    target: TARGET,
                    operation = op.id,
                    method = op.method,
                    path = op.path,
                    attempt = n,
                    status = value.status.as_u16(),
                    elapsed_ms = millis(started.elapsed()),
                    "answer received"
                );
                return Ok((value, n, millis(started.elapsed())));
            }
            Err(f) => f,
        };
        let error = failure.error;
        trace_failure(op, n, &error, millis(started.elapsed()));
        let Some(wait) = policy.delay(op, n, &error, failure.retry_after) else {
            return Err(error);
        };
        tracing::info!(
            target: TARGET,
            operation = op.id,
            method = op.method,
            path = op.path,
            attempt = n,
            backoff_ms = millis(wait),
            "retrying read"
        );
        tokio::time::sleep(wait).await;
        n += 1;
    }
}

/// A success answer as it arrived (its body read whole, within the
/// configured limit), before it is decoded.
pub(crate) struct Received {
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    bytes: Vec<u8>,
}

// Every API but Worldpay Online (which has no links) follows links.
#[allow(dead_code)]
/// Sends a request to `url` (a followed link) as operation `op`, with the
/// same hook and decoding as the generated client: documented success
/// statuses decode as `T`, documented error statuses as the API's error
/// bodies. A read is retried by `policy`; anything else is sent once.
///
/// Only the decoding is generic: sending, retrying and classifying
/// ([`execute_raw`]) are compiled once, in this crate, not once per
/// answer type in the application's.
pub(crate) async fn execute<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    context: &Context,
    policy: &RetryPolicy,
    op: &'static Operation,
    url: reqwest::Url,
    body: Option<Vec<u8>>,
    decode: ErrorDecoder,
) -> Result<progenitor_client::ResponseValue<T>, Error> {
    let (received, attempt, elapsed_ms) =
        execute_raw(http, context, policy, op, url, body, decode).await?;
    decode_answer(context, op, received)
        .inspect_err(|error| trace_failure(op, attempt, error, elapsed_ms))
}

/// [`execute`] up to the decoding of a success answer (with its attempt
/// and that attempt's time, as [`run`] gives them).
async fn execute_raw(
    http: &reqwest::Client,
    context: &Context,
    policy: &RetryPolicy,
    op: &'static Operation,
    url: reqwest::Url,
    body: Option<Vec<u8>>,
    decode: ErrorDecoder,
) -> Result<(Received, u32, u64), Error> {
    run(policy, op, || {
        execute_once(http, context, op, url.clone(), body.clone(), decode)
    })
    .await
}

/// Decodes a success answer of `op` as `T`.
fn decode_answer<T: serde::de::DeserializeOwned>(
    context: &Context,
    op: &'static Operation,
    received: Received,
) -> Result<progenitor_client::ResponseValue<T>, Error> {
    let Received {
        status,
        headers,
        bytes,
    } = received;
    // No body reads as `null`: what an operation without a success body
    // (`()`) decodes from; any other type refuses it.
    let text: &[u8] = if bytes.is_empty() { b"null" } else { &bytes };
    // Different bodies by status: the answer's enum is told the status.
    let value = if op.keyed_success() {
        serde_json::from_slice::<serde_json::Value>(text).and_then(|body| {
            serde_json::from_value::<T>(
                serde_json::json!({ "status": status.as_u16().to_string(), "body": body }),
            )
        })
    } else {
        serde_json::from_slice::<T>(text)
    };
    let value = value.map_err(|e| {
        Error::Decode(
            DecodeError::new(op.id, &e)
                .with_body(RawBody::new(content_type(&headers), context.scrub(bytes))),
        )
    })?;
    Ok(progenitor_client::ResponseValue::new(
        value, status, headers,
    ))
}

#[allow(dead_code)]
async fn execute_once(
    http: &reqwest::Client,
    context: &Context,
    op: &'static Operation,
    url: reqwest::Url,
    body: Option<Vec<u8>>,
    decode: ErrorDecoder,
) -> Result<Received, Failure> {
    let method = reqwest::Method::from_bytes(op.method.as_bytes())
        .map_err(|e| Error::Config(format!("{}: method {}: {e}", op.id, op.method)))?;
    let mut request = reqwest::Request::new(method, url);
    if let Some(body) = body {
        *request.body_mut() = Some(body.into());
    }
    context
        .prepare(&mut request, op.client_id)
        .map_err(Error::Refused)?;
    let response = http
        .execute(request)
        .await
        .map_err(|e| transport(op, e, false))?;
    let status = response.status();
    let headers = response.headers().clone();
    let ct = content_type(&headers);
    let code = status.as_u16().to_string();
    if op.success.iter().any(|(s, _)| *s == code) {
        let limit = context.max_response_size;
        let too_large = |declared| Error::TooLarge {
            operation: op.id,
            status: status.as_u16(),
            limit,
            declared,
        };
        // Announced too large: not read at all.
        if let Some(declared) = response.content_length()
            && declared > limit as u64
        {
            return Err(too_large(Some(declared)).into());
        }
        let bytes = match read_limited(response, limit).await {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return Err(too_large(None).into()),
            Err(e) => return Err(transport(op, e, true).into()),
        };
        return Ok(Received {
            status,
            headers,
            bytes,
        });
    }
    let bytes = read_capped(response)
        .await
        .map_err(|e| transport(op, e, true))?;
    Err(Failure {
        error: status_error(op, status.as_u16(), ct, context.scrub(bytes), decode),
        retry_after: retry_after(&headers),
    })
}

/// Reads a whole body of at most `limit` bytes; `None` when it is longer
/// (reading stops there).
async fn read_limited(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Option<Vec<u8>>, reqwest::Error> {
    let mut out = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if out.len() + chunk.len() > limit {
            return Ok(None);
        }
        out.extend_from_slice(&chunk);
    }
    Ok(Some(out))
}

/// The URL of operation `op` under `base`: its path template with each
/// `{parameter}` segment replaced by its value, percent-encoded as one
/// segment (a `/` in a value cannot reach another path). A parameter
/// missing or empty is an invalid request: nothing is sent.
fn expand_path(
    base: &reqwest::Url,
    op: &'static Operation,
    params: &[(&str, &str)],
) -> Result<reqwest::Url, Error> {
    let mut url = base.clone();
    {
        let mut segments = url
            .path_segments_mut()
            .map_err(|()| Error::Config(format!("{}: the base URL cannot have a path", op.id)))?;
        segments.pop_if_empty();
        for segment in op.path.trim_start_matches('/').split('/') {
            match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => {
                    let value = params
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, v)| *v)
                        .filter(|v| !v.is_empty())
                        .ok_or_else(|| {
                            Error::InvalidRequest(InvalidRequest {
                                operation: Some(op.id),
                                field: name.to_string(),
                                rule: crate::constraint::Rule::Required,
                            })
                        })?;
                    segments.push(value);
                }
                None => {
                    segments.push(segment);
                }
            }
        }
    }
    Ok(url)
}

/// The error for an answer with a status that is not a documented success.
fn status_error(
    op: &'static Operation,
    status: u16,
    content_type: Option<String>,
    bytes: Vec<u8>,
    decode: ErrorDecoder,
) -> Error {
    if op.error_schema(status).is_some() {
        api_error(op, status, content_type, bytes, decode)
    } else {
        Error::UnexpectedStatus {
            operation: op.id,
            status,
            body: RawBody::new(content_type, bytes),
        }
    }
}

/// Reads a body, keeping at most [`RawBody::MAX_LEN`] bytes (the rest is
/// not read).
async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, reqwest::Error> {
    let mut out = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = RawBody::MAX_LEN.saturating_sub(out.len());
        out.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if out.len() >= RawBody::MAX_LEN {
            break;
        }
    }
    Ok(out)
}

/// What the shared client machinery needs to know of one API. Used by
/// generated code.
#[doc(hidden)]
pub struct ApiSpec {
    /// The generated operation table.
    pub operations: &'static [Operation],
    /// Decodes the API's documented error bodies.
    pub decode_error: ErrorDecoder,
}

/// The part of every REST API client that is the same for all of them:
/// request checks, following links, turning answers into results.
// Worldpay Online alone follows no links (`http`, `encode`, `follow`).
#[allow(dead_code)]
#[derive(Clone)]
#[doc(hidden)]
pub struct Core {
    spec: &'static ApiSpec,
    base: reqwest::Url,
    http: reqwest::Client,
    context: Context,
    retry: RetryPolicy,
    recovery: crate::recovery::RecoveryPolicy,
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
    /// Builds the core: the checked base URL, the HTTP client, the request
    /// context, the policies.
    #[doc(hidden)]
    pub fn new(config: &ClientConfig, spec: &'static ApiSpec) -> Result<Self, Error> {
        let (base, http, context) = config.build(spec.operations)?;
        let base_url = reqwest::Url::parse(&format!("{base}/"))
            .map_err(|e| Error::Config(format!("base URL `{}`: {e}", redact_url(&base))))?;
        Ok(Core {
            spec,
            base: base_url,
            http,
            context,
            retry: config.retry.clone(),
            recovery: config.recovery.clone(),
        })
    }

    /// The base URL requests go to, without the trailing slash.
    #[doc(hidden)]
    pub fn base_url(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    /// The operation with Worldpay's id `id`.
    pub(crate) fn operation(&self, id: &str) -> &'static Operation {
        self.spec
            .operations
            .iter()
            .find(|o| o.id == id)
            .expect("the operation table lists every operation of the client")
    }

    /// The configured recovery policy.
    #[doc(hidden)]
    pub fn recovery(&self) -> &crate::recovery::RecoveryPolicy {
        &self.recovery
    }

    /// Converts a request (or its builder) to its type, naming the field
    /// and rule of any violation.
    #[doc(hidden)]
    pub fn check<B, T>(&self, operation: &str, body: B) -> Result<T, Error>
    where
        B: TryInto<T>,
        B::Error: crate::request::IntoRefusal,
    {
        body.try_into().map_err(|e| {
            Error::InvalidRequest(
                crate::request::IntoRefusal::into_refusal(e)
                    .for_operation(Some(self.operation(operation).id)),
            )
        })
    }

    /// Checks and serializes a request body.
    #[doc(hidden)]
    pub fn encode<B, T>(&self, operation: &str, body: B) -> Result<Vec<u8>, Error>
    where
        B: TryInto<T>,
        B::Error: crate::request::IntoRefusal,
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

    /// Sends operation `operation` to its own path (the operation table's
    /// template, each `{parameter}` replaced by its value from `params`,
    /// percent-encoded as one path segment), with `query` and `body`. The
    /// one request path of every operation a client calls directly; links
    /// go through [`follow`](Self::follow), which shares its execution.
    #[doc(hidden)]
    pub async fn call<T: serde::de::DeserializeOwned>(
        &self,
        operation: &str,
        params: &[(&str, &str)],
        query: &[(&str, &str)],
        body: Option<Vec<u8>>,
    ) -> Result<progenitor_client::ResponseValue<T>, Error> {
        let op = self.operation(operation);
        let mut url = expand_path(&self.base, op, params)?;
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        execute(
            &self.http,
            &self.context,
            &self.retry,
            op,
            url,
            body,
            self.spec.decode_error,
        )
        .await
    }

    /// Follows relation `R` of `from`: checks the link (offered, same
    /// origin, no downgrade, the right path for `R`'s operation), then
    /// sends `body` to its `href` exactly.
    #[doc(hidden)]
    pub async fn follow<R, T>(
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
            &self.retry,
            op,
            url,
            body,
            self.spec.decode_error,
        )
        .await
    }
}

/// The generated modules of one REST API (`types`, the link relations, the
/// operation table and the client methods, included from `$dir`, a folder
/// relative to the crate's manifest), its [`ApiSpec`] and its `Client`.
/// `$wrap` turns the API's `ErrorBody` into an
/// [`ApiErrorBody`]. Used through [`rest_api!`] in this crate and
/// [`rest_api_module!`](crate::rest_api_module) in others.
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_api {
    ($dir:literal, $wrap:expr, { $($types:tt)* }, $(#[$client_doc:meta])*) => {
        $($types)*

        #[allow(clippy::all, unused_imports)]
        mod links {
            use super::types;
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $dir, "/links.rs"));
        }

        #[allow(clippy::all)]
        mod operations {
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $dir, "/operations.rs"));
        }

        pub use links::{OFFERED, RELATIONS, rel};
        pub use operations::{ErrorBody, OPERATIONS, SENSITIVE_PATHS, environments};

        fn decode_error(
            schema: &str,
            bytes: &[u8],
        ) -> ::core::option::Option<::core::result::Result<$crate::error::ApiErrorBody, ::serde_json::Error>> {
            ErrorBody::decode(schema, bytes).map(|r| r.map($wrap))
        }

        static SPEC: $crate::transport::ApiSpec = $crate::transport::ApiSpec {
            operations: OPERATIONS,
            decode_error,
        };

        // Every operation, generated: a method each into the one executor.
        #[allow(clippy::all)]
        mod methods {
            include!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $dir, "/methods.rs"));
        }
        pub use methods::options;

        $(#[$client_doc])*
        #[derive(Clone, Debug)]
        pub struct Client {
            core: $crate::transport::Core,
        }

        impl Client {
            /// A client for `config`.
            pub fn new(config: &$crate::transport::ClientConfig) -> ::core::result::Result<Self, $crate::Error> {
                ::core::result::Result::Ok(Self {
                    core: $crate::transport::Core::new(config, &SPEC)?,
                })
            }

            /// The base URL requests go to.
            pub fn base_url(&self) -> &str {
                self.core.base_url()
            }
        }
    };
}

/// One of this crate's REST APIs, from `$dir` (`generated/<module>`);
/// `$types_crate` is its types crate as `worldpay` names the dependency
/// (the API's feature, `card_payments`), `$variant` its [`ApiErrorBody`]
/// variant.
// Unused when no REST API feature is on.
#[allow(unused_macros)]
macro_rules! rest_api {
    ($dir:literal, $types_crate:ident, $variant:ident, $(#[$client_doc:meta])*) => {
        $crate::__rest_api!(
            $dir,
            $crate::error::ApiErrorBody::$variant,
            {
                // The API's types are a crate of their own (`$dir`).
                #[doc(inline)]
                pub use ::$types_crate::types;
            },
            $(#[$client_doc])*
        );
    };
}
#[allow(unused_imports)]
pub(crate) use rest_api;

/// A REST API generated in your crate by `worldpay-codegen` (see its
/// `generate` command), run by this crate's runtime: invoke it in the
/// module the command named, with the folder it wrote (relative to your
/// crate's `Cargo.toml`). Gives the module its `types`, `rel`,
/// `OPERATIONS` and a `Client` with a method per operation; error bodies
/// arrive as [`ApiErrorBody::External`](crate::error::ApiErrorBody::External).
///
/// ```ignore
/// mod my_api {
///     worldpay::rest_api_module!("generated/my_api");
/// }
/// ```
#[macro_export]
macro_rules! rest_api_module {
    ($dir:literal $(, #[$client_doc:meta])* $(,)?) => {
        $crate::__rest_api!(
            $dir,
            $crate::error::ApiErrorBody::external,
            {
                #[doc = concat!("Request and response types, generated (see `", $dir, "/types.rs`).")]
                #[allow(missing_docs, unused_imports, clippy::all, rustdoc::bare_urls)]
                pub mod types {
                    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $dir, "/types.rs"));
                }
            },
            $(#[$client_doc])*
        );
    };
}

/// The answer's media type, `type/subtype` only: the header is the
/// server's text, and what else it carries is not kept.
fn content_type(headers: &reqwest::header::HeaderMap) -> Option<String> {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::sensitive::media_type_only)
}

/// How an API decodes its documented error bodies.
#[doc(hidden)]
pub type ErrorDecoder = fn(&str, &[u8]) -> Option<Result<ApiErrorBody, serde_json::Error>>;

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
        headers: &[],
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
