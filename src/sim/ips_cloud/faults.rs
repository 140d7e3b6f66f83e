//! The fault modes a connection can be set to, for testing a client
//! against a misbehaving server ([`IpsFault`], [`Garbage`]); the
//! connection's `write` applies them.

use std::time::Duration;

/// How the simulator's IPS Cloud service misbehaves on a connection (see
/// [`Simulator::set_ips_fault`](crate::sim::Simulator::set_ips_fault)).
///
/// "The first reply" is the first frame the server would send after
/// CONNECTED (for a payment, its first notification: the payment was
/// accepted and decided by then).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum IpsFault {
    /// The server sends the first `n` frames of the connection, then, when
    /// it would send frame `n + 1`, drops the TCP connection abruptly: no
    /// WebSocket close frame, no STOMP frame (`0`: not even CONNECTED).
    DropAfterFrames(usize),
    /// Like [`IpsFault::DropAfterFrames`], but the server sends a WebSocket
    /// close frame before it closes the TCP connection.
    CloseAfterFrames(usize),
    /// The server answers CONNECT with the heart-beats the client asked
    /// for, then sends nothing at all (no heart-beats, no replies, no
    /// RECEIPT) while it keeps the socket open and keeps reading.
    StopHeartBeating,
    /// Instead of the first reply the server sends bytes that are not
    /// valid STOMP (in one binary WebSocket message), then keeps the
    /// connection open.
    Garbage(Garbage),
    /// Instead of the first reply the server sends a STOMP ERROR frame
    /// with this `message` header (made one line) and this body, then
    /// closes the connection.
    ErrorFrame {
        /// The error's text.
        message: String,
    },
    /// Every frame after CONNECTED is held back this long before it is
    /// sent. The server is busy meanwhile: nothing, heart-beats included,
    /// goes out while a frame is held back.
    Slow(Duration),
    /// The first reply carries a fresh `x-wp-correlation-id`, not the
    /// request's; the replies after it are correct.
    WrongCorrelationId,
}

/// The invalid STOMP of [`IpsFault::Garbage`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Garbage {
    /// A frame whose command is not a STOMP command (`HELLO`).
    UnknownCommand,
    /// A MESSAGE whose `destination` holds `\q`, an escape no STOMP
    /// version defines (an error from STOMP 1.1 on; 1.0 does not escape).
    UndefinedEscape,
    /// A MESSAGE whose `content-length` is `ten`.
    InvalidContentLength,
    /// A MESSAGE whose `destination` value is not UTF-8.
    NonUtf8Header,
}

impl Garbage {
    /// The bytes sent.
    pub(super) fn bytes(self) -> &'static [u8] {
        match self {
            Garbage::UnknownCommand => b"HELLO\ndestination:/client/v1/error\n\n{}\0",
            Garbage::UndefinedEscape => {
                b"MESSAGE\ndestination:/client\\qv1/error\nmessage-id:g1\n\n{}\0"
            }
            Garbage::InvalidContentLength => {
                b"MESSAGE\ndestination:/client/v1/error\ncontent-length:ten\n\n{}\0"
            }
            Garbage::NonUtf8Header => b"MESSAGE\ndestination:/client/v1/\xff\xfe\n\n{}\0",
        }
    }
}
