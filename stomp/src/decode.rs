//! The incremental decoder.

use super::encode::is_escaped;
use super::error::CodecError;
use super::frame::{Command, Frame, Item, Version};

/// Bounds on what a [`Decoder`] accepts; exceeding any is an error at once,
/// without buffering the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest frame, in bytes from the first byte of the command through
    /// the terminating NUL (heart-beat EOLs between frames do not count).
    /// A `content-length` that would make the frame larger is refused as
    /// soon as the headers end. Default 1 MiB.
    pub max_frame_bytes: usize,
    /// Most headers in one frame. Default 128.
    pub max_headers: usize,
    /// Longest header line, in bytes, without its EOL and before
    /// unescaping. Default 8 KiB.
    pub max_header_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_frame_bytes: 1024 * 1024,
            max_headers: 128,
            max_header_bytes: 8 * 1024,
        }
    }
}

/// Where the decoder is within the stream.
enum Phase {
    /// Between frames: EOLs here are heart-beats.
    Idle,
    /// Reading the command line.
    Command,
    /// Reading header lines.
    Headers {
        command: Command,
        escaped: bool,
        headers: Vec<(String, String)>,
    },
    /// Reading the body (`len` from `content-length`, or up to the NUL).
    Body {
        command: Command,
        headers: Vec<(String, String)>,
        body_start: usize,
        len: Option<usize>,
    },
}

/// What one step of parsing produced.
enum Step {
    /// Parsing moved on; go on.
    Continue,
    /// An item is ready.
    Yield(Item),
    /// The buffer holds no more complete piece.
    NeedMore,
}

/// An incremental STOMP decoder: [`push`](Decoder::push) bytes as they
/// arrive (a WebSocket message may hold several frames or part of one),
/// then call [`next_item`](Decoder::next_item) until it returns
/// `Ok(None)`.
///
/// Decoding follows `COMMAND EOL *(header EOL) EOL body NUL *(EOL)`, EOL
/// being LF or CRLF in every version. Headers are split on their first
/// colon and unescaped per the version (see [`set_version`]); repeats are
/// kept in order. With a `content-length` header (the first, if repeated)
/// the body is exactly that many bytes, NULs included, followed by a NUL;
/// without, it ends at the first NUL. Every EOL between frames, including
/// the EOLs that follow a frame's NUL, yields an [`Item::HeartBeat`].
///
/// Memory: after `next_item` returned `Ok(None)`, at most
/// [`Limits::max_frame_bytes`] bytes stay buffered, so the decoder holds at
/// most that plus one push — provided the caller drains it after each
/// push. Errors are fatal: the buffer is released, later pushes are
/// dropped and `next_item` keeps returning the same error.
///
/// Its `Debug` shows the state, never buffered bytes or decoded headers.
///
/// [`set_version`]: Decoder::set_version
pub struct Decoder {
    limits: Limits,
    version: Version,
    buf: Vec<u8>,
    /// Start, in `buf`, of the current frame (or of the unread bytes when
    /// idle). The offsets below are relative to it.
    pos: usize,
    /// Start of the line being read.
    cursor: usize,
    /// Where the search for the next LF (or NUL) resumes.
    scan: usize,
    /// Number, within the frame, of the line being read (1: command).
    line: usize,
    /// Stream offset of `buf[pos]`.
    offset: u64,
    phase: Phase,
    failed: Option<CodecError>,
}

impl std::fmt::Debug for Decoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let phase = match &self.phase {
            Phase::Idle => "idle",
            Phase::Command => "command",
            Phase::Headers { .. } => "headers",
            Phase::Body { .. } => "body",
        };
        f.debug_struct("Decoder")
            .field("limits", &self.limits)
            .field("version", &self.version)
            .field("phase", &phase)
            .field("buffered", &self.buffered())
            .field("stream_offset", &self.offset)
            .field("failed", &self.failed)
            .finish()
    }
}

/// Memory kept after the buffer empties.
const KEEP_CAPACITY: usize = 64 * 1024;

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new(Limits::default())
    }
}

impl Decoder {
    /// A decoder at the start of a stream, applying STOMP 1.0 rules (no
    /// unescaping) until [`set_version`](Decoder::set_version) says
    /// otherwise.
    pub fn new(limits: Limits) -> Self {
        Decoder {
            limits,
            version: Version::V1_0,
            buf: Vec::new(),
            pos: 0,
            cursor: 0,
            scan: 0,
            line: 0,
            offset: 0,
            phase: Phase::Idle,
            failed: None,
        }
    }

    /// Switches the unescaping rules, normally right after the CONNECTED
    /// frame told the version (see
    /// [`Version::of_connected`](super::Version::of_connected)). Applies to
    /// every frame whose command line has not been decoded yet, so every
    /// frame after the CONNECTED one when called before the next
    /// [`next_item`](Decoder::next_item).
    pub fn set_version(&mut self, version: Version) {
        self.version = version;
    }

    /// The version whose rules apply to the next frames.
    pub fn version(&self) -> Version {
        self.version
    }

    /// The limits in force.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Appends received bytes. Dropped after an error.
    pub fn push(&mut self, bytes: &[u8]) {
        if self.failed.is_none() {
            self.buf.extend_from_slice(bytes);
        }
    }

