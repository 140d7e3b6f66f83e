//! One STOMP session over one WebSocket: connect, subscribe, send,
//! receive, disconnect.
//!
//! What it gets right, and why:
//! - **Defaults proven against IPS Cloud.** The one public client known to
//!   run against the real service sends CONNECT with `accept-version:1.1`
//!   and no `heart-beat` header, and offers no WebSocket subprotocol: so
//!   does [`SessionConfig::default`]. Each is configurable (see
//!   [`SessionConfig`] for why each default is what it is).
//! - **Subprotocols.** None offered by default; the list is configurable
//!   (`v10.stomp`, `v11.stomp`, `v12.stomp` for a broker that wants one).
//!   tokio-tungstenite fails a handshake whose server picked none of the
//!   offered ones, and some servers pick none.
//! - **Bytes, not messages.** A WebSocket message may hold several frames
//!   or part of one: every message, text or binary, is pushed into one
//!   streaming [`Decoder`]. Frames are sent as text when the whole frame is
//!   UTF-8, as binary otherwise.
//! - **Versions.** CONNECT offers the configured versions (default 1.1);
//!   the version is known only from CONNECTED (none named: 1.0), and header
//!   escaping switches to it from then on.
//! - **Heart-beats** (none by default; the `heart-beat` header is left out
//!   when both values are 0) both ways, as negotiated; any received data is
//!   proof of life, and a peer silent for twice its period is dead: the
//!   session ends with [`SessionError::PeerSilent`], never a hang.
//! - **ERROR frames** become [`SessionError::Stomp`] with the server's
//!   message; the server closes after one.
//! - **DISCONNECT** asks for a RECEIPT; a clean close instead of the
//!   RECEIPT (RabbitMQ's Web-STOMP does that) is success too.
//!
//! # Tracing
//!
//! Events go to target `worldpay::ips_cloud` (see
//! [`crate::ips_cloud`] for the list). They name frames by command,
//! destination, correlation id and receipt; they never carry a body nor
//! any other header: CONNECT's `x-wp-authorization` (the licence key) and
//! the server's ERROR text never appear.

use std::sync::Arc;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::stomp::{
    CodecError, Command, Decoder, Frame, HeartBeat, Item, Limits, StompError, Version, encode,
    negotiate,
};

/// How a session is set up.
///
/// The defaults are what the one public client proven against IPS Cloud
/// sends (Worldpay documents IPS Cloud as "stomp 1.0" and says nothing of
/// versions, heart-beats or subprotocols): `accept-version:1.1`, no
/// `heart-beat` header, no WebSocket subprotocol. Anything else is a guess
/// the real service has not been seen to accept.
#[derive(Clone, Debug)]
pub struct SessionConfig {
    /// WebSocket subprotocols offered in `Sec-WebSocket-Protocol` (default
    /// none, and no header: the client proven against IPS Cloud offers
    /// none). A broker that wants one (RabbitMQ accepts either) can be
    /// offered `v10.stomp`, `v11.stomp`, `v12.stomp`; a server that picks
    /// none of those offered fails the handshake.
    pub subprotocols: Vec<String>,
    /// Heart-beats this client offers: send every `cx` ms, expect every
    /// `cy` ms (0: none). Default none either way, and no `heart-beat`
    /// header on CONNECT: the client proven against IPS Cloud sends none.
    /// A card-present payment can wait minutes for a card or a PIN; if the
    /// server promised heart-beats it does not send meanwhile, the session
    /// would declare it dead and the payment would end with its outcome
    /// unknown, which is worse than noticing a dead server only when
    /// `IpsConfig::reply_timeout` runs out. Offer heart-beats only to a
    /// server known to keep them.
    pub heart_beat: HeartBeat,
    /// The time connecting and the STOMP handshake may take.
    pub connect_timeout: Duration,
    /// The time a DISCONNECT waits for its RECEIPT (or the close).
    pub disconnect_timeout: Duration,
    /// Caps on frame size and header count.
    pub limits: Limits,
    /// The STOMP versions CONNECT accepts, in `accept-version` (default
    /// 1.1 only: what the client proven against IPS Cloud sends; IPS Cloud
    /// documents 1.0, and a server that answers CONNECTED without a
    /// `version` header speaks 1.0, which the session follows).
    pub accept_versions: Vec<Version>,
}

impl Default for SessionConfig {
    fn default() -> Self {
        Self {
            subprotocols: Vec::new(),
            heart_beat: HeartBeat::NONE,
            connect_timeout: Duration::from_secs(15),
            disconnect_timeout: Duration::from_secs(5),
            limits: Limits::default(),
            accept_versions: vec![Version::V1_1],
        }
    }
}

