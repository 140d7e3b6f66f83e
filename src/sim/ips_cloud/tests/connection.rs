//! The STOMP session: what it keeps of the frames received, malformed,
//! batched and split frames, version negotiation, heart-beats, pacing,
//! garbage, and the crate's own session against the simulator.

use super::*;

#[tokio::test]
async fn every_frame_received_is_kept_without_bodies_or_keys() {
    let state = new_state();
    let key = register(&state).await;
    let mut client = open(&state).await;
    client.connect(Some(&key)).await;
    client.subscribe_replies("queryPaymentResult").await;
    client
        .send_json(
            dest::QUERY_PAYMENT_RESULT,
            &json!({"merchantTransactionReference": "NONE"}),
        )
        .await;
    client.message().await;
    client.disconnect().await;

    let received = lock(&state).received(PAYPOINT);
    assert_eq!(received.len(), 2, "the registration's and this one");
    let registration = &received[0];
    assert_eq!(registration.subprotocols, None);
    let commands: Vec<Command> = registration.frames.iter().map(|f| f.command).collect();
    assert_eq!(
        commands,
        [
            Command::Connect,
            Command::Subscribe,
            Command::Subscribe,
            Command::Send,
            Command::Disconnect
        ]
    );
    let send = registration.frames_of(Command::Send).next().unwrap();
    assert_eq!(send.get("destination"), Some(dest::REGISTER_POINT_OF_SALE));
    assert!(send.body_len > 0);
    let text = format!("{received:?}");
    assert!(
        !text.contains(DEFAULT_ACTIVATION_CODE),
        "a body kept: {text}"
    );
    assert!(!text.contains(&key), "a licence key kept: {text}");
    let connect = received[1].frames_of(Command::Connect).next().unwrap();
    assert_eq!(connect.get("x-wp-authorization"), Some("<redacted>"));
    assert_eq!(connect.get("accept-version"), Some("1.1"));
}

#[tokio::test]
async fn malformed_frames_get_an_error_frame() {
    let state = new_state();
    for garbage in [
        &b"BOGUS\n\n\0"[..],
        b"SEND\ndestination:/v1/payment\n\n{}\0", // before CONNECT
        b"CONNECT\naccept-version:2.0\n\n\0",
        b"CONNECT\naccept-version:1.2\nheart-beat:x\n\n\0",
        b"CONNECT\ncontent-length:zz\n\n\0",
        b"\xff\xfe\n\n\0",
    ] {
        let mut client = open(&state).await;
        client.raw(garbage, true).await;
        client.expect_error_and_close().await;
    }
    // After CONNECT: a bad escape in 1.2, a SUBSCRIBE without an id, a
    // server frame.
    for garbage in [
        &b"SEND\ndestination:/v1/pay\\qment\n\n\0"[..],
        b"SUBSCRIBE\ndestination:/client/v1/error\n\n\0",
        b"MESSAGE\ndestination:/x\n\n\0",
        b"CONNECT\naccept-version:1.1\n\n\0",
    ] {
        let mut client = open(&state).await;
        let frame = Frame::new(Command::Connect).header("accept-version", "1.2");
        client.send_frame(&frame).await;
        assert_eq!(client.expect_frame().await.command, Command::Connected);
        client.raw(garbage, false).await;
        client.expect_error_and_close().await;
    }
}

#[tokio::test]
async fn frames_may_be_batched_or_split_and_versions_negotiate() {
    let state = new_state();
    // CONNECT (no accept-version: 1.0) and SUBSCRIBE in one message;
    // the SEND split over two binary messages.
    let mut client = open(&state).await;
    let mut bytes = encode(&Frame::new(Command::Connect), Version::V1_0);
    bytes.extend(encode(
        &Frame::new(Command::Subscribe)
            .header("destination", dest::RECEIVE_POINT_OF_SALE_REGISTRATION),
        Version::V1_0,
    ));
    bytes.extend(b"\n\n");
    client.raw(&bytes, false).await;
    let connected = client.expect_frame().await;
    assert_eq!(connected.command, Command::Connected);
    assert_eq!(
        connected.get("version"),
        None,
        "a 1.0 client gets a 1.0 answer"
    );
    let send = encode(
        &Frame::new(Command::Send)
            .header("destination", dest::REGISTER_POINT_OF_SALE)
            .header("receipt", "r1")
            .body(serde_json::to_vec(&registration_body()).unwrap()),
        Version::V1_0,
    );
    client.raw(&send[..17], true).await;
    client.raw(&send[17..], true).await;
    let receipt = client.expect_frame().await;
    assert_eq!(receipt.command, Command::Receipt);
    let message = client.expect_frame().await;
    assert_eq!(
        message.get("subscription"),
        None,
        "1.0 subscription without an id"
    );
    assert!(message.get("x-wp-correlation-id").is_some());
    client.disconnect().await;

    // The highest version offered.
    let mut client = open(&state).await;
    let frame = Frame::new(Command::Stomp).header("accept-version", "1.0,1.2,1.1");
    client.send_frame(&frame).await;
    let connected = client.expect_frame().await;
    assert_eq!(connected.get("version"), Some("1.2"));
    assert_eq!(connected.get("heart-beat"), Some("0,0"));
    client.version = Version::V1_2;
    client.decoder.set_version(Version::V1_2);
    client.disconnect().await;
}

