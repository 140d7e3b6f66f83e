//! An embedded Worldpay simulator: a real HTTP server on a loopback port,
//! for tests and laptops without Worldpay credentials (the way Stripe's
//! SDKs test against stripe-mock).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let sim = worldpay::sim::Simulator::start().await?;
//! let client = worldpay::card_payments::Client::new(&sim.client_config())?;
//! # let _ = client;
//! # Ok(()) }
//! ```
//!
//! It is faithful where a client can tell:
//! - every request is checked like Worldpay does: Basic credentials (401
//!   with an `ErrorResponse` otherwise), the media type (415), the path
//!   (404), and the body against the same schemas `worldpay::validate`
//!   embeds (400 with a `ValidationErrorResponse` naming each bad field by
//!   JSON path);
//! - answers are valid against the published response schemas, and their
//!   `_links` point back at the simulator;
//! - each payment has a lifecycle, with amounts tracked: authorized →
//!   (partially) settled → (partially) refunded; (partial) cancel;
//!   reversal; increase of an estimated authorization; the events query.
//!   An action the payment's state does not offer answers 404
//!   (`resourceNotFound`): its link does not exist in that state. An amount
//!   beyond what remains answers 400 naming `$.value.amount`.
//!
//! Deterministic triggers (see [`card_payments`] for the full list):
//!
//! | request | answer |
//! |---|---|
//! | `cardHolderName: "REFUSED"` | refused, `refusalCode` `5`, `REFUSED` |
//! | card number `4000000000000002` | refused, `refusalCode` `51`, `INSUFFICIENT FUNDS` |
//! | `instruction.value.amount: 5051` | refused, `refusalCode` `51`, `INSUFFICIENT FUNDS` |
//! | `cardHolderName: "ERROR"` | 500 `ErrorResponse` (`internalErrorOccurred`) |
//! | `requestAutoSettlement.enabled: true` | `Sent for Settlement` |
//! | `instruction.value.estimated: true` | the authorization offers `cardPayments:increaseAuthorizedAmount` |
//! | an increase taking the total above 1,000,000 | increase refused, `refusalCode` `51` |
//!
//! The simulator is for tests: it keeps payments in memory, listens on
//! loopback only, and stops when dropped.

pub mod card_payments;
pub(crate) mod clock;
pub mod ips_cloud;
pub mod online;
pub mod payment_queries;
pub mod payments;
pub mod payments_2024;
pub mod verified_payments;
pub mod webhooks;

pub use ips_cloud::{Garbage, IpsFault, ReceivedConnection, ReceivedFrame};
pub use webhooks::{Delivery, WebhookConfig};

fn config_url(c: &WebhookConfig) -> String {
    c.url().to_string()
}

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};

use crate::auth::Credentials;
use crate::transport::{ClientConfig, Environment};

/// The user name the simulator accepts by default.
pub const DEFAULT_USERNAME: &str = "simulator";
/// The password the simulator accepts by default.
pub const DEFAULT_PASSWORD: &str = "simulator-password";
/// The Bearer token the simulator accepts by default (Verified Payments).
pub const DEFAULT_BEARER_TOKEN: &str = "simulator-bearer-token";
/// The service key the simulator accepts by default (Worldpay Online).
pub const DEFAULT_SERVICE_KEY: &str = "T_S_simulator-service-key";
/// The point-of-sale activation code the simulator accepts by default
/// (IPS Cloud registration).
pub const DEFAULT_ACTIVATION_CODE: &str = "AV46HTR3";

/// The largest request body the simulator reads.
const MAX_BODY: usize = 1 << 20;

/// How a simulator is set up.
#[derive(Clone)]
pub struct SimulatorConfig {
    port: u16,
    username: String,
    password: String,
    bearer_token: String,
    service_key: String,
    activation_code: String,
    ips_licence_lifetime: std::time::Duration,
}

impl std::fmt::Debug for SimulatorConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimulatorConfig")
            .field("port", &self.port)
            .field("username", &crate::sensitive::REDACTED)
            .field("password", &crate::sensitive::REDACTED)
            .field("bearer_token", &crate::sensitive::REDACTED)
            .field("service_key", &crate::sensitive::REDACTED)
            .field("activation_code", &crate::sensitive::REDACTED)
            .field("ips_licence_lifetime", &self.ips_licence_lifetime)
            .finish()
    }
}

