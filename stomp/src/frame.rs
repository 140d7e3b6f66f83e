//! The frame model: protocol versions, commands, frames, decoded items and
//! the typed ERROR frame.

use std::fmt;

use worldpay_core::sensitive::{REDACTED, mask_server_text};

/// A STOMP protocol version. It decides how header names and values are
/// escaped (see [`Version::escapes`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Version {
    /// STOMP 1.0: no escaping at all; a backslash is a literal backslash.
    V1_0,
    /// STOMP 1.1: `\n`, `\c` (colon) and `\\` are escaped.
    V1_1,
    /// STOMP 1.2: as 1.1, plus `\r`.
    V1_2,
}

impl Version {
    /// Every version, oldest first.
    pub const ALL: [Version; 3] = [Version::V1_0, Version::V1_1, Version::V1_2];

    /// The version named by a `version` header value (`"1.0"`, `"1.1"` or
    /// `"1.2"`), `None` for anything else. A CONNECTED frame *without* a
    /// `version` header means 1.0 (see [`Version::of_connected`]).
    pub fn from_header(value: &str) -> Option<Version> {
        match value.trim() {
            "1.0" => Some(Version::V1_0),
            "1.1" => Some(Version::V1_1),
            "1.2" => Some(Version::V1_2),
            _ => None,
        }
    }

    /// The version a CONNECTED frame settles on: its `version` header, or
    /// 1.0 when the header is absent (STOMP 1.1 §"Protocol Negotiation").
    /// `None` when the header names a version this codec does not know.
    pub fn of_connected(frame: &Frame) -> Option<Version> {
        match frame.get("version") {
            None => Some(Version::V1_0),
            Some(value) => Version::from_header(value),
        }
    }

    /// The version as written in `version` / `accept-version` headers.
    pub fn as_str(self) -> &'static str {
        match self {
            Version::V1_0 => "1.0",
            Version::V1_1 => "1.1",
            Version::V1_2 => "1.2",
        }
    }

    /// Whether header names and values of ordinary frames are escaped in
    /// this version (1.1 and 1.2; never for CONNECT, STOMP and CONNECTED,
    /// see [`Command::is_escaped`]).
    pub fn escapes(self) -> bool {
        self != Version::V1_0
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A STOMP command, client or server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Client: open a session.
    Connect,
    /// Client: open a session (1.1+ alias of CONNECT).
    Stomp,
    /// Server: the session is open.
    Connected,
    /// Client: send a message to a destination.
    Send,
    /// Client: subscribe to a destination.
    Subscribe,
    /// Client: end a subscription.
    Unsubscribe,
    /// Client: acknowledge a message.
    Ack,
    /// Client: reject a message (1.1+).
    Nack,
    /// Client: begin a transaction.
    Begin,
    /// Client: commit a transaction.
    Commit,
    /// Client: roll back a transaction.
    Abort,
    /// Client: close the session.
    Disconnect,
    /// Server: a message from a subscription.
    Message,
    /// Server: a receipt for a frame that asked for one.
    Receipt,
    /// Server: an error; the server closes the connection afterwards.
    Error,
}

impl Command {
    /// Every command.
    pub const ALL: [Command; 15] = [
        Command::Connect,
        Command::Stomp,
        Command::Connected,
        Command::Send,
        Command::Subscribe,
        Command::Unsubscribe,
        Command::Ack,
        Command::Nack,
        Command::Begin,
        Command::Commit,
        Command::Abort,
        Command::Disconnect,
        Command::Message,
        Command::Receipt,
        Command::Error,
    ];

    /// The length of the longest command name (`UNSUBSCRIBE`).
    pub(crate) const MAX_LEN: usize = 11;

