//! Unit tests of the decoder against the STOMP rules, one or more per rule.

use super::*;

/// Decodes everything `bytes` holds with `version` and default limits.
fn decode_all(bytes: &[u8], version: Version) -> Result<Vec<Item>, CodecError> {
    decode_with(bytes, version, Limits::default())
}

fn decode_with(bytes: &[u8], version: Version, limits: Limits) -> Result<Vec<Item>, CodecError> {
    let mut decoder = Decoder::new(limits);
    decoder.set_version(version);
    decoder.push(bytes);
    let mut items = Vec::new();
    while let Some(item) = decoder.next_item()? {
        items.push(item);
    }
    Ok(items)
}

/// The only frame `bytes` holds (heart-beats ignored).
fn one_frame(bytes: &[u8], version: Version) -> Frame {
    let frames: Vec<Frame> = decode_all(bytes, version)
        .unwrap()
        .into_iter()
        .filter_map(|item| match item {
            Item::Frame(frame) => Some(frame),
            Item::HeartBeat => None,
        })
        .collect();
    assert_eq!(frames.len(), 1, "{frames:?}");
    frames.into_iter().next().unwrap()
}

fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

// --- Frame grammar ---------------------------------------------------------

#[test]
fn decodes_the_basic_grammar() {
    let frame = one_frame(
        b"MESSAGE\ndestination:/q\nmessage-id:7\n\nhello\0",
        Version::V1_2,
    );
    assert_eq!(frame.command, Command::Message);
    assert_eq!(
        frame.headers,
        headers(&[("destination", "/q"), ("message-id", "7")])
    );
    assert_eq!(frame.body, b"hello");
}

#[test]
fn accepts_crlf_in_every_version() {
    for version in Version::ALL {
        let items = decode_all(
            b"MESSAGE\r\ndestination:/q\r\na:b\r\n\r\nbody\0\r\nRECEIPT\r\nreceipt-id:1\r\n\r\n\0",
            version,
        )
        .unwrap();
        assert_eq!(
            items,
            vec![
                Item::Frame(
                    Frame::new(Command::Message)
                        .header("destination", "/q")
                        .header("a", "b")
                        .body(b"body".to_vec())
                ),
                Item::HeartBeat,
                Item::Frame(Frame::new(Command::Receipt).header("receipt-id", "1")),
            ],
            "{version}"
        );
    }
}

#[test]
fn a_cr_inside_a_value_is_kept() {
    // Only a CR right before the LF belongs to the EOL.
    let frame = one_frame(b"SEND\na:x\ry\n\n\0", Version::V1_0);
    assert_eq!(frame.get("a"), Some("x\ry"));
}

#[test]
fn eols_between_frames_are_heart_beats() {
    let items = decode_all(b"\n\r\nRECEIPT\nreceipt-id:1\n\n\0\n\n\r\n", Version::V1_1).unwrap();
    assert_eq!(
        items,
        vec![
            Item::HeartBeat,
            Item::HeartBeat,
            Item::Frame(Frame::new(Command::Receipt).header("receipt-id", "1")),
            Item::HeartBeat,
            Item::HeartBeat,
            Item::HeartBeat,
        ]
    );
}

#[test]
fn a_lone_cr_waits_for_its_lf() {
    let mut decoder = Decoder::default();
    decoder.push(b"\r");
    assert_eq!(decoder.next_item(), Ok(None));
    assert_eq!(decoder.buffered(), 1);
    decoder.push(b"\n");
    assert_eq!(decoder.next_item(), Ok(Some(Item::HeartBeat)));
    assert_eq!(decoder.next_item(), Ok(None));
    assert_eq!(decoder.buffered(), 0);
}

#[test]
fn several_frames_in_one_push() {
    let mut bytes = Vec::new();
    for i in 0..5 {
        bytes.extend(encode(
            &Frame::new(Command::Message)
                .header("message-id", i.to_string())
                .body(vec![i as u8; i]),
            Version::V1_2,
        ));
    }
    let items = decode_all(&bytes, Version::V1_2).unwrap();
    assert_eq!(items.len(), 5);
    for (i, item) in items.into_iter().enumerate() {
        let Item::Frame(frame) = item else { panic!() };
        assert_eq!(frame.get("message-id"), Some(i.to_string().as_str()));
        assert_eq!(frame.body, vec![i as u8; i]);
    }
}