impl Default for SimulatorConfig {
    fn default() -> Self {
        Self {
            port: 0,
            username: DEFAULT_USERNAME.into(),
            password: DEFAULT_PASSWORD.into(),
            bearer_token: DEFAULT_BEARER_TOKEN.into(),
            service_key: DEFAULT_SERVICE_KEY.into(),
            activation_code: DEFAULT_ACTIVATION_CODE.into(),
            ips_licence_lifetime: ips_cloud::DEFAULT_LICENCE_LIFETIME,
        }
    }
}

impl SimulatorConfig {
    /// The loopback port to listen on (default 0: one the OS chooses).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The Basic credentials the simulator accepts (Card Payments,
    /// Payments).
    pub fn credentials(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
        self.username = username.into();
        self.password = password.into();
        self
    }

    /// The Bearer token the simulator accepts (Verified Payments).
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer_token = token.into();
        self
    }

    /// The service key the simulator accepts (Worldpay Online).
    pub fn service_key(mut self, key: impl Into<String>) -> Self {
        self.service_key = key.into();
        self
    }

    /// The point-of-sale activation code the simulator accepts (IPS Cloud).
    pub fn activation_code(mut self, code: impl Into<String>) -> Self {
        self.activation_code = code.into();
        self
    }

    /// How long the IPS Cloud licence keys the simulator issues last, from
    /// the `timestamp` header of the reply that carries each (default a
    /// year, 365 days: see [`ips_cloud`] for where that comes from). A key
    /// past its lifetime is refused, and can no longer be refreshed: make
    /// it short to test refreshing before expiry.
    pub fn ips_licence_lifetime(mut self, lifetime: std::time::Duration) -> Self {
        self.ips_licence_lifetime = lifetime;
        self
    }
}

/// A running simulator. Stops when dropped.
pub struct Simulator {
    base_url: String,
    config: SimulatorConfig,
    task: tokio::task::JoinHandle<()>,
    /// IPS Cloud's memory, shared with the server (faults are set there).
    ips_cloud: Arc<Mutex<ips_cloud::State>>,
    /// Everything the server holds (run-time settings are set there).
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Simulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Simulator")
            .field("base_url", &self.base_url)
            .finish()
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// What every handler can see.
pub(crate) struct Shared {
    pub(crate) base_url: String,
    basic: String,
    bearer: String,
    /// Worldpay Online's service key, as sent (no scheme).
    service_key: String,
    /// Each API's memory, by its type (see [`Shared::state`]).
    states: Mutex<HashMap<std::any::TypeId, Arc<dyn std::any::Any + Send + Sync>>>,
    ips_cloud: Arc<Mutex<ips_cloud::State>>,
    ips_config: ips_cloud::ServeConfig,
    /// How long a payment stays invisible to the REST recovery query.
    pub(crate) recovery_delay: Mutex<std::time::Duration>,
    /// How long each REST answer is held back once the request is carried
    /// out (to make a client time out after the effect).
    answer_delay: Mutex<std::time::Duration>,
    /// Where state changes are delivered as webhooks.
    pub(crate) outbox: Mutex<webhooks::Outbox>,
}

impl Shared {
    /// The memory of one API's simulator (`S`, its own state type),
    /// created empty on first use.
    pub(crate) fn state<S: Default + Send + 'static>(&self) -> Arc<Mutex<S>> {
        let mut states = self.states.lock().unwrap_or_else(|p| p.into_inner());
        states
            .entry(std::any::TypeId::of::<S>())
            .or_insert_with(|| Arc::new(Mutex::new(S::default())))
            .clone()
            .downcast::<Mutex<S>>()
            .unwrap_or_else(|_| unreachable!("keyed by its own type"))
    }

    /// The state of a fresh simulator answering as `config` says, its links
    /// pointing at `base_url`.
    fn new(config: &SimulatorConfig, base_url: String) -> Shared {
        let basic = {
            use base64::Engine;
            let raw = format!("{}:{}", config.username, config.password);
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(raw)
            )
        };
        Shared {
            base_url,
            basic,
            bearer: format!("Bearer {}", config.bearer_token),
            service_key: config.service_key.clone(),
            states: Mutex::new(HashMap::new()),
            ips_cloud: Arc::new(Mutex::new(ips_cloud::State::default())),
            ips_config: ips_cloud::ServeConfig {
                activation_code: config.activation_code.clone(),
                pacing: std::time::Duration::ZERO,
                licence_lifetime: config.ips_licence_lifetime,
            },
            recovery_delay: Mutex::new(std::time::Duration::ZERO),
            answer_delay: Mutex::new(std::time::Duration::ZERO),
            outbox: Mutex::new(webhooks::Outbox::default()),
        }
    }

    /// Delivers an Access Worldpay event, if a webhook URL is set.
    pub(crate) fn event(&self, kind: &str, details: Value) {
        self.outbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .event(kind, "payment", details);
    }

    /// Delivers a Worldpay Online order notification, if a URL is set.
    pub(crate) fn online_notification(&self, body: Value) {
        self.outbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .online(body);
    }
}