    /// The next heart-beat or complete frame; `Ok(None)` when more bytes
    /// are needed.
    pub fn next_item(&mut self) -> Result<Option<Item>, CodecError> {
        if let Some(error) = &self.failed {
            return Err(error.clone());
        }
        loop {
            match self.step() {
                Ok(Step::Continue) => {}
                Ok(Step::Yield(item)) => return Ok(Some(item)),
                Ok(Step::NeedMore) => {
                    self.compact();
                    return Ok(None);
                }
                Err(error) => {
                    self.failed = Some(error.clone());
                    self.buf = Vec::new();
                    self.pos = 0;
                    self.phase = Phase::Idle;
                    return Err(error);
                }
            }
        }
    }

    /// Bytes pushed and not yet returned as items.
    pub fn buffered(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// The error that stopped the decoder, if one did.
    pub fn error(&self) -> Option<&CodecError> {
        self.failed.as_ref()
    }

    fn compact(&mut self) {
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        if self.buf.is_empty() && self.buf.capacity() > KEEP_CAPACITY {
            self.buf = Vec::new();
        }
    }

    /// Marks `len` bytes (from `pos`) as read and returns to idle.
    fn consume(&mut self, len: usize) {
        self.pos += len;
        self.offset += len as u64;
        self.phase = Phase::Idle;
        self.cursor = 0;
        self.scan = 0;
        if self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
        }
    }

    fn step(&mut self) -> Result<Step, CodecError> {
        match self.phase {
            Phase::Idle => Ok(self.step_idle()),
            Phase::Command => self.step_command(),
            Phase::Headers { .. } => self.step_header(),
            Phase::Body { .. } => self.step_body(),
        }
    }

    fn step_idle(&mut self) -> Step {
        let avail = &self.buf[self.pos..];
        let eol = match avail {
            [] | [b'\r'] => return Step::NeedMore,
            [b'\n', ..] => 1,
            [b'\r', b'\n', ..] => 2,
            _ => 0,
        };
        if eol > 0 {
            self.consume(eol);
            return Step::Yield(Item::HeartBeat);
        }
        self.phase = Phase::Command;
        self.cursor = 0;
        self.scan = 0;
        self.line = 1;
        Step::Continue
    }

    fn step_command(&mut self) -> Result<Step, CodecError> {
        let avail = &self.buf[self.pos..];
        let offset = self.offset;
        let Some(lf) = find(avail, self.scan, b'\n') else {
            let len = partial_line_len(avail);
            if len > Command::MAX_LEN {
                return Err(CodecError::UnknownCommand { offset, len });
            }
            if avail.len() > self.limits.max_frame_bytes {
                return Err(CodecError::FrameTooLarge {
                    command: None,
                    offset,
                    limit: self.limits.max_frame_bytes,
                });
            }
            self.scan = avail.len();
            return Ok(Step::NeedMore);
        };
        let line = strip_cr(&avail[..lf]);
        let len = line.len();
        if len > Command::MAX_LEN {
            return Err(CodecError::UnknownCommand { offset, len });
        }
        let text = std::str::from_utf8(line).map_err(|_| CodecError::InvalidUtf8 {
            command: None,
            line: 1,
            offset,
        })?;
        let command = Command::parse(text).ok_or(CodecError::UnknownCommand { offset, len })?;
        if lf + 1 > self.limits.max_frame_bytes {
            return Err(CodecError::FrameTooLarge {
                command: Some(command),
                offset,
                limit: self.limits.max_frame_bytes,
            });
        }
        self.cursor = lf + 1;
        self.scan = lf + 1;
        self.line = 2;
        self.phase = Phase::Headers {
            command,
            escaped: is_escaped(command, self.version),
            headers: Vec::new(),
        };
        Ok(Step::Continue)
    }