#[test]
fn a_frame_split_byte_by_byte() {
    let bytes = b"MESSAGE\r\nsession:ID:x:1\r\ncontent-length:3\r\n\r\na\0b\0\r\n";
    let mut decoder = Decoder::default();
    let mut items = Vec::new();
    for &b in bytes {
        decoder.push(&[b]);
        while let Some(item) = decoder.next_item().unwrap() {
            items.push(item);
        }
    }
    assert_eq!(items, decode_all(bytes, Version::V1_0).unwrap());
    assert_eq!(items.len(), 2);
}

// --- Headers -----------------------------------------------------------------

#[test]
fn splits_headers_on_the_first_colon_only() {
    for version in Version::ALL {
        let frame = one_frame(
            b"MESSAGE\nsession:ID:abc:1\nurl:http://h:80/p\nempty:\n\n\0",
            version,
        );
        assert_eq!(frame.get("session"), Some("ID:abc:1"));
        assert_eq!(frame.get("url"), Some("http://h:80/p"));
        assert_eq!(frame.get("empty"), Some(""));
    }
}

#[test]
fn repeated_headers_are_kept_and_the_first_wins() {
    let frame = one_frame(b"MESSAGE\nfoo:World\nfoo:Hello\nbar:1\n\n\0", Version::V1_2);
    assert_eq!(
        frame.headers,
        headers(&[("foo", "World"), ("foo", "Hello"), ("bar", "1")])
    );
    assert_eq!(frame.get("foo"), Some("World"));
    assert_eq!(frame.get("FOO"), None);
}

#[test]
fn a_header_line_without_colon_is_an_error() {
    let err = decode_all(b"MESSAGE\ndestination:/q\nnocolon\n\n\0", Version::V1_2).unwrap_err();
    assert_eq!(
        err,
        CodecError::MissingColon {
            command: Command::Message,
            line: 3,
            offset: 0
        }
    );
    assert!(!err.to_string().contains("nocolon"), "{err}");
}

#[test]
fn headers_must_be_utf8() {
    let err = decode_all(b"MESSAGE\nna\xffme:v\n\n\0", Version::V1_2).unwrap_err();
    assert!(matches!(
        err,
        CodecError::InvalidUtf8 {
            command: Some(Command::Message),
            line: 2,
            ..
        }
    ));
    let err = decode_all(b"MESSAGE\nname:v\xc3\x28\n\n\0", Version::V1_0).unwrap_err();
    assert!(matches!(err, CodecError::InvalidUtf8 { .. }));
    // Non-ASCII UTF-8 is fine.
    let frame = one_frame("MESSAGE\nnäme:välue€\n\n\0".as_bytes(), Version::V1_2);
    assert_eq!(frame.get("näme"), Some("välue€"));
}

#[test]
fn the_command_must_be_known_and_utf8() {
    let err = decode_all(b"SEN\xffD\n\n\0", Version::V1_2).unwrap_err();
    assert_eq!(
        err,
        CodecError::InvalidUtf8 {
            command: None,
            line: 1,
            offset: 0
        }
    );
    for bad in [&b"send\n\n\0"[..], b"FOO\n\n\0", b" SEND\n\n\0", b"\0\n"] {
        let err = decode_all(bad, Version::V1_2).unwrap_err();
        assert!(matches!(err, CodecError::UnknownCommand { .. }), "{bad:?}");
    }
    // Every command decodes.
    for command in Command::ALL {
        assert_eq!(Command::parse(command.as_str()), Some(command));
        let frame = one_frame(&encode(&Frame::new(command), Version::V1_2), Version::V1_2);
        assert_eq!(frame.command, command);
    }
}

#[test]
fn a_long_garbage_line_is_refused_before_its_end() {
    let mut decoder = Decoder::default();
    decoder.push(b"GET / HTTP/1.1");
    assert!(matches!(
        decoder.next_item(),
        Err(CodecError::UnknownCommand { offset: 0, .. })
    ));
    assert_eq!(decoder.buffered(), 0);
}

// --- Escaping ------------------------------------------------------------------

#[test]
fn version_1_0_does_not_unescape() {
    let frame = one_frame(b"MESSAGE\na\\cb:x\\ny\\t\\\n\n\0", Version::V1_0);
    assert_eq!(frame.get("a\\cb"), Some("x\\ny\\t\\"));
}