/// Why a session failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// The URL is not a `ws://` or `wss://` URL, names a user or password,
    /// or is plain `ws://` to a host other than loopback (the licence key
    /// would travel in clear). Nothing was sent. The URL is shown without
    /// user name, password or query.
    #[error("WebSocket URL {url}: {reason}")]
    InvalidUrl {
        /// The URL, redacted.
        url: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The server refused the WebSocket upgrade with this HTTP status (its
    /// headers and body are not kept: they are the server's text).
    #[error("the server refused the WebSocket upgrade with status {status}")]
    UpgradeRefused {
        /// The HTTP status of the refusal.
        status: u16,
    },
    /// The WebSocket could not be opened (connection, TLS, HTTP upgrade,
    /// subprotocol).
    #[error("WebSocket: {0}")]
    WebSocket(#[from] tokio_tungstenite::tungstenite::Error),
    /// A frame could not be decoded; the connection is closed.
    #[error("STOMP framing: {0}")]
    Codec(#[from] CodecError),
    /// The server sent an ERROR frame (it closes the connection after it).
    #[error("STOMP ERROR from the server: {0}")]
    Stomp(StompError),
    /// The server sent something else than CONNECTED to CONNECT.
    #[error("the server answered CONNECT with {0}")]
    Handshake(String),
    /// Nothing came from the server for longer than the negotiated
    /// heart-beat allows: it is presumed dead.
    #[error("the server sent nothing for {0:?}, beyond its heart-beat")]
    PeerSilent(Duration),
    /// The connection closed before the operation ended.
    #[error("the connection closed")]
    Closed,
    /// The step did not finish in time.
    #[error("{0} timed out")]
    Timeout(&'static str),
}

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// The target of every tracing event of IPS Cloud.
pub(crate) const TARGET: &str = "worldpay::ips_cloud";

/// A frame as tracing names it: command, destination, correlation id and
/// receipt, nothing else.
fn trace_frame(direction: &'static str, frame: &Frame) {
    tracing::debug!(
        target: TARGET,
        direction,
        command = frame.command.as_str(),
        destination = frame.get("destination").unwrap_or(""),
        correlation_id = frame.get("x-wp-correlation-id").unwrap_or(""),
        receipt = frame.get("receipt").or(frame.get("receipt-id")).unwrap_or(""),
        "STOMP frame {direction}"
    );
}

/// A connected STOMP session.
pub struct Session {
    ws: Ws,
    decoder: Decoder,
    version: Version,
    send_every: Option<Duration>,
    expect_every: Option<Duration>,
    last_sent: Instant,
    last_received: Instant,
    subscriptions: u32,
    receipts: u32,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("version", &self.version)
            .field("send_every", &self.send_every)
            .field("expect_every", &self.expect_every)
            .finish()
    }
}

fn tls_connector() -> Option<tokio_tungstenite::Connector> {
    use rustls_platform_verifier::ConfigVerifierExt;
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    rustls::ClientConfig::with_platform_verifier()
        .ok()
        .map(|c| tokio_tungstenite::Connector::Rustls(Arc::new(c)))
}

/// Refuses, before anything is sent, a URL that is not `ws://` or
/// `wss://`, that names a user or password, or that is plain `ws://` off
/// loopback.
fn check_url(url: &str) -> Result<(), SessionError> {
    let invalid = |reason| SessionError::InvalidUrl {
        url: crate::sensitive::redact_url(url),
        reason,
    };
    let parsed = url::Url::parse(url).map_err(|_| invalid("not a URL"))?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid("it must not carry a user name or password"));
    }
    let loopback = match parsed.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match parsed.scheme() {
        "wss" => Ok(()),
        "ws" if loopback => Ok(()),
        "ws" => Err(invalid(
            "plain ws:// is only allowed for loopback hosts: the licence key would travel in clear",
        )),
        _ => Err(invalid("the scheme must be ws or wss")),
    }
}

impl Session {
    /// Opens the WebSocket at `url` and performs the STOMP handshake:
    /// CONNECT with `host` and `headers` (never escaped), then CONNECTED.
    pub async fn connect(
        url: &str,
        host: &str,
        headers: &[(&str, &str)],
        config: &SessionConfig,
    ) -> Result<Session, SessionError> {
        check_url(url)?;
        let invalid = |reason| SessionError::InvalidUrl {
            url: crate::sensitive::redact_url(url),
            reason,
        };
        let mut request = url
            .into_client_request()
            .map_err(|_| invalid("not a WebSocket URL"))?;
        if !config.subprotocols.is_empty() {
            let offered = config.subprotocols.join(", ");
            request.headers_mut().insert(
                "Sec-WebSocket-Protocol",
                offered
                    .parse()
                    .map_err(|_| invalid("the subprotocols cannot go in a header"))?,
            );
        }
        let connector = if url.starts_with("wss:") {
            tls_connector()
        } else {
            None
        };
        let shown = crate::sensitive::redact_url(url);
        tracing::debug!(target: TARGET, url = shown.as_str(), "connecting");
        let connecting =
            tokio_tungstenite::connect_async_tls_with_config(request, None, true, connector);
        let (ws, _) = tokio::time::timeout(config.connect_timeout, connecting)
            .await
            .map_err(|_| SessionError::Timeout("the WebSocket connection"))?
            .map_err(|e| match e {
                // Only the status: the response's headers and body are the
                // server's text, and may repeat anything.
                tokio_tungstenite::tungstenite::Error::Http(response) => {
                    SessionError::UpgradeRefused {
                        status: response.status().as_u16(),
                    }
                }
                other => SessionError::WebSocket(other),
            })?;
        let now = Instant::now();
        let mut session = Session {
            ws,
            decoder: Decoder::new(config.limits),
            version: Version::V1_0,
            send_every: None,
            expect_every: None,
            last_sent: now,
            last_received: now,
            subscriptions: 0,
            receipts: 0,
        };
        let accept = config
            .accept_versions
            .iter()
            .map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let mut connect = Frame::new(Command::Connect)
            .header("accept-version", accept)
            .header("host", host);
        // No header means 0,0; the client proven against IPS Cloud sends none.
        if config.heart_beat != HeartBeat::NONE {
            connect = connect.header("heart-beat", config.heart_beat.to_header());
        }
        for (k, v) in headers {
            connect = connect.header(*k, *v);
        }
        session.write(&connect).await?;
        let connected = tokio::time::timeout(config.connect_timeout, session.read_frame())
            .await
            .map_err(|_| SessionError::Timeout("the STOMP handshake"))??;
        match connected.command {
            Command::Connected => {}
            Command::Error => {
                return Err(SessionError::Stomp(
                    StompError::from_frame(&connected).unwrap_or(StompError {
                        message: None,
                        receipt_id: None,
                        body: String::new(),
                    }),
                ));
            }
            other => return Err(SessionError::Handshake(other.as_str().to_string())),
        }
        session.version = connected
            .get("version")
            .and_then(Version::from_header)
            .unwrap_or(Version::V1_0);
        session.decoder.set_version(session.version);
        let server = match connected.get("heart-beat") {
            Some(h) => HeartBeat::parse(h)?,
            None => HeartBeat { cx: 0, cy: 0 },
        };
        (session.send_every, session.expect_every) = negotiate(config.heart_beat, server);
        tracing::debug!(
            target: TARGET,
            version = session.version.as_str(),
            send_heart_beat_ms = session.send_every.map_or(0, |d| d.as_millis() as u64),
            expect_heart_beat_ms = session.expect_every.map_or(0, |d| d.as_millis() as u64),
            "connected"
        );
        Ok(session)
    }

    /// The negotiated STOMP version.
    pub fn version(&self) -> Version {
        self.version
    }

    /// Subscribes to `destination` with `headers`; returns the
    /// subscription id.
    pub async fn subscribe(
        &mut self,
        destination: &str,
        headers: &[(&str, &str)],
    ) -> Result<String, SessionError> {
        self.subscriptions += 1;
        let id = format!("sub-{}", self.subscriptions);
        let mut frame = Frame::new(Command::Subscribe)
            .header("id", id.clone())
            .header("destination", destination);
        // The caller's headers first: the first of repeated headers wins, so
        // defaults come after, only for what the caller did not give.
        for (k, v) in headers {
            frame = frame.header(*k, *v);
        }
        if frame.get("ack").is_none() {
            frame = frame.header("ack", "auto");
        }
        self.write(&frame).await?;
        Ok(id)
    }

    /// Sends `body` (JSON) to `destination` with `headers`.
    pub async fn send(
        &mut self,
        destination: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<(), SessionError> {
        let mut frame = Frame::new(Command::Send).header("destination", destination);
        for (k, v) in headers {
            frame = frame.header(*k, *v);
        }
        if frame.get("content-type").is_none() {
            frame = frame.header("content-type", "application/json");
        }
        self.write(&frame.body(body.to_vec())).await
    }

    /// The next MESSAGE, RECEIPT or ERROR frame (an ERROR ends the session
    /// with [`SessionError::Stomp`]). Sends heart-beats while waiting, and
    /// gives up on a peer silent beyond its heart-beat.
    pub async fn next_frame(&mut self) -> Result<Frame, SessionError> {
        let frame = self.read_frame().await?;
        if frame.command == Command::Error {
            return Err(SessionError::Stomp(
                StompError::from_frame(&frame).unwrap_or(StompError {
                    message: None,
                    receipt_id: None,
                    body: String::new(),
                }),
            ));
        }
        Ok(frame)
    }

    /// Sends DISCONNECT and waits for its RECEIPT; a close instead of the
    /// RECEIPT is success too.
    pub async fn disconnect(mut self, timeout: Duration) -> Result<(), SessionError> {
        self.receipts += 1;
        let receipt = format!("disconnect-{}", self.receipts);
        let frame = Frame::new(Command::Disconnect).header("receipt", receipt.clone());
        if self.write(&frame).await.is_err() {
            return Ok(()); // already closed: nothing left to end
        }
        let waited = tokio::time::timeout(timeout, async {
            loop {
                match self.read_frame().await {
                    Ok(f)
                        if f.command == Command::Receipt
                            && f.get("receipt-id") == Some(&receipt) =>
                    {
                        return Ok(());
                    }
                    Ok(_) => continue,
                    Err(SessionError::Closed) => return Ok(()),
                    Err(e) => return Err(e),
                }
            }
        })
        .await;
        let _ = self.ws.close(None).await;
        tracing::debug!(target: TARGET, clean = matches!(waited, Ok(Ok(()))), "disconnected");
        match waited {
            Ok(r) => r,
            Err(_) => Err(SessionError::Timeout("DISCONNECT")),
        }
    }

    /// Sends any frame as it is (escaped per the negotiated version).
    pub async fn send_frame(&mut self, frame: &Frame) -> Result<(), SessionError> {
        self.write(frame).await
    }

    async fn write(&mut self, frame: &Frame) -> Result<(), SessionError> {
        let bytes = encode(frame, self.version);
        let message = match String::from_utf8(bytes) {
            Ok(text) => Message::text(text),
            Err(e) => Message::binary(e.into_bytes()),
        };
        trace_frame("sent", frame);
        self.ws.send(message).await?;
        self.last_sent = Instant::now();
        Ok(())
    }

    /// Reads until a whole frame is decoded, beating and watching the peer.
    async fn read_frame(&mut self) -> Result<Frame, SessionError> {
        loop {
            while let Some(item) = self.decoder.next_item().inspect_err(|e| {
                tracing::warn!(target: TARGET, error = %e, "invalid STOMP from the server");
            })? {
                if let Item::Frame(f) = item {
                    trace_frame("received", &f);
                    return Ok(f);
                }
            }
            let now = Instant::now();
            let beat_at = self.send_every.map(|p| self.last_sent + p);
            let dead_at = self.expect_every.map(|p| self.last_received + p * 2);
            let wake = [beat_at, dead_at].into_iter().flatten().min();
            let next = match wake {
                Some(at) => match tokio::time::timeout_at(at.max(now), self.ws.next()).await {
                    Ok(m) => m,
                    Err(_) => {
                        let now = Instant::now();
                        if dead_at.is_some_and(|d| now >= d) {
                            let silent = now - self.last_received;
                            tracing::warn!(
                                target: TARGET,
                                silent_ms = silent.as_millis() as u64,
                                expected_every_ms = self.expect_every.map_or(0, |d| d.as_millis() as u64),
                                "heart-beat timeout: the server is presumed dead"
                            );
                            return Err(SessionError::PeerSilent(silent));
                        }
                        if beat_at.is_some_and(|b| now >= b) {
                            self.ws.send(Message::text("\n")).await?;
                            self.last_sent = now;
                        }
                        continue;
                    }
                },
                None => self.ws.next().await,
            };
            match next {
                None => {
                    tracing::debug!(target: TARGET, "the connection closed");
                    return Err(SessionError::Closed);
                }
                Some(Err(e)) => {
                    tracing::debug!(target: TARGET, error = %e, "the connection failed");
                    return Err(e.into());
                }
                Some(Ok(message)) => {
                    self.last_received = Instant::now();
                    match message {
                        Message::Text(t) => self.decoder.push(t.as_bytes()),
                        Message::Binary(b) => self.decoder.push(&b),
                        Message::Close(_) => {
                            tracing::debug!(target: TARGET, "the server closed the connection");
                            return Err(SessionError::Closed);
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}
