//! The STOMP session with one client: the read loop and its timers
//! (heart-beats, liveness, the flow), frames written (the connection's
//! fault applied), MESSAGE delivery to subscriptions, Error replies, and
//! the frames read: CONNECT and version negotiation, SUBSCRIBE (the
//! monitoring destinations answer at once), UNSUBSCRIBE, and SEND, checked
//! against its schema and dispatched to its operation.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::time::Instant;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;

use crate::ips_cloud::channels::{CHANNELS, destination as dest};
use crate::ips_cloud::{Channel, Direction};
use crate::sensitive::SecretText;
use crate::stomp::{Command, Decoder, Frame, HeartBeat, Item, Version, encode, negotiate};
use crate::validate::{Api, Schema};

use super::faults::IpsFault;
use super::flow::{Flow, Step, Waiting};
use super::received::{LOGGED_FRAMES, ReceivedConnection, ReceivedFrame};
use super::time::unix_millis;
use super::{ServeConfig, State, code, lock};

/// Shortest heart-beat period honoured, in milliseconds.
const MIN_BEAT_MS: u32 = 100;
/// Most subscriptions one connection may hold.
const MAX_SUBSCRIPTIONS: usize = 64;
/// Longest correlation id echoed back (others are replaced).
const MAX_CORRELATION_LEN: usize = 256;

/// Whether the connection goes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Next {
    Go,
    Stop,
}

pub(super) struct Conn<S> {
    pub(super) ws: WebSocketStream<S>,
    pub(super) decoder: Decoder,
    pub(super) version: Version,
    pub(super) connected: bool,
    pub(super) session: String,
    /// The CONNECT frame's `x-wp-authorization` (redacted by `Debug`).
    pub(super) licence: Option<SecretText>,
    /// (subscription id, destination), in subscription order.
    pub(super) subscriptions: Vec<(Option<String>, String)>,
    pub(super) message_seq: u64,
    pub(super) send_every: Option<Duration>,
    pub(super) expect_every: Option<Duration>,
    pub(super) last_sent: Instant,
    pub(super) last_received: Instant,
    pub(super) paypoint: String,
    pub(super) state: Arc<Mutex<State>>,
    pub(super) config: ServeConfig,
    pub(super) request_made: bool,
    pub(super) flow: Option<Flow>,
    /// A write failed: the peer is gone.
    pub(super) broken: bool,
    /// How this connection misbehaves.
    pub(super) fault: Option<IpsFault>,
    /// Frames sent (or held back by the fault) so far.
    pub(super) frames_sent: usize,
    /// The fault dropped the connection: no close frame.
    pub(super) dropped: bool,
    /// What this connection received (shared with the state).
    pub(super) received: Arc<Mutex<ReceivedConnection>>,
}

