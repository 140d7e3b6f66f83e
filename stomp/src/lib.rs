//! STOMP frame codec (`worldpay::stomp`, feature `ips-cloud`): the wire
//! format IPS Cloud speaks over WebSocket, as a pure codec without I/O.
//!
//! - [`Frame`], [`Command`], [`Version`]: the frame model;
//! - [`Decoder`]: an incremental decoder for a byte stream (WebSocket
//!   messages may hold several frames, or part of one), yielding frames
//!   and heart-beats ([`Item`]) within [`Limits`];
//! - [`encode`] / [`encode_checked`]: frames to bytes;
//! - [`HeartBeat`] and [`negotiate`]: the `heart-beat` header;
//! - [`StompError`]: a typed ERROR frame; [`CodecError`]: what can go
//!   wrong decoding.
//!
//! STOMP 1.0, 1.1 and 1.2 are supported. The version is known only from
//! the CONNECTED frame (no `version` header means 1.0), so a session
//! starts decoding with 1.0 rules and calls [`Decoder::set_version`]
//! after CONNECTED. CONNECT, STOMP and CONNECTED frames are never escaped.
//!
//! Nothing here prints secrets: `Debug` of a [`Frame`] redacts the values
//! of [`SENSITIVE_HEADERS`] and shows only the body's length, and no
//! [`CodecError`] quotes header values or body bytes.
//!
//! ```
//! use worldpay_stomp::{Command, Decoder, Frame, Item, Limits, Version, encode};
//!
//! let frame = Frame::new(Command::Send)
//!     .header("destination", "/v1/payment")
//!     .body(br#"{"amount":100}"#.to_vec());
//! let bytes = encode(&frame, Version::V1_2);
//!
//! let mut decoder = Decoder::new(Limits::default());
//! decoder.set_version(Version::V1_2);
//! decoder.push(&bytes[..10]);
//! assert_eq!(decoder.next_item()?, None); // part of a frame: wait
//! decoder.push(&bytes[10..]);
//! let Some(Item::Frame(decoded)) = decoder.next_item()? else { panic!() };
//! assert_eq!(decoded.get("destination"), Some("/v1/payment"));
//! assert_eq!(decoded.get("content-length"), Some("14"));
//! assert_eq!(decoded.body, frame.body);
//! # Ok::<(), worldpay_stomp::CodecError>(())
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod decode;
mod encode;
mod error;
mod frame;
mod heartbeat;
#[cfg(test)]
mod tests;

pub use decode::{Decoder, Limits};
pub use encode::{encode, encode_checked};
pub use error::CodecError;
pub use frame::{
    Command, Frame, Item, SENSITIVE_HEADERS, StompError, Version, is_sensitive_header,
};
pub use heartbeat::{HeartBeat, negotiate};