#[test]
fn version_1_1_unescapes_n_c_backslash() {
    let frame = one_frame(b"MESSAGE\na\\cb:x\\ny\\cz\\\\w\n\n\0", Version::V1_1);
    assert_eq!(frame.headers, headers(&[("a:b", "x\ny:z\\w")]));
}

#[test]
fn version_1_1_rejects_backslash_r() {
    let err = decode_all(b"MESSAGE\nkey:Se\\rCrEt\n\n\0", Version::V1_1).unwrap_err();
    assert_eq!(
        err,
        CodecError::UndefinedEscape {
            command: Command::Message,
            version: Version::V1_1,
            part: "value",
            line: 2,
            column: 7,
            offset: 0
        }
    );
    assert!(!err.to_string().contains("CrEt"), "{err}");
}

#[test]
fn version_1_2_unescapes_backslash_r() {
    let frame = one_frame(b"MESSAGE\na\\r:x\\r\\n\n\n\0", Version::V1_2);
    assert_eq!(frame.headers, headers(&[("a\r", "x\r\n")]));
}

#[test]
fn undefined_escapes_are_errors_in_1_1_and_1_2() {
    for version in [Version::V1_1, Version::V1_2] {
        for bad in [
            &b"MESSAGE\na:x\\ty\n\n\0"[..],
            b"MESSAGE\na\\t:y\n\n\0",
            b"MESSAGE\na:trailing\\\n\n\0",
            b"MESSAGE\na\\:y\n\n\0",
        ] {
            let err = decode_all(bad, version).unwrap_err();
            assert!(
                matches!(err, CodecError::UndefinedEscape { .. }),
                "{version} {bad:?}: {err:?}"
            );
        }
    }
    let err = decode_all(b"MESSAGE\na\\t:y\n\n\0", Version::V1_2).unwrap_err();
    assert!(matches!(
        err,
        CodecError::UndefinedEscape {
            part: "name",
            column: 2,
            ..
        }
    ));
}

#[test]
fn connect_stomp_and_connected_are_never_unescaped() {
    for command in ["CONNECT", "STOMP", "CONNECTED"] {
        let bytes = format!("{command}\nsession:ID\\c1\\t\\\npasscode:a\\nb\n\n\0");
        let frame = one_frame(bytes.as_bytes(), Version::V1_2);
        assert_eq!(frame.get("session"), Some("ID\\c1\\t\\"));
        assert_eq!(frame.get("passcode"), Some("a\\nb"));
    }
}

#[test]
fn escaping_round_trips_through_encode() {
    let frame = Frame::new(Command::Send)
        .header("we:ird\\name\n", "va:l\\ue\nwith\rcr")
        .header("plain", "x");
    let decoded = one_frame(&encode(&frame, Version::V1_2), Version::V1_2);
    assert_eq!(decoded, frame);
    // 1.1 has no \r escape: a CR inside a value travels raw and survives.
    let decoded = one_frame(&encode(&frame, Version::V1_1), Version::V1_1);
    assert_eq!(decoded, frame);
}

#[test]
fn set_version_applies_to_the_frames_after_connected() {
    // CONNECTED and the next frame in one push: the session switches
    // between the two next_item calls.
    let mut decoder = Decoder::default();
    decoder.push(b"CONNECTED\nversion:1.2\n\n\0MESSAGE\na:x\\cy\n\n\0");
    let Some(Item::Frame(connected)) = decoder.next_item().unwrap() else {
        panic!()
    };
    let version = Version::of_connected(&connected).unwrap();
    assert_eq!(version, Version::V1_2);
    decoder.set_version(version);
    assert_eq!(decoder.version(), Version::V1_2);
    let Some(Item::Frame(message)) = decoder.next_item().unwrap() else {
        panic!()
    };
    assert_eq!(message.get("a"), Some("x:y"));
}

#[test]
fn versions_from_headers() {
    assert_eq!(Version::from_header("1.0"), Some(Version::V1_0));
    assert_eq!(Version::from_header("1.1"), Some(Version::V1_1));
    assert_eq!(Version::from_header("1.2"), Some(Version::V1_2));
    assert_eq!(Version::from_header("2.0"), None);
    for version in Version::ALL {
        assert_eq!(Version::from_header(version.as_str()), Some(version));
    }
    assert_eq!(
        Version::of_connected(&Frame::new(Command::Connected)),
        Some(Version::V1_0)
    );
}