impl Simulator {
    /// Starts a simulator on a loopback port the OS chooses, accepting the
    /// default credentials. Needs a tokio runtime.
    pub async fn start() -> std::io::Result<Simulator> {
        Self::start_with(SimulatorConfig::default()).await
    }

    /// Starts a simulator as `config` says.
    pub async fn start_with(config: SimulatorConfig) -> std::io::Result<Simulator> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port)).await?;
        let addr = listener.local_addr()?;
        let base_url = format!("http://{addr}");
        let shared = Arc::new(Shared::new(&config, base_url.clone()));
        let ips_state = shared.ips_cloud.clone();
        let kept = shared.clone();
        let task = tokio::spawn(async move {
            // Connections live in the set: aborting this task drops it, and
            // with it every open connection.
            let mut connections = tokio::task::JoinSet::new();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let shared = shared.clone();
                connections.spawn(async move {
                    let service = service_fn(move |request| {
                        let shared = shared.clone();
                        async move { Ok::<_, Infallible>(handle(&shared, request).await) }
                    });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        // IPS Cloud's WebSocket upgrades on the same port.
                        .with_upgrades()
                        .await;
                });
                while connections.try_join_next().is_some() {}
            }
        });
        Ok(Simulator {
            base_url,
            config,
            task,
            ips_cloud: ips_state,
            shared: kept,
        })
    }

    /// The base URL, `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The Basic credentials the simulator accepts (Card Payments,
    /// Payments).
    pub fn credentials(&self) -> Credentials {
        Credentials::basic(self.config.username.clone(), self.config.password.clone())
    }

    /// The environment pointing at the simulator.
    pub fn environment(&self) -> Environment {
        Environment::Custom(self.base_url.clone())
    }

    /// A client configuration for the simulator with its Basic credentials
    /// (Card Payments, Payments).
    pub fn client_config(&self) -> ClientConfig {
        ClientConfig::new(self.environment()).credentials(self.credentials())
    }

    /// A client configuration for the simulator with its Bearer token
    /// (Verified Payments).
    pub fn bearer_config(&self) -> ClientConfig {
        ClientConfig::new(self.environment())
            .credentials(Credentials::bearer(self.config.bearer_token.clone()))
    }

    /// An IPS Cloud configuration for the simulator, for paypoint
    /// `paypoint` (no licence key: register first).
    pub fn ips_cloud_config(
        &self,
        paypoint: crate::ips_cloud::PaypointRef,
    ) -> crate::ips_cloud::IpsConfig {
        let ws = self.base_url.replacen("http://", "ws://", 1);
        crate::ips_cloud::IpsConfig::new(crate::ips_cloud::Server::Custom(ws), paypoint)
    }

    /// How long a payment stays invisible to the recovery query of Card
    /// Payments v7 and Payments v6 (`GET
    /// /payments/events?transactionRef=…&entity=…`) after it was taken.
    /// Worldpay's pages warn that events can take up to 15 minutes to
    /// appear there; none by default.
    pub fn set_recovery_delay(&self, delay: std::time::Duration) {
        self.set_recovery_delay_inner(delay)
    }

    /// Holds every REST answer back by `delay` after the request has been
    /// carried out (the payment is taken, the refund sent): a client whose
    /// timeout is shorter sees a timeout whose outcome is unknown, as when
    /// Worldpay's answer is lost, and can then recover the payment. None by
    /// default.
    pub fn set_answer_delay(&self, delay: std::time::Duration) {
        *self
            .shared
            .answer_delay
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = delay;
    }

    /// Delivers every state change of a Card Payments v7 payment
    /// (authorized, refused, sent for settlement, settled, cancelled, sent
    /// for refund, refunded, refund failed, error) from now on as the
    /// Access Worldpay event Worldpay would send, signed, to the
    /// configured URL, retried as [`webhooks`] describes until answered
    /// 200 or given up. Refused (`InvalidInput`) unless the URL is `http`
    /// on loopback.
    pub fn set_webhook(&self, config: WebhookConfig) -> std::io::Result<()> {
        if !webhooks::is_loopback(&config_url(&config)) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the simulator delivers webhooks to loopback only",
            ));
        }
        self.shared
            .outbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .events = Some(config);
        Ok(())
    }

    /// Delivers Worldpay Online's order notifications
    /// (`ORDER_STATE_CHANGE`, unsigned) to `url` (loopback only) from now
    /// on, retried on Worldpay Online's schedule with every wait
    /// multiplied by `time_scale`.
    pub fn set_online_notifications(
        &self,
        url: impl Into<String>,
        time_scale: f64,
    ) -> std::io::Result<()> {
        let url = url.into();
        if !webhooks::is_loopback(&url) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the simulator delivers notifications to loopback only",
            ));
        }
        self.shared
            .outbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .online = Some((url, time_scale.max(0.0)));
        Ok(())
    }

    /// Every delivery attempt of a webhook or notification so far.
    pub fn webhook_deliveries(&self) -> Vec<Delivery> {
        let log = self
            .shared
            .outbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .log
            .clone();
        log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn set_recovery_delay_inner(&self, delay: std::time::Duration) {
        *self
            .shared
            .recovery_delay
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = delay;
    }

    /// Makes IPS Cloud misbehave as `fault` says on every connection opened
    /// to `paypoint` from now on (replacing any fault set before), until
    /// [`Simulator::clear_ips_fault`]. Connections already open keep how
    /// they behave. See [`IpsFault`] for each mode.
    pub fn set_ips_fault(&self, paypoint: &crate::ips_cloud::PaypointRef, fault: IpsFault) {
        let mut state = self.ips_cloud.lock().unwrap_or_else(|p| p.into_inner());
        state.faults.insert(paypoint.as_str().to_string(), fault);
    }

    /// IPS Cloud behaves again on the connections opened to `paypoint`
    /// from now on.
    pub fn clear_ips_fault(&self, paypoint: &crate::ips_cloud::PaypointRef) {
        let mut state = self.ips_cloud.lock().unwrap_or_else(|p| p.into_inner());
        state.faults.remove(paypoint.as_str());
    }

    /// What the last connections (up to 64) opened to `paypoint` received,
    /// oldest first: the subprotocols the WebSocket upgrade offered and every
    /// frame's command and headers (no bodies; licence keys redacted). A
    /// connection still open shows what it received so far.
    pub fn ips_connections(
        &self,
        paypoint: &crate::ips_cloud::PaypointRef,
    ) -> Vec<ReceivedConnection> {
        let state = self.ips_cloud.lock().unwrap_or_else(|p| p.into_inner());
        state.received(paypoint.as_str())
    }

    /// A client configuration for the simulator with its service key
    /// (Worldpay Online).
    pub fn service_key_config(&self) -> ClientConfig {
        ClientConfig::new(self.environment())
            .credentials(Credentials::service_key(self.config.service_key.clone()))
    }
}

