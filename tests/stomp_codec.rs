//! Property tests of the STOMP codec: encode/decode round trips, stream
//! splitting, and arbitrary input.

#![cfg(feature = "ips-cloud")]

use proptest::prelude::*;
use proptest::sample::Index;
use worldpay::stomp::{
    CodecError, Command, Decoder, Frame, Item, Limits, Version, encode, encode_checked,
};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        // Never write regression files into the repository.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn version() -> impl Strategy<Value = Version> {
    prop::sample::select(Version::ALL.to_vec())
}

fn command() -> impl Strategy<Value = Command> {
    prop::sample::select(Command::ALL.to_vec())
}

/// Short strings rich in the characters escaping is about.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => any::<char>(),
            1 => Just(':'),
            1 => Just('\n'),
            1 => Just('\r'),
            1 => Just('\\'),
            1 => prop::sample::select(vec!['c', 'n', 'r', 't', 'a']),
        ],
        0..12,
    )
    .prop_map(String::from_iter)
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop_oneof![3 => any::<u8>(), 1 => Just(0u8)], 0..200)
}

/// Makes raw headers carriable by `command` in `version`:
/// - unescaped frames (1.0, and CONNECT/STOMP/CONNECTED always) cannot
///   carry CR or LF, nor `:` in a name;
/// - 1.1 has no `\r` escape, and decoders accept CRLF, so a value cannot
///   end with CR;
/// - `content-length` is the codec's to write.
fn carriable(
    command: Command,
    version: Version,
    headers: Vec<(String, String)>,
) -> Vec<(String, String)> {
    let escaped = version != Version::V1_0 && command.is_escaped();
    headers
        .into_iter()
        .map(|(mut name, mut value)| {
            if !escaped {
                name.retain(|c| !matches!(c, ':' | '\r' | '\n'));
                value.retain(|c| !matches!(c, '\r' | '\n'));
            } else if version == Version::V1_1 {
                value.truncate(value.trim_end_matches('\r').len());
            }
            if name == "content-length" {
                name.insert(0, 'x');
            }
            (name, value)
        })
        .collect()
}

fn frame_for(version: Version) -> impl Strategy<Value = Frame> {
    (
        command(),
        prop::collection::vec((text(), text()), 0..8),
        body(),
    )
        .prop_map(move |(command, headers, body)| Frame {
            command,
            headers: carriable(command, version, headers),
            body,
        })
}

fn versioned_frame() -> impl Strategy<Value = (Version, Frame)> {
    version().prop_flat_map(|v| (Just(v), frame_for(v)))
}

/// Pushes `pieces` one by one, draining after each; returns the items and
/// the error that stopped decoding, if any. Checks the memory bound.
fn decode_pieces(
    pieces: &[&[u8]],
    version: Version,
    limits: Limits,
) -> (Vec<Item>, Option<CodecError>) {
    let mut decoder = Decoder::new(limits);
    decoder.set_version(version);
    let mut items = Vec::new();
    for piece in pieces {
        decoder.push(piece);
        loop {
            match decoder.next_item() {
                Ok(Some(item)) => items.push(item),
                Ok(None) => break,
                Err(error) => {
                    // Errors are sticky and release the buffer.
                    assert_eq!(decoder.next_item(), Err(error.clone()));
                    assert_eq!(decoder.buffered(), 0);
                    let _ = (error.to_string(), format!("{error:?}"));
                    return (items, Some(error));
                }
            }
        }
        assert!(
            decoder.buffered() <= limits.max_frame_bytes.max(1),
            "{} bytes buffered, limit {}",
            decoder.buffered(),
            limits.max_frame_bytes
        );
    }
    (items, None)
}

/// Cuts `bytes` at the given points.
fn split<'a>(bytes: &'a [u8], cuts: &[Index]) -> Vec<&'a [u8]> {
    let mut points: Vec<usize> = cuts.iter().map(|i| i.index(bytes.len() + 1)).collect();
    points.sort_unstable();
    let mut pieces = Vec::new();
    let mut start = 0;
    for point in points {
        pieces.push(&bytes[start..point]);
        start = point;
    }
    pieces.push(&bytes[start..]);
    pieces
}