impl<S> Conn<S>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    pub(super) async fn run(&mut self) {
        loop {
            loop {
                match self.decoder.next_item() {
                    Ok(Some(Item::HeartBeat)) => {}
                    Ok(Some(Item::Frame(frame))) => {
                        if self.on_frame(frame).await == Next::Stop || self.broken {
                            return;
                        }
                    }
                    Ok(None) => break,
                    Err(e) => {
                        self.fatal(&e.to_string(), None).await;
                        return;
                    }
                }
            }
            self.advance().await;
            if self.broken {
                return;
            }
            let wake = self.wake();
            let received = match wake {
                Some(at) => tokio::time::timeout_at(at, self.ws.next()).await.ok(),
                None => Some(self.ws.next().await),
            };
            match received {
                None => {
                    // A timer: heart-beats, liveness, or the flow.
                    let now = Instant::now();
                    if let Some(every) = self.expect_every
                        && now >= self.last_received + every * 3
                    {
                        self.fatal("No heart-beat received in time", None).await;
                        return;
                    }
                    if let Some(every) = self.send_every
                        && now >= self.last_sent + every
                        && self.fault != Some(IpsFault::StopHeartBeating)
                    {
                        self.last_sent = now;
                        if self.ws.send(Message::text("\n")).await.is_err() {
                            return;
                        }
                    }
                }
                Some(None) | Some(Some(Err(_))) => return,
                Some(Some(Ok(message))) => {
                    self.last_received = Instant::now();
                    match message {
                        Message::Text(text) => self.decoder.push(text.as_bytes()),
                        Message::Binary(bytes) => self.decoder.push(&bytes),
                        Message::Close(_) => return,
                        _ => {}
                    }
                }
            }
        }
    }

    /// When to wake up without input.
    fn wake(&self) -> Option<Instant> {
        let beat = self.send_every.map(|e| self.last_sent + e);
        let dead = self.expect_every.map(|e| self.last_received + e * 3);
        let flow = self.flow.as_ref().and_then(|f| match f.waiting {
            Some(Waiting::Decision(at)) => Some(at),
            Some(Waiting::Action(_)) => None,
            None => match f.steps.front() {
                Some(Step::Message(..) | Step::Stamped(..)) => Some(f.next_at),
                Some(_) => Some(Instant::now()),
                None => Some(Instant::now()),
            },
        });
        [beat, dead, flow].into_iter().flatten().min()
    }

    // ----- writing -----

    async fn write(&mut self, frame: &Frame) {
        if self.broken {
            return;
        }
        let index = self.frames_sent;
        self.frames_sent += 1;
        let mut frame = std::borrow::Cow::Borrowed(frame);
        match &self.fault {
            Some(IpsFault::DropAfterFrames(n)) if index >= *n => {
                self.broken = true;
                self.dropped = true;
                return;
            }
            Some(IpsFault::CloseAfterFrames(n)) if index >= *n => {
                self.broken = true;
                return;
            }
            Some(IpsFault::StopHeartBeating) if index >= 1 => return,
            Some(IpsFault::Slow(delay)) if index >= 1 => tokio::time::sleep(*delay).await,
            Some(IpsFault::Garbage(garbage)) if index == 1 => {
                let bytes = garbage.bytes();
                if self.ws.send(Message::binary(bytes.to_vec())).await.is_err() {
                    self.broken = true;
                }
                self.last_sent = Instant::now();
                return;
            }
            Some(IpsFault::ErrorFrame { message }) if index == 1 => {
                let error = Frame::new(Command::Error)
                    .header("message", one_line(message))
                    .header("content-type", "text/plain")
                    .body(message.as_bytes().to_vec());
                let bytes = encode(&error, self.version);
                let _ = self.ws.send(Message::binary(bytes)).await;
                self.broken = true;
                return;
            }
            Some(IpsFault::WrongCorrelationId) if index == 1 => {
                let wrong = uuid::Uuid::new_v4().to_string();
                for (name, value) in &mut frame.to_mut().headers {
                    if name == "x-wp-correlation-id" {
                        *value = wrong.clone();
                    }
                }
            }
            _ => {}
        }
        let bytes = encode(&frame, self.version);
        let message = match String::from_utf8(bytes) {
            Ok(text) => Message::text(text),
            Err(e) => Message::binary(e.into_bytes()),
        };
        if self.ws.send(message).await.is_err() {
            self.broken = true;
        }
        self.last_sent = Instant::now();
    }

    /// Sends `body` to every subscription of `destination` (none: dropped).
    pub(super) async fn deliver(&mut self, destination: &str, body: &Value, correlation: &str) {
        self.deliver_at(destination, body, correlation, unix_millis())
            .await
    }

    /// Like [`Conn::deliver`], with `timestamp` (Unix epoch milliseconds)
    /// as the frames' `timestamp` header.
    pub(super) async fn deliver_at(
        &mut self,
        destination: &str,
        body: &Value,
        correlation: &str,
        timestamp: u128,
    ) {
        let ids: Vec<Option<String>> = self
            .subscriptions
            .iter()
            .filter(|(_, d)| d == destination)
            .map(|(id, _)| id.clone())
            .collect();
        if ids.is_empty() {
            return;
        }
        let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
        for id in ids {
            self.message_seq += 1;
            let mut frame = Frame::new(Command::Message).header("destination", destination);
            if let Some(id) = id {
                frame = frame.header("subscription", id);
            }
            let frame = frame
                .header(
                    "message-id",
                    format!("{}-{}", self.session, self.message_seq),
                )
                .header("content-type", "application/json")
                .header("x-wp-correlation-id", correlation)
                .header("timestamp", timestamp.to_string())
                .header("content-length", bytes.len().to_string())
                .body(bytes.clone());
            self.write(&frame).await;
        }
    }

    pub(super) fn subscribed(&self, destination: &str) -> bool {
        self.subscriptions.iter().any(|(_, d)| d == destination)
    }

    /// An ERROR frame, then the connection closes.
    pub(super) async fn fatal(&mut self, message: &str, receipt: Option<&str>) {
        let mut frame = Frame::new(Command::Error).header("message", one_line(message));
        if let Some(r) = receipt {
            frame = frame.header("receipt-id", r);
        }
        let frame = frame
            .header("content-type", "text/plain")
            .body(message.as_bytes().to_vec());
        self.write(&frame).await;
    }

    /// An Error message on `/client/v1/error`; without that subscription,
    /// an ERROR frame and the end of the connection. Ends the flow.
    pub(super) async fn error_reply(
        &mut self,
        code: &str,
        message: &str,
        correlation: &str,
    ) -> Next {
        self.flow = None;
        if self.subscribed(dest::RECEIVE_ERROR) {
            let body = json!({"code": code, "message": message});
            self.deliver(dest::RECEIVE_ERROR, &body, correlation).await;
            Next::Go
        } else {
            self.fatal(&format!("{code}: {message}"), None).await;
            Next::Stop
        }
    }

    // ----- reading -----

    async fn on_frame(&mut self, frame: Frame) -> Next {
        {
            let mut received = self.received.lock().unwrap_or_else(|p| p.into_inner());
            if received.frames.len() < LOGGED_FRAMES {
                received.frames.push(ReceivedFrame::of(&frame));
            } else {
                received.frames_not_kept += 1;
            }
        }
        if !self.connected {
            return match frame.command {
                Command::Connect | Command::Stomp => self.on_connect(&frame).await,
                other => {
                    self.fatal(
                        &format!("Expected CONNECT or STOMP, got {other}"),
                        frame.get("receipt"),
                    )
                    .await;
                    Next::Stop
                }
            };
        }
        let next = match frame.command {
            Command::Connect | Command::Stomp => {
                self.fatal("Already connected", frame.get("receipt")).await;
                return Next::Stop;
            }
            Command::Connected | Command::Message | Command::Receipt | Command::Error => {
                self.fatal(
                    &format!("{} is a server frame", frame.command),
                    frame.get("receipt"),
                )
                .await;
                return Next::Stop;
            }
            Command::Disconnect => Next::Stop,
            Command::Subscribe => self.on_subscribe(&frame).await,
            Command::Unsubscribe => self.on_unsubscribe(&frame).await,
            Command::Send => self.on_send(&frame).await,
            Command::Ack | Command::Nack | Command::Begin | Command::Commit | Command::Abort => {
                Next::Go
            }
        };
        if self.broken {
            return Next::Stop;
        }
        // A frame that ended the connection with an ERROR gets no receipt;
        // DISCONNECT does.
        if (next == Next::Go || frame.command == Command::Disconnect)
            && let Some(receipt) = frame.get("receipt")
        {
            let receipt = Frame::new(Command::Receipt).header("receipt-id", receipt);
            self.write(&receipt).await;
        }
        next
    }

    async fn on_connect(&mut self, frame: &Frame) -> Next {
        let receipt = frame.get("receipt");
        if !valid_paypoint(&self.paypoint) {
            self.fatal(
                "The paypoint reference must be 1 to 20 characters of A-Z, a-z, 0-9, - and _",
                receipt,
            )
            .await;
            return Next::Stop;
        }
        let accept = frame.get("accept-version");
        let version = match accept {
            None => Version::V1_0,
            Some(list) => match list.split(',').filter_map(Version::from_header).max() {
                Some(v) => v,
                None => {
                    let error = Frame::new(Command::Error)
                        .header("version", "1.0,1.1,1.2")
                        .header(
                            "message",
                            "Supported protocol versions are 1.0, 1.1 and 1.2",
                        )
                        .header("content-type", "text/plain")
                        .body(b"Supported protocol versions are 1.0, 1.1 and 1.2".to_vec());
                    self.write(&error).await;
                    return Next::Stop;
                }
            },
        };
        let mut connected = Frame::new(Command::Connected);
        if accept.is_some() {
            connected = connected.header("version", version.as_str());
        }
        if version != Version::V1_0 {
            let client = match frame.get("heart-beat") {
                None => HeartBeat::NONE,
                Some(value) => match HeartBeat::parse(value) {
                    Ok(hb) => hb,
                    Err(e) => {
                        self.fatal(&e.to_string(), receipt).await;
                        return Next::Stop;
                    }
                },
            };
            let clamp = |ms: u32| if ms == 0 { 0 } else { ms.max(MIN_BEAT_MS) };
            let server = HeartBeat {
                cx: clamp(client.cy),
                cy: clamp(client.cx),
            };
            (self.expect_every, self.send_every) = negotiate(client, server);
            connected = connected.header("heart-beat", server.to_header());
        }
        let connected = connected
            .header("session", self.session.clone())
            .header("server", "IPS-Cloud-Simulator/1.4.0");
        self.licence = frame
            .get("x-wp-authorization")
            .map(|k| SecretText::new(k.to_string()));
        self.version = version;
        self.write(&connected).await;
        self.decoder.set_version(version);
        self.connected = true;
        let now = Instant::now();
        self.last_received = now;
        if let Some(receipt) = receipt {
            let receipt = Frame::new(Command::Receipt).header("receipt-id", receipt);
            self.write(&receipt).await;
        }
        Next::Go
    }

    async fn on_subscribe(&mut self, frame: &Frame) -> Next {
        let Some(destination) = frame.get("destination") else {
            self.fatal(
                "SUBSCRIBE without a destination header",
                frame.get("receipt"),
            )
            .await;
            return Next::Stop;
        };
        let id = frame.get("id").map(str::to_string);
        if id.is_none() && self.version != Version::V1_0 {
            self.fatal("SUBSCRIBE without an id header", frame.get("receipt"))
                .await;
            return Next::Stop;
        }
        let destination = destination.to_string();
        if let Some(id) = &id {
            self.subscriptions.retain(|(i, _)| i.as_ref() != Some(id));
        }
        if self.subscriptions.len() >= MAX_SUBSCRIPTIONS {
            self.fatal("Too many subscriptions", frame.get("receipt"))
                .await;
            return Next::Stop;
        }
        self.subscriptions.push((id, destination.clone()));
        // The monitoring destinations answer as soon as they are subscribed.
        let status = match destination.as_str() {
            dest::RECEIVE_PAYMENT_SERVICE_STATUS => {
                let busy = lock(&self.state).busy.contains(&self.paypoint);
                Some(json!({"status": if busy { "BUSY" } else { "NOT_BUSY" }}))
            }
            dest::RECEIVE_PAYMENT_DEVICE_STATUS => Some(json!({})),
            _ => None,
        };
        if let Some(body) = status {
            let correlation = correlation_of(frame);
            if !self.authenticated() {
                return self.unauthorised(&correlation).await;
            }
            self.deliver(&destination, &body, &correlation).await;
        }
        Next::Go
    }

    async fn on_unsubscribe(&mut self, frame: &Frame) -> Next {
        match (frame.get("id"), frame.get("destination")) {
            (Some(id), _) => self.subscriptions.retain(|(i, _)| i.as_deref() != Some(id)),
            (None, Some(d)) if self.version == Version::V1_0 => {
                self.subscriptions.retain(|(_, dd)| dd != d)
            }
            _ => {
                self.fatal("UNSUBSCRIBE without an id header", frame.get("receipt"))
                    .await;
                return Next::Stop;
            }
        }
        Next::Go
    }

    async fn on_send(&mut self, frame: &Frame) -> Next {
        let Some(destination) = frame.get("destination") else {
            self.fatal("SEND without a destination header", frame.get("receipt"))
                .await;
            return Next::Stop;
        };
        let correlation = correlation_of(frame);
        let Some(channel) = request_channel(destination) else {
            let message = format!("No request destination {}", one_line(destination));
            return self
                .error_reply(code::UNKNOWN_DESTINATION, &message, &correlation)
                .await;
        };
        if channel.destination != dest::REGISTER_POINT_OF_SALE && !self.authenticated() {
            return self.unauthorised(&correlation).await;
        }
        let body: Value = if frame.body.iter().all(u8::is_ascii_whitespace) {
            json!({})
        } else {
            match serde_json::from_slice(&frame.body) {
                Ok(v) => v,
                Err(_) => {
                    return self
                        .error_reply(code::INVALID_REQUEST, "The body is not JSON", &correlation)
                        .await;
                }
            }
        };
        if let Err(message) = check_request(channel.operation_id, &body) {
            return self
                .error_reply(code::INVALID_REQUEST, &message, &correlation)
                .await;
        }
        // In-session messages of the payment in flight.
        match channel.destination {
            dest::SEND_PAYMENT_ACTION => return self.on_action(&body, &correlation).await,
            dest::ABORT_PAYMENT => return self.on_abort(&body, &correlation).await,
            dest::START_PAYMENT
                if self
                    .flow
                    .as_ref()
                    .is_some_and(|f| matches!(f.waiting, Some(Waiting::Decision(_)))) =>
            {
                return self.on_follow_up(&body, &correlation).await;
            }
            _ => {}
        }
        if self.request_made {
            return self
                .error_reply(
                    code::INVALID_OPERATION,
                    "Each request must be made in a new web socket connection",
                    &correlation,
                )
                .await;
        }
        self.request_made = true;
        let steps = match channel.destination {
            dest::REGISTER_POINT_OF_SALE => self.register(&body),
            dest::REFRESH_POINT_OF_SALE_REGISTRATION => self.refresh(),
            dest::START_PAYMENT => return self.start_payment(&body, correlation).await,
            dest::CANCEL_PAYMENT => self.cancel(&body),
            dest::SETTLE_PAYMENT => self.settle(&body),
            dest::QUERY_PAYMENT_RESULT => self.query_result(&body),
            dest::QUERY_PAYMENT_RECEIPT => self.query_receipt(&body),
            dest::REQUEST_BATCH_REPORT => self.batch_report(&body),
            dest::RESTART_PAYMENT_DEVICE => Ok(vec![Step::Message(
                dest::RECEIVE_PAYMENT_DEVICE_RESTART,
                json!({}),
            )]),
            _ => Err((
                code::UNKNOWN_DESTINATION,
                format!("No request destination {}", one_line(destination)),
            )),
        };
        match steps {
            Ok(steps) => {
                self.flow = Some(Flow {
                    correlation,
                    steps: steps.into(),
                    next_at: Instant::now(),
                    waiting: None,
                    txn: None,
                    slip: None,
                    _busy: None,
                });
                Next::Go
            }
            Err((code, message)) => self.error_reply(code, &message, &correlation).await,
        }
    }
}