    fn step_header(&mut self) -> Result<Step, CodecError> {
        let Phase::Headers {
            command,
            escaped,
            headers,
        } = &mut self.phase
        else {
            unreachable!("step_header outside the header phase")
        };
        let (command, escaped) = (*command, *escaped);
        let limits = self.limits;
        let offset = self.offset;
        let line_no = self.line;
        let avail = &self.buf[self.pos..];
        let too_large = || CodecError::FrameTooLarge {
            command: Some(command),
            offset,
            limit: limits.max_frame_bytes,
        };
        let too_long = || CodecError::HeaderLineTooLong {
            command,
            line: line_no,
            offset,
            limit: limits.max_header_bytes,
        };
        let too_many = || CodecError::TooManyHeaders {
            command,
            offset,
            limit: limits.max_headers,
        };

        let Some(lf) = find(avail, self.scan, b'\n') else {
            let len = partial_line_len(&avail[self.cursor..]);
            if len > limits.max_header_bytes {
                return Err(too_long());
            }
            if len > 0 && headers.len() >= limits.max_headers {
                return Err(too_many());
            }
            if avail.len() > limits.max_frame_bytes {
                return Err(too_large());
            }
            self.scan = avail.len();
            return Ok(Step::NeedMore);
        };
        let line = strip_cr(&avail[self.cursor..lf]);

        if !line.is_empty() {
            if line.len() > limits.max_header_bytes {
                return Err(too_long());
            }
            if headers.len() >= limits.max_headers {
                return Err(too_many());
            }
            if lf + 1 > limits.max_frame_bytes {
                return Err(too_large());
            }
            let version = escaped.then_some(self.version);
            headers.push(parse_header(line, version, command, line_no, offset)?);
            self.cursor = lf + 1;
            self.scan = lf + 1;
            self.line += 1;
            return Ok(Step::Continue);
        }

        // The blank line: the body follows.
        let body_start = lf + 1;
        if body_start > limits.max_frame_bytes {
            return Err(too_large());
        }
        let len = match headers.iter().find(|(name, _)| name == "content-length") {
            None => None,
            Some((_, value)) => {
                if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(CodecError::InvalidContentLength { command, offset });
                }
                // All digits: failing to parse means it overflows.
                let len: usize = value.parse().map_err(|_| too_large())?;
                // The frame ends with the NUL after the body.
                match body_start.checked_add(len) {
                    Some(end) if end < limits.max_frame_bytes => {}
                    _ => return Err(too_large()),
                }
                Some(len)
            }
        };
        let headers = std::mem::take(headers);
        self.scan = body_start;
        self.phase = Phase::Body {
            command,
            headers,
            body_start,
            len,
        };
        Ok(Step::Continue)
    }

    fn step_body(&mut self) -> Result<Step, CodecError> {
        let Phase::Body {
            command,
            body_start,
            len,
            ..
        } = self.phase
        else {
            unreachable!("step_body outside the body phase")
        };
        let avail = &self.buf[self.pos..];
        let offset = self.offset;
        let max = self.limits.max_frame_bytes;
        let too_large = || CodecError::FrameTooLarge {
            command: Some(command),
            offset,
            limit: max,
        };
        let end = match len {
            Some(len) => {
                let end = body_start + len;
                match avail.get(end) {
                    None => return Ok(Step::NeedMore),
                    Some(0) => end,
                    Some(_) => return Err(CodecError::MissingNul { command, offset }),
                }
            }
            None => match find(avail, self.scan, 0) {
                Some(end) if end < max => end,
                Some(_) => return Err(too_large()),
                None if avail.len() >= max => return Err(too_large()),
                None => {
                    self.scan = avail.len();
                    return Ok(Step::NeedMore);
                }
            },
        };
        let body = avail[body_start..end].to_vec();
        let Phase::Body { headers, .. } = std::mem::replace(&mut self.phase, Phase::Idle) else {
            unreachable!("checked above")
        };
        self.consume(end + 1);
        Ok(Step::Yield(Item::Frame(Frame {
            command,
            headers,
            body,
        })))
    }
}

/// Position of `byte` in `haystack[from..]`, as an index into `haystack`.
fn find(haystack: &[u8], from: usize, byte: u8) -> Option<usize> {
    // memchr: a body without `content-length` is scanned for its NUL, and
    // a byte-at-a-time loop ran at under 1 GiB/s (benches/stomp.rs).
    memchr::memchr(byte, haystack.get(from..)?).map(|i| from + i)
}

/// `line` without a final CR.
fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The length of a line whose LF has not arrived yet, not counting a final
/// CR (it may be the start of a CRLF).
fn partial_line_len(partial: &[u8]) -> usize {
    strip_cr(partial).len()
}

/// Parses one header line (without EOL): split on the first colon, check
/// UTF-8, unescape when `version` is given.
fn parse_header(
    line: &[u8],
    version: Option<Version>,
    command: Command,
    line_no: usize,
    offset: u64,
) -> Result<(String, String), CodecError> {
    let colon = line
        .iter()
        .position(|&b| b == b':')
        .ok_or(CodecError::MissingColon {
            command,
            line: line_no,
            offset,
        })?;
    let (name, value) = (&line[..colon], &line[colon + 1..]);
    let utf8 = |bytes: &[u8]| {
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| CodecError::InvalidUtf8 {
                command: Some(command),
                line: line_no,
                offset,
            })
    };
    let (name, value) = (utf8(name)?, utf8(value)?);
    let Some(version) = version else {
        return Ok((name, value));
    };
    let undefined = |part: &'static str, column: usize| CodecError::UndefinedEscape {
        command,
        version,
        part,
        line: line_no,
        column,
        offset,
    };
    let name = unescape(name, version).map_err(|at| undefined("name", at + 1))?;
    let value = unescape(value, version).map_err(|at| undefined("value", colon + 2 + at))?;
    Ok((name, value))
}

/// Undoes 1.1/1.2 escaping; on an undefined escape, the byte index of its
/// backslash.
fn unescape(text: String, version: Version) -> Result<String, usize> {
    if !text.contains('\\') {
        return Ok(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some((_, 'n')) => out.push('\n'),
            Some((_, 'c')) => out.push(':'),
            Some((_, '\\')) => out.push('\\'),
            Some((_, 'r')) if version == Version::V1_2 => out.push('\r'),
            _ => return Err(at),
        }
    }
    Ok(out)
}