// --- Body ----------------------------------------------------------------------

#[test]
fn content_length_is_authoritative_and_may_cover_nuls() {
    let frame = one_frame(b"MESSAGE\ncontent-length:5\n\na\0b\0c\0\n", Version::V1_2);
    assert_eq!(frame.body, b"a\0b\0c");
    assert_eq!(frame.get("content-length"), Some("5"));
    // The first content-length wins.
    let frame = one_frame(
        b"MESSAGE\ncontent-length:2\ncontent-length:9\n\n\0\0\0",
        Version::V1_2,
    );
    assert_eq!(frame.body, b"\0\0");
}

#[test]
fn without_content_length_the_body_ends_at_the_first_nul() {
    let items = decode_all(b"MESSAGE\n\nab\0cd\n\n\0", Version::V1_2);
    // "cd\n" then starts a new frame whose command is unknown.
    assert!(matches!(
        items,
        Err(CodecError::UnknownCommand { offset: 12, .. })
    ));
    let frame = one_frame(b"ERROR\nmessage:bad\n\nsome text\0", Version::V1_2);
    assert_eq!(frame.body, b"some text");
}

#[test]
fn a_missing_nul_after_content_length_is_an_error() {
    let err = decode_all(b"MESSAGE\ncontent-length:2\n\nabc\0", Version::V1_2).unwrap_err();
    assert_eq!(
        err,
        CodecError::MissingNul {
            command: Command::Message,
            offset: 0
        }
    );
}

#[test]
fn an_invalid_content_length_is_an_error() {
    for bad in ["", "abc", "-1", "+1", " 1", "1 ", "0x10", "1.0"] {
        let bytes = format!("MESSAGE\ncontent-length:{bad}\n\n\0");
        let err = decode_all(bytes.as_bytes(), Version::V1_2).unwrap_err();
        assert_eq!(
            err,
            CodecError::InvalidContentLength {
                command: Command::Message,
                offset: 0
            },
            "{bad:?}"
        );
    }
    // A count too big for usize is simply too large.
    let err = decode_all(
        b"MESSAGE\ncontent-length:99999999999999999999999999\n\n\0",
        Version::V1_2,
    )
    .unwrap_err();
    assert!(matches!(err, CodecError::FrameTooLarge { .. }));
}

#[test]
fn bodies_of_frames_without_one_are_kept() {
    let frame = one_frame(b"RECEIPT\nreceipt-id:1\n\nodd\0", Version::V1_2);
    assert_eq!(frame.body, b"odd");
    // And encode writes whatever body it is given.
    let bytes = encode(&Frame::new(Command::Ack).body(b"x".to_vec()), Version::V1_2);
    assert_eq!(bytes, b"ACK\ncontent-length:1\n\nx\0");
}

// --- Limits ----------------------------------------------------------------------

#[test]
fn a_5_mb_content_length_is_refused_at_once() {
    let mut decoder = Decoder::default();
    decoder.push(b"MESSAGE\ndestination:/q\ncontent-length:5000000\n\n");
    let err = decoder.next_item().unwrap_err();
    assert_eq!(
        err,
        CodecError::FrameTooLarge {
            command: Some(Command::Message),
            offset: 0,
            limit: 1024 * 1024
        }
    );
    assert_eq!(decoder.buffered(), 0);
    // Sticky, and later bytes are dropped.
    decoder.push(&[b'x'; 4096]);
    assert_eq!(decoder.buffered(), 0);
    assert_eq!(decoder.next_item(), Err(err.clone()));
    assert_eq!(decoder.error(), Some(&err));
}

#[test]
fn a_content_length_exactly_at_the_limit_passes() {
    let limits = Limits {
        max_frame_bytes: 32,
        ..Limits::default()
    };
    // "SEND\ncontent-length:N\n\n" is 23 bytes, then N bytes and the NUL.
    let ok = b"SEND\ncontent-length:8\n\n12345678\0";
    assert_eq!(ok.len(), 32);
    assert_eq!(decode_with(ok, Version::V1_2, limits).unwrap().len(), 1);
    let too_big = b"SEND\ncontent-length:9\n\n";
    assert!(matches!(
        decode_with(too_big, Version::V1_2, limits),
        Err(CodecError::FrameTooLarge { .. })
    ));
    // The same limit without content-length.
    assert_eq!(
        decode_with(
            b"SEND\nab:c\n\n12345678901234567890\0",
            Version::V1_2,
            limits
        )
        .unwrap()
        .len(),
        1
    );
    assert!(matches!(
        decode_with(
            b"SEND\nab:c\n\n123456789012345678901\0",
            Version::V1_2,
            limits
        ),
        Err(CodecError::FrameTooLarge { .. })
    ));
}