/// A request, read whole.
pub(crate) struct SimRequest {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) query: Option<String>,
    pub(crate) content_type: Option<String>,
    pub(crate) accept: Option<String>,
    /// Every header, for the fixed ones an operation requires.
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// An answer: a status and a JSON body.
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) body: Value,
}

impl Reply {
    pub(crate) fn json(status: u16, body: Value) -> Self {
        Self { status, body }
    }

    /// An answer with no body.
    pub(crate) fn empty(status: u16) -> Self {
        Self::json(status, Value::Null)
    }

    /// Worldpay's `ErrorResponse`.
    pub(crate) fn error(status: u16, name: &str, message: &str) -> Self {
        Self::json(status, json!({"errorName": name, "message": message}))
    }

    /// Worldpay's `ValidationErrorResponse`.
    pub(crate) fn validation(errors: Vec<(String, String, String)>) -> Self {
        let items: Vec<Value> = errors
            .into_iter()
            .map(|(name, message, path)| {
                json!({"errorName": name, "message": message, "jsonPath": path})
            })
            .collect();
        Self::json(
            400,
            json!({
                "errorName": "bodyDoesNotMatchSchema",
                "message": "The json body provided does not match the expected schema",
                "validationErrors": items,
            }),
        )
    }
}

/// One REST API the simulator serves: what the generator knows of it
/// (listed in `generated/apis.rs`), and its behaviour (each API's own
/// file, `sim/<module>.rs`).
pub(crate) struct Served {
    /// The API, for its schemas.
    pub(crate) api: crate::validate::Api,
    /// Its operation table: routes, media types, documented statuses.
    pub(crate) operations: &'static [crate::operation::Operation],
    /// How its requests authenticate.
    pub(crate) auth: crate::auth::Scheme,
    /// What it does.
    pub(crate) behaviour: &'static Behaviour,
}

