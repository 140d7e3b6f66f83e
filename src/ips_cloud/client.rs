//! The IPS Cloud client: one method per operation, each on its own
//! WebSocket, as the API requires.
//!
//! Most methods are generated (`generated/ips_cloud/methods.rs`, from the
//! channel table): [`Client::settle`], [`Client::cancel`],
//! [`Client::query_result`], [`Client::query_receipt`],
//! [`Client::batch_report`], [`Client::restart_device`],
//! [`Client::device_status`] and [`Client::service_status`] are each one
//! call into the executor here (`exchange_typed`, or `subscribe_typed` for
//! a destination asked by subscribing), which runs any operation by its
//! row of the table. This file holds what no description says: the
//! session rules below, registration and refresh ([`Client::register`],
//! [`Client::refresh_registration`]: the licence key and its term), the
//! payment flow ([`Client::start_payment`], [`PaymentFlow`]), and the
//! quiet-period rule of a query whose description names no terminal
//! message ([`IpsConfig::receipt_quiet_period`]).
//!
//! Every operation gets a fresh `x-wp-correlation-id` (a UUID, on each of
//! its SUBSCRIBE and SEND frames), every frame a fresh `x-wp-message-id`
//! (a UUID: the description says it is for de-duplication, and the one
//! client proven against IPS Cloud makes a new one for every frame it
//! sends), and each carries the configured `x-wp-publisher-id`; a reply
//! whose correlation id is not the request's is an error, never taken as
//! the answer. An operation subscribes to its reply destinations (the error
//! destination included) before it sends, and ends on its terminal message.
//!
//! A payment is a [`PaymentFlow`]: a stream of typed [`PaymentEvent`]s
//! (notifications, action requests, receipts, the result, complete) that
//! ends on the complete message. An action request is answered through
//! the flow ([`PaymentFlow::respond`]), a check-card payment can be
//! aborted ([`PaymentFlow::abort`]). If the connection drops before the
//! payment completes, the flow ends with [`IpsError::OutcomeUnknown`]: the
//! card may or may not have been charged, and [`Client::query_result`]
//! tells which. The flow never hangs (each message is awaited at most
//! [`IpsConfig::reply_timeout`]; heart-beats, when enabled, detect a dead
//! server sooner) and never guesses.
//!
//! # Faults
//!
//! Every wait is bounded: connecting and the STOMP handshake by
//! [`SessionConfig::connect_timeout`], each reply by
//! [`IpsConfig::reply_timeout`], an operation other than a payment by
//! [`IpsConfig::operation_timeout`], and a silent server by the negotiated
//! heart-beats ([`SessionConfig::heart_beat`]; off by default, see there
//! why). What a fault becomes
//! depends on whether the request was sent:
//!
//! | fault | before the request was sent | after (not a payment) | after a payment was started |
//! |---|---|---|---|
//! | connection dropped or closed | [`IpsError::Session`]: not sent, safe to retry | [`IpsError::NoAnswer`] | [`IpsError::OutcomeUnknown`] |
//! | server silent beyond its heart-beat | [`IpsError::Session`] | [`IpsError::NoAnswer`] (source [`SessionError::PeerSilent`]) | [`IpsError::OutcomeUnknown`] (same source) |
//! | bytes that are not STOMP | [`IpsError::Session`] | [`IpsError::NoAnswer`] (source [`SessionError::Codec`] naming what is wrong) | [`IpsError::OutcomeUnknown`] (same source) |
//! | a STOMP ERROR frame | [`IpsError::Session`] | [`IpsError::NoAnswer`] (source [`SessionError::Stomp`] with the server's message) | [`IpsError::OutcomeUnknown`] (same source): the server may have accepted the payment before it failed |
//! | no reply within [`IpsConfig::reply_timeout`] | | [`IpsError::Timeout`] | [`IpsError::OutcomeUnknown`] (source [`SessionError::Timeout`]) |
//! | a reply with another correlation id | | [`IpsError::CorrelationMismatch`] | skipped (never taken as the payment's), the flow goes on |
//! | an Error message (`/client/v1/error`) | | [`IpsError::Server`], after DISCONNECT | [`IpsError::Server`], after DISCONNECT; the flow has ended |
//!
//! The client ends with DISCONNECT every session that still works when it
//! is done with it. An operation: after the terminal message, after an
//! Error message (the description says the client must then disconnect),
//! after a reply with another correlation id or one that does not decode,
//! and (from a task of its own, not waited for) after a reply timeout. A
//! payment flow: after the complete message or an Error message, after a
//! reply timeout (from a task of its own), on [`PaymentFlow::close`] and
//! when dropped. A session that failed is simply dropped.
//!
//! A payment's correlation-id mismatch is skipped rather than fatal because
//! ending the flow would leave a payment that may still complete with no
//! outcome; a query can simply be asked again. The server's text (ERROR
//! frames, Error messages) is scrubbed before it is kept: the licence key,
//! the registration's activation code and card-number-like digits are
//! replaced.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::channels::{ServerMessage, destination};
use super::session::{Session, SessionConfig, SessionError};
use super::types;
use crate::constraint::{InvalidValue, Rule};
use crate::sensitive::SecretText;

/// Where IPS Cloud runs.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Server {
    /// Worldpay's test server, `wss://ws.muat.worldpaypp.com:443`.
    Muat,
    /// Worldpay's production server, `wss://ipscloud.worldpay.com:443`.
    Production,
    /// Any other WebSocket base URL (`ws://127.0.0.1:8080` for the
    /// simulator). Plain `ws://` is refused off loopback, before
    /// connecting: the licence key would travel in clear. A user name or
    /// password in the URL is refused too.
    Custom(String),
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Server::Muat => f.write_str("Muat"),
            Server::Production => f.write_str("Production"),
            Server::Custom(url) => f
                .debug_tuple("Custom")
                .field(&crate::sensitive::redact_url(url))
                .finish(),
        }
    }
}

impl Server {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        match self {
            Server::Muat => "wss://ws.muat.worldpaypp.com:443",
            Server::Production => "wss://ipscloud.worldpay.com:443",
            Server::Custom(url) => url.trim_end_matches('/'),
        }
    }
}

/// A paypoint reference: 1 to 20 of `[A-Za-z0-9_-]` (the server variable
/// of the description).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PaypointRef(String);

impl PaypointRef {
    /// Checks `value`.
    pub fn new(value: impl Into<String>) -> Result<Self, InvalidValue> {
        let value = value.into();
        let ok_len = (1..=20).contains(&value.chars().count());
        let ok_chars = value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !ok_len {
            let rule = if value.is_empty() {
                Rule::MinLength(1)
            } else {
                Rule::MaxLength(20)
            };
            return Err(InvalidValue {
                schema: "paypointRef",
                rule,
            });
        }
        if !ok_chars {
            return Err(InvalidValue {
                schema: "paypointRef",
                rule: Rule::Pattern("^[A-Za-z0-9_-]{1,20}$".into()),
            });
        }
        Ok(Self(value))
    }

