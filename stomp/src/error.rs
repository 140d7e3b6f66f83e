//! Codec errors.

use super::frame::{Command, Version};

/// Why bytes could not be decoded as STOMP (or a frame encoded, or a
/// heart-beat header parsed).
///
/// Every decoding error is fatal for the connection: the stream can no
/// longer be trusted to be in step, so the [`Decoder`](super::Decoder)
/// keeps returning the same error.
///
/// Messages say what went wrong and where: the stream byte offset at which
/// the frame starts, and the line within the frame (line 1 is the command
/// line, line 2 the first header). They never quote header values, body
/// bytes or the rejected line itself: those can carry licence keys and
/// card data.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CodecError {
    /// The frame is larger than [`Limits::max_frame_bytes`](super::Limits)
    /// (bytes from the command through the terminating NUL), found as soon
    /// as that many bytes are buffered or a `content-length` header
    /// declares a larger body.
    #[error(
        "STOMP {} frame at stream byte {offset} exceeds the limit of {limit} bytes",
        command_name(.command)
    )]
    FrameTooLarge {
        /// The command, when its line was complete.
        command: Option<Command>,
        /// Stream offset of the frame's first byte.
        offset: u64,
        /// The limit exceeded.
        limit: usize,
    },

    /// The frame has more than [`Limits::max_headers`](super::Limits)
    /// headers.
    #[error("STOMP {command} frame at stream byte {offset} has more than {limit} headers")]
    TooManyHeaders {
        /// The command.
        command: Command,
        /// Stream offset of the frame's first byte.
        offset: u64,
        /// The limit exceeded.
        limit: usize,
    },

    /// A header line (without its EOL) is longer than
    /// [`Limits::max_header_bytes`](super::Limits).
    #[error(
        "line {line} of the STOMP {command} frame at stream byte {offset} is longer than {limit} bytes"
    )]
    HeaderLineTooLong {
        /// The command.
        command: Command,
        /// Line number within the frame (line 1 is the command).
        line: usize,
        /// Stream offset of the frame's first byte.
        offset: u64,
        /// The limit exceeded.
        limit: usize,
    },

    /// The command line is not one of the STOMP commands (commands are
    /// upper case; a line longer than the longest command is rejected
    /// without waiting for its end).
    #[error("unknown STOMP command (a line of at least {len} bytes) at stream byte {offset}")]
    UnknownCommand {
        /// Stream offset of the frame's first byte.
        offset: u64,
        /// Length of the command line seen (without EOL), possibly partial.
        len: usize,
    },

    /// A header line has no colon.
    #[error("line {line} of the STOMP {command} frame at stream byte {offset} has no colon")]
    MissingColon {
        /// The command.
        command: Command,
        /// Line number within the frame (line 1 is the command).
        line: usize,
        /// Stream offset of the frame's first byte.
        offset: u64,
    },

    /// A backslash in a header is followed by something other than the
    /// escapes the version defines (`\n`, `\c`, `\\`; `\r` from 1.2), or
    /// ends the name or value. Never raised in 1.0, nor for CONNECT, STOMP
    /// and CONNECTED frames, which are not escaped.
    #[error(
        "undefined STOMP {version} escape sequence in the header {part} on line {line} \
         (byte {column}) of the {command} frame at stream byte {offset}"
    )]
    UndefinedEscape {
        /// The command.
        command: Command,
        /// The version whose escaping rules applied.
        version: Version,
        /// `"name"` or `"value"`.
        part: &'static str,
        /// Line number within the frame (line 1 is the command).
        line: usize,
        /// 1-based byte position of the backslash within the line.
        column: usize,
        /// Stream offset of the frame's first byte.
        offset: u64,
    },

    /// The command line or a header name or value is not UTF-8.
    #[error(
        "line {line} of the STOMP {} frame at stream byte {offset} is not UTF-8",
        command_name(.command)
    )]
    InvalidUtf8 {
        /// The command (`None` when the command line itself is invalid).
        command: Option<Command>,
        /// Line number within the frame (line 1 is the command).
        line: usize,
        /// Stream offset of the frame's first byte.
        offset: u64,
    },

    /// The (first) `content-length` header is not a decimal byte count.
    #[error(
        "the content-length header of the STOMP {command} frame at stream byte {offset} is not a byte count"
    )]
    InvalidContentLength {
        /// The command.
        command: Command,
        /// Stream offset of the frame's first byte.
        offset: u64,
    },

    /// The byte after the `content-length` bytes of the body is not NUL.
    #[error(
        "the STOMP {command} frame at stream byte {offset} has no NUL after the body bytes its content-length declares"
    )]
    MissingNul {
        /// The command.
        command: Command,
        /// Stream offset of the frame's first byte.
        offset: u64,
    },

    /// A `heart-beat` header is not `<number>,<number>` (unsigned 32-bit
    /// milliseconds).
    #[error("invalid STOMP heart-beat header: {reason}")]
    InvalidHeartBeat {
        /// What is wrong.
        reason: &'static str,
    },

    /// [`encode_checked`](super::encode_checked): the frame cannot be
    /// written faithfully in this version.
    #[error(
        "the STOMP {command} frame cannot be encoded in STOMP {version}: header {index}: {reason}"
    )]
    Unencodable {
        /// The command.
        command: Command,
        /// The version asked for.
        version: Version,
        /// 0-based index of the offending header in [`Frame::headers`](super::Frame).
        index: usize,
        /// What is wrong.
        reason: &'static str,
    },
}

fn command_name(command: &Option<Command>) -> &'static str {
    command.map_or("(unparsed)", Command::as_str)
}
