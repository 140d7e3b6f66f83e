//! The record of what each connection received, per paypoint: every
//! frame's command and headers (bodies not kept, secrets redacted), and the
//! subprotocols the WebSocket upgrade offered.

use std::sync::{Arc, Mutex};

use crate::stomp::{Command, Frame};

use super::State;

/// What the simulator's IPS Cloud side received on one WebSocket
/// connection, for tests that check what a client puts on the wire (see
/// [`Simulator::ips_connections`](crate::sim::Simulator::ips_connections)).
///
/// Bodies are not kept (they carry activation codes and card data), and the
/// value of `x-wp-authorization` (the licence key) and of `passcode` is
/// replaced by `<redacted>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReceivedConnection {
    /// The `Sec-WebSocket-Protocol` header of the WebSocket upgrade request
    /// (the subprotocols the client offered), `None` when it had none.
    pub subprotocols: Option<String>,
    /// Every frame received, in order, heart-beats aside (at most
    /// 1024; see `frames_not_kept`).
    pub frames: Vec<ReceivedFrame>,
    /// Frames received beyond the 1024 kept.
    pub frames_not_kept: usize,
}

impl ReceivedConnection {
    /// The frames with this command, in order.
    pub fn frames_of(&self, command: Command) -> impl Iterator<Item = &ReceivedFrame> {
        self.frames.iter().filter(move |f| f.command == command)
    }
}

/// One frame a client sent, as [`ReceivedConnection`] keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReceivedFrame {
    /// The command.
    pub command: Command,
    /// The headers, unescaped, in wire order (secrets redacted).
    pub headers: Vec<(String, String)>,
    /// The body's length in bytes (the body itself is not kept).
    pub body_len: usize,
}

impl ReceivedFrame {
    /// The first header `name`, as STOMP reads a repeated header.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub(super) fn of(frame: &Frame) -> Self {
        let headers = frame
            .headers
            .iter()
            .map(|(k, v)| match k.as_str() {
                "x-wp-authorization" | "passcode" => {
                    (k.clone(), crate::sensitive::REDACTED.to_string())
                }
                _ => (k.clone(), v.clone()),
            })
            .collect();
        ReceivedFrame {
            command: frame.command,
            headers,
            body_len: frame.body.len(),
        }
    }
}

/// Connections whose frames are kept, per paypoint (the oldest go first).
const LOGGED_CONNECTIONS: usize = 64;
/// Frames kept per connection.
pub(super) const LOGGED_FRAMES: usize = 1024;

impl State {
    /// What the last connections to `paypoint` received, oldest first.
    pub(crate) fn received(&self, paypoint: &str) -> Vec<ReceivedConnection> {
        self.received
            .get(paypoint)
            .map(|all| {
                all.iter()
                    .map(|c| c.lock().unwrap_or_else(|p| p.into_inner()).clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A new connection's record, kept with the paypoint's last ones.
    pub(super) fn new_connection(
        &mut self,
        paypoint: &str,
        subprotocols: Option<String>,
    ) -> Arc<Mutex<ReceivedConnection>> {
        let record = Arc::new(Mutex::new(ReceivedConnection {
            subprotocols,
            ..ReceivedConnection::default()
        }));
        let all = self.received.entry(paypoint.to_string()).or_default();
        if all.len() >= LOGGED_CONNECTIONS {
            all.pop_front();
        }
        all.push_back(record.clone());
        record
    }
}