    /// The reference.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A point-of-sale licence key (a JWT the registration returns): a secret,
/// sent as `x-wp-authorization` on CONNECT. `Debug` prints `<redacted>`
/// for the key, and its [`LicenceTerm`] (not secret) when known.
///
/// A key from [`Client::register`] or [`Client::refresh_registration`]
/// carries its term: when it was issued (the `timestamp` header of the
/// reply that carried it) and when it expires. Store the term with the
/// key ([`LicenceTerm::issued_at`]) and restore both with
/// [`LicenceKey::with_term`], to refresh the registration before the key
/// expires.
#[derive(Clone, PartialEq, Eq)]
pub struct LicenceKey {
    key: SecretText,
    term: Term,
}

/// What is known of a key's term.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Term {
    /// Nothing (a key made with [`LicenceKey::new`]).
    Unknown,
    Known(LicenceTerm),
    /// The reply that issued the key had no usable `timestamp` header.
    Invalid(InvalidValue),
}

impl LicenceKey {
    /// Wraps a key (read from your secret store); its term is unknown until
    /// [`LicenceKey::with_term`].
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: SecretText::new(key.into()),
            term: Term::Unknown,
        }
    }

    /// The same key with `term` (as stored beside it).
    pub fn with_term(mut self, term: LicenceTerm) -> Self {
        self.term = Term::Known(term);
        self
    }

    /// When the key was issued and when it expires, when known: from the
    /// reply that issued it, or as given to [`LicenceKey::with_term`].
    pub fn term(&self) -> Option<LicenceTerm> {
        match &self.term {
            Term::Known(term) => Some(*term),
            _ => None,
        }
    }

    /// Why the reply that issued this key gave it no term: its `timestamp`
    /// header was missing ([`Rule::Required`]) or not Unix epoch
    /// milliseconds ([`Rule::Pattern`]). The key itself is good: it is
    /// kept, never dropped for a header about it.
    pub fn term_error(&self) -> Option<&InvalidValue> {
        match &self.term {
            Term::Invalid(e) => Some(e),
            _ => None,
        }
    }

    /// The key itself. Named so that every read stands out in review.
    pub fn expose_secret(&self) -> &str {
        self.key.expose_secret()
    }

    /// The key issued by a reply whose `timestamp` header is `timestamp`.
    fn issued(key: &str, timestamp: Option<&str>, lifetime: Duration) -> Self {
        let key = Self::new(key);
        match LicenceTerm::from_timestamp(timestamp, lifetime) {
            Ok(term) => key.with_term(term),
            Err(e) => {
                tracing::warn!(
                    target: super::session::TARGET,
                    error = %e,
                    "the reply that issued the licence key has no usable timestamp: its expiry is unknown"
                );
                Self {
                    term: Term::Invalid(e),
                    ..key
                }
            }
        }
    }
}

impl std::fmt::Debug for LicenceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("LicenceKey");
        d.field("key", &crate::sensitive::REDACTED);
        match &self.term {
            Term::Unknown => d.field("term", &"unknown"),
            Term::Known(term) => d.field("term", term),
            Term::Invalid(e) => d.field("term_error", e),
        };
        d.finish()
    }
}

/// When a licence key was issued and when it expires.
///
/// IPS Cloud licence keys last a year. That is what the material on IPS
/// Cloud states, and where it comes from: the one public client proven
/// against the real service reads the `timestamp` header of the
/// registration (or refresh) reply as Unix epoch milliseconds and treats
/// the key it carries as valid for a year from then (its sample key's
/// `exp` claim agrees). Worldpay's description itself states no lifetime.
/// This crate takes the year as 365 days
/// ([`LicenceTerm::DEFAULT_LIFETIME`], configurable with
/// [`IpsConfig::licence_lifetime`]): never later than a calendar year, so
/// a refresh before [`LicenceTerm::expires_at`] is never too late.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LicenceTerm {
    issued_at: SystemTime,
    expires_at: SystemTime,
}

impl LicenceTerm {
    /// How long a licence key lasts unless configured otherwise: a year,
    /// taken as 365 days.
    pub const DEFAULT_LIFETIME: Duration = Duration::from_secs(365 * 24 * 60 * 60);

    /// The term of a key issued at `issued_at` that lasts `lifetime`.
    /// Refused (never a panic) when the expiry is beyond what this system's
    /// clock can represent.
    pub fn new(issued_at: SystemTime, lifetime: Duration) -> Result<Self, InvalidValue> {
        let expires_at = issued_at.checked_add(lifetime).ok_or(InvalidValue {
            schema: "timestamp",
            rule: Rule::Other("must be a time whose expiry this system can represent".into()),
        })?;
        Ok(Self {
            issued_at,
            expires_at,
        })
    }

    /// The term of a key issued by a reply whose `timestamp` header is
    /// `timestamp` (Unix epoch milliseconds: 1 to 19 ASCII digits).
    pub fn from_timestamp(
        timestamp: Option<&str>,
        lifetime: Duration,
    ) -> Result<Self, InvalidValue> {
        const PATTERN: &str = "^[0-9]{1,19}$";
        let invalid = |rule| InvalidValue {
            schema: "timestamp",
            rule,
        };
        let text = timestamp.ok_or(invalid(Rule::Required))?;
        let digits = (1..=19).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
        let millis = text
            .parse::<u64>()
            .ok()
            .filter(|_| digits)
            .ok_or(invalid(Rule::Pattern(PATTERN.into())))?;
        let issued_at = UNIX_EPOCH
            .checked_add(Duration::from_millis(millis))
            .ok_or(invalid(Rule::Other(
                "must be a time this system can represent".into(),
            )))?;
        Self::new(issued_at, lifetime)
    }

    /// When the key was issued.
    pub fn issued_at(&self) -> SystemTime {
        self.issued_at
    }

    /// When the key expires: IPS Cloud refuses it from then on, and it can
    /// no longer be refreshed.
    pub fn expires_at(&self) -> SystemTime {
        self.expires_at
    }

    /// Whether the key has expired at `now`.
    pub fn is_expired_at(&self, now: SystemTime) -> bool {
        now >= self.expires_at
    }

    /// How long the key lasts from `now` (zero once expired).
    pub fn remaining_at(&self, now: SystemTime) -> Duration {
        self.expires_at.duration_since(now).unwrap_or_default()
    }
}

