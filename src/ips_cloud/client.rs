//! The IPS Cloud client: one method per operation, each on its own
//! WebSocket, as the API requires.
//!
//! Every request gets a fresh `x-wp-correlation-id` and `x-wp-message-id`
//! (UUIDs) and the configured `x-wp-publisher-id`; a reply whose
//! correlation id is not the request's is an error, never taken as the
//! answer. An operation subscribes to its reply destinations (the error
//! destination included) before it sends, and ends on its terminal message.
//!
//! A payment is a [`PaymentFlow`]: a stream of typed [`PaymentEvent`]s
//! (notifications, action requests, receipts, the result, complete) that
//! ends on the complete message. An action request is answered through
//! the flow ([`PaymentFlow::respond`]), a check-card payment can be
//! aborted ([`PaymentFlow::abort`]). If the connection drops before the
//! payment completes, the flow ends with [`IpsError::OutcomeUnknown`]: the
//! card may or may not have been charged, and [`Client::query_result`]
//! tells which. The flow never hangs (heart-beats detect a dead server)
//! and never guesses.

use std::time::Duration;

use super::channels::{self, ServerMessage, destination};
use super::session::{Session, SessionConfig, SessionError};
use super::types;
use crate::constraint::{InvalidValue, Rule};
use crate::sensitive::SecretText;

/// Where IPS Cloud runs.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Server {
    /// Worldpay's test server, `wss://ws.muat.worldpaypp.com:443`.
    Muat,
    /// Worldpay's production server, `wss://ipscloud.worldpay.com:443`.
    Production,
    /// Any other WebSocket base URL (`ws://127.0.0.1:8080` for the
    /// simulator).
    Custom(String),
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
/// sent as `x-wp-authorization` on CONNECT. `Debug` prints `<redacted>`.
#[derive(Clone, PartialEq, Eq)]
pub struct LicenceKey(SecretText);

impl LicenceKey {
    /// Wraps a key (read from your secret store).
    pub fn new(key: impl Into<String>) -> Self {
        Self(SecretText::new(key.into()))
    }

    /// The key itself. Named so that every read stands out in review.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }
}

impl std::fmt::Debug for LicenceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LicenceKey(<redacted>)")
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
    /// The longest an operation other than a payment may take.
    pub operation_timeout: Duration,
    /// A receipt query ends when no receipt came for this long (the
    /// description names no terminal message for it).
    pub receipt_quiet_period: Duration,
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
    /// the request did not reach IPS Cloud.
    #[error("{operation}: {source}")]
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
    /// The connection ended after a request was sent and before its answer.
    #[error("{operation}: the connection ended before the answer ({source})")]
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
    /// The answer did not come in time.
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
#[derive(Debug)]
pub struct PaymentFlow {
    session: Option<Session>,
    correlation_id: String,
    publisher_id: String,
    reference: String,
    disconnect_timeout: Duration,
}

/// The STOMP headers of one request.
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

fn decode(
    operation: &'static str,
    frame: &crate::stomp::Frame,
    correlation_id: &str,
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
            message: crate::sensitive::mask_server_text(&e.message.clone().unwrap_or_default()),
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
    /// [`IpsError::OutcomeUnknown`] if the connection drops before that.
    pub async fn next_event(&mut self) -> Result<Option<PaymentEvent>, IpsError> {
        let Some(session) = self.session.as_mut() else {
            return Ok(None);
        };
        let frame = match session.next_frame().await {
            Ok(f) => f,
            Err(e) => {
                self.session = None;
                return Err(IpsError::OutcomeUnknown {
                    merchant_transaction_reference: self.reference.clone(),
                    source: e,
                });
            }
        };
        if frame.command != crate::stomp::Command::Message {
            return Box::pin(self.next_event()).await;
        }
        let message = decode("startPayment", &frame, &self.correlation_id)?;
        let event = match message {
            ServerMessage::PaymentNotification(m) => PaymentEvent::Notification(m),
            ServerMessage::PaymentActionRequest(m) => PaymentEvent::ActionRequest(m),
            ServerMessage::PaymentReceipt(m) => PaymentEvent::Receipt(m),
            ServerMessage::PaymentResult(m) => PaymentEvent::Result(m),
            ServerMessage::PaymentComplete(m) => {
                if let Some(session) = self.session.take() {
                    let _ = session.disconnect(self.disconnect_timeout).await;
                }
                PaymentEvent::Complete(m)
            }
            other => PaymentEvent::Other(other),
        };
        Ok(Some(event))
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
                got: "a completed payment",
            });
        };
        let headers = request_headers(&self.correlation_id, &self.publisher_id);
        session
            .send(destination, &as_pairs(&headers), &body)
            .await
            .map_err(|e| IpsError::OutcomeUnknown {
                merchant_transaction_reference: self.reference.clone(),
                source: e,
            })
    }

    /// Answers an action request (signature verification, voice
    /// authorisation, AVS confirmation) on `/v1/payment/action`.
    pub async fn respond(
        &mut self,
        response: types::PaymentActionResponse,
    ) -> Result<(), IpsError> {
        let body = serde_json::to_vec(&response).unwrap_or_default();
        self.send("sendPaymentAction", destination::SEND_PAYMENT_ACTION, body)
            .await
    }

    /// Aborts a check-card payment after the card was checked, on
    /// `/v1/payment/abort`.
    pub async fn abort(&mut self, abort: types::PaymentAbort) -> Result<(), IpsError> {
        let body = serde_json::to_vec(&abort).unwrap_or_default();
        self.send("abortPayment", destination::ABORT_PAYMENT, body)
            .await
    }
}