/// What one API's simulator does, written by hand per API.
pub(crate) struct Behaviour {
    /// Its error body.
    pub(crate) error: fn(u16, &str, &str) -> Reply,
    /// Its validation error body: `(errorName, message, jsonPath)` each.
    pub(crate) validation: fn(Vec<(String, String, String)>) -> Reply,
    /// Answers one request routed to it.
    pub(crate) handle: fn(&Shared, &'static Served, &SimRequest) -> Reply,
}

/// The href of relation `relation` (its name after the curie prefix, such
/// as `settle`) with `link_data`: the path of the operation the API's
/// relation table says it leads to, from the generated operation table,
/// under the simulator's base URL. `None` for a relation no operation
/// follows.
pub(crate) fn link_href(
    shared: &Shared,
    relations: &[(&str, Option<&str>)],
    operations: &[crate::operation::Operation],
    relation: &str,
    link_data: &str,
) -> Option<String> {
    let op_id = relations
        .iter()
        .find(|(name, _)| name.rsplit(':').next() == Some(relation))
        .and_then(|(_, op)| *op)?;
    let op = operations.iter().find(|o| o.id == op_id)?;
    let Some(open) = op.path.find('{') else {
        // An operation at a fixed path (a root's links).
        return Some(format!("{}{}", shared.base_url, op.path));
    };
    let close = op.path[open..].find('}')? + open;
    Some(format!(
        "{}{}{link_data}{}",
        shared.base_url,
        &op.path[..open],
        &op.path[close + 1..]
    ))
}

impl Served {
    /// The API a request is for, told apart as Worldpay does: the APIs
    /// whose operation table has the path, and among several (Access
    /// Worldpay's generations share paths) the one whose media type the
    /// request names; when it names none, the first in folder order.
    /// `None` when no API has the path.
    fn of(path: &str, content_type: Option<&str>, accept: Option<&str>) -> Option<&'static Served> {
        let candidates: Vec<&'static Served> = crate::apis::SIMULATED
            .iter()
            .filter(|s| crate::hal::route(s.operations, None, path).is_some())
            .collect();
        let named = |s: &&Served| {
            let media = s.media_type();
            content_type.is_some_and(|c| c.contains(media))
                || accept.is_some_and(|a| a.contains(media))
        };
        candidates
            .iter()
            .copied()
            .find(named)
            .or_else(|| candidates.first().copied())
    }

    /// The media type its bodies are written in.
    pub(crate) fn media_type(&self) -> &'static str {
        self.operations
            .iter()
            .find_map(|o| o.response_media_type.or(o.request_media_type))
            .unwrap_or("application/json")
    }

    fn expected_authorization<'s>(&self, shared: &'s Shared) -> &'s str {
        match self.auth {
            crate::auth::Scheme::Basic => &shared.basic,
            crate::auth::Scheme::Bearer => &shared.bearer,
            crate::auth::Scheme::ServiceKey => &shared.service_key,
            // Not a REST scheme: nothing is accepted.
            crate::auth::Scheme::LicenceKey => "",
        }
    }

    /// Its error answer.
    pub(crate) fn error(&self, status: u16, name: &str, message: &str) -> Reply {
        (self.behaviour.error)(status, name, message)
    }
}

/// Upgrades `/ipc-app/payment/{paypointRef}` to a WebSocket and serves
/// IPS Cloud's STOMP on it: the server picks the highest STOMP subprotocol
/// the client offers (none when it offers none).
fn upgrade_ips_cloud(shared: &Shared, mut request: Request<Incoming>) -> Response<Full<Bytes>> {
    let bad = |status: StatusCode| {
        let mut r = Response::new(Full::new(Bytes::new()));
        *r.status_mut() = status;
        r
    };
    let paypoint = request
        .uri()
        .path()
        .trim_start_matches("/ipc-app/payment/")
        .to_string();
    if crate::ips_cloud::PaypointRef::new(paypoint.clone()).is_err() {
        return bad(StatusCode::NOT_FOUND);
    }
    let Some(key) = request.headers().get("sec-websocket-key").cloned() else {
        return bad(StatusCode::BAD_REQUEST);
    };
    let offered: Vec<String> = request
        .headers()
        .get_all("sec-websocket-protocol")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(',').map(|p| p.trim().to_string()))
        .collect();
    let chosen = ["v12.stomp", "v11.stomp", "v10.stomp"]
        .into_iter()
        .find(|p| offered.iter().any(|o| o == p));
    // The header as sent (every occurrence), to show a test what was offered.
    let raw: Vec<&str> = request
        .headers()
        .get_all("sec-websocket-protocol")
        .iter()
        .map(|v| v.to_str().unwrap_or("<not UTF-8>"))
        .collect();
    let offered_header = (!raw.is_empty()).then(|| raw.join(", "));
    let on_upgrade = hyper::upgrade::on(&mut request);
    let state = shared.ips_cloud.clone();
    let config = shared.ips_config.clone();
    tokio::spawn(async move {
        if let Ok(upgraded) = on_upgrade.await {
            let ws = tokio_tungstenite::WebSocketStream::from_raw_socket(
                TokioIo::new(upgraded),
                tokio_tungstenite::tungstenite::protocol::Role::Server,
                None,
            )
            .await;
            ips_cloud::serve_upgraded(ws, paypoint, offered_header, state, config).await;
        }
    });
    let mut response = bad(StatusCode::SWITCHING_PROTOCOLS);
    let headers = response.headers_mut();
    headers.insert(
        hyper::header::UPGRADE,
        HeaderValue::from_static("websocket"),
    );
    headers.insert(
        hyper::header::CONNECTION,
        HeaderValue::from_static("Upgrade"),
    );
    let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(key.as_bytes());
    if let Ok(v) = HeaderValue::from_str(&accept) {
        headers.insert("sec-websocket-accept", v);
    }
    if let Some(p) = chosen {
        headers.insert("sec-websocket-protocol", HeaderValue::from_static(p));
    }
    response
}