/// How a client is set up.
#[derive(Clone, Debug)]
pub struct IpsConfig {
    /// The server.
    pub server: Server,
    /// The paypoint all operations address.
    pub paypoint: PaypointRef,
    /// The licence key, for every operation but registration.
    pub licence_key: Option<LicenceKey>,
    /// `x-wp-publisher-id`: this point of sale's id (a UUID or its MAC
    /// address), 1 to 256 characters.
    pub publisher_id: String,
    /// WebSocket and STOMP settings.
    pub session: SessionConfig,
    /// The longest an operation other than a payment may take, and the
    /// longest writing a payment's subscriptions and start request may take.
    pub operation_timeout: Duration,
    /// A receipt query ends when no receipt came for this long (the
    /// description names no terminal message for it). The same rule ends
    /// any operation whose only terminal destination is the error
    /// destination; the receipt query is the one such today. Default 2
    /// seconds, this crate's choice: the description gives no period.
    pub receipt_quiet_period: Duration,
    /// The longest the client waits for each message from IPS Cloud once
    /// a request was sent: every reply of an operation, and every event of
    /// a payment ([`PaymentFlow::next_event`]). Default 3 minutes, longer
    /// than a terminal waits for a card or a PIN. Beyond it an operation
    /// fails with [`IpsError::Timeout`] and a payment with
    /// [`IpsError::OutcomeUnknown`].
    pub reply_timeout: Duration,
    /// Whether `/client/v1/error` is subscribed to before the operation's
    /// other reply destinations (default `true`: the client proven against
    /// IPS Cloud does, so an error about any later frame has somewhere to
    /// go); `false` keeps the channel table's order, error last.
    pub error_destination_first: bool,
    /// How long a licence key lasts from the `timestamp` of the reply that
    /// issued it, for [`LicenceKey::term`] (default
    /// [`LicenceTerm::DEFAULT_LIFETIME`], a year; see [`LicenceTerm`] for
    /// where that comes from).
    pub licence_lifetime: Duration,
}

impl IpsConfig {
    /// A configuration for `server` and `paypoint`, without a licence key.
    pub fn new(server: Server, paypoint: PaypointRef) -> Self {
        Self {
            server,
            paypoint,
            licence_key: None,
            publisher_id: uuid::Uuid::new_v4().to_string(),
            session: SessionConfig::default(),
            operation_timeout: Duration::from_secs(60),
            receipt_quiet_period: Duration::from_secs(2),
            reply_timeout: Duration::from_secs(180),
            error_destination_first: true,
            licence_lifetime: LicenceTerm::DEFAULT_LIFETIME,
        }
    }

    /// The licence key operations authenticate with.
    pub fn licence_key(mut self, key: LicenceKey) -> Self {
        self.licence_key = Some(key);
        self
    }
}

/// Why an IPS Cloud operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IpsError {
    /// The request breaks its schema; nothing was sent.
    #[error(transparent)]
    InvalidRequest(#[from] crate::error::InvalidRequest),
    /// The operation needs a licence key and the configuration has none.
    #[error("{0} needs a licence key: register the point of sale first")]
    NoLicenceKey(&'static str),
    /// The WebSocket or STOMP session failed before the request was sent:
    /// the request did not reach IPS Cloud, and trying again is safe.
    #[error("{operation}: {source}; the request was not sent (safe to retry)")]
    Session {
        /// The operation id.
        operation: &'static str,
        /// What failed.
        #[source]
        source: SessionError,
    },
    /// IPS Cloud answered on `/client/v1/error`.
    #[error("{operation}: IPS Cloud error {code}: {message}")]
    Server {
        /// The operation id.
        operation: &'static str,
        /// The error's `code`.
        code: String,
        /// The error's `message`, card numbers, CVCs and licence keys masked.
        message: String,
    },
    /// The connection ended after a payment was started and before it
    /// completed: the card may or may not have been charged. Recover with
    /// [`Client::query_result`] for this merchant transaction reference.
    #[error(
        "payment {merchant_transaction_reference}: the connection ended before the payment completed, \
         so its outcome is unknown; query the last result (query_result) to learn it ({source})"
    )]
    OutcomeUnknown {
        /// The payment's merchant transaction reference.
        merchant_transaction_reference: String,
        /// What ended the connection.
        #[source]
        source: SessionError,
    },
    /// The session failed after a request was sent and before its answer
    /// (connection lost, silent server, invalid STOMP, ERROR frame): the
    /// request may have been carried out. A settle or cancel may or may
    /// not have happened: [`Client::query_result`] tells.
    #[error(
        "{operation}: the session failed after the request was sent, before the answer ({source})"
    )]
    NoAnswer {
        /// The operation id.
        operation: &'static str,
        /// What ended the connection.
        #[source]
        source: SessionError,
    },
    /// A reply carried another request's correlation id.
    #[error("{operation}: a reply on {destination} carried another request's correlation id")]
    CorrelationMismatch {
        /// The operation id.
        operation: &'static str,
        /// The reply's destination.
        destination: String,
    },
    /// A reply does not decode as its message type.
    #[error("{operation}: the message on {destination} does not match its schema: {message}")]
    Decode {
        /// The operation id.
        operation: &'static str,
        /// The destination.
        destination: String,
        /// What did not match (no value from the message quoted).
        message: String,
    },
    /// The answer did not come in time ([`IpsConfig::reply_timeout`] or
    /// [`IpsConfig::operation_timeout`]); the request may have been
    /// carried out.
    #[error("{0}: no answer in time")]
    Timeout(&'static str),
    /// The answer was not the message the operation documents.
    #[error("{operation}: expected {expected}, IPS Cloud sent {got}")]
    Unexpected {
        /// The operation id.
        operation: &'static str,
        /// The expected message.
        expected: &'static str,
        /// The message received.
        got: &'static str,
    },
}

impl IpsError {
    /// Whether the request reached IPS Cloud, as [`crate::Error::delivery`]
    /// says it for REST: not sent (refused before sending, or the session
    /// failed first), received (IPS Cloud answered, even with an error), or
    /// unknown (the session ended or went quiet after sending).
    pub fn delivery(&self) -> crate::error::Delivery {
        use crate::error::Delivery;
        match self {
            IpsError::InvalidRequest(_) | IpsError::NoLicenceKey(_) | IpsError::Session { .. } => {
                Delivery::NotSent
            }
            IpsError::Server { .. }
            | IpsError::Decode { .. }
            | IpsError::Unexpected { .. }
            | IpsError::CorrelationMismatch { .. } => Delivery::Received,
            IpsError::OutcomeUnknown { .. } | IpsError::NoAnswer { .. } | IpsError::Timeout(_) => {
                Delivery::Unknown
            }
        }
    }