/// The first reply `take` accepts, or the error naming what was expected.
fn pick<T>(
    operation: &'static str,
    expected: &'static str,
    replies: Vec<ServerMessage>,
    take: impl Fn(ServerMessage) -> Option<T>,
) -> Result<T, IpsError> {
    replies
        .into_iter()
        .find_map(take)
        .ok_or(IpsError::Unexpected {
            operation,
            expected,
            got: "no such message among the replies",
        })
}

/// An IPS Cloud client.
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
            .map_err(|source| IpsError::Session { operation, source })
    }

    /// Connects, subscribes to the operation's replies, sends `body`, and
    /// collects the replies until the terminal message (or, with
    /// `quiet`, until none came for that long).
    async fn exchange(
        &self,
        operation: &'static str,
        body: Vec<u8>,
        authenticated: bool,
        quiet: Option<Duration>,
    ) -> Result<Vec<ServerMessage>, IpsError> {
        let channel = super::Channel::by_operation(operation)
            .expect("every operation the client offers is in the channel table");
        let work = async {
            let mut session = self.open(operation, authenticated).await?;
            let correlation_id = uuid::Uuid::new_v4().to_string();
            let headers = request_headers(&correlation_id, &self.config.publisher_id);
            for reply in channel.replies {
                session
                    .subscribe(reply, &as_pairs(&headers))
                    .await
                    .map_err(|source| IpsError::Session { operation, source })?;
            }
            session
                .send(channel.destination, &as_pairs(&headers), &body)
                .await
                .map_err(|source| IpsError::Session { operation, source })?;
            let mut replies = Vec::new();
            loop {
                let next = match quiet {
                    Some(q) if !replies.is_empty() || quiet.is_some() => {
                        match tokio::time::timeout(q, session.next_frame()).await {
                            Ok(r) => r,
                            Err(_) => break,
                        }
                    }
                    _ => session.next_frame().await,
                };
                let frame = next.map_err(|source| IpsError::NoAnswer { operation, source })?;
                if frame.command != crate::stomp::Command::Message {
                    continue;
                }
                let message = decode(operation, &frame, &correlation_id)?;
                let terminal = channel.terminal.contains(&message.destination());
                replies.push(message);
                if terminal {
                    break;
                }
            }
            let _ = session
                .disconnect(self.config.session.disconnect_timeout)
                .await;
            Ok(replies)
        };
        tokio::time::timeout(self.config.operation_timeout, work)
            .await
            .map_err(|_| IpsError::Timeout(operation))?
    }

    fn encode<B, T>(operation: &'static str, body: B) -> Result<Vec<u8>, IpsError>
    where
        B: TryInto<T>,
        B::Error: std::fmt::Display,
        T: serde::Serialize,
    {
        let value: T = body.try_into().map_err(|e| {
            crate::error::InvalidRequest::from_builder_message(
                Some(operation),
                &e.to_string(),
                channels::FIELD_NAMES,
            )
        })?;
        Ok(serde_json::to_vec(&value).unwrap_or_default())
    }

    /// Registers the point of sale (connecting without a licence key);
    /// returns its licence key. Store it as a secret.
    pub async fn register<B>(&self, request: B) -> Result<LicenceKey, IpsError>
    where
        B: TryInto<types::PosRegistrationRequest>,
        B::Error: std::fmt::Display,
    {
        let op = "registerPointOfSale";
        let body = Self::encode::<B, types::PosRegistrationRequest>(op, request)?;
        let replies = self.exchange(op, body, false, None).await?;
        pick(
            op,
            "pos-registration-response-message",
            replies,
            |m| match m {
                ServerMessage::PosRegistrationResponse(r) => r
                    .point_of_sale_license_key
                    .map(|k| LicenceKey::new(k.expose_secret())),
                _ => None,
            },
        )
    }

    /// Refreshes the registration; returns the new licence key (the old
    /// one stops working).
    pub async fn refresh_registration(&self) -> Result<LicenceKey, IpsError> {
        let op = "refreshPointOfSaleRegistration";
        let replies = self.exchange(op, b"{}".to_vec(), true, None).await?;
        pick(
            op,
            "pos-registration-refresh-response-message",
            replies,
            |m| match m {
                ServerMessage::PosRegistrationRefreshResponse(r) => r
                    .point_of_sale_license_key
                    .map(|k| LicenceKey::new(k.expose_secret())),
                _ => None,
            },
        )
    }

    /// Starts a payment; its events arrive on the returned flow.
    pub async fn start_payment<B>(&self, request: B) -> Result<PaymentFlow, IpsError>
    where
        B: TryInto<types::PaymentStart>,
        B::Error: std::fmt::Display,
    {
        let op = "startPayment";
        let request: types::PaymentStart = request.try_into().map_err(|e| {
            crate::error::InvalidRequest::from_builder_message(
                Some(op),
                &e.to_string(),
                channels::FIELD_NAMES,
            )
        })?;
        let reference = request
            .merchant_transaction_reference
            .as_ref()
            .map(|r| r.to_string())
            .unwrap_or_default();
        let body = serde_json::to_vec(&request).unwrap_or_default();
        let channel = super::Channel::by_operation(op).expect("in the channel table");
        let mut session = self.open(op, true).await?;
        let correlation_id = uuid::Uuid::new_v4().to_string();
        let headers = request_headers(&correlation_id, &self.config.publisher_id);
        for reply in channel.replies {
            session
                .subscribe(reply, &as_pairs(&headers))
                .await
                .map_err(|source| IpsError::Session {
                    operation: op,
                    source,
                })?;
        }
        session
            .send(channel.destination, &as_pairs(&headers), &body)
            .await
            .map_err(|source| IpsError::OutcomeUnknown {
                merchant_transaction_reference: reference.clone(),
                source,
            })?;
        Ok(PaymentFlow {
            session: Some(session),
            correlation_id,
            publisher_id: self.config.publisher_id.clone(),
            reference,
            disconnect_timeout: self.config.session.disconnect_timeout,
        })
    }

    /// Sends `body` on `operation` and returns every reply up to the
    /// terminal message.
    async fn request<B, T>(
        &self,
        operation: &'static str,
        body: B,
        quiet: Option<Duration>,
    ) -> Result<Vec<ServerMessage>, IpsError>
    where
        B: TryInto<T>,
        B::Error: std::fmt::Display,
        T: serde::Serialize,
    {
        let body = Self::encode::<B, T>(operation, body)?;
        self.exchange(operation, body, true, quiet).await
    }

    /// Settles a pre-authorised payment; every reply (result, complete).
    pub async fn settle<B>(&self, request: B) -> Result<Vec<ServerMessage>, IpsError>
    where
        B: TryInto<types::PaymentSettle>,
        B::Error: std::fmt::Display,
    {
        self.request::<B, types::PaymentSettle>("settlePayment", request, None)
            .await
    }

    /// Cancels a payment; every reply (receipt, result, complete).
    pub async fn cancel<B>(&self, request: B) -> Result<Vec<ServerMessage>, IpsError>
    where
        B: TryInto<types::PaymentCancel>,
        B::Error: std::fmt::Display,
    {
        self.request::<B, types::PaymentCancel>("cancelPayment", request, None)
            .await
    }

    /// The last result of a payment: how to learn the outcome after
    /// [`IpsError::OutcomeUnknown`].
    pub async fn query_result<B>(&self, request: B) -> Result<types::PaymentResult, IpsError>
    where
        B: TryInto<types::PaymentQueryResult>,
        B::Error: std::fmt::Display,
    {
        let op = "queryPaymentResult";
        let replies = self
            .request::<B, types::PaymentQueryResult>(op, request, None)
            .await?;
        pick(op, "payment-result-message", replies, |m| match m {
            ServerMessage::PaymentResult(r) => Some(r),
            _ => None,
        })
    }

    /// The receipts of a payment (the description names no message that
    /// ends this query: it ends when none came for the configured quiet
    /// period).
    pub async fn query_receipt<B>(&self, request: B) -> Result<Vec<types::PaymentReceipt>, IpsError>
    where
        B: TryInto<types::PaymentQueryReceipt>,
        B::Error: std::fmt::Display,
    {
        let quiet = self.config.receipt_quiet_period;
        let replies = self
            .request::<B, types::PaymentQueryReceipt>("queryPaymentReceipt", request, Some(quiet))
            .await?;
        Ok(replies
            .into_iter()
            .filter_map(|m| match m {
                ServerMessage::PaymentReceipt(r) => Some(r),
                _ => None,
            })
            .collect())
    }

    /// Requests an X (interim) or Z (end of day) batch report.
    pub async fn batch_report<B>(
        &self,
        request: B,
    ) -> Result<types::PaymentReportBatchResponse, IpsError>
    where
        B: TryInto<types::PaymentReportBatchRequest>,
        B::Error: std::fmt::Display,
    {
        let op = "requestBatchReport";
        let replies = self
            .request::<B, types::PaymentReportBatchRequest>(op, request, None)
            .await?;
        pick(
            op,
            "payment-report-batch-response-message",
            replies,
            |m| match m {
                ServerMessage::PaymentReportBatchResponse(r) => Some(r),
                _ => None,
            },
        )
    }

    /// Restarts the payment device.
    pub async fn restart_device<B>(
        &self,
        request: B,
    ) -> Result<types::PaymentDeviceRestartResponse, IpsError>
    where
        B: TryInto<types::PaymentDeviceRestartRequest>,
        B::Error: std::fmt::Display,
    {
        let op = "restartPaymentDevice";
        let replies = self
            .request::<B, types::PaymentDeviceRestartRequest>(op, request, None)
            .await?;
        pick(
            op,
            "payment-device-restart-response-message",
            replies,
            |m| match m {
                ServerMessage::PaymentDeviceRestartResponse(r) => Some(r),
                _ => None,
            },
        )
    }

    /// Subscribes to `destination` and returns its first message (the
    /// monitoring destinations have no request: subscribing is asking).
    async fn monitor(
        &self,
        operation: &'static str,
        dest: &'static str,
    ) -> Result<ServerMessage, IpsError> {
        let work = async {
            let mut session = self.open(operation, true).await?;
            let correlation_id = uuid::Uuid::new_v4().to_string();
            let headers = request_headers(&correlation_id, &self.config.publisher_id);
            for d in [dest, destination::RECEIVE_ERROR] {
                session
                    .subscribe(d, &as_pairs(&headers))
                    .await
                    .map_err(|source| IpsError::Session { operation, source })?;
            }
            loop {
                let frame = session
                    .next_frame()
                    .await
                    .map_err(|source| IpsError::NoAnswer { operation, source })?;
                if frame.command == crate::stomp::Command::Message {
                    let message = decode(operation, &frame, &correlation_id)?;
                    let _ = session
                        .disconnect(self.config.session.disconnect_timeout)
                        .await;
                    return Ok(message);
                }
            }
        };
        tokio::time::timeout(self.config.operation_timeout, work)
            .await
            .map_err(|_| IpsError::Timeout(operation))?
    }

    /// The payment device's status.
    pub async fn device_status(&self) -> Result<types::PaymentDeviceStatus, IpsError> {
        let op = "receivePaymentDeviceStatus";
        match self
            .monitor(op, destination::RECEIVE_PAYMENT_DEVICE_STATUS)
            .await?
        {
            ServerMessage::PaymentDeviceStatus(s) => Ok(s),
            other => Err(IpsError::Unexpected {
                operation: op,
                expected: "payment-device-status-message",
                got: other.message_name(),
            }),
        }
    }

    /// The payment service's status (busy or not).
    pub async fn service_status(&self) -> Result<types::PaymentServiceStatus, IpsError> {
        let op = "receivePaymentServiceStatus";
        match self
            .monitor(op, destination::RECEIVE_PAYMENT_SERVICE_STATUS)
            .await?
        {
            ServerMessage::PaymentServiceStatus(s) => Ok(s),
            other => Err(IpsError::Unexpected {
                operation: op,
                expected: "payment-service-status-message",
                got: other.message_name(),
            }),
        }
    }
}