async fn handle(shared: &Shared, request: Request<Incoming>) -> Response<Full<Bytes>> {
    let is_websocket = request
        .headers()
        .get(hyper::header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if is_websocket && request.uri().path().starts_with("/ipc-app/payment/") {
        return upgrade_ips_cloud(shared, request);
    }
    let (parts, body) = request.into_parts();
    // Credentials first: nothing about the API is told to a stranger, and
    // a stranger's body is not read.
    let served = match admit(shared, parts.uri.path(), &parts.headers) {
        Ok(served) => served,
        Err(answer) => return respond(answer),
    };
    let body = Limited::new(body, MAX_BODY)
        .collect()
        .await
        .map(|b| b.to_bytes())
        .ok();
    let answer = answer_rest(
        shared,
        served,
        &parts.method,
        &parts.uri,
        &parts.headers,
        body,
    );
    let delay = *shared
        .answer_delay
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    respond(answer)
}

/// A header's value as text; absent when it is not visible ASCII.
fn header_text(headers: &HeaderMap, name: impl hyper::header::AsHeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// An answer, with the media type its body is written in.
type Answer = (Reply, &'static str);

/// The API a REST request is for, once its credentials are right; the
/// `401` answer otherwise.
fn admit(shared: &Shared, path: &str, headers: &HeaderMap) -> Result<&'static Served, Answer> {
    let Some(served) = Served::of(
        path,
        header_text(headers, CONTENT_TYPE).as_deref(),
        header_text(headers, hyper::header::ACCEPT).as_deref(),
    ) else {
        // No API has this path: a plain 404, in no API's name.
        return Err((Reply::empty(404), "application/json"));
    };
    if header_text(headers, AUTHORIZATION).as_deref() != Some(served.expected_authorization(shared))
    {
        let reply = served.error(
            401,
            "accessDenied",
            "Access to the requested resource has been denied",
        );
        return Err((reply, served.media_type()));
    }
    Ok(served)
}

/// Answers an admitted REST request; `body` is `None` when it was larger
/// than [`MAX_BODY`].
fn answer_rest(
    shared: &Shared,
    served: &'static Served,
    method: &hyper::Method,
    uri: &hyper::Uri,
    headers: &HeaderMap,
    body: Option<Bytes>,
) -> Answer {
    let Some(body) = body else {
        let reply = served.error(400, "bodyIsTooLarge", "The request body is too large");
        return (reply, served.media_type());
    };
    let incoming = SimRequest {
        method: method.as_str().to_string(),
        path: uri.path().to_string(),
        query: uri.query().map(str::to_string),
        content_type: header_text(headers, CONTENT_TYPE),
        accept: header_text(headers, hyper::header::ACCEPT),
        headers: headers.clone(),
        body,
    };
    (
        (served.behaviour.handle)(shared, served, &incoming),
        served.media_type(),
    )
}

/// An answer as it goes on the wire: status, `Content-Type` (none for no
/// body) and body bytes; a `null` body is no body at all.
fn render((reply, media_type): Answer) -> HttpResponse {
    let empty = reply.body.is_null();
    let body = if empty {
        Vec::new()
    } else {
        serde_json::to_vec(&reply.body).unwrap_or_default()
    };
    HttpResponse {
        status: StatusCode::from_u16(reply.status)
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            .as_u16(),
        content_type: (!empty).then_some(media_type),
        body,
    }
}

/// Writes an answer as a hyper response.
fn respond(answer: Answer) -> Response<Full<Bytes>> {
    let rendered = render(answer);
    let mut response = Response::new(Full::new(Bytes::from(rendered.body)));
    *response.status_mut() =
        StatusCode::from_u16(rendered.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Some(media_type) = rendered.content_type {
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(media_type));
    }
    response
}

/// The simulator's REST request handling without a socket: the same checks
/// and handlers a [`Simulator`] runs for each HTTP request, answering one
/// request held in memory. For fuzzing and for tests that need no port.
///
/// Each `Service` has its own state (payments, orders), empty at first.
/// IPS Cloud's WebSocket is not served here: a request that asks to
/// upgrade to it is answered `400`, as no connection can be upgraded.
///
/// ```
/// use worldpay::sim::{HttpRequest, Service, SimulatorConfig};
///
/// let service = Service::new(&SimulatorConfig::default(), "http://sim.test");
/// let answer = service.answer(&HttpRequest {
///     method: "GET".into(),
///     target: "/payments/events/unknown".into(),
///     headers: vec![],
///     body: vec![],
/// });
/// assert_eq!(answer.status, 401); // no credentials
/// ```
pub struct Service {
    shared: Shared,
}

impl std::fmt::Debug for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Service")
            .field("base_url", &self.shared.base_url)
            .finish_non_exhaustive()
    }
}