    /// Whether the request may have taken effect: only what was never sent
    /// certainly had none. Anything else may have (an Error message can
    /// follow an authorisation): learn it with [`Client::query_result`]
    /// before taking the payment again. For a query the unknown outcome is
    /// harmless, as a query changes nothing.
    pub fn outcome(&self) -> crate::error::Outcome {
        match self.delivery() {
            crate::error::Delivery::NotSent => crate::error::Outcome::NotApplied,
            _ => crate::error::Outcome::Unknown,
        }
    }
}

/// One event of a payment, as it arrives.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum PaymentEvent {
    /// Real-time status text (`/client/v1/payment/notification`).
    Notification(types::PaymentNotification),
    /// An action to take and answer with [`PaymentFlow::respond`]
    /// (`/client/v1/payment/action`).
    ActionRequest(types::PaymentActionRequest),
    /// A merchant or customer receipt (`/client/v1/payment/receipt`).
    Receipt(types::PaymentReceipt),
    /// The payment's result (`/client/v1/payment/result`).
    Result(types::PaymentResult),
    /// The payment is complete (`/client/v1/payment/complete`); the flow
    /// ends after it.
    Complete(types::PaymentComplete),
    /// A message on a destination this crate does not know, kept whole.
    Other(ServerMessage),
}

/// A payment in progress, on its own WebSocket.
///
/// It ends by itself on the complete message (or an Error message, or a
/// failure), with DISCONNECT. To end it earlier, [`PaymentFlow::close`]
/// sends DISCONNECT and waits for it; dropping the flow does the same
/// from a task of its own (best effort: without a tokio runtime the socket
/// is only dropped, and `Drop` never blocks). Ending a payment before its
/// complete message leaves its outcome unknown: ask
/// [`Client::query_result`].
#[derive(Debug)]
pub struct PaymentFlow {
    session: Option<Session>,
    correlation_id: String,
    publisher_id: String,
    reference: String,
    disconnect_timeout: Duration,
    reply_timeout: Duration,
    /// Scrubbed from what the server says.
    licence_key: Option<LicenceKey>,
    /// How the flow ended, once `session` is gone.
    ended: Ended,
}

/// How a payment flow ended.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Ended {
    /// It has not: the session is open.
    No,
    /// The complete message came.
    Complete,
    /// With [`IpsError::OutcomeUnknown`].
    OutcomeUnknown,
    /// With an Error message (its code and scrubbed message).
    Server { code: String, message: String },
}

/// Ends `session` without waiting for it: DISCONNECT from a task of its own
/// (best effort; without a tokio runtime the socket is simply dropped).
fn disconnect_in_background(session: Session, timeout: Duration) {
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        runtime.spawn(async move {
            let _ = session.disconnect(timeout).await;
        });
    }
}

/// The STOMP headers of one frame of a request: its correlation id, a new
/// message id (one per frame, never shared), the publisher id.
fn request_headers(correlation_id: &str, publisher_id: &str) -> [(String, String); 3] {
    [
        ("x-wp-correlation-id".into(), correlation_id.into()),
        ("x-wp-message-id".into(), uuid::Uuid::new_v4().to_string()),
        ("x-wp-publisher-id".into(), publisher_id.into()),
    ]
}

fn as_pairs(headers: &[(String, String)]) -> Vec<(&str, &str)> {
    headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// `source` with what the server said (an ERROR frame's message and body)
/// cleared of `secrets` and of card-number-like digits.
fn scrub(source: SessionError, secrets: &[&str]) -> SessionError {
    let clean = |text: &str| scrub_text(text, secrets);
    match source {
        SessionError::Stomp(mut e) => {
            e.message = e.message.as_deref().map(clean);
            e.body = clean(&e.body);
            SessionError::Stomp(e)
        }
        other => other,
    }
}

/// `text` with each of `secrets` replaced, then card numbers, CVCs and
/// licence-key-shaped tokens masked ([`crate::sensitive::mask_server_text`]).
fn scrub_text(text: &str, secrets: &[&str]) -> String {
    let mut text = text.to_string();
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        text = text.replace(secret, crate::sensitive::REDACTED);
    }
    crate::sensitive::mask_server_text(&text)
}

/// `write` (a frame going out), bounded by `limit`: a server that stops
/// reading cannot hold the client forever.
async fn bounded(
    limit: Duration,
    what: &'static str,
    write: impl std::future::Future<Output = Result<(), SessionError>>,
) -> Result<(), SessionError> {
    tokio::time::timeout(limit, write)
        .await
        .unwrap_or(Err(SessionError::Timeout(what)))
}

/// Logs the error an operation ends with (its Display is free of secrets).
fn traced(error: IpsError) -> IpsError {
    tracing::warn!(target: super::session::TARGET, error = %error, "IPS Cloud operation failed");
    error
}

/// The reply in `frame`, checked: its correlation id, its schema, and an
/// Error message made [`IpsError::Server`] (its text cleared of `secrets`
/// and card numbers).
fn decode(
    operation: &'static str,
    frame: &crate::stomp::Frame,
    correlation_id: &str,
    secrets: &[&str],
) -> Result<ServerMessage, IpsError> {
    let dest = frame.get("destination").unwrap_or_default().to_string();
    if let Some(c) = frame.get("x-wp-correlation-id")
        && c != correlation_id
    {
        return Err(IpsError::CorrelationMismatch {
            operation,
            destination: dest,
        });
    }
    let message = ServerMessage::decode(&dest, &frame.body).map_err(|e| IpsError::Decode {
        operation,
        destination: dest.clone(),
        message: crate::sensitive::redact_decode_message(&e.to_string()),
    })?;
    if let ServerMessage::Error(e) = &message {
        return Err(IpsError::Server {
            operation,
            code: e.code.clone().unwrap_or_default(),
            message: scrub_text(e.message.as_deref().unwrap_or_default(), secrets),
        });
    }
    Ok(message)
}

impl PaymentFlow {
    /// The payment's merchant transaction reference.
    pub fn merchant_transaction_reference(&self) -> &str {
        &self.reference
    }