proptest! {
    #![proptest_config(config())]

    /// 1. encode then decode (same version) gives the frame back, plus the
    /// `content-length` encode adds to a non-empty body.
    #[test]
    fn encode_decode_round_trip((version, frame) in versioned_frame()) {
        let bytes = encode(&frame, version);
        // encode_checked also refuses empty names, which decode fine.
        if frame.headers.iter().all(|(name, _)| !name.is_empty()) {
            prop_assert_eq!(encode_checked(&frame, version), Ok(bytes.clone()));
        }

        let (items, error) = decode_pieces(&[&bytes], version, Limits::default());
        prop_assert_eq!(error, None);
        prop_assert_eq!(items.len(), 1);
        let Item::Frame(decoded) = &items[0] else {
            panic!("not a frame: {:?}", items[0]);
        };
        let mut expected = frame.clone();
        if !frame.body.is_empty() {
            expected
                .headers
                .push(("content-length".into(), frame.body.len().to_string()));
        }
        prop_assert_eq!(decoded, &expected);
        prop_assert_eq!(&decoded.body, &frame.body);
    }

    /// 2. A stream of frames and heart-beat EOLs decodes to the same items
    /// however it is cut into pushes.
    #[test]
    fn splitting_the_stream_changes_nothing(
        (version, frames) in version().prop_flat_map(|v| (
            Just(v),
            prop::collection::vec(
                (
                    prop::collection::vec(prop_oneof![Just(&b"\n"[..]), Just(&b"\r\n"[..])], 0..3),
                    frame_for(v),
                ),
                0..6,
            ),
        )),
        trailing in prop::collection::vec(prop_oneof![Just(&b"\n"[..]), Just(&b"\r\n"[..])], 0..3),
        cuts in prop::collection::vec(any::<Index>(), 0..12),
    ) {
        let mut stream = Vec::new();
        let mut expected = Vec::new();
        for (beats, frame) in &frames {
            for beat in beats {
                stream.extend_from_slice(beat);
                expected.push(Item::HeartBeat);
            }
            stream.extend(encode(frame, version));
            let mut frame = frame.clone();
            if !frame.body.is_empty() {
                frame
                    .headers
                    .push(("content-length".into(), frame.body.len().to_string()));
            }
            expected.push(Item::Frame(frame));
        }
        for beat in &trailing {
            stream.extend_from_slice(beat);
            expected.push(Item::HeartBeat);
        }

        let whole = decode_pieces(&[&stream], version, Limits::default());
        prop_assert_eq!(&whole, &(expected, None));
        let pieces = split(&stream, &cuts);
        prop_assert_eq!(decode_pieces(&pieces, version, Limits::default()), whole);
        let bytes: Vec<&[u8]> = stream.chunks(1).collect();
        prop_assert_eq!(decode_pieces(&bytes, version, Limits::default()).0.len(), frames.len() + frames.iter().map(|(b, _)| b.len()).sum::<usize>() + trailing.len());
    }

    /// 3. Arbitrary bytes never panic, keep the memory bound, and give the
    /// same items (and an error or not) however they are cut.
    #[test]
    fn arbitrary_bytes_never_panic(
        version in version(),
        chunks in prop::collection::vec(
            prop_oneof![
                4 => prop::collection::vec(any::<u8>(), 0..24),
                1 => prop::sample::select(vec![
                    &b"SEND\n"[..], b"MESSAGE\r\n", b"CONNECTED\n", b"ERROR\n",
                    b"content-length:3\n", b"content-length:", b"a:b\n", b"x\\c:y\\n\n",
                    b"\\", b"\\r", b":", b"\n", b"\r\n", b"\r", b"\0", b"\n\n", b"\xff",
                ]).prop_map(<[u8]>::to_vec),
            ],
            0..24,
        ),
        small in any::<bool>(),
        max_frame_bytes in 0usize..256,
        max_headers in 0usize..6,
        max_header_bytes in 0usize..32,
        cuts in prop::collection::vec(any::<Index>(), 0..12),
    ) {
        let bytes = chunks.concat();
        let limits = if small {
            Limits { max_frame_bytes, max_headers, max_header_bytes }
        } else {
            Limits::default()
        };
        let whole = decode_pieces(&[&bytes], version, limits);
        let pieces = split(&bytes, &cuts);
        let parts = decode_pieces(&pieces, version, limits);
        prop_assert_eq!(&parts.0, &whole.0);
        prop_assert_eq!(parts.1.is_some(), whole.1.is_some());
        for item in &whole.0 {
            let _ = format!("{item:?}");
        }
    }
}