/// The publish channel of `destination`.
fn request_channel(destination: &str) -> Option<&'static Channel> {
    CHANNELS
        .iter()
        .find(|c| c.destination == destination && c.direction == Direction::Publish)
}

/// Checks `body` against the request schema of `operation_id`: `Err` names
/// every JSON pointer at fault (never the values).
fn check_request(operation_id: &str, body: &Value) -> Result<(), String> {
    let Ok(schema) = Schema::request(Api::IpsCloud, operation_id) else {
        return Ok(());
    };
    let Err(violations) = schema.validate(body) else {
        return Ok(());
    };
    let mut faults: Vec<String> = Vec::new();
    for v in &violations {
        let keyword = v.schema_pointer.rsplit('/').next().unwrap_or("schema");
        let fault = if keyword == "required" {
            // `"x" is a required property`: the pointer is the parent's.
            let name = v
                .message
                .strip_prefix('"')
                .and_then(|m| m.split_once('"'))
                .map(|(name, _)| name.to_string())
                .unwrap_or_default();
            format!("{}/{name} is required", v.pointer)
        } else {
            let at = if v.pointer.is_empty() {
                "/"
            } else {
                &v.pointer
            };
            format!("{at} breaks `{keyword}`")
        };
        if !faults.contains(&fault) {
            faults.push(fault);
        }
    }
    Err(format!(
        "The request does not match its schema: {}",
        faults.join("; ")
    ))
}

/// The request's `x-wp-correlation-id`, or a new one (also when it could
/// not be written back as a header).
fn correlation_of(frame: &Frame) -> String {
    frame
        .get("x-wp-correlation-id")
        .filter(|c| !c.is_empty() && c.len() <= MAX_CORRELATION_LEN && !c.contains(['\r', '\n']))
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string())
}

/// `text` fit for a header value in any version: one line, bounded.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\r' || c == '\n' { ' ' } else { c })
        .take(512)
        .collect()
}

fn valid_paypoint(paypoint: &str) -> bool {
    (1..=20).contains(&paypoint.len())
        && paypoint
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