    /// The next event; `Ok(None)` once the payment is complete. Ends with
    /// [`IpsError::OutcomeUnknown`] if the session fails before that (the
    /// connection drops, the server falls silent beyond its heart-beat,
    /// sends invalid STOMP or an ERROR frame) or no message comes within
    /// [`IpsConfig::reply_timeout`]. A message carrying another correlation
    /// id is skipped, never taken as this payment's. Once the flow ended
    /// with [`IpsError::OutcomeUnknown`] (here, or from
    /// [`PaymentFlow::respond`] or [`PaymentFlow::abort`]), every later call
    /// returns it again (source [`SessionError::Closed`]), never `Ok(None)`.
    ///
    /// An Error message (`/client/v1/error`) ends the flow: the client
    /// sends DISCONNECT (the description says the client must disconnect
    /// once it receives one), then returns [`IpsError::Server`], and every
    /// later call returns that error again.
    pub async fn next_event(&mut self) -> Result<Option<PaymentEvent>, IpsError> {
        loop {
            let Some(session) = self.session.as_mut() else {
                return match &self.ended {
                    Ended::OutcomeUnknown => Err(IpsError::OutcomeUnknown {
                        merchant_transaction_reference: self.reference.clone(),
                        source: SessionError::Closed,
                    }),
                    Ended::Server { code, message } => Err(IpsError::Server {
                        operation: "startPayment",
                        code: code.clone(),
                        message: message.clone(),
                    }),
                    Ended::Complete | Ended::No => Ok(None),
                };
            };
            let next = tokio::time::timeout(self.reply_timeout, session.next_frame())
                .await
                .unwrap_or(Err(SessionError::Timeout("the next payment message")));
            let frame = match next {
                Ok(f) => f,
                Err(e) => {
                    let session = self.session.take();
                    if let (Some(session), SessionError::Timeout(_)) = (session, &e) {
                        // Alive but silent: tell it this client is gone.
                        disconnect_in_background(session, self.disconnect_timeout);
                    }
                    self.ended = Ended::OutcomeUnknown;
                    let key = self.licence_key.as_ref().map(LicenceKey::expose_secret);
                    let source = scrub(e, &key.into_iter().collect::<Vec<_>>());
                    return Err(traced(IpsError::OutcomeUnknown {
                        merchant_transaction_reference: self.reference.clone(),
                        source,
                    }));
                }
            };
            if frame.command != crate::stomp::Command::Message {
                continue;
            }
            let key = self.licence_key.as_ref().map(LicenceKey::expose_secret);
            let secrets: Vec<&str> = key.into_iter().collect();
            let message = match decode("startPayment", &frame, &self.correlation_id, &secrets) {
                Err(IpsError::CorrelationMismatch { destination, .. }) => {
                    tracing::warn!(
                        target: super::session::TARGET,
                        destination = %destination,
                        "skipped a message carrying another request's correlation id"
                    );
                    continue;
                }
                Err(IpsError::Server {
                    operation,
                    code,
                    message,
                }) => {
                    if let Some(session) = self.session.take() {
                        let _ = session.disconnect(self.disconnect_timeout).await;
                    }
                    self.ended = Ended::Server {
                        code: code.clone(),
                        message: message.clone(),
                    };
                    return Err(traced(IpsError::Server {
                        operation,
                        code,
                        message,
                    }));
                }
                other => other?,
            };
            let event = match message {
                ServerMessage::PaymentNotification(m) => PaymentEvent::Notification(m),
                ServerMessage::PaymentActionRequest(m) => PaymentEvent::ActionRequest(m),
                ServerMessage::PaymentReceipt(m) => PaymentEvent::Receipt(m),
                ServerMessage::PaymentResult(m) => PaymentEvent::Result(m),
                ServerMessage::PaymentComplete(m) => {
                    if let Some(session) = self.session.take() {
                        let _ = session.disconnect(self.disconnect_timeout).await;
                    }
                    self.ended = Ended::Complete;
                    PaymentEvent::Complete(m)
                }
                other => PaymentEvent::Other(other),
            };
            return Ok(Some(event));
        }
    }

    async fn send(
        &mut self,
        operation: &'static str,
        destination: &str,
        body: Vec<u8>,
    ) -> Result<(), IpsError> {
        let Some(session) = self.session.as_mut() else {
            return Err(IpsError::Unexpected {
                operation,
                expected: "a payment in progress",
                got: match self.ended {
                    Ended::Server { .. } => "a payment ended by an Error message",
                    Ended::OutcomeUnknown => "a payment whose connection ended",
                    Ended::Complete | Ended::No => "a completed payment",
                },
            });
        };
        let headers = request_headers(&self.correlation_id, &self.publisher_id);
        let sent = bounded(
            self.reply_timeout,
            "SEND",
            session.send(destination, &as_pairs(&headers), &body),
        )
        .await;
        sent.map_err(|source| {
            // The flow is over: what the server made of it is unknown.
            self.session = None;
            self.ended = Ended::OutcomeUnknown;
            traced(IpsError::OutcomeUnknown {
                merchant_transaction_reference: self.reference.clone(),
                source,
            })
        })
    }

    /// Answers an action request (signature verification, voice
    /// authorisation, AVS confirmation) on `/v1/payment/action`. If the
    /// answer cannot be written (within [`IpsConfig::reply_timeout`]), the
    /// flow ends with [`IpsError::OutcomeUnknown`].
    ///
    /// Hand-written: `sendPaymentAction` is sent in the payment's session
    /// (`x-in-session-of: startPayment`), so it has no method of its own.
    ///
    /// Takes the answer or its builder, like every request: a builder's
    /// refusal is [`IpsError::InvalidRequest`] naming the field, and
    /// nothing is sent.
    pub async fn respond<B>(&mut self, response: B) -> Result<(), IpsError>
    where
        B: TryInto<types::PaymentActionResponse>,
        B::Error: crate::request::IntoRefusal,
    {
        let response: types::PaymentActionResponse =
            Client::convert("sendPaymentAction", response)?;
        let body = serde_json::to_vec(&response).unwrap_or_default();
        self.send("sendPaymentAction", destination::SEND_PAYMENT_ACTION, body)
            .await
    }

    /// Ends the flow now: sends DISCONNECT, waits for its RECEIPT (or the
    /// close) at most [`SessionConfig::disconnect_timeout`], and closes the
    /// WebSocket. `Ok(())` when the flow had already ended (its end was
    /// reported by [`PaymentFlow::next_event`]). Closing a payment before
    /// its complete message does not cancel it: IPS Cloud may still
    /// complete it, so this returns [`IpsError::OutcomeUnknown`] (source
    /// [`SessionError::Closed`]); [`Client::query_result`] tells what
    /// happened.
    pub async fn close(mut self) -> Result<(), IpsError> {
        let Some(session) = self.session.take() else {
            return Ok(());
        };
        self.ended = Ended::OutcomeUnknown;
        let _ = session.disconnect(self.disconnect_timeout).await;
        tracing::debug!(
            target: super::session::TARGET,
            merchant_transaction_reference = %self.reference,
            "payment flow closed before the payment completed"
        );
        Err(IpsError::OutcomeUnknown {
            merchant_transaction_reference: self.reference.clone(),
            source: SessionError::Closed,
        })
    }