#[tokio::test]
async fn heart_beats_as_the_client_asks() {
    let state = new_state();
    let mut client = open(&state).await;
    let frame = Frame::new(Command::Connect)
        .header("accept-version", "1.1")
        .header("heart-beat", "0,150");
    client.send_frame(&frame).await;
    let connected = client.expect_frame().await;
    assert_eq!(connected.get("heart-beat"), Some("150,0"));
    client.version = Version::V1_1;
    client.decoder.set_version(Version::V1_1);
    for _ in 0..2 {
        assert_eq!(client.next_item().await, Some(Item::HeartBeat));
    }
    client.disconnect().await;

    // A client that promised beats and went silent is dropped.
    let mut client = open(&state).await;
    let frame = Frame::new(Command::Connect)
        .header("accept-version", "1.1")
        .header("heart-beat", "100,0");
    client.send_frame(&frame).await;
    assert_eq!(client.expect_frame().await.get("heart-beat"), Some("0,100"));
    client.expect_error_and_close().await;
}

#[tokio::test]
async fn pacing_spaces_the_flow() {
    let state = new_state();
    let key = register(&state).await;
    let config = ServeConfig {
        pacing: Duration::from_millis(20),
        ..ServeConfig::default()
    };
    let mut client = open_with(&state, PAYPOINT, config).await;
    client.connect(Some(&key)).await;
    client.subscribe_replies("startPayment").await;
    let started = std::time::Instant::now();
    client
        .send_json(dest::START_PAYMENT, &sale("P1", "sale", 100))
        .await;
    let messages = client.until_terminal("startPayment").await;
    assert!(started.elapsed() >= Duration::from_millis(20) * (messages.len() as u32 - 1));
    client.disconnect().await;
}

#[tokio::test]
async fn garbage_never_panics() {
    let state = new_state();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..64 {
        let mut client = open(&state).await;
        if round % 2 == 0 {
            let frame = Frame::new(Command::Connect).header("accept-version", "1.2");
            client.send_frame(&frame).await;
        }
        let mut bytes = Vec::new();
        for _ in 0..(round * 7 % 300) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let pick = [
                b'S', b'E', b'N', b'D', b'\n', b':', 0, b'{', b'}', b'\\', b'\r',
            ];
            bytes.push(if seed.is_multiple_of(3) {
                (seed >> 8) as u8
            } else {
                pick[(seed % 11) as usize]
            });
        }
        client.raw(&bytes, true).await;
        let _ = client.ws.close(None).await;
        tokio::time::timeout(WAIT, client.server)
            .await
            .expect("the server ends")
            .expect("without panicking");
    }
}

/// The crate's own STOMP session (real TCP, subprotocol, its default
/// 10 s heart-beats and 1.0–1.2 offer) against the simulator.
#[tokio::test]
async fn the_crates_session_talks_to_the_simulator() {
    use crate::ips_cloud::session::{Session, SessionConfig};
    use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

    let state = new_state();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "ws://{}/ipc-app/payment/{PAYPOINT}",
        listener.local_addr().unwrap()
    );
    let server_state = state.clone();
    let server = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        // The callback's error type is tungstenite's (large) response.
        #[allow(clippy::result_large_err)]
        let pick = |request: &Request, mut response: Response| {
            let offered = request
                .headers()
                .get("Sec-WebSocket-Protocol")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            if offered.contains("v12.stomp") {
                response
                    .headers_mut()
                    .insert("Sec-WebSocket-Protocol", "v12.stomp".parse().unwrap());
            }
            Ok(response)
        };
        let ws = tokio_tungstenite::accept_hdr_async(stream, pick)
            .await
            .unwrap();
        serve(ws, PAYPOINT.into(), server_state, ServeConfig::default()).await;
    });
    // Explicit settings: the defaults (IPS Cloud's) offer neither a
    // subprotocol nor 1.2.
    let config = SessionConfig {
        subprotocols: vec!["v10.stomp".into(), "v11.stomp".into(), "v12.stomp".into()],
        accept_versions: Version::ALL.to_vec(),
        ..SessionConfig::default()
    };
    let mut session = Session::connect(&url, &format!("/ipc-app/payment/{PAYPOINT}"), &[], &config)
        .await
        .unwrap();
    assert_eq!(session.version(), Version::V1_2);
    let headers = [(
        "x-wp-correlation-id",
        "c0ffee00-0000-4000-8000-000000000001",
    )];
    for reply in Channel::by_operation("registerPointOfSale")
        .unwrap()
        .replies
    {
        session.subscribe(reply, &headers).await.unwrap();
    }
    let body = serde_json::to_vec(&registration_body()).unwrap();
    session
        .send(dest::REGISTER_POINT_OF_SALE, &headers, &body)
        .await
        .unwrap();
    let frame = session.next_frame().await.unwrap();
    let (destination, body) = check_message(&frame);
    assert_eq!(destination, dest::RECEIVE_POINT_OF_SALE_REGISTRATION);
    assert!(body["pointOfSaleLicenseKey"].is_string());
    assert_eq!(
        frame.get("x-wp-correlation-id"),
        Some("c0ffee00-0000-4000-8000-000000000001")
    );
    session.disconnect(Duration::from_secs(5)).await.unwrap();
    server.await.unwrap();
}