#[test]
fn a_body_without_nul_is_refused_at_the_limit() {
    let limits = Limits {
        max_frame_bytes: 1000,
        ..Limits::default()
    };
    let mut decoder = Decoder::new(limits);
    decoder.push(b"SEND\n\n");
    assert_eq!(decoder.next_item(), Ok(None));
    for _ in 0..99 {
        decoder.push(&[b'x'; 10]);
        assert_eq!(decoder.next_item(), Ok(None));
        assert!(decoder.buffered() <= limits.max_frame_bytes);
    }
    decoder.push(&[b'x'; 10]);
    assert!(matches!(
        decoder.next_item(),
        Err(CodecError::FrameTooLarge { .. })
    ));
    assert_eq!(decoder.buffered(), 0);
}

#[test]
fn too_many_headers_are_refused() {
    let mut ok = String::from("MESSAGE\n");
    for i in 0..128 {
        ok.push_str(&format!("h{i}:v\n"));
    }
    let mut too_many = ok.clone();
    ok.push_str("\n\0");
    let frame = one_frame(ok.as_bytes(), Version::V1_2);
    assert_eq!(frame.headers.len(), 128);

    // The 129th is refused as soon as its first byte arrives.
    too_many.push('h');
    let mut decoder = Decoder::default();
    decoder.push(too_many.as_bytes());
    assert_eq!(
        decoder.next_item(),
        Err(CodecError::TooManyHeaders {
            command: Command::Message,
            offset: 0,
            limit: 128
        })
    );
}

#[test]
fn a_long_header_line_is_refused_before_its_end() {
    let limits = Limits {
        max_header_bytes: 16,
        ..Limits::default()
    };
    // 16 bytes pass, with LF or CRLF.
    decode_with(b"SEND\nname:0123456789a\n\n\0", Version::V1_2, limits).unwrap();
    decode_with(b"SEND\nname:0123456789a\r\n\r\n\0", Version::V1_2, limits).unwrap();
    // A partial line of 16 bytes and a CR might still end there.
    let mut decoder = Decoder::new(limits);
    decoder.push(b"SEND\nname:0123456789a\r");
    assert_eq!(decoder.next_item(), Ok(None));
    // 17 cannot.
    let mut decoder = Decoder::new(limits);
    decoder.push(b"SEND\nname:0123456789ab");
    assert_eq!(
        decoder.next_item(),
        Err(CodecError::HeaderLineTooLong {
            command: Command::Send,
            line: 2,
            offset: 0,
            limit: 16
        })
    );
}

#[test]
fn error_offsets_point_at_the_frame() {
    let first = encode(
        &Frame::new(Command::Receipt).header("receipt-id", "1"),
        Version::V1_2,
    );
    let mut bytes = first.clone();
    bytes.extend_from_slice(b"\r\n\nMESSAGE\nbroken\n\n\0");
    let err = decode_all(&bytes, Version::V1_2).unwrap_err();
    assert_eq!(
        err,
        CodecError::MissingColon {
            command: Command::Message,
            line: 2,
            offset: first.len() as u64 + 3
        }
    );
}

#[test]
fn error_messages_never_quote_values_or_bodies() {
    let secret = "SECRETLICENCE4111111111111111";
    let cases: Vec<Vec<u8>> = vec![
        format!("CONNECT\nx-wp-authorization:{secret}\nbad{secret}\n\n\0").into_bytes(),
        format!("MESSAGE\nk:{secret}\\t\n\n\0").into_bytes(),
        format!("MESSAGE\ncontent-length:{secret}\n\n\0").into_bytes(),
        format!("MESSAGE\ncontent-length:1\n\n{secret}\0").into_bytes(),
        format!("MESSAGE\n{secret}\n\n\0").into_bytes(),
        format!("{secret}\n\n\0").into_bytes(),
        [format!("MESSAGE\nk:{secret}").as_bytes(), b"\xff\n\n\0"].concat(),
        format!("MESSAGE\nk:{}\n\n\0", secret.repeat(400)).into_bytes(),
    ];
    for bytes in cases {
        let err = decode_all(&bytes, Version::V1_2).unwrap_err();
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("SECRET"), "{shown}");
        assert!(!shown.contains("4111"), "{shown}");
    }
}