    /// Aborts a check-card payment after the card was checked, on
    /// `/v1/payment/abort`. If the abort cannot be written, the flow ends
    /// with [`IpsError::OutcomeUnknown`].
    ///
    /// Hand-written, as [`PaymentFlow::respond`]: `abortPayment` is sent in
    /// the payment's session.
    pub async fn abort(&mut self, abort: types::PaymentAbort) -> Result<(), IpsError> {
        let body = serde_json::to_vec(&abort).unwrap_or_default();
        self.send("abortPayment", destination::ABORT_PAYMENT, body)
            .await
    }
}

impl Drop for PaymentFlow {
    /// A flow dropped while its session is open ends it with DISCONNECT
    /// from a task of its own (never blocking, never panicking); the
    /// payment's outcome is then unknown, which a WARN event says.
    fn drop(&mut self) {
        if let Some(session) = self.session.take() {
            tracing::warn!(
                target: super::session::TARGET,
                merchant_transaction_reference = %self.reference,
                "payment flow dropped before the payment completed: its outcome is unknown"
            );
            disconnect_in_background(session, self.disconnect_timeout);
        }
    }
}

/// One reply of an operation, with its MESSAGE frame's `timestamp` header.
struct Reply {
    message: ServerMessage,
    timestamp: Option<String>,
}

/// The first reply `take` accepts, or the error naming what was expected.
fn pick<R, T>(
    operation: &'static str,
    expected: &'static str,
    replies: Vec<R>,
    take: impl Fn(R) -> Option<T>,
) -> Result<T, IpsError> {
    required(operation, expected, replies.into_iter().find_map(take))
}

/// An IPS Cloud client. Its methods for the operations of the description
/// are generated (see the [module docs](self)); registration, refresh and
/// payments are written here.
#[derive(Clone, Debug)]
pub struct Client {
    config: IpsConfig,
}

impl Client {
    /// A client for `config`.
    pub fn new(config: IpsConfig) -> Self {
        Self { config }
    }

    /// The configuration.
    pub fn config(&self) -> &IpsConfig {
        &self.config
    }

    async fn open(
        &self,
        operation: &'static str,
        authenticated: bool,
    ) -> Result<Session, IpsError> {
        let path = format!("/ipc-app/payment/{}", self.config.paypoint.as_str());
        let url = format!("{}{path}", self.config.server.base_url());
        let key = match (&self.config.licence_key, authenticated) {
            (Some(k), true) => Some(k.expose_secret().to_string()),
            (None, true) => return Err(IpsError::NoLicenceKey(operation)),
            _ => None,
        };
        let headers: Vec<(&str, &str)> = key
            .as_deref()
            .map(|k| vec![("x-wp-authorization", k)])
            .unwrap_or_default();
        Session::connect(&url, &path, &headers, &self.config.session)
            .await
            .map_err(|source| IpsError::Session {
                operation,
                source: self.scrub(source, None),
            })
    }