/// An HTTP request for [`Service::answer`], read whole.
///
/// Its `Debug` shows header names only, and the body's length.
#[derive(Clone, Default)]
pub struct HttpRequest {
    /// The method, e.g. `POST`.
    pub method: String,
    /// The request target: a path with or without a query, e.g.
    /// `/orders?page=2`.
    pub target: String,
    /// The headers in order, names in any case; of a repeated header the
    /// first counts.
    pub headers: Vec<(String, Vec<u8>)>,
    /// The body.
    pub body: Vec<u8>,
}

impl std::fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("target", &self.target)
            .field("headers", &names)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// What [`Service::answer`] answers.
///
/// Its `Debug` shows the body's length, not its bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// The status code.
    pub status: u16,
    /// The `Content-Type`, when there is a body.
    pub content_type: Option<&'static str>,
    /// The body (JSON, or empty).
    pub body: Vec<u8>,
}

impl std::fmt::Debug for HttpResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpResponse")
            .field("status", &self.status)
            .field("content_type", &self.content_type)
            .field("body_len", &self.body.len())
            .finish()
    }
}

impl Service {
    /// A fresh simulator service accepting what `config` says (its port is
    /// not used), its links pointing at `base_url`.
    pub fn new(config: &SimulatorConfig, base_url: impl Into<String>) -> Service {
        Service {
            shared: Shared::new(config, base_url.into()),
        }
    }

    /// Answers one request as the HTTP server would. What the HTTP server
    /// refuses before the simulator sees it (a method, target, header name
    /// or value that cannot be on the wire) is answered `400` with no body.
    pub fn answer(&self, request: &HttpRequest) -> HttpResponse {
        let bad_request = HttpResponse {
            status: 400,
            content_type: None,
            body: Vec::new(),
        };
        let Ok(method) = hyper::Method::from_bytes(request.method.as_bytes()) else {
            return bad_request;
        };
        let Ok(uri) = request.target.parse::<hyper::Uri>() else {
            return bad_request;
        };
        if !request.target.starts_with('/') {
            return bad_request; // not origin-form
        }
        let mut headers = HeaderMap::new();
        for (name, value) in &request.headers {
            let (Ok(name), Ok(value)) = (
                hyper::header::HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_bytes(value),
            ) else {
                return bad_request;
            };
            headers.append(name, value);
        }
        let is_websocket = headers
            .get(hyper::header::UPGRADE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
        if is_websocket && uri.path().starts_with("/ipc-app/payment/") {
            return bad_request;
        }
        let served = match admit(&self.shared, uri.path(), &headers) {
            Ok(served) => served,
            Err(answer) => return render(answer),
        };
        let body = (request.body.len() <= MAX_BODY).then(|| Bytes::from(request.body.clone()));
        render(answer_rest(
            &self.shared,
            served,
            &method,
            &uri,
            &headers,
            body,
        ))
    }
}

/// `/a/b/0/c` → `$.a.b[0].c`, as Worldpay writes `jsonPath`.
pub(crate) fn json_path(pointer: &str) -> String {
    let mut out = String::from("$");
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        if token.chars().all(|c| c.is_ascii_digit()) && !token.is_empty() {
            out.push_str(&format!("[{token}]"));
        } else {
            out.push('.');
            out.push_str(&token);
        }
    }
    out
}

