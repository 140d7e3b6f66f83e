//! `stomp_decode`: bytes fed to the STOMP decoder in arbitrary pieces, in
//! every protocol version.
//!
//! Input: byte 0 picks the limits (bit 0: the defaults or small ones) and
//! the number of split points (bits 1–3); then two bytes per split point;
//! the rest is the stream.
//!
//! Checked, for every version:
//! - decoding never panics, and an error is final (the decoder keeps
//!   returning it and buffers nothing more);
//! - after `next_item` returned `Ok(None)`, at most `max_frame_bytes` stay
//!   buffered (no unbounded growth);
//! - the items and the error do not depend on how the stream was split;
//! - every decoded frame that `encode_checked` accepts decodes back to
//!   itself (plus the `content-length` header `encode` adds to a body
//!   without one);
//! - `Debug` of frames and of the decoder, and `Display` of errors, work.

use worldpay::stomp::{CodecError, Decoder, Frame, Item, Limits, Version, encode_checked};

/// What one version made of the stream.
#[derive(Debug)]
pub struct Run {
    /// The version whose rules applied.
    pub version: Version,
    /// Every item decoded, in order.
    pub items: Vec<Item>,
    /// The error that stopped decoding, if any.
    pub error: Option<CodecError>,
}

/// The small limits, to reach every limit check with short inputs.
pub const SMALL: Limits = Limits {
    max_frame_bytes: 256,
    max_headers: 4,
    max_header_bytes: 64,
};

/// Decodes `pieces` in order, draining after each push.
pub fn decode(limits: Limits, version: Version, pieces: &[&[u8]]) -> Run {
    let mut decoder = Decoder::new(limits);
    decoder.set_version(version);
    let mut items = Vec::new();
    let mut error = None;
    'outer: for piece in pieces {
        decoder.push(piece);
        loop {
            match decoder.next_item() {
                Ok(Some(item)) => items.push(item),
                Ok(None) => {
                    assert!(
                        decoder.buffered() <= limits.max_frame_bytes,
                        "{} bytes stay buffered, above the {} limit",
                        decoder.buffered(),
                        limits.max_frame_bytes
                    );
                    break;
                }
                Err(e) => {
                    error = Some(e);
                    break 'outer;
                }
            }
        }
    }
    if let Some(e) = &error {
        let _ = (e.to_string(), format!("{e:?}"));
        decoder.push(b"CONNECT\n\n\0");
        assert_eq!(decoder.next_item().as_ref(), Err(e), "an error is final");
        assert_eq!(decoder.buffered(), 0, "a failed decoder buffers nothing");
    }
    let _ = format!("{decoder:?}");
    Run {
        version,
        items,
        error,
    }
}

/// Splits the input into limits, pieces and the whole stream.
pub fn parse(data: &[u8]) -> (Limits, Vec<&[u8]>, &[u8]) {
    let Some((&head, rest)) = data.split_first() else {
        return (Limits::default(), Vec::new(), &[]);
    };
    let limits = if head & 1 == 0 {
        Limits::default()
    } else {
        SMALL
    };
    let splits = usize::from((head >> 1) & 7);
    let take = (splits * 2).min(rest.len());
    let (points, stream) = rest.split_at(take);
    let mut cuts: Vec<usize> = points
        .chunks_exact(2)
        .map(|p| usize::from(u16::from_le_bytes([p[0], p[1]])) % (stream.len() + 1))
        .collect();
    cuts.sort_unstable();
    let mut pieces = Vec::new();
    let mut from = 0;
    for cut in cuts {
        pieces.push(&stream[from..cut]);
        from = cut;
    }
    pieces.push(&stream[from..]);
    (limits, pieces, stream)
}

/// Runs every check on one input; the run of each version, split as the
/// input says.
pub fn check(data: &[u8]) -> Vec<Run> {
    let (limits, pieces, stream) = parse(data);
    let mut runs = Vec::new();
    for version in Version::ALL {
        let split = decode(limits, version, &pieces);
        let whole = decode(limits, version, &[stream]);
        assert_eq!(split.items, whole.items, "items depend on the split");
        assert_eq!(
            split.error.is_some(),
            whole.error.is_some(),
            "an error depends on the split: {:?} vs {:?}",
            split.error,
            whole.error
        );
        for item in &split.items {
            if let Item::Frame(frame) = item {
                round_trip(frame, version);
            }
        }
        runs.push(split);
    }
    runs
}

/// A decoded frame that `encode_checked` accepts decodes back to itself.
pub fn round_trip(frame: &Frame, version: Version) {
    let _ = format!("{frame:?}{frame:#?}");
    let Ok(bytes) = encode_checked(frame, version) else {
        return;
    };
    let limits = Limits {
        max_frame_bytes: usize::MAX,
        max_headers: usize::MAX,
        max_header_bytes: usize::MAX,
    };
    let again = decode(limits, version, &[&bytes]);
    assert_eq!(again.error, None, "a re-encoded frame does not decode");
    let mut expected = frame.clone();
    if !frame.body.is_empty() && frame.get("content-length").is_none() {
        expected = expected.header("content-length", frame.body.len().to_string());
    }
    assert_eq!(
        again.items,
        vec![Item::Frame(expected)],
        "a re-encoded frame decodes differently"
    );
}