    /// The command as written on the wire (upper case).
    pub fn as_str(self) -> &'static str {
        match self {
            Command::Connect => "CONNECT",
            Command::Stomp => "STOMP",
            Command::Connected => "CONNECTED",
            Command::Send => "SEND",
            Command::Subscribe => "SUBSCRIBE",
            Command::Unsubscribe => "UNSUBSCRIBE",
            Command::Ack => "ACK",
            Command::Nack => "NACK",
            Command::Begin => "BEGIN",
            Command::Commit => "COMMIT",
            Command::Abort => "ABORT",
            Command::Disconnect => "DISCONNECT",
            Command::Message => "MESSAGE",
            Command::Receipt => "RECEIPT",
            Command::Error => "ERROR",
        }
    }

    /// The command named `name`, exactly as on the wire (commands are case
    /// sensitive), `None` for anything else.
    pub fn parse(name: &str) -> Option<Command> {
        Command::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// Whether frames with this command have their header names and values
    /// escaped (in 1.1 and 1.2). CONNECT, STOMP and CONNECTED never are,
    /// whatever the version: the version is not known yet when they travel.
    pub fn is_escaped(self) -> bool {
        !matches!(self, Command::Connect | Command::Stomp | Command::Connected)
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Header names whose values [`Frame`]'s `Debug` never prints (compared
/// without regard to ASCII case): they carry credentials such as the IPS
/// Cloud licence key.
pub const SENSITIVE_HEADERS: &[&str] =
    &["x-wp-authorization", "passcode", "login", "authorization"];

/// Whether the value of header `name` is a secret ([`SENSITIVE_HEADERS`]).
pub fn is_sensitive_header(name: &str) -> bool {
    SENSITIVE_HEADERS
        .iter()
        .any(|s| s.eq_ignore_ascii_case(name))
}

/// One STOMP frame: a command, headers in wire order (repeats kept) and a
/// body of raw bytes.
///
/// Its `Debug` prints neither the values of [`SENSITIVE_HEADERS`] nor the
/// body (only its length): bodies carry licence keys and card data.
#[derive(Clone, PartialEq, Eq)]
pub struct Frame {
    /// The command.
    pub command: Command,
    /// The headers, unescaped, in wire order. A repeated header keeps every
    /// occurrence; [`Frame::get`] returns the first, as STOMP requires.
    pub headers: Vec<(String, String)>,
    /// The body (empty when there is none).
    pub body: Vec<u8>,
}

impl Frame {
    /// A frame with no headers and an empty body.
    pub fn new(command: Command) -> Self {
        Frame {
            command,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// Appends a header (builder style). Does not replace an earlier header
    /// of the same name: the earlier one would win.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sets the body (builder style).
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    /// The value of the first header named `name` (exact, case-sensitive
    /// match), as STOMP says the first of repeated headers wins.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl fmt::Debug for Frame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Headers<'a>(&'a [(String, String)]);
        impl fmt::Debug for Headers<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut list = f.debug_list();
                for (name, value) in self.0 {
                    if is_sensitive_header(name) {
                        list.entry(&(name, format_args!("{REDACTED}")));
                    } else {
                        list.entry(&(name, value));
                    }
                }
                list.finish()
            }
        }
        f.debug_struct("Frame")
            .field("command", &self.command)
            .field("headers", &Headers(&self.headers))
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

/// What [`Decoder::next_item`](super::Decoder::next_item) yields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A complete frame.
    Frame(Frame),
    /// A bare EOL (LF or CRLF) between frames: a heart-beat. The EOLs a
    /// peer writes after a frame's NUL are indistinguishable from
    /// heart-beats and are reported as such (harmless: any data proves the
    /// peer alive).
    HeartBeat,
}

/// A typed ERROR frame: the server reports a problem, then closes the
/// connection.
///
/// `Display` shows the `message` header (and the `receipt-id` when there
/// is one) but never the body, and `Debug` prints only the body's length:
/// brokers may echo the offending frame there, licence key or card data
/// included. Both show the `message` with card numbers and JWT-shaped
/// tokens (licence keys) masked, as a broker may quote them there too.
#[derive(Clone, PartialEq, Eq)]
pub struct StompError {
    /// The `message` header: a short description of the error.
    pub message: Option<String>,
    /// The `receipt-id` header: the receipt of the frame that caused the
    /// error, when it asked for one.
    pub receipt_id: Option<String>,
    /// The body, decoded as UTF-8 (invalid sequences replaced by U+FFFD).
    pub body: String,
}

impl StompError {
    /// The typed error of an ERROR frame; `None` for any other command.
    pub fn from_frame(frame: &Frame) -> Option<StompError> {
        if frame.command != Command::Error {
            return None;
        }
        Some(StompError {
            message: frame.get("message").map(str::to_owned),
            receipt_id: frame.get("receipt-id").map(str::to_owned),
            body: String::from_utf8_lossy(&frame.body).into_owned(),
        })
    }
}

impl fmt::Display for StompError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message {
            Some(message) => write!(f, "STOMP ERROR frame: {}", mask_server_text(message))?,
            None => f.write_str("STOMP ERROR frame without a message header")?,
        }
        if let Some(receipt) = &self.receipt_id {
            write!(f, " (receipt-id {receipt})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for StompError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StompError")
            .field("message", &self.message.as_deref().map(mask_server_text))
            .field("receipt_id", &self.receipt_id)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

impl std::error::Error for StompError {}