// --- Redaction, typed errors, real frames ---------------------------------------

#[test]
fn frame_debug_redacts_secrets_and_bodies() {
    let frame = Frame::new(Command::Connect)
        .header("accept-version", "1.1")
        .header("x-wp-authorization", "eyJhbGciOiJIUzI1NiJ9.licence")
        .header("Passcode", "hunter2")
        .header("login", "guest-login")
        .header("authorization", "Bearer tok")
        .body(b"4111111111111111".to_vec());
    let shown = format!("{frame:?} {frame:#?}");
    for secret in ["eyJhbG", "hunter2", "guest-login", "Bearer", "4111"] {
        assert!(!shown.contains(secret), "{shown}");
    }
    assert!(shown.contains("<redacted>"), "{shown}");
    assert!(shown.contains("accept-version"), "{shown}");
    assert!(shown.contains("1.1"), "{shown}");
    assert!(shown.contains("<16 bytes>"), "{shown}");
    assert!(is_sensitive_header("X-WP-Authorization"));

    let mut decoder = Decoder::default();
    decoder.push(b"MESSAGE\npasscode:hunter2\n\n4111");
    assert_eq!(decoder.next_item(), Ok(None));
    let shown = format!("{decoder:?}");
    assert!(
        !shown.contains("hunter2") && !shown.contains("4111"),
        "{shown}"
    );
}

#[test]
fn a_broker_like_connected_frame() {
    let bytes = b"CONNECTED\nserver:ActiveMQ/5.18.3\nheart-beat:0,10000\nsession:ID:x:1\nversion:1.2\n\n\0\n";
    let items = decode_all(bytes, Version::V1_0).unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[1], Item::HeartBeat);
    let Item::Frame(frame) = &items[0] else {
        panic!()
    };
    assert_eq!(frame.command, Command::Connected);
    assert_eq!(frame.get("session"), Some("ID:x:1"));
    assert_eq!(Version::of_connected(frame), Some(Version::V1_2));
    let server = HeartBeat::parse(frame.get("heart-beat").unwrap()).unwrap();
    assert_eq!(server, HeartBeat { cx: 0, cy: 10000 });
    let client = HeartBeat { cx: 4000, cy: 4000 };
    assert_eq!(
        negotiate(client, server),
        (Some(std::time::Duration::from_secs(10)), None)
    );
}

#[test]
fn an_error_frame_becomes_a_stomp_error() {
    let bytes = b"ERROR\nmessage:malformed frame received\nreceipt-id:message-12345\ncontent-type:text/plain\ncontent-length:27\n\nThe message:\n-----\nMESSAGE\n\0";
    let frame = one_frame(bytes, Version::V1_2);
    let error = StompError::from_frame(&frame).unwrap();
    assert_eq!(error.message.as_deref(), Some("malformed frame received"));
    assert_eq!(error.receipt_id.as_deref(), Some("message-12345"));
    assert_eq!(error.body, "The message:\n-----\nMESSAGE\n");
    let shown = error.to_string();
    assert!(shown.contains("malformed frame received"), "{shown}");
    assert!(shown.contains("message-12345"), "{shown}");
    assert!(!shown.contains("-----"), "{shown}");
    assert!(!format!("{error:?}").contains("-----"));
    let _: &dyn std::error::Error = &error;

    assert_eq!(StompError::from_frame(&Frame::new(Command::Message)), None);
    let bare = StompError::from_frame(&Frame::new(Command::Error)).unwrap();
    assert_eq!(bare.message, None);
    assert_eq!(bare.body, "");
}

#[test]
fn frame_builder_and_get() {
    let frame = Frame::new(Command::Send)
        .header("a", "1")
        .header(String::from("a"), String::from("2"))
        .body("text");
    assert_eq!(frame.get("a"), Some("1"));
    assert_eq!(frame.headers.len(), 2);
    assert_eq!(frame.body, b"text");
    assert_eq!(Frame::new(Command::Send).get("a"), None);
}