/// How an API's requests are checked before its handler sees them.
impl Served {
    /// Routes a request and checks its media type and body: the operation,
    /// its path parameters and the parsed body, or the error answer.
    pub(crate) fn prepare<'r>(
        &self,
        request: &'r SimRequest,
    ) -> Result<(&'static crate::operation::Operation, Vec<&'r str>, Value), Reply> {
        let not_found = || {
            self.error(
                404,
                "resourceNotFound",
                "The requested resource was not found",
            )
        };
        let (op, params) = crate::hal::route(self.operations, Some(&request.method), &request.path)
            .ok_or_else(not_found)?;
        // A fixed header the operation requires (`WP-Api-Version`), with
        // its one value: the API's header error otherwise (its documented
        // 406, else 400), naming the header.
        for (name, value) in op.headers {
            if header_text(&request.headers, *name).as_deref() != Some(*value) {
                let status = if op.documents(406) { 406 } else { 400 };
                let mut reply = self.error(
                    status,
                    "headerHasInvalidValue",
                    &format!("The {name} header must be {value}"),
                );
                if let Some(body) = reply.body.as_object_mut() {
                    body.insert("headerName".into(), Value::String((*name).to_string()));
                }
                return Err(reply);
            }
        }
        // A request naming another version of the API is not for this one.
        if let Some(accept) = &request.accept {
            let family = self
                .media_type()
                .split("-v")
                .next()
                .unwrap_or(self.media_type());
            if family.contains("vnd.")
                && accept.contains(family)
                && !accept.contains(self.media_type())
            {
                return Err(self.error(
                    415,
                    "headerHasInvalidValue",
                    "The Accept header names another version of the API",
                ));
            }
        }
        let body = if request.body.iter().all(u8::is_ascii_whitespace) {
            None
        } else {
            let essence = request.content_type.as_deref().map(|c| {
                c.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            });
            if essence.as_deref() != Some(self.media_type()) {
                return Err(self.error(
                    415,
                    "headerHasInvalidValue",
                    &format!("The Content-Type header must be {}", self.media_type()),
                ));
            }
            Some(
                serde_json::from_slice::<Value>(&request.body)
                    .map_err(|_| self.error(400, "bodyIsNotJson", "The body is not valid JSON"))?,
            )
        };
        // Every Worldpay request body is a JSON object, even where the
        // published schema gives it no type (and so would accept `null`):
        // refused where the operation documents a 400 (elsewhere it is
        // ignored, as a body its schema does not describe).
        if op.documents(400) && body.as_ref().is_some_and(|b| !b.is_object()) {
            return Err((self.behaviour.validation)(vec![(
                "bodyDoesNotMatchSchema".into(),
                "The body must be a JSON object".into(),
                "$".into(),
            )]));
        }
        if op.request_media_type.is_some() {
            match &body {
                Some(b) => self.validate(op.id, b)?,
                None if op.request_body_required => {
                    return Err(self.error(400, "bodyIsEmpty", "The request body is required"));
                }
                None => {}
            }
        }
        Ok((op, params, body.unwrap_or(Value::Null)))
    }

    /// Checks `body` against the request schema of `operation`; the API's
    /// validation errors, one per violation.
    fn validate(&self, operation: &str, body: &Value) -> Result<(), Reply> {
        let Ok(schema) = crate::validate::Schema::request(self.api, operation) else {
            return Ok(());
        };
        match schema.validate(body) {
            Ok(()) => Ok(()),
            Err(violations) => Err((self.behaviour.validation)(
                violations
                    .into_iter()
                    .map(|v| {
                        // "\"x\" is a required property": the field is named in
                        // the message, the pointer is its parent's.
                        let missing = v
                            .message
                            .strip_prefix('"')
                            .and_then(|m| m.split_once("\" is a required property"))
                            .map(|(name, _)| name.to_string());
                        match missing {
                            Some(name) => (
                                "fieldIsMissing".to_string(),
                                format!("{name} is missing"),
                                format!("{}.{name}", json_path(&v.pointer)),
                            ),
                            None => (
                                "fieldHasInvalidValue".to_string(),
                                v.message,
                                json_path(&v.pointer),
                            ),
                        }
                    })
                    .collect(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_paths_read_like_worldpays() {
        assert_eq!(json_path(""), "$");
        assert_eq!(
            json_path("/instruction/value/currency"),
            "$.instruction.value.currency"
        );
        assert_eq!(json_path("/riskFactors/0/risk"), "$.riskFactors[0].risk");
    }
}