    /// The destinations to subscribe to, in order: `replies` (the error
    /// destination among them), the error destination first unless
    /// [`IpsConfig::error_destination_first`] is off.
    fn subscriptions(&self, replies: &[&'static str]) -> Vec<&'static str> {
        let mut ordered = replies.to_vec();
        if self.config.error_destination_first
            && let Some(at) = ordered
                .iter()
                .position(|d| *d == destination::RECEIVE_ERROR)
        {
            let error = ordered.remove(at);
            ordered.insert(0, error);
        }
        ordered
    }

    /// `source` cleared of the licence key, `extra` (an activation code)
    /// and card numbers.
    fn scrub(&self, source: SessionError, extra: Option<&str>) -> SessionError {
        scrub(source, &self.secrets(extra))
    }

    /// What must never be repeated from the server: the licence key and
    /// `extra` (an activation code).
    fn secrets<'a>(&'a self, extra: Option<&'a str>) -> Vec<&'a str> {
        let key = self
            .config
            .licence_key
            .as_ref()
            .map(LicenceKey::expose_secret);
        key.into_iter().chain(extra).collect()
    }

    /// The next frame, within [`IpsConfig::reply_timeout`].
    async fn reply(
        &self,
        operation: &'static str,
        session: &mut Session,
        extra: Option<&str>,
    ) -> Result<crate::stomp::Frame, IpsError> {
        match tokio::time::timeout(self.config.reply_timeout, session.next_frame()).await {
            Ok(Ok(frame)) => Ok(frame),
            Ok(Err(source)) => Err(IpsError::NoAnswer {
                operation,
                source: self.scrub(source, extra),
            }),
            Err(_) => Err(IpsError::Timeout(operation)),
        }
    }

    /// Ends an operation's session as `outcome` allows: DISCONNECT, waited
    /// for, after the terminal message and after a reply that ends the
    /// operation (an Error message, whose description says the client must
    /// then disconnect; another request's correlation id; a reply that does
    /// not decode); DISCONNECT from a task of its own after a reply timeout
    /// (the server may be slow to answer it too); nothing when the session
    /// failed.
    async fn end<T>(&self, session: Session, outcome: &Result<T, IpsError>) {
        let timeout = self.config.session.disconnect_timeout;
        match outcome {
            Ok(_)
            | Err(IpsError::Server { .. })
            | Err(IpsError::CorrelationMismatch { .. })
            | Err(IpsError::Decode { .. }) => {
                let _ = session.disconnect(timeout).await;
            }
            Err(IpsError::Timeout(_)) => disconnect_in_background(session, timeout),
            Err(_) => {}
        }
    }

    /// Connects (with the licence key when the channel says so),
    /// subscribes to the operation's replies, sends `body`, and collects
    /// the replies until the terminal message, or, for an operation whose
    /// only terminal destination is the error destination (the receipt
    /// query), until none came for [`IpsConfig::receipt_quiet_period`].
    /// `extra` is one more secret to scrub from what the server says (the
    /// activation code).
    async fn exchange(
        &self,
        operation: &'static str,
        body: Vec<u8>,
        extra: Option<&str>,
    ) -> Result<Vec<Reply>, IpsError> {
        let channel = super::Channel::by_operation(operation)
            .expect("every operation the client offers is in the channel table");
        // The quiet-period rule: no description says when a query that
        // names no terminal message is over.
        let quiet = channel
            .terminal
            .iter()
            .all(|d| *d == destination::RECEIVE_ERROR)
            .then_some(self.config.receipt_quiet_period);
        let work = async {
            let mut session = self.open(operation, channel.authenticated).await?;
            let correlation_id = uuid::Uuid::new_v4().to_string();
            let publisher = &self.config.publisher_id;
            for reply in self.subscriptions(channel.replies) {
                let headers = request_headers(&correlation_id, publisher);
                session
                    .subscribe(reply, &as_pairs(&headers))
                    .await
                    .map_err(|source| IpsError::Session {
                        operation,
                        source: self.scrub(source, extra),
                    })?;
            }
            // A failed write may still have reached the server.
            let headers = request_headers(&correlation_id, publisher);
            session
                .send(channel.destination, &as_pairs(&headers), &body)
                .await
                .map_err(|source| IpsError::NoAnswer {
                    operation,
                    source: self.scrub(source, extra),
                })?;
            let collected = async {
                let mut replies = Vec::new();
                loop {
                    let frame = match quiet {
                        Some(q) => {
                            match tokio::time::timeout(
                                q,
                                self.reply(operation, &mut session, extra),
                            )
                            .await
                            {
                                Ok(r) => r?,
                                Err(_) => break,
                            }
                        }
                        None => self.reply(operation, &mut session, extra).await?,
                    };
                    if frame.command != crate::stomp::Command::Message {
                        continue;
                    }
                    let message = decode(operation, &frame, &correlation_id, &self.secrets(extra))?;
                    let terminal = channel.terminal.contains(&message.destination());
                    replies.push(Reply {
                        message,
                        timestamp: frame.get("timestamp").map(str::to_string),
                    });
                    if terminal {
                        break;
                    }
                }
                Ok(replies)
            }
            .await;
            self.end(session, &collected).await;
            collected
        };
        tokio::time::timeout(self.config.operation_timeout, work)
            .await
            .map_err(|_| IpsError::Timeout(operation))
            .and_then(|r| r)
            .map_err(traced)
    }

    fn convert<B, T>(operation: &'static str, body: B) -> Result<T, IpsError>
    where
        B: TryInto<T>,
        B::Error: crate::request::IntoRefusal,
    {
        Ok(body.try_into().map_err(|e| {
            crate::request::IntoRefusal::into_refusal(e).for_operation(Some(operation))
        })?)
    }

    fn encode<B, T>(operation: &'static str, body: B) -> Result<Vec<u8>, IpsError>
    where
        B: TryInto<T>,
        B::Error: crate::request::IntoRefusal,
        T: serde::Serialize,
    {
        let value: T = Self::convert(operation, body)?;
        Ok(serde_json::to_vec(&value).unwrap_or_default())
    }

    /// Registers the point of sale (connecting without a licence key);
    /// returns its licence key, with its term ([`LicenceKey::term`]: issued
    /// at the reply's `timestamp`, expiring [`IpsConfig::licence_lifetime`]
    /// later). Store the key as a secret, and its term beside it.
    ///
    /// Hand-written, not generated: the answer is not the reply's payload
    /// but a [`LicenceKey`] with a term read from the reply's `timestamp`
    /// header, which no description states, and the activation code is
    /// scrubbed from what the server says.
    pub async fn register<B>(&self, request: B) -> Result<LicenceKey, IpsError>
    where
        B: TryInto<types::PosRegistrationRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let op = "registerPointOfSale";
        let request: types::PosRegistrationRequest = Self::convert(op, request)?;
        let body = serde_json::to_vec(&request).unwrap_or_default();
        let code = request.point_of_sale_activation_code.expose_secret();
        let replies = self.exchange(op, body, Some(code)).await?;
        let lifetime = self.config.licence_lifetime;
        pick(
            op,
            "pos-registration-response-message",
            replies,
            |r| match r.message {
                ServerMessage::PosRegistrationResponse(m) => m.point_of_sale_license_key.map(|k| {
                    LicenceKey::issued(k.expose_secret(), r.timestamp.as_deref(), lifetime)
                }),
                _ => None,
            },
        )
    }

    /// Refreshes the registration; returns the new licence key with its
    /// own term (the old one stops working). Refresh before the key's
    /// [`LicenceTerm::expires_at`]: IPS Cloud refuses an expired key, for a
    /// refresh too, and then the point of sale must register again.
    ///
    /// Hand-written, not generated, for the same reason as
    /// [`Client::register`]: the new key's term comes from the reply's
    /// `timestamp` header. Its empty request (`{}`) is sent for you.
    pub async fn refresh_registration(&self) -> Result<LicenceKey, IpsError> {
        let op = "refreshPointOfSaleRegistration";
        let replies = self.exchange(op, b"{}".to_vec(), None).await?;
        let lifetime = self.config.licence_lifetime;
        pick(
            op,
            "pos-registration-refresh-response-message",
            replies,
            |r| match r.message {
                ServerMessage::PosRegistrationRefreshResponse(m) => {
                    m.point_of_sale_license_key.map(|k| {
                        LicenceKey::issued(k.expose_secret(), r.timestamp.as_deref(), lifetime)
                    })
                }
                _ => None,
            },
        )
    }

    /// Starts a payment; its events arrive on the returned flow.
    ///
    /// Hand-written, not generated: a payment is not one request and its
    /// answer but a session that stays open, delivering notifications,
    /// action requests, receipts and the result until the complete
    /// message, in which the client answers actions and may abort (the
    /// operations sent in its session, `x-in-session-of`). Once it was
    /// sent, a failure leaves the outcome unknown
    /// ([`IpsError::OutcomeUnknown`]), never a plain error.
    pub async fn start_payment<B>(&self, request: B) -> Result<PaymentFlow, IpsError>
    where
        B: TryInto<types::PaymentStart>,
        B::Error: crate::request::IntoRefusal,
    {
        let op = "startPayment";
        let request: types::PaymentStart = request
            .try_into()
            .map_err(|e| crate::request::IntoRefusal::into_refusal(e).for_operation(Some(op)))?;
        let reference = request
            .merchant_transaction_reference
            .as_ref()
            .map(|r| r.to_string())
            .unwrap_or_default();
        let body = serde_json::to_vec(&request).unwrap_or_default();
        let channel = super::Channel::by_operation(op).expect("in the channel table");
        let mut session = self.open(op, channel.authenticated).await.map_err(traced)?;
        let correlation_id = uuid::Uuid::new_v4().to_string();
        let publisher = &self.config.publisher_id;
        // Writes are bounded: a server that stops reading cannot hold the
        // start of a payment longer than the operation timeout.
        let limit = self.config.operation_timeout;
        for reply in self.subscriptions(channel.replies) {
            let headers = request_headers(&correlation_id, publisher);
            let subscribed =
                tokio::time::timeout(limit, session.subscribe(reply, &as_pairs(&headers)))
                    .await
                    .unwrap_or(Err(SessionError::Timeout("SUBSCRIBE")));
            subscribed.map_err(|source| {
                traced(IpsError::Session {
                    operation: op,
                    source: self.scrub(source, None),
                })
            })?;
        }
        let headers = request_headers(&correlation_id, publisher);
        bounded(
            limit,
            "SEND",
            session.send(channel.destination, &as_pairs(&headers), &body),
        )
        .await
        .map_err(|source| {
            traced(IpsError::OutcomeUnknown {
                merchant_transaction_reference: reference.clone(),
                source: self.scrub(source, None),
            })
        })?;
        tracing::debug!(
            target: super::session::TARGET,
            merchant_transaction_reference = %reference,
            correlation_id = %correlation_id,
            "payment started"
        );
        Ok(PaymentFlow {
            session: Some(session),
            correlation_id,
            publisher_id: self.config.publisher_id.clone(),
            reference,
            disconnect_timeout: self.config.session.disconnect_timeout,
            reply_timeout: self.config.reply_timeout,
            licence_key: self.config.licence_key.clone(),
            ended: Ended::No,
        })
    }

    /// The one executor of the generated methods
    /// (`generated/ips_cloud/methods.rs`): checks `body` as the operation's
    /// request, exchanges it ([`Client::exchange`]'s rules), and makes the
    /// operation's answer from the replies.
    pub(crate) async fn exchange_typed<B, T, A>(
        &self,
        operation: &'static str,
        body: B,
    ) -> Result<A, IpsError>
    where
        B: TryInto<T>,
        B::Error: crate::request::IntoRefusal,
        T: serde::Serialize,
        A: FromReplies,
    {
        let body = Self::encode::<B, T>(operation, body)?;
        let replies = self.exchange(operation, body, None).await?;
        A::from_replies(operation, replies.into_iter().map(|r| r.message).collect())
    }

    /// The executor of the generated methods of destinations asked by
    /// subscribing (device and service status): subscribes to the
    /// operation's destination and the error destination, and makes the
    /// answer from the first message.
    pub(crate) async fn subscribe_typed<A: FromReplies>(
        &self,
        operation: &'static str,
    ) -> Result<A, IpsError> {
        let channel = super::Channel::by_operation(operation)
            .expect("every operation the client offers is in the channel table");
        let dest = channel.destination;
        let work = async {
            let mut session = self.open(operation, channel.authenticated).await?;
            let correlation_id = uuid::Uuid::new_v4().to_string();
            for d in self.subscriptions(&[dest, destination::RECEIVE_ERROR]) {
                let headers = request_headers(&correlation_id, &self.config.publisher_id);
                session
                    .subscribe(d, &as_pairs(&headers))
                    .await
                    .map_err(|source| IpsError::Session {
                        operation,
                        source: self.scrub(source, None),
                    })?;
            }
            let received = async {
                loop {
                    let frame = self.reply(operation, &mut session, None).await?;
                    if frame.command == crate::stomp::Command::Message {
                        return decode(operation, &frame, &correlation_id, &self.secrets(None));
                    }
                }
            }
            .await;
            self.end(session, &received).await;
            received
        };
        tokio::time::timeout(self.config.operation_timeout, work)
            .await
            .map_err(|_| IpsError::Timeout(operation))
            .and_then(|r| r)
            .and_then(|message| A::from_replies(operation, vec![message]))
            .map_err(traced)
    }
}

/// What an operation answers, made from the replies it collected (in
/// order, the terminal one last). The generator implements it for every
/// answer of `generated/ips_cloud/methods.rs`, matching on
/// [`ServerMessage`].
pub(crate) trait FromReplies: Sized {
    /// The answer of `operation`, from `replies`.
    fn from_replies(operation: &'static str, replies: Vec<ServerMessage>)
    -> Result<Self, IpsError>;
}

/// An operation whose only reply is the error destination answers nothing.
impl FromReplies for () {
    fn from_replies(_: &'static str, _: Vec<ServerMessage>) -> Result<Self, IpsError> {
        Ok(())
    }
}

/// `found`, or the error saying the `expected` message never came.
pub(crate) fn required<T>(
    operation: &'static str,
    expected: &'static str,
    found: Option<T>,
) -> Result<T, IpsError> {
    found.ok_or(IpsError::Unexpected {
        operation,
        expected,
        got: "no such message among the replies",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stomp::{Command, Frame};

    fn error_frame(correlation: &str, message: &str) -> Frame {
        let body = serde_json::json!({"code": "invalid-request", "message": message});
        Frame::new(Command::Message)
            .header("destination", destination::RECEIVE_ERROR)
            .header("x-wp-correlation-id", correlation)
            .body(serde_json::to_vec(&body).unwrap())
    }

    #[test]
    fn a_servers_error_message_is_scrubbed_of_secrets_and_card_numbers() {
        let frame = error_frame(
            "c-1",
            "bad request: key eyJ.secret.key, code AV46HTR3, card 4444333322221111",
        );
        let e = decode(
            "registerPointOfSale",
            &frame,
            "c-1",
            &["eyJ.secret.key", "AV46HTR3"],
        )
        .unwrap_err();
        let IpsError::Server { code, message, .. } = &e else {
            panic!("expected a Server error, got {e:?}");
        };
        assert_eq!(code, "invalid-request");
        assert!(message.starts_with("bad request: key <redacted>, code <redacted>, card "));
        for text in [e.to_string(), format!("{e:?}")] {
            assert!(text.contains("bad request"), "{text}");
            for secret in ["eyJ.secret.key", "AV46HTR3", "4444333322221111"] {
                assert!(!text.contains(secret), "{secret} in {text}");
            }
        }
    }

    #[test]
    fn a_reply_with_another_correlation_id_is_never_decoded() {
        let frame = error_frame("other", "anything");
        let e = decode("queryPaymentResult", &frame, "mine", &[]).unwrap_err();
        assert!(matches!(
            e,
            IpsError::CorrelationMismatch {
                operation: "queryPaymentResult",
                ..
            }
        ));
    }

    #[test]
    fn an_error_frame_is_scrubbed_and_other_errors_pass_unchanged() {
        let stomp = crate::stomp::StompError {
            message: Some("echo KEY 4444333322221111".into()),
            receipt_id: None,
            body: "KEY".into(),
        };
        let SessionError::Stomp(clean) = scrub(SessionError::Stomp(stomp), &["KEY", ""]) else {
            panic!("the kind is kept");
        };
        assert_eq!(clean.body, "<redacted>");
        let message = clean.message.unwrap();
        assert!(message.starts_with("echo <redacted> "), "{message}");
        assert!(!message.contains("4444333322221111"), "{message}");
        assert!(matches!(
            scrub(SessionError::Closed, &["KEY"]),
            SessionError::Closed
        ));
    }
}
