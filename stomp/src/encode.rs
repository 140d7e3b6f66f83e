//! Encoding frames.

use super::error::CodecError;
use super::frame::{Command, Frame, Version};

/// Writes `frame` as STOMP bytes for a session speaking `version`:
/// `COMMAND LF *(name:value LF) LF body NUL`, LF line ends.
///
/// - Header names and values are escaped per `version` (1.1: `\`, LF and
///   `:` as `\\`, `\n`, `\c`; 1.2: also CR as `\r`), except in CONNECT,
///   STOMP and CONNECTED frames, which are never escaped.
/// - A `content-length` header is appended when the body is not empty and
///   the frame has no `content-length` header already (a caller-supplied
///   one is written as is and must be right).
/// - The body is written whatever the command.
///
/// `encode` is infallible: what a version cannot carry is written raw. In
/// 1.0 (and in CONNECT/STOMP/CONNECTED frames) a name containing `:`, CR or
/// LF or a value containing CR or LF is therefore written raw and breaks
/// the frame (or injects headers) — and in 1.1, which has no `\r` escape, a
/// value ending in CR loses that CR, since decoders accept CRLF line ends.
/// Nothing is silently replaced. Use [`encode_checked`] when header text
/// is not known to be safe.
pub fn encode(frame: &Frame, version: Version) -> Vec<u8> {
    let escaped = is_escaped(frame.command, version);
    let headers_len: usize = frame
        .headers
        .iter()
        .map(|(n, v)| n.len() + v.len() + 2)
        .sum();
    let mut out =
        Vec::with_capacity(frame.command.as_str().len() + headers_len + frame.body.len() + 32);
    out.extend_from_slice(frame.command.as_str().as_bytes());
    out.push(b'\n');
    for (name, value) in &frame.headers {
        if escaped {
            escape_into(&mut out, name, version);
            out.push(b':');
            escape_into(&mut out, value, version);
        } else {
            out.extend_from_slice(name.as_bytes());
            out.push(b':');
            out.extend_from_slice(value.as_bytes());
        }
        out.push(b'\n');
    }
    if !frame.body.is_empty() && frame.get("content-length").is_none() {
        out.extend_from_slice(b"content-length:");
        out.extend_from_slice(frame.body.len().to_string().as_bytes());
        out.push(b'\n');
    }
    out.push(b'\n');
    out.extend_from_slice(&frame.body);
    out.push(0);
    out
}

/// [`encode`], but refuses ([`CodecError::Unencodable`]) a frame that would
/// not decode back to itself: in an unescaped frame (any frame in 1.0;
/// CONNECT, STOMP and CONNECTED in every version) a header name containing
/// `:`, CR or LF, or a value containing CR or LF; in 1.1 a name or value
/// ending in CR; an empty header name; or a `content-length` header that
/// differs from the body's length.
pub fn encode_checked(frame: &Frame, version: Version) -> Result<Vec<u8>, CodecError> {
    let escaped = is_escaped(frame.command, version);
    let fail = |index: usize, reason: &'static str| CodecError::Unencodable {
        command: frame.command,
        version,
        index,
        reason,
    };
    for (index, (name, value)) in frame.headers.iter().enumerate() {
        if name.is_empty() {
            return Err(fail(index, "empty header name"));
        }
        if !escaped {
            if name.contains([':', '\r', '\n']) {
                return Err(fail(
                    index,
                    "the name contains ':', CR or LF, which this frame cannot escape",
                ));
            }
            if value.contains(['\r', '\n']) {
                return Err(fail(
                    index,
                    "the value contains CR or LF, which this frame cannot escape",
                ));
            }
        } else if version == Version::V1_1 && value.ends_with('\r') {
            // A name is followed by ':', so only a value ends a line.
            return Err(fail(
                index,
                "the value ends in CR, which STOMP 1.1 cannot escape",
            ));
        }
    }
    if let Some(index) = frame
        .headers
        .iter()
        .position(|(n, _)| n == "content-length")
    {
        let declared = &frame.headers[index].1;
        if declared.parse::<usize>().ok() != Some(frame.body.len())
            || !declared.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(fail(
                index,
                "the content-length header differs from the body length",
            ));
        }
    }
    Ok(encode(frame, version))
}

fn escape_into(out: &mut Vec<u8>, text: &str, version: Version) {
    for &b in text.as_bytes() {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b':' => out.extend_from_slice(b"\\c"),
            b'\r' if version == Version::V1_2 => out.extend_from_slice(b"\\r"),
            _ => out.push(b),
        }
    }
}

/// Whether `command`'s headers are escaped in `version`.
pub(crate) fn is_escaped(command: Command, version: Version) -> bool {
    version.escapes() && command.is_escaped()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_grammar_with_content_length() {
        let frame = Frame::new(Command::Send)
            .header("destination", "/v1/payment")
            .body(b"{}".to_vec());
        assert_eq!(
            encode(&frame, Version::V1_2),
            b"SEND\ndestination:/v1/payment\ncontent-length:2\n\n{}\0"
        );
        // No body: no content-length.
        let frame = Frame::new(Command::Disconnect).header("receipt", "77");
        assert_eq!(
            encode(&frame, Version::V1_1),
            b"DISCONNECT\nreceipt:77\n\n\0"
        );
    }

    #[test]
    fn keeps_a_given_content_length() {
        let frame = Frame::new(Command::Send)
            .header("content-length", "3")
            .body(b"abc".to_vec());
        assert_eq!(
            encode(&frame, Version::V1_0),
            b"SEND\ncontent-length:3\n\nabc\0"
        );
    }

    #[test]
    fn escapes_per_version() {
        let frame = Frame::new(Command::Send).header("a:b", "x\\y\nz:\r");
        assert_eq!(
            encode(&frame, Version::V1_0),
            b"SEND\na:b:x\\y\nz:\r\n\n\0".to_vec()
        );
        assert_eq!(
            encode(&frame, Version::V1_1),
            b"SEND\na\\cb:x\\\\y\\nz\\c\r\n\n\0".to_vec()
        );
        assert_eq!(
            encode(&frame, Version::V1_2),
            b"SEND\na\\cb:x\\\\y\\nz\\c\\r\n\n\0".to_vec()
        );
    }

    #[test]
    fn never_escapes_connect_stomp_connected() {
        for command in [Command::Connect, Command::Stomp, Command::Connected] {
            let frame = Frame::new(command).header("session", "ID:a\\b:1");
            let mut expected = command.as_str().as_bytes().to_vec();
            expected.extend_from_slice(b"\nsession:ID:a\\b:1\n\n\0");
            assert_eq!(encode(&frame, Version::V1_2), expected);
            assert!(!is_escaped(command, Version::V1_2));
        }
    }

    #[test]
    fn checked_encoding_refuses_what_would_not_round_trip() {
        let lf_value = Frame::new(Command::Send).header("a", "x\ny");
        assert!(encode_checked(&lf_value, Version::V1_2).is_ok());
        let err = encode_checked(&lf_value, Version::V1_0).unwrap_err();
        assert!(matches!(err, CodecError::Unencodable { index: 0, .. }));
        assert!(!err.to_string().contains("x\ny"));

        let connect = Frame::new(Command::Connect).header("passcode", "se\ncret");
        assert!(encode_checked(&connect, Version::V1_2).is_err());

        let colon_name = Frame::new(Command::Send).header("a:b", "v");
        assert!(encode_checked(&colon_name, Version::V1_0).is_err());
        assert!(encode_checked(&colon_name, Version::V1_1).is_ok());

        let trailing_cr = Frame::new(Command::Send).header("a", "v\r");
        assert!(encode_checked(&trailing_cr, Version::V1_1).is_err());
        assert!(encode_checked(&trailing_cr, Version::V1_2).is_ok());

        let empty_name = Frame::new(Command::Send).header("", "v");
        assert!(encode_checked(&empty_name, Version::V1_2).is_err());

        let wrong_length = Frame::new(Command::Send)
            .header("content-length", "4")
            .body(b"abc".to_vec());
        assert!(encode_checked(&wrong_length, Version::V1_2).is_err());
        let right_length = Frame::new(Command::Send)
            .header("content-length", "3")
            .body(b"abc".to_vec());
        assert!(encode_checked(&right_length, Version::V1_2).is_ok());
        let plus_length = Frame::new(Command::Send)
            .header("content-length", "+3")
            .body(b"abc".to_vec());
        assert!(encode_checked(&plus_length, Version::V1_2).is_err());
    }
}
